"""One quiz run: which questions, in which order, and what the learner answered."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from quizapp.domain.model import Question, QuestionType
from quizapp.domain.scoring import is_correct

MIXED = "mixed"
REVIEW = "review"
TOPIC_PREFIX = "topic:"
DEFAULT_LENGTH = 10


@dataclass(frozen=True, slots=True)
class QuestionStats:
    """What the learner did with one question so far."""

    attempts: int = 0
    correct: int = 0
    last_correct: bool = False


@dataclass(frozen=True, slots=True)
class Answer:
    run_id: str
    question_id: str
    chosen: frozenset[str]
    correct: bool
    seconds: float
    answered_at: datetime


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic_id: str
    asked: int
    correct: int


@dataclass
class QuizRun:
    """The state of one quiz. Knows nothing about storage or Qt."""

    run_id: str
    kind: str
    questions: tuple[Question, ...]
    choice_orders: tuple[tuple[str, ...], ...]
    answers: list[Answer] = field(default_factory=list)

    @property
    def position(self) -> int:
        """0-based index of the question being asked (== number answered)."""
        return len(self.answers)

    @property
    def finished(self) -> bool:
        return len(self.answers) >= len(self.questions)

    @property
    def current(self) -> Question | None:
        return None if self.finished else self.questions[self.position]

    @property
    def current_order(self) -> tuple[str, ...]:
        return self.choice_orders[self.position]

    def grade(self, chosen: frozenset[str]) -> bool:
        question = self.current
        if question is None:
            raise ValueError("the quiz is finished")
        return is_correct(question, chosen)

    def add(self, answer: Answer) -> None:
        if self.current is None or answer.question_id != self.current.id:
            raise ValueError("answer does not belong to the current question")
        self.answers.append(answer)

    @property
    def score(self) -> int:
        return sum(a.correct for a in self.answers)

    def by_topic(self) -> list[TopicScore]:
        order: dict[str, list[int]] = {}
        for question, answer in zip(self.questions, self.answers, strict=False):
            counts = order.setdefault(question.topic_id, [0, 0])
            counts[0] += 1
            counts[1] += answer.correct
        return [TopicScore(t, asked, correct) for t, (asked, correct) in order.items()]

    def missed(self) -> list[tuple[Question, Answer]]:
        return [(q, a) for q, a in zip(self.questions, self.answers, strict=False) if not a.correct]


def shuffled_order(question: Question, rng: random.Random) -> tuple[str, ...]:
    """The on-screen order of a question's choices. True/false keeps True before False."""
    ids = [c.id for c in question.choices]
    if question.type is QuestionType.TRUE_FALSE:
        return ("true", "false")
    rng.shuffle(ids)
    return tuple(ids)


def pick_questions(
    pool: Iterable[Question],
    stats: Mapping[str, QuestionStats],
    rng: random.Random,
    count: int = DEFAULT_LENGTH,
) -> tuple[Question, ...]:
    """Choose up to `count` questions: unseen ones first, then ones last answered wrongly, then
    the rest; random within each group, and the chosen ones shuffled."""

    def rank(q: Question) -> int:
        s = stats.get(q.id)
        if s is None or s.attempts == 0:
            return 0
        return 1 if not s.last_correct else 2

    candidates = list(pool)
    rng.shuffle(candidates)
    candidates.sort(key=rank)
    chosen = candidates[:count]
    rng.shuffle(chosen)
    return tuple(chosen)
