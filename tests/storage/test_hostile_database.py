"""A database someone planted code or tables in, half-written backups left by kills, and a WAL
whose entries SQLite cannot read: none is used as if it were fine, and none is silent."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.domain.quiz import Answer
from quizapp.storage.backup import write_backup
from quizapp.storage.database import open_database
from quizapp.storage.recovery import FRAME_HEADER, WAL_HEADER, open_or_recover, wal_problem
from quizapp.storage.repository import AnswerRepository

pytestmark = pytest.mark.fault
NOW = datetime(2026, 11, 27, 10, 15)
PLANTS = {
    "trigger": "CREATE TRIGGER spy AFTER INSERT ON answer "
    "BEGIN INSERT INTO answer_copy VALUES (NEW.chosen); END",
    "table": "CREATE TABLE answer_copy (chosen TEXT)",
    "view": "CREATE VIEW everything AS SELECT * FROM answer",
    "index": "CREATE INDEX ix_extra ON answer (seconds)",
    "column": "ALTER TABLE profile ADD COLUMN email TEXT",
}


def record(db: Path, n: int, engine_out: list[object] | None = None) -> None:
    engine = open_database(db)
    repo = AnswerRepository(engine)
    for i in range(n):
        when = datetime(2026, 11, 27, 10, i, tzinfo=UTC)
        repo.record(Answer("run1", f"alpha-{i:03d}", frozenset({"a"}), True, 1.0, when), "mixed", when)
    if engine_out is not None:
        engine_out.append(engine)
    else:
        engine.dispose()


def plant(db: Path, what: str) -> None:
    with sqlite3.connect(db) as conn:
        if what == "trigger":
            conn.execute(PLANTS["table"])
        conn.execute(PLANTS[what])


@pytest.mark.parametrize("what", PLANTS)
def test_a_planted_schema_object_is_a_damaged_database(what: str, tmp_path: Path) -> None:
    db, backups = tmp_path / "quizapp.db", tmp_path / "backups"
    record(db, 3)
    good = write_backup(db, backups, NOW)
    plant(db, what)
    engine, report = open_or_recover(db, backups, NOW)
    try:
        assert report.recovered and report.restored_from == good
        assert what in (report.problem or "") or "columns" in (report.problem or "")
        with engine.connect() as conn:
            kinds = {row[0] for row in conn.exec_driver_sql("SELECT type FROM sqlite_master")}
            assert "trigger" not in kinds and "view" not in kinds
            assert conn.exec_driver_sql("SELECT count(*) FROM answer").scalar() == 3  # from the backup
    finally:
        engine.dispose()
    assert report.kept_as is not None and report.kept_as.exists()  # kept, never deleted


def test_a_planted_backup_is_skipped_too(tmp_path: Path) -> None:
    db, backups = tmp_path / "quizapp.db", tmp_path / "backups"
    record(db, 2)
    bad_backup = write_backup(db, backups, NOW)
    plant(bad_backup, "trigger")
    plant(db, "trigger")
    engine, report = open_or_recover(db, backups, NOW)
    engine.dispose()
    assert report.recovered and report.restored_from is None  # started afresh
    assert (
        len([p for p in tmp_path.glob("quizapp.db.broken-*") if not p.name.endswith(("-wal", "-shm"))]) == 2
    )


def test_a_command_on_a_planted_database_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record(tmp_path / "quizapp.db", 1)
    plant(tmp_path / "quizapp.db", "trigger")
    assert main(["export", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    db = tmp_path / "quizapp.db"
    assert (
        err.strip()
        == f"quizapp export: {db}: it holds a trigger 'spy' (on 'answer'), which quizapp never makes"
    )


def test_half_written_backups_left_by_kills_are_removed_at_start(tmp_path: Path) -> None:
    db, backups = tmp_path / "quizapp.db", tmp_path / "backups"
    record(db, 1)
    backups.mkdir()
    orphans = [backups / f".quizapp-20261127-1015{n:02d}.db.tmp" for n in range(24)]
    for orphan in orphans:
        orphan.write_bytes(b"\0" * 4096)
    keep = [write_backup(db, backups, NOW), backups / "notes.txt"]
    keep[1].write_text("mine", encoding="utf-8")
    (tmp_path / ".quizapp.db.restore.tmp").write_bytes(b"half")
    engine, _report = open_or_recover(db, backups, NOW)
    engine.dispose()
    assert sorted(backups.iterdir()) == sorted(keep)
    assert not (tmp_path / ".quizapp.db.restore.tmp").exists()


def crash_image(tmp_path: Path, answers: int) -> Path:
    """The database and its WAL as a crash (power cut) leaves them: copied while still open."""
    live, crashed = tmp_path / "live", tmp_path / "crashed"
    live.mkdir(parents=True)
    crashed.mkdir(parents=True)
    engines: list[object] = []
    record(live / "quizapp.db", answers, engines)
    for name in ("quizapp.db", "quizapp.db-wal"):
        shutil.copyfile(live / name, crashed / name)
    engines[0].dispose()  # type: ignore[attr-defined]
    return crashed / "quizapp.db"


def page_size_of(wal: Path) -> int:
    return int.from_bytes(wal.read_bytes()[8:12], "big")


def test_a_crash_wal_is_read_whole_and_raises_nothing(tmp_path: Path) -> None:
    db = crash_image(tmp_path, 6)
    assert wal_problem(Path(f"{db}-wal")) is None
    engine, report = open_or_recover(db, db.parent / "backups", NOW)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM answer").scalar() == 6
    engine.dispose()
    assert report.lost_writes is None


def test_a_torn_last_write_is_not_called_damage(tmp_path: Path) -> None:
    db = crash_image(tmp_path, 6)
    wal = Path(f"{db}-wal")
    raw = bytearray(wal.read_bytes())
    raw[-10] ^= 0xFF  # the last frame (a commit never acknowledged if torn)
    wal.write_bytes(bytes(raw))
    assert wal_problem(wal) is None


def test_a_hole_in_a_torn_last_transaction_is_not_called_damage(tmp_path: Path) -> None:
    """A power cut may leave any page of the last (never acknowledged) transaction unwritten
    while its commit frame reached the disk; SQLite drops that transaction, and nothing
    acknowledged is lost, so no "answers lost" alarm. (Found by tests/storage/test_power_loss.py.)"""
    db = crash_image(tmp_path, 6)
    wal = Path(f"{db}-wal")
    frame = FRAME_HEADER + page_size_of(wal)
    raw = bytearray(wal.read_bytes())
    frames = (len(raw) - WAL_HEADER) // frame
    commits = [n for n in range(frames) if int.from_bytes(raw[WAL_HEADER + n * frame + 4 :][:4], "big")]
    first_of_last = commits[-2] + 1
    assert commits[-1] - first_of_last >= 1, "the last transaction has more than one frame"
    raw[WAL_HEADER + first_of_last * frame + FRAME_HEADER + 100] ^= 0xFF  # its first page torn
    wal.write_bytes(bytes(raw))
    assert wal_problem(wal) is None
    engine, report = open_or_recover(db, db.parent / "backups", NOW)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM answer").scalar() == 5
    engine.dispose()
    assert report.lost_writes is None


def test_an_unreadable_wal_is_kept_logged_and_told(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    db = crash_image(tmp_path, 6)
    wal = Path(f"{db}-wal")
    frame = FRAME_HEADER + page_size_of(wal)
    raw = bytearray(wal.read_bytes())
    raw[WAL_HEADER + frame + FRAME_HEADER + 100] ^= 0xFF  # inside the second frame's page
    wal.write_bytes(bytes(raw))
    damaged = bytes(raw)
    with caplog.at_level(logging.WARNING):
        assert main(["export", "--data-dir", str(db.parent), "--output", str(tmp_path / "out.json")]) == 0
    err = capsys.readouterr().err
    assert "write-ahead log is damaged" in err and "a copy is kept as" in err
    copies = list(db.parent.glob("quizapp.db-wal.unreadable-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged
    assert "write-ahead log is damaged" in caplog.text
    # and the app's own way in reports it for the window to tell
    db2 = crash_image(tmp_path / "again", 6)
    wal2 = Path(f"{db2}-wal")
    wal2.write_bytes(damaged)
    engine, report = open_or_recover(db2, db2.parent / "backups", NOW)
    engine.dispose()
    assert report.lost_writes is not None and report.wal_kept_as is not None
