"""When each question should be asked again: FSRS, the scheduler Anki uses (the `fsrs` package).

A wrong or "Not sure" answer is rated Again, a right one Good. Hard and Easy are not used: the
seconds taken depend on how long the question and its choices are and on the text size, so they
say little about how well the fact is known.

Settings differ from Anki's defaults in two ways, both for a quiz rather than flashcards:
- one learning step of 1 minute (not 1 and 10 minutes): a question missed the first time is due
  again as soon as the quiz ends, while one answered right the first time goes straight to FSRS's
  own interval (days), instead of coming back ten minutes later to be asked again;
- no fuzzing, so the same answers always give the same schedule (an import that replays the
  answers rebuilds exactly what was there). Fuzz spreads the load of large decks; ours are small.
A question answered wrongly after it was learned comes back after FSRS's relearning step
(10 minutes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum

from fsrs import Card, Rating, Scheduler, State

LEARNING_STEPS = (timedelta(minutes=1),)
RELEARNING_STEPS = (timedelta(minutes=10),)
_SCHEDULER = Scheduler(learning_steps=LEARNING_STEPS, relearning_steps=RELEARNING_STEPS, enable_fuzzing=False)


class ReviewState(IntEnum):
    """FSRS's card states, with the same numbers as `fsrs.State`."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True, slots=True)
class Schedule:
    """One question's place in the learner's review schedule."""

    question_id: str
    state: ReviewState
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reviews: int = 0
    """How many answers this schedule has seen."""
    correct: int = 0
    """How many of them were right."""
    last_correct: bool = False

    def is_due(self, now: datetime) -> bool:
        return self.due <= now


def rating_for(correct: bool) -> Rating:
    return Rating.Good if correct else Rating.Again


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _card(schedule: Schedule | None, first_seen: datetime) -> Card:
    if schedule is None:
        return Card(card_id=1, due=first_seen)
    return Card(
        card_id=1,
        state=State(int(schedule.state)),
        step=schedule.step,
        stability=schedule.stability,
        difficulty=schedule.difficulty,
        due=_utc(schedule.due),
        last_review=_utc(schedule.last_review) if schedule.last_review else None,
    )


def next_schedule(previous: Schedule | None, question_id: str, correct: bool, when: datetime) -> Schedule:
    """The schedule after answering `question_id` at `when` (right or not)."""
    moment = _utc(when)
    card, _log = _SCHEDULER.review_card(_card(previous, moment), rating_for(correct), moment)
    return Schedule(
        question_id=question_id,
        state=ReviewState(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reviews=(previous.reviews if previous else 0) + 1,
        correct=(previous.correct if previous else 0) + int(correct),
        last_correct=correct,
    )


def replay(question_id: str, history: Iterable[tuple[bool, datetime]]) -> Schedule | None:
    """The schedule after every answer in `history` (correct, when), oldest first."""
    schedule: Schedule | None = None
    for correct, when in history:
        schedule = next_schedule(schedule, question_id, correct, when)
    return schedule
