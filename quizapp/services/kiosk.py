"""Kiosk mode's use cases: a quiz that stores only anonymous counters, and the staff report."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.exc import SQLAlchemyError

from quizapp.domain.kiosk import ALL_KIOSKS, KioskReport, OutboxStatus, ReportScope, Totals, VisitTally
from quizapp.domain.model import NOT_SURE, Catalog
from quizapp.domain.quiz import Answer, QuestionStats
from quizapp.domain.schedule import Schedule
from quizapp.paths import DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.kiosk_sender import CounterSender
from quizapp.services.quiz import QuizService
from quizapp.storage.database import open_database
from quizapp.storage.kiosk import UNNAMED, KioskCounterRepository
from quizapp.storage.kiosk_server import CounterServer, ServerProblem

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


CLOSE_GRACE_S = 2.0
"""How long closing the kiosk waits for the server to take the last counts."""


@dataclass(frozen=True, slots=True)
class ReportReading:
    """The report the staff screen shows, and why it is not the pooled one (server away)."""

    report: KioskReport
    problem: str | None = None


@dataclass
class KioskContext:
    """What kiosk mode needs for its whole run; each visit gets its own QuizService.

    Creating it gives the counter tables a row for every question and choice (see storage.kiosk),
    so every counter a visit can touch exists before the first visit. A visit's counts stay in
    memory until `finish_visit`, which hands them to a writer thread: they are added to the
    totals (and, with a server, to the pending totals the sender thread sends) in one
    transaction, and the visitor's thread never waits for the disk or the network."""

    paths: DataPaths
    catalog: Catalog
    counters: KioskCounterRepository
    kiosk: str = UNNAMED
    """This kiosk's name (--kiosk-name): every count it makes is kept under it."""
    server: CounterServer | None = None
    """The centre's server (--database-url), or None: the counts stay on this kiosk."""
    scope: ReportScope = ALL_KIOSKS
    """What the staff screen reports (--kiosk-group)."""
    _visit: VisitTally | None = field(default=None, init=False, repr=False)
    _writer: ThreadPoolExecutor = field(init=False, repr=False)
    _sender: CounterSender | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        try:
            self.counters.prepare(catalog_keys(self.catalog), self.kiosk)
        except SQLAlchemyError as exc:  # counters are best effort: the kiosk still opens
            log.error("could not prepare the kiosk counters: %s", _reason(exc))
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-counts")
        if self.server is not None:
            self._sender = CounterSender(self.counters, self.server, self.kiosk)
            self._sender.start()

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
        """Hand the current visit's counts to the writer thread, and keep nothing of the visit.
        Idempotent: a second call (or one with no visit) does nothing. Returns at once."""
        visit, self._visit = self._visit, None
        if visit is None or visit.empty:
            return
        self._writer.submit(self._write, visit.totals())

    def _write(self, totals: Totals) -> None:
        """On the writer thread. A visitor is never stopped by a failed write: it is logged,
        without any counter's name."""
        try:
            self.counters.add_visit(totals, self.kiosk)
        except SQLAlchemyError as exc:
            log.error("could not add a visit to the kiosk counters: %s", _reason(exc))
            return
        if self._sender is not None:
            self._sender.wake()

    def flush(self) -> None:
        """Wait until every finished visit is written to this kiosk's file."""
        self._writer.submit(lambda: None).result()

    def drain(self, timeout: float) -> bool:
        """Write every finished visit, then wait (at most `timeout` s) until the server has
        acknowledged everything pending. True when nothing waits (always, without a server)."""
        self.flush()
        return self._sender is None or self._sender.wait_until_sent(timeout)

    def outbox_status(self) -> OutboxStatus | None:
        """Last sent and visits waiting, with a server; None without one."""
        return None if self._sender is None else self._sender.status()

    def read_report(self) -> ReportReading:
        """The report for the staff screen: the pooled one from the server (for `scope`), or,
        when the server cannot be read, this kiosk's own counts and why. May take seconds with
        a server: call it off the GUI thread."""
        self.flush()
        if self.server is None:
            return ReportReading(self.counters.report(self.scope))
        try:
            return ReportReading(self.server.report(self.scope))
        except ServerProblem as exc:
            return ReportReading(self.counters.report(ReportScope(kiosk=self.kiosk)), str(exc))

    def close(self) -> None:
        """Write what is left; with a server that was reachable, give the sender a moment to
        send it (what it cannot send stays pending on disk for the next start)."""
        self.finish_visit()
        self._writer.shutdown(wait=True)
        stopped = True
        if self._sender is not None:
            if self._sender.status().problem is None:
                self._sender.wait_until_sent(CLOSE_GRACE_S)
            stopped = self._sender.stop()
        if self.server is not None and stopped:
            self.server.close()
        self.counters.close()


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's message only: SQLAlchemy's own text quotes the statement's parameters,
    which here are question and choice ids, and the log must not say what a visitor answered."""
    return str(getattr(exc, "orig", None) or type(exc).__name__)


def open_counters(paths: DataPaths) -> KioskCounterRepository:
    return KioskCounterRepository(open_database(paths.database))


def open_kiosk_context(
    paths: DataPaths,
    extra_banks: Sequence[Path] = (),
    kiosk: str = UNNAMED,
    server_url: URL | None = None,
    scope: ReportScope = ALL_KIOSKS,
) -> KioskContext:
    """Banks and counters for kiosk mode. A broken database is kept aside and replaced (from the
    newest good backup, or fresh), never a reason to stop: an unattended kiosk must come back.
    With `server_url` the counts are also sent there; the server need not be up."""
    from quizapp.storage.recovery import open_or_recover

    catalog = load_catalog([shipped_banks_dir(), *extra_banks], paths.cache)
    engine, report = open_or_recover(paths.database, paths.backups, datetime.now())
    if report.recovered:
        log.warning("kiosk database was unusable (%s); kept aside as %s", report.problem, report.kept_as)
    server = None if server_url is None else CounterServer(server_url)
    return KioskContext(paths, catalog, KioskCounterRepository(engine), kiosk, server, scope)
