"""The progress screen: mastery per topic, right answers by day, questions seen, the streak, and
the learner's data (export, import, erase) and learners (profiles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.personal.deck_actions import DeckButton
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.day_chart import DayChart
from quizapp.ui.widgets.display_bar import DisplayBar
from quizapp.ui.widgets.layouts import clear_layout, plain_label
from quizapp.ui.widgets.ruby_text import RubyLabel

if TYPE_CHECKING:
    from quizapp.domain.model import Lang
    from quizapp.services.learning import Progress


def _button(primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setMinimumHeight(48)
    if primary:
        button.setProperty("primary", True)
    return button


class ProgressView(Retranslating, QWidget):
    """Signals:
    home_requested(): back to the home screen (Esc or the button).
    export_requested(): save all the learner's data to a file.
    import_requested(): merge a file of exported data.
    erase_requested(): erase all the learner's data (the window asks first).
    add_profile_requested(): add a named learner.
    """

    home_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    erase_requested = Signal()
    add_profile_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._lang: Lang = lang
        self._progress: Progress | None = None
        self._learner: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        top = QHBoxLayout()
        self._home = _button()
        self._home.clicked.connect(self.home_requested)
        self.display = DisplayBar()
        top.addWidget(self._home)
        top.addStretch(1)
        top.addWidget(self.display)
        outer.addLayout(top)

        self._title = plain_label("title")
        self._summary = plain_label("subheading")
        self._topics_title = plain_label("heading")
        self._topics_host = QWidget()
        self._topics = QGridLayout(self._topics_host)
        self._topics.setContentsMargins(0, 0, 0, 0)
        self._topics.setHorizontalSpacing(16)
        self._topics.setVerticalSpacing(10)
        self._topics.setColumnStretch(1, 1)
        self.handout_button = _button()  # the missed questions on paper (ui.paper)
        self.handout_button.clicked.connect(self._print_missed)
        self._handout_note = plain_label()
        self._handout_note.setProperty("muted", True)
        handout = QHBoxLayout()
        handout.addWidget(self.handout_button)
        handout.addWidget(self._handout_note, 1)
        self._days_title = plain_label("heading")
        self._days_note = plain_label()
        self._days_note.setProperty("muted", True)
        self.chart = DayChart()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._data_title = plain_label("heading")
        self._data_note = plain_label()
        self._data_note.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = _button()
        self.import_button = _button()
        self.erase_button = _button()
        self.add_profile_button = _button()
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.erase_button.clicked.connect(self.erase_requested)
        self.add_profile_button.clicked.connect(self.add_profile_requested)
        actions = QGridLayout()  # two by two, so large text still fits
        actions.addWidget(self.export_button, 0, 0)
        actions.addWidget(self.import_button, 0, 1)
        actions.addWidget(self.add_profile_button, 1, 0)
        actions.addWidget(self.erase_button, 1, 1)
        self.deck_button = DeckButton()  # enabled when a question was missed (deck_actions)
        actions.addWidget(self.deck_button, 2, 0, 1, 2)
        actions.setColumnStretch(2, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        for widget in (  # widgets, and the handout's row (a layout)
            self._title,
            self._summary,
            self._topics_title,
            self._topics_host,
            handout,
            self._days_title,
            self._days_note,
            self.chart,
            self.table,
            self._separator(),
            self._data_title,
            self._data_note,
        ):
            if isinstance(widget, QHBoxLayout):
                layout.addLayout(widget)
            else:
                layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.retranslate()

    @staticmethod
    def _separator() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        return line

    def retranslate(self) -> None:
        self._home.setText(self.tr("← Back to home (Esc)"))
        self._home.setAccessibleName(self.tr("Back to home"))
        if self._learner is None:
            self._title.setText(self.tr("Your progress"))
        else:
            self._title.setText(self.tr("Progress of {name}").format(name=self._learner))
        self._topics_title.setText(self.tr("Mastery by topic"))
        self._days_title.setText(self.tr("Right answers by day"))
        self._data_title.setText(self.tr("Your data"))
        self._data_note.setText(
            self.tr(
                "Your answers stay on this computer. Save them to a file to keep or move them, "
                "add them from a file saved on another computer, or erase them all."
            )
        )
        self.export_button.setText(self.tr("Save to a file…"))
        self.import_button.setText(self.tr("Add from a file…"))
        self.erase_button.setText(self.tr("Erase all my data…"))
        self.add_profile_button.setText(self.tr("Add a learner…"))
        self.add_profile_button.setAccessibleDescription(
            self.tr("Family members sharing this computer can each have their own progress.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Answers"), self.tr("Right"), self.tr("% right")]
        )
        for button in (self.export_button, self.import_button, self.erase_button, self.add_profile_button):
            button.setAccessibleName(button.text().rstrip("…"))
        if self._progress is not None:
            self._render(self._progress)

    def set_lang(self, lang: Lang) -> None:
        self._lang = lang
        if self._progress is not None:
            self._render(self._progress)

    def show_progress(self, progress: Progress, learner: str | None = None) -> None:
        """Show `progress`; `learner` names whose it is when the computer has several learners."""
        self._progress = progress
        self._learner = learner
        self.deck_button.set_missed(len(progress.missed))
        self.retranslate()
        self._home.setFocus()

    def refit(self) -> None:
        """Lay the chart and the table out again once a new text size has taken effect."""
        QTimer.singleShot(0, self._rerender)

    def _rerender(self) -> None:
        if self._progress is not None:
            self._render(self._progress)

    def _render(self, progress: Progress) -> None:
        days = self.tr("1 day") if progress.streak == 1 else self.tr("{n} days").format(n=progress.streak)
        self._summary.setText(
            self.tr("Questions seen: {seen} of {total}  ·  Streak: {days}  ·  Due for review: {due}").format(
                seen=progress.seen, total=progress.total, days=days, due=progress.due
            )
        )
        self._render_topics(progress)
        self._render_days(progress)
        self._render_handout(progress)

    def _render_handout(self, progress: Progress) -> None:
        missed = len(progress.missed)
        self.handout_button.setText(self.tr("Print or save as PDF…"))
        self.handout_button.setAccessibleName(self.tr("Print or save as PDF the questions you missed"))
        self.handout_button.setEnabled(missed > 0)
        if missed == 1:
            note = self.tr("The question you missed, with its answer, to go over on paper.")
        elif missed:
            note = self.tr("The {n} questions you missed, with their answers, to go over on paper.").format(
                n=missed
            )
        else:
            note = self.tr("Nothing to print yet: questions you answer wrongly can be printed here.")
        self._handout_note.setText(note)
        self.handout_button.setAccessibleDescription(self._handout_note.text())

    def _print_missed(self) -> None:
        if self._progress is not None and self._progress.missed:
            from quizapp.ui.paper.print_flow import HandoutPrinting

            HandoutPrinting(self, self._progress.missed, self._lang).run()

    def _render_topics(self, progress: Progress) -> None:
        clear_layout(self._topics)
        for row, topic in enumerate(progress.topics):
            name = RubyLabel()
            name.set_ruby_text(topic.title.annotated(self._lang))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(topic.percent)
            bar.setTextVisible(False)
            bar.setMinimumHeight(22)
            figure = plain_label(wrap=False)  # short: a figure broken over two lines reads badly
            figure.setText(
                self.tr("{mastered} of {total} known ({percent}%)").format(
                    mastered=topic.mastered, total=topic.total, percent=topic.percent
                )
            )
            bar.setAccessibleName(name.text())
            bar.setAccessibleDescription(figure.text())
            self._topics.addWidget(name, row, 0)
            self._topics.addWidget(bar, row, 1)
            self._topics.addWidget(figure, row, 2)
        note = plain_label()
        note.setProperty("muted", True)
        note.setText(self.tr("A question counts as known when your latest answer to it was right."))
        self._topics.addWidget(note, len(progress.topics), 0, 1, 3)

    def _render_days(self, progress: Progress) -> None:
        self.chart.set_days(progress.days)
        shown = self.chart.days
        self._days_note.setText(
            self.tr("Share of right answers on each day you answered (latest {n} days shown).").format(
                n=len(shown)
            )
            if shown
            else self.tr("No answers yet. Your results will appear here, day by day.")
        )
        self.chart.setVisible(bool(shown))
        self.table.setVisible(bool(shown))
        self.table.setRowCount(len(shown))
        lines = []
        for row, day in enumerate(reversed(shown)):  # newest first in the table
            cells = (day.day.isoformat(), str(day.answered), str(day.correct), f"{day.percent}%")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                align = Qt.AlignmentFlag.AlignLeft if col == 0 else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            lines.append(
                self.tr("{day}: {correct} of {answered} right ({percent}%)").format(
                    day=day.day.isoformat(), correct=day.correct, answered=day.answered, percent=day.percent
                )
            )
        self.chart.setAccessibleName(self._days_title.text())
        self.chart.setAccessibleDescription("; ".join(lines))
        self.table.setAccessibleName(self.tr("Right answers by day, as a table"))
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())
        )
        self.table.setFixedHeight(height + 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.home_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
                return
        super().keyPressEvent(event)
