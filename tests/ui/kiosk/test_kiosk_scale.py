"""The kiosk on a big touch screen: large type that follows the screen and the visitor's text
size together, and the quiz in a centred column of readable width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.domain.kiosk import KioskReport, OutboxStatus, QuestionCounts, ReportScope
from quizapp.domain.model import NOT_SURE
from quizapp.ui.kiosk.scale import screen_factor
from quizapp.ui.shell import theme
from tests.ui.conftest import shows
from tests.ui.kiosk.conftest import KioskFactory, key, open_staff_screen


@pytest.mark.parametrize(
    ("width", "height", "factor"),
    [(1280, 800, 1.0), (1024, 768, 1.0), (1920, 1080, 1.35), (1080, 1920, 1.6), (3840, 2160, 2.0)],
)
def test_the_type_grows_with_the_screen(width: int, height: int, factor: float) -> None:
    assert screen_factor(width, height) == pytest.approx(factor)


def test_a_big_screen_gets_large_type_and_a_centred_quiz_column(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=30)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desk = app.font().pointSizeF()
    touch = window.attract._touch
    desk_touch = touch.sizeHint().height()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: theme.screen_factor() == pytest.approx(1.35))
    assert app.font().pointSizeF() == pytest.approx(desk * 1.35, rel=0.01)
    qtbot.waitUntil(lambda: touch.sizeHint().height() > desk_touch * 1.25)  # targets grow too
    # The visitor's text size still works, on top of the screen's.
    qtbot.mouseClick(window.attract.display.text_size, Qt.MouseButton.LeftButton)  # large -> largest
    assert app.font().pointSizeF() == pytest.approx(desk * 1.35 * 1.6 / 1.3, rel=0.01)
    assert theme.screen_factor() == pytest.approx(1.35)
    window.end_visit()  # back to the kiosk's text size
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session is not None
    view = window.session.question
    qtbot.waitUntil(lambda: view.width() < 1500)  # a column, not the whole 1920 px
    centre = view.mapTo(window, view.rect().center()).x()
    assert abs(centre - window.width() // 2) <= 2
    assert view.width() > 1000
    window.end_visit()
    assert window.attract.width() == window.width()  # the attract screen keeps the whole screen


def test_a_portrait_screen_at_the_largest_text_is_not_overflowed(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    """No screen of the kiosk (the staff screen laid out for landscape, hidden in the stack
    included) may make the window wider than a 1080 px portrait screen."""
    window = make_kiosk(timeout=30)
    qtbot.mouseClick(window.attract.display.text_size, Qt.MouseButton.LeftButton)  # largest
    assert theme.current().text_size == "largest"
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: theme.screen_factor() == pytest.approx(1.6))
    qtbot.wait(50)
    assert window.width() == 1080
    for widget in (window.attract._touch, window.attract._title):  # nothing cut by its column
        assert widget.width() <= window.attract._column.width()
        assert widget.sizeHint().width() <= window.attract._column.width()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1080, 1920)])
def test_the_staff_screen_with_all_its_lines_fits_at_the_largest_text(
    qtbot: QtBot, make_kiosk: KioskFactory, width: int, height: int
) -> None:
    """A kiosk set to the largest text, on a landscape and a portrait screen: the lines on small
    counts, on which kiosks (long names) and on sending (a long problem) wrap inside the screen,
    the tables keep room for rows, and the buttons stay on the screen."""
    window = make_kiosk(timeout=30, text_size="largest")
    window.resize(width, height)
    qtbot.waitUntil(lambda: theme.screen_factor() > 1.3)
    open_staff_screen(qtbot, window)
    staff = window.staff
    names = tuple(f"chuo-community-centre-{n}-entrance-hall-touch-screen" for n in range(4))
    problem = "could not connect to server: Connection refused. Is the server running on host " + "x" * 60
    status = OutboxStatus("kiosk-db.city.example.lg.jp:5432/quizapp_kiosk_counts", 12, None, problem)
    counts = tuple(QuestionCounts(f"marked-00{n}", 40 + n, 3, {"a": 3, "b": 30, NOT_SURE: 2}) for n in (1, 2))
    days = tuple((f"2026-11-{d:02d}", d % 9) for d in range(1, 29))
    staff.show_report(
        KioskReport(days, counts, ReportScope(group="chuo-"), names), window.context.catalog, "en", status
    )
    qtbot.wait(50)
    assert (window.width(), window.height()) == (width, height)
    assert shows(staff, "Counts below 5 are shown as “<5”") and shows(staff, "Problem: could not connect")
    for label in staff.findChildren(QLabel):
        if label.isVisible() and label.text():
            left = label.mapTo(staff, label.rect().topLeft()).x()
            assert left >= 0 and left + label.width() <= staff.width(), label.text()
            if label.wordWrap():  # wrapped whole: as tall as its text needs at its width
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    for table in (staff._table, staff.days):
        assert table.viewport().height() >= 2 * table.verticalHeader().defaultSectionSize()
    for b in (staff._export, staff._back, staff._exit):
        bottom = b.mapTo(window, b.rect().bottomRight())
        assert b.isVisible() and bottom.y() <= window.height() and bottom.x() <= window.width()
