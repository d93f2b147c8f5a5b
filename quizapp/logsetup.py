"""Logging to a file in the data dir, rotated at start-up (falling back to stderr if it cannot be
written). Rotation happens when the app starts, not mid-run, so start-up does not pay for
`logging.handlers` (it pulls in sockets, pickle and threads); a session's log is small."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizapp.paths import DataPaths

MAX_BYTES = 1_000_000
KEEP = 3


def rotate(path: os.PathLike[str] | str, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """When the log has grown past `max_bytes`: log -> log.1 -> ... -> log.keep (the oldest goes)."""
    try:
        if os.path.getsize(path) <= max_bytes:
            return
    except OSError:
        return
    for n in range(keep - 1, 0, -1):
        older = f"{os.fspath(path)}.{n}"
        if os.path.exists(older):
            os.replace(older, f"{os.fspath(path)}.{n + 1}")
    os.replace(path, f"{os.fspath(path)}.1")


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler: logging.Handler
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        rotate(paths.log_file)
        handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)


@contextmanager
def command_logging(paths: DataPaths | None, level: int = logging.INFO) -> Iterator[Path | None]:
    """While a command runs, log to the data folder's log file; yields that file, or None when
    it cannot be written (then nothing is logged: a command's details never go to the screen)."""
    root = logging.getLogger()
    handler: logging.Handler | None = None
    if paths is not None:
        try:
            paths.logs.mkdir(parents=True, exist_ok=True)
            rotate(paths.log_file)
            handler = logging.FileHandler(paths.log_file, encoding="utf-8")
        except OSError:
            handler = None
    saved = root.level
    silent: logging.Handler | None = None
    if handler is not None:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(min(level, saved) if saved else level)
    elif not root.handlers:  # else logging's last resort prints errors a second time, on stderr
        silent = logging.NullHandler()
        root.addHandler(silent)
    try:
        yield paths.log_file if handler is not None and paths is not None else None
    finally:
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
            root.setLevel(saved)
        if silent is not None:
            root.removeHandler(silent)
