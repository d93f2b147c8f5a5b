"""The kiosk's attract screen: what this is, "Touch to start", the language choice, and the
promise that nothing about the visitor is kept. A 5 s press on a corner calls the staff."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.domain.lang import LANGS, LANGUAGES, Lang
from quizapp.ui.kiosk.hold_ring import HoldRing
from quizapp.ui.kiosk.scale import column_width, touch_em
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.display_bar import DisplayBar
from quizapp.ui.widgets.flow_layout import FlowLayout
from quizapp.ui.widgets.layouts import plain_label
from quizapp.ui.widgets.touch import set_centred_text

CORNER = 96
"""Side in px of the square at each corner where a long press calls the staff."""
STAFF_PRESS_MS = 5000
COLUMN_EM = 30
"""The attract column's width in full-width characters of body text."""
_IGNORED_KEYS = frozenset(
    {
        Qt.Key.Key_Escape,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_F4,
    }
)


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _fit_role(widget: QWidget, text: str, width: int) -> None:
    """The "display" role when the longest line of `text` fits in `width` px, else "title"
    (the largest text size on a portrait screen): a poster's words are never cut or split."""
    font = QFont(widget.font())
    font.setPointSizeF(theme.base_point_size() * theme.ROLE_FACTORS["display"])
    font.setBold(True)  # as the theme draws its roles
    longest = max((QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n")), default=0)
    role = "display" if longest <= width else "title"
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _label(role: str) -> QLabel:
    label = plain_label(role)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class AttractView(Retranslating, QWidget):
    """Signals:
    start_requested(): a touch, click or key (Enter on the keyboard) outside the buttons.
    language_chosen(str): a language code (quizapp.domain.lang.LANGS).
    staff_requested(): a 5 s press on a corner.
    """

    start_requested = Signal()
    language_chosen = Signal(str)
    staff_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._lang: Lang = lang
        self._pressed_in_corner = False
        self._staff_fired = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(STAFF_PRESS_MS)
        self._hold.timeout.connect(self._on_hold_timeout)
        self.ring = HoldRing(self, 2 * CORNER)
        """Fills while a corner is held, so staff see the press is being counted."""
        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(CORNER, 48, CORNER, 48)
        self._title = _label("display")
        self._lead = _label("heading")
        self._touch = QPushButton()
        self._touch.setProperty("primary", True)
        self._touch.setProperty("role", "display")
        touch_em(self._touch, 5, 1.8)
        self._touch.clicked.connect(self.start_requested)
        self._privacy = _label("subheading")
        self._privacy.setProperty("muted", True)
        self._langs = QWidget()
        langs = FlowLayout(self._langs, spacing=24, centre=True)  # a row; rows when too narrow
        self._lang_buttons = {code: self._lang_button(code) for code in LANGS}
        for button in self._lang_buttons.values():
            langs.add(button)
        self.display = DisplayBar(centre=True)  # the text size (and furigana), one tap, as on every screen
        for button in (self.display.text_size, self.display.furigana):  # furigana: in やさしい日本語
            button.setProperty("role", "large")
            touch_em(button, 8, 1.6)
        self._column = QWidget()  # a column of comfortable width, centred on a wide screen
        column = QVBoxLayout(self._column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._title)
        column.addWidget(self._lead)
        column.addSpacing(0)
        column.addWidget(self._touch)
        column.addSpacing(0)
        column.addWidget(self._langs)
        column.addLayout(_centred(self.display))
        self._column_layout = column
        outer.addStretch(2)
        outer.addLayout(_centred(self._column))  # not aligned: the wrapped lines get their height
        outer.addStretch(3)
        outer.addLayout(_centred(self._privacy))
        self.set_lang(lang)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The column as wide as a comfortable line, the gaps between its parts with the
        screen's height (so a portrait screen is not a strip of content in empty space)."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        width = min(self.width() - 2 * CORNER, column_width(self, COLUMN_EM))
        self._column.setFixedWidth(max(0, width))
        for widget, lines in ((self._title, self._title.text()), (self._touch, self._touch.text())):
            _fit_role(widget, lines, width - 64)  # the button's padding and border
        self._privacy.setFixedWidth(max(0, width))
        gap = max(16, self.height() // (24 if self.height() > self.width() else 40))
        self._column_layout.setSpacing(gap)
        for index in (2, 4):  # the spacers around "Touch to start"
            item = self._column_layout.itemAt(index)
            spacer = item.spacerItem() if item is not None else None
            if spacer is not None:
                spacer.changeSize(0, gap)
        self._column_layout.invalidate()

    def _lang_button(self, lang: Lang) -> QPushButton:
        button = QPushButton()
        button.setCheckable(True)
        button.setProperty("role", "heading")
        touch_em(button, 4, 1.6)
        button.clicked.connect(lambda _=False, chosen=lang: self._on_lang_clicked(chosen))
        return button

    def retranslate(self) -> None:
        title = self.tr("My Number\nPrivacy Quiz")  # a poster's two lines, broken where it reads well
        self._title.setText(title)
        self._title.setAccessibleName(title.replace("\n", " "))
        set_centred_text(
            self._lead,
            self.tr("Five questions on the My Number system, each answer explained."),
        )
        self._touch.setText(self.tr("Touch to start"))
        self._touch.setAccessibleName(self.tr("Start the quiz"))
        set_centred_text(
            self._privacy,
            self.tr("Nothing about you is kept: your answers are cleared when you finish or walk away."),
        )
        self._fit()  # the words changed: the roles that fit them may too

    def set_lang(self, lang: Lang) -> None:
        self._lang = lang
        for code, button in self._lang_buttons.items():
            name = LANGUAGES[code].name  # each language named in itself, so anyone can find theirs
            button.setChecked(lang == code)
            button.setText(f"✔ {name}" if lang == code else name)  # chosen: a mark, not colour only
            button.setAccessibleName(f"{name} (language / 言語)")

    def _on_lang_clicked(self, lang: Lang) -> None:
        self.set_lang(lang)
        self.language_chosen.emit(lang)
        self._touch.setFocus()  # so Enter now starts, in the chosen language

    def focus_start(self) -> None:
        self._touch.setFocus()

    # touch, mouse and keys --------------------------------------------------------------------
    def _in_corner(self, pos: QPoint) -> bool:
        near_x = pos.x() < CORNER or pos.x() >= self.width() - CORNER
        near_y = pos.y() < CORNER or pos.y() >= self.height() - CORNER
        return near_x and near_y

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._staff_fired = False
        self._pressed_in_corner = self._in_corner(event.position().toPoint())
        if self._pressed_in_corner:
            self._hold.start()
            self.ring.start(event.position().toPoint(), self._hold.interval())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._hold.stop()
        self.ring.stop()
        if not self._staff_fired:
            self.start_requested.emit()
        self._staff_fired = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._hold.isActive() and not self._in_corner(event.position().toPoint()):
            self._hold.stop()  # a slide out of the corner is not the staff gesture
            self.ring.stop()
        event.accept()

    def _on_hold_timeout(self) -> None:
        self.ring.stop()
        self._staff_fired = True
        self.staff_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _IGNORED_KEYS or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and focused in (
            *self._lang_buttons.values(),
            self.display.text_size,
            self.display.furigana,
        ):
            focused.click()
            return
        self.start_requested.emit()
