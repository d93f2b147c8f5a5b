"""Recording and reading answers and review schedules. Hands out domain objects, never ORM rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from quizapp.domain.history import DEFAULT_PROFILE, Profile, looks_like_my_number
from quizapp.domain.quiz import Answer, QuestionStats
from quizapp.domain.schedule import ReviewState, Schedule, next_schedule
from quizapp.storage.errors import DataDirUnwritable
from quizapp.storage.orm import (
    DEFAULT_PROFILE_ID,
    AnswerRow,
    DailyResultRow,
    ProfileRow,
    QuizRunRow,
    ScheduleRow,
)


def to_db(moment: datetime) -> datetime:
    """Stored as naive UTC, so any database behind SQLAlchemy compares them alike."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_db(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def encode_chosen(chosen: frozenset[str]) -> str:
    return " ".join(sorted(chosen))


def decode_chosen(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


def answer_row(answer: Answer, profile_id: int) -> AnswerRow:
    """The row that stores `answer` for the learner `profile_id`."""
    return AnswerRow(
        run_id=answer.run_id,
        question_id=answer.question_id,
        chosen=encode_chosen(answer.chosen),
        correct=answer.correct,
        seconds=answer.seconds,
        answered_at=to_db(answer.answered_at),
        profile_id=profile_id,
    )


def schedule_from_row(row: ScheduleRow) -> Schedule:
    return Schedule(
        question_id=row.question_id,
        state=ReviewState(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=from_db(row.due),
        last_review=from_db(row.last_review) if row.last_review else None,
        reviews=row.reviews,
        correct=row.correct,
        last_correct=row.last_correct,
    )


def store_schedule(session: Session, profile_id: int, schedule: Schedule) -> None:
    """Insert or replace a question's schedule."""
    row = session.get(ScheduleRow, (profile_id, schedule.question_id))
    if row is None:
        row = ScheduleRow(profile_id=profile_id, question_id=schedule.question_id)
        session.add(row)
    row.state = int(schedule.state)
    row.step = schedule.step
    row.stability = schedule.stability
    row.difficulty = schedule.difficulty
    row.due = to_db(schedule.due)
    row.last_review = to_db(schedule.last_review) if schedule.last_review else None
    row.reviews = schedule.reviews
    row.correct = schedule.correct
    row.last_correct = schedule.last_correct


def local_day(moment: datetime) -> date:
    """The calendar day of `moment` where this computer is (its time zone now)."""
    return moment.astimezone().date()


def count_in_day(session: Session, profile_id: int, day: date, correct: bool) -> None:
    row = session.get(DailyResultRow, (profile_id, day))
    if row is None:
        session.add(DailyResultRow(profile_id=profile_id, day=day, answered=1, correct=int(correct)))
    else:
        row.answered += 1
        row.correct += int(correct)


class AnswerRepository:
    """Answers, quiz runs and review schedules of the current profile."""

    def __init__(self, engine: Engine, profile_id: int = DEFAULT_PROFILE_ID) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.profile_id = profile_id

    def record(self, answer: Answer, kind: str, started_at: datetime) -> Schedule:
        """Store one answer and the question's new review schedule durably (both committed when
        this returns), creating its run if new. Returns the new schedule.

        Raises DataDirUnwritable when the disk is full or the file cannot be written; nothing
        is half-written and the answers stored before stay as they were.
        """
        try:
            return self._record(answer, kind, started_at)
        except OperationalError as exc:
            detail = str(exc.orig)
            path = Path(self.engine.url.database or "")
            raise DataDirUnwritable(path, detail, disk_full="disk is full" in detail) from exc

    def _record(self, answer: Answer, kind: str, started_at: datetime) -> Schedule:
        with self.sessions.begin() as session:
            if session.get(QuizRunRow, answer.run_id) is None:
                run = QuizRunRow(id=answer.run_id, kind=kind, started_at=to_db(started_at))
                run.profile_id = self.profile_id
                session.add(run)
                session.flush()  # the run row must exist before its answer (foreign key)
            session.add(answer_row(answer, self.profile_id))
            old = session.get(ScheduleRow, (self.profile_id, answer.question_id))
            previous = schedule_from_row(old) if old is not None else None
            schedule = next_schedule(previous, answer.question_id, answer.correct, answer.answered_at)
            store_schedule(session, self.profile_id, schedule)
            count_in_day(session, self.profile_id, local_day(answer.answered_at), answer.correct)
        return schedule

    def question_stats(self) -> dict[str, QuestionStats]:
        """Per question: attempts, correct answers, and whether the latest answer was right
        (kept on each question's schedule row, so this reads one row per question)."""
        query = select(
            ScheduleRow.question_id, ScheduleRow.reviews, ScheduleRow.correct, ScheduleRow.last_correct
        ).where(ScheduleRow.profile_id == self.profile_id)
        with self.engine.connect() as conn:
            return {
                qid: QuestionStats(attempts=n, correct=right, last_correct=bool(last))
                for qid, n, right, last in conn.execute(query)
            }

    def answers(self) -> list[Answer]:
        """Every recorded answer of every profile, oldest first."""
        with self.sessions() as session:
            rows = session.scalars(select(AnswerRow).order_by(AnswerRow.answered_at, AnswerRow.id))
            return [
                Answer(
                    run_id=r.run_id,
                    question_id=r.question_id,
                    chosen=decode_chosen(r.chosen),
                    correct=r.correct,
                    seconds=r.seconds,
                    answered_at=from_db(r.answered_at),
                )
                for r in rows
            ]

    # review ---------------------------------------------------------------------------------
    def schedule(self, question_id: str) -> Schedule | None:
        with self.sessions() as session:
            row = session.get(ScheduleRow, (self.profile_id, question_id))
            return schedule_from_row(row) if row is not None else None

    def due(self, now: datetime, limit: int | None = None) -> list[Schedule]:
        """Schedules due at `now`, most overdue first."""
        query = (
            select(ScheduleRow)
            .where(ScheduleRow.profile_id == self.profile_id, ScheduleRow.due <= to_db(now))
            .order_by(ScheduleRow.due, ScheduleRow.question_id)
            .limit(limit)
        )
        with self.sessions() as session:
            return [schedule_from_row(r) for r in session.scalars(query)]

    # profiles -------------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        with self.sessions() as session:
            return [
                Profile(r.id, r.name) for r in session.scalars(select(ProfileRow).order_by(ProfileRow.id))
            ]

    def add_profile(self, name: str) -> Profile:
        """A new profile; raises ValueError when the name is empty, too long or taken."""
        clean = " ".join(name.split())
        if not clean or len(clean) > 40:
            raise ValueError("a profile name has 1 to 40 characters")
        if looks_like_my_number(clean):
            raise ValueError("a profile name may not hold a 12-digit number")
        with self.sessions.begin() as session:
            if session.scalar(select(ProfileRow.id).where(ProfileRow.name == clean)) is not None:
                raise ValueError(f"there is already a profile named {clean!r}")
            row = ProfileRow(name=clean)
            session.add(row)
            session.flush()
            return Profile(row.id, row.name)

    def use_profile(self, profile_id: int) -> None:
        self.profile_id = profile_id

    @property
    def profile_name(self) -> str:
        with self.sessions() as session:
            row = session.get(ProfileRow, self.profile_id)
            return row.name if row is not None else DEFAULT_PROFILE

    def close(self) -> None:
        self.engine.dispose()
