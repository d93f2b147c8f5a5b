"""The app never uses the network: the suite runs with sockets disabled, and the real app's
first frame is watched for any internet socket."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_the_suite_runs_with_internet_sockets_disabled() -> None:
    with pytest.raises(Exception, match="socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (make deps adds it)")
def test_the_first_frame_opens_no_internet_socket(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "data"), "--quit-after-first-frame"]
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=%network,openat", "-o", str(trace), *cmd],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if "ptrace" in done.stderr and done.returncode != 0:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    calls = trace.read_text(encoding="utf-8")
    assert "openat(" in calls  # the trace really watched the app
    internet = [line for line in calls.splitlines() if re.search(r"AF_INET6?\b", line)]
    assert internet == []
