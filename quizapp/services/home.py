"""The home screen before the full context is open: the banks, and the learner's figures from
a read-only first look at the database (quizapp.storage.glance). Imports neither SQLAlchemy nor
Alembic, pydantic or PyYAML (while every bank's cache is valid)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.domain.model import Catalog
from quizapp.paths import ERASE_MARKER, DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.quiz import TopicProgress, topic_progress
from quizapp.storage.glance import read_glance


@dataclass(frozen=True, slots=True)
class HomeFigures:
    """What the home screen shows: topics with the learner's progress, and the review count."""

    catalog: Catalog
    topics: list[TopicProgress]
    due: int


def open_catalog(paths: DataPaths, extra_banks: Sequence[Path] = ()) -> Catalog:
    """The shipped banks and any extra folders, through the compiled cache."""
    return load_catalog([shipped_banks_dir(), *extra_banks], paths.cache)


def first_look(paths: DataPaths, catalog: Catalog, now: datetime | None = None) -> HomeFigures | None:
    """The home screen's figures without opening the database fully, or None when the full open
    must come first (an erase to finish, a first start, anything unusual: see read_glance)."""
    if (paths.root / ERASE_MARKER).exists():
        return None
    glance = read_glance(paths.database, now or datetime.now(UTC))
    if glance is None:
        return None
    due = sum(1 for q in catalog.questions if q.id in glance.due)
    return HomeFigures(catalog, topic_progress(catalog, glance.stats), due)
