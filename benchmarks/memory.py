"""Peak memory (max RSS) at the first frame: quizapp against a bare PySide6 window.

Each program runs in its own process, paints its first frame and exits; the peak resident set
size of that child is read from the OS (getrusage), median of a few runs.
Goal: within 1.5x of the bare window.   Run: make bench
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, offscreen_env

GOAL = 1.5


def peak_rss_mb(cmd: Sequence[str], env: dict[str, str]) -> float:
    """Max RSS of one run of `cmd` (wait4 reports it per child)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed ({proc.returncode})")
    return usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = offscreen_env(QUIZAPP_DATA_DIR=data)
        bare = [PYTHON, str(Path(__file__).with_name("bare_window.py"))]
        app = [PYTHON, "-m", "quizapp", "--quit-after-first-frame"]
        a = statistics.median(peak_rss_mb(bare, env) for _ in range(args.runs))
        b = statistics.median(peak_rss_mb(app, env) for _ in range(args.runs))
    print(f"{'bare PySide6 window':<40} peak RSS {a:6.1f} MB")
    print(f"{'quizapp first frame':<40} peak RSS {b:6.1f} MB")
    print(f"ratio: {b / a:.2f}x  goal: within {GOAL}x -> {'met' if b / a <= GOAL else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
