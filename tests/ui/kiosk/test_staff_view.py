"""The staff screen's report: visits (not people) since the first day counted, a table per day,
and per question how often visitors chose "Not sure"; small counts shown as "<5" (random reports,
every cell), and the lines on suppression, on which kiosks it shows and on sending the counts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.domain.kiosk import KioskReport, OutboxStatus, QuestionCounts, ReportScope
from quizapp.ui.kiosk.staff_view import StaffView
from quizapp.ui.shell.i18n import Translations
from tests.support.kiosk_reports import (
    CATALOG,
    PROMPTS,
    by_id,
    min_counts,
    percent_hidden,
    reports,
    shown,
    wrong_answer,
)
from tests.ui.conftest import shows, visible_texts
from tests.ui.kiosk.conftest import DIGITS, KioskFactory, key, open_staff_screen


def test_the_staff_report_counts_visits_since_a_day_and_not_sure_per_question(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=30, min_count=1)  # every count exactly: what small ones show, below
    for _ in range(2):  # two visits, each answering both questions "Not sure"
        key(qtbot, window, Qt.Key.Key_Return)
        assert window.session is not None
        for _ in range(2):
            key(qtbot, window, DIGITS[0])  # 0: Not sure
            key(qtbot, window, Qt.Key.Key_Return)
            key(qtbot, window, Qt.Key.Key_Return)
        window.end_visit()
    open_staff_screen(qtbot, window)
    staff, today = window.staff, date.today().isoformat()
    assert shows(staff, f"Visits: 2, counted since {today}."), visible_texts(staff)
    days = [
        (staff.days.item(r, 0).text(), staff.days.item(r, 1).text()) for r in range(staff.days.rowCount())
    ]
    assert days == [(today, "2")]
    table = staff._table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    not_sure = headers.index("Not\nsure")
    counts = {table.item(r, 0).text(): table.item(r, not_sure).text() for r in range(table.rowCount())}
    assert counts == {"Which animal has stripes?": "2", "Is it true?": "2"}
    assert {table.item(r, headers.index("Attempts")).text() for r in range(table.rowCount())} == {"2"}


def test_a_staff_screen_before_any_visit_says_so(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=30)
    open_staff_screen(qtbot, window)
    assert shows(window.staff, "No visits counted yet.") and window.staff.days.rowCount() == 0


# small counts, which kiosks, sending ------------------------------------------------------------
@pytest.fixture
def staff(qtbot: QtBot) -> StaffView:
    view = StaffView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def question_cells(staff: StaffView) -> dict[str, list[str]]:
    """Question id -> the texts of its row's other cells (attempts, %, Not sure, wrong answer)."""
    table = staff._table
    out = {}
    for r in range(table.rowCount()):
        first = table.item(r, 0).text()
        out[PROMPTS.get(first, first)] = [table.item(r, c).text() for c in range(1, table.columnCount())]
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(report=reports(), m=min_counts)
def test_the_staff_screen_shows_no_small_count_and_every_other_exactly(
    staff: StaffView, report: KioskReport, m: int
) -> None:
    staff.show_report(report, CATALOG, "en", min_count=m)
    total = shown(report.visits, m)
    if report.since is not None:
        assert shows(staff, f"Visits: {total}, counted since {report.since}.")
    days = [
        (staff.days.item(r, 0).text(), staff.days.item(r, 1).text()) for r in range(staff.days.rowCount())
    ]
    assert days == [(day, str(shown(n, m))) for day, n in reversed(report.visits_by_day)]
    cells = question_cells(staff)
    assert sorted(cells) == sorted(by_id(report))
    for qid, (attempts, percent, not_sure, wrong_text) in cells.items():
        counts = by_id(report)[qid]
        assert attempts == str(shown(counts.attempts, m)) and not_sure == str(shown(counts.not_sure, m))
        hide = percent_hidden(counts, m) or counts.percent_correct is None
        assert percent == ("–" if hide else f"{counts.percent_correct}%")
        wrong = wrong_answer(counts, m)
        if wrong is None:
            assert wrong_text == ""
        elif not wrong[0]:
            assert wrong_text == f"(not named) — <{m}×"
        else:
            assert wrong_text == f"Answer {wrong[0]} of {qid} — {wrong[1]}×"
    if m > 1:
        assert shows(staff, f"Counts below {m} are shown as “<{m}” so that no visitor can be singled out.")
    else:
        assert shows(staff, "Every count is shown exactly (--min-count 1)")


def test_a_kiosk_shows_small_counts_as_below_its_min_count(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """The window passes its --min-count (here 3) to the staff screen."""
    window = make_kiosk(timeout=30, min_count=3)
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, DIGITS[0])  # Not sure
    key(qtbot, window, Qt.Key.Key_Return)
    window.end_visit()
    open_staff_screen(qtbot, window)
    staff = window.staff
    assert shows(staff, "Visits: <3, counted since") and staff.days.item(0, 1).text() == "<3"
    assert shows(staff, "Counts below 3 are shown as “<3”")
    assert "<3" in {cells[2] for cells in question_cells(staff).values()}  # "Not sure", chosen once


@pytest.mark.parametrize(
    ("scope", "kiosks", "line"),
    [
        (ReportScope(), (), "Counts of all kiosks"),
        (ReportScope(), ("hall", "library"), "Counts of all kiosks: hall, library"),
        (ReportScope(), tuple(f"k-{n}" for n in range(6)), "Counts of all kiosks (6 in all)"),
        (ReportScope(kiosk="hall"), ("hall",), "Counts of one kiosk: hall"),
        (
            ReportScope(group="k-"),
            ("k-1", "k-2"),
            "Counts of the kiosks whose name starts with “k-”: k-1, k-2",
        ),
        (
            ReportScope(group="k-"),
            tuple(f"k-{n}" for n in range(5)),
            "Counts of the kiosks whose name starts with “k-” (5 in all)",
        ),
    ],
)
def test_the_staff_screen_says_which_kiosks_it_shows(
    staff: StaffView, scope: ReportScope, kiosks: tuple[str, ...], line: str
) -> None:
    staff.show_report(KioskReport((), (), scope, kiosks), CATALOG, "en")
    assert line in [t for t in visible_texts(staff) if t.startswith("Counts of")]


def test_kiosk_names_and_server_messages_are_plain_text_on_one_line(staff: StaffView) -> None:
    name = "<b>hall</b>\nVisits: 0\u202e"
    status = OutboxStatus("<i>db</i>:5432/quizapp", 2, None, problem="refused\r\n<a href=x>retry</a>")
    staff.show_report(KioskReport((), (), ReportScope(kiosk=name), (name,)), CATALOG, "en", status)
    assert shows(staff, "Counts of one kiosk: <b>hall</b> Visits: 0")
    assert shows(staff, "Sending to <i>db</i>:5432/quizapp:")
    assert shows(staff, "Problem: refused <a href=x>retry</a>")
    for label in staff.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "\n" not in label.text()  # nothing fakes a line of its own
        assert "\u202e" not in label.text()


def test_the_staff_screen_says_where_counts_go_when_last_sent_and_how_many_wait(
    staff: StaffView, tokyo_time: None
) -> None:
    report = KioskReport((("2026-12-01", 9),), ())
    staff.show_report(report, CATALOG, "en", OutboxStatus("centre:5432/kiosk", 3, None))
    assert shows(staff, "Sending to centre:5432/kiosk: last sent not yet, visits waiting 3.")
    sent = datetime(2026, 12, 2, 1, 30, tzinfo=UTC)  # 10:30 in Japan
    staff.show_report(report, CATALOG, "en", OutboxStatus("centre:5432/kiosk", 0, sent, "timed out"))
    assert shows(staff, "last sent 2026-12-02 10:30, visits waiting 0. Problem: timed out")
    staff.show_report(report, CATALOG, "en")  # not sending anywhere: no line about it
    assert not shows(staff, "Sending to")


def test_loading_and_a_problem_show_no_stale_counts(staff: StaffView) -> None:
    staff.show_report(
        KioskReport((("2026-12-01", 9),), (QuestionCounts("q-tf", 9, 9, {"true": 9}),)), CATALOG, "en"
    )
    assert staff.days.rowCount() == 1 and staff._export.isEnabled()
    staff.show_loading()
    assert shows(staff, "Loading the report…") and not shows(staff, "Visits:")
    assert staff.days.rowCount() == staff._table.rowCount() == 0 and not staff._export.isEnabled()
    staff.show_problem("connection refused", "centre:5432/kiosk")
    assert shows(staff, "Could not read the report from the server centre:5432/kiosk: connection refused")
    assert not shows(staff, "Loading") and not staff._export.isEnabled()
    staff.retranslate()  # a language change keeps what is shown
    assert shows(staff, "connection refused")
    staff.show_problem("disk I/O error")
    assert shows(staff, "Could not read the report: disk I/O error")


def test_a_language_change_shows_the_same_report_with_its_lines_in_the_new_language(
    qtbot: QtBot, staff: StaffView
) -> None:
    report = KioskReport((("2026-12-01", 3),), (), ReportScope(kiosk="hall"), ("hall",))
    staff.show_report(report, CATALOG, "en", OutboxStatus("centre:5432/kiosk", 1, None), min_count=4)
    translations = Translations()
    try:
        translations.use("ja")
        qtbot.waitUntil(lambda: shows(staff, "来場：<4回"))  # the language change is an event
        assert shows(staff, "対象：キオスク「hall」")
        assert shows(staff, "4未満の数は「<4」と表示しています") and shows(staff, "最終送信：まだなし")
    finally:
        translations.use("en")
    qtbot.waitUntil(lambda: shows(staff, "Visits: <4, counted since 2026-12-01."))
