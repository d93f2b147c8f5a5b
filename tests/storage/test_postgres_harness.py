"""The throwaway PostgreSQL the pooled-counter tests run against (tests/support/postgres.py).

If the harness lied (a server that is not really down when stopped, a crash that is really a clean
shutdown, a database shared between tests), the fault tests built on it would prove nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from tests.support import postgres
from tests.support.postgres import PostgresUnavailable, ThrowawayPostgres

QUICK = {"connect_timeout": 2}


def select_one(url: str) -> object:
    engine = sa.create_engine(url, connect_args=QUICK)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT 1")).scalar_one()
    finally:
        engine.dispose()


def test_the_server_answers_through_sqlalchemy_and_psycopg(postgres_url: str) -> None:
    assert postgres_url.startswith("postgresql+psycopg://")
    engine = sa.create_engine(postgres_url, connect_args=QUICK)
    try:
        with engine.connect() as conn:
            assert conn.dialect.driver == "psycopg"
            assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
            assert conn.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
            tables = conn.execute(sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            assert tables.scalar_one() == 0  # a fresh, empty database
    finally:
        engine.dispose()


def test_each_test_gets_its_own_database(postgres_server: ThrowawayPostgres, postgres_url: str) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    engine = sa.create_engine(postgres_server.url(), connect_args=QUICK)
    try:
        with engine.connect() as conn:
            names = set(conn.execute(sa.text("SELECT datname FROM pg_database")).scalars())
    finally:
        engine.dispose()
    assert name in names
    assert not {n for n in names if n.startswith("test_")} - {name}  # the earlier tests' were dropped


def test_a_stopped_server_refuses_connections_and_answers_again_once_started(
    postgres_server: ThrowawayPostgres, postgres_url: str
) -> None:
    with postgres_server.stopped():
        assert not postgres_server.is_running()
        with pytest.raises(OperationalError):
            select_one(postgres_url)
    assert postgres_server.is_running()
    assert select_one(postgres_url) == 1


def test_a_commit_survives_a_crash_of_the_server(own_postgres: ThrowawayPostgres) -> None:
    url = own_postgres.create_database("counters")
    engine = sa.create_engine(url, connect_args=QUICK)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE tally (kiosk text PRIMARY KEY, n integer NOT NULL)"))
            conn.execute(sa.text("INSERT INTO tally VALUES ('kiosk-1', 41)"))
        with engine.begin() as conn:  # committed, then the server is killed: no shutdown checkpoint
            conn.execute(sa.text("UPDATE tally SET n = n + 1"))
        engine.dispose()
        own_postgres.stop("immediate")
        own_postgres.start()
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT n FROM tally")).scalar_one() == 42
    finally:
        engine.dispose()
    assert "not properly shut down" in own_postgres.log.read_text()  # it really was a crash


def test_a_port_in_use_is_passed_over(
    postgres_server: ThrowawayPostgres, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert postgres_server.port is not None
    taken = postgres_server.port
    monkeypatch.setattr(postgres, "port_candidates", lambda: [taken, taken + 1])
    second = ThrowawayPostgres()
    try:
        second.start()
        assert second.port == taken + 1
        assert select_one(second.url()) == 1
    finally:
        second.cleanup()
    assert not second.base.exists()


def _fake_bin(folder: Path) -> None:
    folder.mkdir(parents=True)
    for tool in ("initdb", "pg_ctl", "pg_isready", "postgres"):
        (folder / tool).write_text("#!/bin/sh\n")
        (folder / tool).chmod(0o755)


def test_the_newest_debian_version_is_found_when_none_is_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(postgres, "DEBIAN_VERSIONS", tmp_path / "postgresql")
    for version in ("9", "15", "16"):
        _fake_bin(tmp_path / "postgresql" / version / "bin")
    (tmp_path / "postgresql" / "17" / "bin").mkdir(parents=True)  # a leftover without binaries
    assert postgres.find_bin_dir() == tmp_path / "postgresql" / "16" / "bin"


def test_without_postgresql_the_reason_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", os.fspath(tmp_path))
    monkeypatch.setattr(postgres, "DEBIAN_VERSIONS", tmp_path / "nothing")
    with pytest.raises(PostgresUnavailable, match=r"apt-get install postgresql"):
        postgres.find_bin_dir()
