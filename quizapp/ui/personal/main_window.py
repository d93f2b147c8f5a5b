"""The main window: a stack of screens and the wiring between them and the services."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp.services.settings import Settings, save_settings
from quizapp.storage.errors import DataDirUnwritable
from quizapp.ui.personal.home_view import HomeView
from quizapp.ui.shell import dialogs, theme
from quizapp.ui.shell.errors import show_error
from quizapp.ui.shell.i18n import Retranslating, Translations
from quizapp.ui.widgets.display_bar import DisplayBar

if TYPE_CHECKING:  # the quiz screens and services are imported after the first paint
    from quizapp.domain.model import Lang
    from quizapp.domain.quiz import QuizRun
    from quizapp.services.context import AppContext
    from quizapp.ui.personal.data_actions import DataActions
    from quizapp.ui.personal.progress_view import ProgressView
    from quizapp.ui.quiz.question_view import QuestionView
    from quizapp.ui.quiz.results_view import ResultsView

log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    """Home -> question (with feedback) -> results -> home; home <-> progress (and your data).

    Only the home screen exists at the first paint; the quiz screens are built by `attach`,
    once the banks and the database are ready, so nothing slow stands before the first frame.
    """

    question: QuestionView
    results: ResultsView
    progress: ProgressView
    data_actions: DataActions

    def __init__(
        self,
        lang: Lang,
        log_file: Path,
        parent: QWidget | None = None,
        *,
        translations: Translations | None = None,
        settings_file: Path | None = None,
    ) -> None:
        """`settings_file`: where display choices are remembered (None: not remembered)."""
        super().__init__(parent)
        self._lang: Lang = lang
        self._log_file = log_file
        self._translations = translations or Translations()
        self._settings_file = settings_file
        self._context: AppContext | None = None
        self._run: QuizRun | None = None
        self.home = HomeView(lang)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.home)
        self.setCentralWidget(self._stack)
        self._connect_display(self.home.display)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My Number Privacy Quiz"))

    # display: language, text size, contrast -------------------------------------------------
    def _connect_display(self, bar: DisplayBar) -> None:
        bar.text_size_clicked.connect(self._on_display_text_size_clicked)
        bar.contrast_clicked.connect(self._on_display_contrast_clicked)
        bar.language_clicked.connect(self._on_display_language_clicked)

    def _bars(self) -> list[DisplayBar]:
        bars = [self.home.display]
        if self._context is not None:
            bars += [self.question.display, self.results.display, self.progress.display]
        return bars

    @property
    def lang(self) -> Lang:
        return self._lang

    def set_lang(self, lang: Lang) -> None:
        """Switch the interface and the question content to `lang`, without restarting."""
        self._lang = lang
        self._translations.use(lang)
        self.home.set_lang(lang)
        if self._context is not None:
            self.question.set_lang(lang)
            self.results.set_lang(lang)
            self.progress.set_lang(lang)
        self._remember()

    def apply_look(self, look: theme.Look) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, look)
        for bar in self._bars():
            bar.retranslate()
        if self._context is not None:
            self.progress.refit()
        self._remember()

    def _remember(self) -> None:
        if self._settings_file is not None:
            look = theme.current()
            settings = Settings(lang=self._lang, text_size=look.text_size, high_contrast=look.high_contrast)
            save_settings(self._settings_file, settings)

    def _on_display_text_size_clicked(self) -> None:
        self.apply_look(theme.current().next_text_size())

    def _on_display_contrast_clicked(self) -> None:
        look = theme.current()
        self.apply_look(replace(look, high_contrast=not look.high_contrast))

    def _on_display_language_clicked(self) -> None:
        self.set_lang("en" if self._lang == "ja" else "ja")

    # wiring ---------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.home.mixed_requested.connect(self._on_home_mixed_requested)
        self.home.topic_requested.connect(self._on_home_topic_requested)
        self.question.answer_submitted.connect(self._on_question_answer_submitted)
        self.question.next_requested.connect(self._on_question_next_requested)
        self.question.leave_requested.connect(self._on_question_leave_requested)
        self.results.home_requested.connect(self._on_results_home_requested)
        self.home.review_requested.connect(self._on_home_review_requested)
        self.home.progress_requested.connect(self._on_home_progress_requested)
        self.home.profile_change_requested.connect(self._on_home_profile_change_requested)
        self.progress.home_requested.connect(self._on_progress_home_requested)
        self.progress.export_requested.connect(self._on_progress_export_requested)
        self.progress.import_requested.connect(self._on_progress_import_requested)
        self.progress.erase_requested.connect(self._on_progress_erase_requested)
        self.progress.add_profile_requested.connect(self._on_progress_add_profile_requested)
        self._connect_display(self.question.display)
        self._connect_display(self.results.display)
        self._connect_display(self.progress.display)

    @property
    def context(self) -> AppContext | None:
        return self._context

    @property
    def run(self) -> QuizRun | None:
        """The quiz in progress, if any."""
        return self._run

    def attach(self, context: AppContext) -> None:
        """Called once the banks and the database are ready: builds the quiz screens."""
        from quizapp.ui.personal.data_actions import DataActions
        from quizapp.ui.personal.progress_view import ProgressView
        from quizapp.ui.quiz.question_view import QuestionView
        from quizapp.ui.quiz.results_view import ResultsView
        from quizapp.ui.widgets.speech import Speaker

        self._context = context
        self.question = QuestionView(self._lang, speaker=Speaker(self))
        self.results = ResultsView(self._lang)
        self.progress = ProgressView(self._lang)
        self.data_actions = DataActions(self, context.learning)
        for screen in (self.question, self.results, self.progress):
            self._stack.addWidget(screen)
        self._connect_signals()
        self.home.show_problems(context.catalog.problems)
        self._refresh_home()
        if len(context.learning.profiles()) > 1:  # with one learner the app never asks
            self.data_actions.choose_profile()
            self._refresh_home()

    def _refresh_home(self) -> None:
        context = self._context
        if context is None:
            return
        self.home.show_progress(context.quiz.progress())
        self.home.show_review(context.learning.due_count())
        self.home.show_learner(self._learner_name())

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

    def _on_home_review_requested(self) -> None:
        if self._context is not None:
            self._begin(self._context.quiz.start_review())

    def _begin(self, run: QuizRun) -> None:
        if not run.questions:
            return
        self._run = run
        self._stack.setCurrentWidget(self.question)
        self._show_current()

    def _show_current(self) -> None:
        if self._run is not None and self._context is not None:
            self.question.show_current(self._run, self._context.catalog)

    def _on_question_answer_submitted(self, chosen: frozenset[str]) -> None:
        run, context = self._run, self._context
        if run is None or context is None:
            return
        try:
            answer = context.quiz.submit(run, chosen, self.question.seconds_on_question())
        except DataDirUnwritable as exc:  # disk full or folder read-only: say so, keep the question
            log.error("could not save an answer: %s", exc)
            dialogs.answer_not_saved(self, exc)
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

    # progress and your data -----------------------------------------------------------------
    def _on_home_progress_requested(self) -> None:
        if self._context is not None:
            self._show_progress()
            self._stack.setCurrentWidget(self.progress)

    def _show_progress(self) -> None:
        context = self._context
        if context is not None:
            self.progress.show_progress(context.learning.progress(), self._learner_name())

    def _learner_name(self) -> str | None:
        """The current learner's name to show, or None when the computer has one learner."""
        if self._context is None:
            return None
        learning = self._context.learning
        profiles = learning.profiles()
        current = next((p for p in profiles if p.id == learning.profile_id), None)
        return self.data_actions.profile_label(current) if len(profiles) > 1 and current else None

    def _on_progress_home_requested(self) -> None:
        self._go_home()

    def _on_home_profile_change_requested(self) -> None:
        if self._context is not None and self.data_actions.choose_profile():
            self._refresh_home()

    def _reshow_progress(self) -> None:
        self._show_progress()
        self._refresh_home()

    def _on_progress_export_requested(self) -> None:
        self.data_actions.export_data()

    def _on_progress_import_requested(self) -> None:
        if self.data_actions.import_data():
            self._reshow_progress()

    def _on_progress_erase_requested(self) -> None:
        if self.data_actions.erase_data():
            self._reshow_progress()

    def _on_progress_add_profile_requested(self) -> None:
        if self.data_actions.add_profile() is not None:
            self._reshow_progress()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
        event.accept()

    def current_screen(self) -> QWidget:
        screen = self._stack.currentWidget()
        assert screen is not None
        return screen
