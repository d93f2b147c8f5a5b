"""Opening the progress database, or setting a broken one aside and starting again.

A broken file (random bytes, truncated, empty, not SQLite, spoiled by a stale journal) is never
deleted: it is renamed with a timestamp beside the database, then the newest backup that passes
an integrity check is put in its place, or a fresh database is started. What happened comes back
as an `OpenReport` for the UI to tell the user.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import struct
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from quizapp.storage.backup import backups, is_healthy
from quizapp.storage.database import open_database
from quizapp.storage.errors import DamagedDatabase, DataDirUnwritable, StorageError

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
JOURNALS = ("-wal", "-shm", "-journal")
_BROKEN_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
ORPHAN = re.compile(r"^\.quizapp-\d{8}-\d{6}\.db\.tmp$")
"""The temporary name of a backup being written (see backup.write_backup)."""


WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER, FRAME_HEADER = 32, 24


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum of `data` (a multiple of 8 bytes), continuing from (s0, s1)."""
    for x0, x1 in struct.iter_unpack(">II" if big_endian else "<II", data):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def wal_problem(wal: Path) -> str | None:
    """Why committed writes in the write-ahead log `wal` cannot be read, or None.

    SQLite silently stops reading a WAL at the first frame whose checksum fails, so answers
    committed after a damaged frame would vanish without a word. Frames of an earlier run of the
    log (other salts) and a torn last transaction (never acknowledged) are normal, not damage.
    A power cut may leave any of the last transaction's pages unwritten, its commit frame
    included or not, so damage counts only when a whole later transaction follows it: with
    synchronous=FULL that one began only after the damaged one was synced, so both were
    acknowledged."""
    try:
        raw = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(raw) <= WAL_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", raw[:WAL_HEADER])
    big = magic == WAL_MAGIC[1]
    header_ok = (
        magic in WAL_MAGIC
        and 512 <= page_size <= 65536
        and page_size & (page_size - 1) == 0
        and _checksum(raw[:24], 0, 0, big) == (c1, c2)
    )
    if not header_ok:
        return "the header of the write-ahead log is damaged, so nothing in it can be read"
    frame_size = FRAME_HEADER + page_size
    frames = (len(raw) - WAL_HEADER) // frame_size
    sums = (c1, c2)
    damaged: int | None = None
    ends = 0  # commit frames from the damaged one on: the first ends the damaged transaction
    for n in range(frames):
        at = WAL_HEADER + n * frame_size
        _page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", raw[at : at + FRAME_HEADER])
        if (f_salt1, f_salt2) != (salt1, salt2):
            if damaged is None:
                return None  # the rest is from an earlier run of the log
            continue
        if damaged is None:
            sums = _checksum(raw[at : at + 8] + raw[at + FRAME_HEADER : at + frame_size], *sums, big)
            if sums != (f_c1, f_c2):
                damaged, ends = n, int(commit != 0)
        elif commit and (ends := ends + 1) > 1:
            return (
                f"entry {damaged + 1} of the {frames} in the write-ahead log is damaged, so what was "
                "saved after it (answers included) cannot be read"
            )
    return None


def keep_unreadable_wal(path: Path, now: datetime) -> tuple[str, Path] | None:
    """When the WAL of the database at `path` holds writes SQLite cannot read, keep a copy of it
    beside the database (they are lost to the database, not deleted) and say why; else None."""
    wal = path.with_name(path.name + "-wal")
    problem = wal_problem(wal)
    if problem is None:
        return None
    copy = wal.with_name(f"{wal.name}.unreadable-{now.strftime('%Y%m%d-%H%M%S')}")
    shutil.copyfile(wal, copy)
    log.warning("%s: %s; a copy is kept as %s", wal, problem, copy)
    return problem, copy


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
    lost_writes: str | None = None
    """Why writes in the WAL could not be read (answers saved then are lost); None if none."""
    wal_kept_as: Path | None = None
    """The copy kept of that WAL."""

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


def restore_newest_good(path: Path, backup_dir: Path, skip: set[Path] | None = None) -> Path | None:
    """Copy the newest backup that passes an integrity check (and is not in `skip`) to `path`;
    return which one."""
    for candidate in backups(backup_dir):
        if skip and candidate in skip:
            continue
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


def remove_orphaned_temporaries(path: Path, backup_dir: Path) -> None:
    """Remove the temporary files a kill left behind: half-written backups in `backup_dir`
    (.quizapp-*.db.tmp, possibly hundreds of MB each) and a half-restored database. Only names
    that quizapp itself gives its temporaries are touched."""
    found = [path.with_name(f".{path.name}.restore.tmp")]
    with contextlib.suppress(OSError):  # no backups folder yet
        found += [p for p in backup_dir.iterdir() if ORPHAN.match(p.name)]
    for orphan in found:
        try:
            orphan.unlink()
        except FileNotFoundError:
            continue
        log.warning("removed %s, left unfinished when quizapp was stopped", orphan)


def open_or_recover(path: Path, backup_dir: Path, now: datetime) -> tuple[Engine, OpenReport]:
    """Open the database at `path`; if it is broken, keep it aside and restore or start fresh."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_orphaned_temporaries(path, backup_dir)
        unreadable = keep_unreadable_wal(path, now)  # before any connection reads the WAL
        problem = diagnose(path)
        report = OpenReport(path)
        if problem is not None:
            kept = set_aside(path, now)
            restored = restore_newest_good(path, backup_dir)
            report = OpenReport(path, problem, kept, restored)
        if unreadable is not None:
            report = replace(report, lost_writes=unreadable[0], wal_kept_as=unreadable[1])
    except OSError as exc:
        raise DataDirUnwritable(path, exc.strerror or str(exc), disk_full=_is_full(exc)) from exc
    skip: set[Path] = set()
    while True:
        try:
            return open_database(path), report
        except DamagedDatabase as exc:
            # It opens, but its schema is not quizapp's (a planted trigger or table): set it
            # aside like any damaged file; a restored backup is checked the same way.
            log.warning("%s", exc)
            if report.restored_from is not None:
                skip.add(report.restored_from)
            try:
                kept = set_aside(path, now)
                restored = restore_newest_good(path, backup_dir, skip)
            except OSError as err:
                raise DataDirUnwritable(path, err.strerror or str(err), disk_full=_is_full(err)) from err
            report = replace(
                report,
                problem=report.problem or exc.detail,
                kept_as=report.kept_as or kept,
                restored_from=restored,
            )
        except DataDirUnwritable:
            raise
        except StorageError as exc:
            if "disk is full" in exc.detail or "readonly" in exc.detail or "unable to open" in exc.detail:
                raise DataDirUnwritable(path, exc.detail, disk_full="disk is full" in exc.detail) from exc
            raise


def _is_full(exc: OSError) -> bool:
    import errno

    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
