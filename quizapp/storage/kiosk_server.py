"""The centre's PostgreSQL, where kiosks pool their counters (`--database-url`).

Only counters travel: the tables in `SERVER_TABLES`, each row a kiosk's name, a day or a
question (and choice) id, and a number; and the random ids of the batches already added. The
schema is made by the same Alembic migrations as the kiosk's SQLite file; a kiosk upgrades an
older server (when its role may), and never runs DDL against a newer one."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import URL, Engine, create_engine, make_url, text
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from quizapp.domain.kiosk import ALL_KIOSKS, CountsBatch, KioskReport, ReportScope
from quizapp.storage.database import alembic_config, current_revision, is_known_revision, revision_on
from quizapp.storage.kiosk_counts import apply_batch, read_report
from quizapp.storage.revision import HEAD_REVISION

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 15_000
"""A server that accepts a connection and then hangs is given up on after this long: the
sender retries later, and the kiosk's visitors never wait for it (sending is off their thread)."""
UPGRADE_LOCK = 0x5155_495A  # "QUIZ": one kiosk at a time upgrades the schema


class ServerProblem(Exception):
    """The server cannot take counts now, said for the staff (never with a password)."""


class BadDatabaseUrl(ValueError):
    """A --database-url that is not a PostgreSQL URL quizapp can use."""


def parse_url(text_url: str) -> URL:
    """The URL, with the psycopg 3 driver; BadDatabaseUrl says what is wrong with it."""
    try:
        url = make_url(text_url)
    except ArgumentError:
        raise BadDatabaseUrl(
            f"{_shown(text_url)!r} is not a database URL; write postgresql+psycopg://USER@HOST:PORT/DATABASE"
        ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername=DRIVER)
    if url.drivername != DRIVER:
        raise BadDatabaseUrl(
            f"the kiosk counters go to PostgreSQL only (postgresql+psycopg://…), not {url.drivername!r}"
        )
    if not url.database:
        raise BadDatabaseUrl(f"{describe(url)}: the URL names no database (…/DATABASE at its end)")
    return url


def _shown(text_url: str) -> str:
    """`text_url` with any password hidden."""
    try:
        return make_url(text_url).render_as_string(hide_password=True)
    except ArgumentError:
        return text_url.split("@")[-1]


def describe(url: URL) -> str:
    """Where the counts go, for people: host:port/database (no user, no password)."""
    host = url.host or "localhost"
    return f"{host}:{url.port or 5432}/{url.database or ''}"


def server_engine(url: URL) -> Engine:
    """An engine that gives up quickly on a server that is down or hangs."""
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "quizapp-kiosk",
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={STATEMENT_TIMEOUT_MS}",
        # a connection whose server vanished (cable, power) is noticed, not waited on forever
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 2,
        "tcp_user_timeout": STATEMENT_TIMEOUT_MS,
    }
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2, connect_args=connect_args)


def upgrade_server(engine: Engine) -> None:
    """Create or upgrade the counter tables to HEAD_REVISION, in one transaction, one kiosk at a
    time (an advisory lock); refuse (ServerProblem, and no DDL) a server of a newer revision."""
    from alembic import command

    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            revision = revision_on(conn)
            if revision == HEAD_REVISION:
                return
            config = alembic_config(conn)
            if revision is not None and not is_known_revision(config, revision):
                raise ServerProblem(
                    f"the server's counter tables are of a newer quizapp (revision {revision}); "
                    "update this kiosk's quizapp"
                )
            log.info("upgrading the kiosk server from revision %s to %s", revision, HEAD_REVISION)
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise ServerProblem(reason(exc)) from exc


SHORT_REASONS = (
    ("Connection refused", "the server refuses connections (is it running?)"),
    ("timeout expired", "the server did not answer in time"),
    ("could not translate host name", "the server's host name is not known"),
    ("No route to host", "the network has no way to the server"),
    ("password authentication failed", "the server refused this kiosk's user or password"),
    ("no pg_hba.conf entry", "the server does not accept this kiosk (pg_hba.conf)"),
    ("permission denied", "this kiosk's role may not do that on the server"),
)
"""What staff read for the failures a kiosk meets most; the log keeps the driver's whole text."""


def reason(exc: BaseException) -> str:
    """Why, in a few words for staff (the driver's message, on one line, when it is not a
    common one); never the statement's parameters."""
    detail = getattr(exc, "orig", None) or exc
    text = " ".join(str(detail).split()) or type(detail).__name__
    for needle, short in SHORT_REASONS:
        if needle in text:
            log.debug("kiosk server: %s", text)
            return short
    return text


class CounterServer:
    """The pooled counters on the centre's PostgreSQL."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.where = describe(url)
        self._engine = server_engine(url)
        self._ready = False

    def ensure_schema(self) -> None:
        """Before the first batch: the tables exist at our revision (upgraded if older)."""
        if not self._ready:
            upgrade_server(self._engine)
            self._ready = True

    def send(self, batch: CountsBatch) -> bool:
        """Add `batch` in one transaction; True when new, False when the server had it already.
        Raises ServerProblem when the server cannot be reached or refuses."""
        try:
            self.ensure_schema()
            with self._engine.begin() as conn:
                return apply_batch(conn, batch)
        except SQLAlchemyError as exc:
            raise ServerProblem(reason(exc)) from exc

    def report(self, scope: ReportScope = ALL_KIOSKS) -> KioskReport:
        try:
            revision = current_revision(self._engine)
            if revision != HEAD_REVISION:
                raise ServerProblem(
                    "the server has no counter tables yet"
                    if revision is None
                    else f"the server's counter tables are at revision {revision}, "
                    f"this quizapp reads {HEAD_REVISION}"
                )
            with self._engine.connect() as conn:
                return read_report(conn, scope)
        except SQLAlchemyError as exc:
            raise ServerProblem(reason(exc)) from exc

    def close(self) -> None:
        self._engine.dispose()
