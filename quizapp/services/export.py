"""Export every recorded answer as JSON or CSV. The output depends only on the data, so the
same answers always export to the same bytes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC
from typing import Any, Literal

from quizapp.domain.quiz import Answer

ExportFormat = Literal["json", "csv"]
CSV_COLUMNS = ("answered_at", "run_id", "question_id", "chosen", "correct", "seconds")


def _row(answer: Answer) -> dict[str, Any]:
    return {
        "answered_at": answer.answered_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "run_id": answer.run_id,
        "question_id": answer.question_id,
        "chosen": sorted(answer.chosen),
        "correct": answer.correct,
        "seconds": answer.seconds,
    }


def export_answers(answers: Sequence[Answer], fmt: ExportFormat = "json") -> str:
    rows = [_row(a) for a in answers]
    if fmt == "json":
        return (
            json.dumps(
                {"format": "quizapp-export", "version": 1, "answers": rows}, ensure_ascii=False, indent=2
            )
            + "\n"
        )
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "chosen": " ".join(row["chosen"]), "correct": int(row["correct"])})
    return out.getvalue()
