"""Initial schema: quiz runs and their answers.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # personal progress is only ever kept in local SQLite; a kiosk server has counters
    op.create_table(
        "quiz_run",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(80), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "run_id",
            sa.String(32),
            sa.ForeignKey("quiz_run.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("chosen", sa.String(200), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_answer_run_id", "answer", ["run_id"])
    op.create_index("ix_answer_question_id", "answer", ["question_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # personal progress is only ever kept in local SQLite
    op.drop_table("answer")
    op.drop_table("quiz_run")
