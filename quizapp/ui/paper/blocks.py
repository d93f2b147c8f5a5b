"""The pieces a printed page is stacked from: text (with furigana where the text has them), a
choice with its box to tick, a picture, a source with its QR code, a gap.

Everything is measured and painted in the device's own pixels (a PDF at 300 dpi, a printer at
its resolution), with fonts sized in those pixels, so what is measured is what is painted
whatever the screen's DPI. A block knows its height at a width and paints itself at (x, y)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer

from quizapp.domain.model import Region
from quizapp.ui.widgets.qr import qr_png
from quizapp.ui.widgets.ruby_text import RubyLayout

INK = QColor("#1a1a1a")
MUTED = QColor("#454545")
ACCENT = QColor("#1747a6")
CORRECT = QColor("#11632c")
RULE = QColor("#6b6b6b")
SHADE = QColor("#eef1f6")
"""Behind the answer section: light enough for any printer, dark enough to set it apart."""


@dataclass(frozen=True, slots=True)
class Style:
    """Sizes for one device: points and millimetres to its pixels, the app's font."""

    dpi: float
    family: str

    def mm(self, value: float) -> int:
        return round(value * self.dpi / 25.4)

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(points * self.dpi / 72)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # print metrics
        font.setFeature(QFont.Tag("liga"), 0)  # "fi" as two letters: the PDF's text reads "official"
        return font


@dataclass(eq=False)
class Block:
    """A gap of `space_before` and nothing drawn; the base of the others."""

    space_before: int = 0
    keep_with_next: bool = False
    """A heading: never the last thing on a page."""
    answer: bool = False
    """Part of a question's answer section: set in, with a bar on its left."""

    def height(self, width: int) -> int:
        return 0

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        """Paint at (x, y), `width` wide; y is below `space_before`."""


@dataclass(eq=False)
class TextBlock(Block):
    """A paragraph in ruby notation (plain text is ruby notation without readings)."""

    text: str = ""
    lead: str = ""
    """Bold words before the text (a choice's number and name before its reason)."""
    font: QFont = field(default_factory=QFont)
    colour: QColor = field(default_factory=lambda: QColor(INK))
    indent: int = 0
    _layout: RubyLayout | None = None

    @property
    def layout(self) -> RubyLayout:
        if self._layout is None:
            parts = (
                [(self.lead, True), (self.text, self.font.bold())]
                if self.lead
                else [(self.text, self.font.bold())]
            )
            self._layout = RubyLayout(parts, self.font)
        return self._layout

    def height(self, width: int) -> int:
        return self.layout.height(width - self.indent)

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        w = width - self.indent
        self.layout.paint(painter, QRect(x + self.indent, y, w, self.layout.height(w)), self.colour)


@dataclass(eq=False)
class ChoiceBlock(Block):
    """A box to tick, the choice's number, its text; `ticked` draws the tick (the answer)."""

    number: str = ""
    text: TextBlock = field(default_factory=TextBlock)
    box: int = 0
    ticked: bool = False

    def _text_x(self) -> int:
        return self.box * 2 + self.box // 2

    def height(self, width: int) -> int:
        return max(self.box + self.box // 4, self.text.height(width - self._text_x()))

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        layout = self.text.layout
        top = y + round(layout.reading_height + (layout.line_height - layout.reading_height - self.box) / 2)
        painter.setPen(QPen(INK, max(1, self.box // 12)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRect(x, top, self.box, self.box))
        if self.ticked:
            b = self.box
            pen = QPen(CORRECT, max(2, b // 6))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline(
                QPolygonF(
                    [
                        QPointF(x + b * 0.18, top + b * 0.5),
                        QPointF(x + b * 0.42, top + b * 0.78),
                        QPointF(x + b * 0.86, top + b * 0.2),
                    ]
                )
            )
        painter.setPen(INK)
        painter.setFont(self.text.font)
        fm = QFontMetricsF(self.text.font)
        base_y = y + layout.reading_height + fm.ascent()
        painter.drawText(QPointF(x + self.box * 1.35, base_y), self.number)
        self.text.paint(painter, x + self._text_x(), y, width - self._text_x())


@dataclass(frozen=True, slots=True)
class Badge:
    """A region's number on a picture; `outlined` marks the right one (with the answers)."""

    number: int
    region: Region
    outlined: bool = False


@dataclass(eq=False)
class PictureBlock(Block):
    """An SVG drawn as vectors (its labels stay text), fitted to at most `max_width` by
    `max_height`, centred; hotspot badges and the right region's outline drawn over it."""

    svg: bytes = b""
    view: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    max_width: int = 0
    max_height: int = 0
    badges: tuple[Badge, ...] = ()
    style: Style | None = None

    def _size(self, width: int) -> tuple[int, int]:
        vw, vh = self.view[2], self.view[3]
        scale = min(min(width, self.max_width) / vw, self.max_height / vh)
        return round(vw * scale), round(vh * scale)

    def height(self, width: int) -> int:
        return self._size(width)[1]

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        w, h = self._size(width)
        left = x + (width - w) // 2
        renderer = QSvgRenderer(QByteArray(self.svg))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        renderer.render(painter, QRectF(left, y, w, h))
        painter.restore()
        vx, vy, vw, _ = self.view
        scale = w / vw

        def at(px: float, py: float) -> QPointF:
            return QPointF(left + (px - vx) * scale, y + (py - vy) * scale)

        for badge in self.badges:
            if badge.outlined and self.style is not None:
                painter.setPen(QPen(CORRECT, self.style.mm(1.0), Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolygon(QPolygonF([at(*p) for p in badge.region.points]))
        for badge in self.badges:
            frame = QRectF(left, y, w, h)
            self._badge(painter, at(badge.region.bounds[0], badge.region.bounds[1]), frame, badge.number)

    def _badge(self, painter: QPainter, corner: QPointF, frame: QRectF, number: int) -> None:
        """The number centred on the region's top-left corner (as the app puts it there), so it
        hides little of the region's own words; kept inside the picture."""
        if self.style is None:
            return
        d = self.style.mm(7)
        x = min(max(corner.x() - d / 2, frame.left()), frame.right() - d)
        top = min(max(corner.y() - d / 2, frame.top()), frame.bottom() - d)
        circle = QRectF(x, top, d, d)
        painter.setPen(QPen(QColor("#ffffff"), self.style.mm(0.5)))
        painter.setBrush(ACCENT)
        painter.drawEllipse(circle)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.style.font(13, bold=True))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))


@dataclass(eq=False)
class SourceBlock(Block):
    """A source: its label, its address (broken anywhere, it has no spaces) and, when `qr`, the
    address's QR code on the right, so a phone opens the page."""

    label: TextBlock = field(default_factory=TextBlock)
    url: str = ""
    url_font: QFont = field(default_factory=QFont)
    qr_size: int = 0
    qr: bool = False

    def _text_width(self, width: int) -> int:
        return width - (self.qr_size + self.qr_size // 5 if self.qr else 0)

    def _url_lines(self, width: int) -> list[str]:
        fm = QFontMetricsF(self.url_font)
        lines, line = [], ""
        for ch in self.url:
            if line and fm.horizontalAdvance(line + ch) > width:
                lines.append(line)
                line = ""
            line += ch
        return [*lines, line] if line else lines

    def _text_height(self, width: int) -> int:
        tw = self._text_width(width)
        fm = QFontMetricsF(self.url_font)
        return self.label.height(tw) + round(fm.lineSpacing() * len(self._url_lines(tw - self.label.indent)))

    def height(self, width: int) -> int:
        return max(self._text_height(width), self.qr_size if self.qr else 0)

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        tw = self._text_width(width)
        self.label.paint(painter, x, y, tw)
        fm = QFontMetricsF(self.url_font)
        painter.setFont(self.url_font)
        painter.setPen(MUTED)
        line_y = y + self.label.height(tw) + fm.ascent()
        for line in self._url_lines(tw - self.label.indent):
            painter.drawText(QPointF(x + self.label.indent, line_y), line)
            line_y += fm.lineSpacing()
        if self.qr:
            code = QImage.fromData(qr_png(self.url))
            modules = max(1, code.width())
            per = max(1, self.qr_size // modules)
            # whole device pixels per module, stored lossless (never JPEG): sharp in any viewer
            crisp = code.scaled(modules * per, modules * per, mode=Qt.TransformationMode.FastTransformation)
            side = modules * per
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            painter.drawImage(QRect(x + width - side, y, side, side), crisp)
            painter.restore()


@dataclass(eq=False)
class RuleBlock(Block):
    """A thin line across the text width: between questions."""

    thickness: int = 1

    def height(self, width: int) -> int:
        return self.thickness

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        painter.fillRect(QRect(x, y, width, self.thickness), RULE)


@dataclass(eq=False)
class RowBlock(Block):
    """Blocks side by side in cells `cell` wide, wrapping to more rows: a hotspot question's
    numbered boxes."""

    children: Sequence[Block] = ()
    cell: int = 1

    def _per_row(self, width: int) -> int:
        return max(1, width // max(1, self.cell))

    def _row_height(self) -> int:
        return max((c.height(self.cell) for c in self.children), default=0)

    def height(self, width: int) -> int:
        rows = -(-len(self.children) // self._per_row(width))
        return rows * self._row_height() + max(0, rows - 1) * (self._row_height() // 3)

    def paint(self, painter: QPainter, x: int, y: int, width: int) -> None:
        per, step = self._per_row(width), self._row_height() + self._row_height() // 3
        for i, child in enumerate(self.children):
            child.paint(painter, x + (i % per) * self.cell, y + (i // per) * step, self.cell)
