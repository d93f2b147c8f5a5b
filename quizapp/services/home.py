"""The home screen before the full context is open: the banks' compiled summaries (titles and
question ids, not the questions) and the learner's figures from a read-only first look at the
database (quizapp.storage.glance). Imports neither SQLAlchemy nor Alembic, pydantic or PyYAML,
and reads no question, so it costs the same with a 10,000-question extra bank."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.domain.model import BankProblem, Catalog
from quizapp.paths import ERASE_MARKER, DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog, load_index
from quizapp.services.quiz import TopicProgress, topic_progress
from quizapp.storage.glance import read_glance


@dataclass(frozen=True, slots=True)
class HomeFigures:
    """What the home screen shows: topics with the learner's progress, the review count, and
    the banks that could not be loaded."""

    topics: list[TopicProgress]
    due: int
    problems: tuple[BankProblem, ...]


def bank_paths(extra_banks: Sequence[Path] = ()) -> list[Path]:
    return [shipped_banks_dir(), *extra_banks]


def open_catalog(paths: DataPaths, extra_banks: Sequence[Path] = ()) -> Catalog:
    """The shipped banks and any extra folders, through the compiled cache."""
    return load_catalog(bank_paths(extra_banks), paths.cache)


def first_look(
    paths: DataPaths, extra_banks: Sequence[Path] = (), now: datetime | None = None
) -> HomeFigures | None:
    """The home screen's figures without loading the questions or opening the database fully;
    None when those must come first (a bank not compiled yet, a first start, an erase to finish,
    anything unusual: see load_index and read_glance)."""
    if (paths.root / ERASE_MARKER).exists():
        return None
    index = load_index(bank_paths(extra_banks), paths.cache)
    if index is None:
        return None
    glance = read_glance(paths.database, now or datetime.now(UTC))
    if glance is None:
        return None
    banks, problems = index
    due = sum(1 for bank in banks for qid in bank.question_ids if qid in glance.due)
    return HomeFigures(topic_progress(banks, glance.stats), due, tuple(problems))
