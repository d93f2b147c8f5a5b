"""Review scheduling against known FSRS behaviour and against the fsrs library itself."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from quizapp.domain.history import looks_like_my_number, streak
from quizapp.domain.schedule import ReviewState, next_schedule, replay

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def test_a_wrong_answer_comes_back_sooner_than_a_right_one() -> None:
    wrong = next_schedule(None, "q", False, T0)
    right = next_schedule(None, "q", True, T0)
    assert wrong.due - T0 == timedelta(minutes=1)  # as soon as the quiz is over
    assert right.due - T0 >= timedelta(days=1)
    assert wrong.state is ReviewState.LEARNING and right.state is ReviewState.REVIEW


def test_a_lapse_after_learning_brings_the_question_back_within_the_day() -> None:
    s = replay("q", [(True, T0), (True, T0 + timedelta(days=3))])
    assert s is not None and s.state is ReviewState.REVIEW
    lapse = next_schedule(s, "q", False, s.due)
    kept = next_schedule(s, "q", True, s.due)
    assert lapse.state is ReviewState.RELEARNING
    assert lapse.due - s.due < timedelta(days=1) < kept.due - s.due
    assert lapse.stability is not None and kept.stability is not None and lapse.stability < kept.stability


def test_intervals_grow_after_repeated_right_answers() -> None:
    schedule = None
    when = T0
    intervals = []
    for _ in range(7):
        schedule = next_schedule(schedule, "q", True, when)
        intervals.append(schedule.due - when)
        when = schedule.due  # answered right when it falls due
    review_intervals = intervals
    assert all(b > a for a, b in itertools.pairwise(review_intervals)), intervals
    assert review_intervals[-1] > timedelta(days=30)
    assert schedule is not None and schedule.reviews == 7


@pytest.mark.parametrize(
    "history",
    [
        [True, True, True, True],
        [False, True, False, True, True],
        [True, False, False, True, True, True],
    ],
)
def test_matches_what_the_fsrs_library_computes_for_the_same_history(history: list[bool]) -> None:
    scheduler = fsrs.Scheduler(
        learning_steps=(timedelta(minutes=1),),
        relearning_steps=(timedelta(minutes=10),),
        enable_fuzzing=False,
    )
    card = fsrs.Card(card_id=7, due=T0)
    ours = None
    when = T0
    for i, correct in enumerate(history):
        rating = fsrs.Rating.Good if correct else fsrs.Rating.Again
        card, _ = scheduler.review_card(card, rating, when)
        ours = next_schedule(ours, "q", correct, when)
        assert ours.due == card.due, i
        assert ours.stability == pytest.approx(card.stability)
        assert ours.difficulty == pytest.approx(card.difficulty)
        assert int(ours.state) == int(card.state)
        when = card.due + timedelta(hours=i)  # sometimes late, as people are


def test_replay_equals_answering_one_by_one() -> None:
    answers = [(False, T0), (True, T0 + timedelta(minutes=5)), (True, T0 + timedelta(days=2))]
    one_by_one = None
    for correct, when in answers:
        one_by_one = next_schedule(one_by_one, "q", correct, when)
    assert replay("q", answers) == one_by_one
    assert replay("q", []) is None


def test_streak_counts_consecutive_days_up_to_today_or_yesterday() -> None:
    d = T0.date()
    days = [d - timedelta(days=n) for n in (0, 1, 2, 5)]
    assert streak(days, d) == 3
    assert streak(days, d + timedelta(days=1)) == 3  # today not practised yet: still alive
    assert streak(days, d + timedelta(days=2)) == 0
    assert streak([], d) == 0


def test_a_twelve_digit_number_is_recognised_even_with_separators() -> None:
    assert looks_like_my_number("1234 5678 9012")
    assert looks_like_my_number("Taro 1234-5678-9012")
    assert not looks_like_my_number("Hanako 2")
