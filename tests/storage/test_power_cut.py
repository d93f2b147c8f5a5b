"""Power cut: a writer killed with SIGKILL at random moments never loses an acknowledged answer."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from quizapp.storage.recovery import open_or_recover
from quizapp.storage.repository import AnswerRepository

pytestmark = [
    pytest.mark.fault,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the child forks a worker per power cut"),
]
KILLS = 2000 if os.environ.get("QUIZAPP_SOAK") else 120
CHILD = Path(__file__).with_name("power_cut_child.py")


def test_no_acknowledged_answer_is_lost_across_random_sigkills(tmp_path: Path) -> None:
    db = tmp_path / "quizapp.db"
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    acked: list[str] = []
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(KILLS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        for round_no in range(KILLS):
            child.stdin.write("go\n")
            child.stdin.flush()
            first = child.stdout.readline().split()
            assert first[0] == "pid", first
            # mostly in the middle of a stream of commits, sometimes while the database opens
            if rng.random() < 0.8:
                assert child.stdout.readline().split()[0] == "ready"
            time.sleep(rng.uniform(0, 0.08))
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(first[1]), signal.SIGKILL)
            while True:
                words = child.stdout.readline().split()
                assert words, "the child ended early"
                if words[0] == "ack":
                    acked.append(words[1])
                elif words[0] == "end":
                    assert words[1:] == [str(round_no), "killed"], words
                    break
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    assert len(acked) > KILLS  # the kills landed while answers were being written

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    engine, report = open_or_recover(db, tmp_path / "backups", datetime.now())
    repo = AnswerRepository(engine)
    stored = {a.question_id for a in repo.answers()}
    repo.close()
    assert not report.recovered, report.problem
    missing = [qid for qid in acked if qid not in stored]
    assert missing == []
