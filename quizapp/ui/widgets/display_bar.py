"""The row of display buttons every screen carries: text size, furigana (in a language that has
them), and on some screens contrast and language. One tap each; the window applies the change to
the whole app."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from quizapp.domain.lang import LANGS, LANGUAGES, Lang
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Retranslating, current_lang
from quizapp.ui.widgets.flow_layout import FlowLayout


class DisplayBar(Retranslating, QWidget):
    """Signals:
    text_size_clicked(): the learner wants the next text size.
    contrast_clicked(): the learner wants high contrast on or off.
    furigana_clicked(): the learner wants furigana on or off.
    language_chosen(str): the learner chose that language (a code of LANGS).
    """

    text_size_clicked = Signal()
    contrast_clicked = Signal()
    furigana_clicked = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        *,
        contrast: bool = False,
        language: bool = False,
        centre: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`centre`: rows centred (a poster-like screen), else to the right (a screen's corner)."""
        super().__init__(parent)
        layout = FlowLayout(self, align_right=not centre, centre=centre)  # too narrow: buttons wrap
        # one button for each other language, named in itself, so anyone can find theirs
        self.languages: dict[Lang, QPushButton] = {}
        for code in LANGS:
            button = self.languages[code] = QPushButton(LANGUAGES[code].name)
            button.setAccessibleName(f"{LANGUAGES[code].name} (language / 言語)")
            button.clicked.connect(lambda _=False, chosen=code: self.language_chosen.emit(chosen))
        self._language = language
        self.text_size = QPushButton()
        self.furigana = QPushButton()
        self.contrast = QPushButton()
        self.text_size.clicked.connect(self.text_size_clicked)
        self.furigana.clicked.connect(self.furigana_clicked)
        self.contrast.clicked.connect(self.contrast_clicked)
        self.contrast.setVisible(contrast)
        for button in (*self.languages.values(), self.text_size, self.furigana, self.contrast):
            button.setMinimumHeight(44)
            layout.add(button)
        self.retranslate()

    def retranslate(self) -> None:
        """Also on every change of language (the app's, from i18n) and look (theme.switch)."""
        lang = current_lang()
        for code, button in self.languages.items():
            button.setVisible(self._language and code != lang)
        self.furigana.setVisible(LANGUAGES[lang].ruby)
        look = theme.current()
        sizes = {"normal": self.tr("Normal"), "large": self.tr("Large"), "largest": self.tr("Largest")}
        self.text_size.setText(self.tr("Text size: {size}").format(size=sizes[look.text_size]))
        self.text_size.setAccessibleName(self.text_size.text())
        self.text_size.setAccessibleDescription(self.tr("Makes the text larger, then back to normal."))
        state = self.tr("on") if look.high_contrast else self.tr("off")
        self.contrast.setText(self.tr("High contrast: {state}").format(state=state))
        self.contrast.setAccessibleName(self.contrast.text())
        shown = self.tr("on") if look.furigana else self.tr("off")
        self.furigana.setText(self.tr("Furigana: {state}").format(state=shown))
        self.furigana.setAccessibleName(self.furigana.text())
        self.furigana.setAccessibleDescription(self.tr("Shows or hides the readings above kanji."))
