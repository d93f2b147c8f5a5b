"""Kiosk mode's window: full screen, frameless, on top; attract -> quiz -> results -> attract,
with the idle reset, and the staff PIN pad and statistics behind a hidden way in.

Each visit gets its own QuizService, quiz run and QuizSession (with its question and results
screens); ending the visit closes the session, which deletes them all, so nothing the visitor
saw or chose survives it.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.kiosk import DEFAULT_MIN_COUNT, KIOSK_LENGTH
from quizapp.domain.lang import LANGS
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui.kiosk.attract_view import AttractView
from quizapp.ui.kiosk.guard import KioskGuard
from quizapp.ui.kiosk.idle import IdleWatcher
from quizapp.ui.kiosk.kiosk_prompt import KioskPrompt
from quizapp.ui.kiosk.pin_pad import PinPad
from quizapp.ui.kiosk.scale import column_width, screen_factor
from quizapp.ui.kiosk.staff_view import StaffView
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Retranslating, Translations

if TYPE_CHECKING:  # the quiz screens are imported with the first visit, after the first paint
    from quizapp.domain.model import Lang
    from quizapp.domain.quiz import QuizRun
    from quizapp.services.kiosk import KioskContext
    from quizapp.ui.quiz.session import QuizSession

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
        translations: Translations,
        look: theme.Look,
        pins: PinStore,
        watcher: IdleWatcher,
        min_count: int = DEFAULT_MIN_COUNT,
    ) -> None:
        """`translations` holds the kiosk's own language, to which every visit returns;
        `min_count` is the staff report's threshold for small counts (`--min-count`)."""
        super().__init__()
        self._min_count = min_count
        self._report_asked = 0
        self._report: tuple[int, Future[object]] | None = None
        """The report being read on its thread: (which request, its result to come)."""
        self._report_poll = QTimer(self)  # the thread touches no Qt object: the window looks
        self._report_poll.setInterval(25)
        self._report_poll.timeout.connect(self._take_report)
        self._home_lang: Lang = translations.lang
        self._home_look = look
        self._translations = translations
        self._watcher = watcher
        self._may_close = False
        self._context: KioskContext | None = None
        self.session: QuizSession | None = None
        """The visit in progress, if any."""
        self._prompt_mode = ""
        self.guard = KioskGuard(self)
        """Keeps the window full screen and in front, and every context menu shut."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.guard.install(app)
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        host = QWidget()
        # The window is the screen: no screen in the stack (a hidden one laid out for the other
        # orientation) may make it wider than the screen.
        host.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = self._column = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget()
        layout.addWidget(self._stack)
        self.setCentralWidget(host)
        self.attract = AttractView(translations.lang)
        self.pin_pad = PinPad(pins)
        self.staff = StaffView()
        for screen in (self.attract, self.pin_pad, self.staff):
            self._stack.addWidget(screen)
        self.prompt = KioskPrompt(host)
        self._fit = QTimer(self)  # one re-fit after a burst of resizes
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
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
        self.attract.display.furigana_clicked.connect(self._on_display_furigana_clicked)
        self._fit.timeout.connect(self.fit_screen)
        self._stack.currentChanged.connect(self._on_stack_current_changed)
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
        return self.session.run if self.session is not None else None

    @property
    def lang(self) -> Lang:
        return self._translations.lang

    def attach(self, context: KioskContext) -> None:
        """The banks and the counters are ready: touches now start a visit."""
        self._context = context

    def current_screen(self) -> QWidget:
        screen = self._stack.currentWidget()
        assert screen is not None
        return screen

    # language and look ----------------------------------------------------------------------
    def set_lang(self, lang: Lang) -> None:
        self._translations.use(lang)
        self.attract.set_lang(lang)
        if self.session is not None:
            self.session.set_lang(lang)
        displays = self.session.displays if self.session is not None else ()
        for bar in (self.attract.display, *displays):
            bar.retranslate()  # now: the furigana switch is there for a language that has them

    def _apply_look(self, look: theme.Look) -> None:
        displays = self.session.displays if self.session is not None else ()
        theme.switch(look, (self.attract.display, *displays))
        self._fit_column()

    # the screen -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit.start()

    def fit_screen(self) -> None:
        """Size the type for this screen (the window is the screen), then the quiz's column."""
        factor = screen_factor(self.width(), self.height())
        if factor != theme.screen_factor():
            log.info("kiosk window %d×%d: type × %.2f", self.width(), self.height(), factor)
            theme.set_screen_factor(factor)
        self._fit_column()

    def _on_stack_current_changed(self, _index: int) -> None:
        self._fit_column()

    def _fit_column(self) -> None:
        """The quiz screens in a centred column of comfortable line length, not stretched
        across a wide screen; the kiosk's own screens lay themselves out on the whole screen."""
        side = 0
        if self.session is not None and self._stack.currentWidget() in self.session.screens():
            side = max(0, (self.width() - column_width(self)) // 2)
        self._column.setContentsMargins(side, 0, side, 0)

    def _on_attract_language_chosen(self, lang: str) -> None:
        if lang in LANGS:
            self.set_lang(lang)
        self._watcher.arm()  # a choice left behind on the attract screen is undone when idle

    def _on_display_text_size_clicked(self) -> None:
        self._apply_look(theme.current().next_text_size())
        if self._stack.currentWidget() is self.attract:
            self._watcher.arm()  # a size left behind on the attract screen is undone when idle

    def _on_display_furigana_clicked(self) -> None:
        look = theme.current()
        self._apply_look(replace(look, furigana=not look.furigana))
        if self._stack.currentWidget() is self.attract:
            self._watcher.arm()  # undone when idle, as the text size is

    # a visit --------------------------------------------------------------------------------
    def _on_attract_start_requested(self) -> None:
        self.start_visit()

    def start_visit(self) -> None:
        """A new visitor: a fresh quiz service, run and session (screens), none of them shared."""
        from quizapp.ui.quiz.session import QuizSession

        context = self._context
        if context is None or self.session is not None:
            return
        quiz = context.new_quiz()
        run = quiz.start_mixed(KIOSK_LENGTH)
        if not run.questions:
            return
        context.count_visit()
        session = self.session = QuizSession(quiz, self._stack, self.lang, kiosk=True, parent=self)
        session.finished.connect(self.end_visit)
        session.leave_requested.connect(self._on_session_leave_requested)
        session.answer_failed.connect(self._on_session_answer_failed)
        for bar in session.displays:
            bar.text_size_clicked.connect(self._on_display_text_size_clicked)
            bar.furigana_clicked.connect(self._on_display_furigana_clicked)
        session.start(run)
        self._watcher.arm()

    def _on_session_leave_requested(self) -> None:
        self._prompt_mode = "leave"
        self.prompt.ask(  # "Continue" is the default: Enter (or Esc again) keeps the visit
            self.tr("End your visit?"),
            self.tr("Your answers will be cleared and the quiz starts again from the beginning."),
            self.tr("Continue"),
            self.tr("End visit"),
        )

    def _on_session_answer_failed(self, error: Exception) -> None:
        """Nobody here can fix a full disk: say sorry and start again from the attract screen
        (the session has logged the error)."""
        self._prompt_mode = "failed"
        self.prompt.ask(
            self.tr("Sorry, something went wrong"),
            self.tr("The quiz starts again from the beginning."),
            self.tr("OK"),
        )

    def end_visit(self) -> None:
        """Clear everything of this visit and go back to the attract screen."""
        self._watcher.disarm()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):  # e.g. the staff's file dialog, left open
            modal.reject()
        self._prompt_mode = ""
        self.prompt.dismiss()
        if self._context is not None:
            self._context.finish_visit()  # the visit's counts join the totals, in one write
        self.pin_pad.reset()
        self.staff.clear()
        if self.session is not None:
            self.session.close()  # deletes the question and results screens
            self.session.deleteLater()
            self.session = None
        if self.lang != self._home_lang:
            self.set_lang(self._home_lang)
        self._apply_look(self._home_look)
        self._stack.setCurrentWidget(self.attract)
        self.attract.focus_start()
        self.guard.restore()  # whatever happened meanwhile, the next visitor finds it full screen

    # idle -----------------------------------------------------------------------------------
    def _on_watcher_timed_out(self) -> None:
        asking = self._prompt_mode == "failed"  # nobody read the apology: just start again
        if not asking and self.session is not None and self.session.on_question():
            self._prompt_mode = "warning"
            self.prompt.ask(
                self.tr("Still there?"),
                self.tr("seconds, then your answers\nare cleared. Touch anywhere\nto continue."),
                self.tr("Continue"),
            )
            self._watcher.start_warning()
        else:  # results, PIN pad, staff screen, the apology: back to the start without asking
            self.end_visit()

    def _on_watcher_warning_tick(self, seconds: int) -> None:
        self.prompt.set_count(seconds)  # the number alone changes: the lines stay where they are
        self.prompt.setAccessibleDescription(
            self.tr("Your answers will be cleared in {n} seconds.").format(n=seconds)
        )

    def _on_watcher_resumed(self) -> None:
        if self._prompt_mode == "warning":
            self._prompt_mode = ""
            self.prompt.dismiss()
            if self.session is not None:
                self.session.question.setFocus()

    def _on_prompt_accepted(self) -> None:
        mode, self._prompt_mode = self._prompt_mode, ""
        if mode == "failed":
            self.end_visit()
            return
        self.prompt.dismiss()  # "Continue": the visit goes on where it was
        self._watcher.poke()

    def _on_prompt_rejected(self) -> None:
        mode, self._prompt_mode = self._prompt_mode, ""
        if mode == "leave":  # "End visit", tapped
            self.end_visit()
            return
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
        self._report_asked += 1
        self.staff.show_loading()
        self._stack.setCurrentWidget(self.staff)
        self._watcher.arm()
        # Reading the pooled report may wait seconds for the centre's server: never on this thread.
        future: Future[object] = Future()
        self._report = (self._report_asked, future)
        threading.Thread(
            target=_read_report, args=(context, future), name="kiosk-report", daemon=True
        ).start()
        self._report_poll.start()

    def _take_report(self) -> None:
        """On the GUI thread: hand a finished reading to the staff screen."""
        if self._report is None:
            self._report_poll.stop()
            return
        asked, future = self._report
        if not future.done():
            return
        self._report = None
        self._report_poll.stop()
        self._on_report_read(asked, future.result())

    def _on_report_read(self, asked: int, result: object) -> None:
        context = self._context
        if asked != self._report_asked or context is None or self._stack.currentWidget() is not self.staff:
            return  # a visit or another look at the report came since
        if isinstance(result, Exception):
            self.staff.show_problem(str(getattr(result, "orig", None) or type(result).__name__))
            return
        assert isinstance(result, tuple)
        reading, status = result
        if reading.problem is not None and status is not None:  # this kiosk's own counts, and why
            status = replace(status, problem=reading.problem)
        self.staff.show_report(reading.report, context.catalog, self.lang, status, self._min_count)

    def _on_staff_exit_requested(self) -> None:
        log.info("kiosk mode left by staff")
        self._watcher.disarm()
        self._may_close = True
        self.guard.release()
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


def _read_report(context: KioskContext, future: Future[object]) -> None:
    """On its own thread, touching no Qt object (the window may be gone when it ends): the
    report and the sending status, or the exception, into `future`."""
    try:
        result: object = (context.read_report(), context.outbox_status())
    except Exception as exc:  # the local file, say: the staff screen says so
        log.error("could not read the kiosk report: %s", type(exc).__name__)
        result = exc
    future.set_result(result)
