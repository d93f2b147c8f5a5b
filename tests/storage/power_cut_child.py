"""The child for the power-cut test: records answers through the real storage code.

Run as `python power_cut_child.py DB ROUNDS`. It imports the storage code once, then for each
round reads a line on stdin and forks a worker that opens the database (as the app does) and
records answers one after another, printing `ack <question id>` only after each commit has
returned. The parent kills the worker with SIGKILL at a random moment; this process then prints
`end <round>` once the worker is gone, so every ack of that round was printed before it.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from quizapp.domain.quiz import Answer
from quizapp.storage.recovery import open_or_recover
from quizapp.storage.repository import AnswerRepository


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _work(db: Path, round_no: int) -> None:
    engine, _report = open_or_recover(db, db.parent / "backups", datetime.now())
    repo = AnswerRepository(engine)
    _say(f"ready {round_no}")
    n = 0
    while True:
        qid = f"r{round_no}-{n}"
        when = datetime.now(UTC)
        repo.record(Answer(f"run{round_no}", qid, frozenset({"a"}), n % 2 == 0, 1.5, when), "mixed", when)
        _say(f"ack {qid}")
        n += 1


def main() -> None:
    db, rounds = Path(sys.argv[1]), int(sys.argv[2])
    configure_mappers()  # once here, not in every worker, so workers reach their commits sooner
    for round_no in range(rounds):
        if not sys.stdin.readline():
            return
        pid = os.fork()
        if pid == 0:
            try:
                _work(db, round_no)
            finally:
                os._exit(1)
        _say(f"pid {pid}")
        _pid, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        _say(f"end {round_no} {'killed' if killed else f'status={status}'}")


if __name__ == "__main__":
    main()
