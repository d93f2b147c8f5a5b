"""Start-up as a person experiences it, against a bare PySide6 window in the same run.

Three programs start and exit, alternating, each in its own process:
  - the baseline: a bare PySide6 window that quits at its first paint (bare_window.py);
  - quizapp --quit-after-first-frame: the window's first paint (nothing usable yet);
  - quizapp --quit-when-ready: the home screen with the topics and the learner's progress,
    painted, in the state where Enter starts a quiz.
quizapp runs on a data folder with a learner's history (300 answers), as on a returning
learner's computer; the first start (no data yet) is timed too. Wall time and peak RSS of each
run are read per child (wait4); the figures are medians.
With --big-bank the same is measured with the 10,000-question extra bank (compiled once first).
Anki (the aqt package) is timed to its deck list when it is installed; the script says so when
it is not.

Goals (docs/performance.md): ready <= 2.0x bare, RSS at ready <= 1.8x bare, first frame
<= 1.5x bare; with the big bank, ready <= 2.5x and first frame <= 1.5x.
Run: make bench   (or python benchmarks/startup.py [--runs N] [--big-bank])
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, offscreen_env, run_measured

READY_GOAL = 2.0
RSS_GOAL = 1.8
FRAME_GOAL = 1.5
BIG_READY_GOAL = 2.5
HISTORY = 300


def seed_history(data: Path, answers: int) -> None:
    """A learner's history: `answers` answers over the shipped questions, through the app's own
    services (so the database is exactly what the app writes)."""
    from quizapp.paths import DataPaths
    from quizapp.services.context import open_context

    context = open_context(DataPaths(data))
    rng = random.Random(7)
    for _ in range(answers):
        run = context.quiz.start_mixed()
        question = run.current
        assert question is not None
        context.quiz.submit(run, frozenset({rng.choice(question.choices).id}), 5.0)
    context.close(backup=False)


def verdict(ratio: float, goal: float) -> str:
    return f"{ratio:.2f}x (goal <= {goal}x: {'met' if ratio <= goal else 'MISSED'})"


def compare_all(
    rows: list[tuple[str, list[str], dict[str, str]]], runs: int
) -> dict[str, tuple[float, float]]:
    """Alternate the commands `runs` times (after one warm-up each); medians per command."""
    for _label, cmd, env in rows:
        run_measured(cmd, env)  # warm the file cache, write byte code, fill the bank cache
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in rows}
    for _ in range(runs):
        for label, cmd, env in rows:
            samples[label].append(run_measured(cmd, env))
    out = {}
    for label, got in samples.items():
        out[label] = (statistics.median(t for t, _ in got), statistics.median(m for _, m in got))
        t, m = out[label]
        low, high = min(t for t, _ in got), max(t for t, _ in got)
        spread = f"(min {low * 1000:.0f}, max {high * 1000:.0f})"
        print(f"{label:<44} median {t * 1000:7.1f} ms {spread:<16} RSS {m:6.1f} MB")
    return out


ANKI_QUIT_ADDON = """\
import os
from aqt import gui_hooks

# the benchmark's stop: Anki's deck list has been drawn (its usable home screen)
gui_hooks.deck_browser_did_render.append(lambda *_: os._exit(0))
"""
ANKI_RUN = "import sys, aqt; sys.argv = ['anki', '-b', sys.argv[1]]; aqt.run()"
ANKI_FIRST_RUN = (
    "import sys, aqt, aqt.profiles as p; "
    "p.ProfileManager.setDefaultLang = lambda self, idx: self.setLang('en_US'); "  # no language dialog
    "sys.argv = ['anki', '-b', sys.argv[1]]; aqt.run()"
)


def anki_python() -> str | None:
    """A Python that has Anki's GUI (aqt): $ANKI_PYTHON, or this one if it has it."""
    candidate = os.environ.get("ANKI_PYTHON")
    if candidate:
        return candidate
    return PYTHON if importlib.util.find_spec("aqt") is not None else None


def anki_row(tmp: Path) -> tuple[str, list[str], dict[str, str]] | None:
    """Anki started on a profile folder of its own, until its deck list is drawn; None (and a
    note) when Anki is not installed. The first run (profile creation) is not timed."""
    python = anki_python()
    if python is None:
        print("Anki (aqt) is not installed here: no Anki comparison in this run")
        print("  (install it, e.g. in another virtual environment, and set ANKI_PYTHON to its python)")
        return None
    base = tmp / "anki"
    (base / "addons21" / "quizapp_bench_stop").mkdir(parents=True)
    (base / "addons21" / "quizapp_bench_stop" / "__init__.py").write_text(ANKI_QUIT_ADDON)
    env = offscreen_env(QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu")
    run_measured([python, "-c", ANKI_FIRST_RUN, str(base)], env)
    return ("Anki (aqt) deck list drawn", [python, "-c", ANKI_RUN, str(base)], env)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--big-bank", action="store_true", help="also measure with the 10,000-question bank")
    parser.add_argument("--seed", type=Path, help=argparse.SUPPRESS)  # internal: write a history
    args = parser.parse_args()
    if args.seed is not None:
        seed_history(args.seed, HISTORY)
        return 0
    bare = [PYTHON, str(Path(__file__).with_name("bare_window.py"))]
    app = [PYTHON, "-m", "quizapp"]
    with tempfile.TemporaryDirectory() as tmp:
        data, fresh = Path(tmp) / "learner", Path(tmp) / "fresh"
        # in a child, so this process stays small: a child's peak RSS counts what it shared at fork
        subprocess.run([PYTHON, __file__, "--seed", str(data)], check=True, env=offscreen_env())
        env = offscreen_env(QUIZAPP_DATA_DIR=str(data))
        fresh_env = offscreen_env(QUIZAPP_DATA_DIR=str(fresh))
        rows = [
            ("bare PySide6 window", bare, env),
            ("quizapp first frame", [*app, "--quit-after-first-frame"], env),
            ("quizapp ready (home usable, 300 answers)", [*app, "--quit-when-ready"], env),
        ]
        anki = anki_row(Path(tmp))
        got = compare_all([*rows, anki] if anki else rows, args.runs)
        # a first start: no database yet (created, migrated), so no first look; timed apart
        first_start = []
        for _ in range(max(3, args.runs // 3)):
            shutil.rmtree(fresh, ignore_errors=True)
            first_start.append(run_measured([*app, "--quit-when-ready"], fresh_env)[0])
        base_t, base_m = got["bare PySide6 window"]
        frame_t, _ = got["quizapp first frame"]
        ready_t, ready_m = got["quizapp ready (home usable, 300 answers)"]
        first = statistics.median(first_start)
        print(f"{'quizapp ready, very first start (no data)':<44} median {first * 1000:7.1f} ms")
        print(f"first frame / bare: {verdict(frame_t / base_t, FRAME_GOAL)}")
        print(f"ready / bare:       {verdict(ready_t / base_t, READY_GOAL)}")
        print(f"RSS at ready / bare: {verdict(ready_m / base_m, RSS_GOAL)}")
        if anki:
            anki_t = got[anki[0]][0]
            ahead = "met" if ready_t < anki_t else "MISSED"
            print(f"ready / Anki deck list: {ready_t / anki_t:.2f}x (goal: ahead of Anki: {ahead})")
        if args.big_bank:
            big_bank_figures(Path(tmp), bare, app, args.runs)
    return 0


def big_bank_figures(tmp: Path, bare: list[str], app: list[str], runs: int) -> None:
    from big_bank import REGISTRY, make_bank

    from quizapp.services.banks.names import REGISTRY_NAME

    banks = tmp / "banks"
    banks.mkdir()
    (banks / "big.yaml").write_bytes(make_bank(10_000))
    (banks / REGISTRY_NAME).write_text(REGISTRY, encoding="utf-8")
    env = offscreen_env(QUIZAPP_DATA_DIR=str(tmp / "learner"))
    print("with the 10,000-question extra bank (compiled once in the warm-up run):")
    rows = [
        ("bare PySide6 window", bare, env),
        ("quizapp first frame, big bank", [*app, "--banks", str(banks), "--quit-after-first-frame"], env),
        ("quizapp ready, big bank", [*app, "--banks", str(banks), "--quit-when-ready"], env),
    ]
    got = compare_all(rows, runs)
    base_t = got["bare PySide6 window"][0]
    print(f"first frame / bare: {verdict(got['quizapp first frame, big bank'][0] / base_t, FRAME_GOAL)}")
    print(f"ready / bare:       {verdict(got['quizapp ready, big bank'][0] / base_t, BIG_READY_GOAL)}")


if __name__ == "__main__":
    raise SystemExit(main())
