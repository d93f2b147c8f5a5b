"""Opening what a session of the app needs: banks, database, services."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from quizapp.domain.model import Catalog
from quizapp.paths import DataPaths
from quizapp.services.home import open_catalog
from quizapp.services.learning import LearningService
from quizapp.services.quiz import QuizService
from quizapp.storage.backup import write_backup
from quizapp.storage.database import open_database
from quizapp.storage.recovery import OpenReport, open_or_recover
from quizapp.storage.repository import AnswerRepository

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: DataPaths
    catalog: Catalog
    answers: AnswerRepository
    quiz: QuizService
    learning: LearningService
    storage: OpenReport | None = field(default=None)
    """What opening the database had to do (a broken file set aside, a backup restored)."""

    def close(self, *, backup: bool = True) -> None:
        """Close the database and, by default, leave a checked backup of it in backups/."""
        self.answers.close()
        if not backup or not self.paths.database.exists():
            return
        try:
            write_backup(self.paths.database, self.paths.backups, datetime.now())
        except (OSError, sqlite3.Error) as exc:  # a failed backup never stops the app closing
            log.warning("could not back up %s: %s", self.paths.database, exc)


def open_answers(paths: DataPaths) -> AnswerRepository:
    return AnswerRepository(open_database(paths.database))


def open_context(
    paths: DataPaths, extra_banks: Sequence[Path] = (), catalog: Catalog | None = None
) -> AppContext:
    """Load the shipped banks and any extra folders (unless `catalog` is already loaded), and
    open (creating if need be) the database."""
    if catalog is None:
        catalog = open_catalog(paths, extra_banks)
    engine, report = open_or_recover(paths.database, paths.backups, datetime.now())
    context = make_context(paths, catalog, AnswerRepository(engine), report)
    context.learning.finish_interrupted_erase()  # an erase cut short is finished before anything else
    return context


def make_context(
    paths: DataPaths, catalog: Catalog, answers: AnswerRepository, storage: OpenReport | None = None
) -> AppContext:
    learning = LearningService(catalog, answers, paths.root)
    return AppContext(paths, catalog, answers, QuizService(catalog, answers), learning, storage)
