"""Turning failures into short, friendly dialogs that say where the log is."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, message: str, log_file: Path) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Something went wrong"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate("errors", "Details are in the log file:") + f"\n{log_file}"
    )
    box.exec()


def install_excepthook(log_file: Path) -> None:
    """An unexpected error is logged and shown in a dialog; the app keeps running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        message = QCoreApplication.translate("errors", "An unexpected error occurred.")
        show_error(None, f"{message}\n{kind.__name__}: {exc}", log_file)

    sys.excepthook = hook
