"""What the user sees when the data folder is damaged, locked, unwritable or full."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.app import launch_options
from quizapp.cli import build_parser
from quizapp.options import LaunchOptions
from quizapp.paths import DataPaths
from quizapp.services.context import open_context
from quizapp.storage.errors import AlreadyRunning
from quizapp.storage.instance_lock import InstanceLock
from quizapp.ui import launch
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell.i18n import Translations
from tests.ui.conftest import Dialogs, WindowFactory, press

pytestmark = pytest.mark.fault


@pytest.fixture
def shown(dialogs: Dialogs) -> list[QMessageBox]:
    """Every message box the app presents (each answered with its default button)."""
    return dialogs.shown


def _options() -> LaunchOptions:
    """Options as the real command line gives them."""
    return launch_options(build_parser().parse_args(["--lang", "en", "--quit-after-first-frame"]))


def _answers(paths: DataPaths) -> list[str]:
    with sqlite3.connect(paths.database) as conn:
        return [r[0] for r in conn.execute("SELECT question_id FROM answer ORDER BY id")]


def _answer_one(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Return)  # start the mixed quiz
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)


def test_a_second_copy_on_the_same_data_folder_says_it_is_already_open_and_exits(
    data_dir: Path, shown: list[QMessageBox], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(data_dir)
    first = InstanceLock.acquire(paths.lock_file)
    windows_before = set(QApplication.topLevelWidgets())
    try:
        assert launch.launch(_options(), paths) == 1
    finally:
        first.release()
    assert not paths.database.exists()  # no window, so no database, so never "database is locked"
    assert not [w for w in QApplication.topLevelWidgets() if w not in windows_before and w not in shown]
    assert [b.text() for b in shown] == [
        "The quiz is already open. Please use the window that is already running."
    ]
    assert str(data_dir) in shown[0].informativeText()


HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from quizapp.storage.errors import AlreadyRunning
from quizapp.storage.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(600)
"""


def test_the_lock_is_free_again_once_the_first_copy_was_killed(data_dir: Path) -> None:
    """A copy that dies without releasing (SIGKILL, power cut) never leaves the folder locked."""
    paths = DataPaths(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(paths.lock_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(AlreadyRunning):
            InstanceLock.acquire(paths.lock_file)
        holder.send_signal(signal.SIGKILL)
        assert holder.wait(timeout=30) == -signal.SIGKILL
    finally:
        holder.kill()
        holder.wait(timeout=30)
    InstanceLock.acquire(paths.lock_file).release()


def test_a_data_folder_that_is_a_file_gives_a_clear_message_not_a_crash(
    tmp_path: Path, shown: list[QMessageBox]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    assert launch.launch(_options(), DataPaths(blocker)) == 1
    assert [b.text() for b in shown] == ["Your progress cannot be saved: this folder cannot be written to."]
    assert blocker.read_text(encoding="utf-8") == "a file where the data folder should be"


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100], ids=["zero length", "garbage"])
def test_a_damaged_progress_file_is_replaced_by_the_backup_and_the_user_is_told(
    qtbot: QtBot, data_dir: Path, shown: list[QMessageBox], damage: bytes
) -> None:
    paths = DataPaths(data_dir)
    context = open_context(paths)
    context.close()  # leaves the first backup
    paths.database.write_bytes(damage)
    window = MainWindow(Translations(), paths.log_file)
    qtbot.addWidget(window)
    launch.PersonalStart(LaunchOptions(), paths).load(window)
    assert window.context is not None  # the app carries on
    assert len(shown) == 1
    assert "restored from the backup of" in shown[0].text()
    kept = [p for p in data_dir.glob("quizapp.db.broken-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    assert str(kept[0]) in shown[0].informativeText()
    window.close()


def test_without_a_backup_a_damaged_file_starts_afresh_and_says_so(
    qtbot: QtBot, data_dir: Path, shown: list[QMessageBox]
) -> None:
    paths = DataPaths(data_dir)
    paths.database.write_bytes(os.urandom(10000))
    window = MainWindow(Translations(), paths.log_file)
    qtbot.addWidget(window)
    launch.PersonalStart(LaunchOptions(), paths).load(window)
    assert window.context is not None
    assert "no usable backup" in shown[0].text()
    window.close()


def test_closing_the_app_leaves_a_checked_backup(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    _answer_one(qtbot, window)
    window.close()
    made = list((data_dir / "backups").iterdir())
    assert len(made) == 1 and made[0].name.startswith("quizapp-") and made[0].suffix == ".db"
    with contextlib.closing(sqlite3.connect(made[0])) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [r[0] for r in backup.execute("SELECT question_id FROM answer")] == _answers(
            DataPaths(data_dir)
        )
    assert len(_answers(DataPaths(data_dir))) == 1  # the answer given before closing is in the copy


@contextlib.contextmanager
def _tiny_disk(folder: Path) -> Iterator[Path]:
    """A 4 MiB disk: room for the database and the compiled banks (about 1.7 MB with their
    やさしい日本語), and small enough to fill in a moment."""
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here to fill a disk for real")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    return filler


def test_a_full_disk_keeps_saved_answers_says_so_and_saving_works_again_after(
    qtbot: QtBot, bank_dir: Path, tmp_path: Path, shown: list[QMessageBox]
) -> None:
    with _tiny_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        seed = DataPaths(tmp_path / "seed")
        open_context(seed, [bank_dir]).close(backup=False)
        data.mkdir()
        shutil.copy(seed.database, data / "quizapp.db")
        paths = DataPaths(data)
        context = open_context(paths, [bank_dir])
        window = MainWindow(Translations(), paths.log_file)
        qtbot.addWidget(window)
        window.show()
        window.attach(context)
        _answer_one(qtbot, window)
        assert len(_answers(paths)) == 1 and not shown
        press(qtbot, window, Qt.Key.Key_Return)  # next question
        filler = _fill(disk)
        press(qtbot, window, Qt.Key.Key_1)
        press(qtbot, window, Qt.Key.Key_Return)
        assert [b.text() for b in shown] == ["Your answer could not be saved because the disk is full."]
        assert not window.question._feedback.isVisible()  # still on the question, nothing advanced
        filler.unlink()
        press(qtbot, window, Qt.Key.Key_Return)  # answer again once there is room
        assert window.question._feedback.isVisible()
        window.close()
        assert len(_answers(paths)) == 2
