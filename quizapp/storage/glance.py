"""A first look at the progress database for the home screen, with the standard library.

Opening the database properly (quizapp.storage.recovery) needs SQLAlchemy, whose import alone
takes about as long as a bare Qt window needs to appear. The home screen shows only a few
figures: per question, how often it was answered and whether the last answer was right, and
how many questions are due for review. `read_glance` reads exactly those with `sqlite3`, read
only, so the home screen is usable while SQLAlchemy loads; the full open follows at once and
replaces these figures (docs/performance.md).

Whenever anything is unusual, the answer is None and the caller takes the full path first: no
file yet, an unfinished rollback journal, a schema from another version, more than one learner
(the app asks who is learning), or any error at all. Nothing is written, created or repaired.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.domain.quiz import QuestionStats
from quizapp.storage.revision import DEFAULT_PROFILE_ID, HEAD_REVISION

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
DB_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy's SQLite DateTime stores a moment (the repository stores naive UTC)."""


@dataclass(frozen=True, slots=True)
class Glance:
    """The home screen's figures for the one learner of this database."""

    stats: dict[str, QuestionStats]
    due: frozenset[str]
    """Ids of the questions due for review at the moment of reading."""


def _usable_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
    except OSError:
        return False
    # A rollback journal left by a kill must be rolled back by a writer first.
    return not path.with_name(path.name + "-journal").exists()


def read_glance(path: Path, now: datetime) -> Glance | None:
    """The figures of the database at `path`, or None when only the full open may decide."""
    if not _usable_file(path):
        return None
    # With no write-ahead log beside it, the file alone is the whole database, and `immutable`
    # reads it without creating the -wal and -shm files a read-only WAL reader otherwise leaves.
    # (No other writer can start meanwhile: the app holds the data folder's lock.)
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=0.5)
    except sqlite3.Error as exc:
        log.info("first look at %s skipped: %s", path, exc)
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD_REVISION,)]:
            return None
        if conn.execute("SELECT id FROM profile").fetchall() != [(DEFAULT_PROFILE_ID,)]:
            return None
        rows = conn.execute(
            "SELECT question_id, reviews, correct, last_correct, due FROM review_schedule "
            "WHERE profile_id = ?",
            (DEFAULT_PROFILE_ID,),
        ).fetchall()
    except (sqlite3.Error, ValueError) as exc:
        log.info("first look at %s skipped: %s", path, exc)
        return None
    finally:
        conn.close()
    moment = now.astimezone(UTC).replace(tzinfo=None).strftime(DB_TIME_FORMAT)
    stats = {
        str(qid): QuestionStats(attempts=int(n), correct=int(right), last_correct=bool(last))
        for qid, n, right, last, _due in rows
    }
    due = frozenset(str(qid) for qid, _n, _r, _l, when in rows if str(when) <= moment)
    return Glance(stats, due)
