"""Kiosk mode's anonymous counters, as the staff read them. Nothing per visitor."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from quizapp.domain.model import NOT_SURE, Question

KIOSK_LENGTH = 5
"""Questions in one kiosk visit: short enough for a visitor standing at a screen."""


@dataclass(frozen=True, slots=True)
class QuestionCounts:
    """How all visitors together answered one question."""

    question_id: str
    attempts: int
    correct: int
    choices: Mapping[str, int] = field(default_factory=dict)
    """Choice id -> times picked (a "select all" answer counts each picked choice)."""

    @property
    def not_sure(self) -> int:
        """How often visitors chose "Not sure" (an honest "I don't know", not a wrong answer)."""
        return self.choices.get(NOT_SURE, 0)

    @property
    def percent_correct(self) -> int | None:
        return None if self.attempts == 0 else round(100 * self.correct / self.attempts)

    def most_chosen_wrong(self, question: Question | None) -> tuple[str, int] | None:
        """The wrong choice picked most often (the common misconception), or None when no wrong
        choice was picked or the question is no longer in the banks. Ties go to the first id."""
        if question is None:
            return None
        wrong = [
            (choice_id, n)
            for choice_id, n in sorted(self.choices.items())
            if n > 0 and choice_id != NOT_SURE and choice_id not in question.correct_ids
        ]
        if not wrong:
            return None
        return max(wrong, key=lambda item: item[1])


DEFAULT_MIN_COUNT = 5
"""Reports show a per-day or per-choice count below this as "<5": in a small community a count of
1 or 2 can point at a person ("the only visitor on Tuesday chose ...")."""


@dataclass(frozen=True, slots=True)
class ReportScope:
    """Which kiosks a report covers: one kiosk by its name, a group by a name prefix, or (neither
    given) every kiosk whose counts the database holds."""

    kiosk: str | None = None
    group: str | None = None
    """A prefix: "chuo-" covers chuo-library-1, chuo-library-2, ..."""

    def covers(self, name: str) -> bool:
        if self.kiosk is not None:
            return name == self.kiosk
        if self.group is not None:
            return name.startswith(self.group)
        return True


ALL_KIOSKS = ReportScope()


@dataclass(frozen=True, slots=True)
class OutboxStatus:
    """What the staff screen says about sending counts to the centre's server."""

    server: str
    """Where the counts go, for people: host, port and database, never a password."""
    waiting_visits: int
    """Visits counted on this kiosk and not yet acknowledged by the server."""
    last_sent: datetime | None
    """When the server last acknowledged a batch (since this kiosk started); None: not yet."""
    problem: str | None = None
    """Why the last attempt failed (server unreachable, schema newer, ...); None when it worked."""


@dataclass(frozen=True, slots=True)
class KioskReport:
    visits_by_day: tuple[tuple[str, int], ...]
    """(YYYY-MM-DD, visits), oldest first."""
    questions: tuple[QuestionCounts, ...]
    scope: ReportScope = ALL_KIOSKS
    kiosks: tuple[str, ...] = ()
    """The names of the kiosks whose counts are in the report, sorted."""

    @property
    def visits(self) -> int:
        return sum(n for _, n in self.visits_by_day)

    @property
    def since(self) -> str | None:
        """The first day counted (YYYY-MM-DD): the counts cover this day up to today. None
        before the first visit."""
        return self.visits_by_day[0][0] if self.visits_by_day else None


@dataclass(slots=True)
class VisitTally:
    """One visit's counts, kept in memory while the visit lasts and added to the totals in one
    go when it ends, so nothing on disk ever holds a visit's answers apart from the totals.

    Mutable on purpose (the one domain object that is): it is filled answer by answer."""

    day: date | None = None
    """The day the visit started; None until it has (a quiz built but never started)."""
    attempts: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    picks: dict[tuple[str, str], int] = field(default_factory=dict)
    """(question id, choice id) -> times picked in this visit."""

    def add(self, question_id: str, chosen: Iterable[str], correct: bool) -> None:
        self.attempts[question_id] = self.attempts.get(question_id, 0) + 1
        self.correct[question_id] = self.correct.get(question_id, 0) + int(correct)
        for choice_id in set(chosen):
            key = (question_id, choice_id)
            self.picks[key] = self.picks.get(key, 0) + 1

    @property
    def empty(self) -> bool:
        """True when there is nothing to add: no visit started and no answer given."""
        return self.day is None and not self.attempts

    def totals(self) -> Totals:
        """What this visit adds to the counters."""
        return Totals(
            days={} if self.day is None else {self.day.isoformat(): 1},
            questions={q: (n, self.correct.get(q, 0)) for q, n in self.attempts.items()},
            picks=dict(self.picks),
        )


@dataclass(frozen=True, slots=True)
class Totals:
    """Counts to add to the counters: sums over one or more visits, never a list of visits."""

    days: Mapping[str, int] = field(default_factory=dict)
    """YYYY-MM-DD -> visits."""
    questions: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    """Question id -> (attempts, correct)."""
    picks: Mapping[tuple[str, str], int] = field(default_factory=dict)
    """(question id, choice id) -> picks."""

    @property
    def visits(self) -> int:
        return sum(self.days.values())

    @property
    def empty(self) -> bool:
        return not any(self.days.values()) and not any(a for a, _ in self.questions.values())


@dataclass(frozen=True, slots=True)
class CountsBatch:
    """Totals on their way from a kiosk to the pooled counters (the centre's server, or a file).
    The id is random and new for each batch: the receiver keeps the ids it has added, so a batch
    sent twice (a lost acknowledgement, a file merged twice) is added once."""

    batch_id: str
    kiosk: str
    totals: Totals
