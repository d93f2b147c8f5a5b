"""Profiles, and an FSRS review schedule per question and profile.

Existing runs and answers belong to the default profile (id 1). Schedules for answers recorded
before this revision are rebuilt by replaying them through the scheduler, so what was missed
before the upgrade is due for review after it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
    op.create_table(
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
    )
    op.create_index("ix_review_schedule_due", "review_schedule", ["profile_id", "due"])
    _schedule_existing_answers()


def _schedule_existing_answers() -> None:
    from datetime import UTC

    from quizapp.domain.schedule import replay

    answer = sa.table(
        "answer",
        sa.column("id", sa.Integer()),
        sa.column("question_id", sa.String()),
        sa.column("correct", sa.Boolean()),
        sa.column("answered_at", sa.DateTime()),
    )
    schedule = sa.table(
        "review_schedule",
        *(sa.column(c, sa.Integer()) for c in ("profile_id", "state", "step", "reviews")),
        sa.column("question_id", sa.String()),
        sa.column("stability", sa.Float()),
        sa.column("difficulty", sa.Float()),
        sa.column("due", sa.DateTime()),
        sa.column("last_review", sa.DateTime()),
    )
    history: dict[str, list[tuple[bool, object]]] = {}
    query = sa.select(answer.c.question_id, answer.c.correct, answer.c.answered_at).order_by(
        answer.c.answered_at, answer.c.id
    )
    for qid, correct, when in op.get_bind().execute(query):
        history.setdefault(qid, []).append((bool(correct), when.replace(tzinfo=UTC)))
    rows = []
    for qid, answers in history.items():
        s = replay(qid, answers)  # type: ignore[arg-type]
        if s is not None:
            rows.append(
                {
                    "profile_id": 1,
                    "question_id": qid,
                    "state": int(s.state),
                    "step": s.step,
                    "stability": s.stability,
                    "difficulty": s.difficulty,
                    "due": s.due.astimezone(UTC).replace(tzinfo=None),
                    "last_review": s.last_review.astimezone(UTC).replace(tzinfo=None)
                    if s.last_review
                    else None,
                    "reviews": s.reviews,
                }
            )
    if rows:
        op.bulk_insert(schedule, rows)


def downgrade() -> None:
    op.drop_table("review_schedule")
    op.drop_index("ix_answer_profile_time", "answer")
    op.drop_index("ix_answer_profile_question", "answer")
    for table in ("answer", "quiz_run"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_profile", type_="foreignkey")
            batch.drop_column("profile_id")
    op.drop_table("profile")
