"""ORM rows. Only the repository sees these; it hands out domain objects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class QuizRunRow(Base):
    __tablename__ = "quiz_run"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime]


class AnswerRow(Base):
    """One answer. Nothing else about the person is kept."""

    __tablename__ = "answer"
    __table_args__ = (Index("ix_answer_question_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("quiz_run.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    chosen: Mapped[str] = mapped_column(String(200))
    """The chosen choice ids, sorted and separated by spaces ("not_sure" for Not sure)."""
    correct: Mapped[bool]
    seconds: Mapped[float]
    answered_at: Mapped[datetime]
