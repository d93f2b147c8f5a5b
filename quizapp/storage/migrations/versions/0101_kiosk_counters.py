"""Kiosk mode: anonymous aggregate counters (visits per day; per question attempts, correct
answers and picks per choice). Nothing here can tell one visitor from another.

Revision ID: 0101
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0101"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk_visit_day",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("visits", sa.Integer(), nullable=False),
    )
    op.create_table(
        "kiosk_question",
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
    )
    op.create_table(
        "kiosk_choice",
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("choice_id", sa.String(64), primary_key=True),
        sa.Column("picks", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("kiosk_choice")
    op.drop_table("kiosk_question")
    op.drop_table("kiosk_visit_day")
