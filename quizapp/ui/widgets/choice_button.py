"""A large, word-wrapping answer button that can show whether it was right, in words and icon."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from quizapp.domain import ruby
from quizapp.ui.shell import theme
from quizapp.ui.shell.theme import scaled
from quizapp.ui.widgets.ruby_text import RubyLayout, furigana_on
from quizapp.ui.widgets.text import breakable

PAD = 14
BADGE = 40
GAP = 14


class Mark(Enum):
    NONE = ""
    CORRECT = "correct"
    WRONG = "wrong"
    NEUTRAL = "neutral"
    """Shown, not judged: the learner said "Not sure"."""


class ChoiceButton(QAbstractButton):
    """One choice: its key number, its text, and after the answer a mark line such as
    "✔ 正解（あなたの選択）". Checkable; paints itself so long text wraps."""

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        """`text` may carry furigana in ruby notation; they show when the theme has them on."""
        super().__init__(parent)
        self.key = key
        self._annotated = text
        self._body = ruby.plain(text)
        self._wrapped = breakable(self._body)
        self._ruby: RubyLayout | None = None
        self._mark = Mark.NONE
        self._mark_text = ""
        self._heights: dict[int, int] = {}
        """heightForWidth by width: layouts ask many times per change, and measuring wrapped
        Japanese text is the slow part of showing the feedback."""
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(f"{key}. {self._body}")
        self.setMinimumHeight(56)
        self._refresh_ruby()

    @property
    def body(self) -> str:
        return self._body

    def set_body(self, text: str) -> None:
        self._annotated, self._body = text, ruby.plain(text)
        self._wrapped = breakable(self._body)
        self.setText(f"{self.key}. {self._body}")
        self._refresh_ruby()
        self._relayout()

    def _refresh_ruby(self) -> None:
        on = furigana_on() and ruby.has_ruby(self._annotated)
        self._ruby = RubyLayout([(self._annotated, False)], self.font()) if on else None

    @property
    def showing_ruby(self) -> bool:
        return self._ruby is not None

    @property
    def mark(self) -> Mark:
        return self._mark

    def set_mark(self, mark: Mark, text: str) -> None:
        self._mark, self._mark_text = mark, breakable(text)
        label = f"{self.key}. {self._body}"
        self.setAccessibleName(f"{label} — {text}" if text else label)
        self._relayout()

    def _relayout(self) -> None:
        """Take the height the text now needs at once: the width may not change, so no resize
        would come to do it (a mark line set under a showing scroll bar was cut in half)."""
        self._heights.clear()
        self.setFixedHeight(self.heightForWidth(self.width()))
        self.updateGeometry()
        self.update()

    def _mark_font(self) -> QFont:
        return scaled(self.font(), 0.9, bold=True)

    def _text_width(self, width: int) -> int:
        return max(40, width - 2 * PAD - BADGE - GAP)

    def heightForWidth(self, width: int) -> int:
        cached = self._heights.get(width)
        if cached is None:
            cached = self._heights[width] = self._measure_height(width)
        return cached

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refresh_ruby()
            self._heights.clear()
            self.setFixedHeight(self.heightForWidth(self.width()))
        super().changeEvent(event)

    def _measure_height(self, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        tw = self._text_width(width)
        if self._ruby is not None:
            h = self._ruby.height(tw)
        else:
            h = QFontMetrics(self.font()).boundingRect(QRect(0, 0, tw, 100000), flags, self._wrapped).height()
        if self._mark_text:
            mark_rect = QRect(0, 0, tw, 100000)
            h += 6 + QFontMetrics(self._mark_font()).boundingRect(mark_rect, flags, self._mark_text).height()
        return max(56, max(h, BADGE) + 2 * PAD)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = max(320, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 56)

    def resizeEvent(self, event: object) -> None:  # keep the fixed height in step with the width
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = theme.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, edge, width = p.surface, p.border, 2
        if self._mark is Mark.CORRECT:
            fill, edge, width = p.correct_surface, p.correct, 3
        elif self._mark is Mark.WRONG:
            fill, edge, width = p.wrong_surface, p.wrong, 3
        elif self._mark is Mark.NEUTRAL or self.isChecked():
            fill, edge, width = p.accent_surface, p.accent, 4
        outer = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(edge, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(outer, 10, 10)
        if self.hasFocus():
            painter.setPen(QPen(p.focus, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 10, 10)
        badge = QRectF(PAD, (self.height() - BADGE) / 2, BADGE, BADGE)
        painter.setPen(QPen(p.accent if self.isChecked() else p.border, 2))
        painter.setBrush(p.accent if self.isChecked() else p.surface)
        painter.drawEllipse(badge)
        painter.setPen(p.surface if self.isChecked() else p.text)
        painter.setFont(scaled(self.font(), 1.0, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.key)
        left = PAD + BADGE + GAP
        tw = self._text_width(self.width())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        if self._ruby is not None:
            body = QRect(left, 0, tw, self._ruby.height(tw))
        else:
            body = painter.boundingRect(QRect(left, 0, tw, 100000), flags, self._wrapped)
        mark = QRect()
        if self._mark_text:
            painter.setFont(self._mark_font())
            mark = painter.boundingRect(QRect(left, 0, tw, 100000), flags, self._mark_text)
        block = body.height() + (6 + mark.height() if self._mark_text else 0)
        top = max(PAD, (self.height() - block) // 2)  # centred beside the badge when short
        painter.setPen(p.text)
        painter.setFont(self.font())
        body.moveTop(top)
        if self._ruby is not None:
            self._ruby.paint(painter, body, p.text)
        else:
            painter.drawText(body, flags, self._wrapped)
        if self._mark_text:
            painter.setFont(self._mark_font())
            colours = {Mark.CORRECT: p.correct, Mark.WRONG: p.wrong}
            painter.setPen(colours.get(self._mark, p.text))
            mark.moveTop(body.bottom() + 6)
            painter.drawText(mark, flags, self._mark_text)
        painter.end()
