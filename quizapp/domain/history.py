"""Everything recorded about a learner, as plain objects: what export writes and import reads."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quizapp.domain.quiz import Answer
from quizapp.domain.schedule import Schedule

DEFAULT_PROFILE = ""
"""The name of the profile every database has (shown as "Main" in the interface)."""
IMPORTED_KIND = "imported"
"""The kind of a run made on import for answers whose file named no run (version 1 files)."""


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class RunRecord:
    run_id: str
    kind: str
    started_at: datetime
    profile: str = DEFAULT_PROFILE


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    answer: Answer
    profile: str = DEFAULT_PROFILE


@dataclass(frozen=True, slots=True)
class ScheduleRecord:
    schedule: Schedule
    profile: str = DEFAULT_PROFILE


@dataclass(frozen=True, slots=True)
class History:
    """All of a database's learner data, every profile."""

    profiles: tuple[str, ...] = (DEFAULT_PROFILE,)
    runs: tuple[RunRecord, ...] = ()
    answers: tuple[AnswerRecord, ...] = ()
    schedules: tuple[ScheduleRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class MergeSummary:
    profiles: int = 0
    runs: int = 0
    answers: int = 0
    skipped_answers: int = 0
    """Answers already in the database (same run, question and time)."""
    renamed_runs: int = 0
    """Runs added under a new id because another learner's run already had theirs."""


@dataclass(frozen=True, slots=True)
class DayResult:
    day: date
    answered: int
    correct: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


def streak(days: Sequence[date], today: date) -> int:
    """Consecutive days with at least one answer, ending today (or yesterday, when today has
    none yet: the streak is not broken until a whole day passes without practice)."""
    active = set(days)
    current = today if today in active else today - timedelta(days=1)
    count = 0
    while current in active:
        count += 1
        current -= timedelta(days=1)
    return count


MY_NUMBER_DIGITS = 12
SEPARATOR_RUN = 3
"""At most this many non-digit, non-letter characters in a row may sit between the digits."""


def looks_like_my_number(text: str) -> bool:
    """True when `text` holds 12 digits (any script's: 0-9, full-width, ...) with at most a few
    separators between them and no letter: "123456789012", "1234 5678 9012",
    "1234.5678.9012", "1234-5678/9012", "１２３４・５６７８・９０１２". The app never stores
    something that could be a My Number someone typed."""
    digits = gap = 0
    for ch in text:
        if ch.isdigit():
            digits, gap = digits + 1, 0
            if digits >= MY_NUMBER_DIGITS:
                return True
        elif ch.isalpha() or gap >= SEPARATOR_RUN:
            digits, gap = 0, 0
        elif digits:
            gap += 1
    return False


RUN_ID_MAX = 32


def run_id_for(run_id: str, profile: str, attempt: int = 1) -> str:
    """The id a learner's run gets when another learner's run already has `run_id`. Always the
    same for the same run and learner (importing a file again finds it), and a valid run id
    (at most RUN_ID_MAX of A-Z a-z 0-9 _ -)."""
    digest = hashlib.sha256(f"{run_id}\x00{profile}\x00{attempt}".encode()).hexdigest()[:12]
    return f"{run_id[: RUN_ID_MAX - 13]}-{digest}"
