"""Starting the app: the first frame, loading after it, and failures turned into messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.options import LaunchOptions
from quizapp.paths import DataPaths
from quizapp.ui import launch
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import dialogs
from quizapp.ui.shell.i18n import Translations


def test_quit_after_first_frame_starts_and_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizapp",
            "--data-dir",
            str(tmp_path),
            "--lang",
            "en",
            "--quit-after-first-frame",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "logs" / "quizapp.log").exists()  # everything written stays in --data-dir


def _window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(Translations(), DataPaths(data_dir).log_file)
    qtbot.addWidget(window)
    return window


def test_loading_after_the_first_frame_reports_a_broken_extra_bank(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "broken.yaml").write_text("id: broken\ntitle: {ja: 壊れた}\nquestions: []\n", encoding="utf-8")
    window = _window(qtbot, data_dir)
    launch.PersonalStart(LaunchOptions(banks=(extra,)), DataPaths(data_dir)).load(window)
    assert window.context is not None
    assert len(window.context.catalog.banks) >= 5  # the shipped banks still load
    assert f"{extra / 'broken.yaml'}:2:8: title.en: this field is required" in window.home._banner.text()
    assert window.home._mixed.isEnabled()


def test_a_database_from_a_newer_version_is_refused_with_a_message(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.storage.database import open_database

    open_database(DataPaths(data_dir).database).dispose()
    with sqlite3.connect(DataPaths(data_dir).database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    shown: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(dialogs, "present", lambda box: shown.append(box.text()))
    monkeypatch.setattr(launch.QApplication, "quit", lambda: quits.append(True))
    window = _window(qtbot, data_dir)
    launch.PersonalStart(LaunchOptions(), DataPaths(data_dir)).load(window)
    assert window.context is None and quits == [True]
    assert "newer version" in shown[0] and str(DataPaths(data_dir).database) in shown[0]


def test_answers_lost_in_a_damaged_wal_are_told_in_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.storage.test_hostile_database import FRAME_HEADER, WAL_HEADER, crash_image, page_size_of

    db = crash_image(tmp_path / "crash", 6)
    wal = Path(f"{db}-wal")
    raw = bytearray(wal.read_bytes())
    raw[WAL_HEADER + FRAME_HEADER + page_size_of(wal) + FRAME_HEADER + 100] ^= 0xFF  # the second frame
    wal.write_bytes(bytes(raw))
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "present", lambda box: shown.append(box.text() + "\n" + box.informativeText())
    )
    window = _window(qtbot, db.parent)
    launch.PersonalStart(LaunchOptions(), DataPaths(db.parent)).load(window)
    assert window.context is not None
    [notice] = [s for s in shown if "could not be read back" in s]
    assert "A copy of the unreadable part was kept:" in notice and "quizapp.db-wal.unreadable-" in notice
