"""The staff PIN pad: large on-screen digits (and the keyboard's). Shows dots, never digits;
locks itself for the time the PIN store says after too many wrong PINs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.services.kiosk_pin import PIN_MAX, PinStore
from quizapp.ui.kiosk.scale import touch_em
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.layouts import plain_label

KEY_EM = 2.2
"""Least side of a digit key's face in em of its font (88 px or more on a desktop screen, with
padding and border; larger on a big touch screen, with its type)."""


class PinPad(Retranslating, QWidget):
    """Signals:
    accepted(): the right PIN was entered.
    cancelled(): the staff member went back.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, store: PinStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._store = store
        self._digits = ""
        self._message = ""
        self._lock = QTimer(self)
        self._lock.setInterval(1000)
        self._lock.timeout.connect(self._refresh_lock)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.setSpacing(16)
        self._title = plain_label(wrap=False)  # shown as written, never as HTML
        self._title.setProperty("role", "title")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._dots = plain_label(wrap=False)  # shown as written, never as HTML
        self._dots.setProperty("role", "title")
        self._dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._dots.setMinimumHeight(60)
        self._status = plain_label(wrap=False)  # shown as written, never as HTML
        self._status.setWordWrap(True)
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status.setProperty("role", "large")
        grid = QGridLayout()
        grid.setSpacing(12)
        self._keys: list[QPushButton] = []
        for n, digit in enumerate("1234567890"):
            button = self._key(digit)
            button.clicked.connect(lambda _=False, d=digit: self.press_digit(d))
            row, col = (3, 1) if digit == "0" else divmod(n, 3)
            grid.addWidget(button, row, col)
        self._delete = self._key("⌫")
        self._delete.clicked.connect(self.delete_digit)
        self._ok = self._key("")
        self._ok.setProperty("primary", True)
        self._ok.clicked.connect(self.submit)
        grid.addWidget(self._delete, 3, 0)
        grid.addWidget(self._ok, 3, 2)
        self._cancel = QPushButton()
        self._cancel.setProperty("role", "large")
        touch_em(self._cancel, 8, 1.5)
        self._cancel.clicked.connect(self.cancel)
        for widget in (self._title, self._dots, self._status):
            outer.addWidget(widget)
        outer.addSpacing(12)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(grid)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addWidget(self._cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def _key(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "heading")
        touch_em(button, KEY_EM * 1.2, KEY_EM)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pad keeps focus for the keyboard
        self._keys.append(button)
        return button

    def retranslate(self) -> None:
        self._title.setText(self.tr("Staff PIN"))
        self._delete.setAccessibleName(self.tr("Delete the last digit"))
        self._ok.setText(self.tr("OK"))
        self._ok.setAccessibleName(self.tr("Enter the PIN"))
        self._cancel.setText(self.tr("Back to the kiosk"))
        self._cancel.setAccessibleName(self._cancel.text())
        self._refresh()

    # state ------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the digits typed so far and show the lock, if any."""
        self._digits = ""
        self._message = ""
        self._refresh_lock()
        self.setFocus()

    def _refresh(self) -> None:
        self._dots.setText("●" * len(self._digits) or "–")
        self._dots.setAccessibleName(self.tr("{n} digits entered").format(n=len(self._digits)))
        self._status.setText(self._message or self.tr("Enter the staff PIN to leave kiosk mode."))
        self._status.setAccessibleName(self._status.text())

    def _refresh_lock(self) -> None:
        wait = self._store.locked_for()
        for button in self._keys:
            button.setEnabled(not wait)
        if wait:
            minutes, seconds = divmod(wait, 60)
            self._message = self.tr("Too many wrong PINs. Try again in {m}:{s:02d}.").format(
                m=minutes, s=seconds
            )
            if not self._lock.isActive():
                self._lock.start()
        elif self._lock.isActive():
            self._lock.stop()
            self._message = ""
        self._refresh()

    @property
    def locked(self) -> bool:
        return self._lock.isActive()

    def press_digit(self, digit: str) -> None:
        if not self.locked and len(self._digits) < PIN_MAX:
            self._digits += digit
            self._refresh()

    def delete_digit(self) -> None:
        self._digits = self._digits[:-1]
        self._refresh()

    def cancel(self) -> None:
        self._digits = ""
        self.cancelled.emit()

    def submit(self) -> None:
        if self.locked or not self._digits:
            return
        digits, self._digits = self._digits, ""
        result = self._store.check(digits)
        del digits
        if result.ok:
            self._message = ""
            self._refresh()
            self.accepted.emit()
            return
        if result.locked_for:
            self._refresh_lock()
            return
        self._message = self.tr("Wrong PIN. {n} tries left before the pad locks.").format(n=result.tries_left)
        self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.press_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
