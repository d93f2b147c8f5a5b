"""The progress database: settings on every connection, migrations, and answers kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from quizapp.domain.model import NOT_SURE
from quizapp.domain.quiz import Answer
from quizapp.storage.database import MIGRATIONS, current_revision, open_database
from quizapp.storage.errors import DatabaseTooNew
from quizapp.storage.repository import AnswerRepository
from quizapp.storage.revision import HEAD_REVISION

WHEN = datetime(2026, 11, 27, 10, 30, 15, 123456, tzinfo=UTC)


def answer(qid: str, chosen: set[str], correct: bool, run: str = "run1", when: datetime = WHEN) -> Answer:
    return Answer(run, qid, frozenset(chosen), correct, 4.25, when)


def test_every_connection_has_wal_full_sync_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "q.db")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    engine.dispose()


def test_head_revision_constant_matches_the_migrations_folder() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_migrations_create_the_schema_and_are_recorded(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "q.db")
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert {"quiz_run", "answer", "alembic_version"} <= tables
    assert {"kiosk_visit_day", "kiosk_question", "kiosk_choice"} <= tables
    engine.dispose()


def test_answers_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    repo = AnswerRepository(open_database(path))
    repo.record(answer("q1", {"a"}, True), "mixed", WHEN)
    repo.record(answer("q1", {NOT_SURE}, False), "mixed", WHEN)
    repo.record(answer("q2", {"a", "c"}, True, run="run2"), "topic:x", WHEN)
    repo.close()
    again = AnswerRepository(open_database(path))
    got = again.answers()
    assert [(a.question_id, a.chosen, a.correct) for a in got] == [
        ("q1", frozenset({"a"}), True),
        ("q1", frozenset({NOT_SURE}), False),
        ("q2", frozenset({"a", "c"}), True),
    ]
    assert got[0].answered_at == WHEN and got[0].seconds == 4.25
    stats = again.question_stats()
    assert (stats["q1"].attempts, stats["q1"].correct, stats["q1"].last_correct) == (2, 1, False)
    assert (stats["q2"].attempts, stats["q2"].correct, stats["q2"].last_correct) == (1, 1, True)
    again.close()


def test_an_answer_is_committed_when_record_returns(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    repo = AnswerRepository(open_database(path))
    repo.record(answer("q9", {"b"}, False), "mixed", WHEN)
    # A separate plain connection (another process would see the same) finds the row already.
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT question_id, chosen FROM answer").fetchall() == [("q9", "b")]
    repo.close()


def test_only_the_answer_is_stored_nothing_else_about_the_person(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "q.db")
    with engine.connect() as conn:
        cols = {r[1] for r in conn.execute(text("PRAGMA table_info(answer)"))}
    assert cols == {
        "id",
        "run_id",
        "question_id",
        "chosen",
        "correct",
        "seconds",
        "answered_at",
        "profile_id",
    }
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNew) as info:
        open_database(path)
    assert info.value.revision == "9999" and info.value.path == path
