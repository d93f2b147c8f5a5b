"""Kiosk counters: visits per day and per question attempts, correct answers and choice picks.
Each write adds to a total; nothing records who, when within the day, or in which visit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Engine, Integer, String, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from quizapp.domain.kiosk import KioskReport, QuestionCounts
from quizapp.storage.orm import Base


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


class KioskCounterRepository:
    """Adds to and reads the kiosk's anonymous counters."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine)

    def count_visit(self, day: date) -> None:
        stmt = insert(KioskVisitDayRow).values(day=day.isoformat(), visits=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=[KioskVisitDayRow.day], set_={"visits": KioskVisitDayRow.visits + 1}
        )
        with self._sessions.begin() as session:
            session.execute(stmt)

    def count_answer(self, question_id: str, chosen: Iterable[str], correct: bool) -> None:
        """One more attempt at `question_id`, one more pick of each chosen id; committed on return."""
        q = insert(KioskQuestionRow).values(question_id=question_id, attempts=1, correct=int(correct))
        q = q.on_conflict_do_update(
            index_elements=[KioskQuestionRow.question_id],
            set_={
                "attempts": KioskQuestionRow.attempts + 1,
                "correct": KioskQuestionRow.correct + int(correct),
            },
        )
        with self._sessions.begin() as session:
            session.execute(q)
            for choice_id in sorted(set(chosen)):
                c = insert(KioskChoiceRow).values(question_id=question_id, choice_id=choice_id, picks=1)
                c = c.on_conflict_do_update(
                    index_elements=[KioskChoiceRow.question_id, KioskChoiceRow.choice_id],
                    set_={"picks": KioskChoiceRow.picks + 1},
                )
                session.execute(c)

    def report(self) -> KioskReport:
        with self._engine.connect() as conn:
            days = tuple(
                (day, visits)
                for day, visits in conn.execute(
                    select(KioskVisitDayRow.day, KioskVisitDayRow.visits).order_by(KioskVisitDayRow.day)
                )
            )
            picks: dict[str, dict[str, int]] = {}
            for qid, cid, n in conn.execute(
                select(KioskChoiceRow.question_id, KioskChoiceRow.choice_id, KioskChoiceRow.picks)
            ):
                picks.setdefault(qid, {})[cid] = n
            questions = tuple(
                QuestionCounts(qid, attempts, correct, dict(sorted(picks.get(qid, {}).items())))
                for qid, attempts, correct in conn.execute(
                    select(
                        KioskQuestionRow.question_id, KioskQuestionRow.attempts, KioskQuestionRow.correct
                    ).order_by(KioskQuestionRow.question_id)
                )
            )
        return KioskReport(days, questions)

    def close(self) -> None:
        self._engine.dispose()
