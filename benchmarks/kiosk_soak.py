"""Kiosk soak: 1,000 simulated visits in one process, each ended by the idle reset.

A visit is what a visitor does: a touch on the attract screen, two answers (each followed by
"Next"), then walking away: the idle warning, then the visit expires. Resident memory is read
after visit 100 (once caches and the font are warm) and after visit 1,000; the goal is growth
under 5 MB, i.e. no widget, quiz run or service kept from one visit to the next.
Run: python benchmarks/kiosk_soak.py [--visits N]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from quizapp.paths import DataPaths
from quizapp.services.kiosk import open_kiosk_context
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui.kiosk.idle import IdleWatcher
from quizapp.ui.kiosk.kiosk_window import KioskWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations

GOAL_MB = 5.0
WARM_UP = 100


def rss_mb() -> float:
    """Resident memory now, in MB (Linux /proc)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def settle(app: QApplication) -> None:
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def visit(window: KioskWindow, watcher: IdleWatcher, app: QApplication) -> None:
    window.attract.start_requested.emit()  # a touch on the attract screen
    for _ in range(2):
        assert window.session is not None
        view = window.session.question
        view.press_number(1)
        view.activate()  # answer
        view.activate()  # next
    watcher.timed_out.emit()  # nobody there: "Still there?" ...
    watcher.expired.emit()  # ... and the countdown ran out
    assert window.run is None and window.session is None
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=1000)
    args = parser.parse_args()
    if not Path("/proc/self/statm").exists():
        print("this benchmark reads /proc/self/statm (Linux only)")
        return 2
    app = QApplication(sys.argv[:1])
    theme.apply(app, theme.Look(text_size="large"), family=theme.load_fonts())
    with tempfile.TemporaryDirectory() as data:
        paths = DataPaths(Path(data))
        watcher = IdleWatcher(90, 15)
        watcher.install(app)
        translations = Translations()
        translations.use("ja")
        window = KioskWindow(translations, theme.Look(text_size="large"), PinStore(paths.root), watcher)
        window.resize(1280, 800)
        window.show()
        context = open_kiosk_context(paths)
        window.attach(context)
        settle(app)
        gc.collect()
        start_mb = rss_mb()
        marks: dict[int, float] = {}
        started = time.perf_counter()
        for n in range(1, args.visits + 1):
            visit(window, watcher, app)
            if n in (WARM_UP, args.visits):
                gc.collect()
                marks[n] = rss_mb()
        elapsed = time.perf_counter() - started
        report = context.counters.report()
        window._may_close = True
        window.close()
        context.close()
    warm, last = marks[WARM_UP], marks[args.visits]
    growth = last - warm
    answers = sum(q.attempts for q in report.questions)
    print(f"visits: {args.visits} ({report.visits} counted, {answers} answers)")
    print(f"time: {elapsed:.1f} s, {1000 * elapsed / args.visits:.1f} ms per visit")
    print(f"RSS before visit 1: {start_mb:.1f} MB")
    print(f"RSS after visit {WARM_UP}: {warm:.1f} MB")
    print(f"RSS after visit {args.visits}: {last:.1f} MB")
    print(f"growth from visit {WARM_UP} to {args.visits}: {growth:+.2f} MB (goal < {GOAL_MB} MB)")
    print(f"goal {'met' if growth < GOAL_MB else 'MISSED'}")
    return 0 if growth < GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
