"""Reading an export file back: every problem is named with where it is (`answers[3].chosen`)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from quizapp.domain.history import (
    DEFAULT_PROFILE,
    IMPORTED_KIND,
    AnswerRecord,
    History,
    RunRecord,
    ScheduleRecord,
    looks_like_my_number,
)
from quizapp.domain.quiz import Answer
from quizapp.domain.schedule import ReviewState, Schedule
from quizapp.services.banks.schema import ID_PATTERN
from quizapp.services.export import FORMAT_NAME, STATES
from quizapp.services.files import FileTooLarge, read_regular_file
from quizapp.services.json_input import JsonProblem, decode, problems

MAX_IMPORT_BYTES = 200 * 1024 * 1024
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)
"""Times an import accepts: anything else is a damaged or made-up file (and year 9999 with an
offset does not even fit a datetime once turned into UTC)."""
MAX_COUNT = 1_000_000
"""The largest count (reviews, steps) an import accepts; SQLite's integers end at 2**63."""


def _in_range(moment: datetime) -> datetime:
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        utc = LATEST
    if not EARLIEST <= utc < LATEST:
        raise ValueError(f"the time {moment.isoformat()} is outside the years 1970 to 2999")
    return moment


def _plain_text(text: str) -> str:
    """Text a person could have typed, and nothing the app never stores: no control character,
    no half of a surrogate pair, no 12-digit number (a My Number) in any spelling."""
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValueError(f"holds the character U+{ord(ch):04X}, which is not text")
    if looks_like_my_number(text):
        raise ValueError(MY_NUMBER_MESSAGE)
    return text


MY_NUMBER_MESSAGE = "looks like a 12-digit number, which is never stored"


When = Annotated[AwareDatetime, Field(strict=False), AfterValidator(_in_range)]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
RunId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,32}$")]
Name = Annotated[str, StringConstraints(max_length=40), AfterValidator(_plain_text)]
Kind = Annotated[str, StringConstraints(min_length=1, max_length=80), AfterValidator(_plain_text)]


class BadImportFile(Exception):
    """The file cannot be imported; `problems` says what is wrong and where."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path}: " + "; ".join(problems))
        self.path = path
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, allow_inf_nan=False)


class _Profile(_Strict):
    name: Name


class _Run(_Strict):
    id: RunId
    kind: Kind
    started_at: When
    profile: Name = DEFAULT_PROFILE


class _Answer(_Strict):
    answered_at: When
    run_id: RunId
    question_id: Id
    chosen: Annotated[list[Id], Field(min_length=1, max_length=20)]
    correct: bool
    seconds: float = Field(default=0.0, ge=0, le=86400)
    profile: Name = DEFAULT_PROFILE


class _Schedule(_Strict):
    profile: Name = DEFAULT_PROFILE
    question_id: Id
    state: Literal["learning", "review", "relearning"]
    step: int | None = Field(ge=0, le=MAX_COUNT)
    stability: float | None = Field(gt=0, le=MAX_COUNT)
    difficulty: float | None = Field(ge=1, le=10)
    due: When
    last_review: When | None
    reviews: int = Field(ge=0, le=MAX_COUNT)


class _Document(_Strict):
    format: Literal["quizapp-export"]
    version: Literal[1, 2]
    profiles: list[_Profile] = []
    runs: list[_Run] = []
    answers: list[_Answer]
    schedules: list[_Schedule] = []


def parse_export(raw: bytes, path: Path) -> History:
    """The history in an export file; raises BadImportFile naming each problem and its place."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise BadImportFile(path, [_too_large()])
    try:
        data = decode(raw, "an export")
    except JsonProblem as exc:
        raise BadImportFile(path, [str(exc)]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BadImportFile(path, [f'format: this is not a quizapp export (expected "{FORMAT_NAME}")'])
    try:
        doc = _Document.model_validate(data)
    except ValidationError as exc:
        raise BadImportFile(path, problems(exc)) from None
    return _to_history(doc, path)


def _to_history(doc: _Document, path: Path) -> History:
    problems: list[str] = []
    names = [DEFAULT_PROFILE] + [p.name.strip() for p in doc.profiles if p.name.strip() != DEFAULT_PROFILE]
    known = set(names)
    runs: set[tuple[str, str]] = set()
    first_of_id: dict[str, _Run] = {}
    for i, r in enumerate(doc.runs):
        if (r.id, r.profile) in runs:
            problems.append(f"runs[{i}].id: {r.id!r} is listed twice for the same learner")
        runs.add((r.id, r.profile))
        first_of_id.setdefault(r.id, r)
    for i, a in enumerate(doc.answers):
        if a.profile not in known:
            problems.append(f"answers[{i}].profile: no profile named {a.profile!r} in profiles")
    for i, r in enumerate(doc.runs):
        if r.profile not in known:
            problems.append(f"runs[{i}].profile: no profile named {r.profile!r} in profiles")
    planned: set[tuple[str, str]] = set()
    for i, s in enumerate(doc.schedules):
        if s.profile not in known:
            problems.append(f"schedules[{i}].profile: no profile named {s.profile!r} in profiles")
        if (s.profile, s.question_id) in planned:
            problems.append(f"schedules[{i}]: a second schedule for {s.question_id!r} of the same learner")
        planned.add((s.profile, s.question_id))
    if problems:
        raise BadImportFile(path, problems[:20])
    run_records = [RunRecord(r.id, r.kind, r.started_at, r.profile) for r in doc.runs]
    for a in doc.answers:
        # A run is one learner's. Answers of another learner under the same id (a file edited
        # or merged by hand) get a run of their own, like it, which storage gives its own id.
        # Version 1 files have no runs at all: one is made per run id.
        if (a.run_id, a.profile) not in runs:
            runs.add((a.run_id, a.profile))
            like = first_of_id.get(a.run_id)
            kind, started = (like.kind, like.started_at) if like else (IMPORTED_KIND, a.answered_at)
            run_records.append(RunRecord(a.run_id, kind, started, a.profile))
    state_number = {name: n for n, name in STATES.items()}
    return History(
        profiles=tuple(dict.fromkeys(names)),
        runs=tuple(run_records),
        answers=tuple(
            AnswerRecord(
                Answer(a.run_id, a.question_id, frozenset(a.chosen), a.correct, a.seconds, a.answered_at),
                a.profile,
            )
            for a in doc.answers
        ),
        schedules=tuple(
            ScheduleRecord(
                Schedule(
                    s.question_id,
                    ReviewState(state_number[s.state]),
                    s.step,
                    s.stability,
                    s.difficulty,
                    s.due,
                    s.last_review,
                    s.reviews,
                ),
                s.profile,
            )
            for s in doc.schedules
        ),
    )


def _too_large() -> str:
    return f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MB, more than any export"


def read_export(path: Path) -> History:
    """The history in the export file at `path`. Only a regular file is read (a FIFO, a device
    such as /dev/zero, a folder are refused at once), and its size is checked before reading."""
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
    except FileTooLarge:
        raise BadImportFile(path, [_too_large()]) from None
    except OSError as exc:
        raise BadImportFile(path, [exc.strerror or str(exc)]) from None
    return parse_export(raw, path)
