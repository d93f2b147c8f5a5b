"""A layout that lays widgets out in a row and wraps them onto more rows when the row is too
narrow, so buttons are never squeezed below their size and text never shrinks to a word a line.

A widget added with `fill=True` (a line of text beside its buttons) takes the room its row has
left; it stays on the buttons' row only while that room is at least `fill_width` characters
(or its whole text), otherwise it gets a row of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget, QWidgetItem


@dataclass(slots=True)
class _Slot:
    item: QLayoutItem
    fill: bool


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 10,
        align_right: bool = False,
        centre: bool = False,
        fill_width: int = 30,
    ) -> None:
        super().__init__(parent)
        self._slots: list[_Slot] = []
        self._spacing = spacing
        self._align_right = align_right
        self._centre = centre
        self._fill_width = fill_width
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, *, fill: bool = False) -> None:
        """Add `widget`; `fill`: it takes the room left on its row (see the module's note)."""
        self.addChildWidget(widget)
        self._slots.append(_Slot(QWidgetItem(widget), fill))
        self.invalidate()

    # QLayout ------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._slots.append(_Slot(item, fill=False))

    def count(self) -> int:
        return len(self._slots)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._slots[index].item if 0 <= index < len(self._slots) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._slots.pop(index).item if 0 <= index < len(self._slots) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        visible = self._visible()
        width = sum(self._wanted(s) for s in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((s.item.sizeHint().height() for s in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest single item; everything else can go on rows of its own."""
        visible = self._visible()
        width = max((s.item.minimumSize().width() if s.fill else self._wanted(s) for s in visible), default=0)
        size = QSize(width, self.heightForWidth(width) if visible else 0)
        return size.grownBy(self.contentsMargins())

    # the arrangement ----------------------------------------------------------------------
    def _visible(self) -> list[_Slot]:
        return [s for s in self._slots if not s.item.isEmpty()]

    def _wanted(self, slot: _Slot) -> int:
        """The width an item asks for on a shared row (its size hint; for text, a comfortable line)."""
        widget = slot.item.widget()
        if slot.fill and isinstance(widget, QLabel):
            metrics = widget.fontMetrics()
            whole = metrics.horizontalAdvance(widget.text()) + 2
            return min(whole, metrics.averageCharWidth() * self._fill_width)
        return max(slot.item.sizeHint().width(), slot.item.minimumSize().width())

    def _rows(self, width: int) -> list[list[_Slot]]:
        rows: list[list[_Slot]] = []
        used = 0
        for slot in self._visible():
            need = self._wanted(slot)
            if rows and used + self._spacing + need <= width:
                rows[-1].append(slot)
                used += self._spacing + need
            else:
                rows.append([slot])
                used = need
        return rows

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        area = rect.marginsRemoved(self.contentsMargins())
        width = max(1, area.width())
        y = area.top()
        for n, row in enumerate(self._rows(width)):
            widths = [min(self._wanted(s), width) for s in row]
            left_over = width - sum(widths) - self._spacing * (len(row) - 1)
            fills = [i for i, s in enumerate(row) if s.fill]
            for i in fills:
                widths[i] += left_over // len(fills)
            heights = [
                s.item.heightForWidth(w) if s.item.hasHeightForWidth() else s.item.sizeHint().height()
                for s, w in zip(row, widths, strict=True)
            ]
            row_height = max(heights)
            if n:
                y += self._spacing
            shift = left_over if self._align_right else left_over // 2 if self._centre else 0
            x = area.left() + (shift if not fills else 0)
            for slot, w, h in zip(row, widths, heights, strict=True):
                if place:
                    slot.item.setGeometry(QRect(QPoint(x, y + (row_height - h) // 2), QSize(w, h)))
                x += w + self._spacing
            y += row_height
        return y - area.top() + self.contentsMargins().top() + self.contentsMargins().bottom()
