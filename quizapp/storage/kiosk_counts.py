"""Adding to and reading the kiosk counters, in any database that holds them: the kiosk's own
SQLite file, or the centre's PostgreSQL where many kiosks pool theirs. Every increment is an
atomic upsert (`INSERT ... ON CONFLICT DO UPDATE SET n = n + excluded.n`), rows in key order, so
concurrent kiosks neither lose a count nor deadlock on each other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select, union
from sqlalchemy.dialects import postgresql, sqlite

from quizapp.domain.kiosk import ALL_KIOSKS, CountsBatch, KioskReport, QuestionCounts, ReportScope, Totals
from quizapp.storage.kiosk_rows import KioskBatchRow, KioskChoiceRow, KioskQuestionRow, KioskVisitDayRow


def _insert(conn: Connection, table: type[Any]) -> Any:
    """INSERT for `table` in the dialect of `conn`, with on_conflict_do_update/do_nothing."""
    module = postgresql if conn.dialect.name == "postgresql" else sqlite
    return module.insert(table)


@dataclass(frozen=True, slots=True)
class CounterTables:
    """Three tables of the same shape (visits per day; attempts and correct per question; picks
    per choice), told apart by an owner column that comes first in their keys."""

    owner: str
    day: type[Any]
    question: type[Any]
    choice: type[Any]


COUNTERS = CounterTables("kiosk", KioskVisitDayRow, KioskQuestionRow, KioskChoiceRow)
"""The counters, owned by a kiosk's name."""


def add_totals(conn: Connection, owner: str | int, totals: Totals, tables: CounterTables = COUNTERS) -> None:
    """Add `totals` to `owner`'s rows of `tables` (by default `owner` is a kiosk's name), inside
    the caller's transaction."""
    _add(
        conn,
        tables.day,
        [tables.owner, "day"],
        [{tables.owner: owner, "day": d, "visits": n} for d, n in sorted(totals.days.items()) if n],
    )
    _add(
        conn,
        tables.question,
        [tables.owner, "question_id"],
        [
            {tables.owner: owner, "question_id": q, "attempts": a, "correct": c}
            for q, (a, c) in sorted(totals.questions.items())
            if a or c
        ],
    )
    _add(
        conn,
        tables.choice,
        [tables.owner, "question_id", "choice_id"],
        [
            {tables.owner: owner, "question_id": q, "choice_id": c, "picks": n}
            for (q, c), n in sorted(totals.picks.items())
            if n
        ],
    )


def _add(conn: Connection, table: type[Any], keys: list[str], rows: list[dict[str, Any]]) -> None:
    """Upsert `rows`: a new key is inserted, an existing one gets each count added to its own."""
    if not rows:
        return
    stmt = _insert(conn, table)
    counts = [name for name in rows[0] if name not in keys]
    added = {name: getattr(table, name) + getattr(stmt.excluded, name) for name in counts}
    conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=added), rows)


def apply_batch(conn: Connection, batch: CountsBatch) -> bool:
    """Add `batch` once, inside the caller's transaction: True when it was new here, False when
    its id was already added (then nothing changes). On PostgreSQL a second transaction adding
    the same id waits for the first to commit or roll back, so a resend racing the original
    still adds it once."""
    stmt = _insert(conn, KioskBatchRow).values(batch_id=batch.batch_id, kiosk=batch.kiosk)
    added = conn.execute(
        stmt.on_conflict_do_nothing(index_elements=["batch_id"]).returning(KioskBatchRow.batch_id)
    )
    if added.scalar() is None:
        return False
    add_totals(conn, batch.kiosk, batch.totals)
    return True


def _where(column: Any, scope: ReportScope) -> ColumnElement[bool]:
    if scope.kiosk is not None:
        return column == scope.kiosk  # type: ignore[no-any-return]
    if scope.group is not None:
        return column.startswith(scope.group, autoescape=True)  # type: ignore[no-any-return]
    return column.is_not(None)  # type: ignore[no-any-return]


def read_report(conn: Connection, scope: ReportScope = ALL_KIOSKS) -> KioskReport:
    """The totals over the kiosks `scope` covers: days with visits, questions attempted."""
    day = KioskVisitDayRow
    days = tuple(
        (d, int(n))
        for d, n in conn.execute(
            select(day.day, func.sum(day.visits))
            .where(_where(day.kiosk, scope))
            .group_by(day.day)
            .having(func.sum(day.visits) > 0)
            .order_by(day.day)
        )
    )
    choice = KioskChoiceRow
    picks: dict[str, dict[str, int]] = {}
    for qid, cid, n in conn.execute(
        select(choice.question_id, choice.choice_id, func.sum(choice.picks))
        .where(_where(choice.kiosk, scope))
        .group_by(choice.question_id, choice.choice_id)
        .having(func.sum(choice.picks) > 0)
    ):
        picks.setdefault(qid, {})[cid] = int(n)
    q = KioskQuestionRow
    questions = tuple(
        QuestionCounts(qid, int(a), int(c), dict(sorted(picks.get(qid, {}).items())))
        for qid, a, c in conn.execute(
            select(q.question_id, func.sum(q.attempts), func.sum(q.correct))
            .where(_where(q.kiosk, scope))
            .group_by(q.question_id)
            .having(func.sum(q.attempts) > 0)
            .order_by(q.question_id)
        )
    )
    named = union(
        select(day.kiosk).where(day.visits > 0, _where(day.kiosk, scope)),
        select(q.kiosk).where(q.attempts > 0, _where(q.kiosk, scope)),
    )
    kiosks = tuple(sorted(name for (name,) in conn.execute(named)))
    return KioskReport(days, questions, scope, kiosks)
