"""The row of display buttons every screen carries: text size, and on some screens contrast and
language. One tap each; the main window applies the change to the whole app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from quizapp.domain.model import Lang


class DisplayBar(Retranslating, QWidget):
    """Signals:
    text_size_clicked(): the learner wants the next text size.
    contrast_clicked(): the learner wants high contrast on or off.
    language_clicked(): the learner wants the other language.
    """

    text_size_clicked = Signal()
    contrast_clicked = Signal()
    language_clicked = Signal()

    def __init__(
        self, *, contrast: bool = False, language: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, align_right=True)  # too narrow for one row: the buttons wrap
        self.language = QPushButton()
        self.text_size = QPushButton()
        self.contrast = QPushButton()
        self.language.clicked.connect(self.language_clicked)
        self.text_size.clicked.connect(self.text_size_clicked)
        self.contrast.clicked.connect(self.contrast_clicked)
        self.language.setVisible(language)
        self.contrast.setVisible(contrast)
        for button in (self.language, self.text_size, self.contrast):
            button.setMinimumHeight(44)
            layout.add(button)
        self._lang: Lang = "ja"
        self.retranslate()

    def set_lang(self, lang: Lang) -> None:
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        look = theme.current()
        sizes = {"normal": self.tr("Normal"), "large": self.tr("Large"), "largest": self.tr("Largest")}
        self.text_size.setText(self.tr("Text size: {size}").format(size=sizes[look.text_size]))
        self.text_size.setAccessibleName(self.text_size.text())
        self.text_size.setAccessibleDescription(self.tr("Makes the text larger, then back to normal."))
        state = self.tr("on") if look.high_contrast else self.tr("off")
        self.contrast.setText(self.tr("High contrast: {state}").format(state=state))
        self.contrast.setAccessibleName(self.contrast.text())
        # The language button is labelled in the language it switches to, so anyone can find it.
        other = "English" if self._lang == "ja" else "日本語"
        self.language.setText(other)
        self.language.setAccessibleName(f"{other} (language / 言語)")
