"""Safe copies of the progress database in <data-dir>/backups/, and finding a good one.

A backup is written with SQLite's online backup API to a temporary file in the backups folder,
checked with `PRAGMA integrity_check`, flushed to disk, and only then renamed into place, so a
power cut leaves either the old set of backups or the new one, never a half-written file under
a backup's name. Only the newest KEEP are kept. Nothing else is ever written to that folder, so
"delete my data" may remove all of it.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

log = logging.getLogger(__name__)
KEEP = 3
PREFIX = "quizapp-"
NAME_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^quizapp-\d{8}-\d{6}\.db$")


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only; any "?", "#" or "%" in it stays part of the path."""
    return f"file:{quote(str(path))}?mode=ro"


def is_healthy(path: Path) -> bool:
    """True when `path` is an SQLite database that passes `PRAGMA integrity_check`.

    Opened read-only, so checking never changes the file.
    """
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False
    return rows == [("ok",)]


def backups(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first (the names sort by time)."""
    try:
        found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename, a removal) to disk; nothing to do off POSIX."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_checked(database: Path, tmp: Path) -> None:
    """SQLite's backup API copies a consistent snapshot, even while the app is writing.

    The source is opened read-write only so that, as the last connection, it tidies away the
    WAL files; the backup API itself only reads it.
    """
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    if not is_healthy(tmp):
        raise sqlite3.DatabaseError(f"the backup copy of {database} failed its integrity check")
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())


def write_backup(database: Path, folder: Path, now: datetime) -> Path:
    """Copy `database` into `folder` as quizapp-YYYYmmdd-HHMMSS.db; keep the newest KEEP.

    Raises OSError or sqlite3.Error when it cannot; the database itself is never changed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{now.strftime(NAME_FORMAT)}.db"
    tmp = folder / f".{target.name}.tmp"
    tmp.unlink(missing_ok=True)
    try:
        _copy_checked(database, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    fsync_folder(folder)
    for old in backups(folder)[KEEP:]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s", database, target)
    return target
