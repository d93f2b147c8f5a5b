"""A database's learner data as a whole: read it all (export), merge some in (import), erase it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from quizapp.domain.history import (
    DEFAULT_PROFILE,
    IMPORTED_KIND,
    AnswerRecord,
    DayResult,
    History,
    MergeSummary,
    RunRecord,
    ScheduleRecord,
    run_id_for,
)
from quizapp.domain.quiz import Answer
from quizapp.domain.schedule import replay
from quizapp.storage.database import explicit_transactions, immediate
from quizapp.storage.orm import (
    DEFAULT_PROFILE_ID,
    AnswerRow,
    DailyResultRow,
    ProfileRow,
    QuizRunRow,
    ScheduleRow,
)
from quizapp.storage.repository import (
    answer_row,
    decode_chosen,
    from_db,
    local_day,
    schedule_from_row,
    store_schedule,
    to_db,
)


def read_history(engine: Engine) -> History:
    """Every profile, run, answer and schedule, in a stable order."""
    with Session(engine) as session:
        names = {r.id: r.name for r in session.scalars(select(ProfileRow).order_by(ProfileRow.id))}
        runs = tuple(
            RunRecord(r.id, r.kind, from_db(r.started_at), names[r.profile_id])
            for r in session.scalars(select(QuizRunRow).order_by(QuizRunRow.started_at, QuizRunRow.id))
        )
        answers = tuple(
            AnswerRecord(
                Answer(
                    r.run_id,
                    r.question_id,
                    decode_chosen(r.chosen),
                    r.correct,
                    r.seconds,
                    from_db(r.answered_at),
                ),
                names[r.profile_id],
            )
            for r in session.scalars(select(AnswerRow).order_by(AnswerRow.answered_at, AnswerRow.id))
        )
        schedules = tuple(
            ScheduleRecord(schedule_from_row(r), names[r.profile_id])
            for r in session.scalars(
                select(ScheduleRow).order_by(ScheduleRow.profile_id, ScheduleRow.question_id)
            )
        )
    return History(tuple(names.values()), runs, answers, schedules)


def _profile_ids(session: Session, wanted: tuple[str, ...]) -> tuple[dict[str, int], int]:
    ids = {name: pid for pid, name in session.execute(select(ProfileRow.id, ProfileRow.name))}
    added = 0
    for name in wanted:
        if name not in ids:
            row = ProfileRow(name=name)
            session.add(row)
            session.flush()
            ids[name] = row.id
            added += 1
    return ids, added


ANSWER_BATCH = 5000
"""Answers added per transaction by an import: a reader of the database (the app, a command)
waits at most one batch, never the whole of a large import."""
QUESTION_BATCH = 200
ImportProgress = Callable[[int, int], None]
"""progress(answers done, answers in all), called after each batch."""


def merge_history(
    engine: Engine, history: History, *, batch: int = ANSWER_BATCH, progress: ImportProgress | None = None
) -> MergeSummary:
    """Add what `history` has and the database lacks.

    An answer already present (same run, question and time) is skipped. A run belongs to one
    learner: when its id is already another learner's (in the database, or earlier in
    `history`), this learner's run is stored under `run_id_for(id, learner)` instead, so every
    answer is kept and the export made afterwards imports again.

    The answers go in batches of `batch`, each its own transaction (`progress` is told after
    each), then the schedule of every question the file has answers for is rebuilt by replaying
    all its answers, so importing on top of other answers gives the schedule both histories
    together call for. `history` has been checked as a whole before (import refuses a bad file
    entirely); if this is cut short, the answers added so far stay, and importing the same file
    again adds the rest and rebuilds every schedule it touches."""
    total = len(history.answers)
    with Session(engine) as session:
        with session.begin():
            ids, profiles_added = _profile_ids(session, history.profiles)
            runs = _RunIds(session, ids)
            for run in history.runs:
                runs.store(run)
        keys = session.execute(select(AnswerRow.run_id, AnswerRow.question_id, AnswerRow.answered_at))
        existing: set[tuple[str, str, datetime]] = {(r, q, t) for r, q, t in keys}
        session.commit()
        touched: set[tuple[int, str]] = set()
        added = skipped = 0
        for start in range(0, total, max(batch, 1)):
            with session.begin():
                for record in history.answers[start : start + batch]:
                    a = record.answer
                    pid = ids[record.profile]
                    touched.add((pid, a.question_id))
                    run_id = runs.store(RunRecord(a.run_id, IMPORTED_KIND, a.answered_at, record.profile))
                    key = (run_id, a.question_id, to_db(a.answered_at))
                    if key in existing:
                        skipped += 1
                        continue
                    existing.add(key)
                    session.add(answer_row(replace(a, run_id=run_id), pid))
                    added += 1
            if progress is not None:
                progress(min(start + batch, total), total)
        ordered = sorted(touched)
        for start in range(0, len(ordered), QUESTION_BATCH):
            with session.begin():
                for pid, qid in ordered[start : start + QUESTION_BATCH]:
                    _rebuild(session, pid, qid)
        with session.begin():
            for pid in sorted({pid for pid, _ in touched}):
                _recount_days(session, pid)
            for planned in history.schedules:  # a schedule without answers: keep it if we have none
                key2 = (ids[planned.profile], planned.schedule.question_id)
                if key2 not in touched and session.get(ScheduleRow, key2) is None:
                    store_schedule(session, key2[0], planned.schedule)
                    session.flush()
    return MergeSummary(profiles_added, runs.added, added, skipped, runs.renamed)


class _RunIds:
    """Where each (run id, learner) of an import is stored; adds the runs the database lacks."""

    def __init__(self, session: Session, profile_ids: dict[str, int]) -> None:
        self._session = session
        self._profile_ids = profile_ids
        self._owner = {rid: pid for rid, pid in session.execute(select(QuizRunRow.id, QuizRunRow.profile_id))}
        self._stored: dict[tuple[str, str], str] = {}
        self.added = self.renamed = 0

    def store(self, run: RunRecord) -> str:
        """The id under which `run` is (now) stored; the first record of a run gives its kind."""
        key = (run.run_id, run.profile)
        if key in self._stored:
            return self._stored[key]
        pid = self._profile_ids[run.profile]
        run_id, attempt = run.run_id, 0
        while self._owner.get(run_id, pid) != pid:
            attempt += 1
            run_id = run_id_for(run.run_id, run.profile, attempt)
        if run_id not in self._owner:
            row = QuizRunRow(id=run_id, kind=run.kind, started_at=to_db(run.started_at))
            row.profile_id = pid
            self._session.add(row)
            self._owner[run_id] = pid
            self.added += 1
            self.renamed += run_id != run.run_id
        self._stored[key] = run_id
        return run_id


def _rebuild(session: Session, profile_id: int, question_id: str) -> None:
    rows = session.execute(
        select(AnswerRow.correct, AnswerRow.answered_at)
        .where(AnswerRow.profile_id == profile_id, AnswerRow.question_id == question_id)
        .order_by(AnswerRow.answered_at, AnswerRow.id)
    )
    schedule = replay(question_id, ((bool(ok), from_db(when)) for ok, when in rows))
    if schedule is not None:
        store_schedule(session, profile_id, schedule)


def _recount_days(session: Session, profile_id: int) -> None:
    session.execute(delete(DailyResultRow).where(DailyResultRow.profile_id == profile_id))
    days: dict[date, list[int]] = {}
    query = select(AnswerRow.answered_at, AnswerRow.correct).where(AnswerRow.profile_id == profile_id)
    for when, correct in session.execute(query):
        counts = days.setdefault(local_day(from_db(when)), [0, 0])
        counts[0] += 1
        counts[1] += int(correct)
    session.add_all(
        DailyResultRow(profile_id=profile_id, day=d, answered=n, correct=c) for d, (n, c) in days.items()
    )


def erase_history(engine: Engine) -> None:
    """Remove every answer, run, schedule and added profile so that none remains in the file or
    its WAL: secure_delete overwrites the freed pages, VACUUM rebuilds the file, and a
    TRUNCATE checkpoint empties the WAL."""
    with explicit_transactions(engine) as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        with immediate(conn):
            conn.execute(delete(ScheduleRow))
            conn.execute(delete(DailyResultRow))
            conn.execute(delete(AnswerRow))
            conn.execute(delete(QuizRunRow))
            conn.execute(delete(ProfileRow).where(ProfileRow.id != DEFAULT_PROFILE_ID))
            conn.execute(update(ProfileRow).values(name=DEFAULT_PROFILE))
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA secure_delete=OFF")


def daily_results(engine: Engine, profile_id: int) -> list[DayResult]:
    """Answers and right answers per local day, oldest first."""
    query = (
        select(DailyResultRow.day, DailyResultRow.answered, DailyResultRow.correct)
        .where(DailyResultRow.profile_id == profile_id)
        .order_by(DailyResultRow.day)
    )
    with engine.connect() as conn:
        return [DayResult(d, n, c) for d, n, c in conn.execute(query)]


def count_answers(engine: Engine) -> dict[str, int]:
    """How many runs, answers and schedules the database holds (for messages before erasing)."""
    with engine.connect() as conn:
        return {
            "runs": conn.scalar(select(func.count()).select_from(QuizRunRow)) or 0,
            "answers": conn.scalar(select(func.count()).select_from(AnswerRow)) or 0,
            "schedules": conn.scalar(select(func.count()).select_from(ScheduleRow)) or 0,
            "profiles": (conn.scalar(select(func.count()).select_from(ProfileRow)) or 1) - 1,
        }
