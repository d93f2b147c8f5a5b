"""What each start-up step keeps off the way to a usable home screen, measured one by one.

Each figure is the median, over fresh processes, of the time one piece of work takes inside a
process that has already imported PySide6 (as quizapp has by then). The pieces are what the
home screen used to wait for and now does not (docs/performance.md, "Start-up").
Run: python benchmarks/startup_steps.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, offscreen_env

PRELUDE = "import time, PySide6.QtWidgets\n"
PATHS = "from quizapp.paths import data_paths, shipped_banks_dir; p = data_paths(None)\n"
STEPS = {
    "SQLAlchemy + ORM + services imported (now on a worker thread)": ("", "import quizapp.services.context"),
    "... the same with PySide6's feature check quickened": (
        "from quizapp.ui.shell.binding import quicken_feature_check; quicken_feature_check()",
        "import quizapp.services.context",
    ),
    "pydantic + PyYAML (the bank validator; now only on a cache miss)": (
        "",
        "import quizapp.services.banks.validate",
    ),
    "fsrs + uuid (the scheduler; now imported with the services)": (
        "",
        "import quizapp.domain.schedule, uuid",
    ),
    "all questions read from the cache (now on the worker thread)": (
        PATHS + "from quizapp.services.home import open_catalog",
        "open_catalog(p)",
    ),
    "the banks' summaries read instead (the home screen's need)": (
        PATHS + "from quizapp.services.banks.catalog import load_index",
        "load_index([shipped_banks_dir()], p.cache)",
    ),
}


def one(setup: str, work: str, env: dict[str, str]) -> float:
    code = f"{PRELUDE}{setup}\nt = time.perf_counter()\n{work}\nprint(time.perf_counter() - t)\n"
    out = subprocess.run([PYTHON, "-c", code], env=env, check=True, capture_output=True, text=True)
    return float(out.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = offscreen_env()
    warm = [PYTHON, "-m", "quizapp", "--quit-when-ready"]  # fills the caches, writes byte code
    subprocess.run(warm, env=env, check=True, capture_output=True)
    for label, (setup, work) in STEPS.items():
        median = statistics.median(one(setup, work, env) for _ in range(args.runs))
        print(f"{label:<66} {median * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
