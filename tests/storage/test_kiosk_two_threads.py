"""The kiosk's file has two writers in one process: the thread that adds each finished visit, and
the sender thread that takes batches and acknowledges them. They must take turns: neither may
fail with "database is locked" while the other writes visit after visit, and no write may be
left without its rebuild and emptied WAL because the other thread's write got in between."""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path

import pytest

from quizapp.domain.kiosk import Totals
from quizapp.storage.database import open_database
from quizapp.storage.kiosk import KioskCounterRepository

VISITS = 120
CATALOG = [(f"q{i:03d}", ["a", "b", "c", "not_sure"]) for i in range(60)]


def visit(n: int) -> Totals:
    q = f"q{n % 60:03d}"
    return Totals(days={"2026-12-01": 1}, questions={q: (1, n % 2)}, picks={(q, "abc"[n % 3]): 1})


def test_the_visit_writer_and_the_sender_take_turns_on_the_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    counters = KioskCounterRepository(open_database(tmp_path / "quizapp.db"))
    counters.prepare(CATALOG, "kiosk-1")
    failures: list[BaseException] = []
    done = threading.Event()

    def write_visits() -> None:
        try:
            for n in range(VISITS):
                counters.add_visit(visit(n), "kiosk-1")
        except BaseException as exc:
            failures.append(exc)
        finally:
            done.set()

    acknowledged = 0
    caplog.set_level(logging.WARNING, logger="quizapp")
    writer = threading.Thread(target=write_visits)
    writer.start()
    try:
        while not done.is_set() or counters.waiting_visits():
            batch = counters.take_batch("kiosk-1")  # as the sender does, with an instant server
            if batch is not None:
                counters.acknowledge(batch.batch_id)
                acknowledged += batch.totals.visits
    finally:
        writer.join()
    counters.acknowledge(str(uuid.uuid4()))  # ignored: not the batch being sent (logs a warning)
    assert failures == []
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == ["an acknowledgement for a batch not being sent was ignored"]
    assert acknowledged == VISITS == counters.report().visits
    counters.close()
