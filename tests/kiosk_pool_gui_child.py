"""A real `quizapp --kiosk` process sending its counters to a server: VISITS visitors each
answer every question with the second choice and go on from the results; then the child says
"visits done", waits (at most a minute) until the server has acknowledged every visit, says
"sent", and staff leave through the staff screen. Run by tests/test_kiosk_pool_gui.py.

    python tests/kiosk_pool_gui_child.py DATA_DIR DATABASE_URL KIOSK_NAME VISITS
"""

from __future__ import annotations

import sys
import time
import traceback

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp.cli import main
from quizapp.ui.kiosk.kiosk_window import KioskWindow


def kiosk() -> KioskWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)), None)


def press(window: KioskWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.focusWidget() or window.current_screen(), key)
    QApplication.processEvents()


def visits(count: int) -> None:
    window = kiosk()
    if window is None or window.context is None:  # the banks are still loading
        QTimer.singleShot(50, lambda: run(count))
        return
    slowest = 0.0
    for _ in range(count):
        window.activateWindow()
        press(window, Qt.Key.Key_Return)  # start
        for _ in range(50):
            if window.session is None or window.current_screen() is not window.session.question:
                break
            for key in (Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_Return):  # choose, answer, next
                press(window, key)
        started = time.perf_counter()
        press(window, Qt.Key.Key_Return)  # results: done, back to the attract screen
        slowest = max(slowest, time.perf_counter() - started)
        assert window.session is None and window.current_screen() is window.attract
    print(f"visits done; slowest end of a visit {slowest * 1000:.0f} ms", flush=True)
    context = window.context
    assert context is not None
    sent = context.drain(60)
    print("sent" if sent else "not sent", flush=True)
    window.staff.exit_requested.emit()  # staff, past the PIN pad, leave kiosk mode


def run(count: int) -> None:
    try:
        visits(count)
    except BaseException:  # the kiosk's own error hook would reset and carry on: stop instead
        traceback.print_exc()
        QApplication.exit(3)


if __name__ == "__main__":
    data_dir, url, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = QApplication(sys.argv[:1])  # the one the app's start-up then uses
    QTimer.singleShot(0, lambda: run(count))
    argv = [
        "--data-dir",
        data_dir,
        "--kiosk",
        "--idle-timeout",
        "300",
        "--database-url",
        url,
        "--kiosk-name",
        name,
    ]
    sys.exit(main(argv))
