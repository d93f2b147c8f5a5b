"""Read aloud with Qt's mock text-to-speech engine (no sound, English voices only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory, press

tts = pytest.importorskip("PySide6.QtTextToSpeech")


def test_read_aloud_speaks_the_question_then_the_feedback(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="en")
    press(qtbot, window, Qt.Key.Key_Return)
    view = window.question
    assert view._read.isVisible()
    run = window.run
    assert run is not None and run.current is not None
    spoken = view.spoken_text()
    assert run.current.prompt.en in spoken
    assert "0. Not sure" in spoken and f"1. {run.current.choice(run.current_order[0]).text.en}" in spoken
    view._read.click()
    qtbot.waitUntil(view._speaker.speaking, timeout=3000)  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_0)
    press(qtbot, window, Qt.Key.Key_Return)
    after = view.spoken_text()
    assert run.questions[0].explanation.en in after and "Not sure" in after


def test_no_voice_for_the_language_hides_the_button(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="ja")  # the mock engine has no Japanese voice
    press(qtbot, window, Qt.Key.Key_Return)
    assert not window.question._read.isVisible()
