"""A question asked over the whole kiosk screen ("Still there?", "End your visit?"): a card with
big buttons on a dimmed backdrop, inside the window, so no separate dialog can get lost."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.ui.kiosk.scale import column_width, touch_em
from quizapp.ui.widgets.layouts import plain_label
from quizapp.ui.widgets.touch import set_centred_text


class KioskPrompt(QWidget):
    """Covers its parent while shown. The texts are set by the caller (already translated).

    The primary button is the default and the safe answer ("Continue"): it has the focus, so
    Enter presses it, and Esc on a question (two buttons) answers it too; only a tap (or Enter
    after moving the focus) on the secondary button takes the other way.

    Signals:
        accepted(): the primary button (or Enter on it, or Esc).
        rejected(): the secondary button, when there is one.
    """

    accepted = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("card")
        self._card = card  # its width follows the type and the screen: see _fit_card
        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.title = plain_label(wrap=False)  # shown as written, never as HTML
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = plain_label("title", wrap=False)  # a countdown's number, on a line of its own
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.hide()
        self.body = plain_label(wrap=False)  # shown as written, never as HTML
        self.body.setProperty("role", "large")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.secondary = QPushButton()
        self.secondary.setProperty("role", "large")
        touch_em(self.secondary, 6, 1.8)
        self.secondary.clicked.connect(self.rejected)
        self.primary = QPushButton()
        self.primary.setProperty("primary", True)
        self.primary.setProperty("role", "large")
        touch_em(self.primary, 8, 1.8)
        self.primary.clicked.connect(self.accepted)
        buttons.addWidget(self.secondary)
        buttons.addWidget(self.primary)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        outer.addWidget(card)
        self._return_focus: QWidget | None = None
        parent.installEventFilter(self)
        self.hide()

    def ask(self, title: str, body: str, primary: str, secondary: str | None = None) -> None:
        self.title.setText(title)
        self.set_body(body)
        self.primary.setText(primary)
        self.primary.setAccessibleName(primary)
        self.secondary.setVisible(secondary is not None)
        self.secondary.setText(secondary or "")
        self.secondary.setAccessibleName(secondary or "")
        self.setAccessibleName(title)
        focused = self.window().focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._return_focus = focused
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._fit_card()
        self.show()
        self.raise_()
        self.primary.setFocus()

    def set_body(self, body: str) -> None:
        set_centred_text(self.body, body)

    def set_count(self, number: int | None) -> None:
        """Show `number` large above the body (a countdown), or no number when None. The body's
        text stays as it is, so the lines do not move or re-wrap each second."""
        self.count.setVisible(number is not None)
        self.count.setText("" if number is None else str(number))

    def dismiss(self) -> None:
        """Hide, giving the focus back to where it was (so Esc and Enter keep working)."""
        was_shown = self.isVisible()
        self.hide()
        back, self._return_focus = self._return_focus, None
        if was_shown and back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus()
        self.set_count(None)
        for label in (self.title, self.body):
            label.clear()
            label.setAccessibleName("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._fit_card()
        return False

    def _fit_card(self) -> None:
        """About 30 characters of its text wide (more for a long question), never wider than the
        screen allows."""
        room = max(0, self.width() - 48)
        self._card.setMinimumWidth(min(column_width(self._card, 28), room))
        self._card.setMaximumWidth(min(column_width(self._card, 34), room))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isVisible():
                focused.click()
            else:
                self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape and self.secondary.isVisible():
            self.accepted.emit()  # the safe answer: Esc never takes the way the visitor did not tap
        # every other key stops here: nothing reaches the screen underneath
