"""Long work (a large import) off the GUI thread, with a progress dialog; the window keeps
painting and answering while it runs. The caller still gets the result, or the exception, back
as if it had called the work directly."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Carries the worker thread's news to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    done = Signal()


def run_with_progress(parent: QWidget, label: str, work: Callable[[Progress], T]) -> T:
    """Run `work(progress)` on a worker thread while a modal progress dialog shows
    `progress(done, total)`; returns its result or raises its exception."""
    relay = _Relay()
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # an import commits batch by batch: it is finished, not cut
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # a small file is done before any dialog shows
    dialog.setAutoClose(False)
    dialog.setAccessibleName(label)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    relay.progressed.connect(show_progress)
    loop = QEventLoop()
    relay.done.connect(loop.quit)
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work(relay.progressed.emit)
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc
        finally:
            relay.done.emit()

    worker = threading.Thread(target=run, name="quizapp-background", daemon=True)
    worker.start()
    if not outcome:  # else it is done already (its "done" is still queued, and harmless)
        loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return cast(T, outcome["result"])
