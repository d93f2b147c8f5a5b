"""Review, progress and your data in the window, keyboard first, as a learner uses them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.ui.personal import data_actions
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import dialogs as shell_dialogs
from tests.ui.conftest import Dialogs, WindowFactory, button, press, shows, visible_texts

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def answer_run(qtbot: QtBot, window: MainWindow, right: set[str], start: Qt.Key = Qt.Key.Key_Return) -> None:
    """Start a quiz with `start` on the home screen, answer every question by keyboard (right
    for ids in `right`, else Not sure), and go back home from the results."""
    press(qtbot, window, start)
    run = window.run
    assert run is not None
    while run.current is not None:
        q = run.current
        if q.id in right:
            for choice_id in sorted(q.correct_ids):
                press(qtbot, window, DIGITS[run.current_order.index(choice_id) + 1])
        else:
            press(qtbot, window, Qt.Key.Key_0)
        press(qtbot, window, Qt.Key.Key_Return)
        press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.results
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen() is window.home


def later(window: MainWindow, delta: timedelta) -> None:
    """Move the app's clocks forward, as if the learner came back after `delta`."""
    context = window.context
    assert context is not None
    now = datetime.now(UTC) + delta
    context.quiz._clock = lambda: now  # type: ignore[method-assign]
    context.learning._clock = lambda: now.astimezone()


def test_missed_questions_are_due_and_r_starts_a_review_of_them(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert shows(window.home, "Nothing to review right now.")
    assert not window.home.review_button.isEnabled()
    answer_run(qtbot, window, right={"alpha-001"})
    later(window, timedelta(minutes=2))
    window.go_home()
    assert "2 questions are due for review." in visible_texts(window.home)
    assert window.home.review_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_R)
    run = window.run
    assert run is not None and run.kind == "review"
    assert {q.id for q in run.questions} == {"alpha-002", "beta-001"}
    press(qtbot, window, Qt.Key.Key_0)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.context is not None
    schedule = window.context.answers.schedule(run.questions[0].id)
    assert schedule is not None and schedule.reviews == 2  # the review answer updated it


def test_p_opens_the_progress_screen_with_figures_in_text_and_esc_goes_back(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_run(qtbot, window, right={"alpha-001", "beta-001"})
    press(qtbot, window, Qt.Key.Key_P)
    view = window.progress
    assert window.current_screen() is view
    today = datetime.now().astimezone().date().isoformat()
    texts = visible_texts(view)
    assert "Questions seen: 3 of 3  ·  Streak: 1 day  ·  Due for review: 0" in texts
    assert "1 of 2 known (50%)" in texts and "1 of 1 known (100%)" in texts
    assert view.chart.days[-1].answered == 3
    assert f"{today}: 2 of 3 right (67%)" in view.chart.accessibleDescription()
    cells = [view.table.item(0, c).text() for c in range(4)]
    assert cells == [today, "3", "2", "67%"]
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.home


def test_the_progress_screen_follows_the_language(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_P)
    assert "Your progress" in visible_texts(window.progress)
    window.set_lang("ja")
    try:
        qtbot.waitUntil(lambda: "学習の記録" in visible_texts(window.progress))
        assert window.progress.export_button.text() == "ファイルに保存…"
        assert window.progress.table.horizontalHeaderItem(3).text() == "正答率"
    finally:
        window.set_lang("en")
        qtbot.waitUntil(lambda: "Your progress" in visible_texts(window.progress))


def test_save_erase_and_add_back_from_the_gui_gives_back_the_same_data(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    window = make_window()
    answer_run(qtbot, window, right={"alpha-001"})
    saved = tmp_path / "mine.json"
    monkeypatch.setattr(shell_dialogs, "present_file", lambda dialog: str(saved))
    press(qtbot, window, Qt.Key.Key_P)
    window.progress.export_button.click()
    first = saved.read_text(encoding="utf-8")
    assert len(json.loads(first)["answers"]) == 3 and dialogs.shown[-1].windowTitle() == "Saved"

    dialogs.answer("Keep my data")
    window.progress.erase_button.click()
    assert dialogs.shown[-1].text() == "Erase all your data from this computer?"
    assert shows(window.progress, "Questions seen: 3 of 3")

    dialogs.answer(Dialogs.ENTER)  # Enter takes the safe answer
    window.progress.erase_button.click()
    assert shows(window.progress, "Questions seen: 3 of 3")

    dialogs.answer("Erase everything")
    window.progress.erase_button.click()
    assert dialogs.shown[-1].windowTitle() == "Erased"
    assert shows(window.progress, "Questions seen: 0 of 3")

    window.progress.import_button.click()
    assert (dialogs.shown[-1].windowTitle(), dialogs.texts[-1]) == (
        "Added",
        "3 answers were added (0 were already here).",
    )
    assert shows(window.progress, "Questions seen: 3 of 3")
    window.progress.export_button.click()
    assert saved.read_text(encoding="utf-8") == first


def test_a_bad_file_says_what_is_wrong_and_changes_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    window = make_window()
    answer_run(qtbot, window, right=set())
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "quizapp-export", "version": 2, "answers": [{"chosen": 1}]}', encoding="utf-8")
    monkeypatch.setattr(shell_dialogs, "present_file", lambda dialog: str(bad))
    press(qtbot, window, Qt.Key.Key_P)
    window.progress.import_button.click()
    title, text = dialogs.shown[-1].windowTitle(), dialogs.texts[-1]
    assert title == "Nothing was added" and str(bad) in text and "answers[0].chosen:" in text
    assert shows(window.progress, "Questions seen: 3 of 3")


def test_with_two_learners_each_has_their_own_progress(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert not shows(window.home, "Learner:")  # one learner: the app never asks
    answer_run(qtbot, window, right={"alpha-001"})
    monkeypatch.setattr(data_actions.QInputDialog, "getText", lambda *a: ("Hana", True))
    press(qtbot, window, Qt.Key.Key_P)
    window.progress.add_profile_button.click()
    assert "Progress of Main learner" in visible_texts(window.progress)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen() is window.home  # Esc still works after adding a learner
    assert "Learner: Main learner" in visible_texts(window.home)
    monkeypatch.setattr(data_actions.QInputDialog, "getItem", lambda *a: ("Hana", True))
    button(window.home, "Change learner").click()
    assert "Learner: Hana" in visible_texts(window.home)
    press(qtbot, window, Qt.Key.Key_P)
    assert shows(window.progress, "Questions seen: 0 of 3")
    QApplication.processEvents()  # rebuilt lists never leave a stray window behind
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_a_keyboard_run_of_five_answers_survives_export_erase_import(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    answer_run(qtbot, window, right={"alpha-001", "beta-001"})  # 3 answers
    window.home._topic_buttons[0].setFocus()  # the Alpha topic: 2 more
    answer_run(qtbot, window, right={"alpha-002"})
    window.close()
    first, again = tmp_path / "first.json", tmp_path / "again.json"
    assert main(["export", "--data-dir", str(data_dir), "-o", str(first)]) == 0
    assert len(json.loads(first.read_text(encoding="utf-8"))["answers"]) == 5
    assert main(["delete-my-data", "--yes", "--data-dir", str(data_dir)]) == 0
    assert main(["import", str(first), "--data-dir", str(data_dir)]) == 0
    assert main(["export", "--data-dir", str(data_dir), "-o", str(again)]) == 0
    assert again.read_bytes() == first.read_bytes()
