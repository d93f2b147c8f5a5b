"""Review quizzes, progress figures and profiles, through the services a screen uses."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.domain.model import NOT_SURE
from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import AppContext, make_context, open_answers
from quizapp.storage.orm import DEFAULT_PROFILE_ID

JST = timezone(timedelta(hours=9))


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _in_japan(tokyo_time: None) -> None:
    """Days are counted where the computer is: here, in Japan."""


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 20, 8, 0, tzinfo=JST))


@pytest.fixture
def context(bank_dir: Path, data_dir: Path, clock: Clock) -> AppContext:
    paths = DataPaths(data_dir)
    ctx = make_context(paths, load_catalog([bank_dir]), open_answers(paths))
    ctx.quiz._clock = clock  # type: ignore[method-assign]
    ctx.quiz._rng = random.Random(1)
    ctx.learning._clock = clock
    return ctx


def answer_all(ctx: AppContext, right: set[str], start: object = None) -> None:
    """Run a quiz (start() or a mixed one), answering the questions in `right` correctly."""
    run = start() if callable(start) else ctx.quiz.start_mixed()
    while run.current is not None:
        q = run.current
        ctx.quiz.submit(run, q.correct_ids if q.id in right else frozenset({NOT_SURE}), 2.0)


def test_missed_questions_fall_due_and_a_review_quiz_asks_them_first(
    context: AppContext, clock: Clock
) -> None:
    assert context.learning.due_count() == 0
    answer_all(context, right={"alpha-001"})  # alpha-002 and beta-001: Not sure
    assert context.learning.due_count() == 0  # not yet: they come back a minute later
    clock.now += timedelta(minutes=2)
    assert context.learning.due_count() == 2
    run = context.quiz.start_review()
    assert run.kind == "review"
    assert {q.id for q in run.questions} == {"alpha-002", "beta-001"}
    answer_all(context, right={"alpha-002", "beta-001"}, start=lambda: run)
    assert context.learning.due_count() == 0
    clock.now += timedelta(days=1, minutes=1)
    # the two that were missed once come back the next day; the one right from the start later
    assert {s.question_id for s in context.answers.due(clock.now)} == {"alpha-002", "beta-001"}
    clock.now += timedelta(days=6)
    assert context.learning.due_count() == 3  # right answers come back too, days later


def test_a_review_quiz_holds_at_most_count_most_overdue_first(context: AppContext, clock: Clock) -> None:
    missed_in_order = []  # most overdue first: the one missed first
    for topic in ("beta", "alpha"):
        run = context.quiz.start_topic(topic)
        while run.current is not None:  # each missed five minutes after the one before
            missed_in_order.append(run.current.id)
            context.quiz.submit(run, frozenset({NOT_SURE}), 2.0)
            clock.now += timedelta(minutes=5)
    assert missed_in_order != sorted(missed_in_order)  # so the order cannot come from the ids alone
    clock.now += timedelta(hours=1)
    assert [q.id for q in context.quiz.start_review().questions] == missed_in_order
    assert [q.id for q in context.quiz.start_review(count=2).questions] == missed_in_order[:2]


def test_progress_shows_mastery_days_seen_and_streak(context: AppContext, clock: Clock) -> None:
    answer_all(context, right={"alpha-001", "beta-001"})
    clock.now += timedelta(days=1)
    answer_all(context, right={"alpha-001", "alpha-002", "beta-001"})
    clock.now += timedelta(days=1, hours=12)  # the next evening, no answer yet today
    p = context.learning.progress()
    assert (p.seen, p.total, p.streak) == (3, 3, 2)
    mastery = {t.topic_id: (t.mastered, t.total, t.percent) for t in p.topics}
    assert mastery == {"alpha": (2, 2, 100), "beta": (1, 1, 100)}
    assert [(d.day.isoformat(), d.answered, d.correct, d.percent) for d in p.days] == [
        ("2026-11-20", 3, 2, 67),
        ("2026-11-21", 3, 3, 100),
    ]


def test_days_follow_the_local_calendar_not_utc(context: AppContext, clock: Clock) -> None:
    clock.now = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # 08:30 on the 21st in Japan
    answer_all(context, right=set())
    assert [d.day.isoformat() for d in context.learning.progress().days] == ["2026-11-21"]


def test_each_profile_has_its_own_answers_and_schedule(context: AppContext, clock: Clock) -> None:
    answer_all(context, right=set())
    hana = context.learning.add_profile("  Hana  ")
    assert hana.name == "Hana" and [p.name for p in context.learning.profiles()] == ["", "Hana"]
    context.learning.use_profile(hana.id)
    clock.now += timedelta(hours=1)
    assert context.learning.due_count() == 0 and context.learning.progress().seen == 0
    answer_all(context, right={"alpha-001", "alpha-002", "beta-001"})
    assert context.learning.progress().seen == 3
    context.learning.use_profile(DEFAULT_PROFILE_ID)
    assert context.learning.due_count() == 3


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, "1234 5678 9012"])
def test_a_bad_profile_name_is_refused(context: AppContext, name: str) -> None:
    with pytest.raises(ValueError):
        context.learning.add_profile(name)
    assert len(context.learning.profiles()) == 1


def test_a_taken_profile_name_is_refused(context: AppContext) -> None:
    context.learning.add_profile("Ken")
    with pytest.raises(ValueError, match="already"):
        context.learning.add_profile("Ken")
