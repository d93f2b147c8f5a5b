"""A large import runs off the caller's thread, reports its progress, and goes in in batches,
so the database is never held for the whole import: the app can read between batches."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.domain.model import Catalog
from quizapp.services.learning import LearningService
from quizapp.storage.database import open_database
from quizapp.storage.history import ANSWER_BATCH
from quizapp.storage.repository import AnswerRepository

ANSWERS = ANSWER_BATCH + 1000


def big_export(path: Path) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    answers = [
        {
            "answered_at": (start + timedelta(minutes=i)).isoformat(),
            "run_id": f"run{i // 10}",
            "question_id": f"q-{i % 40:03d}",
            "chosen": ["a"],
            "correct": i % 3 == 0,
            "seconds": 2.0,
        }
        for i in range(ANSWERS)
    ]
    path.write_text(
        json.dumps({"format": "quizapp-export", "version": 1, "answers": answers}), encoding="utf-8"
    )


def test_a_large_import_off_the_calling_thread_reports_progress_in_batches(tmp_path: Path) -> None:
    source = tmp_path / "big.json"
    big_export(source)
    database = tmp_path / "quizapp.db"
    worker_side = LearningService(Catalog(), AnswerRepository(open_database(database)), tmp_path)
    reader = LearningService(Catalog(), AnswerRepository(open_database(database)), tmp_path)
    seen: list[tuple[int, int]] = []
    between: list[int] = []
    first_batch_in = threading.Event()
    go_on = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 1:
            first_batch_in.set()
            assert go_on.wait(timeout=60)

    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(worker_side.import_from(source, progress)))
    worker.start()
    try:
        assert first_batch_in.wait(timeout=120)
        # The first batch is committed and the import is between batches: the app reads freely.
        between.append(len(json.loads(reader.export_text())["answers"]))
    finally:
        go_on.set()
        worker.join(timeout=300)
    assert not worker.is_alive()
    assert seen == [(ANSWER_BATCH, ANSWERS), (ANSWERS, ANSWERS)]
    assert between == [ANSWER_BATCH]
    summary = results[0]
    assert getattr(summary, "answers", None) == ANSWERS
    assert len(json.loads(reader.export_text())["answers"]) == ANSWERS
    worker_side.close()
    reader.close()
