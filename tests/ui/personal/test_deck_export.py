"""The progress screen's "Export missed questions as an Anki deck…": disabled until a question
is missed, then saves those questions as a deck and says so (or says why it could not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.ui.shell import dialogs as shell_dialogs
from tests.services.test_decks import guids
from tests.ui.conftest import Dialogs, WindowFactory, press
from tests.ui.personal.test_learning_screens import answer_run


def test_missed_questions_are_saved_as_an_anki_deck(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_P)
    button = window.progress.deck_button
    assert button.text() == "Export missed questions as an Anki deck…"
    assert not button.isEnabled()  # nothing missed yet
    press(qtbot, window, Qt.Key.Key_Escape)

    answer_run(qtbot, window, right={"alpha-001"})  # alpha-002 and beta-001: Not sure
    press(qtbot, window, Qt.Key.Key_P)
    assert button.isEnabled()
    asked: list[QFileDialog] = []
    saved = tmp_path / "missed.apkg"

    def choose(dialog: QFileDialog) -> str:
        asked.append(dialog)
        return str(saved)

    monkeypatch.setattr(shell_dialogs, "present_file", choose)
    button.click()
    assert asked[0].defaultSuffix() == "apkg" and asked[0].nameFilters() == ["Anki deck (*.apkg)"]
    box = dialogs.shown[-1]
    assert box.windowTitle() == "Saved" and str(saved) in box.text()
    assert box.text().startswith("2 missed questions were saved as an Anki deck")
    assert sorted(guids(saved.read_bytes())) == ["alpha-002", "beta-001"]

    monkeypatch.setattr(shell_dialogs, "present_file", lambda dialog: str(tmp_path))  # a folder
    button.click()
    box = dialogs.shown[-1]
    assert box.windowTitle() == "Not saved" and box.icon() == QMessageBox.Icon.Warning
    assert "The deck could not be written" in box.text()
