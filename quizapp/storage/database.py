"""The engine, its per-connection settings, and bringing the schema up to date."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from quizapp.storage.errors import DatabaseTooNew, StorageError

log = logging.getLogger(__name__)
HEAD_REVISION = "0101"
"""The newest migration. A test checks it matches the migrations folder, so start-up can skip
loading Alembic when the database is already current."""
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for the SQLite file at `path`, with WAL, full sync, foreign keys, busy timeout."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine_connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = engine_connection
    return config


def upgrade(engine: Engine, path: Path) -> None:
    """Create or upgrade the schema to HEAD_REVISION; refuse a database from a newer version."""
    try:
        revision = current_revision(engine)
        if revision == HEAD_REVISION:
            return
        from alembic import command
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        with engine.begin() as conn:
            config = alembic_config(conn)
            if revision is not None:
                try:
                    ScriptDirectory.from_config(config).get_revision(revision)
                except CommandError:
                    raise DatabaseTooNew(path, revision) from None
            log.info("migrating %s from %s to %s", path, revision, HEAD_REVISION)
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StorageError(path, str(exc.orig) if hasattr(exc, "orig") else str(exc)) from exc


def open_database(path: Path) -> Engine:
    """The engine for the app's database at `path`, created and migrated as needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine, path)
    return engine
