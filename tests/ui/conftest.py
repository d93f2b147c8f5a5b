from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import make_context, open_answers
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import dialogs as shell_dialogs
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations

WindowFactory = Callable[..., MainWindow]


class Dialogs:
    """The app's message boxes, answered through `dialogs.present` (the one test hook) instead
    of a modal loop: each box is kept in `shown`, then answered by the next of `answer(...)`:
    a button's text clicks that button, ENTER or ESC are pressed on the box as a user would,
    and with nothing queued the box's default button is clicked (a message is just read)."""

    ENTER = Qt.Key.Key_Return
    ESC = Qt.Key.Key_Escape

    def __init__(self) -> None:
        self.shown: list[QMessageBox] = []
        self._answers: list[str | Qt.Key] = []

    def answer(self, *answers: str | Qt.Key) -> None:
        self._answers.extend(answers)

    @property
    def texts(self) -> list[str]:
        return [box.text() for box in self.shown]

    def present(self, box: QMessageBox) -> None:
        self.shown.append(box)
        answer = self._answers.pop(0) if self._answers else None
        if isinstance(answer, Qt.Key):
            box.open()
            QTest.qWaitForWindowExposed(box)
            QTest.keyClick(box.focusWidget() or box, answer)
            assert not box.isVisible(), f"{answer} did not close {box.text()!r}"
            return
        buttons = box.buttons()
        if answer is None and not buttons:  # a message with only OK, which exec() adds
            return
        if answer is None:
            button = box.defaultButton() or buttons[0]
        else:
            named = [b for b in buttons if b.text() == answer]
            assert named, f"no button {answer!r} in {box.text()!r}: {[b.text() for b in buttons]}"
            button = named[0]
        button.click()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Every message box the app shows, answered without waiting (see Dialogs)."""
    seen = Dialogs()
    monkeypatch.setattr(shell_dialogs, "present", seen.present)
    return seen


@pytest.fixture
def make_window(qtbot: QtBot, bank_dir: Path, data_dir: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []
    translations = Translations()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(), family=theme.load_fonts())

    def make(lang: str = "en", banks: list[Path] | None = None) -> MainWindow:
        paths = DataPaths(data_dir)
        catalog = load_catalog(banks or [bank_dir], paths.cache)
        answers = open_answers(paths)
        translations.use(lang)  # type: ignore[arg-type]
        window = MainWindow(translations, paths.log_file)
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
    translations.use("en")
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


def visible_texts(root: QWidget) -> list[str]:
    """What a user can read in `root`: the text of every visible label and button (without
    the zero-width spaces that let long words wrap: nobody sees those)."""
    widgets: list[QLabel | QAbstractButton] = [
        *root.findChildren(QLabel),
        *root.findChildren(QAbstractButton),
    ]
    return [w.text().replace("\u200b", "") for w in widgets if w.isVisible() and w.text()]


def shows(root: QWidget, text: str) -> bool:
    """True when some visible label or button of `root` contains `text`."""
    return any(text in t for t in visible_texts(root))


def button(root: QWidget, name: str) -> QAbstractButton:
    """The visible button of `root` labelled, or named for screen readers, `name`."""
    found = [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and name in (b.text(), b.accessibleName())
    ]
    assert len(found) == 1, f"{len(found)} buttons named {name!r}"
    return found[0]
