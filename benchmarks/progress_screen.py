"""Opening the progress and review screens with 100,000 recorded answers, against opening the home
screen (which reads the same answers for its topic list) measured in the same run.

The answers (spread over a year, over every shipped question) are built through the storage API
(`merge_history`, the import path, which also builds the review schedules). Each figure is the
time from the key press to the screen painted, offscreen. Goal: progress and review screens open
in under 100 ms.   Run: python benchmarks/progress_screen.py [--answers N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizapp.domain.history import AnswerRecord, History, RunRecord
from quizapp.domain.model import NOT_SURE, Catalog
from quizapp.domain.quiz import Answer
from quizapp.paths import DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import make_context, open_answers
from quizapp.storage.history import merge_history

GOAL_MS = 100.0


def fake_history(catalog: Catalog, count: int, seed: int = 7) -> History:
    """`count` answers in runs of 10, over the last 365 days, about 70% right."""
    rng = random.Random(seed)
    questions = catalog.questions
    start = datetime.now(UTC) - timedelta(days=365)
    step = timedelta(days=365) / count
    runs: list[RunRecord] = []
    answers: list[AnswerRecord] = []
    for i in range(count):
        when = start + step * i
        if i % 10 == 0:
            runs.append(RunRecord(f"run{i // 10:08d}", "mixed", when))
        q = rng.choice(questions)
        right = rng.random() < 0.7
        wrong = [c.id for c in q.choices if not c.correct] or [NOT_SURE]
        chosen = q.correct_ids if right else frozenset({rng.choice(wrong)})
        answers.append(AnswerRecord(Answer(runs[-1].run_id, q.id, chosen, right, 4.0, when)))
    return History(runs=tuple(runs), answers=tuple(answers))


def build(data_dir: Path, count: int) -> float:
    catalog = load_catalog([shipped_banks_dir()], None)
    answers = open_answers(DataPaths(data_dir))
    start = time.perf_counter()
    merge_history(answers.engine, fake_history(catalog, count))
    answers.close()
    return time.perf_counter() - start


def measure(open_screen: Callable[[], object], runs: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        screen = open_screen()
        QApplication.processEvents()
        screen.repaint()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        seconds = build(data_dir, args.answers)
        print(f"built {args.answers:,} answers through the storage API in {seconds:.1f} s")

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from quizapp.ui.personal.main_window import MainWindow
        from quizapp.ui.shell import theme
        from quizapp.ui.shell.i18n import Translations

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        theme.apply(app, theme.Look(), family=theme.load_fonts())
        paths = DataPaths(data_dir)
        context = make_context(paths, load_catalog([shipped_banks_dir()], paths.cache), open_answers(paths))
        window = MainWindow(Translations(), paths.log_file)
        window.resize(1100, 760)
        window.show()
        window.attach(context)
        QApplication.processEvents()

        def home() -> object:
            window.go_home()  # what "back to home" does: re-reads the topic list and the due count
            return window.current_screen()

        due = context.learning.due_count()
        results = {"home screen (baseline)": measure(home, args.runs)}
        results["progress screen"] = timed_key(window, Qt.Key.Key_P, args.runs, "progress")
        results["review screen"] = timed_key(window, Qt.Key.Key_R, args.runs, "question")
        window.close()
    base = statistics.median(results["home screen (baseline)"])
    print(f"{due} questions due for review")
    for label, times in results.items():
        med = statistics.median(times)
        spread = f"(min {min(times):.1f}, max {max(times):.1f})"
        print(f"{label:<26} median {med:6.1f} ms  {spread}  {med / base:.2f}x home")
    for label in ("progress screen", "review screen"):
        med = statistics.median(results[label])
        print(f"goal: {label} under {GOAL_MS:.0f} ms -> {'met' if med < GOAL_MS else 'MISSED'}")
    return 0


def timed_key(window: object, key: object, runs: int, screen_name: str) -> list[float]:
    """Press `key` on the home screen and time until the screen it opens has painted."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        window.go_home()
        QApplication.processEvents()
        start = time.perf_counter()
        QTest.keyClick(window.home, key)  # type: ignore[attr-defined]
        screen = window.current_screen()  # type: ignore[attr-defined]
        assert screen is getattr(window, screen_name), f"{screen_name} did not open"
        QApplication.processEvents()
        screen.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


if __name__ == "__main__":
    raise SystemExit(main())
