"""A hotspot question's picture: its regions numbered as the choices are, tapped or clicked to
pick one. After the answer the correct region is outlined and labelled, a wrong pick outlined.

The numbered choice buttons below the picture stay: they are how the keyboard (number keys)
and screen readers (each region a named choice) answer, and a tap here picks the same choice.

Signals:
    region_tapped(str): the learner tapped or clicked the region of this choice id.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from quizapp.domain.model import Region
from quizapp.ui.shell import theme
from quizapp.ui.widgets.picture import Picture


@dataclass(frozen=True, slots=True)
class Spot:
    """One region as shown: its number on screen, its choice and its label."""

    key: str
    choice_id: str
    region: Region
    label: str


class HotspotPicture(Picture):
    region_tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spots: list[Spot] = []
        self.selected: frozenset[str] = frozenset()
        self._marks: tuple[frozenset[str], frozenset[str]] | None = None  # (correct, chosen)
        self.setMouseTracking(True)

    def set_spots(self, spots: list[Spot]) -> None:
        """The regions of the question now shown, none picked, no answer yet."""
        self.spots = spots
        self.selected = frozenset()
        self._marks = None
        self.update()

    def set_selected(self, choice_ids: frozenset[str]) -> None:
        self.selected = choice_ids
        self.update()

    def show_answer(self, correct: frozenset[str], chosen: frozenset[str]) -> None:
        """Outline and label the correct region; outline the learner's wrong pick."""
        self._marks = (correct, chosen)
        self.update()

    @property
    def answered(self) -> bool:
        return self._marks is not None

    # coordinates ----------------------------------------------------------------------------
    def to_widget(self, x: float, y: float) -> QPointF:
        """A point of the picture's viewBox, on this widget."""
        rect, box = self.picture_rect(), self.view_box()
        if box.width() <= 0 or box.height() <= 0:
            return QPointF()
        return QPointF(
            rect.x() + (x - box.x()) * rect.width() / box.width(),
            rect.y() + (y - box.y()) * rect.height() / box.height(),
        )

    def to_picture(self, point: QPointF) -> tuple[float, float]:
        rect, box = self.picture_rect(), self.view_box()
        if rect.width() <= 0 or rect.height() <= 0:
            return (-1.0, -1.0)
        return (
            box.x() + (point.x() - rect.x()) * box.width() / rect.width(),
            box.y() + (point.y() - rect.y()) * box.height() / rect.height(),
        )

    def polygon(self, spot: Spot) -> QPolygonF:
        return QPolygonF([self.to_widget(x, y) for x, y in spot.region.points])

    def spot_at(self, point: QPointF) -> Spot | None:
        """The smallest region under `point` (a part drawn on a larger one wins)."""
        x, y = self.to_picture(point)
        hits = [s for s in self.spots if s.region.contains(x, y)]

        def area(s: Spot) -> float:
            left, top, right, bottom = s.region.bounds
            return (right - left) * (bottom - top)

        return min(hits, key=area, default=None)

    def badge_centre(self, spot: Spot) -> QPointF:
        """On the region's top-left corner (so it hides little of the part's own words), moved
        in just enough to stay whole on the picture."""
        left, top, _right, _bottom = spot.region.bounds
        corner = self.to_widget(left, top)
        r = self._badge_radius() + 2
        rect = self.picture_rect()
        x = min(max(corner.x(), rect.left() + r), rect.right() - r)
        y = min(max(corner.y(), rect.top() + r), rect.bottom() - r)
        return QPointF(x, y)

    def _badge_radius(self) -> float:
        return max(12.0, min(20.0, self.picture_rect().width() / 55))

    # input ----------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = not self.answered and self.spot_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A tap (a touch arrives as a synthesised mouse event) or a click picks the region."""
        spot = self.spot_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if spot is not None and not self.answered:
            self.region_tapped.emit(spot.choice_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # painting -------------------------------------------------------------------------------
    def paint_over(self, painter: QPainter) -> None:
        p = theme.palette()
        correct, chosen = self._marks or (frozenset(), frozenset())
        for spot in self.spots:
            shape = self.polygon(spot)
            if spot.choice_id in correct:
                self._outline(painter, shape, p.correct, 5)
            elif spot.choice_id in chosen and self.answered:
                self._outline(painter, shape, p.wrong, 5)
            elif spot.choice_id in self.selected and not self.answered:
                fill = QColor(p.accent)
                fill.setAlpha(48)
                painter.setBrush(QBrush(fill))
                self._outline(painter, shape, p.accent, 5)
            else:
                self._outline(painter, shape, p.accent, 2, dashed=True)
        for spot in self.spots:
            self._badge(painter, spot)
        if self.answered:  # the correct part named; a wrong pick is outlined, its button says so
            for spot in self.spots:
                if spot.choice_id in correct:
                    self._tag(painter, spot, "✔ " + spot.label, p.correct, p.correct_surface)

    @staticmethod
    def _outline(
        painter: QPainter, shape: QPolygonF, colour: QColor, width: int, *, dashed: bool = False
    ) -> None:
        pen = QPen(colour, width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPolygon(shape)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _badge(self, painter: QPainter, spot: Spot) -> None:
        p = theme.palette()
        r = self._badge_radius()
        centre = self.badge_centre(spot)
        painter.setPen(QPen(p.on_accent, 2))
        painter.setBrush(QBrush(p.accent))
        painter.drawEllipse(centre, r, r)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(round(r * 1.15))
        painter.setFont(font)
        painter.setPen(p.on_accent)
        painter.drawText(
            QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, spot.key
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _tag(self, painter: QPainter, spot: Spot, text: str, ink: QColor, fill: QColor) -> None:
        """The region's name in a box just below the region (above it when there is no room),
        so it covers the neighbours, not the part it names; kept inside the widget."""
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        pad = 8.0
        width = min(metrics.horizontalAdvance(text) + 2 * pad + 2, self.width() - 2.0)
        bounds = metrics.boundingRect(QRectF(0, 0, width - 2 * pad, 10_000), Qt.TextFlag.TextWordWrap, text)
        height = bounds.height() + 2 * pad
        left, top, _right, bottom = spot.region.bounds
        below = self.to_widget(left, bottom)
        above = self.to_widget(left, top)
        y = below.y() + 6
        if y + height > self.height() - 1:
            y = above.y() - height - 6
        x = min(max(1.0, below.x()), self.width() - width - 1)
        y = min(max(1.0, y), self.height() - height - 1)
        box = QRectF(x, y, width, height)
        painter.setPen(QPen(ink, 3))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(ink)
        painter.drawText(box.adjusted(pad, pad, -pad, -pad), int(Qt.TextFlag.TextWordWrap), text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
