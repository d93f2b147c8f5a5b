"""The engine, its per-connection settings, and bringing the schema up to date."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from quizapp.storage.errors import DamagedDatabase, DatabaseTooNew, StorageError
from quizapp.storage.revision import HEAD_REVISION

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"
"""SQLite's synchronous setting: FULL syncs the WAL at every commit, so an answer acknowledged
is on disk before the call returns, even across a power cut (NORMAL in WAL mode may lose the
last commits). Only the power-cut test changes it, to prove that its filesystem catches OFF."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for the SQLite file at `path`, with WAL, full sync, foreign keys, busy timeout."""
    # URL.create keeps the path a plain path: a "?" or "%" in a folder name is not parsed as a
    # query or an escape (an f-string URL put the database elsewhere, or failed).
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_on(conn)


def revision_on(conn: Connection) -> str | None:
    """The schema's Alembic revision, on a connection (in its transaction); None: no schema."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine_connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = engine_connection
    return config


def is_known_revision(config: Any, revision: str) -> bool:
    """Is `revision` one of our migrations? Not: the schema is of a newer quizapp."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(config).get_revision(revision)
    except CommandError:
        return False
    return True


@contextmanager
def explicit_transactions(engine: Engine) -> Iterator[Connection]:
    """A connection on which the caller says BEGIN and COMMIT itself. The sqlite3 driver
    otherwise begins transactions only before data changes, so schema changes, VACUUM and
    pragmas would run outside them (or fail inside them)."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        saved = raw.isolation_level
        raw.isolation_level = None
        try:
            yield conn
        finally:
            conn.commit()  # ends SQLAlchemy's own bookkeeping; the driver has nothing open
            raw.isolation_level = saved


@contextmanager
def immediate(conn: Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE on a connection from `explicit_transactions`; COMMIT when the block ends,
    ROLLBACK if it raises."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.exec_driver_sql("ROLLBACK")
        raise
    conn.exec_driver_sql("COMMIT")


def upgrade(engine: Engine, path: Path) -> None:
    """Create or upgrade the schema to HEAD_REVISION; refuse a database from a newer version.

    The migrations run as one transaction (all or nothing) with foreign keys off, as SQLite asks
    for schema changes: batch mode copies and drops tables, and a drop with foreign keys on
    would cascade into the rows that point at them. Foreign keys are checked before committing.
    """
    try:
        revision = current_revision(engine)
        if revision == HEAD_REVISION:
            return
        from alembic import command

        with explicit_transactions(engine) as conn:
            try:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    config = alembic_config(conn)
                    if revision is not None and not is_known_revision(config, revision):
                        raise DatabaseTooNew(path, revision)
                    log.info("migrating %s from %s to %s", path, revision, HEAD_REVISION)
                    command.upgrade(config, "head")
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise StorageError(path, f"migration left {len(broken)} broken reference(s)")
                    conn.exec_driver_sql("COMMIT")
                except BaseException:
                    conn.exec_driver_sql("ROLLBACK")
                    raise
            finally:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    except SQLAlchemyError as exc:
        raise StorageError(path, str(exc.orig) if hasattr(exc, "orig") else str(exc)) from exc


def open_database(path: Path) -> Engine:
    """The engine for the app's database at `path`, created and migrated as needed. Raises
    DamagedDatabase when its schema is not exactly quizapp's (a planted trigger or table)."""
    from quizapp.storage.schema_check import schema_problem

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine, path)
    try:
        with engine.connect() as conn:
            problem = schema_problem(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StorageError(path, str(getattr(exc, "orig", exc))) from exc
    if problem is not None:
        engine.dispose()
        raise DamagedDatabase(path, problem)
    return engine
