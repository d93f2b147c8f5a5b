"""Promise 1, checked forensically: after a kiosk visit ends, no byte of the data folder tells
that visit's answers apart from the running totals.

Two data folders run the same visits, with distinctive answers, in different orders, through
the real service (`open_kiosk_context`, the path kiosk mode takes). After each visit the WAL is
empty; in the end every file of the two folders is the same byte for byte (the logs aside,
which hold times: no line of theirs names a question, a choice or a visit).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from quizapp.domain.kiosk import KIOSK_LENGTH
from quizapp.domain.model import NOT_SURE
from quizapp.logsetup import setup_logging
from quizapp.paths import DataPaths
from quizapp.services import kiosk as kiosk_service
from quizapp.services.kiosk import KioskContext, open_kiosk_context
from tests.conftest import write_registry

QUESTIONS = ("lynx-001", "lynx-002", "lynx-003", "lynx-004")
CHOICES = ("zebra", "okapi", "tapir", "quokka")


def _bank() -> str:
    """Four questions (the second "select all") with the choices above; the first is right, and
    for the second the first two are."""
    lines = ["id: lynx", "title: {ja: 山猫, en: Lynx}", "questions:"]
    for n, qid in enumerate(QUESTIONS, start=1):
        lines += [
            f"  - id: {qid}",
            f"    type: {'multiple' if n == 2 else 'single'}",
            "    difficulty: 1",
            f"    prompt: {{ja: 問{n}, en: Question {n}}}",
            "    choices:",
        ]
        for i, cid in enumerate(CHOICES):
            right = "true" if i == 0 or (n == 2 and i == 1) else "false"
            lines.append(
                f"      - {{id: {cid}, text: {{ja: 選{cid}, en: Pick {cid}}}, correct: {right}, "
                "why: {ja: 理由, en: Why}}"
            )
        lines += [
            "    explanation: {ja: 説明, en: Explained}",
            "    sources: [src-a]",
            '    review_by: "2027-12-01"',
            "    audience: [general]",
        ]
    return "\n".join(lines) + "\n"


BANK = _bank()
DAY = date(2026, 11, 27)
Visit = dict[str, frozenset[str]]
VISITS: list[Visit] = [
    {q: frozenset({"okapi"}) for q in QUESTIONS},
    {q: frozenset({"tapir"}) for q in QUESTIONS},
    {q: frozenset({NOT_SURE}) for q in QUESTIONS},
    {q: frozenset({"zebra", "okapi"} if q == "lynx-002" else {"zebra"}) for q in QUESTIONS},
    {},  # walked away at the first question
]
TOKENS = (*QUESTIONS, *CHOICES, NOT_SURE)
SHM_HEADER = 136
"""Two copies of the wal-index header and the checkpoint info: salts and checksums that SQLite
draws at random each time the WAL restarts. The page map after them is compared."""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    folder = tmp_path / "lynx-banks"
    folder.mkdir()
    write_registry(folder, ("src-a",))
    (folder / "lynx.yaml").write_text(BANK, encoding="utf-8")
    return folder


@pytest.fixture
def logged(data_dir: Path) -> Iterator[None]:
    """What the app logs, at every level, to the log file in the data folder."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    setup_logging(DataPaths(data_dir), logging.DEBUG)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def visit(ctx: KioskContext, answers: Visit) -> str:
    """One visitor: starts from the attract screen, answers (maybe not all), leaves."""
    quiz = ctx.new_quiz()
    ctx.count_visit(lambda: DAY)
    run = quiz.start_mixed(KIOSK_LENGTH)
    assert {q.id for q in run.questions} == set(QUESTIONS)
    while run.current is not None and run.current.id in answers:
        quiz.submit(run, answers[run.current.id], 3.0)
    ctx.finish_visit()
    ctx.flush()  # written (on the writer thread) before the files are looked at
    return run.run_id


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def same_start(bank: Path, tmp_path: Path, *folders: Path) -> None:
    """The same fresh kiosk database in each folder. (Two fresh databases differ already: the
    migrations create some indexes in an order Alembic draws from a set.)"""
    template = tmp_path / "template"
    open_kiosk_context(DataPaths(template), [bank]).close()
    for folder in folders:
        folder.mkdir()
        shutil.copyfile(template / "quizapp.db", folder / "quizapp.db")


def run_all(folder: Path, bank: Path, order: Sequence[int]) -> tuple[KioskContext, list[int], list[str]]:
    """The visits in `order` in `folder`; the size of the WAL after each one; their run ids."""
    ctx = open_kiosk_context(DataPaths(folder), [bank])
    wal_sizes, run_ids = [], []
    for i in order:
        run_ids.append(visit(ctx, VISITS[i]))
        wal_sizes.append((folder / "quizapp.db-wal").stat().st_size)
    return ctx, wal_sizes, run_ids


def test_two_folders_with_the_same_visits_in_other_orders_end_byte_identical(
    bank: Path, tmp_path: Path, logged: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kiosk_service, "shipped_banks_dir", lambda: bank)  # only the marked bank
    first, second = tmp_path / "first", tmp_path / "second"
    same_start(bank, tmp_path, first, second)
    ctx1, wal1, runs1 = run_all(first, bank, [0, 1, 2, 3, 4])
    ctx2, wal2, runs2 = run_all(second, bank, [4, 2, 0, 3, 1])
    assert wal1 == wal2 == [0] * len(VISITS)  # checkpointed and truncated after every visit
    shm1, shm2 = (f / "quizapp.db-shm" for f in (first, second))
    assert shm1.read_bytes()[SHM_HEADER:] == shm2.read_bytes()[SHM_HEADER:]
    report = ctx1.read_report().report
    assert report.visits == 5 and report.visits_by_day == (("2026-11-27", 5),)
    counts = {q.question_id: q for q in report.questions}
    assert counts["lynx-001"].choices == {"okapi": 1, "tapir": 1, NOT_SURE: 1, "zebra": 1}
    assert (counts["lynx-002"].attempts, counts["lynx-002"].correct) == (4, 1)
    ctx1.close()
    ctx2.close()
    a, b = files(first), files(second)
    assert sorted(a) == sorted(b)
    assert "quizapp.db-wal" not in a and "quizapp.db-shm" not in a  # the last close removes them
    assert {n.split("/")[0] for n in a} == {"quizapp.db", "cache"}  # no backups, no settings
    for name in a:
        if name.startswith("logs/"):
            continue
        assert a[name] == b[name], name
    log_text = (tmp_path / "data" / "logs" / "quizapp.log").read_text(encoding="utf-8")
    assert "migrating" in log_text  # the log was written to
    for token in (*TOKENS, *runs1, *runs2):
        assert token not in log_text, token


def old_style_database(folder: Path, order: Sequence[int]) -> None:
    """What a version before 0102 wrote: a row inserted the first time a visitor picked it, and
    each answer committed as it happened (in tables with row ids, which keep that order)."""
    downgrade_to_0101(folder / "quizapp.db")
    with sqlite3.connect(folder / "quizapp.db") as conn:
        for table in ("kiosk_choice", "kiosk_question", "kiosk_visit_day"):
            conn.execute(f"DELETE FROM {table}")
        for i in order:
            conn.execute(
                "INSERT INTO kiosk_visit_day VALUES (?, 1) ON CONFLICT DO UPDATE SET visits = visits + 1",
                (DAY.isoformat(),),
            )
            for qid, chosen in VISITS[i].items():
                conn.execute(
                    "INSERT INTO kiosk_question VALUES (?, 1, 0) "
                    "ON CONFLICT DO UPDATE SET attempts = attempts + 1",
                    (qid,),
                )
                for cid in sorted(chosen):
                    conn.execute(
                        "INSERT INTO kiosk_choice VALUES (?, ?, 1) "
                        "ON CONFLICT DO UPDATE SET picks = picks + 1",
                        (qid, cid),
                    )
                conn.commit()


def test_a_database_written_by_the_old_version_is_rewritten_canonically_at_start(
    bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kiosk_service, "shipped_banks_dir", lambda: bank)
    first, second = tmp_path / "first", tmp_path / "second"
    same_start(bank, tmp_path, first, second)
    old_style_database(first, [0, 1, 2, 3])
    old_style_database(second, [3, 1, 0, 2])
    assert rows_in_stored_order(first) != rows_in_stored_order(second)  # the trace of the visits
    for folder in (first, second):
        ctx = open_kiosk_context(DataPaths(folder), [bank])
        assert (folder / "quizapp.db-wal").stat().st_size == 0
        assert ctx.read_report().report.visits == 4
        ctx.close()
        stored = rows_in_stored_order(folder)
        assert stored == sorted(stored) and len(stored) == len(QUESTIONS) * (len(CHOICES) + 1)
    assert (first / "quizapp.db").read_bytes() == (second / "quizapp.db").read_bytes()


def downgrade_to_0101(path: Path) -> None:
    from alembic import command

    from quizapp.storage.database import alembic_config, explicit_transactions, make_engine

    engine = make_engine(path)
    with explicit_transactions(engine) as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        command.downgrade(alembic_config(conn), "0101")
        conn.exec_driver_sql("COMMIT")
    engine.dispose()


def rows_in_stored_order(folder: Path) -> list[tuple[str, str]]:
    """The choice rows in the order the file keeps them: by row id in a table that has them,
    by key in a WITHOUT ROWID table (revision 0102 on)."""
    with sqlite3.connect(folder / "quizapp.db") as conn:
        try:
            return conn.execute("SELECT question_id, choice_id FROM kiosk_choice ORDER BY rowid").fetchall()
        except sqlite3.OperationalError:  # no rowid: a table scan is the stored order
            return conn.execute("SELECT question_id, choice_id FROM kiosk_choice").fetchall()
