"""The kiosk tests' window: a kiosk on a small bank with a recognisable wrong answer, a 1 s idle
timeout, and the keys and ways in a visitor and a staff member use."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.kiosk import DEFAULT_MIN_COUNT
from quizapp.paths import DataPaths
from quizapp.services.kiosk import KioskContext, open_counters
from quizapp.services.kiosk_pin import PinStore
from quizapp.services.settings import TextSize
from quizapp.ui.kiosk.idle import IdleWatcher
from quizapp.ui.kiosk.kiosk_window import KioskWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations
from tests.conftest import write_registry
from tests.ui.conftest import shows

MARK = "ZEBRA-7431"
"""A recognisable choice text: after the visit no widget may still hold it."""
PROMPT = "Which animal has stripes?"
BANK = f"""\
id: marked
title: {{ja: 印, en: Marked}}
questions:
  - id: marked-001
    type: single
    difficulty: 1
    prompt: {{ja: しまのある動物は？, en: "{PROMPT}"}}
    choices:
      - {{id: a, text: {{ja: しまうま, en: Zebra}}, correct: true, why: {{ja: しま。, en: Stripes.}}}}
      - {{id: b, text: {{ja: "{MARK}", en: "{MARK}"}}, correct: false, why: {{ja: 違います。, en: No.}}}}
    explanation: {{ja: 説明。, en: Explained.}}
    sources: [src-a]
    review_by: "2027-12-01"
    audience: [general]
  - id: marked-002
    type: true_false
    difficulty: 1
    prompt: {{ja: 正しい？, en: "Is it true?"}}
    choices:
      - {{id: "true", text: {{ja: 正しい, en: "True"}}, correct: true, why: {{ja: はい。, en: Yes.}}}}
      - {{id: "false", text: {{ja: 誤り, en: "False"}}, correct: false, why: {{ja: いいえ。, en: No.}}}}
    explanation: {{ja: 説明二。, en: Explained two.}}
    sources: [src-c]
    review_by: "2027-12-01"
    audience: [general]
"""
PIN = "2468"
KioskFactory = Callable[..., KioskWindow]


@pytest.fixture
def make_kiosk(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> Iterator[KioskFactory]:
    from quizapp.services.banks.catalog import load_catalog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(text_size="large"), family=theme.load_fonts())
    banks = tmp_path / "kbanks"
    banks.mkdir()
    write_registry(banks, ("src-a", "src-c"))
    (banks / "marked.yaml").write_text(BANK, encoding="utf-8")
    pins = PinStore(data_dir)
    pins.set_pin(PIN)
    made: list[tuple[KioskContext, IdleWatcher]] = []
    translations = Translations()

    def make(
        timeout: int = 1, warning: int = 1, min_count: int = DEFAULT_MIN_COUNT, text_size: TextSize = "large"
    ) -> KioskWindow:
        paths = DataPaths(data_dir)
        watcher = IdleWatcher(timeout, warning)
        watcher.install(app)
        look = theme.Look(text_size=text_size)  # the kiosk's own (--text-size), every visit's start
        if text_size != "large":
            theme.apply(app, look)
        window = KioskWindow(translations, look, pins, watcher, min_count=min_count)
        qtbot.addWidget(window)  # deleted after the test (a kiosk window refuses to close)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        context = KioskContext(paths, load_catalog([banks]), open_counters(paths))
        window.attach(context)
        made.append((context, watcher))
        return window

    yield make
    theme.set_screen_factor(1.0)  # a large test window grew the type for every later test
    translations.use("en")
    for context, watcher in made:
        app.removeEventFilter(watcher)
        watcher.disarm()
        context.close()


DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def staff_shortcut(qtbot: QtBot, window: KioskWindow) -> None:
    """The staff's hidden way in: Ctrl+Alt+Shift+K, through the shortcut map."""
    mods = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_K, mods)


def key(qtbot: QtBot, window: KioskWindow, k: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    target: QWidget = window.focusWidget() or window.current_screen()
    if modifier is None:
        qtbot.keyClick(target, k)
    else:
        qtbot.keyClick(target, k, modifier)


def answer_two_with_the_mark(qtbot: QtBot, window: KioskWindow) -> None:
    key(qtbot, window, Qt.Key.Key_Return)  # attract -> quiz
    assert window.session is not None
    run, view = window.run, window.session.question
    assert run is not None
    for _ in range(2):
        question = run.current
        assert question is not None
        wrong = next(c.id for c in question.choices if not c.correct)
        key(qtbot, window, DIGITS[run.current_order.index(wrong) + 1])
        key(qtbot, window, Qt.Key.Key_Return)  # answer
        assert shows(view, "Not quite")
        key(qtbot, window, Qt.Key.Key_Return)  # next


def texts_everywhere() -> list[str]:
    """Every text, tooltip and accessible name and description of every live widget."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    out: list[str] = []
    for widget in QApplication.allWidgets():
        text = getattr(widget, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str):
                out.append(value)
        out += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return out


def db_count(data_dir: Path, sql: str) -> int:
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        return int(conn.execute(sql).fetchone()[0] or 0)


def open_staff_screen(qtbot: QtBot, window: KioskWindow) -> None:
    staff_shortcut(qtbot, window)
    for digit in PIN:
        key(qtbot, window, DIGITS[int(digit)])
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.staff
    qtbot.waitUntil(lambda: not window.staff.loading)  # read on a thread of its own
