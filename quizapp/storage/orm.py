"""ORM rows. Only the repository sees these; it hands out domain objects."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from quizapp.storage.revision import DEFAULT_PROFILE_ID as DEFAULT_PROFILE_ID


class Base(DeclarativeBase):
    pass


class ProfileRow(Base):
    """A named learner on a shared computer. Only a name; no password, nothing else."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class QuizRunRow(Base):
    __tablename__ = "quiz_run"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime]
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), default=DEFAULT_PROFILE_ID
    )


class AnswerRow(Base):
    """One answer. Nothing else about the person is kept."""

    __tablename__ = "answer"
    __table_args__ = (
        Index("ix_answer_question_id", "question_id"),
        Index("ix_answer_profile_question", "profile_id", "question_id", "correct"),
        Index("ix_answer_profile_time", "profile_id", "answered_at", "correct"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("quiz_run.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    chosen: Mapped[str] = mapped_column(String(200))
    """The chosen choice ids, sorted and separated by spaces ("not_sure" for Not sure)."""
    correct: Mapped[bool]
    seconds: Mapped[float]
    answered_at: Mapped[datetime]
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), default=DEFAULT_PROFILE_ID
    )


class ScheduleRow(Base):
    """A question's FSRS review schedule, for one profile."""

    __tablename__ = "review_schedule"
    __table_args__ = (Index("ix_review_schedule_due", "profile_id", "due"),)

    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[int]
    step: Mapped[int | None]
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    due: Mapped[datetime]
    last_review: Mapped[datetime | None]
    reviews: Mapped[int]
    """Answers to this question so far: all of them, the right ones, and whether the last was."""
    correct: Mapped[int] = mapped_column(default=0)
    last_correct: Mapped[bool] = mapped_column(default=False)


class DailyResultRow(Base):
    """Answers and right answers per local day: kept up to date with each answer, so the
    progress screen never has to scan every answer."""

    __tablename__ = "daily_result"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    answered: Mapped[int]
    correct: Mapped[int]
