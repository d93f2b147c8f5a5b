"""Kiosk counters: visits per day and per question attempts, correct answers and choice picks.
Each write adds to a total; nothing records who, when within the day, or in which visit.

What is on disk must not tell one visit from the totals either, so:

- at kiosk start `prepare` rewrites the counter tables in one fixed, sorted order, with a row for
  every question and choice of the catalog (zero when new). A visit then only changes numbers in
  rows that already exist: row order, row ids and the set of rows say nothing about visits.
- a visit's counts are added in one transaction when it ends (`add_visit`), with the visit;
- every write runs with `secure_delete` on, and is followed by a rebuild of the file (VACUUM)
  and a TRUNCATE checkpoint that empties the WAL. The rebuild is what makes the file depend on
  the totals alone: an update that makes a count need more bytes moves its row within the page,
  so without it the layout of a page would depend on the order in which counts grew.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Integer, String, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.domain.kiosk import KioskReport, QuestionCounts, VisitTally
from quizapp.storage.database import explicit_transactions, immediate
from quizapp.storage.orm import Base

log = logging.getLogger(__name__)


class KioskVisitDayRow(Base):
    __tablename__ = "kiosk_visit_day"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


class KioskQuestionRow(Base):
    __tablename__ = "kiosk_question"

    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    correct: Mapped[int] = mapped_column(Integer)


class KioskChoiceRow(Base):
    __tablename__ = "kiosk_choice"

    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    choice_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    picks: Mapped[int] = mapped_column(Integer)


CatalogKeys = Iterable[tuple[str, Iterable[str]]]
"""(question id, its choice ids) for every question a visitor may be asked."""


class KioskCounterRepository:
    """Adds to and reads the kiosk's anonymous counters."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def prepare(self, catalog: CatalogKeys) -> None:
        """Rewrite the counter tables canonically: every total kept, a zero row for each question
        and choice of `catalog` not counted yet, all rows inserted in sorted order; then rebuild
        the file and empty the WAL. This also cleans a database written by an older version,
        which inserted rows in the order visitors answered."""
        with explicit_transactions(self._engine) as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            with immediate(conn):
                days: dict[str, int] = {
                    d: n for d, n in conn.execute(select(KioskVisitDayRow.day, KioskVisitDayRow.visits))
                }
                questions: dict[str, tuple[int, int]] = {
                    qid: (attempts, correct)
                    for qid, attempts, correct in conn.execute(
                        select(
                            KioskQuestionRow.question_id, KioskQuestionRow.attempts, KioskQuestionRow.correct
                        )
                    )
                }
                picks: dict[tuple[str, str], int] = {
                    (qid, cid): n
                    for qid, cid, n in conn.execute(
                        select(KioskChoiceRow.question_id, KioskChoiceRow.choice_id, KioskChoiceRow.picks)
                    )
                }
                for qid, choice_ids in catalog:
                    questions.setdefault(qid, (0, 0))
                    for cid in choice_ids:
                        picks.setdefault((qid, cid), 0)
                for table in (KioskChoiceRow, KioskQuestionRow, KioskVisitDayRow):
                    conn.execute(delete(table))
                _insert_sorted(conn, KioskVisitDayRow, [{"day": d, "visits": n} for d, n in days.items()])
                _insert_sorted(
                    conn,
                    KioskQuestionRow,
                    [{"question_id": q, "attempts": a, "correct": c} for q, (a, c) in questions.items()],
                )
                _insert_sorted(
                    conn,
                    KioskChoiceRow,
                    [{"question_id": q, "choice_id": c, "picks": n} for (q, c), n in picks.items()],
                )
            _rebuild_and_empty_wal(conn)

    def add_visit(self, visit: VisitTally) -> None:
        """Add one visit (when it started) and its counts to the totals, in one transaction,
        then rebuild the file and empty the WAL. Raises SQLAlchemyError when it cannot write."""
        with explicit_transactions(self._engine) as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            with immediate(conn):
                if visit.day is not None:
                    day = upsert(KioskVisitDayRow).values(day=visit.day.isoformat(), visits=1)
                    conn.execute(
                        day.on_conflict_do_update(
                            index_elements=[KioskVisitDayRow.day],
                            set_={"visits": KioskVisitDayRow.visits + 1},
                        )
                    )
                for qid in sorted(visit.attempts):
                    attempts, correct = visit.attempts[qid], visit.correct.get(qid, 0)
                    q = upsert(KioskQuestionRow).values(question_id=qid, attempts=attempts, correct=correct)
                    conn.execute(
                        q.on_conflict_do_update(
                            index_elements=[KioskQuestionRow.question_id],
                            set_={
                                "attempts": KioskQuestionRow.attempts + attempts,
                                "correct": KioskQuestionRow.correct + correct,
                            },
                        )
                    )
                for (qid, cid), n in sorted(visit.picks.items()):
                    c = upsert(KioskChoiceRow).values(question_id=qid, choice_id=cid, picks=n)
                    conn.execute(
                        c.on_conflict_do_update(
                            index_elements=[KioskChoiceRow.question_id, KioskChoiceRow.choice_id],
                            set_={"picks": KioskChoiceRow.picks + n},
                        )
                    )
            _rebuild_and_empty_wal(conn)

    def report(self) -> KioskReport:
        """The totals: days with visits, and the questions (and choices) picked at least once."""
        with self._engine.connect() as conn:
            days = tuple(
                (day, visits)
                for day, visits in conn.execute(
                    select(KioskVisitDayRow.day, KioskVisitDayRow.visits)
                    .where(KioskVisitDayRow.visits > 0)
                    .order_by(KioskVisitDayRow.day)
                )
            )
            picks: dict[str, dict[str, int]] = {}
            for qid, cid, n in conn.execute(
                select(KioskChoiceRow.question_id, KioskChoiceRow.choice_id, KioskChoiceRow.picks).where(
                    KioskChoiceRow.picks > 0
                )
            ):
                picks.setdefault(qid, {})[cid] = n
            questions = tuple(
                QuestionCounts(qid, attempts, correct, dict(sorted(picks.get(qid, {}).items())))
                for qid, attempts, correct in conn.execute(
                    select(KioskQuestionRow.question_id, KioskQuestionRow.attempts, KioskQuestionRow.correct)
                    .where(KioskQuestionRow.attempts > 0)
                    .order_by(KioskQuestionRow.question_id)
                )
            )
        return KioskReport(days, questions)

    def close(self) -> None:
        self._engine.dispose()


def _insert_sorted(conn: Connection, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert `rows` in the order of the table's primary key."""
    if rows:
        keys = [c.name for c in table.__table__.primary_key]
        conn.execute(insert(table), sorted(rows, key=lambda r: tuple(r[k] for k in keys)))


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
