"""The results screen: the score, a per-topic breakdown, and the missed questions explained
with their sources (links in a personal window, QR codes in a kiosk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.domain.lang import LANGUAGES
from quizapp.domain.model import NOT_SURE, Catalog, Lang, Text
from quizapp.domain.quiz import QuizRun
from quizapp.ui.quiz.feedback_text import bank_text
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.display_bar import DisplayBar
from quizapp.ui.widgets.layouts import clear_layout, plain_label
from quizapp.ui.widgets.ruby_text import Part, RubyLabel, furigana_on
from quizapp.ui.widgets.sources import SourceList
from quizapp.ui.widgets.text import LI, P, esc


class ResultsView(Retranslating, QWidget):
    """Signals:
    home_requested(): the learner goes on: back to the home screen (a kiosk: start again).
    review_requested(): the learner asked to review the questions missed in this run now.
    """

    home_requested = Signal()
    review_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None, *, kiosk: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._lang: Lang = lang
        self._kiosk = kiosk
        self._shown: tuple[QuizRun, Catalog] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 24)
        top = QHBoxLayout()
        top.addStretch(1)
        self.display = DisplayBar()
        top.addWidget(self.display)
        outer.addLayout(top)
        self._score = plain_label("title")  # shown as written, never as HTML
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 12, 0)
        self._body.setSpacing(12)
        self._details = QVBoxLayout()
        self._details.setSpacing(12)
        self._body.addLayout(self._details)
        self._body.addStretch(1)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        self._review = QPushButton()
        self._review.setMinimumHeight(56)
        self._review.clicked.connect(self.review_requested)
        self._review.hide()
        self._home = QPushButton()
        self._home.setProperty("primary", True)
        self._home.setMinimumHeight(56)
        self._home.clicked.connect(self.home_requested)
        buttons.addWidget(self._review, 1)
        buttons.addWidget(self._home, 1)
        outer.addWidget(self._score)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        if kiosk:  # nothing to select on a kiosk, and no Copy / Select all menu
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.retranslate()

    def retranslate(self) -> None:
        if self._kiosk:
            self._home.setText(self.tr("Start again"))
        else:
            self._home.setText(self.tr("Back to home (Enter)"))
        self._home.setAccessibleName(self._home.text())
        self._review.setText(self.tr("Review these now (R)"))
        self._review.setAccessibleName(self.tr("Review the questions you missed now"))
        self._scroll.setAccessibleName(self.tr("Your results"))
        if self._shown is not None:
            self._render(*self._shown)

    def set_lang(self, lang: Lang) -> None:
        self._lang = lang

    def show_run(self, run: QuizRun, catalog: Catalog) -> None:
        self._shown = (run, catalog)
        self._render(run, catalog)
        self._scroll.verticalScrollBar().setValue(0)
        self._home.setFocus()

    def _rich(self, html: str, layout: QVBoxLayout | None = None) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)  # every bank text in it is escaped
        if not self._kiosk:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setText(html)
        (layout or self._details).addWidget(label)
        label.show()  # now, not on the next pass
        return label

    def _with_ruby(self) -> bool:
        return furigana_on() and LANGUAGES[self._lang].ruby

    def _ruby(self, parts: list[Part], layout: QVBoxLayout | None = None) -> RubyLabel:
        label = RubyLabel()
        label.set_parts(parts)
        (layout or self._details).addWidget(label)
        label.show()
        return label

    def _card(self) -> QVBoxLayout:
        """A card of its own for one missed question, so each reads apart from the next."""
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 16)
        self._details.addWidget(card)
        card.show()
        return layout

    def _render(self, run: QuizRun, catalog: Catalog) -> None:
        lang = self._lang
        clear_layout(self._details)
        total = len(run.answers)
        self._score.setText(self.tr("You got {score} of {total} right.").format(score=run.score, total=total))
        by_topic = self.tr("By topic")
        perfect = self.tr("You answered every question correctly. Well done!")
        missed_heading = (
            self.tr("The questions you missed") if self._kiosk else self.tr("Questions to review")
        )
        not_sure = self.tr("You chose “Not sure”")
        your_answer = self.tr("Your answer:")
        correct_answer = self.tr("Correct answer:")
        source = self.tr("Source:")
        scan = self.tr("Scan the code with your phone to open this page.")
        ruby = self._with_ruby()
        text: Callable[[Text], str] = (lambda t: t.annotated(lang)) if ruby else (lambda t: t.get(lang))
        rows = []
        for topic in run.by_topic():
            bank = catalog.bank(topic.topic_id)
            line = self.tr("{correct} of {asked} right").format(correct=topic.correct, asked=topic.asked)
            rows.append((text(bank.title) if bank else topic.topic_id, line))
        missed = run.missed()
        if ruby:
            runs: list[Part] = [(by_topic, True)]
            for name, line in rows:
                runs += [("\n• ", False), (name, True), (": " + line, False)]
            runs += [("\n\n", False), (missed_heading, True) if missed else (perfect, False)]
            summary: QLabel = self._ruby(runs)
        else:
            parts = [f"<h3>{esc(by_topic)}</h3><ul>"]
            parts += [f"{LI}<b>{bank_text(name)}</b>: {esc(line)}</li>" for name, line in rows]
            parts.append("</ul>")
            parts.append(f"<h3>{esc(missed_heading)}</h3>" if missed else f"<p>{esc(perfect)}</p>")
            summary = self._rich("".join(parts))
        summary.setAccessibleName(self._score.text())
        for question, answer in missed:
            right = " / ".join(text(c.text) for c in question.choices if c.correct)
            chosen = " / ".join(text(question.choice(c).text) for c in sorted(answer.chosen - {NOT_SURE}))
            prompt, explanation = text(question.prompt), text(question.explanation)
            card = self._card()
            if ruby:
                yours: list[Part] = (
                    [(f"? {not_sure}", False)]
                    if NOT_SURE in answer.chosen
                    else [(f"✖ {your_answer} ", False), (chosen, False)]
                )
                runs = [(prompt, True), ("\n", False), *yours, ("\n", False)]
                runs += [(f"✔ {correct_answer} ", False), (right, False), ("\n", False)]
                self._ruby([*runs, (explanation, False)], card)
            else:
                mine = (
                    f"? {esc(not_sure)}"
                    if NOT_SURE in answer.chosen
                    else f"✖ {esc(your_answer)} {bank_text(chosen)}"
                )
                self._rich(
                    f"{P}<b>{bank_text(prompt)}</b><br>{mine}<br>"
                    f"✔ {esc(correct_answer)} {bank_text(right)}<br>{bank_text(explanation)}</p>",
                    card,
                )
            sources = SourceList(kiosk=self._kiosk)
            sources.show_sources(question.sources, lang, source, scan)
            card.addWidget(sources)
            sources.show()
        self._review.setVisible(bool(missed) and not self._kiosk)

    def clear(self) -> None:
        self._shown = None
        self._score.clear()
        clear_layout(self._details)
        self._review.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.home_requested.emit()
            return
        if event.key() == Qt.Key.Key_R and self._review.isVisible():
            self.review_requested.emit()
            return
        super().keyPressEvent(event)
