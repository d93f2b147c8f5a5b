"""The progress screen's "Export missed questions as an Anki deck…": the button, enabled when
some question's latest answer was wrong, and the save dialog and messages around the export
(services.decks does the work, Qt-free)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from quizapp.ui.shell import dialogs
from quizapp.ui.shell.i18n import Retranslating

if TYPE_CHECKING:
    from quizapp.domain.model import Lang
    from quizapp.services.learning import LearningService

log = logging.getLogger(__name__)


class DeckButton(Retranslating, QPushButton):
    """Enabled only when there is a missed question to put in a deck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(48)
        self._missed = 0
        self.setEnabled(False)
        self.retranslate()

    def set_missed(self, count: int) -> None:
        self._missed = count
        self.setEnabled(count > 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Export missed questions as an Anki deck…"))
        self.setAccessibleName(self.text().rstrip("…"))
        if self._missed:
            about = self.tr("Flashcards of the {n} questions you last answered wrongly, for Anki.").format(
                n=self._missed
            )
        else:
            about = self.tr("No missed questions yet: questions you answer wrongly can be saved here.")
        self.setAccessibleDescription(about)
        self.setToolTip(about)


class DeckActions(QObject):
    """Saves the learner's missed questions as an Anki deck, in the interface's language."""

    def __init__(self, parent: QWidget, learning: LearningService, lang: Callable[[], Lang]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._learning = learning
        self._lang = lang

    def export_missed(self) -> Path | None:
        """Ask where, write the deck, say what happened; the path written, or None."""
        from quizapp.services.decks import export_deck
        from quizapp.services.images import ImageProblem

        questions = self._learning.missed_questions()
        if not questions:
            tell = self.tr("No question was missed: there is nothing to put in a deck yet.")
            dialogs.tell(self._parent, self.tr("Nothing to export"), tell)
            return None
        suggested = str(Path.home() / f"quizapp-missed-{date.today().isoformat()}.apkg")
        dialog = dialogs.file_dialog(
            self._parent,
            self.tr("Save the missed questions as an Anki deck"),
            suggested,
            self.tr("Anki deck (*.apkg)"),
            save=True,
        )
        dialog.setDefaultSuffix("apkg")
        name = dialogs.present_file(dialog)
        if not name:
            return None
        path = Path(name)
        try:
            count = export_deck(questions, "apkg", self._lang(), path, topics=self._learning.topic_titles())
        except (OSError, ImageProblem) as exc:
            log.warning("deck export to %s failed: %s", path, exc)
            dialogs.tell(
                self._parent,
                self.tr("Not saved"),
                self.tr("The deck could not be written:\n{detail}").format(detail=exc),
                QMessageBox.Icon.Warning,
            )
            return None
        dialogs.tell(
            self._parent,
            self.tr("Saved"),
            self.tr("{n} missed questions were saved as an Anki deck:\n{path}").format(n=count, path=path),
            detail=self.tr(
                "Open the file with Anki to add the cards. Saving again later updates those cards "
                "instead of adding copies."
            ),
        )
        return path
