"""Every message box of the app, in one place: telling, asking, and the plain-language messages
about the data folder (already open, cannot write, file recovered, answer not saved); and the
file dialog for saving and adding data.

Each box is shown through `present`, and each file dialog through `present_file`, the test
hooks: a test replaces them to read the dialog and answer it, instead of racing a timer
against a modal loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

if TYPE_CHECKING:
    from quizapp.storage.errors import DataDirUnwritable
    from quizapp.storage.recovery import OpenReport


def present(box: QMessageBox) -> None:
    """Show `box` and wait for the user; afterwards `box.clickedButton()` says what they chose."""
    box.exec()


def present_file(dialog: QFileDialog) -> str | None:
    """Show `dialog` and wait for the user: the file chosen, or None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def file_dialog(parent: QWidget | None, title: str, start: str, pattern: str, *, save: bool) -> QFileDialog:
    """A file dialog to save to (`start`: the suggested file) or to open from (`start`: a folder).

    Qt's own dialog, not the system's: the system's ignores the app's text size and speaks the
    system's language, not the one chosen here. It is sized for its text, within the screen.
    """
    dialog = QFileDialog(parent, title, start, pattern)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("json")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # Qt's Japanese lacks these two labels (their English gained a shortcut key): ours.
    labels = QFileDialog.DialogLabel
    dialog.setLabelText(labels.LookIn, QCoreApplication.translate("dialogs", "&Look in:"))
    dialog.setLabelText(labels.FileType, QCoreApplication.translate("dialogs", "Files of &type:"))
    dialog.ensurePolished()  # the stylesheet's text size, before measuring
    metrics = dialog.fontMetrics()
    size = QSize(48 * metrics.averageCharWidth(), 22 * metrics.lineSpacing())
    screen = (parent or dialog).screen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() * 0.92)
    dialog.resize(size)
    _fit_file_dialog_columns(dialog, metrics.averageCharWidth())
    return dialog


def _fit_file_dialog_columns(dialog: QFileDialog, char: int) -> None:
    """Room for the places list's names, and the columns of the file list sized for their text
    (Qt's defaults are in pixels for the normal text size, so large text was cut)."""
    splitter = dialog.findChild(QSplitter, "splitter")
    places = dialog.findChild(QListView, "sidebar")
    if splitter is not None and places is not None and splitter.count() == 2:
        side = min(max(places.sizeHintForColumn(0) + 2 * char, 8 * char), dialog.width() // 3)
        splitter.setSizes([side, dialog.width() - side])
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def choose_file(parent: QWidget | None, title: str, start: str, pattern: str, *, save: bool) -> str | None:
    """Ask for a file to save to or to open (see `file_dialog`): its path, or None when cancelled."""
    return present_file(file_dialog(parent, title, start, pattern, save=save))


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
