"""Where things are: the data dir (everything the app writes) and the shipped resources."""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "quizapp"
ENV_DATA_DIR = "QUIZAPP_DATA_DIR"
ERASE_MARKER = "erase-in-progress"
"""In the data folder while delete-my-data runs; found at start, it means: finish the erase."""


def resource_root() -> Path:
    """The folder holding `questions/` and `assets/`: the bundle's when frozen, else the repo's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def shipped_banks_dir() -> Path:
    return resource_root() / "questions"


def assets_dir() -> Path:
    return resource_root() / "assets"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Every file the app writes lives under `root`."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "quizapp.db"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "quizapp.log"

    @property
    def backups(self) -> Path:
        """Only quizapp-YYYYmmdd-HHMMSS.db copies of the database live here."""
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        return self.root / "quizapp.lock"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"


def data_paths(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """`--data-dir`, else $QUIZAPP_DATA_DIR, else the platform's user data dir. Raises OSError
    (ELOOP) when the path is a loop of symbolic links."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        try:
            return DataPaths(Path(chosen).expanduser().resolve())
        except RuntimeError as exc:  # how Python 3.11 reports a loop of symbolic links
            raise OSError(errno.ELOOP, "a loop of symbolic links", os.fspath(chosen)) from exc
    from platformdirs import user_data_dir

    return DataPaths(Path(user_data_dir(APP_NAME, appauthor=False)))
