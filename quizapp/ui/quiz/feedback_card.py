"""The card under the choices after an answer: the correct answer, then (once complete) why each
choice is right or wrong, the explanation and the sources (links, or QR codes in a kiosk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from quizapp.domain.lang import LANGUAGES
from quizapp.domain.model import Lang, Question
from quizapp.ui.quiz.feedback_text import FeedbackHeadings, feedback_html, feedback_parts
from quizapp.ui.widgets.picture import Picture
from quizapp.ui.widgets.ruby_text import RubyLabel, furigana_on
from quizapp.ui.widgets.sources import SourceList
from quizapp.ui.widgets.text import format_date


class FeedbackCard(QFrame):
    def __init__(self, *, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._kiosk = kiosk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # every bank text in it is escaped
        if not kiosk:  # a kiosk offers no selection (nor its Copy / Select all menu)
            self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ruby_text = RubyLabel()  # the same feedback with furigana, when they are on
        self.ruby_text.hide()
        self.sources = SourceList(kiosk=kiosk)
        self.picture = Picture()  # the explanation's picture, with the complete feedback
        layout.addWidget(self.text)
        layout.addWidget(self.ruby_text)
        layout.addWidget(self.picture)
        layout.addWidget(self.sources)

    def show_feedback(
        self, question: Question, lang: Lang, keys: list[tuple[str, str]], *, complete: bool
    ) -> None:
        """`keys`: (number on screen, choice id) in screen order."""
        headings = FeedbackHeadings(
            answer=self.tr("Correct answer:"),
            why=self.tr("Why each choice is right or wrong:"),
            explanation=self.tr("Explanation:"),
        )
        # With furigana: our own layout, both passes. Otherwise the first pass (the correct answer,
        # in the first frame) is laid out here too, much cheaper than rich text; the complete
        # feedback is rich text, which the learner can select and copy.
        if (furigana_on() and LANGUAGES[lang].ruby) or not complete:
            self.ruby_text.set_parts(feedback_parts(question, lang, headings, keys, complete=complete))
            self.text.clear()
            self.text.hide()
            self.ruby_text.show()
        else:
            self.ruby_text.hide()
            self.text.setText(feedback_html(question, lang, headings, keys, complete=complete))
            self.text.show()
        self.sources.setVisible(complete)
        self.picture.show_image(question.explanation_image if complete else None, lang)
        if complete:
            as_of = ""
            if question.as_of:
                as_of = self.tr("(as of {date})").format(date=format_date(question.as_of, lang))
            self.sources.show_sources(
                question.sources,
                lang,
                self.tr("Source:"),
                self.tr("Scan the code with your phone to open this page."),
                as_of,
            )

    def clear(self) -> None:
        self.picture.show_image(None, "en")
        self.text.clear()
        self.ruby_text.set_parts([])
        self.sources.show_sources((), "en", "", "")
