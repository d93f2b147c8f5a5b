"""The main window: a stack of screens and the wiring between them and the services."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp.storage.errors import DataDirUnwritable
from quizapp.ui import notices
from quizapp.ui.errors import show_error
from quizapp.ui.home_view import HomeView

if TYPE_CHECKING:  # the quiz screens and services are imported after the first paint
    from quizapp.domain.model import Lang
    from quizapp.domain.quiz import QuizRun
    from quizapp.services.context import AppContext
    from quizapp.ui.question_view import QuestionView
    from quizapp.ui.results_view import ResultsView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Home -> question (with feedback) -> results -> home.

    Only the home screen exists at the first paint; the quiz screens are built by `attach`,
    once the banks and the database are ready, so nothing slow stands before the first frame.
    """

    question: QuestionView
    results: ResultsView

    def __init__(self, lang: Lang, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My Number Privacy Quiz"))
        self._lang: Lang = lang
        self._log_file = log_file
        self._context: AppContext | None = None
        self._run: QuizRun | None = None
        self.home = HomeView(lang)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.home)
        self.setCentralWidget(self._stack)

    def _connect_signals(self) -> None:
        self.home.mixed_requested.connect(self._on_home_mixed_requested)
        self.home.topic_requested.connect(self._on_home_topic_requested)
        self.question.answer_submitted.connect(self._on_question_answer_submitted)
        self.question.next_requested.connect(self._on_question_next_requested)
        self.question.leave_requested.connect(self._on_question_leave_requested)
        self.results.home_requested.connect(self._on_results_home_requested)

    @property
    def context(self) -> AppContext | None:
        return self._context

    @property
    def run(self) -> QuizRun | None:
        """The quiz in progress, if any."""
        return self._run

    def attach(self, context: AppContext) -> None:
        """Called once the banks and the database are ready: builds the quiz screens."""
        from quizapp.ui.question_view import QuestionView
        from quizapp.ui.results_view import ResultsView

        self._context = context
        self.question = QuestionView(self._lang)
        self.results = ResultsView(self._lang)
        self._stack.addWidget(self.question)
        self._stack.addWidget(self.results)
        self._connect_signals()
        self.home.show_problems(context.catalog.problems)
        self._refresh_home()

    def _refresh_home(self) -> None:
        if self._context is not None:
            self.home.show_progress(self._context.quiz.progress())

    def _go_home(self) -> None:
        self._run = None
        self.results.clear()
        self._refresh_home()
        self._stack.setCurrentWidget(self.home)
        self.home.focus_start()

    # quiz flow ------------------------------------------------------------------------------
    def _on_home_mixed_requested(self) -> None:
        if self._context is not None:
            self._begin(self._context.quiz.start_mixed())

    def _on_home_topic_requested(self, topic_id: str) -> None:
        if self._context is not None:
            self._begin(self._context.quiz.start_topic(topic_id))

    def _begin(self, run: QuizRun) -> None:
        if not run.questions:
            return
        self._run = run
        self._stack.setCurrentWidget(self.question)
        self._show_current()

    def _show_current(self) -> None:
        run, context = self._run, self._context
        if run is None or context is None or run.current is None:
            return
        question = run.current
        bank = context.catalog.bank(question.topic_id)
        topic = bank.title.get(self._lang) if bank else ""
        self.question.show_question(question, run.current_order, run.position, len(run.questions), topic)

    def _on_question_answer_submitted(self, chosen: frozenset[str]) -> None:
        run, context = self._run, self._context
        if run is None or context is None:
            return
        try:
            answer = context.quiz.submit(run, chosen, self.question.seconds_on_question())
        except DataDirUnwritable as exc:  # disk full or folder read-only: say so, keep the question
            log.error("could not save an answer: %s", exc)
            notices.answer_not_saved(self, exc)
            return
        except Exception:
            log.exception("could not save an answer")
            show_error(self, self.tr("Your answer could not be saved. Please try again."), self._log_file)
            return
        self.question.show_feedback(answer.chosen, answer.correct)

    def _on_question_next_requested(self) -> None:
        run = self._run
        if run is None or self._context is None:
            return
        if run.finished:
            self.results.show_run(run, self._context.catalog)
            self._stack.setCurrentWidget(self.results)
        else:
            self._show_current()

    def _on_question_leave_requested(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the quiz?"))
        box.setText(self.tr("Leave this quiz and go back to the home screen? Answers so far are kept."))
        leave = box.addButton(self.tr("Leave"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is leave:
            self._go_home()

    def _on_results_home_requested(self) -> None:
        self._go_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
        event.accept()

    def current_screen(self) -> QWidget:
        screen = self._stack.currentWidget()
        assert screen is not None
        return screen
