"""Every message box of the app, in one place: telling, asking, and the plain-language messages
about the data folder (already open, cannot write, file recovered, answer not saved).

Each box is shown through `present`, the one test hook: a test replaces it to read the box and
click one of its buttons, instead of racing a timer against a modal loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from quizapp.storage.errors import DataDirUnwritable
    from quizapp.storage.recovery import OpenReport


def present(box: QMessageBox) -> None:
    """Show `box` and wait for the user; afterwards `box.clickedButton()` says what they chose."""
    box.exec()


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # may hold a learner's name or a file name
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setAccessibleName(title)
    return box


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    detail: str = "",
) -> None:
    """Say something; the only button is OK."""
    present(_box(parent, icon, title, text, detail))


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str,
    no: str,
    *,
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    yes_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.DestructiveRole,
) -> bool:
    """Ask; True only when the user chose `yes`. The safe answer, `no`, is the default and Esc."""
    box = _box(parent, icon, title, text, detail)
    accept = box.addButton(yes, yes_role)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    present(box)
    return box.clickedButton() is accept


def show_error(parent: QWidget | None, message: str, log_file: Path) -> None:
    """Something failed: say what, and where the log with the details is."""
    detail = QCoreApplication.translate("errors", "Details are in the log file:") + f"\n{log_file}"
    title = QCoreApplication.translate("errors", "Something went wrong")
    tell(parent, title, message, QMessageBox.Icon.Critical, detail)


def _notice(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str) -> None:
    tell(parent, title, text, icon, detail)


def already_open(parent: QWidget | None, folder: str) -> None:
    _notice(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("notices", "Already open"),
        QCoreApplication.translate(
            "notices", "The quiz is already open. Please use the window that is already running."
        ),
        QCoreApplication.translate("notices", "Only one copy of the app can use this data folder at a time:")
        + f"\n{folder}",
    )


def cannot_write(parent: QWidget | None, error: DataDirUnwritable) -> None:
    if error.disk_full:
        text = QCoreApplication.translate("notices", "The disk is full, so your progress cannot be saved.")
    else:
        text = QCoreApplication.translate(
            "notices", "Your progress cannot be saved: this folder cannot be written to."
        )
    detail = QCoreApplication.translate(
        "notices",
        "Nothing you saved before has been lost. Free some disk space or choose another folder "
        "with --data-dir, then start the app again.",
    )
    _notice(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("notices", "Cannot save progress"),
        text,
        f"{detail}\n{error.path}",
    )


def answer_not_saved(parent: QWidget | None, error: DataDirUnwritable) -> None:
    if error.disk_full:
        text = QCoreApplication.translate(
            "notices", "Your answer could not be saved because the disk is full."
        )
    else:
        text = QCoreApplication.translate(
            "notices", "Your answer could not be saved because the data folder cannot be written to."
        )
    detail = QCoreApplication.translate(
        "notices", "Answers saved before are safe. Free some disk space, then answer again."
    )
    _notice(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("notices", "Answer not saved"),
        text,
        f"{detail}\n{error.path}",
    )


def storage_recovered(parent: QWidget | None, report: OpenReport) -> None:
    if report.restored_from is not None:
        text = QCoreApplication.translate(
            "notices", "Your progress file was damaged, so it was restored from the backup of {date}."
        ).format(date=_backup_date(report.restored_from.name))
    else:
        text = QCoreApplication.translate(
            "notices", "Your progress file was damaged and no usable backup was found, so it starts afresh."
        )
    detail = (
        QCoreApplication.translate("notices", "The damaged file was kept, not deleted:")
        + f"\n{report.kept_as}"
    )
    _notice(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("notices", "Progress file repaired"),
        text,
        detail,
    )


def writes_lost(parent: QWidget | None, report: OpenReport) -> None:
    """The last answers saved before a crash could not be read back (a damaged WAL)."""
    text = QCoreApplication.translate(
        "notices",
        "Some of the answers saved just before the app last stopped could not be read back, "
        "so they are missing from your progress.",
    )
    detail = (
        QCoreApplication.translate("notices", "A copy of the unreadable part was kept:")
        + f"\n{report.wal_kept_as}"
    )
    _notice(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("notices", "Some answers lost"),
        text,
        detail,
    )


def _backup_date(name: str) -> str:
    """quizapp-20261127-101500.db -> 2026-11-27 10:15."""
    stamp = name.removeprefix("quizapp-").removesuffix(".db")
    if len(stamp) != 15:
        return name
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}"
