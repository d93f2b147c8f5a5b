"""The progress screen's "Print or save as PDF…": only with missed questions, and "save as PDF"
writes the missed questions, with their answers, to the file chosen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.shell import dialogs as shell_dialogs
from tests.ui.conftest import Dialogs, WindowFactory, press, shows
from tests.ui.personal.test_learning_screens import answer_run


def test_the_button_waits_for_missed_questions_then_saves_them_as_a_pdf(
    qtbot: QtBot,
    make_window: WindowFactory,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_P)
    view = window.progress
    assert not view.handout_button.isEnabled()
    assert shows(view, "Nothing to print yet")
    press(qtbot, window, Qt.Key.Key_Escape)

    answer_run(qtbot, window, right={"alpha-001"})  # the other two: "Not sure", so missed
    press(qtbot, window, Qt.Key.Key_P)
    assert view.handout_button.isEnabled()
    assert shows(view, "The 2 questions you missed")
    target = tmp_path / "missed.pdf"
    monkeypatch.setattr(shell_dialogs, "present_file", lambda dialog: str(target))
    dialogs.answer("Save as PDF…")
    view.handout_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert any(str(target) in text for text in dialogs.texts)  # "saved to …"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Questions to go over again" in text and "Answer:" in text
        assert window.context is not None
        alpha_1 = window.context.catalog.question("alpha-001")
        assert alpha_1 is not None and alpha_1.prompt.en not in text  # answered right: not printed
