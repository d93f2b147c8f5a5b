"""Does a database hold exactly the schema quizapp makes? A trigger, a view, an extra table or
index, a missing one, or columns of another shape mean the file is damaged or was tampered with
(a trigger runs code on every answer written): it is then treated like a damaged database."""

from __future__ import annotations

from sqlalchemy import Connection

from quizapp.storage import kiosk as _kiosk  # noqa: F401 - its tables belong to the schema too
from quizapp.storage.orm import Base

VERSION_TABLE = "alembic_version"


def schema_problem(conn: Connection) -> str | None:
    """What is wrong with the schema of the database on `conn`, or None when it is quizapp's."""
    tables = {name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()}
    tables[VERSION_TABLE] = {"version_num"}
    indexes = {ix.name for table in Base.metadata.tables.values() for ix in table.indexes}
    found: set[str] = set()
    rows = sorted(
        conn.exec_driver_sql("SELECT type, name, tbl_name FROM sqlite_master"),
        key=lambda row: (row[0] not in ("trigger", "view"), row[0], row[1]),  # code first
    )
    for kind, name, table in rows:
        if name.startswith("sqlite_"):  # SQLite's own (autoindexes, statistics)
            continue
        if kind in ("trigger", "view"):
            return f"it holds a {kind} {name!r} (on {table!r}), which quizapp never makes"
        if kind == "table" and name not in tables:
            return f"it holds a table {name!r}, which quizapp never makes"
        if kind == "index" and name not in indexes:
            return f"it holds an index {name!r} on {table!r}, which quizapp never makes"
        if kind == "table":
            found.add(name)
    missing = sorted(set(tables) - found)
    if missing:
        return f"the table {missing[0]!r} is missing"
    for name, columns in sorted(tables.items()):
        have = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')}
        if have != columns:
            odd = sorted(have ^ columns)
            return f"the table {name!r} has other columns than quizapp makes ({', '.join(odd)})"
    return None
