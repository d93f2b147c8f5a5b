"""Personal mode's window: home, progress and the learner's data around one QuizSession."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp.domain.lang import LANGS
from quizapp.services.settings import Settings, save_settings
from quizapp.storage.errors import DataDirUnwritable
from quizapp.ui.personal.home_view import HomeView
from quizapp.ui.personal.window_fit import ScreenFollower, fit_to_screen
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Retranslating, Translations
from quizapp.ui.widgets.display_bar import DisplayBar

if TYPE_CHECKING:  # the quiz screens and services are imported after the first paint
    from quizapp.domain.model import Lang
    from quizapp.domain.quiz import QuizRun
    from quizapp.services.context import AppContext
    from quizapp.services.home import HomeFigures
    from quizapp.services.quiz import QuizService
    from quizapp.ui.personal.data_actions import DataActions
    from quizapp.ui.personal.deck_actions import DeckActions
    from quizapp.ui.personal.progress_view import ProgressView
    from quizapp.ui.quiz.question_view import QuestionView
    from quizapp.ui.quiz.results_view import ResultsView
    from quizapp.ui.quiz.session import QuizSession

log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    """Home -> a quiz (the session's question and results screens) -> home; home <-> progress.

    Only the home screen exists at the first paint; the quiz session and the progress screen
    are built by `attach`, once the banks and the database are ready, so nothing slow stands
    before the first frame. The interface language is the one `translations` holds.
    """

    session: QuizSession
    progress: ProgressView
    data_actions: DataActions
    deck_actions: DeckActions

    def __init__(
        self,
        translations: Translations,
        log_file: Path,
        parent: QWidget | None = None,
        *,
        settings_file: Path | None = None,
    ) -> None:
        """`settings_file`: where display choices are remembered (None: not remembered)."""
        super().__init__(parent)
        self._translations = translations
        self._log_file = log_file
        self._settings_file = settings_file
        self._context: AppContext | None = None
        self.home = HomeView(translations.lang)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.home)
        self.setCentralWidget(self._stack)
        self._connect_display(self.home.display)
        self._connect_home()
        self._pending: Callable[[], object] | None = None
        """What the learner asked for on the home screen before `attach` (done on attach)."""
        self._screen_follower = ScreenFollower(self)
        self.retranslate()

    def fit_to_screen(self) -> None:
        """Before the first show: no larger than the screen, centred; maximised on a small screen."""
        fit_to_screen(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My Number Privacy Quiz"))

    # display: language, text size, contrast -------------------------------------------------
    def _connect_display(self, bar: DisplayBar) -> None:
        bar.text_size_clicked.connect(self._on_display_text_size_clicked)
        bar.contrast_clicked.connect(self._on_display_contrast_clicked)
        bar.furigana_clicked.connect(self._on_display_furigana_clicked)
        bar.language_chosen.connect(self._on_display_language_chosen)

    def _bars(self) -> list[DisplayBar]:
        bars = [self.home.display]
        if self._context is not None:
            bars += [*self.session.displays, self.progress.display]
        return bars

    @property
    def lang(self) -> Lang:
        return self._translations.lang

    def set_lang(self, lang: Lang) -> None:
        """Switch the interface and the question content to `lang`, without restarting."""
        self._translations.use(lang)
        self.home.set_lang(lang)
        if self._context is not None:
            self.session.set_lang(lang)
            self.progress.set_lang(lang)
        for bar in self._bars():
            bar.retranslate()  # now: the furigana switch is there for a language that has them
        self._remember()

    def apply_look(self, look: theme.Look) -> None:
        theme.switch(look, self._bars())
        if self._context is not None:
            self.progress.refit()
        self._remember()

    def _remember(self) -> None:
        if self._settings_file is not None:
            look = theme.current()
            settings = Settings(
                lang=self.lang,
                text_size=look.text_size,
                high_contrast=look.high_contrast,
                furigana=look.furigana,
            )
            save_settings(self._settings_file, settings)

    def _on_display_text_size_clicked(self) -> None:
        self.apply_look(theme.current().next_text_size())

    def _on_display_contrast_clicked(self) -> None:
        look = theme.current()
        self.apply_look(replace(look, high_contrast=not look.high_contrast))

    def _on_display_furigana_clicked(self) -> None:
        look = theme.current()
        self.apply_look(replace(look, furigana=not look.furigana))

    def _on_display_language_chosen(self, lang: str) -> None:
        if lang in LANGS:
            self.set_lang(lang)

    # wiring ---------------------------------------------------------------------------------
    def _connect_home(self) -> None:
        self.home.mixed_requested.connect(self._on_home_mixed_requested)
        self.home.topic_requested.connect(self._on_home_topic_requested)
        self.home.review_requested.connect(self._on_home_review_requested)
        self.home.progress_requested.connect(self._on_home_progress_requested)
        self.home.profile_change_requested.connect(self._on_home_profile_change_requested)

    def _connect_signals(self) -> None:
        self.session.finished.connect(self._on_session_finished)
        self.session.leave_requested.connect(self._on_session_leave_requested)
        self.session.answer_failed.connect(self._on_session_answer_failed)
        self.progress.home_requested.connect(self._on_progress_home_requested)
        self.progress.export_requested.connect(self._on_progress_export_requested)
        self.progress.import_requested.connect(self._on_progress_import_requested)
        self.progress.erase_requested.connect(self._on_progress_erase_requested)
        self.progress.add_profile_requested.connect(self._on_progress_add_profile_requested)
        self.progress.deck_button.clicked.connect(lambda: self.deck_actions.export_missed())
        for bar in (*self.session.displays, self.progress.display):
            self._connect_display(bar)

    @property
    def context(self) -> AppContext | None:
        return self._context

    @property
    def run(self) -> QuizRun | None:
        """The quiz in progress, if any."""
        return self.session.run if self._context is not None else None

    @property
    def question(self) -> QuestionView:
        return self.session.question

    @property
    def results(self) -> ResultsView:
        return self.session.results

    def show_first_look(self, figures: HomeFigures) -> None:
        """The home screen's topics and figures, before the database is fully open: the learner
        can choose at once, and what they choose happens on `attach`."""
        self.home.show_problems(figures.problems)
        self.home.show_progress(figures.topics)
        self.home.show_review(figures.due)

    def _when_attached(self, action: Callable[[], object]) -> None:
        """Do `action` now, or (asked for before the database was open) as soon as it is."""
        if self._context is not None:
            action()
        elif self._pending is None:
            self._pending = action
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def attach(self, context: AppContext) -> None:
        """Called once the banks and the database are ready: builds the quiz session."""
        from quizapp.ui.personal.data_actions import DataActions
        from quizapp.ui.personal.deck_actions import DeckActions
        from quizapp.ui.personal.progress_view import ProgressView
        from quizapp.ui.quiz.session import QuizSession
        from quizapp.ui.widgets.speech import Speaker

        self._context = context
        self.session = QuizSession(context.quiz, self._stack, self.lang, speaker=Speaker(self), parent=self)
        self.progress = ProgressView(self.lang)
        self.data_actions = DataActions(self, context.learning)
        self.deck_actions = DeckActions(self, context.learning, lambda: self.lang)
        self._stack.addWidget(self.progress)
        self._connect_signals()
        self.home.show_problems(context.catalog.problems)
        self._refresh_home()
        if len(context.learning.profiles()) > 1:  # with one learner the app never asks
            self.data_actions.choose_profile()
            self._refresh_home()
        pending, self._pending = self._pending, None
        if pending is not None:
            QApplication.restoreOverrideCursor()
            pending()

    def _refresh_home(self) -> None:
        context = self._context
        if context is None:
            return
        self.home.show_progress(context.quiz.progress())
        self.home.show_review(context.learning.due_count())
        self.home.show_learner(self._learner_name())

    def go_home(self) -> None:
        """End any quiz (its answers are saved) and show the home screen, refreshed."""
        if self._context is not None:
            self.session.stop()
        self._refresh_home()
        self._stack.setCurrentWidget(self.home)
        self.home.focus_start()

    # the quiz -------------------------------------------------------------------------------
    def _on_home_mixed_requested(self) -> None:
        self._when_attached(lambda: self.session.start(self._quiz().start_mixed()))

    def _on_home_topic_requested(self, topic_id: str) -> None:
        self._when_attached(lambda: self.session.start(self._quiz().start_topic(topic_id)))

    def _on_home_review_requested(self) -> None:
        self._when_attached(lambda: self.session.start(self._quiz().start_review()))

    def _quiz(self) -> QuizService:
        assert self._context is not None
        return self._context.quiz

    def _on_session_answer_failed(self, error: Exception) -> None:
        from quizapp.ui.shell import dialogs  # (the message boxes are not needed to start)

        if isinstance(error, DataDirUnwritable):  # disk full or folder read-only: say so
            dialogs.answer_not_saved(self, error)
        else:
            message = self.tr("Your answer could not be saved. Please try again.")
            dialogs.show_error(self, message, self._log_file)

    def _on_session_leave_requested(self) -> None:
        from quizapp.ui.shell import dialogs

        if dialogs.confirm(
            self,
            self.tr("Leave the quiz?"),
            self.tr("Leave this quiz and go back to the home screen? Answers so far are kept."),
            self.tr("Leave"),
            self.tr("Keep going"),
            icon=QMessageBox.Icon.Question,
            yes_role=QMessageBox.ButtonRole.AcceptRole,
        ):
            self.go_home()

    def _on_session_finished(self) -> None:
        self.go_home()

    # progress and your data -----------------------------------------------------------------
    def _on_home_progress_requested(self) -> None:
        self._when_attached(self._open_progress)

    def _open_progress(self) -> None:
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
        self.go_home()

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._screen_follower.follow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:  # back from maximised: too large?
            self._screen_follower.recheck()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
        event.accept()

    def current_screen(self) -> QWidget:
        screen = self._stack.currentWidget()
        assert screen is not None
        return screen
