"""The results screen: the score, a per-topic breakdown, and the missed questions explained."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.domain.model import NOT_SURE, Catalog, Lang
from quizapp.domain.quiz import QuizRun
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.display_bar import DisplayBar
from quizapp.ui.widgets.layouts import plain_label
from quizapp.ui.widgets.text import LI, P, esc


class ResultsView(Retranslating, QWidget):
    """Signals:
    home_requested(): the learner goes back to the home screen.
    """

    home_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._lang: Lang = lang
        self._shown: tuple[QuizRun, Catalog] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 24)
        top = QHBoxLayout()
        top.addStretch(1)
        self.display = DisplayBar()
        top.addWidget(self.display)
        outer.addLayout(top)
        self._score = plain_label(wrap=False)  # shown as written, never as HTML
        self._score.setProperty("role", "title")
        self._score.setWordWrap(True)
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setTextFormat(Qt.TextFormat.RichText)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._details)
        self._home = QPushButton()
        self._home.setProperty("primary", True)
        self._home.setMinimumHeight(56)
        self._home.clicked.connect(self.home_requested)
        outer.addWidget(self._score)
        outer.addWidget(scroll, 1)
        outer.addWidget(self._home)
        self.retranslate()

    def retranslate(self) -> None:
        self._home.setText(self.tr("Back to home (Enter)"))
        self._home.setAccessibleName(self._home.text())
        self._scroll.setAccessibleName(self.tr("Your results"))
        if self._shown is not None:
            self._render(*self._shown)

    def set_lang(self, lang: Lang) -> None:
        self._lang = lang

    def show_run(self, run: QuizRun, catalog: Catalog) -> None:
        self._shown = (run, catalog)
        self._render(run, catalog)
        self._home.setFocus()

    def _render(self, run: QuizRun, catalog: Catalog) -> None:
        lang = self._lang
        total = len(run.answers)
        self._score.setText(self.tr("You got {score} of {total} right.").format(score=run.score, total=total))
        by_topic = self.tr("By topic")
        to_review = self.tr("Questions to review")
        your_answer = self.tr("Your answer:")
        correct_answer = self.tr("Correct answer:")
        perfect = self.tr("You answered every question correctly. Well done!")
        parts = [f"<h3>{esc(by_topic)}</h3><ul>"]
        for topic in run.by_topic():
            bank = catalog.bank(topic.topic_id)
            name = bank.title.get(lang) if bank else topic.topic_id
            line = self.tr("{correct} of {asked} right").format(correct=topic.correct, asked=topic.asked)
            parts.append(f"{LI}<b>{esc(name)}</b>: {esc(line)}</li>")
        parts.append("</ul>")
        missed = run.missed()
        if missed:
            parts.append(f"<h3>{esc(to_review)}</h3>")
            for question, answer in missed:
                right = " / ".join(c.text.get(lang) for c in question.choices if c.correct)
                if NOT_SURE in answer.chosen:
                    yours = self.tr("Not sure")
                else:
                    yours = " / ".join(question.choice(c).text.get(lang) for c in sorted(answer.chosen))
                parts.append(
                    f"{P}<b>{esc(question.prompt.get(lang))}</b><br>"
                    f"✖ {esc(your_answer)} {esc(yours)}<br>"
                    f"✔ {esc(correct_answer)} {esc(right)}<br>"
                    f"{esc(question.explanation.get(lang))}</p>"
                )
        else:
            parts.append(f"<p>{esc(perfect)}</p>")
        self._details.setText("".join(parts))
        self._details.setAccessibleName(self._score.text())

    def clear(self) -> None:
        self._shown = None
        self._score.clear()
        self._details.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.home_requested.emit()
            return
        super().keyPressEvent(event)
