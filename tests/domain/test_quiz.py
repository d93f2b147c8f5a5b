from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from quizapp.domain.model import NOT_SURE, Choice, Question, QuestionType, Source, Text
from quizapp.domain.quiz import Answer, QuestionStats, QuizRun, pick_questions, shuffled_order
from quizapp.domain.scoring import is_correct

T = Text("ja", "en")


def q(
    qid: str, kind: QuestionType = QuestionType.SINGLE, correct: tuple[str, ...] = ("a",), topic: str = "t"
) -> Question:
    ids = ("true", "false") if kind is QuestionType.TRUE_FALSE else ("a", "b", "c", "d")
    return Question(
        id=qid,
        topic_id=topic,
        type=kind,
        difficulty=1,
        prompt=T,
        choices=tuple(Choice(i, T, i in correct, T) for i in ids),
        explanation=T,
        sources=(Source("s", "https://example.org", T, T, official=True),),
    )


def test_exact_set_is_correct_and_not_sure_never_is() -> None:
    multi = q("m", QuestionType.MULTIPLE, ("a", "c"))
    assert is_correct(multi, frozenset({"a", "c"}))
    assert not is_correct(multi, frozenset({"a"}))
    assert not is_correct(multi, frozenset({"a", "b", "c"}))
    assert not is_correct(multi, frozenset({NOT_SURE}))


def test_unseen_questions_come_first_then_missed_ones() -> None:
    pool = [q(f"q{i}") for i in range(6)]
    stats = {
        "q0": QuestionStats(1, 1, True),
        "q1": QuestionStats(2, 0, False),
        "q2": QuestionStats(1, 1, True),
        "q3": QuestionStats(1, 0, False),
    }
    picked = pick_questions(pool, stats, random.Random(1), count=4)
    assert {x.id for x in picked} == {"q4", "q5", "q1", "q3"}


def test_pick_never_repeats_and_caps_at_pool_size() -> None:
    pool = [q(f"q{i}") for i in range(3)]
    picked = pick_questions(pool, {}, random.Random(2), count=10)
    assert sorted(x.id for x in picked) == ["q0", "q1", "q2"]


def test_shuffle_changes_order_but_keeps_true_before_false() -> None:
    rng = random.Random(3)
    orders = {shuffled_order(q("x"), rng) for _ in range(30)}
    assert len(orders) > 1 and all(sorted(o) == ["a", "b", "c", "d"] for o in orders)
    assert shuffled_order(q("tf", QuestionType.TRUE_FALSE, ("false",)), rng) == ("true", "false")


def test_run_tracks_score_topics_and_missed() -> None:
    questions = (q("a1", topic="x"), q("b1", topic="y"), q("a2", topic="x"))
    run = QuizRun("r", "mixed", questions, tuple(("a", "b", "c", "d") for _ in questions))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for chosen in ({"a"}, {"b"}, {NOT_SURE}):
        ok = run.grade(frozenset(chosen))
        assert run.current is not None
        run.add(Answer("r", run.current.id, frozenset(chosen), ok, 1.0, now))
    assert run.finished and run.score == 1
    assert [(t.topic_id, t.asked, t.correct) for t in run.by_topic()] == [("x", 2, 1), ("y", 1, 0)]
    assert [qq.id for qq, _ in run.missed()] == ["b1", "a2"]
    with pytest.raises(ValueError):
        run.grade(frozenset({"a"}))


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.city.machida.tokyo.jp/a/%E3%83%9E%E3%82%A4.html", "city.machida.tokyo.jp"),
        ("https://www.digital.go.jp/policies/mynumber?x=1&y=2", "digital.go.jp"),
        ("https://Example.ORG:8443/path", "example.org"),
        ("not an address", "not an address"),
    ],
)
def test_a_source_is_shown_by_its_host(url: str, host: str) -> None:
    assert Source("s", url, T, T, official=True).host == host
