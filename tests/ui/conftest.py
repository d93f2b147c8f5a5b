from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import make_context, open_answers
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import theme

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, bank_dir: Path, data_dir: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(), family=theme.load_fonts())

    def make(lang: str = "en", banks: list[Path] | None = None) -> MainWindow:
        paths = DataPaths(data_dir)
        catalog = load_catalog(banks or [bank_dir], paths.cache)
        answers = open_answers(paths)
        window = MainWindow(lang, paths.log_file)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.attach(make_context(paths, catalog, answers))
        QApplication.processEvents()  # widgets added to a shown layout appear on the next pass
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    gc.collect()  # release Python wrappers while the QApplication still exists


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Send a key where a real keyboard would: the focused widget, else the current screen."""
    target: QWidget = window.focusWidget() or window.current_screen()
    qtbot.keyClick(target, key)
    QApplication.processEvents()
