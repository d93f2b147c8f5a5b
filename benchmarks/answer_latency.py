"""Answer -> feedback painted, including the durable commit, through the real app.

Drives the real MainWindow and QuestionView through the real QuizService and an SQLite file
(WAL, synchronous=FULL) with the shipped banks: presses a number and Enter, and stops the clock
when the feedback panel has painted: the verdict, the marks on the choices and the correct
answer. It also reports when the rest (each choice's reason, the explanation, the source),
filled in on the next pass of the event loop, has painted. The baseline, measured in the same
run, is the durable commit alone (AnswerRepository.record), the floor set by the disk.
Goal: p95 under 16 ms (one frame at 60 Hz), offscreen.   Run: make bench
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.domain.lang import LANGS, Lang
from quizapp.domain.model import Question
from quizapp.domain.quiz import Answer
from quizapp.paths import DataPaths
from quizapp.services.context import open_context
from quizapp.ui.launch import freeze_heap
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations

GOAL_MS = 16.0


class _PaintClock(QObject):
    """When the feedback (the verdict, or any part of the feedback card) was last first painted.
    Installed on the application: the card itself paints nothing, its labels do."""

    def __init__(self, verdict: QWidget, card: QWidget) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self.paints: list[float] = []
        self._verdict = verdict
        self._card = card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._verdict or watched is self._card or self._card.isAncestorOf(watched))
        ):
            now = time.perf_counter()
            self.paints.append(now)
            if self.painted_at is None:
                self.painted_at = now
        return False

    def first_paint_after(self, moment: float) -> float | None:
        return next((t for t in self.paints if t >= moment), None)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(label: str, ms: list[float]) -> None:
    print(
        f"{label:<38} p50 {statistics.median(ms):6.2f} ms  p95 {pct(ms, 0.95):6.2f} ms  "
        f"max {max(ms):6.2f} ms  (n={len(ms)})"
    )


def measure_app(answers: int, data: Path, complete: list[float], lang: Lang = "ja") -> list[float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(), family=theme.load_fonts())
    paths = DataPaths(data)
    translations = Translations()
    translations.use(lang)
    window = MainWindow(translations, paths.log_file)
    window.resize(1100, 760)
    window.show()
    QTest.qWaitForWindowExposed(window)
    context = open_context(paths)
    window.attach(context)
    freeze_heap()  # as the app's start-up does once the window is attached
    view = window.question
    clock = _PaintClock(view._verdict, view._feedback)
    app.installEventFilter(clock)
    completed: list[float] = []
    complete_feedback = view._complete_feedback

    def timed_complete(question: Question) -> None:
        complete_feedback(question)
        completed.append(time.perf_counter())

    view._complete_feedback = timed_complete  # type: ignore[method-assign]
    times: list[float] = []
    while len(times) < answers:
        QTest.keyClick(window.home, Qt.Key.Key_Return)  # a new mixed quiz
        app.processEvents()
        while window.run is not None and window.run.current is not None and len(times) < answers:
            view.press_number(1)
            app.processEvents()
            clock.painted_at = None
            start = time.perf_counter()
            view.activate()  # Enter: grade, commit to SQLite, show the feedback
            while clock.painted_at is None:
                app.processEvents()
            times.append((clock.painted_at - start) * 1000)
            # then the reasons, explanation and source on the next pass: its first paint
            while not (completed and completed[-1] >= start and clock.first_paint_after(completed[-1])):
                app.processEvents()
            done = clock.first_paint_after(completed[-1])
            assert done is not None
            complete.append((done - start) * 1000)
            clock.paints.clear()
            view.activate()  # Enter: next question (or results)
            app.processEvents()
        window.go_home()
        app.processEvents()
    window.close()
    return times


def measure_commit(answers: int, data: Path) -> list[float]:
    context = open_context(DataPaths(data))
    times = []
    for n in range(answers):
        when = datetime.now(UTC)
        answer = Answer("bench", f"q{n}", frozenset({"a"}), True, 1.0, when)
        start = time.perf_counter()
        context.answers.record(answer, "mixed", when)
        times.append((time.perf_counter() - start) * 1000)
    context.close(backup=False)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--lang", choices=LANGS, default="ja", help="ja-easy: with furigana")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        commit = measure_commit(args.answers, Path(a))
        complete: list[float] = []
        app = measure_app(args.answers, Path(b), complete, args.lang)
    print(f"language: {args.lang}")
    summary("durable commit alone (baseline)", commit)
    summary("answer -> feedback painted", app)
    summary("  ... with reasons and source (next pass)", complete)
    p95 = pct(app, 0.95)
    print(f"ratio p95 app / p95 commit: {p95 / pct(commit, 0.95):.2f}x")
    print(f"goal: p95 under {GOAL_MS:.0f} ms -> {'met' if p95 < GOAL_MS else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
