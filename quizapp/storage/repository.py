"""Recording and reading answers. Hands out domain objects, never ORM rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, Integer, cast, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import aliased, sessionmaker

from quizapp.domain.quiz import Answer, QuestionStats
from quizapp.storage.errors import DataDirUnwritable
from quizapp.storage.orm import AnswerRow, QuizRunRow


def _to_db(moment: datetime) -> datetime:
    """Stored as naive UTC, so any database behind SQLAlchemy compares them alike."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def _from_db(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def encode_chosen(chosen: frozenset[str]) -> str:
    return " ".join(sorted(chosen))


def decode_chosen(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


class AnswerRepository:
    """Answers and quiz runs in the progress database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def record(self, answer: Answer, kind: str, started_at: datetime) -> None:
        """Store one answer durably (committed when this returns), creating its run if new.

        Raises DataDirUnwritable when the disk is full or the file cannot be written; nothing
        is half-written and the answers stored before stay as they were.
        """
        try:
            self._record(answer, kind, started_at)
        except OperationalError as exc:
            detail = str(exc.orig)
            path = Path(self._engine.url.database or "")
            raise DataDirUnwritable(path, detail, disk_full="disk is full" in detail) from exc

    def _record(self, answer: Answer, kind: str, started_at: datetime) -> None:
        with self._sessions.begin() as session:
            if session.get(QuizRunRow, answer.run_id) is None:
                session.add(QuizRunRow(id=answer.run_id, kind=kind, started_at=_to_db(started_at)))
                session.flush()  # the run row must exist before its answer (foreign key)
            session.add(
                AnswerRow(
                    run_id=answer.run_id,
                    question_id=answer.question_id,
                    chosen=encode_chosen(answer.chosen),
                    correct=answer.correct,
                    seconds=answer.seconds,
                    answered_at=_to_db(answer.answered_at),
                )
            )

    def question_stats(self) -> dict[str, QuestionStats]:
        """Per question: attempts, correct answers, and whether the latest answer was right."""
        latest = aliased(AnswerRow)
        last_correct = (
            select(latest.correct)
            .where(latest.question_id == AnswerRow.question_id)
            .order_by(latest.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = select(
            AnswerRow.question_id,
            func.count(),
            func.sum(cast(AnswerRow.correct, Integer)),
            last_correct,
        ).group_by(AnswerRow.question_id)
        with self._engine.connect() as conn:
            return {
                qid: QuestionStats(attempts=n, correct=int(right or 0), last_correct=bool(last))
                for qid, n, right, last in conn.execute(query)
            }

    def answers(self) -> list[Answer]:
        """Every recorded answer, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(select(AnswerRow).order_by(AnswerRow.id))
            return [
                Answer(
                    run_id=r.run_id,
                    question_id=r.question_id,
                    chosen=decode_chosen(r.chosen),
                    correct=r.correct,
                    seconds=r.seconds,
                    answered_at=_from_db(r.answered_at),
                )
                for r in rows
            ]

    def close(self) -> None:
        self._engine.dispose()
