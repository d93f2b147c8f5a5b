"""Kiosk mode's use cases: a quiz that stores only anonymous counters, and the staff report."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from quizapp.domain.kiosk import VisitTally
from quizapp.domain.model import NOT_SURE, Catalog
from quizapp.domain.quiz import Answer, QuestionStats
from quizapp.domain.schedule import Schedule
from quizapp.paths import DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.quiz import QuizService
from quizapp.storage.database import open_database
from quizapp.storage.kiosk import KioskCounterRepository

log = logging.getLogger(__name__)


class KioskAnswerStore:
    """The AnswerStore of kiosk mode: an answer only adds to the visit's tally in memory. No
    answer row, no quiz-run row, no time is written; the tally reaches the disk only as part of
    the totals, when the visit ends (`KioskContext.finish_visit`)."""

    def __init__(self, visit: VisitTally) -> None:
        self._visit = visit

    def record(self, answer: Answer, kind: str, started_at: datetime) -> None:
        self._visit.add(answer.question_id, answer.chosen, answer.correct)

    def question_stats(self) -> dict[str, QuestionStats]:
        """Empty: every visitor is new, so each visit draws its questions afresh."""
        return {}

    def due(self, now: datetime, limit: int | None = None) -> Sequence[Schedule]:
        """Nothing is ever due: a kiosk keeps no review schedule for anyone."""
        return ()


def catalog_keys(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """Every question of `catalog` with its choice ids and "not_sure": the counter rows."""
    return [(q.id, [*(c.id for c in q.choices), NOT_SURE]) for q in catalog.questions]


@dataclass
class KioskContext:
    """What kiosk mode needs for its whole run; each visit gets its own QuizService.

    Creating it writes the counter tables in their canonical order (see storage.kiosk), so every
    counter a visit can touch exists before the first visit. A visit's counts stay in memory
    until `finish_visit`, which adds them to the totals in one transaction."""

    paths: DataPaths
    catalog: Catalog
    counters: KioskCounterRepository
    _visit: VisitTally | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        try:
            self.counters.prepare(catalog_keys(self.catalog))
        except SQLAlchemyError as exc:  # counters are best effort: the kiosk still opens
            log.error("could not prepare the kiosk counters: %s", _reason(exc))

    def new_quiz(self, rng: random.Random | None = None) -> QuizService:
        """The quiz of one visit: it draws as if no one had come before, and only counts. A visit
        left unfinished is finished first."""
        self.finish_visit()
        self._visit = VisitTally()
        return QuizService(self.catalog, KioskAnswerStore(self._visit), rng)

    def count_visit(self, today: Callable[[], date] = date.today) -> None:
        """A visit started (on `today`). Nothing is written now: the visit is counted with its
        answers when it finishes. Called again, it finishes the visit and starts another."""
        if self._visit is None or self._visit.day is not None:
            self.finish_visit()
            self._visit = VisitTally()
        self._visit.day = today()

    def finish_visit(self) -> None:
        """Add the current visit and its counts to the totals, in one transaction, and leave no
        trace of it apart from them. Idempotent: a second call (or one with no visit) does nothing.
        A visitor is never stopped by a failed write: it is logged, without any counter's name."""
        visit, self._visit = self._visit, None
        if visit is None or visit.empty:
            return
        try:
            self.counters.add_visit(visit)
        except SQLAlchemyError as exc:
            log.error("could not add a visit to the kiosk counters: %s", _reason(exc))

    def close(self) -> None:
        self.finish_visit()
        self.counters.close()


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's message only: SQLAlchemy's own text quotes the statement's parameters,
    which here are question and choice ids, and the log must not say what a visitor answered."""
    return str(getattr(exc, "orig", None) or type(exc).__name__)


def open_counters(paths: DataPaths) -> KioskCounterRepository:
    return KioskCounterRepository(open_database(paths.database))


def open_kiosk_context(paths: DataPaths, extra_banks: Sequence[Path] = ()) -> KioskContext:
    """Banks and counters for kiosk mode. A broken database is kept aside and replaced (from the
    newest good backup, or fresh), never a reason to stop: an unattended kiosk must come back."""
    from quizapp.storage.recovery import open_or_recover

    catalog = load_catalog([shipped_banks_dir(), *extra_banks], paths.cache)
    engine, report = open_or_recover(paths.database, paths.backups, datetime.now())
    if report.recovered:
        log.warning("kiosk database was unusable (%s); kept aside as %s", report.problem, report.kept_as)
    return KioskContext(paths, catalog, KioskCounterRepository(engine))
