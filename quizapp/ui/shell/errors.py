"""The last line of defence: an error nothing else caught is logged, and then either shown in a
dialog that says where the log is (personal mode) or answered by a reset (kiosk mode)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger(__name__)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def dialog_hook(log_file: Path) -> ExceptHook:
    """An unexpected error is logged and shown in a dialog; the app keeps running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        from quizapp.ui.shell.dialogs import show_error  # not needed before the first paint

        message = QCoreApplication.translate("errors", "An unexpected error occurred.")
        show_error(None, f"{message}\n{kind.__name__}: {exc}", log_file)

    return hook


def recovering_hook(reset: Callable[[], None]) -> ExceptHook:
    """Unattended (kiosk): an unexpected error is logged and `reset` runs once control is back
    in the event loop; no dialog waits for someone who may never come."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error; resetting", exc_info=(kind, exc, tb))
        QTimer.singleShot(0, reset)

    return hook


def install_excepthook(hook: ExceptHook) -> None:
    sys.excepthook = hook
