"""`quizapp kiosk ...` and `quizapp --kiosk` as staff call them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.domain.kiosk import VisitTally
from quizapp.paths import DataPaths
from quizapp.services.kiosk import open_counters


def start_kiosk(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`quizapp --kiosk`, painting its first frame and exiting, in a real process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir), "--kiosk", "--quit-after-first-frame"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_kiosk_mode_refuses_to_start_without_a_pin(data_dir: Path) -> None:
    result = start_kiosk(data_dir)
    assert result.returncode == 2
    assert "no staff PIN is set" in result.stderr and "kiosk set-pin" in result.stderr


def test_set_pin_reads_two_lines_when_not_a_terminal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n4321\n"))
    assert main(["kiosk", "set-pin", "--data-dir", str(data_dir)]) == 0
    assert "Argon2id" in capsys.readouterr().out
    stored = (data_dir / "kiosk-pin").read_text(encoding="utf-8")
    assert stored.startswith("$argon2id$") and "4321" not in stored


def test_set_pin_refuses_two_different_pins_and_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n4322\n"))
    assert main(["--data-dir", str(data_dir), "kiosk", "set-pin"]) == 1
    assert "the two PINs differ" in capsys.readouterr().err
    assert not (data_dir / "kiosk-pin").exists()


def test_report_prints_visits_and_attempts(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counters = open_counters(DataPaths(data_dir))
    visit = VisitTally(date(2026, 11, 27))
    visit.add("pii-001", {"x"}, False)
    visit.add("pii-002", {"y"}, True)
    counters.add_visit(visit)
    counters.close()
    assert main(["kiosk", "report", "--format", "json", "--data-dir", str(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sessions"] == 1
    assert sum(q["attempts"] for q in data["questions"]) == 2
    assert {q["question_id"]: q["choices"] for q in data["questions"]} == {
        "pii-001": {"x": 1},
        "pii-002": {"y": 1},
    }
    assert main(["export", "--data-dir", str(data_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["answers"] == []


def test_kiosk_mode_starts_with_a_pin_and_writes_only_its_pin_hash_and_lock(data_dir: Path) -> None:
    from quizapp.services.kiosk_pin import PinStore

    PinStore(data_dir).set_pin("97531")
    result = start_kiosk(data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not (data_dir / "settings.json").exists()  # a visitor's display choices are not kept
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"97531" not in path.read_bytes(), path
