"""Alembic environment: runs on the connection the app passes in (batch mode for SQLite)."""

from alembic import context
from sqlalchemy import create_engine

import quizapp.storage.kiosk  # noqa: F401  (its tables join Base.metadata)
from quizapp.storage.orm import Base

connection = context.config.attributes.get("connection")


def _run(conn: object) -> None:
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developer use: alembic -x url=sqlite:///path revision --autogenerate
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///quizapp-dev.db")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
