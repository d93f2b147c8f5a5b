"""Ready in a blink: the home screen usable from a first look, the full open after it, and what
the learner chose meanwhile done then; and PySide6's import check made faster, not different."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.options import LaunchOptions
from quizapp.paths import DataPaths
from quizapp.services.context import open_context
from quizapp.services.home import open_catalog
from quizapp.ui import launch
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import binding
from quizapp.ui.shell.i18n import Translations
from tests.ui.conftest import visible_texts


def _returning_learner(data_dir: Path, bank_dir: Path) -> None:
    context = open_context(DataPaths(data_dir), [bank_dir])
    run = context.quiz.start_topic("alpha")
    assert run.current is not None
    context.quiz.submit(run, frozenset({run.current.choices[0].id}), 2.0)
    context.close(backup=False)


def test_quit_when_ready_exits_cleanly_for_a_returning_learner(tmp_path: Path, bank_dir: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _returning_learner(data, bank_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "quizapp", "--data-dir", str(data), "--banks", str(bank_dir)]
    result = subprocess.run([*cmd, "--quit-when-ready"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_home_screen_is_usable_before_the_database_is_open(
    qtbot: QtBot, data_dir: Path, bank_dir: Path
) -> None:
    _returning_learner(data_dir, bank_dir)
    window = MainWindow(Translations(), DataPaths(data_dir).log_file)
    qtbot.addWidget(window)
    window.show()
    start = launch.PersonalStart(LaunchOptions(banks=(bank_dir,)), DataPaths(data_dir))
    assert start.load(window)
    assert window.context is None  # only the first look so far
    assert window.home._mixed.isEnabled()
    # the topics and the learner's figures are on screen: one alpha question answered
    assert len(window.home._topic_buttons) == len(open_catalog(DataPaths(data_dir), [bank_dir]).banks)
    qtbot.waitUntil(lambda: any(text.startswith("1 of ") for text in visible_texts(window.home)))
    # Enter before the database is open: the quiz starts once it is
    qtbot.keyClick(window.home._mixed, Qt.Key.Key_Return)
    assert window.current_screen() is window.home
    start.finish(window)
    qtbot.waitUntil(lambda: window.context is not None, timeout=30_000)
    assert window.run is not None and window.current_screen() is window.question
    start.wait()


def test_without_a_first_look_the_database_is_opened_at_once(
    qtbot: QtBot, data_dir: Path, bank_dir: Path
) -> None:
    window = MainWindow(Translations(), DataPaths(data_dir).log_file)
    qtbot.addWidget(window)
    start = launch.PersonalStart(LaunchOptions(banks=(bank_dir,)), DataPaths(data_dir))
    assert start.load(window)  # a first start: nothing to glance at
    assert window.context is not None
    start.finish(window)  # nothing left to do
    start.wait()


def test_the_faster_import_check_gives_shibokens_answer_for_every_loaded_module() -> None:
    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    original = feature._mod_uses_pyside
    original = getattr(original, "__wrapped__", original)
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 200
    mentions = [binding.mentions_pyside(m, original) for m in modules]
    assert mentions == [original(m) for m in modules]
    assert any(mentions) and not all(mentions)  # both answers occur in the sample
