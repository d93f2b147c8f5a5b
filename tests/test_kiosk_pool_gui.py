"""Two real kiosks (`quizapp --kiosk` processes) with different names, pointed at one
PostgreSQL: one completes its visits while the server is stopped; once the server is back,
`quizapp kiosk report --database-url … --format json` shows every visit of both, once."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.cli import main
from tests.support.postgres import ThrowawayPostgres

CHILD = Path(__file__).with_name("kiosk_pool_gui_child.py")


def kiosk(data_dir: Path, url: str, name: str, visits: int) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), url, name, str(visits)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def line(process: subprocess.Popen[str], starts: str, seconds: float = 120) -> str:
    """The child's next line of output, which must start with `starts`."""
    assert process.stdout is not None
    deadline = time.monotonic() + seconds
    text = process.stdout.readline()  # the child prints within its own deadlines, or exits
    assert time.monotonic() < deadline
    if not text.startswith(starts):
        _, err = process.communicate(timeout=30)
        pytest.fail(f"expected {starts!r}, got {text!r}; stderr:\n{err[-3000:]}")
    return text


def test_two_kiosks_one_server_stopped_meanwhile_every_visit_counted_once(
    tmp_path: Path,
    own_postgres: ThrowawayPostgres,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = own_postgres.url("postgres")
    for name in ("chuo-1", "kita-1"):
        monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n2468\n"))
        assert main(["--data-dir", str(tmp_path / name), "kiosk", "set-pin"]) == 0
    first = kiosk(tmp_path / "chuo-1", url, "chuo-1", 2)
    line(first, "visits done")
    line(first, "sent")
    assert first.wait(60) == 0
    own_postgres.stop("immediate")
    second = kiosk(tmp_path / "kita-1", url, "kita-1", 3)
    done = line(second, "visits done")  # the server is down: the visitors notice nothing
    slowest_ms = int(done.split()[-2])
    assert slowest_ms < 1000, done
    own_postgres.start()
    line(second, "sent")
    assert second.wait(60) == 0
    capsys.readouterr()
    assert main(["kiosk", "report", "--database-url", url, "--format", "json", "--min-count", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["visits"] == 5 and report["kiosks"] == ["chuo-1", "kita-1"]
    attempts = sum(q["attempts"] for q in report["questions"])
    assert attempts == 5 * 5  # five questions a visit, each counted once
