"""The staff screen's report: visits (not people) since the first day counted, a table per day,
and per question how often visitors chose "Not sure"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

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
