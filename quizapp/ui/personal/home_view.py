"""The home screen: the topics with the learner's progress, and ways to start a quiz."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.display_bar import DisplayBar
from quizapp.ui.widgets.flow_layout import FlowLayout
from quizapp.ui.widgets.layouts import clear_layout, plain_label
from quizapp.ui.widgets.ruby_text import RubyLabel

if TYPE_CHECKING:
    from quizapp.domain.model import BankProblem, Lang
    from quizapp.services.quiz import TopicProgress


class HomeView(Retranslating, QWidget):
    """Signals:
    mixed_requested(): start a mixed quiz of 10 questions.
    topic_requested(str): start a quiz on the topic with this id.
    review_requested(): start a review quiz of the questions due (R).
    progress_requested(): open the progress screen (P).
    profile_change_requested(): choose another learner.
    """

    mixed_requested = Signal()
    topic_requested = Signal(str)
    review_requested = Signal()
    progress_requested = Signal()
    profile_change_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._lang: Lang = lang
        self._topics: list[TopicProgress] = []
        self._problems: list[BankProblem] = []
        self._loaded = False
        self._topic_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 24)
        outer.setSpacing(12)
        self._due = 0
        self._learner: str | None = None
        self.display = DisplayBar(contrast=True, language=True)
        self._learner_label = plain_label(wrap=False)
        self._switch = QPushButton()
        self._switch.setMinimumHeight(44)
        self._switch.clicked.connect(self.profile_change_requested)
        self._learner_row = QWidget()
        learner = QHBoxLayout(self._learner_row)
        learner.setContentsMargins(0, 0, 0, 0)
        learner.addWidget(self._learner_label)
        learner.addWidget(self._switch)
        learner.addStretch(1)
        self._learner_row.hide()
        self.progress_button = QPushButton()
        self.progress_button.setMinimumHeight(48)
        self.progress_button.setEnabled(False)
        self.progress_button.clicked.connect(self.progress_requested)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.display)
        outer.addLayout(top)

        self._title = plain_label("title")
        self._lead = plain_label()
        self._mixed = QPushButton()
        self._mixed.setProperty("primary", True)
        self._mixed.setProperty("role", "large")
        self._mixed.setMinimumHeight(64)
        self._mixed.setEnabled(False)
        self._mixed.clicked.connect(self.mixed_requested)
        self._review_card = QFrame()
        self._review_card.setObjectName("card")
        # Text and buttons share a row while the text has room for a comfortable line; with
        # large text in a narrow window the buttons go below it (and below each other).
        review_row = FlowLayout(self._review_card, spacing=12)
        review_row.setContentsMargins(16, 10, 16, 10)
        self._review_text = plain_label("subheading")
        self.review_button = QPushButton()
        self.review_button.setMinimumSize(160, 48)
        self.review_button.clicked.connect(self.review_requested)
        review_row.add(self._review_text, fill=True)
        review_row.add(self.review_button)
        review_row.add(self.progress_button)
        self._review_card.hide()
        self._status = plain_label()
        self._status.setProperty("muted", True)
        self._banner = plain_label()
        self._banner.setObjectName("banner")
        self._banner.setMargin(10)
        self._banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._banner.hide()
        self._topics_title = plain_label("heading")
        self._list_host = QWidget()
        self._list = QVBoxLayout(self._list_host)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(12)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(14)
        for widget in (
            self._title,
            self._lead,
            self._learner_row,
            self._mixed,
            self._review_card,
            self._status,
            self._banner,
            self._topics_title,
            self._list_host,
        ):
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.setTabOrder(self._switch, self._mixed)
        self.setTabOrder(self._mixed, self.review_button)
        self.setTabOrder(self.review_button, self.progress_button)
        self.setTabOrder(self.progress_button, next(iter(self.display.languages.values())))
        self.retranslate()
        self._mixed.setFocus()

    def retranslate(self) -> None:
        self._title.setText(self.tr("My Number Privacy Quiz"))
        self._lead.setText(
            self.tr(
                "Learn what the My Number Card's chip holds, who may share personal data, "
                "and what the Personal Information Protection Commission does. "
                "Every answer comes with an explanation and its source."
            )
        )
        self._mixed.setText(self.tr("Start a mixed quiz (10 questions)"))
        self._mixed.setAccessibleName(self._mixed.text())
        self._topics_title.setText(self.tr("Topics"))
        self._scroll.setAccessibleName(self.tr("Home screen"))
        self.progress_button.setText(self.tr("Progress and your data (P)"))
        self.progress_button.setAccessibleName(self.tr("Progress and your data"))
        self._switch.setText(self.tr("Change learner"))
        self._switch.setAccessibleName(self._switch.text())
        self._render_learner()
        self._render_review()
        if not self._loaded:
            self._status.setText(self.tr("Loading the questions…"))
        elif not self._topics:
            self._status.setText(self.tr("No question banks could be loaded."))
        self._render_topics()
        self._render_problems()

    def set_lang(self, lang: Lang) -> None:
        """Show bank content (topic titles) in `lang`; interface strings follow the translator."""
        self._lang = lang
        self._render_topics()

    def show_progress(self, topics: Sequence[TopicProgress]) -> None:
        """Fill the topic list; enables starting quizzes."""
        self._loaded = True
        self._topics = list(topics)
        self._mixed.setEnabled(bool(topics))
        self.progress_button.setEnabled(True)
        self._status.setVisible(not topics)
        self.retranslate()
        if self.isVisibleTo(self.window()) and self.focusWidget() not in self._topic_buttons:
            # It could not take focus while disabled during loading. Refreshed behind another
            # screen (progress), it must not take the keys away from that screen.
            self._mixed.setFocus()

    def show_review(self, due: int) -> None:
        """Show how many questions are due for review, and the button to review them."""
        self._due = due
        self._render_review()

    def show_learner(self, name: str | None) -> None:
        """The current learner's name, shown with a way to change it; None with one learner."""
        self._learner = name
        self._render_learner()

    def _render_learner(self) -> None:
        self._learner_row.setVisible(self._learner is not None)
        if self._learner is not None:
            self._learner_label.setText(self.tr("Learner: {name}").format(name=self._learner))

    def _render_review(self) -> None:
        self._review_card.setVisible(self._loaded and bool(self._topics))
        self.review_button.setEnabled(self._due > 0)
        self.review_button.setText(self.tr("Review now (R)"))
        if self._due == 0:
            text = self.tr("Nothing to review right now. Questions you miss come back here.")
        elif self._due == 1:
            text = self.tr("1 question is due for review.")
        else:
            text = self.tr("{n} questions are due for review.").format(n=self._due)
        self._review_text.setText(text)
        self.review_button.setAccessibleName(self.tr("Review now"))
        self.review_button.setAccessibleDescription(text)

    def _render_topics(self) -> None:
        had_focus = self.focusWidget()
        focused_index = self._topic_buttons.index(had_focus) if had_focus in self._topic_buttons else -1
        clear_layout(self._list)
        self._topic_buttons = []
        previous: QWidget = self._mixed
        for topic in self._topics:
            card = QFrame()
            card.setObjectName("card")
            layout = QHBoxLayout(card)
            layout.setContentsMargins(16, 12, 16, 12)
            texts = QVBoxLayout()
            name = RubyLabel("subheading")
            name.set_ruby_text(topic.title.annotated(self._lang))
            detail = plain_label()
            detail.setProperty("muted", True)
            detail.setText(self._progress_text(topic))
            texts.addWidget(name)
            texts.addWidget(detail)
            start = QPushButton(self.tr("Start"))
            start.setMinimumSize(120, 48)
            start.setAccessibleName(
                self.tr("Start a quiz on {topic}").format(topic=topic.title.get(self._lang))
            )
            start.setAccessibleDescription(detail.text())
            start.clicked.connect(lambda _=False, t=topic.topic_id: self.topic_requested.emit(t))
            layout.addLayout(texts, 1)
            layout.addWidget(start)
            self._list.addWidget(card)
            self.setTabOrder(previous, start)
            previous = start
            self._topic_buttons.append(start)
        if 0 <= focused_index < len(self._topic_buttons):
            self._topic_buttons[focused_index].setFocus()

    def _progress_text(self, topic: TopicProgress) -> str:
        answered = self.tr("{answered} of {total} questions answered").format(
            answered=topic.answered, total=topic.total
        )
        if topic.percent_correct is None:
            return answered
        return self.tr("{answered} · {percent}% correct").format(
            answered=answered, percent=topic.percent_correct
        )

    def show_problems(self, problems: Sequence[BankProblem]) -> None:
        self._problems = list(problems)
        self._render_problems()

    def _render_problems(self) -> None:
        if not self._problems:
            self._banner.hide()
            return
        lines = "\n".join(str(p) for p in self._problems[:8])
        more = len(self._problems) - 8
        extra = "\n" + self.tr("…and {n} more.").format(n=more) if more > 0 else ""
        self._banner.setText(self.tr("Some question banks could not be loaded:") + "\n" + lines + extra)
        self._banner.show()

    def focus_start(self) -> None:
        self._mixed.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self._mixed and focused.isEnabled():
                focused.click()
            elif self._mixed.isEnabled():
                self.mixed_requested.emit()
            return
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if event.key() == Qt.Key.Key_R and self.review_button.isEnabled():
                self.review_requested.emit()
                return
            if event.key() == Qt.Key.Key_P and self.progress_button.isEnabled():
                self.progress_requested.emit()
                return
        super().keyPressEvent(event)
