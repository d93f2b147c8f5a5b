"""Text with furigana: each base laid out with its reading above it in a smaller size.

Qt's rich text has no ruby, so `RubyLayout` lays the text out itself: a ruby group (base and
reading) never breaks; plain Japanese breaks between characters (not before 、。」 and small
kana, not after 「（), Latin words at spaces; a forced break at "\\n". Every line keeps a reading
row, so lines are evenly spaced whether or not they hold a reading. `RubyLabel` is a QLabel
whose text() is the plain text (what screen readers and Read aloud get, once), and which paints
the readings when furigana are on; without readings it is an ordinary label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from quizapp.domain import ruby
from quizapp.ui.shell import theme
from quizapp.ui.widgets.text import breakable

READING_SCALE = 0.55
"""The reading's size against the base's."""
_NO_START = set(
    "、。，．,.・：；:;？！?!ー―…‥）」』】〕〉》］｝)]}ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々"
)
"""Characters a line may not start with (kinsoku): they stay with the one before."""
_NO_END = set("（「『【〔〈《［｛([{")
"""Characters a line may not end with: they stay with the one after."""
_WORD = re.compile(r"[A-Za-z0-9@#%&+\-_/'’.,:]+")
"""A Latin word or number: it breaks only at spaces."""

Part = tuple[str, bool]
"""(text in ruby notation, bold)."""


@dataclass(slots=True)
class _Unit:
    base: str
    reading: str | None
    bold: bool
    glue: bool
    """True: no line break before this unit."""
    space: bool = False
    """A space: a break opportunity, dropped at the end of a line."""
    newline: bool = False


def _units(parts: list[Part]) -> list[_Unit]:
    units: list[_Unit] = []
    for text, bold in parts:
        for seg in ruby.parse(text):
            if seg.reading is not None:
                last = units[-1] if units else None
                if last is not None and last.reading is not None and last.bold == bold:
                    # a compound read in parts (電子《でんし》証明《しょうめい》書《しょ》): one group, its
                    # reading spread over the whole word, as typesetters set 熟語 ruby
                    units[-1] = _Unit(last.base + seg.text, last.reading + seg.reading, bold, last.glue)
                    continue
                glue = bool(units) and units[-1].base[-1:] in _NO_END
                units.append(_Unit(seg.text, seg.reading, bold, glue))
                continue
            i = 0
            while i < len(seg.text):
                ch = seg.text[i]
                if ch == "\n":
                    units.append(_Unit("", None, bold, True, newline=True))
                    i += 1
                    continue
                word = _WORD.match(seg.text, i)
                piece = word.group(0) if word else ch
                after_open = bool(units) and units[-1].base[-1:] in _NO_END and not units[-1].newline
                glue = ch in _NO_START or after_open
                units.append(_Unit(piece, None, bold, glue, space=ch.isspace()))
                i += len(piece)
    return units


@dataclass(frozen=True, slots=True)
class _Placed:
    unit: _Unit
    x: float
    width: float


class RubyLayout:
    """Lays out `parts` in `font` at a width; measures and paints. Cheap to ask again at the
    same width (cached)."""

    def __init__(self, parts: list[Part], font: QFont) -> None:
        self._units = _units(parts)
        self._has_ruby = any(u.reading for u in self._units)
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._small = QFont(font)
        if font.pixelSize() > 0:  # a printed page's fonts are sized in its device's pixels
            self._small.setPixelSize(max(1, round(font.pixelSize() * READING_SCALE)))
        else:
            self._small.setPointSizeF(max(6.0, font.pointSizeF() * READING_SCALE))
        self._fm = QFontMetricsF(self._font)
        self._fm_bold = QFontMetricsF(self._bold)
        self._fm_small = QFontMetricsF(self._small)
        self._base_w = [
            (self._fm_bold if u.bold else self._fm).horizontalAdvance(u.base) for u in self._units
        ]
        self._read_w = [
            self._fm_small.horizontalAdvance(u.reading) if u.reading else 0.0 for u in self._units
        ]
        self._widths = [max(b, r) for b, r in zip(self._base_w, self._read_w, strict=True)]
        """The most room a unit takes; a long reading may overhang the kana beside it, so less."""
        self._cache: dict[int, list[list[_Placed]]] = {}

    @property
    def has_ruby(self) -> bool:
        return self._has_ruby

    @property
    def reading_height(self) -> float:
        """The reading row above each line: none for a text without readings."""
        return self._fm_small.height() if self._has_ruby else 0.0

    @property
    def line_height(self) -> float:
        """A line: its reading row, the base, and a little room."""
        return self.reading_height + self._fm.height() + self._fm.height() * 0.15

    @property
    def widest(self) -> int:
        """The widest thing that cannot break: no width below it avoids an overflow."""
        return int(max(self._widths, default=0.0)) + 1

    def natural_width(self) -> int:
        """Width of the longest forced line, unbroken."""
        best = line = 0.0
        for unit, w in zip(self._units, self._widths, strict=True):
            line = 0.0 if unit.newline else line + w
            best = max(best, line)
        return int(best) + 1

    def lines(self, width: int) -> list[list[_Placed]]:
        cached = self._cache.get(width)
        if cached is None:
            cached = self._cache[width] = self._break(max(1, width))
        return cached

    def _break(self, width: int) -> list[list[_Placed]]:
        lines: list[list[_Placed]] = [[]]
        x = 0.0
        reading_end = 0.0  # where the last reading on the line ends: the next may not overlap it
        gap = self._fm_small.averageCharWidth() * 0.25
        i, n = 0, len(self._units)
        while i < n:
            unit = self._units[i]
            if unit.newline:
                lines.append([])
                x = reading_end = 0.0
                i += 1
                continue
            # the chunk from i: this unit and every glued one after it
            j, chunk_w = i + 1, self._widths[i]
            while j < n and self._units[j].glue and not self._units[j].newline:
                chunk_w += self._widths[j]
                j += 1
            if unit.space and not lines[-1]:
                i += 1  # no space at the start of a line
                continue
            if x + chunk_w > width and lines[-1] and not unit.space:
                lines.append([])
                x = reading_end = 0.0
            for k in range(i, j):
                overflows = x + self._widths[k] > width and not self._units[k].space  # a space may hang
                if overflows and lines[-1]:  # a chunk wider than the line breaks inside
                    lines.append([])
                    x = reading_end = 0.0
                base_w, read_w = self._base_w[k], self._read_w[k]
                if read_w:
                    # centred over its base, overhanging the kana beside it, never another reading
                    start = x + (base_w - read_w) / 2
                    floor = reading_end + gap if reading_end else 0.0
                    x += max(0.0, floor - start)
                    reading_end = x + (base_w + read_w) / 2
                lines[-1].append(_Placed(self._units[k], x, base_w))
                x += base_w
            i = j
        for line in lines:  # a space left at the end of a line takes no room
            while line and line[-1].unit.space:
                line.pop()
        return lines

    def _advance(self, line: list[_Placed]) -> float:
        """How far down the next line starts: an empty line (a paragraph gap) is half a line."""
        return self.line_height if line else self.line_height / 2

    def height(self, width: int) -> int:
        return int(sum(self._advance(line) for line in self.lines(width)) + 0.999)

    def paint(self, painter: QPainter, rect: QRect, colour: QColor, *, centre: bool = False) -> None:
        lines = self.lines(rect.width())
        y = float(rect.top())
        painter.setPen(colour)
        for line in lines:
            offset = 0.0
            if centre and line:
                offset = (rect.width() - (line[-1].x + line[-1].width)) / 2
            base_y = y + self.reading_height + self._fm.ascent()
            left = rect.left() + offset
            for x, text, bold in _runs(line):  # the bases: one call per run that sits side by side
                painter.setFont(self._bold if bold else self._font)
                painter.drawText(QPointF(left + x, base_y), text)
            for placed in line:
                unit = placed.unit
                x = left + placed.x
                if unit.reading:
                    painter.setFont(self._small)
                    reading_w = self._fm_small.horizontalAdvance(unit.reading)
                    painter.drawText(
                        QPointF(x + (placed.width - reading_w) / 2, y + self._fm_small.ascent()),
                        unit.reading,
                    )
            y += self._advance(line)


def _runs(line: list[_Placed]) -> list[tuple[float, str, bool]]:
    """(x, text, bold) of the line's bases, joined where one ends where the next begins."""
    runs: list[tuple[float, str, bool]] = []
    end = -1.0
    for placed in line:
        bold = placed.unit.bold
        if runs and runs[-1][2] == bold and abs(placed.x - end) < 0.01:
            x, text, _ = runs[-1]
            runs[-1] = (x, text + placed.unit.base, bold)
        else:
            runs.append((placed.x, placed.unit.base, bold))
        end = placed.x + placed.width
    return runs


def furigana_on() -> bool:
    return theme.current().furigana


class RubyLabel(QLabel):
    """A word-wrapping label for bank text, furigana above the kanji when on (the theme's
    choice) and the text has readings. text() is always the plain text."""

    def __init__(self, role: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # bank text is shown as written, never as HTML
        self.setWordWrap(True)
        if role:
            self.setProperty("role", role)
        self._parts: list[Part] = []
        self._layout: RubyLayout | None = None
        self._centre = False
        self._heights: dict[int, int] = {}
        """heightForWidth by width: layouts ask many times for each change."""
        self._interaction = self.textInteractionFlags()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_ruby_text(self, text: str) -> None:
        """`text` in ruby notation (plain text is fine)."""
        self.set_parts([(text, False)])

    def set_parts(self, parts: list[Part]) -> None:
        """Text in runs, each in ruby notation and bold or not."""
        self._parts = parts
        self._layout = None
        self._heights.clear()
        self.setText(breakable("".join(ruby.plain(t) for t, _ in parts)))
        self._refresh()

    def set_centred(self, centred: bool) -> None:
        self._centre = centred
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft)

    @property
    def showing_ruby(self) -> bool:
        """Readings are painted above the text now."""
        return self._layout is not None and self._layout.has_ruby

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        """Kept for when the text shows without readings: painted readings cannot be selected."""
        self._interaction = flags
        super().setTextInteractionFlags(
            flags if self._layout is None else Qt.TextInteractionFlag.NoTextInteraction
        )

    def _refresh(self) -> None:
        readings = furigana_on() and any(ruby.has_ruby(t) for t, _ in self._parts)
        wanted = readings or any(bold for _, bold in self._parts)  # bold runs: laid out here too
        if wanted:
            parts = self._parts if readings else [(ruby.plain(t), bold) for t, bold in self._parts]
            self._layout = RubyLayout(parts, self.font())
        else:
            self._layout = None
        self.setTextInteractionFlags(self._interaction)
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refresh()

    def _inner_width(self, width: int) -> int:
        m = self.contentsMargins()
        return max(1, width - m.left() - m.right() - 2 * self.margin())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        cached = self._heights.get(width)
        if cached is None:
            cached = self._heights[width] = self._height_for(width)
        return cached

    def _height_for(self, width: int) -> int:
        if self._layout is None:
            return super().heightForWidth(width)
        m = self.contentsMargins()
        return self._layout.height(self._inner_width(width)) + m.top() + m.bottom() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        if self._layout is None:
            return super().sizeHint()
        width = min(self._layout.natural_width(), max(super().sizeHint().width(), self._layout.widest))
        m = self.contentsMargins()
        width += m.left() + m.right() + 2 * self.margin()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        if self._layout is None:
            return super().minimumSizeHint()
        m = self.contentsMargins()
        width = self._layout.widest + m.left() + m.right() + 2 * self.margin()
        return QSize(width, int(self._layout.line_height) + m.top() + m.bottom())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._layout is None:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self._layout.paint(
            painter, rect, self.palette().color(QPalette.ColorRole.WindowText), centre=self._centre
        )
        painter.end()
