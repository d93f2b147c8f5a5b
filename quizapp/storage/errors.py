"""Storage errors carry data; the UI turns them into sentences."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """The progress database cannot be used."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseTooNew(StorageError):
    """The database was written by a newer quizapp, whose schema this version does not know."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path, f"schema revision {revision} comes from a newer version of quizapp")
        self.revision = revision
