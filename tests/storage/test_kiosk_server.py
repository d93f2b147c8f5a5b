"""The centre's PostgreSQL (issue 17): the migrations make and unmake its counter tables, a
batch is added once however often it arrives, and a server of a newer revision gets no DDL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, inspect, text

from quizapp.domain.kiosk import CountsBatch, ReportScope, Totals
from quizapp.storage.database import current_revision
from quizapp.storage.kiosk_rows import SERVER_TABLES
from quizapp.storage.kiosk_server import (
    BadDatabaseUrl,
    CounterServer,
    ServerProblem,
    describe,
    parse_url,
    upgrade_server,
)
from quizapp.storage.revision import HEAD_REVISION


def batch(kiosk: str, visits: int = 1, day: str = "2026-12-01") -> CountsBatch:
    totals = Totals(
        days={day: visits},
        questions={"q1": (2 * visits, visits), "q2": (visits, 0)},
        picks={("q1", "a"): visits, ("q1", "b"): visits, ("q2", "not_sure"): visits},
    )
    return CountsBatch(str(uuid.uuid4()), kiosk, totals)


def test_the_migrations_make_only_the_counter_tables_and_round_trip(postgres_url: str) -> None:
    from alembic import command

    from quizapp.storage.database import alembic_config

    engine = create_engine(parse_url(postgres_url))
    upgrade_server(engine)
    assert current_revision(engine) == HEAD_REVISION
    tables = set(inspect(engine).get_table_names())
    assert tables == {*SERVER_TABLES, "alembic_version"}  # nothing personal, no outbox
    for step in ("base", "head"):
        with engine.begin() as conn:
            getattr(command, "downgrade" if step == "base" else "upgrade")(alembic_config(conn), step)
    assert set(inspect(engine).get_table_names()) == {*SERVER_TABLES, "alembic_version"}
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def test_a_batch_is_added_once_however_often_it_is_sent(postgres_url: str) -> None:
    server = CounterServer(parse_url(postgres_url))
    first, second = batch("chuo-library-1", 2), batch("chuo-library-2", 3)
    assert server.send(first) is True
    assert server.send(first) is False  # a lost acknowledgement: sent again, added once
    assert server.send(second) is True
    report = server.report()
    assert report.visits == 5 and report.kiosks == ("chuo-library-1", "chuo-library-2")
    counts = {q.question_id: q for q in report.questions}
    assert (counts["q1"].attempts, counts["q1"].correct) == (10, 5)
    assert counts["q2"].choices == {"not_sure": 5}
    one = server.report(ReportScope(kiosk="chuo-library-2"))
    assert one.visits == 3 and one.kiosks == ("chuo-library-2",)
    group = server.report(ReportScope(group="chuo-"))
    assert group.visits == 5
    assert server.report(ReportScope(group="chuo_")).visits == 0  # "_" is a letter, not a wildcard
    server.close()


def test_a_server_of_a_newer_revision_gets_no_ddl(postgres_url: str) -> None:
    engine = create_engine(parse_url(postgres_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9901')"))
    with pytest.raises(ServerProblem, match="newer quizapp"):
        upgrade_server(engine)
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    server = CounterServer(parse_url(postgres_url))
    with pytest.raises(ServerProblem):
        server.send(batch("k"))
    with pytest.raises(ServerProblem, match="revision 9901"):
        server.report()
    server.close()
    engine.dispose()


def test_a_server_that_is_down_is_a_problem_not_a_hang(postgres_server: object) -> None:
    url = parse_url("postgresql://nobody@127.0.0.1:1/nothing")
    server = CounterServer(url)
    with pytest.raises(ServerProblem, match="the server refuses connections"):  # said for staff
        server.send(batch("k"))
    server.close()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite:///counts.db", "PostgreSQL only"),
        ("not a url", "is not a database URL"),
        ("postgresql+psycopg://u:secret@db.example/", "names no database"),
    ],
)
def test_a_bad_database_url_is_named_without_its_password(url: str, message: str) -> None:
    with pytest.raises(BadDatabaseUrl, match=message) as caught:
        parse_url(url)
    assert "secret" not in str(caught.value)


def test_where_the_counts_go_is_said_without_user_or_password() -> None:
    url = parse_url("postgresql://kiosk:secret@db.example:5433/quizapp")
    assert url.drivername == "postgresql+psycopg"
    assert describe(url) == "db.example:5433/quizapp"
