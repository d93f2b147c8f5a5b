"""The dialogs around the learner's data and learners: save to a file, add from a file, erase,
add and choose a learner. Each asks, calls the service, and says what happened."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from quizapp.ui.shell.dialogs import choose_file, confirm, tell

if TYPE_CHECKING:
    from quizapp.domain.history import Profile
    from quizapp.services.learning import LearningService

log = logging.getLogger(__name__)


class DataActions(QObject):
    """The dialogs of the progress screen's "your data" part, over one LearningService."""

    def __init__(self, parent: QWidget, learning: LearningService) -> None:
        super().__init__(parent)
        self._parent = parent
        self._learning = learning

    def export_data(self) -> Path | None:
        suggested = str(Path.home() / f"quizapp-export-{date.today().isoformat()}.json")
        title = self.tr("Save your data to a file")
        name = choose_file(self._parent, title, suggested, self.tr("quizapp export (*.json)"), save=True)
        if not name:
            return None
        path = Path(name)
        try:
            self._learning.export_to(path)
        except OSError as exc:
            log.warning("export to %s failed: %s", path, exc)
            tell(
                self._parent,
                self.tr("Not saved"),
                self.tr("The file could not be written:\n{detail}").format(detail=exc),
                QMessageBox.Icon.Warning,
            )
            return None
        tell(self._parent, self.tr("Saved"), self.tr("Your data was saved to:\n{path}").format(path=path))
        return path

    def import_data(self) -> bool:
        from quizapp.services.importing import BadImportFile

        name = choose_file(
            self._parent,
            self.tr("Add data from a file"),
            str(Path.home()),
            self.tr("quizapp export (*.json)"),
            save=False,
        )
        if not name:
            return False
        from quizapp.ui.personal.background import run_with_progress

        path = Path(name)
        try:
            summary = run_with_progress(
                self._parent,
                self.tr("Adding your data from the file…"),
                lambda progress: self._learning.import_from(path, progress),
            )
        except BadImportFile as exc:
            problems = "\n".join(exc.problems[:8])
            tell(
                self._parent,
                self.tr("Nothing was added"),
                self.tr("This file cannot be added, so nothing was changed:\n{path}\n\n{problems}").format(
                    path=name, problems=problems
                ),
                QMessageBox.Icon.Warning,
            )
            return False
        tell(
            self._parent,
            self.tr("Added"),
            self.tr("{answers} answers were added ({skipped} were already here).").format(
                answers=summary.answers, skipped=summary.skipped_answers
            ),
        )
        return True

    def erase_data(self) -> bool:
        counts = self._learning.what_erase_removes()
        text = self.tr(
            "This removes from this computer {answers} answers, the review schedule, {profiles} "
            "added learners and {backups} backup files. It cannot be undone. "
            "To keep a copy, save your data to a file first."
        ).format(answers=counts["answers"], profiles=counts["profiles"], backups=counts["backups"])
        question = self.tr("Erase all your data from this computer?")
        if not confirm(
            self._parent,
            question,
            question,
            self.tr("Erase everything"),
            self.tr("Keep my data"),
            detail=text,
        ):
            return False
        self._learning.erase()
        tell(self._parent, self.tr("Erased"), self.tr("All your answers and review schedules were erased."))
        return True

    def profile_label(self, profile: Profile) -> str:
        return profile.name or self.tr("Main learner")

    def add_profile(self) -> Profile | None:
        prompt = self.tr("Name of the new learner (a first name or nickname; no password is needed):")
        while True:
            name, ok = QInputDialog.getText(
                self._parent, self.tr("Add a learner"), prompt, QLineEdit.EchoMode.Normal
            )
            if not ok:
                return None
            try:
                return self._learning.add_profile(name)
            except ValueError as exc:
                message = str(exc)
                if "already" in message:
                    reason = self.tr("There is already a learner with this name.")
                elif "12-digit" in message:
                    reason = self.tr("Please do not use a 12-digit number such as a My Number.")
                else:
                    reason = self.tr("A name has 1 to 40 characters.")
                tell(self._parent, self.tr("Add a learner"), reason, QMessageBox.Icon.Warning)

    def choose_profile(self) -> bool:
        """Ask who is learning; True when the choice changed the current learner."""
        profiles = self._learning.profiles()
        labels = [self.profile_label(p) for p in profiles]
        current = next((i for i, p in enumerate(profiles) if p.id == self._learning.profile_id), 0)
        label, ok = QInputDialog.getItem(
            self._parent, self.tr("Who is learning?"), self.tr("Learner:"), labels, current, False
        )
        if not ok or label not in labels:
            return False
        chosen = profiles[labels.index(label)]
        changed = chosen.id != self._learning.profile_id
        self._learning.use_profile(chosen.id)
        return changed
