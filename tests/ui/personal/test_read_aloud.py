"""Read aloud with Qt's mock text-to-speech engine (no sound, English voices only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.widgets.speech import Speaker
from tests.ui.conftest import WindowFactory, button, press, shows

tts = pytest.importorskip("PySide6.QtTextToSpeech")


def test_read_aloud_speaks_the_question_then_the_feedback(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="en")
    press(qtbot, window, Qt.Key.Key_Return)
    view = window.question
    read = button(view, "Read aloud")
    run = window.run
    assert run is not None and run.current is not None
    spoken = view.spoken_text()
    assert run.current.prompt.en in spoken
    assert "0. Not sure" in spoken and f"1. {run.current.choice(run.current_order[0]).text.en}" in spoken
    read.click()
    speaker = window.findChild(Speaker)
    assert speaker is not None
    qtbot.waitUntil(speaker.speaking, timeout=3000)
    press(qtbot, window, Qt.Key.Key_0)
    press(qtbot, window, Qt.Key.Key_Return)
    after = view.spoken_text()
    assert run.questions[0].explanation.en in after and "Not sure" in after


def test_no_voice_for_the_language_hides_the_button(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="ja")  # the mock engine has no Japanese voice
    press(qtbot, window, Qt.Key.Key_Return)
    assert not shows(window.question, "Read aloud")
