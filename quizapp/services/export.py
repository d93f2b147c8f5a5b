"""Export a learner's data as JSON (everything) or CSV (the answers), and read an export back.

The output depends only on the data, so the same data always exports to the same bytes. JSON
keeps issue 2's shape (an object with an `answers` list) and adds `profiles`, `runs` and
`schedules`, so an export imported into an empty database gives back exactly what there was.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from quizapp.domain.history import History, RunRecord, ScheduleRecord
from quizapp.domain.quiz import Answer

ExportFormat = Literal["json", "csv"]
FORMAT_NAME = "quizapp-export"
VERSION = 2
CSV_COLUMNS = ("answered_at", "run_id", "question_id", "chosen", "correct", "seconds", "profile")
STATES = {1: "learning", 2: "review", 3: "relearning"}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _answer(answer: Answer, profile: str) -> dict[str, Any]:
    return {
        "answered_at": iso(answer.answered_at),
        "run_id": answer.run_id,
        "question_id": answer.question_id,
        "chosen": sorted(answer.chosen),
        "correct": answer.correct,
        "seconds": answer.seconds,
        "profile": profile,
    }


def _run(run: RunRecord) -> dict[str, Any]:
    return {"id": run.run_id, "kind": run.kind, "started_at": iso(run.started_at), "profile": run.profile}


def _schedule(record: ScheduleRecord) -> dict[str, Any]:
    s = record.schedule
    return {
        "profile": record.profile,
        "question_id": s.question_id,
        "state": STATES[int(s.state)],
        "step": s.step,
        "stability": s.stability,
        "difficulty": s.difficulty,
        "due": iso(s.due),
        "last_review": iso(s.last_review) if s.last_review else None,
        "reviews": s.reviews,
    }


def export_history(history: History, fmt: ExportFormat = "json") -> str:
    if fmt == "csv":
        return export_answers([r.answer for r in history.answers], [r.profile for r in history.answers])
    document = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "profiles": [{"name": name} for name in history.profiles],
        "runs": [_run(r) for r in history.runs],
        "answers": [_answer(r.answer, r.profile) for r in history.answers],
        "schedules": [_schedule(r) for r in history.schedules],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_answers(answers: Sequence[Answer], profiles: Sequence[str] | None = None) -> str:
    """The answers as CSV, one row each."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for i, answer in enumerate(answers):
        row = _answer(answer, profiles[i] if profiles else "")
        writer.writerow({**row, "chosen": " ".join(row["chosen"]), "correct": int(row["correct"])})
    return out.getvalue()
