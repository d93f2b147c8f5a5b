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


class DamagedDatabase(StorageError):
    """The file opens, but it is not a database quizapp made (e.g. a planted trigger or table)."""


class DataDirUnwritable(StorageError):
    """The data folder (or the database in it) cannot be written: no permission, not a folder,
    or the disk is full. What was saved before is untouched."""

    def __init__(self, path: Path, detail: str, *, disk_full: bool = False) -> None:
        super().__init__(path, detail)
        self.disk_full = disk_full


class AlreadyRunning(StorageError):
    """Another quizapp holds the data folder's lock."""
