"""Kiosk counters that can be pooled: every count carries the kiosk's name; a local outbox of
pending totals; the ids of the batches already added.

- `kiosk_visit_day`, `kiosk_question`, `kiosk_choice` gain `kiosk` (first in their keys). Counts
  written before this revision belong to the unnamed kiosk "" until the kiosk is given a name.
- `kiosk_pending_*` (local SQLite only): totals over every visit not yet acknowledged by the
  centre's server or written to an export file. `part` 0 is waiting; `part` 1 is the batch being
  sent, whose id is the one row of `kiosk_outbox`. Sums only, never a row per visit.
- `kiosk_batch`: the ids of the batches added here (by the server, or by `kiosk merge`), so a
  batch that arrives twice is added once.

The tables are WITHOUT ROWID on SQLite: rows are kept in key order, so the file says nothing of
the order in which counts grew. The same revision runs on PostgreSQL (the server), where only the
shared tables are made.

Revision ID: 0102
Revises: 0101
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0102"
down_revision = "0101"
branch_labels = None
depends_on = None

NAME = 64
OLD = "_v0101"
COUNTERS: dict[str, list[sa.Column]] = {  # type: ignore[type-arg]
    "kiosk_visit_day": [sa.Column("day", sa.String(10)), sa.Column("visits", sa.Integer())],
    "kiosk_question": [
        sa.Column("question_id", sa.String(NAME)),
        sa.Column("attempts", sa.Integer()),
        sa.Column("correct", sa.Integer()),
    ],
    "kiosk_choice": [
        sa.Column("question_id", sa.String(NAME)),
        sa.Column("choice_id", sa.String(NAME)),
        sa.Column("picks", sa.Integer()),
    ],
}
KEYS = {
    "kiosk_visit_day": ["day"],
    "kiosk_question": ["question_id"],
    "kiosk_choice": ["question_id", "choice_id"],
}


def _local() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _columns(table: str) -> list[sa.Column]:  # type: ignore[type-arg]
    """Fresh copies (a Column belongs to one table); the key is the PrimaryKeyConstraint's."""
    return [sa.Column(c.name, c.type, nullable=False) for c in COUNTERS[table]]


def _names(table: str) -> str:
    return ", ".join(c.name for c in COUNTERS[table])


def upgrade() -> None:
    for table in COUNTERS:
        op.rename_table(table, table + OLD)
        op.create_table(
            table,
            sa.Column("kiosk", sa.String(NAME), nullable=False),
            *_columns(table),
            sa.PrimaryKeyConstraint("kiosk", *KEYS[table], name=f"pk_{table}"),
            sqlite_with_rowid=False,
        )
        op.execute(
            f"INSERT INTO {table} (kiosk, {_names(table)}) SELECT '', {_names(table)} FROM {table}{OLD} "
            f"ORDER BY {', '.join(KEYS[table])}"
        )
        op.drop_table(table + OLD)
    op.create_table(
        "kiosk_batch",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sa.Column("kiosk", sa.String(NAME), nullable=False),
        sqlite_with_rowid=False,
    )
    if not _local():
        return
    for table in COUNTERS:
        op.create_table(
            table.replace("kiosk_", "kiosk_pending_"),
            sa.Column("part", sa.Integer(), nullable=False),
            *_columns(table),
            sa.PrimaryKeyConstraint("part", *KEYS[table]),
            sqlite_with_rowid=False,
        )
    op.create_table(
        "kiosk_outbox",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    if _local():
        op.drop_table("kiosk_outbox")
        for table in COUNTERS:
            op.drop_table(table.replace("kiosk_", "kiosk_pending_"))
    op.drop_table("kiosk_batch")
    for table in COUNTERS:
        op.rename_table(table, table + OLD)
        columns = [
            sa.Column(c.name, c.type, primary_key=c.name in KEYS[table], nullable=False)
            for c in COUNTERS[table]
        ]
        op.create_table(table, *columns)
        counts = [c.name for c in COUNTERS[table] if c.name not in KEYS[table]]
        keys = ", ".join(KEYS[table])
        sums = ", ".join(f"SUM({c})" for c in counts)
        op.execute(
            f"INSERT INTO {table} ({keys}, {', '.join(counts)}) SELECT {keys}, {sums} FROM {table}{OLD} "
            f"GROUP BY {keys} ORDER BY {keys}"
        )
        op.drop_table(table + OLD)
