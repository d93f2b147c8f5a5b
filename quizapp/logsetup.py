"""Logging to a rotating file in the data dir (falling back to stderr if it cannot be written)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from quizapp.paths import DataPaths


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler: logging.Handler
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)
