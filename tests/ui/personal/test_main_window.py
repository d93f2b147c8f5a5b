"""Personal mode's window around the quiz, keyboard only: home, saving to SQLite, leaving, topics.
(The question -> feedback -> results loop itself is tested once, in tests/ui/quiz.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Dialogs, WindowFactory, button, press, shows, visible_texts

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def answers_in_db(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        return int(conn.execute("SELECT count(*) FROM answer").fetchone()[0])


def topic_texts(window: object) -> list[str]:
    return [t for t in visible_texts(window.home) if "answered" in t]  # type: ignore[attr-defined]


def test_a_keyboard_run_is_saved_to_sqlite_before_each_feedback_and_shown_on_home_after_a_restart(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    assert topic_texts(window) == ["0 of 2 questions answered", "0 of 1 questions answered"]
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question
    run = window.run
    assert run is not None and len(run.questions) == 3
    for n in range(3):
        question = run.current
        assert question is not None
        for choice_id in sorted(question.correct_ids):
            press(qtbot, window, DIGITS[run.current_order.index(choice_id) + 1])
        press(qtbot, window, Qt.Key.Key_Return)
        assert answers_in_db(data_dir) == n + 1 and shows(window.question, "Correct!")
        press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.results
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.home and window.run is None
    after = topic_texts(window)
    assert after == ["2 of 2 questions answered · 100% correct", "1 of 1 questions answered · 100% correct"]

    window.close()
    reopened = make_window()
    assert topic_texts(reopened) == after


def test_escape_asks_before_leaving(qtbot: QtBot, make_window: WindowFactory, dialogs: Dialogs) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    dialogs.answer(Dialogs.ESC)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert dialogs.texts == ["Leave this quiz and go back to the home screen? Answers so far are kept."]
    assert window.current_screen() is window.question
    dialogs.answer("Keep going")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.question and window.run is not None
    dialogs.answer("Leave")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.home and window.run is None


def test_an_answer_that_cannot_be_saved_is_explained_and_the_question_stays(
    qtbot: QtBot,
    make_window: WindowFactory,
    dialogs: Dialogs,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.context is not None

    def broken(*_args: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(window.context.answers, "record", broken)
    press(qtbot, window, Qt.Key.Key_0)
    press(qtbot, window, Qt.Key.Key_Return)
    assert dialogs.texts == ["Your answer could not be saved. Please try again."]
    assert str(data_dir / "logs" / "quizapp.log") in dialogs.shown[0].informativeText()
    assert window.current_screen() is window.question and not shows(window.question, "Correct answer:")


def test_a_topic_button_starts_that_topic(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    starts = [b for b in window.home.findChildren(QPushButton) if b.text() == "Start"]
    starts[1].setFocus()
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
    assert shows(window.home, f"{extra / 'oops.yaml'}:3:12: questions: Input should be a valid list")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question


def test_japanese_content_is_shown_in_japanese(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="ja")
    press(qtbot, window, Qt.Key.Key_Return)
    run = window.run
    assert run is not None and run.current is not None
    assert shows(window.question, run.current.prompt.ja)


def test_enter_on_a_fresh_home_starts_the_mixed_quiz_even_after_loading(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.focusWidget() is button(window.home, "Start a mixed quiz (10 questions)")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question
