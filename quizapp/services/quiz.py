"""The quiz use case: start a run, grade and durably record each answer, report progress."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from quizapp.domain.model import Catalog, Question, Text
from quizapp.domain.quiz import (
    DEFAULT_LENGTH,
    MIXED,
    REVIEW,
    TOPIC_PREFIX,
    Answer,
    QuestionStats,
    QuizRun,
    pick_questions,
    shuffled_order,
)

if TYPE_CHECKING:  # the scheduler (fsrs) is not needed for the home screen's figures
    from quizapp.domain.schedule import Schedule


class AnswerStore(Protocol):
    def record(self, answer: Answer, kind: str, started_at: datetime) -> object: ...
    def question_stats(self) -> dict[str, QuestionStats]: ...
    def due(self, now: datetime, limit: int | None = None) -> Sequence[Schedule]: ...


@dataclass(frozen=True, slots=True)
class TopicProgress:
    topic_id: str
    title: Text
    total: int
    answered: int
    """Distinct questions of this topic answered at least once."""
    attempts: int
    correct: int

    @property
    def percent_correct(self) -> int | None:
        return None if self.attempts == 0 else round(100 * self.correct / self.attempts)


def _new_run_id() -> str:
    import uuid  # not on the way to the home screen (it loads `platform`)

    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(UTC)


class QuizService:
    """Runs quizzes over a catalog and records answers in a store."""

    def __init__(
        self,
        catalog: Catalog,
        store: AnswerStore,
        rng: random.Random | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.catalog = catalog
        self._store = store
        self._rng = rng or random.Random()
        self._clock = clock
        self._started: dict[str, datetime] = {}

    def start_mixed(self, count: int = DEFAULT_LENGTH) -> QuizRun:
        return self._start(MIXED, self.catalog.questions, count)

    def start_topic(self, topic_id: str, count: int = DEFAULT_LENGTH) -> QuizRun:
        bank = self.catalog.bank(topic_id)
        if bank is None:
            raise KeyError(topic_id)
        return self._start(TOPIC_PREFIX + topic_id, bank.questions, count)

    def start_review(self, count: int = DEFAULT_LENGTH) -> QuizRun:
        """A quiz of the questions due for review, most overdue first (up to `count`)."""
        due = [self.catalog.question(s.question_id) for s in self._store.due(self._clock())]
        questions = tuple(q for q in due if q is not None)[:count]
        return self._start(REVIEW, questions, count, picked=questions)

    def start_missed(self, run: QuizRun) -> QuizRun:
        """A review quiz of the questions `run` missed (wrong or Not sure), in their order."""
        missed = tuple(question for question, _ in run.missed())
        return self._start(REVIEW, missed, len(missed), picked=missed)

    def _start(
        self, kind: str, pool: Iterable[Question], count: int, picked: tuple[Question, ...] | None = None
    ) -> QuizRun:
        questions = (
            picked
            if picked is not None
            else pick_questions(pool, self._store.question_stats(), self._rng, count)
        )
        run = QuizRun(
            run_id=_new_run_id(),
            kind=kind,
            questions=questions,
            choice_orders=tuple(shuffled_order(q, self._rng) for q in questions),
        )
        self._started[run.run_id] = self._clock()
        return run

    def submit(self, run: QuizRun, chosen: frozenset[str], seconds: float) -> Answer:
        """Grade the current question, store the answer durably, then advance the run."""
        question = run.current
        if question is None:
            raise ValueError("the quiz is finished")
        answer = Answer(
            run_id=run.run_id,
            question_id=question.id,
            chosen=chosen,
            correct=run.grade(chosen),
            seconds=round(max(seconds, 0.0), 3),
            answered_at=self._clock(),
        )
        started = self._started.get(run.run_id, answer.answered_at)
        self._store.record(answer, run.kind, started)
        run.add(answer)
        return answer

    def progress(self) -> list[TopicProgress]:
        return topic_progress(self.catalog.banks, self._store.question_stats())


class Topic(Protocol):
    """A bank as the home screen counts it (a Bank, or a BankSummary before the questions load)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def question_ids(self) -> tuple[str, ...]: ...


def topic_progress(banks: Iterable[Topic], stats: Mapping[str, QuestionStats]) -> list[TopicProgress]:
    """Each topic's figures on the home screen, from the learner's per-question stats."""
    out = []
    for bank in banks:
        seen = [stats[qid] for qid in bank.question_ids if qid in stats]
        out.append(
            TopicProgress(
                topic_id=bank.id,
                title=bank.title,
                total=len(bank.question_ids),
                answered=len(seen),
                attempts=sum(s.attempts for s in seen),
                correct=sum(s.correct for s in seen),
            )
        )
    return out
