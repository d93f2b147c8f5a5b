"""The kiosk on a big touch screen: large type that follows the screen and the visitor's text
size together, and the quiz in a centred column of readable width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.kiosk.scale import screen_factor
from quizapp.ui.shell import theme
from tests.ui.kiosk.conftest import KioskFactory, key


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
