"""The kiosk cannot be hidden: minimised, hidden or taken out of full screen, its window comes
back full screen by itself; and no context menu opens anywhere in it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.ui.kiosk.kiosk_window import KioskWindow
from tests.ui.kiosk.conftest import KioskFactory, key


def full_screen(window: KioskWindow) -> bool:
    state = window.windowState()
    return (
        window.isVisible()
        and bool(state & Qt.WindowState.WindowFullScreen)
        and not state & Qt.WindowState.WindowMinimized
    )


def kiosk_full_screen(qtbot: QtBot, make_kiosk: KioskFactory) -> KioskWindow:
    window = make_kiosk(timeout=30)
    window.showFullScreen()  # as the kiosk start-up shows it
    qtbot.waitUntil(lambda: full_screen(window))
    assert window.guard.engaged
    return window


def test_a_minimised_kiosk_comes_back_full_screen(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = kiosk_full_screen(qtbot, make_kiosk)
    window.showMinimized()  # what the window manager's "Iconify" does
    assert window.windowState() & Qt.WindowState.WindowMinimized
    qtbot.waitUntil(lambda: full_screen(window), timeout=2000)
    assert window.guard.restores == 1


def test_a_hidden_kiosk_comes_back(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = kiosk_full_screen(qtbot, make_kiosk)
    window.hide()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: full_screen(window), timeout=2000)


def test_a_kiosk_taken_out_of_full_screen_goes_back(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = kiosk_full_screen(qtbot, make_kiosk)
    window.showNormal()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.waitUntil(lambda: full_screen(window), timeout=2000)


def test_the_idle_reset_brings_back_a_minimised_kiosk(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = kiosk_full_screen(qtbot, make_kiosk)
    window.guard.release()  # stop the quick restore, to see the reset's own
    window.guard.engaged = True
    window.showMinimized()
    window.end_visit()  # what the idle timeout calls
    assert full_screen(window)


def test_after_the_staff_exit_the_window_stays_closed(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = kiosk_full_screen(qtbot, make_kiosk)
    window._on_staff_exit_requested()
    qtbot.wait(400)  # longer than the guard's delay: nothing brings it back
    assert not window.isVisible()


def popups_shown_by(send: object) -> list[str]:
    """Close (and name) any popup menu that appears within 300 ms after `send()`: with a menu
    the event would otherwise block in the menu's own loop."""
    seen: list[str] = []

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            seen.append(type(popup).__name__)
            popup.close()

    for ms in (100, 300):
        QTimer.singleShot(ms, close_popup)
    assert callable(send)
    send()
    return seen


def test_no_context_menu_anywhere(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=30)
    key(qtbot, window, Qt.Key.Key_Return)  # a question: its labels and buttons
    assert window.session is not None
    selectable = QLabel("Copy me", window.session.question)  # a label that offers Copy / Select all
    selectable.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    selectable.show()
    qtbot.waitExposed(selectable)
    for target in (selectable, window.session.question, window.attract):
        at = QPoint(5, 5)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, target.mapToGlobal(at))
        handled: list[bool] = []
        seen = popups_shown_by(lambda t=target, e=event, h=handled: h.append(QApplication.sendEvent(t, e)))
        qtbot.wait(350)
        assert seen == [], target
        assert handled == [True]  # the kiosk's filter took it: no widget saw it
    assert QApplication.activePopupWidget() is None
    assert window.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu
