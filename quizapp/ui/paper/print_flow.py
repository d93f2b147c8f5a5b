"""Printing a handout from the app: ask whether to print or to save a PDF, then Qt's print
dialog (the printer, the copies) or the app's file dialog; the pages come from ui.paper.handout."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from quizapp.domain.model import Lang, Question
from quizapp.services.files import write_atomically
from quizapp.services.handout import missed_handout
from quizapp.ui.paper.handout import MARGINS_MM, Handout, pdf_bytes
from quizapp.ui.shell import dialogs, theme

log = logging.getLogger(__name__)


class HandoutPrinting(QObject):
    """The missed questions, with their answers, on paper or in a PDF file."""

    def __init__(self, parent: QWidget, questions: Sequence[Question], lang: Lang) -> None:
        super().__init__(parent)
        self._parent = parent
        self._handout = Handout(
            missed_handout(questions, answers=True, day=date.today()),
            lang,
            furigana=theme.current().furigana,
        )

    def run(self) -> Path | bool | None:
        """Ask and do: the PDF's path, True once printed, None when cancelled or it failed."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Print or save as PDF"))
        box.setText(
            self.tr(
                "The questions you missed, each with its answer, the reasons and where the facts come from."
            )
        )
        printer = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        pdf = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        printer.setObjectName("print")
        pdf.setObjectName("pdf")
        box.setDefaultButton(pdf)
        box.setEscapeButton(cancel)
        dialogs.present(box)
        if box.clickedButton() is printer:
            return self.print_pages() or None
        if box.clickedButton() is pdf:
            return self.save_pdf()
        return None

    def print_pages(self) -> bool:
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        device.setDocName(self.tr("quizapp handout"))
        dialog = QPrintDialog(device, self._parent)
        dialog.setWindowTitle(self.tr("Print the questions you missed"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            self._handout.paint(device)
        except OSError as exc:
            log.warning("printing the handout failed: %s", exc)
            self._failed(self.tr("Not printed"), self.tr("The pages could not be sent to the printer."))
            return False
        return True

    def save_pdf(self) -> Path | None:
        suggested = str(Path.home() / f"quizapp-missed-{date.today().isoformat()}.pdf")
        dialog = dialogs.file_dialog(
            self._parent, self.tr("Save as PDF"), suggested, self.tr("PDF file (*.pdf)"), save=True
        )
        dialog.setDefaultSuffix("pdf")
        name = dialogs.present_file(dialog)
        if not name:
            return None
        path = Path(name)
        try:
            write_atomically(path, pdf_bytes(self._handout))
        except OSError as exc:
            log.warning("saving the handout to %s failed: %s", path, exc)
            self._failed(
                self.tr("Not saved"), self.tr("The file could not be written:\n{detail}").format(detail=exc)
            )
            return None
        dialogs.tell(
            self._parent, self.tr("Saved"), self.tr("The questions were saved to:\n{path}").format(path=path)
        )
        return path

    def _failed(self, title: str, detail: str) -> None:
        dialogs.tell(self._parent, title, detail, QMessageBox.Icon.Warning)
