"""A large import runs off the GUI thread, in batches, with the window still answering (issue 11)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from quizapp.services.learning import LearningService
from quizapp.ui.shell import dialogs as shell_dialogs
from tests.ui.conftest import Dialogs, WindowFactory

N_ANSWERS = 12_000  # three batches of 5,000 and a bit


def big_export(path: Path) -> Path:
    answers = [
        {
            "answered_at": f"2026-11-{1 + n % 28:02d}T09:{n % 60:02d}:{n % 59:02d}.{n:06d}+00:00",
            "run_id": f"run{n // 10}",
            "question_id": "alpha-001",
            "chosen": ["a"],
            "correct": True,
            "seconds": 1.0,
        }
        for n in range(N_ANSWERS)
    ]
    doc = {"format": "quizapp-export", "version": 2, "answers": answers}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_large_import_keeps_the_window_answering_and_adds_everything(
    make_window: WindowFactory, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    export = big_export(tmp_path / "big.json")
    monkeypatch.setattr(shell_dialogs, "present_file", lambda dialog: str(export))
    real = LearningService.import_from
    seen: dict[str, object] = {"ticks_while_importing": 0, "batches": []}
    importing = threading.Event()

    def spy(self: LearningService, path: Path, progress: object = None) -> object:
        seen["thread"] = threading.current_thread().name

        def counted(done: int, total: int) -> None:
            seen["batches"].append((done, total))  # type: ignore[union-attr]
            progress(done, total)  # type: ignore[operator]

        importing.set()
        try:
            return real(self, path, counted)
        finally:
            importing.clear()

    monkeypatch.setattr(LearningService, "import_from", spy)

    def tick() -> None:
        if importing.is_set():
            seen["ticks_while_importing"] = int(seen["ticks_while_importing"]) + 1  # type: ignore[call-overload]

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1)
    assert window.data_actions.import_data()
    timer.stop()
    assert seen["thread"] != threading.main_thread().name  # not on the GUI thread
    assert int(seen["ticks_while_importing"]) > 0  # the GUI's event loop ran during the import  # type: ignore[call-overload]
    assert seen["batches"][-1] == (N_ANSWERS, N_ANSWERS) and len(seen["batches"]) >= 3  # type: ignore[index,arg-type]
    assert f"{N_ANSWERS} answers were added (0 were already here)." in dialogs.texts
