"""The whole flow, keyboard only, as a learner uses it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.domain.model import QuestionType
from tests.ui.conftest import Dialogs, WindowFactory, press

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def answers_in_db(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        return int(conn.execute("SELECT count(*) FROM answer").fetchone()[0])


def topic_texts(window: object) -> list[str]:
    return [label.text() for label in window.home.findChildren(QLabel) if "answered" in label.text()]  # type: ignore[attr-defined]


def test_keyboard_only_run_saves_before_feedback_and_persists(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    assert topic_texts(window) == ["0 of 2 questions answered", "0 of 1 questions answered"]
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question
    run = window.run
    assert run is not None and len(run.questions) == 3

    saved_when_feedback_shown: list[int] = []
    original = window.question.show_feedback

    def spy(chosen: frozenset[str], correct: bool) -> None:
        saved_when_feedback_shown.append(answers_in_db(data_dir))
        original(chosen, correct)

    window.question.show_feedback = spy  # type: ignore[method-assign]
    for n in range(3):
        question = run.current
        assert question is not None
        position = window.question.findChild(QLabel, "")  # the screen shows where we are
        assert any(lbl.text() == f"{n + 1} / 3" for lbl in window.question.findChildren(QLabel)), position
        order = run.current_order
        for choice_id in sorted(question.correct_ids):
            press(qtbot, window, DIGITS[order.index(choice_id) + 1])
        press(qtbot, window, Qt.Key.Key_Return)
        assert saved_when_feedback_shown[-1] == n + 1
        feedback = window.question._feedback
        assert feedback.isVisible() and "Correct!" in feedback.text()
        assert question.explanation.en in feedback.text()
        assert question.sources[0].url in feedback.text()
        if question.as_of:
            assert f"as of {question.as_of}" in feedback.text()
        press(qtbot, window, Qt.Key.Key_Return)

    assert window.current_screen() is window.results
    assert window.results._score.text() == "You got 3 of 3 right."
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.home
    after = topic_texts(window)
    assert after == ["2 of 2 questions answered · 100% correct", "1 of 1 questions answered · 100% correct"]

    window.close()
    reopened = make_window()
    assert topic_texts(reopened) == after


def test_wrong_and_not_sure_answers_are_explained(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    run = window.run
    assert run is not None
    q1 = run.current
    assert q1 is not None
    press(qtbot, window, Qt.Key.Key_0)
    press(qtbot, window, Qt.Key.Key_Return)
    text = window.question._feedback.text()
    assert "Not sure" in text and "Correct answer:" in text
    for choice in q1.choices:
        assert choice.why.en in text
    press(qtbot, window, Qt.Key.Key_Return)
    q2 = run.current
    assert q2 is not None
    wrong = next(c.id for c in q2.choices if not c.correct)
    press(qtbot, window, DIGITS[run.current_order.index(wrong) + 1])
    press(qtbot, window, Qt.Key.Key_Return)
    assert "✖ Not quite." in window.question._feedback.text()
    assert run.answers[-1].correct is False and run.answers[0].chosen == frozenset({"not_sure"})


def test_number_keys_toggle_in_a_multiple_question(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    run = window.run
    assert run is not None
    while run.current is not None and run.current.type is not QuestionType.MULTIPLE:
        press(qtbot, window, Qt.Key.Key_0)
        press(qtbot, window, Qt.Key.Key_Return)
        press(qtbot, window, Qt.Key.Key_Return)
    order = run.current_order
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_3):
        press(qtbot, window, key)
    assert window.question.chosen() == frozenset(order[:2])
    press(qtbot, window, Qt.Key.Key_0)
    assert window.question.chosen() == frozenset({"not_sure"})
    press(qtbot, window, Qt.Key.Key_1)
    assert window.question.chosen() == frozenset(order[:1])


def test_enter_without_a_choice_does_nothing(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)
    assert not window.question._feedback.isVisible() and answers_in_db(data_dir) == 0


def test_escape_asks_before_leaving(qtbot: QtBot, make_window: WindowFactory, dialogs: Dialogs) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    dialogs.answer(Dialogs.ESC)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert dialogs.texts == ["Leave this quiz and go back to the home screen? Answers so far are kept."]
    assert window.current_screen() is window.question
    dialogs.answer("Keep going")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.question
    dialogs.answer("Leave")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.home and window.run is None


def test_a_topic_button_starts_that_topic(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    buttons = [b for b in window.home.findChildren(QPushButton) if b.text() == "Start"]
    buttons[1].setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    run = window.run
    assert run is not None and {q.topic_id for q in run.questions} == {"beta"}


def test_broken_extra_bank_is_shown_and_the_rest_works(
    qtbot: QtBot, make_window: WindowFactory, bank_dir: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "oops.yaml").write_text("id: oops\ntitle: {ja: x, en: y}\nquestions: 3\n", encoding="utf-8")
    window = make_window(banks=[bank_dir, extra])
    banner = window.home._banner
    assert banner.isVisible()
    assert f"{extra / 'oops.yaml'}:3:12: questions: Input should be a valid list" in banner.text()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question


def test_japanese_content_is_shown_in_japanese(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="ja")
    press(qtbot, window, Qt.Key.Key_Return)
    run = window.run
    assert run is not None and run.current is not None
    assert window.question._prompt.text() == run.current.prompt.ja


def test_enter_on_a_fresh_home_starts_the_mixed_quiz_even_after_loading(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.focusWidget() is window.home._mixed
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question


def test_feedback_takes_focus_so_it_is_announced_and_enter_still_goes_on(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_0)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.focusWidget() is window.question._feedback
    assert window.question._feedback.accessibleName().startswith("?")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.run is not None and window.run.position == 1
    assert not window.question._feedback.isVisible()


def test_each_new_question_puts_focus_on_its_first_choice(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    for _ in range(2):
        assert window.focusWidget() is window.question._buttons[0]
        press(qtbot, window, Qt.Key.Key_0)
        press(qtbot, window, Qt.Key.Key_Return)
        press(qtbot, window, Qt.Key.Key_Return)
