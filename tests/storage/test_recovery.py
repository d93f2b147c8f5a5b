"""A broken progress database is set aside (never deleted) and replaced by a good backup or a
fresh file; backups are checked copies, the newest three kept."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.domain.quiz import Answer
from quizapp.storage.backup import backups, is_healthy, write_backup
from quizapp.storage.recovery import open_or_recover
from quizapp.storage.repository import AnswerRepository

pytestmark = pytest.mark.fault
NOW = datetime(2026, 11, 27, 10, 15, 0)


def _record(db: Path, *question_ids: str) -> None:
    engine, _report = open_or_recover(db, db.parent / "backups", NOW)
    repo = AnswerRepository(engine)
    for qid in question_ids:
        repo.record(Answer("run1", qid, frozenset({"a"}), True, 1.0, datetime.now(UTC)), "mixed", NOW)
    repo.close()


def _ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT question_id FROM answer ORDER BY id")]


def _random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(8192))


def _truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def _zero_length(db: Path) -> None:
    db.write_bytes(b"")


def _not_sqlite(db: Path) -> None:
    db.write_text("id: alpha\ntitle: not a database\n", encoding="utf-8")


def _scribbled_pages(db: Path) -> None:
    data = db.read_bytes()  # a valid header and first page, random bytes in every later page
    db.write_bytes(data[:4096] + os.urandom(len(data) - 4096))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "random bytes": _random_bytes,
    "truncated": _truncated,
    "zero length": _zero_length,
    "not sqlite": _not_sqlite,
    "scribbled pages": _scribbled_pages,
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "quizapp.db"
    _record(path, "q1", "q2")
    return path


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_broken_database_is_kept_aside_and_a_fresh_one_opens(
    db: Path, damage: Callable[[Path], None]
) -> None:
    damage(db)
    broken = db.read_bytes()
    engine, report = open_or_recover(db, db.parent / "backups", NOW)
    AnswerRepository(engine).close()
    assert report.recovered and report.problem
    assert report.restored_from is None
    assert report.kept_as == db.with_name("quizapp.db.broken-20261127-101500")
    assert report.kept_as.read_bytes() == broken  # kept byte for byte, never deleted
    assert is_healthy(db) and _ids(db) == []


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_broken_database_is_restored_from_the_newest_good_backup(
    db: Path, damage: Callable[[Path], None]
) -> None:
    folder = db.parent / "backups"
    write_backup(db, folder, datetime(2026, 11, 20, 9, 0, 0))
    _record(db, "q3")
    newest = write_backup(db, folder, datetime(2026, 11, 26, 9, 0, 0))
    _record(db, "q4")
    damage(db)
    engine, report = open_or_recover(db, folder, NOW)
    AnswerRepository(engine).close()
    assert report.restored_from == newest
    assert _ids(db) == ["q1", "q2", "q3"]
    assert report.kept_as is not None and report.kept_as.exists()


def test_a_damaged_backup_is_skipped_for_an_older_good_one(db: Path) -> None:
    folder = db.parent / "backups"
    older = write_backup(db, folder, datetime(2026, 11, 20, 9, 0, 0))
    newest = write_backup(db, folder, datetime(2026, 11, 26, 9, 0, 0))
    _truncated(newest)
    _random_bytes(db)
    engine, report = open_or_recover(db, folder, NOW)
    engine.dispose()
    assert report.restored_from == older
    assert _ids(db) == ["q1", "q2"]


def test_a_torn_wal_left_by_a_crash_keeps_every_committed_answer(db: Path) -> None:
    conn = sqlite3.connect(db)  # a writer that dies: its WAL is left behind, the tail torn off
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute(
        "INSERT INTO answer (run_id, question_id, chosen, correct, seconds, answered_at) "
        "VALUES ('run1', 'q3', 'a', 1, 1.0, '2026-11-27 10:00:00')"
    )
    conn.commit()
    wal = db.with_name("quizapp.db-wal").read_bytes()
    conn.close()
    db.with_name("quizapp.db-wal").write_bytes(wal + os.urandom(3000))
    engine, report = open_or_recover(db, db.parent / "backups", NOW)
    engine.dispose()
    assert not report.recovered
    assert _ids(db) == ["q1", "q2", "q3"]


def test_a_garbage_wal_does_not_lose_answers(db: Path) -> None:
    db.with_name("quizapp.db-wal").write_bytes(os.urandom(5000))
    engine, report = open_or_recover(db, db.parent / "backups", NOW)
    engine.dispose()
    assert not report.recovered
    assert _ids(db) == ["q1", "q2"]


def test_a_healthy_database_is_left_alone(db: Path) -> None:
    engine, report = open_or_recover(db, db.parent / "backups", NOW)
    engine.dispose()
    assert not report.recovered and report.kept_as is None
    assert sorted(p.name for p in db.parent.iterdir()) == ["quizapp.db"]


def test_backups_are_checked_copies_named_by_time_and_only_three_are_kept(db: Path) -> None:
    folder = db.parent / "backups"
    made = [write_backup(db, folder, datetime(2026, 11, day, 8, 30, 5)) for day in (1, 2, 3, 4, 5)]
    assert [p.name for p in backups(folder)] == [
        "quizapp-20261105-083005.db",
        "quizapp-20261104-083005.db",
        "quizapp-20261103-083005.db",
    ]
    assert sorted(folder.iterdir()) == sorted(made[2:])  # no temporary file left behind
    assert all(is_healthy(p) and _ids(p) == ["q1", "q2"] for p in made[2:])


def test_a_backup_of_a_broken_database_fails_and_keeps_the_older_backups(db: Path) -> None:
    folder = db.parent / "backups"
    good = write_backup(db, folder, datetime(2026, 11, 1, 8, 0, 0))
    _not_sqlite(db)
    with pytest.raises(sqlite3.DatabaseError):
        write_backup(db, folder, datetime(2026, 11, 2, 8, 0, 0))
    assert list(folder.iterdir()) == [good]
