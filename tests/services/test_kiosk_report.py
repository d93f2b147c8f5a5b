"""Small-count suppression in the kiosk report's JSON and CSV: on random reports full of small
counts, no count cell ever shows 1..min_count-1, every other count is shown exactly, and the
values derived from counts (percent correct, the most chosen wrong answer, the order of the
rows) give no hidden count away."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.domain.kiosk import KioskReport, QuestionCounts, ReportScope
from quizapp.domain.model import NOT_SURE
from quizapp.domain.suppression import Suppression
from quizapp.services.kiosk_report import (
    CSV_NOTE_SECTION,
    CSV_QUESTION_COLUMNS,
    CSV_SECTIONS,
    CSV_VISIT_COLUMNS,
    format_report,
    report_rows,
)
from tests.support.kiosk_reports import (
    CATALOG,
    by_id,
    hidden,
    min_counts,
    percent_hidden,
    reports,
    reshuffle_hidden,
    shown,
    wrong_answer,
)


def test_the_threshold_hides_one_to_min_count_minus_one_and_nothing_else() -> None:
    rule = Suppression(5)
    assert [rule.show(n) for n in (0, 1, 4, 5, 6)] == [0, "<5", "<5", 5, 6]
    assert Suppression(1).show(1) == 1 and not Suppression(1).active
    with pytest.raises(ValueError, match="at least 1"):
        Suppression(0)


@settings(max_examples=300, deadline=None)
@given(reports(), min_counts)
def test_json_shows_no_small_count_and_every_other_exactly(report: KioskReport, m: int) -> None:
    data = json.loads(format_report(report, CATALOG, "en", "json", min_count=m))
    assert data["min_count"] == m and data["suppressed"]
    assert (f'"<{m}"' in data["suppressed"]) == (m > 1)
    assert data["scope"] == {"kiosk": report.scope.kiosk, "group": report.scope.group}
    assert data["kiosks"] == list(report.kiosks)
    assert data["visits"] == shown(report.visits, m)
    assert data["visits_by_day"] == {day: shown(n, m) for day, n in report.visits_by_day}
    raw = by_id(report)
    assert [q["question_id"] for q in data["questions"]] == [
        r.question_id for r in report_rows(report, CATALOG, "en", m)
    ]
    for q in data["questions"]:
        counts = raw[q["question_id"]]
        assert q["attempts"] == shown(counts.attempts, m)
        assert q["correct"] == shown(counts.correct, m)
        assert q["not_sure"] == shown(counts.not_sure, m)
        assert q["choices"] == {c: shown(n, m) for c, n in counts.choices.items()}
        wrong = wrong_answer(counts, m)
        assert q["most_chosen_wrong"] == (wrong[0] or None if wrong else None)


@settings(max_examples=300, deadline=None)
@given(reports(), min_counts)
def test_csv_tables_show_no_small_count_and_every_other_exactly(report: KioskReport, m: int) -> None:
    visits = list(csv.reader(io.StringIO(format_report(report, CATALOG, "en", "csv", "visits", m))))
    assert visits == [list(CSV_VISIT_COLUMNS), *([day, str(shown(n, m))] for day, n in report.visits_by_day)]
    questions = format_report(report, CATALOG, "en", "csv", "questions", m)
    rows = list(csv.DictReader(io.StringIO(questions)))
    assert next(csv.reader(io.StringIO(questions))) == list(CSV_QUESTION_COLUMNS)  # one clean table
    raw = by_id(report)
    assert sorted(r["question_id"] for r in rows) == sorted(raw)
    for row in rows:
        counts = raw[row["question_id"]]
        assert row["attempts"] == str(shown(counts.attempts, m))
        assert row["correct"] == str(shown(counts.correct, m))
        assert row["not_sure"] == str(shown(counts.not_sure, m))
        percent = (
            "" if percent_hidden(counts, m) or counts.percent_correct is None else counts.percent_correct
        )
        assert row["percent_correct"] == str(percent)
        wrong = wrong_answer(counts, m)
        if wrong is None:
            assert (row["most_chosen_wrong_choice_id"], row["most_chosen_wrong_picks"]) == ("", "")
        else:
            assert row["most_chosen_wrong_choice_id"] == wrong[0]
            assert row["most_chosen_wrong_picks"] == str(wrong[1])
            assert bool(row["most_chosen_wrong_choice"]) == bool(wrong[0])  # no text without its id
    full = format_report(report, CATALOG, "en", "csv", min_count=m)
    note, visit_section, question_section = full.split("\n\n")
    note_rows = {r[0]: r[1:] for r in csv.reader(io.StringIO(note))}
    assert note_rows[CSV_NOTE_SECTION] == [] and note_rows["min_count"] == [str(m)]
    assert note_rows["kiosks"] == list(report.kiosks) and note_rows["suppressed"]
    assert visit_section + "\n" == CSV_SECTIONS["visits"] + "\n" + format_report(
        report, CATALOG, "en", "csv", "visits", m
    )
    assert question_section == CSV_SECTIONS["questions"] + "\n" + questions


@settings(max_examples=300, deadline=None)
@given(reports(), st.integers(2, 8), st.integers(0, 2**32))
def test_what_the_questions_show_does_not_depend_on_the_hidden_counts(
    report: KioskReport, m: int, seed: int
) -> None:
    """The strongest form of "no leak": give every hidden count another hidden value, and not a
    character of the questions' JSON or CSV changes (not their order, not the percent, not the
    most chosen wrong answer)."""
    other = reshuffle_hidden(report, m, seed)
    for fmt, table in (("json", None), ("csv", "questions")):
        before = format_report(report, CATALOG, "en", fmt, table, m)  # type: ignore[arg-type]
        after = format_report(other, CATALOG, "en", fmt, table, m)  # type: ignore[arg-type]
        if fmt == "json":
            before, after = json.loads(before)["questions"], json.loads(after)["questions"]
        assert before == after


@settings(max_examples=200, deadline=None)
@given(reports(), min_counts)
def test_rows_whose_percent_is_hidden_come_last_by_question_id(report: KioskReport, m: int) -> None:
    rows = report_rows(report, CATALOG, "en", m)
    flags = [r.percent_hidden for r in rows]
    assert flags == sorted(flags)  # every shown one first
    last = [r.question_id for r in rows if r.percent_hidden]
    assert last == sorted(last)
    for row in rows:
        counts = by_id(report)[row.question_id]
        assert row.percent_hidden == percent_hidden(counts, m)
        assert row.percent_correct == (None if row.percent_hidden else counts.percent_correct)


def test_a_few_wrong_answers_in_many_leave_the_percent_shown() -> None:
    """19 of 20 right: attempts and correct are both shown, so 95% hides nothing more (see
    Suppression.hides_percent); the one wrong pick is hidden, and its answer not named."""
    report = KioskReport((("2026-11-27", 20),), (QuestionCounts("q-single", 20, 19, {"a": 19, "b": 1}),))
    [row] = report_rows(report, CATALOG, "en")
    assert (row.attempts, row.correct, row.percent_correct) == (20, 19, 95)
    assert (row.wrong_choice_id, row.wrong_choice, row.wrong_picks) == ("", "", "<5")
    assert row.choices == {"a": 19, "b": "<5"}


def test_the_scope_and_the_kiosks_are_in_the_json_and_the_csv_note() -> None:
    report = KioskReport(
        (("2026-11-27", 7),),
        (QuestionCounts("q-tf", 7, 5, {"true": 5, "false": 1, NOT_SURE: 1}),),
        ReportScope(group="chuo-"),
        ("chuo-1", "chuo-2"),
    )
    data = json.loads(format_report(report, CATALOG, "en", "json"))
    assert data["scope"] == {"kiosk": None, "group": "chuo-"} and data["kiosks"] == ["chuo-1", "chuo-2"]
    assert data["questions"][0]["choices"] == {"true": 5, "false": "<5", NOT_SURE: "<5"}
    note = format_report(report, CATALOG, "en", "csv").split("\n\n")[0]
    assert list(csv.reader(io.StringIO(note)))[1:] == [
        ["suppressed", data["suppressed"]],
        ["min_count", "5"],
        ["kiosk", ""],
        ["group", "chuo-"],
        ["kiosks", "chuo-1", "chuo-2"],
    ]
    assert 'shown as "<5" so that no visitor can be singled out' in data["suppressed"]


def test_min_count_one_hides_nothing_and_says_so() -> None:
    report = KioskReport((("2026-11-27", 1),), (QuestionCounts("q-single", 1, 0, {"b": 1}),))
    data = json.loads(format_report(report, CATALOG, "en", "json", min_count=1))
    assert data["visits"] == 1 and data["questions"][0]["most_chosen_wrong"] == "b"
    assert "Nothing is suppressed" in data["suppressed"]
    assert not any(hidden(n, 1) for n in range(100))


def test_a_choice_no_longer_in_the_banks_is_counted_but_never_named() -> None:
    """A kiosk with older banks counted "b" for a question that now has only true and false:
    the report keeps its count and names no wrong answer it has no text for."""
    report = KioskReport((("2026-11-27", 9),), (QuestionCounts("q-tf", 9, 0, {"b": 9}),))
    [row] = report_rows(report, CATALOG, "en")
    assert (row.wrong_choice_id, row.wrong_picks) == ("", 0) and row.choices == {"b": 9}
    assert json.loads(format_report(report, CATALOG, "en"))["questions"][0]["most_chosen_wrong"] is None
