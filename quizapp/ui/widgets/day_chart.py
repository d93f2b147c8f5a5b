"""A small bar chart of the share of right answers per day, painted with QPainter.

Each bar carries its figure in text above it, so nothing is told by colour or height alone; the
progress screen also gives the figures as a table and as the chart's accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.domain.history import DayResult
from quizapp.ui.shell import theme

MAX_DAYS = 14


class DayChart(QWidget):
    """Bars of % right for the latest days with answers (at most MAX_DAYS), oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayResult, ...] = ()
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader announces it

    def sizeHint(self) -> QSize:
        return QSize(600, max(200, self.fontMetrics().height() * 9))

    def set_days(self, days: Sequence[DayResult]) -> None:
        self._days = tuple(days)[-MAX_DAYS:]
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    @property
    def days(self) -> tuple[DayResult, ...]:
        return self._days

    def paintEvent(self, event: QPaintEvent) -> None:
        p = theme.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        axis_w = metrics.horizontalAdvance("100%") + 10
        top, bottom = line * 2.0, self.height() - line * 1.8
        left, right = axis_w, self.width() - 8
        painter.setPen(QPen(p.border, 1))
        for percent in (0, 50, 100):  # the scale, with its figures
            y = bottom - (bottom - top) * percent / 100
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(p.muted)
            painter.drawText(
                QRectF(0, y - line / 2, axis_w - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{percent}%",
            )
            painter.setPen(QPen(p.border, 1))
        if self.hasFocus():
            painter.setPen(QPen(p.focus, 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        if not self._days:
            painter.end()
            return
        slot = (right - left) / MAX_DAYS
        bar_w = min(slot * 0.6, line * 3)
        widest = max(metrics.horizontalAdvance("100%"), metrics.horizontalAdvance("12/31"))
        if widest > slot * 0.92:  # large text: shrink the bar labels so they never overlap
            painter.setFont(theme.scaled(self.font(), slot * 0.92 / widest))
        for i, day in enumerate(self._days):
            x = left + slot * i + (slot - bar_w) / 2
            height = (bottom - top) * day.percent / 100
            painter.fillRect(QRectF(x, bottom - height, bar_w, height), p.accent)
            painter.setPen(p.text)
            painter.drawText(
                QRectF(x - slot / 2, bottom - height - line * 1.3, bar_w + slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{day.percent}%",
            )
            painter.drawText(
                QRectF(x - slot / 2, bottom + 4, bar_w + slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{day.day.month}/{day.day.day}",
            )
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
