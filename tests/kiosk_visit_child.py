"""A real `quizapp --kiosk` process with one visitor, driven from inside: the visitor picks
English, taps the text size, answers every question with the second choice, goes on from the
results; then staff leave through the staff screen. Run by tests/test_kiosk_cli.py.

    python tests/kiosk_visit_child.py DATA_DIR
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from quizapp.cli import main
from quizapp.ui.kiosk.kiosk_window import KioskWindow


def kiosk() -> KioskWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)), None)


def press(window: KioskWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.focusWidget() or window.current_screen(), key)
    QApplication.processEvents()


def visit() -> None:
    window = kiosk()
    if window is None or window.context is None:  # the banks are still loading
        QTimer.singleShot(50, visit_or_fail)
        return
    [english] = [
        b for b in window.attract.findChildren(QPushButton) if b.isVisible() and b.text() == "English"
    ]
    english.click()
    window.attract.display.text_size.click()
    window.activateWindow()
    press(window, Qt.Key.Key_Return)  # start
    for _ in range(50):
        if window.session is None or window.current_screen() is not window.session.question:
            break
        for key in (Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_Return):  # choose, answer, next
            press(window, key)
    press(window, Qt.Key.Key_Return)  # results: done
    print("visit ended:", window.session is None, flush=True)
    window.staff.exit_requested.emit()  # staff, past the PIN pad, leave kiosk mode


def visit_or_fail() -> None:
    try:
        visit()
    except BaseException:  # the kiosk's own error hook would reset and carry on: stop instead
        traceback.print_exc()
        QApplication.exit(3)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])  # the one the app's start-up then uses
    QTimer.singleShot(0, visit_or_fail)
    sys.exit(main(["--data-dir", sys.argv[1], "--kiosk", "--idle-timeout", "300"]))
