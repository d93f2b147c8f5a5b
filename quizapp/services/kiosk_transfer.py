"""Counts carried by hand between sites without a network: `quizapp kiosk export-counts` writes
what this kiosk has not yet sent anywhere as a batch (its random id, its kiosk's name, sums only),
and `quizapp kiosk merge` adds the batches of such files to another kiosk's counters or the
server's, each batch once: merging a file twice changes nothing.

The file (JSON):

    {"format": "quizapp-kiosk-counts", "version": 1,
     "batches": [{"batch_id": "…uuid…", "kiosk": "chuo-library-1",
                  "visits_by_day": {"2026-12-01": 12},
                  "questions": {"chip-001": {"attempts": 9, "correct": 6}},
                  "picks": {"chip-001": {"a": 6, "not_sure": 1}}}]}
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from quizapp.domain.kiosk import CountsBatch, Totals
from quizapp.services.files import FileTooLarge, read_regular_file, write_atomically
from quizapp.services.json_input import JsonProblem, decode
from quizapp.services.json_input import problems as validation_problems
from quizapp.services.kiosk_config import BadKioskConfig, check_name
from quizapp.storage.kiosk import KioskCounterRepository

FORMAT_NAME = "quizapp-kiosk-counts"
MAX_FILE_BYTES = 64 * 2**20
MAX_COUNT = 10**12
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Id = Annotated[str, Field(min_length=1, max_length=64)]
UUID_SHAPE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class BadCountsFile(Exception):
    """The file cannot be merged; `problems` says what is wrong and where."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path}: " + "; ".join(problems))
        self.path = path
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _Question(_Strict):
    attempts: Count
    correct: Count


class _Batch(_Strict):
    batch_id: str
    kiosk: Id
    visits_by_day: dict[str, Count]
    questions: dict[Id, _Question]
    picks: dict[Id, dict[Id, Count]]

    @field_validator("batch_id")
    @classmethod
    def _uuid(cls, value: str) -> str:
        if not UUID_SHAPE.fullmatch(value):
            raise ValueError("not a batch id (a lower-case UUID)")
        return value

    @field_validator("kiosk")
    @classmethod
    def _name(cls, value: str) -> str:
        try:
            return check_name(value)
        except BadKioskConfig as exc:
            raise ValueError(str(exc)) from None

    @field_validator("visits_by_day")
    @classmethod
    def _days(cls, value: dict[str, int]) -> dict[str, int]:
        for day in value:
            try:
                if len(day) != 10:
                    raise ValueError
                date.fromisoformat(day)
            except ValueError:
                raise ValueError(f"{day!r} is not a day written YYYY-MM-DD") from None
        return value


class _Document(_Strict):
    format: Literal["quizapp-kiosk-counts"]
    version: Literal[1]
    batches: list[_Batch]


def to_json(batches: Sequence[CountsBatch]) -> str:
    """The export file for `batches`, keys sorted (nothing in it follows the visits' order)."""
    doc = {
        "format": FORMAT_NAME,
        "version": 1,
        "batches": [
            {
                "batch_id": b.batch_id,
                "kiosk": b.kiosk,
                "visits_by_day": dict(sorted(b.totals.days.items())),
                "questions": {
                    q: {"attempts": a, "correct": c} for q, (a, c) in sorted(b.totals.questions.items())
                },
                "picks": _nested(b.totals.picks),
            }
            for b in batches
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _nested(picks: Mapping[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (qid, cid), n in sorted(picks.items()):
        out.setdefault(qid, {})[cid] = n
    return out


def parse_counts(raw: bytes, path: Path) -> list[CountsBatch]:
    try:
        data = decode(raw, "a counts file")
    except JsonProblem as exc:
        raise BadCountsFile(path, [str(exc)]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BadCountsFile(
            path,
            [f'format: not a file of kiosk counts (expected "{FORMAT_NAME}", from kiosk export-counts)'],
        )
    try:
        doc = _Document.model_validate(data)
    except ValidationError as exc:
        raise BadCountsFile(path, validation_problems(exc)) from None
    problems = []
    batches = []
    for n, b in enumerate(doc.batches):
        for qid, q in b.questions.items():
            if q.correct > q.attempts:
                problems.append(f"batches[{n}].questions.{qid}: more correct answers than attempts")
        totals = Totals(
            days=b.visits_by_day,
            questions={q: (v.attempts, v.correct) for q, v in b.questions.items()},
            picks={(q, c): n for q, cs in b.picks.items() for c, n in cs.items()},
        )
        batches.append(CountsBatch(b.batch_id, b.kiosk, totals))
    if problems:
        raise BadCountsFile(path, problems[:20])
    return batches


def read_counts(path: Path) -> list[CountsBatch]:
    """The batches in the counts file at `path` (a regular file, size checked before reading)."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLarge:
        raise BadCountsFile(
            path, [f"larger than {MAX_FILE_BYTES // 2**20} MB, more than any counts file"]
        ) from None
    except OSError as exc:
        raise BadCountsFile(path, [exc.strerror or str(exc)]) from None
    return parse_counts(raw, path)


def export_counts(counters: KioskCounterRepository, kiosk: str, output: Path) -> CountsBatch | None:
    """Write what this kiosk has not yet sent (or exported) to `output`, then take it off the
    pending totals. The batch keeps its id until the file is written: if writing fails, the next
    export (or send) carries the same id, so nothing is counted twice. None: nothing waited
    (the file then holds no batch)."""
    batch = counters.take_batch(kiosk)
    write_atomically(output, to_json([] if batch is None else [batch]).encode("utf-8"))
    if batch is not None:
        counters.acknowledge(batch.batch_id)
    return batch


@dataclass(frozen=True, slots=True)
class MergeSummary:
    added: int = 0
    """Batches added now."""
    visits: int = 0
    """Visits in the batches added now."""
    already: int = 0
    """Batches skipped: added before."""
    own: int = 0
    """Batches skipped: this kiosk's own counts, which are here already."""


def merge_files(
    paths: Sequence[Path], add: Callable[[CountsBatch], bool], own_name: str = ""
) -> MergeSummary:
    """Read and check every file first (a bad one: nothing is merged), then add each batch once
    with `add` (True: new). Batches of `own_name` are skipped: that kiosk's counters hold them."""
    batches = [b for path in paths for b in read_counts(path)]
    added = visits = already = own = 0
    for batch in batches:
        if own_name and batch.kiosk == own_name:
            own += 1
        elif add(batch):
            added += 1
            visits += batch.totals.visits
        else:
            already += 1
    return MergeSummary(added, visits, already, own)
