"""A writer killed with SIGKILL at random moments never loses an acknowledged answer.

A killed process leaves the operating system's cache intact, so this checks crash atomicity
(a torn transaction, a half-written WAL that the next open must cope with), not durability:
test_power_loss.py cuts the power too, on a filesystem that forgets unsynced writes."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from quizapp.storage.recovery import open_or_recover
from quizapp.storage.repository import AnswerRepository
from tests.storage.cut_driver import SOAK, child, new_seed

pytestmark = [
    pytest.mark.fault,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the child forks a worker per power cut"),
]
KILLS = 2000 if SOAK else 120


def test_no_acknowledged_answer_is_lost_across_random_sigkills(tmp_path: Path) -> None:
    seed = new_seed()
    print(f"seed {seed} (QUIZAPP_SEED={seed} replays it)")
    acked: list[str] = []
    writing = 0
    with child("answers", tmp_path, KILLS, seed) as worker:
        for _ in range(KILLS):
            result = worker.run_round(*worker.moment())
            assert result.killed, f"seed {seed}: a worker stopped by itself"
            acked += result.acks()
            writing += bool(result.acks())
    assert writing > KILLS // 3, "too few kills landed while answers were being written"

    db = tmp_path / "quizapp.db"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
    engine, report = open_or_recover(db, tmp_path / "backups", datetime.now())
    repo = AnswerRepository(engine)
    stored = {a.question_id for a in repo.answers()}
    repo.close()
    assert not report.recovered, report.problem
    missing = [qid for qid in acked if qid not in stored]
    assert missing == [], f"seed {seed}"
