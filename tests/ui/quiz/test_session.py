"""The quiz flow both windows host, keyboard only, against QuizSession over a fake answer store:
question -> feedback -> next -> results, a failed save, leaving, and closing."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.model import QuestionType
from quizapp.domain.quiz import Answer, QuestionStats
from quizapp.domain.schedule import Schedule
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.quiz import QuizService
from quizapp.storage.errors import DataDirUnwritable
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.quiz.results_view import ResultsView
from quizapp.ui.quiz.session import QuizSession
from tests.ui.conftest import shows, visible_texts

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


@dataclass
class FakeStore:
    """An AnswerStore that keeps answers in a list, can be told to fail, and notes what the
    screen showed at the moment each answer was stored."""

    recorded: list[Answer] = field(default_factory=list)
    fail_with: Exception | None = None
    screen_at_record: list[list[str]] = field(default_factory=list)
    host: QStackedWidget | None = None

    def record(self, answer: Answer, kind: str, started_at: datetime) -> None:
        if self.host is not None:
            self.screen_at_record.append(visible_texts(self.host))
        if self.fail_with is not None:
            raise self.fail_with
        self.recorded.append(answer)

    def question_stats(self) -> dict[str, QuestionStats]:
        return {}

    def due(self, now: datetime, limit: int | None = None) -> Sequence[Schedule]:
        return ()


@dataclass
class Host:
    stack: QStackedWidget
    session: QuizSession
    quiz: QuizService
    store: FakeStore

    def press(self, qtbot: QtBot, key: Qt.Key) -> None:
        """A key where a real keyboard sends it: the focused widget, else the current screen."""
        target = QApplication.focusWidget() or self.stack.currentWidget()
        assert target is not None
        qtbot.keyClick(target, key)
        QApplication.processEvents()  # what the event loop does between two real key presses

    def start(self) -> None:
        assert self.session.start(self.quiz.start_mixed())


@pytest.fixture
def host(qtbot: QtBot, bank_dir: Path) -> Iterator[Host]:
    store = FakeStore()
    quiz = QuizService(load_catalog([bank_dir]), store, random.Random(3))
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QLabel("the window's own screen"))
    session = QuizSession(quiz, stack, "en")
    store.host = stack
    stack.resize(900, 700)
    stack.show()
    qtbot.waitExposed(stack)
    stack.activateWindow()
    yield Host(stack, session, quiz, store)
    session.close()


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces for `widget`."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface else ""


def answer_right(qtbot: QtBot, host: Host) -> None:
    run = host.session.run
    assert run is not None and run.current is not None
    for choice_id in sorted(run.current.correct_ids):
        host.press(qtbot, DIGITS[run.current_order.index(choice_id) + 1])
    host.press(qtbot, Qt.Key.Key_Return)


def test_a_keyboard_run_stores_each_answer_before_its_feedback_then_shows_the_results(
    qtbot: QtBot, host: Host
) -> None:
    host.start()
    run = host.session.run
    assert run is not None and len(run.questions) == 3
    assert host.stack.currentWidget() is host.session.question
    for n in range(3):
        question = run.current
        assert question is not None
        assert f"{n + 1} / 3" in visible_texts(host.session.question)
        answer_right(qtbot, host)
        assert len(host.store.recorded) == n + 1
        assert not any("Correct!" in t for t in host.store.screen_at_record[-1])  # stored first ...
        assert shows(host.session.question, "Correct!")  # ... then the feedback
        assert shows(host.session.question, question.explanation.en)
        # Sources in the learner's language: "Source A", "Example Agency", not 出典A; the
        # address shortened to its host.
        for source in question.sources:
            assert shows(host.session.question, source.title.en)
            assert shows(host.session.question, f"{source.publisher.en} · {source.host}")
            assert not shows(host.session.question, source.title.ja)
        if question.as_of:
            assert shows(host.session.question, f"as of {question.as_of}")
        host.press(qtbot, Qt.Key.Key_Return)
    assert host.stack.currentWidget() is host.session.results
    assert "You got 3 of 3 right." in visible_texts(host.session.results)
    with qtbot.waitSignal(host.session.finished):
        host.press(qtbot, Qt.Key.Key_Return)


def test_wrong_and_not_sure_answers_are_explained(qtbot: QtBot, host: Host) -> None:
    host.start()
    run = host.session.run
    assert run is not None and run.current is not None
    first = run.current
    host.press(qtbot, Qt.Key.Key_0)
    host.press(qtbot, Qt.Key.Key_Return)
    view = host.session.question
    assert shows(view, "Not sure") and shows(view, "Correct answer:")
    for choice in first.choices:
        assert shows(view, choice.why.en)
    host.press(qtbot, Qt.Key.Key_Return)
    second = run.current
    assert second is not None
    wrong = next(c.id for c in second.choices if not c.correct)
    host.press(qtbot, DIGITS[run.current_order.index(wrong) + 1])
    host.press(qtbot, Qt.Key.Key_Return)
    assert shows(view, "✖ Not quite.")
    assert [a.chosen for a in host.store.recorded] == [frozenset({"not_sure"}), frozenset({wrong})]
    assert host.store.recorded[-1].correct is False


def test_number_keys_toggle_in_a_multiple_question(qtbot: QtBot, host: Host) -> None:
    host.start()
    run = host.session.run
    assert run is not None
    while run.current is not None and run.current.type is not QuestionType.MULTIPLE:
        host.press(qtbot, Qt.Key.Key_0)
        host.press(qtbot, Qt.Key.Key_Return)
        host.press(qtbot, Qt.Key.Key_Return)
    order = run.current_order
    view = host.session.question
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_3):
        host.press(qtbot, key)
    assert view.chosen() == frozenset(order[:2])
    host.press(qtbot, Qt.Key.Key_0)
    assert view.chosen() == frozenset({"not_sure"})
    host.press(qtbot, Qt.Key.Key_1)
    assert view.chosen() == frozenset(order[:1])


def test_enter_without_a_choice_does_nothing(qtbot: QtBot, host: Host) -> None:
    host.start()
    host.press(qtbot, Qt.Key.Key_Return)
    assert host.store.recorded == [] and not shows(host.session.question, "Correct answer:")


def test_the_feedback_takes_focus_so_it_is_announced_and_enter_still_goes_on(
    qtbot: QtBot, host: Host
) -> None:
    host.start()
    run = host.session.run
    assert run is not None
    host.press(qtbot, Qt.Key.Key_0)
    host.press(qtbot, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and spoken_name(focused).startswith("? You chose “Not sure”")
    host.press(qtbot, Qt.Key.Key_Return)
    assert run.position == 1 and not shows(host.session.question, "Correct answer:")


def test_each_new_question_puts_focus_on_its_first_choice(qtbot: QtBot, host: Host) -> None:
    host.start()
    for _ in range(2):
        focused = QApplication.focusWidget()
        assert focused is not None and spoken_name(focused).startswith("1.")
        host.press(qtbot, Qt.Key.Key_0)
        host.press(qtbot, Qt.Key.Key_Return)
        host.press(qtbot, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "error",
    [DataDirUnwritable(Path("/data"), "No space left on device", disk_full=True), RuntimeError("db gone")],
    ids=["disk full", "unexpected"],
)
def test_a_failed_save_is_logged_and_reported_and_the_question_stays_for_another_try(
    qtbot: QtBot, host: Host, caplog: pytest.LogCaptureFixture, error: Exception
) -> None:
    host.start()
    run = host.session.run
    assert run is not None
    host.store.fail_with = error
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(host.session.answer_failed) as failed:
        host.press(qtbot, Qt.Key.Key_0)
        host.press(qtbot, Qt.Key.Key_Return)
    assert failed.args == [error]
    assert "could not save an answer" in caplog.text
    assert run.position == 0 and host.store.recorded == []
    assert not shows(host.session.question, "Correct answer:")  # no feedback for an unsaved answer
    host.store.fail_with = None
    host.press(qtbot, Qt.Key.Key_Return)  # the choice is still there: answering again works
    assert len(host.store.recorded) == 1 and shows(host.session.question, "Correct answer:")


def test_escape_asks_the_host_to_leave_and_stop_forgets_the_run(qtbot: QtBot, host: Host) -> None:
    host.start()
    with qtbot.waitSignal(host.session.leave_requested):
        host.press(qtbot, Qt.Key.Key_Escape)
    assert host.session.run is not None  # the host decides
    host.session.stop()
    assert host.session.run is None


def test_an_empty_run_shows_nothing(host: Host) -> None:
    empty = host.quiz.start_review()  # nothing is due with the fake store
    assert not host.session.start(empty)
    assert host.session.run is None and host.stack.currentWidget() is not host.session.question


def test_the_language_applies_from_the_next_question(qtbot: QtBot, host: Host) -> None:
    host.start()
    run = host.session.run
    assert run is not None and run.current is not None
    assert shows(host.session.question, run.current.prompt.en)
    host.session.set_lang("ja")
    host.press(qtbot, Qt.Key.Key_0)
    host.press(qtbot, Qt.Key.Key_Return)
    host.press(qtbot, Qt.Key.Key_Return)
    assert run.current is not None and shows(host.session.question, run.current.prompt.ja)


def test_close_deletes_the_screens_so_nothing_of_the_run_remains(qtbot: QtBot, host: Host) -> None:
    host.start()
    run = host.session.run
    assert run is not None and run.current is not None
    prompt = run.current.prompt.en
    while run.current is not None:
        host.press(qtbot, Qt.Key.Key_0)
        host.press(qtbot, Qt.Key.Key_Return)
        host.press(qtbot, Qt.Key.Key_Return)
    assert shows(host.session.results, prompt)  # the results list the missed question
    host.session.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert host.session.run is None
    assert not [w for w in QApplication.allWidgets() if isinstance(w, (QuestionView, ResultsView))]
    assert not shows(host.stack, prompt)
