"""The ring that fills while staff hold a corner of the attract screen: a sign that the long
press is being counted, and how much longer to hold."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from quizapp.ui.shell import theme

FRAME_MS = 33
"""How often the ring repaints while it fills (about 30 times a second)."""


class HoldRing(QWidget):
    """A ring drawn over its parent, next to the held corner, filling clockwise in `duration_ms`.
    It never takes a touch or a click itself."""

    def __init__(self, parent: QWidget, side: int) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(side, side)
        self._duration_ms = 1
        self._clock = QElapsedTimer()
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self.update)
        self.hide()

    @property
    def progress(self) -> float:
        """0 when not held, up to 1 when the hold is complete."""
        if not self._frames.isActive():
            return 0.0
        return min(1.0, self._clock.elapsed() / self._duration_ms)

    def start(self, corner: QPoint, duration_ms: int) -> None:
        """Start filling, placed inside the parent's corner nearest to `corner`."""
        parent = self.parentWidget()
        assert parent is not None
        x = 0 if corner.x() < parent.width() // 2 else parent.width() - self.width()
        y = 0 if corner.y() < parent.height() // 2 else parent.height() - self.height()
        self.move(x, y)
        self._duration_ms = max(1, duration_ms)
        self._clock.start()
        self._frames.start()
        self.show()
        self.raise_()

    def stop(self) -> None:
        self._frames.stop()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = theme.palette()
        width = max(6.0, self.width() / 10)
        box = QRectF(self.rect()).adjusted(width, width, -width, -width)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(palette.border)
        track.setAlpha(90)
        painter.setPen(QPen(track, width))
        painter.drawEllipse(box)
        pen = QPen(palette.accent, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, -round(360 * 16 * self.progress))  # from 12 o'clock, clockwise
        painter.end()
