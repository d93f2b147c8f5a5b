"""The child for the erase test: `python erase_child.py DATA_DIR POINT` runs
`quizapp delete-my-data --yes` on DATA_DIR and, on reaching POINT, prints `at POINT` and waits
there until the parent kills it (SIGKILL: nothing of Python's clean-up runs)."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from quizapp.cli import main
from quizapp.services import erasing
from quizapp.storage import history

POINT = sys.argv[2]


def stop(point: str) -> None:
    if point == POINT:
        os.write(1, f"at {point}\n".encode())
        while True:
            signal.pause()


def after(name: str, point: str, module: Any = erasing) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        stop(point)
        return result

    setattr(module, name, wrapped)


def before(name: str, point: str, module: Any = erasing) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        stop(point)
        return real(*args, **kwargs)

    setattr(module, name, wrapped)


real_immediate = history.immediate


@contextmanager
def immediate(conn: Connection) -> Iterator[None]:
    with real_immediate(conn):
        yield
        stop("inside-the-database-transaction")  # rows deleted, not committed
    stop("before-vacuum")  # committed; the freed pages are not yet rebuilt away


after("write_atomically", "marker-written")
after("_remove", "one-backup-removed")
before("erase_history", "backups-removed")
history.immediate = immediate  # type: ignore[assignment]
before("_drop_marker", "before-the-marker-is-removed")
sys.exit(main(["delete-my-data", "--yes", "--data-dir", sys.argv[1]]))
