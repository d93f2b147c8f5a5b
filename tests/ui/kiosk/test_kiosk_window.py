"""Kiosk mode as a visitor and a staff member meet it, with a 1 s idle timeout."""

from __future__ import annotations

import csv
import io
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.paths import DataPaths
from quizapp.services.kiosk import KioskContext, open_counters
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui.kiosk import attract_view, staff_view
from quizapp.ui.kiosk.idle import IdleWatcher
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.quiz.results_view import ResultsView
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations
from tests.ui.conftest import button, shows, visible_texts
from tests.ui.kiosk.conftest import (
    DIGITS,
    MARK,
    PIN,
    PROMPT,
    KioskFactory,
    answer_two_with_the_mark,
    db_count,
    key,
    open_staff_screen,
    staff_shortcut,
    texts_everywhere,
)


def test_idle_reset_warns_then_clears_every_trace_of_the_visitor(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=1, warning=2)
    answer_two_with_the_mark(qtbot, window)
    assert window.session is not None and window.current_screen() is window.session.results
    assert any(MARK in t for t in texts_everywhere())  # the results list the visitor's wrong answer
    # On the results screen the idle timeout alone brings back the attract screen.
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=3000)
    assert window.run is None and window.session is None
    leftovers = [t for t in texts_everywhere() if MARK in t or PROMPT in t]
    assert leftovers == []
    assert not [w for w in QApplication.allWidgets() if isinstance(w, (QuestionView, ResultsView))]


def test_idle_on_a_question_asks_still_there_and_continue_keeps_the_visit(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=1, warning=3)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session is not None and window.run is not None
    view = window.session.question
    key(qtbot, window, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.prompt.isVisible(), timeout=2500)
    assert window.prompt.title.text() == "Still there?"
    assert window.prompt.count.text() == "3"  # the number on a line of its own, the words fixed
    assert "cleared in 3 seconds" in window.prompt.accessibleDescription()
    body = window.prompt.body.accessibleName()
    qtbot.waitUntil(lambda: window.prompt.count.text() == "2", timeout=2000)
    assert window.prompt.body.accessibleName() == body  # the lines do not change as it counts
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
    assert window.context is not None
    window.context.flush()  # the counts are written on the writer thread
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
    assert window.session is not None
    assert window.current_screen() is window.session.question
    key(qtbot, window, Qt.Key.Key_Escape)  # asks, with "Continue" as the default
    assert window.prompt.isVisible() and window.prompt.title.text() == "End your visit?"
    qtbot.mouseClick(window.prompt.secondary, Qt.MouseButton.LeftButton)  # "End visit", tapped
    assert window.current_screen() is window.attract and window.run is None and window.isVisible()


def test_escape_asks_with_continue_as_the_default(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=30)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session is not None and window.run is not None
    view, run = window.session.question, window.run
    key(qtbot, window, Qt.Key.Key_1)
    key(qtbot, window, Qt.Key.Key_Escape)
    prompt = window.prompt
    assert prompt.isVisible() and prompt.focusWidget() is prompt.primary
    assert prompt.primary.text() == "Continue" and prompt.secondary.text() == "End visit"
    key(qtbot, window, Qt.Key.Key_Return)  # Enter: the default, Continue
    assert not prompt.isVisible()
    assert window.current_screen() is view and window.run is run and view.chosen()
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc on the question: the safe answer again
    assert not prompt.isVisible() and window.run is run and view.chosen()


def test_language_choice_lasts_one_visit(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=30)
    qtbot.mouseClick(button(window.attract, "日本語"), Qt.MouseButton.LeftButton)
    assert window.lang == "ja" and window.run is None  # choosing a language does not start
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session is not None
    assert shows(window.session.question, "しまのある動物は？") or shows(window.session.question, "正しい？")
    window.end_visit()
    assert window.lang == "en"


def test_plain_japanese_and_its_furigana_switch_last_one_visit(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    window = make_kiosk(timeout=30)
    assert not window.attract.display.furigana.isVisible()  # English: no furigana to switch
    qtbot.mouseClick(button(window.attract, "やさしい日本語"), Qt.MouseButton.LeftButton)
    assert window.lang == "ja-easy" and window.attract.display.furigana.isVisible()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session is not None
    bar = window.session.question.display
    assert bar.furigana.isVisible() and theme.current().furigana
    qtbot.mouseClick(bar.furigana, Qt.MouseButton.LeftButton)  # this visitor wants none
    assert not theme.current().furigana
    window.end_visit()
    assert window.lang == "en" and theme.current().furigana  # the next visitor starts fresh


def test_a_language_chosen_but_not_used_is_undone_when_idle(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    window = make_kiosk(timeout=1)
    qtbot.mouseClick(button(window.attract, "日本語"), Qt.MouseButton.LeftButton)
    assert window.lang == "ja"
    qtbot.waitUntil(lambda: window.lang == "en", timeout=2500)
    assert window.current_screen() is window.attract
    assert button(window.attract, "✔ English").isChecked()


def test_text_size_is_one_tap_on_the_attract_screen_and_undone_when_idle(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:

    window = make_kiosk(timeout=1)
    before = theme.current().text_size
    qtbot.mouseClick(window.attract.display.text_size, Qt.MouseButton.LeftButton)
    assert theme.current().text_size != before and window.run is None  # it does not start a visit
    qtbot.waitUntil(lambda: theme.current().text_size == before, timeout=2500)


def test_buttons_are_touch_sized(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window = make_kiosk(timeout=30)
    staff_shortcut(qtbot, window)
    assert window.current_screen() is window.pin_pad
    for screen in (window.attract, window.pin_pad):
        for each in screen.findChildren(QAbstractButton):
            if each.isVisibleTo(screen):
                hint = each.sizeHint().expandedTo(each.minimumSizeHint())
                assert min(hint.width(), hint.height()) >= 44, each.text()


def test_corner_long_press_opens_the_pin_pad_and_a_short_one_starts(
    qtbot: QtBot, make_kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attract_view, "STAFF_PRESS_MS", 200)  # the real press is 5 s
    window = make_kiosk(timeout=30)
    attract = window.attract
    corner = QPoint(attract.width() - 10, 10)
    with qtbot.waitSignal(attract.staff_requested, timeout=2000):
        qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=corner)
    assert window.current_screen() is window.pin_pad and window.run is None
    qtbot.mouseClick(button(window.pin_pad, "Back to the kiosk"), Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract
    qtbot.mouseClick(attract, Qt.MouseButton.LeftButton, pos=corner)
    assert window.session is not None and window.current_screen() is window.session.question


def test_pin_pad_locks_after_five_wrong_pins_then_staff_screen_and_exit(
    qtbot: QtBot, make_kiosk: KioskFactory, data_dir: Path
) -> None:
    window = make_kiosk(timeout=30)
    staff_shortcut(qtbot, window)
    assert window.current_screen() is window.pin_pad
    pad = window.pin_pad
    for _ in range(5):
        for digit in "1111":
            key(qtbot, window, DIGITS[int(digit)])
        key(qtbot, window, Qt.Key.Key_Return)
    assert pad.locked and shows(pad, "Try again in 0:30"), visible_texts(pad)
    ok = button(pad, "Enter the PIN")
    assert not ok.isEnabled()
    for digit in PIN:
        pad.press_digit(digit)
    pad.submit()
    assert window.current_screen() is window.pin_pad  # the right PIN waits for the lock
    assert PinStore(data_dir).locked_for() > 0  # and a restart would find the lock too

    PinStore(data_dir).set_pin(PIN)  # staff reset it from the command line
    pad.reset()
    for digit in PIN:
        key(qtbot, window, getattr(Qt.Key, f"Key_{digit}"))
    assert "●●●●" in visible_texts(pad)
    assert not [t for t in texts_everywhere() if PIN in t]  # no widget holds the PIN, in any text
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.staff
    with qtbot.waitSignal(window.left_by_staff):
        qtbot.mouseClick(button(window.staff, "Exit kiosk mode"), Qt.MouseButton.LeftButton)
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
        assert context.read_report().report.visits == 1
    finally:
        context.close()
    kept = list(tmp_path.glob("quizapp.db.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not a database" * 100


def test_the_staff_csv_export_writes_the_report_excel_can_read(
    qtbot: QtBot, make_kiosk: KioskFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_kiosk(timeout=30, min_count=1)  # every count exactly (one visit's are all small)
    answer_two_with_the_mark(qtbot, window)
    window.end_visit()
    open_staff_screen(qtbot, window)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(staff_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(button(window.staff, "Export as CSV…"), Qt.MouseButton.LeftButton)
    assert shows(window.staff, f"Saved to {target}")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads it as UTF-8
    note, visits, questions = raw.decode("utf-8-sig").split("\n\n")  # three sections, each with a title
    assert note.startswith("[note]\n") and "min_count,1\n" in note
    assert list(csv.reader(io.StringIO(visits)))[2][1] == "1"
    title, questions = questions.split("\n", 1)
    assert title == "[questions]"
    rows = {r["question_id"]: r for r in csv.DictReader(io.StringIO(questions))}
    assert rows["marked-001"]["most_chosen_wrong_choice"] == MARK
    assert rows["marked-001"]["attempts"] == "1" and rows["marked-002"]["percent_correct"] == "0"


def test_the_staff_csv_export_says_when_it_cannot_write(
    qtbot: QtBot, make_kiosk: KioskFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_kiosk(timeout=30)
    open_staff_screen(qtbot, window)
    target = tmp_path / "missing-folder" / "report.csv"
    monkeypatch.setattr(staff_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(button(window.staff, "Export as CSV…"), Qt.MouseButton.LeftButton)
    assert shows(window.staff, f"Could not write {target}") and not target.exists()


def test_an_answer_that_cannot_be_counted_ends_the_visit_politely(
    qtbot: QtBot, make_kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    window = make_kiosk(timeout=30)
    assert window.context is not None

    def broken(*_args: object) -> None:
        raise RuntimeError("the counters went away")

    from quizapp.domain.kiosk import VisitTally

    monkeypatch.setattr(VisitTally, "add", broken)  # where a kiosk answer goes: the visit's tally
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_1)
    with caplog.at_level(logging.ERROR):
        key(qtbot, window, Qt.Key.Key_Return)
    assert "could not save an answer" in caplog.text
    assert window.prompt.isVisible() and window.prompt.title.text() == "Sorry, something went wrong"
    key(qtbot, window, Qt.Key.Key_Return)  # OK
    assert window.current_screen() is window.attract and window.session is None


def test_an_unexpected_error_is_logged_and_resets_the_visit(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    data_dir: Path,
    bank_dir: Path,
) -> None:
    """The kiosk start-up's error hook: no dialog, a log entry, and the visit is reset."""
    from quizapp.options import KioskOptions, LaunchOptions
    from quizapp.services.banks.catalog import load_catalog
    from quizapp.ui.launch import KioskStart

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = DataPaths(data_dir)
    window = KioskStart(LaunchOptions(), KioskOptions(), paths).make_window(app, Translations())
    qtbot.addWidget(window)
    context = KioskContext(paths, load_catalog([bank_dir]), open_counters(paths))
    try:
        window.show()
        qtbot.waitExposed(window)
        window.attach(context)
        window.start_visit()
        assert window.session is not None and window.run is not None
        with caplog.at_level(logging.CRITICAL):
            try:
                raise ValueError("a bug")
            except ValueError as exc:
                sys.excepthook(ValueError, exc, exc.__traceback__)
        assert "unexpected error" in caplog.text and "a bug" in caplog.text
        qtbot.waitUntil(lambda: window.current_screen() is window.attract and window.session is None)
        assert QApplication.activeModalWidget() is None  # nobody is asked anything
    finally:
        for watcher in app.findChildren(IdleWatcher):
            app.removeEventFilter(watcher)
            watcher.disarm()
            watcher.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        context.close()


def test_a_ring_fills_while_a_corner_is_held_and_goes_on_release(
    qtbot: QtBot, make_kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attract_view, "STAFF_PRESS_MS", 1500)
    window = make_kiosk(timeout=30)
    attract, ring = window.attract, window.attract.ring
    corner = QPoint(10, attract.height() - 10)  # bottom left
    assert not ring.isVisible() and ring.progress == 0
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=corner)
    assert ring.isVisible() and ring.geometry().contains(corner)
    qtbot.waitUntil(lambda: ring.progress > 0.2, timeout=1000)
    first = ring.progress
    qtbot.waitUntil(lambda: ring.progress > first + 0.2, timeout=1000)  # it keeps filling
    assert ring.progress < 1 and window.current_screen() is window.attract
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=corner)  # let go early
    assert not ring.isVisible() and ring.progress == 0


def test_a_report_read_that_ends_after_the_window_is_gone_harms_nothing(
    qtbot: QtBot, make_kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Staff open the report and leave at once (or the kiosk quits): the reading thread ends
    later, and must touch no widget of the window that is gone."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent

    window = make_kiosk(timeout=30)
    context = window.context
    assert context is not None
    release, entered = threading.Event(), threading.Event()
    real = context.read_report

    def slow_read():  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(10)
        return real()

    monkeypatch.setattr(context, "read_report", slow_read)
    staff_shortcut(qtbot, window)
    for digit in PIN:
        key(qtbot, window, DIGITS[int(digit)])
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.staff.loading and entered.wait(5)
    reader = next(t for t in threading.enumerate() if t.name == "kiosk-report")
    window.guard.release()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    reader.join(5)
    assert not reader.is_alive()
    for _ in range(5):  # whatever the thread left queued is delivered now
        QCoreApplication.processEvents()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
