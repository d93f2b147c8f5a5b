"""Promise 4: delete-my-data is all or nothing. A child process running it is really killed
(SIGKILL) at each step; the next start, by the command line or by the app, finishes the erase,
so no answer, learner name or backup survives anywhere in the data folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.paths import DataPaths
from quizapp.services.context import open_context
from quizapp.services.erasing import ERASE_MARKER
from tests.test_cli_data import record_five

pytestmark = pytest.mark.fault
CHILD = Path(__file__).with_name("erase_child.py")
POINTS = [
    "marker-written",
    "one-backup-removed",
    "backups-removed",
    "inside-the-database-transaction",
    "before-vacuum",
    "before-the-marker-is-removed",
]
SECRETS = (b"Hanako", b"alpha-001", b"beta-001", b"not_sure")


def kill_erase_at(data_dir: Path, point: str) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), point], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().decode()
        assert line == f"at {point}\n", (line, child.stderr.read().decode() if child.stderr else "")
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL


def leftovers(data_dir: Path) -> list[str]:
    """Every file of the data folder that still holds a learner's answer or name (the bank
    cache holds the banks' question ids, and is no one's data)."""
    found = []
    for path in data_dir.rglob("*"):
        if path.is_file() and path.suffix != ".log" and "cache" not in path.relative_to(data_dir).parts:
            raw = path.read_bytes()
            found += [f"{path.name}: {s.decode()}" for s in SECRETS if s in raw]
    return sorted(found)


@pytest.mark.parametrize("point", POINTS)
@pytest.mark.parametrize("next_start", ["command line", "app"])
def test_an_erase_killed_at_any_step_is_finished_at_the_next_start(
    bank_dir: Path, data_dir: Path, point: str, next_start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    record_five(bank_dir, data_dir, profile="Hanako")
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    for stamp in ("20261127-101500", "20261128-101500"):
        shutil.copyfile(data_dir / "quizapp.db", backups / f"quizapp-{stamp}.db")
    assert leftovers(data_dir)

    kill_erase_at(data_dir, point)
    assert (data_dir / ERASE_MARKER).exists()  # killed: the erase is known to be unfinished

    if next_start == "command line":
        assert main(["export", "--data-dir", str(data_dir), "--output", os.devnull]) == 0
        assert "finished erasing" in capsys.readouterr().err
    else:
        open_context(DataPaths(data_dir), [bank_dir]).close(backup=False)
    assert not (data_dir / ERASE_MARKER).exists()
    assert list(backups.iterdir()) == []
    assert leftovers(data_dir) == []


def test_an_erase_that_runs_to_the_end_leaves_no_marker(bank_dir: Path, data_dir: Path) -> None:
    record_five(bank_dir, data_dir, profile="Hanako")
    assert main(["delete-my-data", "--yes", "--data-dir", str(data_dir)]) == 0
    assert not (data_dir / ERASE_MARKER).exists() and leftovers(data_dir) == []
