"""The home screen: the topics with the learner's progress, and ways to start a quiz."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.theme import scaled

if TYPE_CHECKING:
    from quizapp.domain.model import BankProblem, Lang
    from quizapp.services.quiz import TopicProgress


class HomeView(QWidget):
    """Signals:
    mixed_requested(): start a mixed quiz of 10 questions.
    topic_requested(str): start a quiz on the topic with this id.
    """

    mixed_requested = Signal()
    topic_requested = Signal(str)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._lang: Lang = lang
        self._topic_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(14)
        title = QLabel(self.tr("My Number Privacy Quiz"))
        title.setFont(scaled(self.font(), 1.8, bold=True))
        title.setWordWrap(True)
        lead = QLabel(
            self.tr(
                "Learn what the My Number Card's chip holds, who may share personal data, "
                "and what the Personal Information Protection Commission does. "
                "Every answer comes with an explanation and its source."
            )
        )
        lead.setWordWrap(True)
        self._mixed = QPushButton(self.tr("Start a mixed quiz (10 questions)"))
        self._mixed.setProperty("primary", True)
        self._mixed.setFont(scaled(self.font(), 1.2, bold=True))
        self._mixed.setMinimumHeight(64)
        self._mixed.setEnabled(False)
        self._mixed.clicked.connect(self.mixed_requested)
        self._status = QLabel(self.tr("Loading the questions…"))
        self._status.setProperty("role", "muted")
        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.setWordWrap(True)
        self._banner.setMargin(10)
        self._banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._banner.hide()
        topics_title = QLabel(self.tr("Topics"))
        topics_title.setFont(scaled(self.font(), 1.3, bold=True))
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(12)
        self._grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        for widget in (title, lead, self._mixed, self._status, self._banner, topics_title, self._grid_host):
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self._mixed.setFocus()

    def show_progress(self, topics: Sequence[TopicProgress]) -> None:
        """Fill the topic list; enables starting quizzes."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.setParent(None)  # gone from the screen and from findChildren at once
                widget.deleteLater()
        self._topic_buttons = []
        for row, topic in enumerate(topics):
            card = QFrame()
            card.setObjectName("card")
            layout = QHBoxLayout(card)
            layout.setContentsMargins(16, 12, 16, 12)
            texts = QVBoxLayout()
            name = QLabel(topic.title.get(self._lang))
            name.setFont(scaled(self.font(), 1.15, bold=True))
            name.setWordWrap(True)
            detail = QLabel(self._progress_text(topic))
            detail.setWordWrap(True)
            detail.setProperty("role", "muted")
            texts.addWidget(name)
            texts.addWidget(detail)
            start = QPushButton(self.tr("Start"))
            start.setMinimumWidth(120)
            start.setAccessibleName(
                self.tr("Start a quiz on {topic}").format(topic=topic.title.get(self._lang))
            )
            start.setAccessibleDescription(detail.text())
            start.clicked.connect(lambda _=False, t=topic.topic_id: self.topic_requested.emit(t))
            layout.addLayout(texts, 1)
            layout.addWidget(start)
            self._grid.addWidget(card, row, 0)
            self._topic_buttons.append(start)
        self._mixed.setEnabled(bool(topics))
        self._status.setText("" if topics else self.tr("No question banks could be loaded."))
        self._status.setVisible(not topics)
        if self.isVisible() and not self.focusWidget():
            self._mixed.setFocus()

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
        if not problems:
            self._banner.hide()
            return
        lines = "\n".join(str(p) for p in problems[:8])
        more = len(problems) - 8
        extra = "\n" + self.tr("…and {n} more.").format(n=more) if more > 0 else ""
        self._banner.setText(self.tr("Some question banks could not be loaded:") + "\n" + lines + extra)
        self._banner.show()

    def focus_start(self) -> None:
        self._mixed.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused in self._topic_buttons:
                focused.click()
            elif self._mixed.isEnabled():
                self.mixed_requested.emit()
            return
        super().keyPressEvent(event)
