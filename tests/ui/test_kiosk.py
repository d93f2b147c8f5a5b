"""Kiosk mode as a visitor and a staff member meet it, with a 1 s idle timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.paths import DataPaths
from quizapp.services.kiosk import KioskContext, open_counters
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui import theme
from quizapp.ui.idle import IdleWatcher
from quizapp.ui.kiosk_window import KioskWindow
from quizapp.ui.question_view import QuestionView
from quizapp.ui.results_view import ResultsView

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
    sources: [{{title: 出典, url: "https://example.org/z"}}]
  - id: marked-002
    type: true_false
    difficulty: 1
    prompt: {{ja: 正しい？, en: "Is it true?"}}
    choices:
      - {{id: "true", text: {{ja: 正しい, en: "True"}}, correct: true, why: {{ja: はい。, en: Yes.}}}}
      - {{id: "false", text: {{ja: 誤り, en: "False"}}, correct: false, why: {{ja: いいえ。, en: No.}}}}
    explanation: {{ja: 説明二。, en: Explained two.}}
    sources: [{{title: 出典, url: "https://example.org/y"}}]
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
    (banks / "marked.yaml").write_text(BANK, encoding="utf-8")
    pins = PinStore(data_dir)
    pins.set_pin(PIN)
    made: list[tuple[KioskWindow, IdleWatcher]] = []

    def make(timeout: int = 1, warning: int = 1) -> KioskWindow:
        paths = DataPaths(data_dir)
        watcher = IdleWatcher(timeout, warning)
        watcher.install(app)
        window = KioskWindow("en", theme.Look(text_size="large"), pins, watcher)
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.attach(KioskContext(paths, load_catalog([banks]), open_counters(paths)))
        made.append((window, watcher))
        return window

    yield make
    for window, watcher in made:
        app.removeEventFilter(watcher)
        window._may_close = True
        window.close()


def key(qtbot: QtBot, window: KioskWindow, k: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    target: QWidget = window.focusWidget() or window.current_screen()
    if modifier is None:
        qtbot.keyClick(target, k)
    else:
        qtbot.keyClick(target, k, modifier)


def answer_two_with_the_mark(qtbot: QtBot, window: KioskWindow) -> None:
    key(qtbot, window, Qt.Key.Key_Return)  # attract -> quiz
    run, view = window.run, window.question
    assert run is not None and isinstance(view, QuestionView)
    for _ in range(2):
        question = run.current
        assert question is not None
        wrong = next(c.id for c in question.choices if not c.correct)
        view.press_number(run.current_order.index(wrong) + 1)
        key(qtbot, window, Qt.Key.Key_Return)  # answer
        assert view._feedback.isVisible()
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


def test_idle_reset_warns_then_clears_every_trace_of_the_visitor(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=1, warning=2)
    answer_two_with_the_mark(qtbot, window)
    assert window.current_screen() is window.results
    assert any(MARK in t for t in texts_everywhere())  # the results list the visitor's wrong answer
    # On the results screen the idle timeout alone brings back the attract screen.
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=3000)
    assert window.run is None and window.question is None and window.results is None
    leftovers = [t for t in texts_everywhere() if MARK in t or PROMPT in t]
    assert leftovers == []
    assert not [w for w in QApplication.allWidgets() if isinstance(w, (QuestionView, ResultsView))]


def test_idle_on_a_question_asks_still_there_and_continue_keeps_the_visit(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=1, warning=3)
    key(qtbot, window, Qt.Key.Key_Return)
    view = window.question
    assert view is not None and window.run is not None
    view.press_number(1)
    qtbot.waitUntil(lambda: window.prompt.isVisible(), timeout=2500)
    assert window.prompt.title.text() == "Still there?"
    assert "cleared in 3 seconds" in window.prompt.body.accessibleName()
    qtbot.mouseClick(window.prompt.primary, Qt.MouseButton.LeftButton)
    assert not window.prompt.isVisible()
    assert window.current_screen() is view and view.chosen()  # the selection is still there
    # Left alone again: the warning runs out and the visit ends, selection and all.
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=6000)
    assert window.run is None and not window.prompt.isVisible()


def test_no_answer_rows_only_counters(qtbot: QtBot, make_kiosk: KioskFactory, data_dir: Path) -> None:
    window = make_kiosk(timeout=30)
    answer_two_with_the_mark(qtbot, window)
    assert db_count(data_dir, "SELECT sum(attempts) FROM kiosk_question") == 0  # not before the end
    window.end_visit()
    assert db_count(data_dir, "SELECT count(*) FROM answer") == 0
    assert db_count(data_dir, "SELECT count(*) FROM quiz_run") == 0
    assert db_count(data_dir, "SELECT sum(visits) FROM kiosk_visit_day") == 1
    assert db_count(data_dir, "SELECT sum(attempts) FROM kiosk_question") == 2
    assert db_count(data_dir, "SELECT sum(correct) FROM kiosk_question") == 0
    assert (
        db_count(data_dir, "SELECT picks FROM kiosk_choice WHERE question_id='marked-001' AND choice_id='b'")
        == 1
    )


def test_escape_and_close_do_not_end_kiosk_mode(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=30)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.attract and window.run is None  # Esc does not start
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    window.close()
    assert window.isVisible()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.question
    key(qtbot, window, Qt.Key.Key_Escape)  # asks; "Keep going" stays
    assert window.prompt.isVisible() and window.prompt.title.text() == "End your visit?"
    qtbot.mouseClick(window.prompt.secondary, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.question and window.run is not None
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Return)  # "End visit" has the focus
    assert window.current_screen() is window.attract and window.run is None and window.isVisible()


def test_language_choice_lasts_one_visit(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=30)
    qtbot.mouseClick(window.attract._ja, Qt.MouseButton.LeftButton)
    assert window.lang == "ja" and window.run is None  # choosing a language does not start
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.question is not None and window.question._prompt.text() in (
        "しまのある動物は？",
        "正しい？",
    )
    window.end_visit()
    assert window.lang == "en"


def test_a_language_chosen_but_not_used_is_undone_when_idle(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=1)
    qtbot.mouseClick(window.attract._ja, Qt.MouseButton.LeftButton)
    assert window.lang == "ja"
    qtbot.waitUntil(lambda: window.lang == "en", timeout=2500)
    assert window.current_screen() is window.attract and window.attract._en.isChecked()


def test_text_size_is_one_tap_on_the_attract_screen_and_undone_when_idle(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    from quizapp.ui import theme

    window = make_kiosk(timeout=1)
    before = theme.current().text_size
    qtbot.mouseClick(window.attract.display.text_size, Qt.MouseButton.LeftButton)
    assert theme.current().text_size != before and window.run is None  # it does not start a visit
    qtbot.waitUntil(lambda: theme.current().text_size == before, timeout=2500)


def test_buttons_are_touch_sized(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window = make_kiosk(timeout=30)
    window._on_attract_staff_requested()
    for screen in (window.attract, window.pin_pad):
        for button in screen.findChildren(QAbstractButton):
            if button.isVisibleTo(screen):
                hint = button.sizeHint().expandedTo(button.minimumSizeHint())
                assert min(hint.width(), hint.height()) >= 44, button.text()


def test_corner_long_press_opens_the_pin_pad_and_a_short_one_starts(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=30)
    attract = window.attract
    attract._hold.setInterval(200)  # the real press is 5 s
    corner = QPoint(attract.width() - 10, 10)
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.wait(400)
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=corner)
    assert window.current_screen() is window.pin_pad and window.run is None
    window.pin_pad.cancel()
    assert window.current_screen() is window.attract
    qtbot.mouseClick(attract, Qt.MouseButton.LeftButton, pos=corner)
    assert window.current_screen() is window.question


def test_pin_pad_locks_after_five_wrong_pins_then_staff_screen_and_exit(
    qtbot: QtBot, make_kiosk: KioskFactory, data_dir: Path
) -> None:
    window = make_kiosk(timeout=30)
    mods = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_K, mods)  # through the shortcut map
    assert window.current_screen() is window.pin_pad
    pad = window.pin_pad
    for _ in range(5):
        for digit in "1111":
            pad.press_digit(digit)
        pad.submit()
    assert pad.locked and "Try again in 0:30" in pad._status.text(), pad._status.text()
    assert not pad._ok.isEnabled()
    for digit in PIN:
        pad.press_digit(digit)
    pad.submit()
    assert window.current_screen() is window.pin_pad  # the right PIN waits for the lock
    assert PinStore(data_dir).locked_for() > 0  # and a restart would find the lock too

    PinStore(data_dir).set_pin(PIN)  # staff reset it from the command line
    pad.reset()
    for digit in PIN:
        key(qtbot, window, getattr(Qt.Key, f"Key_{digit}"))
    assert pad._dots.text() == "●●●●" and PIN not in texts_everywhere()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.staff
    with qtbot.waitSignal(window.left_by_staff):
        qtbot.mouseClick(window.staff._exit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_broken_kiosk_database_is_kept_aside_and_the_kiosk_still_opens(tmp_path: Path) -> None:
    from quizapp.paths import DataPaths
    from quizapp.services.kiosk import open_kiosk_context

    paths = DataPaths(tmp_path)
    paths.database.write_bytes(b"this is not a database" * 100)
    context = open_kiosk_context(paths)
    try:
        context.count_visit()
        context.finish_visit()
        assert context.counters.report().visits == 1
    finally:
        context.close()
    kept = list(tmp_path.glob("quizapp.db.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not a database" * 100
