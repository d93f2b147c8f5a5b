"""Fixtures for tests that need a real PostgreSQL (the pooled kiosk counters, issue 17).

`postgres_server` is one throwaway server for the whole session; `postgres_url` is a fresh empty
database on it per test; `own_postgres` is a server of the test's own, for fault tests that crash
or stop it (the shared one can also be stopped inside `postgres_server.stopped()`, which restarts
it). Without PostgreSQL's binaries these tests are skipped, saying how to install them; any other
failure to start the server fails them, with the server's log.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.support.postgres import PostgresUnavailable, ThrowawayPostgres

_numbers = itertools.count(1)


def _new_server() -> ThrowawayPostgres:
    try:
        server = ThrowawayPostgres()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        server.start()
    except BaseException:
        server.cleanup()
        raise
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayPostgres]:
    server = _new_server()
    yield server
    server.cleanup()


@pytest.fixture
def postgres_url(postgres_server: ThrowawayPostgres) -> Iterator[str]:
    """The URL of a new, empty database, dropped after the test (its connections closed first)."""
    name = f"test_{os.getpid()}_{next(_numbers)}"
    if not postgres_server.is_running():  # a test before this one crashed it outside stopped()
        postgres_server.start()
    url = postgres_server.create_database(name)
    yield url
    if postgres_server.is_running():
        postgres_server.drop_database(name)


@pytest.fixture
def own_postgres() -> Iterator[ThrowawayPostgres]:
    """A server for this test alone (about a second to create): stop it, crash it, as it likes."""
    server = _new_server()
    yield server
    server.cleanup()
