"""The kiosk's tables (migrations 0101, 0102). Counter tables exist on the kiosk's SQLite file
and on the centre's PostgreSQL alike; the pending totals and the outbox only on the kiosk.

Every table is WITHOUT ROWID on SQLite, so its rows are stored in key order alone."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.storage.orm import Base

NAME = 64
NO_ROWID = {"sqlite_with_rowid": False}


class KioskVisitDayRow(Base):
    __tablename__ = "kiosk_visit_day"
    __table_args__ = NO_ROWID

    kiosk: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


class KioskQuestionRow(Base):
    __tablename__ = "kiosk_question"
    __table_args__ = NO_ROWID

    kiosk: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    correct: Mapped[int] = mapped_column(Integer)


class KioskChoiceRow(Base):
    __tablename__ = "kiosk_choice"
    __table_args__ = NO_ROWID

    kiosk: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    choice_id: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    picks: Mapped[int] = mapped_column(Integer)


class KioskBatchRow(Base):
    """A batch already added here: its id and the kiosk it came from. Nothing else (no time)."""

    __tablename__ = "kiosk_batch"
    __table_args__ = NO_ROWID

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kiosk: Mapped[str] = mapped_column(String(NAME))


WAITING, SENDING = 0, 1
"""`part` of a pending row: waiting to be sent, or in the batch being sent (kiosk_outbox)."""


class PendingDayRow(Base):
    __tablename__ = "kiosk_pending_visit_day"
    __table_args__ = NO_ROWID

    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


class PendingQuestionRow(Base):
    __tablename__ = "kiosk_pending_question"
    __table_args__ = NO_ROWID

    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    correct: Mapped[int] = mapped_column(Integer)


class PendingChoiceRow(Base):
    __tablename__ = "kiosk_pending_choice"
    __table_args__ = NO_ROWID

    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    choice_id: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    picks: Mapped[int] = mapped_column(Integer)


class OutboxRow(Base):
    """The id of the batch being sent (at most one row): kept until the server acknowledges it,
    so a send cut short is retried with the same id and the server adds it once."""

    __tablename__ = "kiosk_outbox"
    __table_args__ = NO_ROWID

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)


SERVER_TABLES = ("kiosk_visit_day", "kiosk_question", "kiosk_choice", "kiosk_batch")
"""The tables the centre's server holds (and the only ones a kiosk's role may write)."""
