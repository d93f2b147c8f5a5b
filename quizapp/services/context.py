"""Opening what a session of the app needs: banks, database, services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizapp.domain.model import Catalog
from quizapp.paths import DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.learning import LearningService
from quizapp.services.quiz import QuizService
from quizapp.storage.database import open_database
from quizapp.storage.repository import AnswerRepository


@dataclass
class AppContext:
    paths: DataPaths
    catalog: Catalog
    answers: AnswerRepository
    quiz: QuizService
    learning: LearningService

    def close(self) -> None:
        self.answers.close()


def open_answers(paths: DataPaths) -> AnswerRepository:
    return AnswerRepository(open_database(paths.database))


def open_context(paths: DataPaths, extra_banks: Sequence[Path] = ()) -> AppContext:
    """Load the shipped banks and any extra folders, and open (creating if need be) the database."""
    catalog = load_catalog([shipped_banks_dir(), *extra_banks], paths.cache)
    answers = open_answers(paths)
    return make_context(paths, catalog, answers)


def make_context(paths: DataPaths, catalog: Catalog, answers: AnswerRepository) -> AppContext:
    return AppContext(
        paths, catalog, answers, QuizService(catalog, answers), LearningService(catalog, answers, paths.root)
    )
