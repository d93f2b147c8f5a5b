"""Kiosk mode's window: full screen, frameless, on top; attract -> quiz -> results -> attract,
with the idle reset, and the staff PIN pad and statistics behind a hidden way in.

Each visit gets its own QuizService, quiz run and question/results screens; ending the visit
deletes them all, so nothing the visitor saw or chose survives it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from quizapp.domain.kiosk import KIOSK_LENGTH
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui import theme
from quizapp.ui.attract_view import AttractView
from quizapp.ui.i18n import Retranslating, Translations
from quizapp.ui.idle import IdleWatcher
from quizapp.ui.kiosk_prompt import KioskPrompt
from quizapp.ui.pin_pad import PinPad
from quizapp.ui.staff_view import StaffView

if TYPE_CHECKING:
    from quizapp.domain.model import Lang
    from quizapp.domain.quiz import QuizRun
    from quizapp.services.kiosk import KioskContext
    from quizapp.services.quiz import QuizService
    from quizapp.ui.question_view import QuestionView
    from quizapp.ui.results_view import ResultsView

log = logging.getLogger(__name__)
STAFF_SHORTCUT = "Ctrl+Alt+Shift+K"


class KioskWindow(Retranslating, QMainWindow):
    """Only the PIN (through the staff screen's exit) closes this window.

    Signals:
        left_by_staff(): staff chose "Exit kiosk mode"; the window has closed.
    """

    left_by_staff = Signal()

    def __init__(
        self,
        lang: Lang,
        look: theme.Look,
        pins: PinStore,
        watcher: IdleWatcher,
        *,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self._home_lang: Lang = lang
        self._lang: Lang = lang
        self._home_look = look
        self._translations = translations or Translations()
        self._watcher = watcher
        self._may_close = False
        self._context: KioskContext | None = None
        self._quiz: QuizService | None = None
        self._run: QuizRun | None = None
        self.question: QuestionView | None = None
        self.results: ResultsView | None = None
        self._prompt_mode = ""
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget()
        layout.addWidget(self._stack)
        self.setCentralWidget(host)
        self.attract = AttractView(lang)
        self.pin_pad = PinPad(pins)
        self.staff = StaffView()
        for screen in (self.attract, self.pin_pad, self.staff):
            self._stack.addWidget(screen)
        self.prompt = KioskPrompt(host)
        self._staff_shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), self)
        self._staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._connect_signals()
        self.retranslate()
        self.attract.focus_start()

    def _connect_signals(self) -> None:
        self.attract.start_requested.connect(self._on_attract_start_requested)
        self.attract.language_chosen.connect(self._on_attract_language_chosen)
        self.attract.staff_requested.connect(self._on_attract_staff_requested)
        self.attract.display.text_size_clicked.connect(self._on_display_text_size_clicked)
        self._staff_shortcut.activated.connect(self._on_attract_staff_requested)
        self.pin_pad.accepted.connect(self._on_pin_pad_accepted)
        self.pin_pad.cancelled.connect(self.end_visit)
        self.staff.back_requested.connect(self.end_visit)
        self.staff.exit_requested.connect(self._on_staff_exit_requested)
        self.prompt.accepted.connect(self._on_prompt_accepted)
        self.prompt.rejected.connect(self._on_prompt_rejected)
        self._watcher.timed_out.connect(self._on_watcher_timed_out)
        self._watcher.warning_tick.connect(self._on_watcher_warning_tick)
        self._watcher.resumed.connect(self._on_watcher_resumed)
        self._watcher.expired.connect(self.end_visit)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My Number Privacy Quiz"))

    @property
    def context(self) -> KioskContext | None:
        return self._context

    @property
    def run(self) -> QuizRun | None:
        return self._run

    @property
    def lang(self) -> Lang:
        return self._lang

    def attach(self, context: KioskContext) -> None:
        """The banks and the counters are ready: touches now start a visit."""
        self._context = context

    def current_screen(self) -> QWidget:
        screen = self._stack.currentWidget()
        assert screen is not None
        return screen

    # language and look ----------------------------------------------------------------------
    def set_lang(self, lang: Lang) -> None:
        self._lang = lang
        self._translations.use(lang)
        self.attract.set_lang(lang)
        for view in (self.question, self.results):
            if view is not None:
                view.set_lang(lang)

    def _apply_look(self, look: theme.Look) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and look != theme.current():
            theme.apply(app, look)
        self.attract.display.retranslate()
        for view in (self.question, self.results):
            if view is not None:
                view.display.retranslate()

    def _on_attract_language_chosen(self, lang: str) -> None:
        self.set_lang("en" if lang == "en" else "ja")
        self._watcher.arm()  # a choice left behind on the attract screen is undone when idle

    def _on_display_text_size_clicked(self) -> None:
        self._apply_look(theme.current().next_text_size())
        if self._stack.currentWidget() is self.attract:
            self._watcher.arm()  # a size left behind on the attract screen is undone when idle

    # a visit --------------------------------------------------------------------------------
    def _on_attract_start_requested(self) -> None:
        self.start_visit()

    def start_visit(self) -> None:
        context = self._context
        if context is None or self._run is not None:
            return
        quiz = context.new_quiz()
        run = quiz.start_mixed(KIOSK_LENGTH)
        if not run.questions:
            return
        context.count_visit()
        self._quiz, self._run = quiz, run
        self._build_visit_screens()
        assert self.question is not None
        self._stack.setCurrentWidget(self.question)
        self._show_current()
        self._watcher.arm()

    def _build_visit_screens(self) -> None:
        from quizapp.ui.question_view import QuestionView
        from quizapp.ui.results_view import ResultsView

        self.question = QuestionView(self._lang)
        self.results = ResultsView(self._lang)
        self._stack.addWidget(self.question)
        self._stack.addWidget(self.results)
        self.question.answer_submitted.connect(self._on_question_answer_submitted)
        self.question.next_requested.connect(self._on_question_next_requested)
        self.question.leave_requested.connect(self._on_question_leave_requested)
        self.results.home_requested.connect(self.end_visit)
        for view in (self.question, self.results):
            view.display.text_size_clicked.connect(self._on_display_text_size_clicked)

    def _show_current(self) -> None:
        run, context, view = self._run, self._context, self.question
        if run is not None and context is not None and view is not None:
            view.show_current(run, context.catalog)

    def _on_question_answer_submitted(self, chosen: frozenset[str]) -> None:
        run, quiz, view = self._run, self._quiz, self.question
        if run is None or quiz is None or view is None:
            return
        answer = quiz.submit(run, chosen, view.seconds_on_question())
        view.show_feedback(answer.chosen, answer.correct)

    def _on_question_next_requested(self) -> None:
        run, context = self._run, self._context
        if run is None or context is None or self.results is None:
            return
        if run.finished:
            self.results.show_run(run, context.catalog)
            self._stack.setCurrentWidget(self.results)
        else:
            self._show_current()

    def _on_question_leave_requested(self) -> None:
        self._prompt_mode = "leave"
        self.prompt.ask(
            self.tr("End your visit?"),
            self.tr("Your answers will be cleared and the quiz starts again from the beginning."),
            self.tr("End visit"),
            self.tr("Keep going"),
        )

    def end_visit(self) -> None:
        """Clear everything of this visit and go back to the attract screen."""
        self._watcher.disarm()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):  # e.g. the staff's file dialog, left open
            modal.reject()
        self._prompt_mode = ""
        self.prompt.dismiss()
        self._run = None
        self._quiz = None
        if self._context is not None:
            self._context.finish_visit()  # the visit's counts join the totals, in one write
        self.pin_pad.reset()
        self.staff.clear()
        for view in (self.question, self.results):
            if view is not None:
                self._stack.removeWidget(view)
                view.setParent(None)
                view.deleteLater()
        self.question = self.results = None
        if self._lang != self._home_lang:
            self.set_lang(self._home_lang)
        self._apply_look(self._home_look)
        self._stack.setCurrentWidget(self.attract)
        self.attract.focus_start()

    # idle -----------------------------------------------------------------------------------
    def _on_watcher_timed_out(self) -> None:
        if self.question is not None and self._stack.currentWidget() is self.question:
            self._prompt_mode = "warning"
            self.prompt.ask(self.tr("Still there?"), "", self.tr("Continue"))
            self._watcher.start_warning()
        else:  # results, PIN pad, staff screen: back to the start without asking
            self.end_visit()

    def _on_watcher_warning_tick(self, seconds: int) -> None:
        self.prompt.set_body(
            self.tr("Your answers will be cleared in {n} seconds.\nTouch anywhere to continue.").format(
                n=seconds
            )
        )

    def _on_watcher_resumed(self) -> None:
        if self._prompt_mode == "warning":
            self._prompt_mode = ""
            self.prompt.dismiss()
            if self.question is not None:
                self.question.setFocus()

    def _on_prompt_accepted(self) -> None:
        mode, self._prompt_mode = self._prompt_mode, ""
        if mode == "leave":
            self.end_visit()
            return
        self.prompt.dismiss()
        self._watcher.poke()

    def _on_prompt_rejected(self) -> None:
        self._prompt_mode = ""
        self.prompt.dismiss()

    # staff ----------------------------------------------------------------------------------
    def _on_attract_staff_requested(self) -> None:
        if self._stack.currentWidget() in (self.pin_pad, self.staff):
            return
        self.end_visit()
        self._stack.setCurrentWidget(self.pin_pad)
        self.pin_pad.reset()
        self._watcher.arm()

    def _on_pin_pad_accepted(self) -> None:
        context = self._context
        if context is None:
            self.end_visit()
            return
        log.info("staff screen opened")
        self.staff.show_report(context.counters.report(), context.catalog, self._lang)
        self._stack.setCurrentWidget(self.staff)
        self._watcher.arm()

    def _on_staff_exit_requested(self) -> None:
        log.info("kiosk mode left by staff")
        self._watcher.disarm()
        self._may_close = True
        self.close()
        self.left_by_staff.emit()

    # staying in the app ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4, the window manager's close and any other close: ignored without the PIN."""
        if not self._may_close:
            event.ignore()
            return
        if self._context is not None:
            self._context.close()
            self._context = None
        event.accept()
