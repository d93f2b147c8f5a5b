"""A whole quiz in やさしい日本語 with furigana: readings on the prompt, the choices, the feedback
and the results; the plain text for what is read; the one-tap switch on the question screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.shell import theme
from quizapp.ui.widgets.choice_button import ChoiceButton
from quizapp.ui.widgets.ruby_text import RubyLabel
from tests.services.test_easy_japanese import _easy_bank
from tests.ui.conftest import WindowFactory, press


def _ruby_labels(root: object) -> list[RubyLabel]:
    return [w for w in root.findChildren(RubyLabel) if w.isVisible() and w.showing_ruby]  # type: ignore[attr-defined]


def test_a_quiz_in_plain_japanese_shows_readings_from_question_to_results(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window("ja-easy", banks=[_easy_bank(tmp_path / "easy")])
    assert theme.current().furigana
    press(qtbot, window, Qt.Key.Key_Return)  # a mixed quiz: the one true/false question
    view = window.question
    prompt = view._prompt
    assert prompt.showing_ruby and prompt.text() == "これは正しいですか。"  # read as plain text
    buttons = {b.property("choice_id"): b for b in view.findChildren(ChoiceButton)}
    assert buttons["true"].showing_ruby and buttons["true"].body == "正しい"
    assert "1. 正しい" in (buttons["true"].accessibleName() or buttons["true"].text())
    spoken = view.spoken_text()  # Read aloud: the words once, not their readings or marks
    assert "1. 正しい" in spoken and "《" not in spoken and "正ただ" not in spoken
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.feedback_complete)
    QApplication.processEvents()
    card = view._feedback
    assert card.ruby_text.isVisible() and card.ruby_text.showing_ruby and not card.text.isVisible()
    assert card.ruby_text.text().endswith("説明です。")  # plain: no 説明せつめい, no marks
    press(qtbot, window, Qt.Key.Key_Return)  # on to the results
    qtbot.waitUntil(lambda: window.current_screen() is window.session.results)
    assert any("これは正しいですか。" in label.text() for label in _ruby_labels(window.session.results))


def test_the_switch_on_the_question_screen_takes_the_readings_away_and_back(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window("ja-easy", banks=[_easy_bank(tmp_path / "easy")])
    press(qtbot, window, Qt.Key.Key_Return)
    view = window.question
    try:
        assert view.display.furigana.isVisible()
        tall = view._prompt.heightForWidth(600)
        qtbot.mouseClick(view.display.furigana, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert not theme.current().furigana and not view._prompt.showing_ruby
        assert view._prompt.heightForWidth(600) < tall
        assert view.display.furigana.text() == "ふりがな：オフ"
        qtbot.mouseClick(view.display.furigana, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert view._prompt.showing_ruby
    finally:
        window.apply_look(theme.Look())


def test_in_japanese_there_is_no_furigana_switch(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("ja")
    assert not window.home.display.furigana.isVisible()
    window.set_lang("ja-easy")
    try:
        assert window.home.display.furigana.isVisible()
    finally:
        window.set_lang("en")
