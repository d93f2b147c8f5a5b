"""The child for the power-cut tests: the real storage code, forked once per power cut.

Run as `python power_cut_child.py WORK DATA_DIR ROUNDS [SYNCHRONOUS]`. It imports the storage
code once, then for each round reads a line on stdin and forks a worker that opens the database
in DATA_DIR as the app does and does one piece of WORK, printing a line after each step has
returned (`ack <question id>` only after that answer's commit returned). The parent kills the
worker with SIGKILL at a random moment (and then cuts the power); this process prints
`end <round> killed|done` once the worker is gone, so every line of that round came before it.

WORK is one of:
- `answers`: record answers one after another, for ever.
- `erase`: on start, finish an interrupted erase as the app does and print
  `state <answers> <backups>`; fill an empty database with answers and a backup; print `erasing`,
  then run delete-my-data and print `erased <seconds it took>`.
- `backup`: record three answers, close the database, print `backing-up`, write the backup the
  app writes on exit, print
  `backed-up <seconds it took>`.

SYNCHRONOUS (the power-cut test's proof that its filesystem catches an unsafe setting) replaces
the storage layer's PRAGMA synchronous in every worker.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from quizapp.domain.quiz import Answer
from quizapp.services.erasing import backup_files, erase_everything, finish_interrupted_erase
from quizapp.storage import database
from quizapp.storage.backup import write_backup
from quizapp.storage.recovery import open_or_recover
from quizapp.storage.repository import AnswerRepository

DB_NAME = "quizapp.db"
BACKUPS = "backups"


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _open(root: Path) -> AnswerRepository:
    engine, _report = open_or_recover(root / DB_NAME, root / BACKUPS, datetime.now())
    return AnswerRepository(engine)


def _record(repo: AnswerRepository, round_no: int, n: int) -> None:
    qid = f"r{round_no}-{n}"
    when = datetime.now(UTC)
    repo.record(Answer(f"run{round_no}", qid, frozenset({"a"}), n % 2 == 0, 1.5, when), "mixed", when)
    _say(f"ack {qid}")


def _answers(root: Path, round_no: int) -> None:
    repo = _open(root)
    _say(f"ready {round_no}")
    n = 0
    while True:
        _record(repo, round_no, n)
        n += 1


def _erase(root: Path, round_no: int) -> None:
    repo = _open(root)
    finish_interrupted_erase(repo.engine, root)
    count = len(repo.answers())
    _say(f"state {count} {len(backup_files(root))}")
    if count == 0:
        for n in range(5):
            _record(repo, round_no, n)
        write_backup(root / DB_NAME, root / BACKUPS, datetime.now())
        count = 5
    _say(f"erasing {count} {len(backup_files(root))}")
    started = time.monotonic()
    erase_everything(repo.engine, root)
    _say(f"erased {time.monotonic() - started:.4f}")


def _backup(root: Path, round_no: int) -> None:
    repo = _open(root)
    for n in range(3):
        _record(repo, round_no, n)
    repo.close()
    _say("backing-up")
    started = time.monotonic()
    write_backup(root / DB_NAME, root / BACKUPS, datetime.now())
    _say(f"backed-up {time.monotonic() - started:.4f}")


WORK = {"answers": _answers, "erase": _erase, "backup": _backup}


def main() -> None:
    work, root, rounds = WORK[sys.argv[1]], Path(sys.argv[2]), int(sys.argv[3])
    if len(sys.argv) > 4:
        database.SYNCHRONOUS = sys.argv[4]
    configure_mappers()  # once here, not in every worker, so workers reach their commits sooner
    for round_no in range(rounds):
        if not sys.stdin.readline():
            return
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                work(root, round_no)
                code = 0
            finally:
                os._exit(code)
        _say(f"pid {pid}")
        _pid, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        done = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        _say(f"end {round_no} {'killed' if killed else 'done' if done else f'status={status}'}")


if __name__ == "__main__":
    main()
