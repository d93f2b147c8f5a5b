"""First frame of quizapp against a bare PySide6 window, measured in the same run.

Both programs start, paint their first frame and exit (quizapp with --quit-after-first-frame),
so the figure is process start to first paint plus the same small exit cost for both.
Goal: quizapp within 1.5x of the bare window.   Run: make bench  (or python benchmarks/startup.py)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, compare, offscreen_env

GOAL = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = offscreen_env(QUIZAPP_DATA_DIR=data)
        bare = [PYTHON, str(Path(__file__).with_name("bare_window.py"))]
        app = [PYTHON, "-m", "quizapp", "--quit-after-first-frame"]
        ratio = compare("bare PySide6 window", bare, "quizapp first frame", app, args.runs, env)
    print(f"goal: within {GOAL}x -> {'met' if ratio <= GOAL else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
