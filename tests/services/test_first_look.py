"""The home screen's first look (stdlib sqlite3, read only) gives exactly the figures of the full
open through SQLAlchemy, and steps aside whenever the full open must decide."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.domain.quiz import Answer
from quizapp.paths import ERASE_MARKER, DataPaths
from quizapp.services.context import open_context
from quizapp.services.home import first_look, open_catalog
from quizapp.storage.glance import read_glance

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _history(data_dir: Path, bank_dir: Path, answers: int, seed: int) -> None:
    """Random answers spread over a month, so some questions are due and some are not."""
    context = open_context(DataPaths(data_dir), [bank_dir])
    rng = random.Random(seed)
    questions = list(context.catalog.questions)
    for n in range(answers):
        question = rng.choice(questions)
        choice = rng.choice(question.choices).id
        moment = START + timedelta(hours=rng.uniform(0, 24 * 30))
        answer = Answer(f"run{n % 5}", question.id, frozenset({choice}), rng.random() < 0.6, 3.0, moment)
        context.answers.record(answer, "mixed", START)
    context.close(backup=False)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_first_look_matches_the_full_open(data_dir: Path, bank_dir: Path, seed: int) -> None:
    _history(data_dir, bank_dir, 60, seed)
    paths = DataPaths(data_dir)
    for now in (START + timedelta(days=d) for d in (0, 3, 10, 40, 400)):
        catalog = open_catalog(paths, [bank_dir])
        figures = first_look(paths, [bank_dir], now)
        context = open_context(paths, [bank_dir], catalog)
        try:
            assert figures is not None
            assert figures.topics == context.quiz.progress()
            assert figures.problems == catalog.problems
            known = {q.id for q in catalog.questions}
            expected_due = sum(1 for s in context.answers.due(now) if s.question_id in known)
            assert figures.due == expected_due
        finally:
            context.close(backup=False)
    assert any(t.answered for t in figures.topics)


def test_no_first_look_without_a_database_or_while_an_erase_is_unfinished(
    data_dir: Path, bank_dir: Path
) -> None:
    paths = DataPaths(data_dir)
    open_catalog(paths, [bank_dir])
    assert first_look(paths, [bank_dir]) is None  # a first start: nothing to look at yet
    _history(data_dir, bank_dir, 5, 1)
    assert first_look(paths, [bank_dir]) is not None
    (data_dir / ERASE_MARKER).write_text("")
    assert first_look(paths, [bank_dir]) is None


def _db(data_dir: Path, bank_dir: Path) -> Path:
    _history(data_dir, bank_dir, 5, 1)
    return DataPaths(data_dir).database


def test_no_first_look_at_a_schema_of_another_version(data_dir: Path, bank_dir: Path) -> None:
    db = _db(data_dir, bank_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    assert read_glance(db, START) is None


def test_no_first_look_when_the_computer_has_two_learners(data_dir: Path, bank_dir: Path) -> None:
    db = _db(data_dir, bank_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO profile (id, name) VALUES (2, 'Hanako')")
    assert read_glance(db, START) is None


@pytest.mark.parametrize("damage", ["not sqlite", "hot journal", "no table"])
def test_no_first_look_at_anything_unusual(data_dir: Path, bank_dir: Path, damage: str) -> None:
    db = _db(data_dir, bank_dir)
    if damage == "not sqlite":
        db.write_bytes(b"hello" * 100)
    elif damage == "hot journal":
        db.with_name(db.name + "-journal").write_bytes(b"\0" * 512)
    else:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TABLE review_schedule")
    assert read_glance(db, START) is None


def test_the_first_look_writes_nothing(data_dir: Path, bank_dir: Path) -> None:
    db = _db(data_dir, bank_dir)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert read_glance(db, START) is not None
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert after == before


def test_answers_still_in_the_write_ahead_log_are_counted(
    data_dir: Path, bank_dir: Path, tmp_path: Path
) -> None:
    _history(data_dir, bank_dir, 5, 1)
    paths = DataPaths(data_dir)
    context = open_context(paths, [bank_dir])
    question = context.catalog.questions[0]
    answer = Answer("late", question.id, frozenset({question.choices[0].id}), True, 2.0, START)
    context.answers.record(answer, "mixed", START)
    # as after a power cut: the file and its log as they are now, the engine never closed
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        src = paths.database.with_name(paths.database.name + suffix)
        (crashed / src.name).write_bytes(src.read_bytes())
    context.close(backup=False)
    assert (crashed / "quizapp.db-wal").stat().st_size > 0
    glance = read_glance(crashed / "quizapp.db", START)
    assert glance is not None
    expected = {
        s.question_id: s.reviews
        for s in [*open_context(DataPaths(crashed), [bank_dir]).answers.due(START + timedelta(days=9999))]
    }
    assert {qid: s.attempts for qid, s in glance.stats.items()} == expected
