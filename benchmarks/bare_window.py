"""The baseline: a bare PySide6 Widgets window that quits just after its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class _Quit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QLabel("hello")
quitter = _Quit()
window.installEventFilter(quitter)
window.resize(1100, 760)
window.show()
sys.exit(app.exec())
