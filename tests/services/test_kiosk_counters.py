"""Kiosk counters: a quiz that writes no answer, only anonymous totals; the staff report."""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
from datetime import date
from pathlib import Path

from quizapp.domain.kiosk import KIOSK_LENGTH, VisitTally
from quizapp.domain.model import NOT_SURE
from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.kiosk import KioskContext, open_counters
from quizapp.services.kiosk_report import CSV_QUESTION_COLUMNS, format_report


def context(bank_dir: Path, data_dir: Path) -> KioskContext:
    paths = DataPaths(data_dir)
    return KioskContext(paths, load_catalog([bank_dir]), open_counters(paths))


def test_a_kiosk_quiz_writes_only_counters(bank_dir: Path, data_dir: Path) -> None:
    ctx = context(bank_dir, data_dir)
    quiz = ctx.new_quiz()
    ctx.count_visit(lambda: date(2026, 11, 27))
    run = quiz.start_topic("alpha")
    by_id = {q.id: q for q in run.questions}
    for question in run.questions:
        chosen = {"alpha-001": {"b"}, "alpha-002": {"a", "b"}}[question.id]
        quiz.submit(run, frozenset(chosen), 2.0)
    assert ctx.read_report().report.visits == 0  # nothing is written while the visit lasts
    ctx.finish_visit()
    ctx.finish_visit()  # idempotent
    ctx.new_quiz()
    ctx.count_visit(lambda: date(2026, 11, 28))
    ctx.count_visit(lambda: date(2026, 11, 28))  # again: the first visit is finished, another starts
    ctx.finish_visit()
    report = ctx.read_report().report
    ctx.close()
    assert report.visits_by_day == (("2026-11-27", 1), ("2026-11-28", 2)) and report.visits == 3
    counts = {q.question_id: q for q in report.questions}
    assert (counts["alpha-001"].attempts, counts["alpha-001"].correct) == (1, 0)
    assert (counts["alpha-002"].attempts, counts["alpha-002"].correct) == (1, 1)
    assert counts["alpha-002"].choices == {"a": 1, "b": 1}
    assert counts["alpha-001"].most_chosen_wrong(by_id["alpha-001"]) == ("b", 1)
    assert counts["alpha-002"].most_chosen_wrong(by_id["alpha-002"]) is None
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        assert conn.execute("SELECT count(*) FROM answer").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM quiz_run").fetchone() == (0,)


def test_every_visit_draws_its_questions_as_if_no_one_had_come_before(bank_dir: Path, data_dir: Path) -> None:
    """Personal mode asks unseen questions first; a kiosk must not: what earlier visitors were
    asked (and counted) never changes what the next visitor is asked."""
    ctx = context(bank_dir, data_dir)
    quiz = ctx.new_quiz(random.Random(7))
    first = quiz.start_mixed(1)
    [asked] = first.questions
    quiz.submit(first, asked.correct_ids, 1.0)
    ctx.finish_visit()  # the visit's counts join the totals when it ends
    counted = {q.question_id: q.attempts for q in ctx.read_report().report.questions if q.attempts}
    assert counted == {asked.id: 1}
    again = ctx.new_quiz(random.Random(7)).start_mixed(1)
    assert [q.id for q in again.questions] == [asked.id]  # the same draw as for the first visitor
    everyone = ctx.new_quiz(random.Random(7)).start_mixed(KIOSK_LENGTH)
    assert {q.id for q in everyone.questions} == {q.id for q in ctx.catalog.questions}  # all topics
    ctx.close()


def test_report_json_and_csv(bank_dir: Path, data_dir: Path) -> None:
    """The formats themselves, with every count shown (--min-count 1); what the default hides:
    tests/services/test_kiosk_report.py."""
    ctx = context(bank_dir, data_dir)
    visit = VisitTally(date(2026, 11, 27))
    for chosen in ({"b"}, {"b"}, {"c"}, {"a"}, {NOT_SURE}):
        visit.add("alpha-001", chosen, chosen == {"a"})
    ctx.counters.add_visit(visit.totals())
    ctx.counters.add_visit(VisitTally(date(2026, 11, 29)).totals())
    report = ctx.read_report().report
    data = json.loads(format_report(report, ctx.catalog, "en", "json", min_count=1))
    assert data["visits"] == 2 and data["since"] == "2026-11-27"
    assert data["min_count"] == 1 and "Nothing is suppressed" in data["suppressed"]
    assert data["questions"] == [
        {
            "question_id": "alpha-001",
            "attempts": 5,
            "correct": 1,
            "not_sure": 1,
            "choices": {"a": 1, "b": 2, "c": 1, NOT_SURE: 1},
            "most_chosen_wrong": "b",
        }
    ]
    text = format_report(report, ctx.catalog, "en", "csv", min_count=1)
    note, visits, questions = text.split("\n\n")  # three sections, parted by blank lines
    assert next(csv.reader(io.StringIO(note))) == ["[note]"]
    visit_rows = list(csv.reader(io.StringIO(visits)))
    assert visit_rows == [["[visits per day]"], ["day", "visits"], ["2026-11-27", "1"], ["2026-11-29", "1"]]
    title, table = questions.split("\n", 1)
    assert title == "[questions]"
    rows = list(csv.DictReader(io.StringIO(table)))
    assert rows[0]["question"] == "Pick one." and rows[0]["percent_correct"] == "20"
    assert rows[0]["not_sure"] == "1"
    assert rows[0]["most_chosen_wrong_choice"] == "Wrong one" and rows[0]["most_chosen_wrong_picks"] == "2"
    # One table alone, as a plain CSV file for a spreadsheet or a script:
    only = format_report(report, ctx.catalog, "en", "csv", table="questions")
    assert next(csv.reader(io.StringIO(only))) == list(CSV_QUESTION_COLUMNS)
    assert format_report(report, ctx.catalog, "en", "csv", table="visits").splitlines()[0] == "day,visits"
    ctx.close()
