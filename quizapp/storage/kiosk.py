"""The kiosk's own SQLite file: its counters (visits per day; per question attempts, correct
answers and choice picks, each under a kiosk's name), and the pending totals on their way to the
centre's server or an export file. Each write adds to a total; nothing records who, when within
the day, or in which visit.

What is on disk must not tell one visit from the totals either, so:

- the tables are WITHOUT ROWID (rows stored in key order), and at kiosk start `prepare` gives
  them a row for every question and choice of the catalog (zero when new), for the counters and
  for the waiting part of the pending totals. A visit then only changes numbers in rows that
  already exist: neither row order nor the set of rows says anything about visits.
- a visit's counts are added in one transaction when it ends (`add_visit`), with the visit;
- every write runs with `secure_delete` on, and is followed by a rebuild of the file (VACUUM)
  and a TRUNCATE checkpoint that empties the WAL. The rebuild is what makes the file depend on
  the totals alone: an update that makes a count need more bytes moves its row within the page,
  so without it the layout of a page would depend on the order in which counts grew.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, literal, or_, select, update
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.exc import SQLAlchemyError

from quizapp.domain.kiosk import ALL_KIOSKS, CountsBatch, KioskReport, ReportScope, Totals
from quizapp.storage.database import explicit_transactions, immediate
from quizapp.storage.kiosk_counts import COUNTERS, CounterTables, add_totals, apply_batch, read_report
from quizapp.storage.kiosk_rows import (
    SENDING,
    WAITING,
    KioskChoiceRow,
    KioskQuestionRow,
    KioskVisitDayRow,
    OutboxRow,
    PendingChoiceRow,
    PendingDayRow,
    PendingQuestionRow,
)
from quizapp.storage.orm import Base

log = logging.getLogger(__name__)

CatalogKeys = Iterable[tuple[str, Iterable[str]]]
"""(question id, its choice ids) for every question a visitor may be asked."""

PENDING = CounterTables("part", PendingDayRow, PendingQuestionRow, PendingChoiceRow)
"""The pending totals, owned by a part: WAITING or SENDING."""

UNNAMED = ""
"""The name of a kiosk not given one (and of the counts written before kiosks had names)."""


class KioskCounterRepository:
    """Adds to and reads the kiosk's anonymous counters, and keeps its outbox."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._write_lock = threading.Lock()
        """One write at a time, its rebuild included, within this process (see `_writing`)."""

    def prepare(self, catalog: CatalogKeys, kiosk: str = UNNAMED) -> None:
        """A zero row, for `kiosk`, for each question and choice of `catalog` not counted yet, in
        the counters and the waiting pending totals; counts kept under no name become `kiosk`'s
        once it has one. Then rebuild the file and empty the WAL."""
        keys = [(qid, list(choice_ids)) for qid, choice_ids in catalog]
        with self._writing() as conn:
            if kiosk != UNNAMED:
                _adopt_unnamed(conn, kiosk)
            for tables, owner in ((COUNTERS, kiosk), (PENDING, WAITING)):
                _ensure_rows(
                    conn,
                    tables.question,
                    [{tables.owner: owner, "question_id": q, "attempts": 0, "correct": 0} for q, _ in keys],
                )
                _ensure_rows(
                    conn,
                    tables.choice,
                    [
                        {tables.owner: owner, "question_id": q, "choice_id": c, "picks": 0}
                        for q, cs in keys
                        for c in cs
                    ],
                )

    def add_visit(self, totals: Totals, kiosk: str = UNNAMED) -> None:
        """Add one visit's counts to `kiosk`'s counters and to the pending totals, in one
        transaction, then rebuild the file and empty the WAL. Raises SQLAlchemyError when it
        cannot write."""
        with self._writing() as conn:
            add_totals(conn, kiosk, totals)
            add_totals(conn, WAITING, totals, PENDING)

    def merge(self, batch: CountsBatch) -> bool:
        """Add another kiosk's exported batch to these counters, once (False: added before)."""
        with self._writing() as conn:
            return apply_batch(conn, batch)

    def take_batch(self, kiosk: str) -> CountsBatch | None:
        """The batch to send: the one already being sent (its id kept since it was taken), or
        else everything waiting, moved into a new batch with a new random id. None when nothing
        waits."""
        with self._writing() as conn:
            sending = conn.execute(select(OutboxRow.batch_id)).scalar()
            if sending is None:
                if not _has_waiting(conn):
                    return None
                sending = str(uuid.uuid4())
                _move_waiting_to_sending(conn)
                conn.execute(insert(OutboxRow).values(batch_id=sending))
            return CountsBatch(sending, kiosk, _pending_totals(conn, SENDING))

    def acknowledge(self, batch_id: str) -> None:
        """The batch `batch_id` was added by its receiver: take exactly its counts off the
        pending totals. Anything else (an id not being sent) changes nothing."""
        with self._writing() as conn:
            sending = conn.execute(select(OutboxRow.batch_id)).scalar()
            if sending != batch_id:
                log.warning("an acknowledgement for a batch not being sent was ignored")
                return
            for table in (PendingDayRow, PendingQuestionRow, PendingChoiceRow):
                conn.execute(delete(table).where(table.part == SENDING))
            conn.execute(delete(OutboxRow))

    def nothing_pending(self) -> bool:
        """True when no count waits and no batch is being sent."""
        with self._engine.connect() as conn:
            if conn.execute(select(OutboxRow.batch_id)).first() is not None:
                return False
            return not _has_waiting(conn)

    def waiting_visits(self) -> int:
        """Visits counted here and not yet acknowledged by the server (or exported)."""
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.sum(PendingDayRow.visits), 0))).scalar_one())

    def report(self, scope: ReportScope = ALL_KIOSKS) -> KioskReport:
        """The totals of the kiosks `scope` covers: days with visits, the questions (and
        choices) picked at least once."""
        with self._engine.connect() as conn:
            return read_report(conn, scope)

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write: a transaction with secure_delete on, then the rebuild (see the module).

        The kiosk's writer thread and its sender thread both write here. Left to SQLite's busy
        handler (which sleeps and polls) the writer, adding visit after visit, could hold the
        file for the whole busy timeout and the sender failed with "database is locked"; and one
        thread's checkpoint ran into the other's write or VACUUM, so the WAL was left holding the
        last change. Taking turns on a lock of our own keeps each write and its rebuild whole."""
        with self._write_lock, explicit_transactions(self._engine) as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            with immediate(conn):
                yield conn
            _rebuild_and_empty_wal(conn)


def _ensure_rows(conn: Connection, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert those of `rows` whose key is not in `table` yet."""
    if rows:
        stmt = upsert(table).on_conflict_do_nothing()
        conn.execute(stmt, rows)


def _adopt_unnamed(conn: Connection, kiosk: str) -> None:
    """Counts under no name (from before the kiosk had one) become `kiosk`'s."""
    report = read_report(conn, ReportScope(kiosk=UNNAMED))
    for table in (KioskVisitDayRow, KioskQuestionRow, KioskChoiceRow):
        conn.execute(delete(table).where(table.kiosk == UNNAMED))
    totals = Totals(
        days=dict(report.visits_by_day),
        questions={q.question_id: (q.attempts, q.correct) for q in report.questions},
        picks={(q.question_id, c): n for q in report.questions for c, n in q.choices.items()},
    )
    add_totals(conn, kiosk, totals)  # nothing, when there were none


def _has_waiting(conn: Connection) -> bool:
    visits = conn.execute(select(func.count()).where(PendingDayRow.part == WAITING, PendingDayRow.visits > 0))
    attempts = conn.execute(
        select(func.count()).where(PendingQuestionRow.part == WAITING, PendingQuestionRow.attempts > 0)
    )
    return bool(visits.scalar_one() or attempts.scalar_one())


def _move_waiting_to_sending(conn: Connection) -> None:
    """The waiting totals become the batch being sent; the waiting rows stay, at zero."""
    moves: list[tuple[type[Base], list[str], list[str]]] = [
        (PendingDayRow, ["day"], ["visits"]),
        (PendingQuestionRow, ["question_id"], ["attempts", "correct"]),
        (PendingChoiceRow, ["question_id", "choice_id"], ["picks"]),
    ]
    for table, keys, counts in moves:
        columns = [getattr(table, c) for c in (*keys, *counts)]
        nonzero = [getattr(table, c) > 0 for c in counts]
        source = (
            select(literal(SENDING), *columns)
            .where(table.part == WAITING, or_(*nonzero))  # type: ignore[attr-defined]
            .order_by(*(getattr(table, k) for k in keys))
        )
        conn.execute(insert(table).from_select(["part", *keys, *counts], source))
        conn.execute(
            update(table).where(table.part == WAITING).values({c: 0 for c in counts})  # type: ignore[attr-defined]
        )


def _pending_totals(conn: Connection, part: int) -> Totals:
    days = {
        d: n
        for d, n in conn.execute(
            select(PendingDayRow.day, PendingDayRow.visits).where(PendingDayRow.part == part)
        )
        if n
    }
    questions = {
        q: (a, c)
        for q, a, c in conn.execute(
            select(
                PendingQuestionRow.question_id, PendingQuestionRow.attempts, PendingQuestionRow.correct
            ).where(PendingQuestionRow.part == part)
        )
        if a or c
    }
    picks = {
        (q, c): n
        for q, c, n in conn.execute(
            select(PendingChoiceRow.question_id, PendingChoiceRow.choice_id, PendingChoiceRow.picks).where(
                PendingChoiceRow.part == part
            )
        )
        if n
    }
    return Totals(days, questions, picks)


def _rebuild_and_empty_wal(conn: Connection) -> bool:
    """Empty the WAL, rebuild the file (VACUUM: it then depends on its rows alone), and empty the
    WAL again. The first checkpoint matters too: the WAL index (-shm) keeps the page numbers of
    every frame since the WAL last restarted, so without it the pages the visit changed would be
    listed there ahead of the rebuild's. True when all completed; a failure is logged (without
    any counter's name) and the next visit tries again."""
    try:
        done = _checkpoint(conn)
        conn.exec_driver_sql("VACUUM")
        return _checkpoint(conn) and done
    except SQLAlchemyError as exc:
        log.warning(
            "could not rebuild the kiosk database after writing counters: %s", getattr(exc, "orig", exc)
        )
        return False


def _checkpoint(conn: Connection) -> bool:
    busy, frames, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy or frames != copied:
        log.warning(
            "the kiosk WAL was not emptied (checkpoint busy=%s, %s of %s frames copied); "
            "it will be tried again after the next visit",
            busy,
            copied,
            frames,
        )
        return False
    return True
