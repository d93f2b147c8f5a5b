"""Upgrading a database made by the foundation (schema revision 0001) keeps every row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quizapp.storage.database import current_revision, open_database
from quizapp.storage.repository import AnswerRepository
from quizapp.storage.revision import HEAD_REVISION

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "quizapp-0001.db"


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchall()


def test_upgrading_the_foundation_database_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.db"
    shutil.copy(FIXTURE, path)
    assert rows(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    answers_before = rows(path, "SELECT * FROM answer ORDER BY id")
    runs_before = rows(path, "SELECT * FROM quiz_run ORDER BY id")
    assert len(answers_before) == 6 and len(runs_before) == 2

    engine = open_database(path)
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()

    cols = "id, run_id, question_id, chosen, correct, seconds, answered_at"
    assert rows(path, f"SELECT {cols} FROM answer ORDER BY id") == answers_before
    assert rows(path, "SELECT id, kind, started_at FROM quiz_run ORDER BY id") == runs_before
    assert rows(path, "SELECT DISTINCT profile_id FROM answer") == [(1,)]
    assert rows(path, "SELECT DISTINCT profile_id FROM quiz_run") == [(1,)]
    assert rows(path, "SELECT id, name FROM profile") == [(1, "")]
    # the daily figures count every old answer, on the day it was given here (the tests run in UTC
    # or later, and the fixture's answers are at 09:00 UTC, so the day is the same)
    assert rows(path, "SELECT day, answered, correct FROM daily_result ORDER BY day") == [
        ("2026-11-20", 3, 1),
        ("2026-11-22", 3, 3),
    ]
    assert rows(path, "PRAGMA foreign_key_check") == []
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_answers_from_before_the_upgrade_are_scheduled_for_review(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.db"
    shutil.copy(FIXTURE, path)
    repo = AnswerRepository(open_database(path))
    scheduled = {qid: n for qid, n in rows(path, "SELECT question_id, reviews FROM review_schedule")}
    # chip-001 and chip-002 were answered twice, the others once
    assert scheduled == {"chip-001": 2, "chip-002": 2, "share-001": 1, "ppc-001": 1}
    missed = repo.schedule("share-001")  # answered wrongly once
    right = repo.schedule("ppc-001")  # answered right once
    assert missed is not None and right is not None
    assert missed.due - missed.last_review < right.due - right.last_review  # type: ignore[operator]
    repo.close()


def test_a_migration_that_fails_halfway_leaves_the_old_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "quizapp.db"
    shutil.copy(FIXTURE, path)
    before = rows(path, "SELECT * FROM answer ORDER BY id")

    def broken(*_args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("quizapp.domain.schedule.replay", broken)  # the last step of 0002
    with pytest.raises(RuntimeError):
        open_database(path)
    assert rows(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert rows(path, "SELECT * FROM answer ORDER BY id") == before
    tables = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "profile" not in tables and "review_schedule" not in tables
