"""Promise 1 through the real kiosk window: visits answered with keys, ended the way a visitor
ends them (Enter on the results), leave an empty WAL, and two kiosks that saw the same visits
in other orders end with the same database, byte for byte."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.model import NOT_SURE
from quizapp.paths import DataPaths
from quizapp.services import kiosk as kiosk_service
from quizapp.services.kiosk import open_kiosk_context
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui.kiosk.idle import IdleWatcher
from quizapp.ui.kiosk.kiosk_window import KioskWindow
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations
from tests.conftest import write_registry
from tests.services.test_kiosk_forgets import BANK, QUESTIONS

PICKS = ("okapi", "tapir", NOT_SURE)
"""Visit n picks PICKS[n] on every question: each visit is recognisable in the totals' sources."""


@pytest.fixture
def kiosks(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[KioskWindow]]:
    """Two kiosk windows on two data folders that start from the same database."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(text_size="large"), family=theme.load_fonts())
    bank = tmp_path / "lynx-banks"
    bank.mkdir()
    write_registry(bank, ("src-a",))
    (bank / "lynx.yaml").write_text(BANK, encoding="utf-8")
    monkeypatch.setattr(kiosk_service, "shipped_banks_dir", lambda: bank)
    template = tmp_path / "template"
    open_kiosk_context(DataPaths(template), [bank]).close()
    windows, watchers = [], []
    for name in ("first", "second"):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(template / "quizapp.db", folder / "quizapp.db")
        PinStore(folder).set_pin("2468")
        watcher = IdleWatcher(600, 60)
        watcher.install(app)
        window = KioskWindow(Translations(), theme.Look(text_size="large"), PinStore(folder), watcher)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.attach(open_kiosk_context(DataPaths(folder), [bank]))
        windows.append(window)
        watchers.append(watcher)
    yield windows
    for window, watcher in zip(windows, watchers, strict=True):
        app.removeEventFilter(watcher)
        window._may_close = True
        window.close()


def one_visit(qtbot: QtBot, window: KioskWindow, pick: str) -> None:
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_Return)  # attract -> quiz
    run, session = window.run, window.session
    assert run is not None and session is not None
    view = session.question
    assert isinstance(view, QuestionView)
    while run.current is not None:
        view.press_number(0 if pick == NOT_SURE else run.current_order.index(pick) + 1)
        qtbot.keyClick(view, Qt.Key.Key_Return)  # answer
        qtbot.keyClick(view, Qt.Key.Key_Return)  # next
    assert window.current_screen() is session.results
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_Return)  # "back to the start": the visit ends
    assert window.current_screen() is window.attract


def test_visits_through_the_window_leave_nothing_but_the_totals(
    qtbot: QtBot, kiosks: list[KioskWindow], tmp_path: Path
) -> None:
    first, second = kiosks
    for window, order in ((first, PICKS), (second, tuple(reversed(PICKS)))):
        for pick in order:
            one_visit(qtbot, window, pick)
            assert window.context is not None
            window.context.flush()  # the visit's counts are written on the writer thread
            wal = Path(str(window.context.paths.database) + "-wal") if window.context else None
            assert wal is not None and wal.stat().st_size == 0
    assert first.context is not None
    report = first.context.read_report().report
    assert report.visits == 3
    assert {q.question_id: dict(q.choices) for q in report.questions} == {
        q: {"okapi": 1, "tapir": 1, NOT_SURE: 1} for q in QUESTIONS
    }
    for window in kiosks:
        window._may_close = True
        window.close()  # closes the context: the WAL and its index go with the last connection
    one, two = (tmp_path / name / "quizapp.db" for name in ("first", "second"))
    assert one.read_bytes() == two.read_bytes()
    assert not Path(f"{one}-wal").exists() and not Path(f"{one}-shm").exists()
