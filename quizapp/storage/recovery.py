"""Opening the progress database, or setting a broken one aside and starting again.

A broken file (random bytes, truncated, empty, not SQLite, spoiled by a stale journal) is never
deleted: it is renamed with a timestamp beside the database, then the newest backup that passes
an integrity check is put in its place, or a fresh database is started. What happened comes back
as an `OpenReport` for the UI to tell the user.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from quizapp.storage.backup import backups, is_healthy
from quizapp.storage.database import open_database
from quizapp.storage.errors import DataDirUnwritable, StorageError

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
JOURNALS = ("-wal", "-shm", "-journal")
_BROKEN_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What opening the progress database had to do."""

    database: Path
    problem: str | None = None
    """Why the old file was judged broken; None when it opened normally."""
    kept_as: Path | None = None
    """Where the broken file now is (renamed, never deleted)."""
    restored_from: Path | None = None
    """The backup the database was restored from; None when it started fresh."""

    @property
    def recovered(self) -> bool:
        return self.problem is not None


def diagnose(path: Path) -> str | None:
    """Why the database at `path` cannot be used, or None if it is fine (or does not exist yet).

    Raises DataDirUnwritable when the file cannot even be read or opened: that is not damage,
    so the file must be left exactly where it is.
    """
    if not path.exists():
        if any(path.with_name(path.name + j).exists() for j in JOURNALS):
            return "a journal file was left without its database"
        return None
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DataDirUnwritable(path, exc.strerror or str(exc)) from exc
    if not header:
        return "the file is empty"
    if header != SQLITE_HEADER:
        return "the file is not an SQLite database"
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorname", "")
        if code in _BROKEN_CODES:
            return f"SQLite cannot read it ({exc})"
        raise DataDirUnwritable(path, str(exc), disk_full=code == "SQLITE_FULL") from exc
    if rows != [("ok",)]:
        return "it failed SQLite's integrity check: " + "; ".join(str(r[0]) for r in rows[:3])
    return None


def _aside_name(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while any(candidate.with_name(candidate.name + j).exists() for j in ("", *JOURNALS)):
        n += 1
        candidate = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    return candidate


def set_aside(path: Path, now: datetime) -> Path:
    """Rename the database and its journals to <name>.broken-YYYYmmdd-HHMMSS[-wal|-shm]."""
    kept = _aside_name(path, now)
    for suffix in ("", *JOURNALS):
        src = path.with_name(path.name + suffix)
        if src.exists():
            os.replace(src, kept.with_name(kept.name + suffix))
    log.warning("set the broken database %s aside as %s", path, kept)
    return kept


def restore_newest_good(path: Path, backup_dir: Path) -> Path | None:
    """Copy the newest backup that passes an integrity check to `path`; return which one."""
    for candidate in backups(backup_dir):
        if not is_healthy(candidate):
            log.warning("skipping damaged backup %s", candidate)
            continue
        tmp = path.with_name(f".{path.name}.restore.tmp")
        shutil.copyfile(candidate, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        log.warning("restored %s from %s", path, candidate)
        return candidate
    return None


def open_or_recover(path: Path, backup_dir: Path, now: datetime) -> tuple[Engine, OpenReport]:
    """Open the database at `path`; if it is broken, keep it aside and restore or start fresh."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        problem = diagnose(path)
        report = OpenReport(path)
        if problem is not None:
            kept = set_aside(path, now)
            restored = restore_newest_good(path, backup_dir)
            report = OpenReport(path, problem, kept, restored)
    except OSError as exc:
        raise DataDirUnwritable(path, exc.strerror or str(exc), disk_full=_is_full(exc)) from exc
    try:
        return open_database(path), report
    except DataDirUnwritable:
        raise
    except StorageError as exc:
        if "disk is full" in exc.detail or "readonly" in exc.detail or "unable to open" in exc.detail:
            raise DataDirUnwritable(path, exc.detail, disk_full="disk is full" in exc.detail) from exc
        raise


def _is_full(exc: OSError) -> bool:
    import errno

    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
