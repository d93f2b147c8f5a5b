"""Profiles, and an FSRS review schedule per question and profile.

Existing runs and answers belong to the default profile (id 1). Schedules for answers recorded
before this revision are rebuilt by replaying them through the scheduler, so what was missed
before the upgrade is due for review after it. `daily_result` keeps answers per local day, and
the schedule counts each question's answers, so the progress screen reads a few hundred rows
rather than every answer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # personal progress is only ever kept in local SQLite; a kiosk server has counters
    profile = op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(40), nullable=False, unique=True),
    )
    op.bulk_insert(profile, [{"id": 1, "name": ""}])
    for table in ("quiz_run", "answer"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("profile_id", sa.Integer(), nullable=False, server_default="1"))
            batch.create_foreign_key(
                f"fk_{table}_profile", "profile", ["profile_id"], ["id"], ondelete="CASCADE"
            )
    op.create_index("ix_answer_profile_question", "answer", ["profile_id", "question_id", "correct"])
    op.create_index("ix_answer_profile_time", "answer", ["profile_id", "answered_at", "correct"])
    schedule = op.create_table(
        "review_schedule",
        sa.Column(
            "profile_id", sa.Integer(), sa.ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("last_review", sa.DateTime(), nullable=True),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("last_correct", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_review_schedule_due", "review_schedule", ["profile_id", "due"])
    daily = op.create_table(
        "daily_result",
        sa.Column(
            "profile_id", sa.Integer(), sa.ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
    )
    _summarise_existing_answers(schedule, daily)


def _summarise_existing_answers(schedule_table: sa.Table, daily_table: sa.Table) -> None:
    """Review schedules and daily figures for the answers recorded before this revision (all
    of the default profile). Written against the tables as this revision leaves them, not the
    app's current ORM, so later revisions cannot change what it does."""
    from datetime import UTC

    from quizapp.domain.schedule import replay

    answer = sa.table(
        "answer",
        sa.column("id", sa.Integer()),
        sa.column("question_id", sa.String()),
        sa.column("correct", sa.Boolean()),
        sa.column("answered_at", sa.DateTime()),
    )
    query = sa.select(answer.c.question_id, answer.c.correct, answer.c.answered_at).order_by(
        answer.c.answered_at, answer.c.id
    )
    history: dict[str, list[tuple[bool, datetime]]] = {}
    days: dict[date, list[int]] = {}
    for qid, correct, when in op.get_bind().execute(query):
        moment = when.replace(tzinfo=UTC)
        history.setdefault(qid, []).append((bool(correct), moment))
        counts = days.setdefault(moment.astimezone().date(), [0, 0])
        counts[0] += 1
        counts[1] += int(bool(correct))

    def naive(moment: datetime | None) -> datetime | None:
        return moment.astimezone(UTC).replace(tzinfo=None) if moment else None

    schedules = []
    for qid, answers in history.items():
        s = replay(qid, answers)
        if s is not None:
            schedules.append(
                {
                    "profile_id": 1,
                    "question_id": qid,
                    "state": int(s.state),
                    "step": s.step,
                    "stability": s.stability,
                    "difficulty": s.difficulty,
                    "due": naive(s.due),
                    "last_review": naive(s.last_review),
                    "reviews": s.reviews,
                    "correct": s.correct,
                    "last_correct": s.last_correct,
                }
            )
    if schedules:
        op.bulk_insert(schedule_table, schedules)
    if days:
        op.bulk_insert(
            daily_table,
            [{"profile_id": 1, "day": d, "answered": n, "correct": c} for d, (n, c) in days.items()],
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # personal progress is only ever kept in local SQLite
    op.drop_table("daily_result")
    op.drop_table("review_schedule")
    op.drop_index("ix_answer_profile_time", "answer")
    op.drop_index("ix_answer_profile_question", "answer")
    for table in ("answer", "quiz_run"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_profile", type_="foreignkey")
            batch.drop_column("profile_id")
    op.drop_table("profile")
