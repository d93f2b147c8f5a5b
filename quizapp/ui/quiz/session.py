"""One quiz as both windows run it: question -> feedback -> next -> ... -> results.

Like Anki's Reviewer, the screen logic is an object the window hosts, not code in the window:
the personal window keeps one session for its life and starts a run in it for each quiz; the
kiosk window makes one per visit and closes it when the visit ends, which deletes its screens,
so nothing the visitor saw survives the visit.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from quizapp.storage.errors import DataDirUnwritable
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.quiz.results_view import ResultsView

if TYPE_CHECKING:
    from quizapp.domain.model import Lang
    from quizapp.domain.quiz import QuizRun
    from quizapp.services.quiz import QuizService
    from quizapp.ui.widgets.display_bar import DisplayBar
    from quizapp.ui.widgets.speech import Speaker

log = logging.getLogger(__name__)


class QuizSession(QObject):
    """Owns the run in progress and its question and results screens, which it adds to the
    window's `stack` and shows there. The window decides what leaving and the end mean.

    Signals:
        finished(): the learner went on from the results screen; the run is over.
        leave_requested(): the learner asked to leave mid-quiz (Esc or the button); the window
            asks, then calls stop() (personal) or close() (kiosk), or nothing to keep going.
        answer_failed(object): the answer (an Exception says why) could not be saved; it has
            been logged, the question stays as it was, so answering again tries again.
    """

    finished = Signal()
    leave_requested = Signal()
    answer_failed = Signal(object)

    def __init__(
        self,
        quiz: QuizService,
        stack: QStackedWidget,
        lang: Lang,
        *,
        speaker: Speaker | None = None,
        kiosk: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """`kiosk`: the screens are for a public touch screen: no keyboard hints, no text to
        select, QR codes instead of links, and the results offer to start again."""
        super().__init__(parent)
        self._quiz = quiz
        self._stack = stack
        self._run: QuizRun | None = None
        self._closed = False
        self.question = QuestionView(lang, speaker=speaker, kiosk=kiosk)
        self.results = ResultsView(lang, kiosk=kiosk)
        for screen in (self.question, self.results):
            stack.addWidget(screen)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.question.answer_submitted.connect(self._on_question_answer_submitted)
        self.question.next_requested.connect(self._on_question_next_requested)
        self.question.leave_requested.connect(self.leave_requested)
        self.results.home_requested.connect(self._on_results_home_requested)
        self.results.review_requested.connect(self._on_results_review_requested)

    @property
    def run(self) -> QuizRun | None:
        """The quiz in progress (including on its results screen), if any."""
        return self._run

    @property
    def displays(self) -> tuple[DisplayBar, ...]:
        """The display bars of the session's screens, for the window to connect and refresh."""
        return (self.question.display, self.results.display)

    def screens(self) -> tuple[QWidget, ...]:
        return (self.question, self.results)

    def on_question(self) -> bool:
        """True while a question (or its feedback) is the window's current screen."""
        return self._run is not None and self._stack.currentWidget() is self.question

    def start(self, run: QuizRun) -> bool:
        """Show the first question of `run`; False (and nothing shown) when it has none."""
        if self._closed or not run.questions:
            return False
        self._run = run
        self._stack.setCurrentWidget(self.question)
        self.question.show_current(run, self._quiz.catalog)
        return True

    def set_lang(self, lang: Lang) -> None:
        """Bank content from the next question on (and the results) is shown in `lang`."""
        self.question.set_lang(lang)
        self.results.set_lang(lang)

    def stop(self) -> None:
        """Forget the run (its answers are saved); the screens stay for the next start()."""
        self._run = None
        self.results.clear()

    def close(self) -> None:
        """Stop and delete the screens: after this nothing of the run is left in any widget.
        The session cannot start again; closing it twice does nothing."""
        if self._closed:
            return
        self._closed = True
        self.stop()
        for screen in self.screens():
            self._stack.removeWidget(screen)
            screen.hide()
            screen.setParent(None)
            screen.deleteLater()

    # the loop -------------------------------------------------------------------------------
    def _on_question_answer_submitted(self, chosen: frozenset[str]) -> None:
        run = self._run
        if run is None:
            return
        try:
            answer = self._quiz.submit(run, chosen, self.question.seconds_on_question())
        except DataDirUnwritable as exc:  # disk full or folder read-only: the user can fix it
            log.error("could not save an answer: %s", exc)
            self.answer_failed.emit(exc)
            return
        except Exception as exc:  # any other failure: the question stays, the app goes on
            log.exception("could not save an answer")
            self.answer_failed.emit(exc)
            return
        self.question.show_feedback(answer.chosen, answer.correct)

    def _on_question_next_requested(self) -> None:
        run = self._run
        if run is None:
            return
        if run.finished:
            self.results.show_run(run, self._quiz.catalog)
            self._stack.setCurrentWidget(self.results)
        else:
            self.question.show_current(run, self._quiz.catalog)

    def _on_results_home_requested(self) -> None:
        self.finished.emit()

    def _on_results_review_requested(self) -> None:
        """Review the questions just missed, right away (they are not due yet: a missed
        question's first step back is a minute later)."""
        run = self._run
        if run is not None:
            self.start(self._quiz.start_missed(run))
