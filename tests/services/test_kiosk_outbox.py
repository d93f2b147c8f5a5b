"""The kiosk's outbox (issue 17): pending totals leave exactly once, whether by the sender thread
to the centre's PostgreSQL or by export-counts to a file; the visitor's side never waits."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from quizapp.domain.kiosk import ReportScope, Totals, VisitTally
from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.kiosk import KioskContext, open_counters
from quizapp.services.kiosk_transfer import BadCountsFile, export_counts, merge_files, read_counts
from quizapp.storage.kiosk_server import CounterServer, parse_url
from tests.support.postgres import ThrowawayPostgres

DAY = date(2026, 12, 1)


def tally(qid: str = "alpha-001", chosen: str = "a", correct: bool = True) -> Totals:
    visit = VisitTally(DAY)
    visit.add(qid, {chosen}, correct)
    return visit.totals()


def test_a_batch_is_taken_once_and_keeps_its_id_until_acknowledged(data_dir: Path) -> None:
    counters = open_counters(DataPaths(data_dir))
    assert counters.take_batch("k1") is None  # nothing waits
    counters.add_visit(tally(), "k1")
    counters.add_visit(tally(chosen="b", correct=False), "k1")
    first = counters.take_batch("k1")
    assert first is not None and first.totals.visits == 2
    assert first.totals.questions == {"alpha-001": (2, 1)}
    counters.add_visit(tally(), "k1")  # a visit while the batch is on its way: not in it
    again = counters.take_batch("k1")
    assert again == first  # not acknowledged: the same id and the same counts
    assert counters.waiting_visits() == 3
    counters.acknowledge("some-other-id")  # changes nothing
    assert counters.waiting_visits() == 3
    counters.acknowledge(first.batch_id)
    assert counters.waiting_visits() == 1
    second = counters.take_batch("k1")
    assert second is not None and second.batch_id != first.batch_id and second.totals.visits == 1
    counters.acknowledge(second.batch_id)
    assert counters.waiting_visits() == 0 and counters.take_batch("k1") is None
    assert counters.report().visits == 3  # the kiosk's own counters keep everything
    counters.close()


def test_the_outbox_on_disk_holds_sums_never_a_row_per_visit(data_dir: Path) -> None:
    counters = open_counters(DataPaths(data_dir))
    for _ in range(5):
        counters.add_visit(tally(), "k1")
    counters.close()
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        assert conn.execute("SELECT part, day, visits FROM kiosk_pending_visit_day").fetchall() == [
            (0, "2026-12-01", 5)
        ]
        counted = conn.execute("SELECT count(*) FROM kiosk_pending_question WHERE attempts > 0")
        assert counted.fetchone() == (1,)


def test_counts_of_an_unnamed_kiosk_become_its_own_once_named(bank_dir: Path, data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    counters = open_counters(paths)
    counters.add_visit(tally())
    counters.close()
    ctx = KioskContext(paths, load_catalog([bank_dir]), open_counters(paths), kiosk="chuo-1")
    report = ctx.read_report().report
    ctx.close()
    assert report.kiosks == ("chuo-1",) and report.visits == 1


def test_export_then_merge_adds_each_batch_once(tmp_path: Path) -> None:
    source = open_counters(DataPaths(tmp_path / "remote"))
    target = open_counters(DataPaths(tmp_path / "centre"))
    source.add_visit(tally(), "remote-1")
    source.add_visit(tally(chosen="b", correct=False), "remote-1")
    first_file, second_file = tmp_path / "march.json", tmp_path / "april.json"
    assert export_counts(source, "remote-1", first_file) is not None
    source.add_visit(tally(), "remote-1")
    export_counts(source, "remote-1", second_file)
    assert export_counts(source, "remote-1", tmp_path / "empty.json") is None  # nothing new
    assert read_counts(tmp_path / "empty.json") == []
    summary = merge_files([first_file, second_file], target.merge)
    assert (summary.added, summary.visits, summary.already) == (2, 3, 0)
    again = merge_files([second_file, first_file], target.merge)
    assert (again.added, again.already) == (0, 2)  # merging the same files again changes nothing
    report = target.report(ReportScope(kiosk="remote-1"))
    assert report.visits == 3 and report.questions[0].attempts == 3 and report.questions[0].correct == 2
    own = merge_files([first_file], source.merge, own_name="remote-1")
    assert own.own == 1 and source.report().visits == 3  # its own counts are not added twice
    source.close()
    target.close()


def test_a_file_that_cannot_be_written_keeps_the_batch_for_the_next_export(tmp_path: Path) -> None:
    counters = open_counters(DataPaths(tmp_path / "k"))
    counters.add_visit(tally(), "k1")
    with pytest.raises(OSError):
        export_counts(counters, "k1", tmp_path / "no such folder" / "counts.json")
    assert counters.waiting_visits() == 1
    batch = export_counts(counters, "k1", tmp_path / "counts.json")
    assert batch is not None and read_counts(tmp_path / "counts.json")[0] == batch
    counters.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="quizapp-export"), "not a file of kiosk counts"),
        (lambda d: d["batches"][0].update(batch_id="1234"), "batches[0].batch_id: not a batch id"),
        (lambda d: d["batches"][0].update(kiosk="two words"), "batches[0].kiosk: kiosk name 'two words'"),
        (lambda d: d["batches"][0]["visits_by_day"].update({"2026-13-01": 1}), "'2026-13-01' is not a day"),
        (lambda d: d["batches"][0]["questions"]["alpha-001"].update(attempts=-1), "greater than or equal"),
        (lambda d: d["batches"][0]["questions"]["alpha-001"].update(correct=9), "more correct answers than"),
        (lambda d: d["batches"][0].update(extra=1), "batches[0].extra: Extra inputs are not permitted"),
    ],
)
def test_a_bad_counts_file_says_what_and_where_and_nothing_is_merged(
    tmp_path: Path, change: object, message: str
) -> None:
    counters = open_counters(DataPaths(tmp_path / "k"))
    counters.add_visit(tally(), "k1")
    good = tmp_path / "good.json"
    export_counts(counters, "k1", good)
    data = json.loads(good.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = open_counters(DataPaths(tmp_path / "t"))
    with pytest.raises(BadCountsFile) as caught:
        merge_files([good, bad], target.merge)
    assert any(message in p for p in caught.value.problems), caught.value.problems
    assert target.report().visits == 0  # the good file was not merged either
    counters.close()
    target.close()


def wait_until(condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_visits_go_on_while_the_server_is_down_and_drain_when_it_returns(
    bank_dir: Path, data_dir: Path, own_postgres: ThrowawayPostgres
) -> None:
    url = parse_url(own_postgres.url("postgres"))
    own_postgres.stop("immediate")
    paths = DataPaths(data_dir)
    ctx = KioskContext(paths, load_catalog([bank_dir]), open_counters(paths), "chuo-1", CounterServer(url))
    slowest = 0.0
    for _ in range(3):
        quiz = ctx.new_quiz()
        ctx.count_visit(lambda: DAY)
        run = quiz.start_topic("alpha")
        while run.current is not None:
            quiz.submit(run, frozenset({run.current.choices[0].id}), 1.0)
        started = time.perf_counter()
        ctx.finish_visit()
        slowest = max(slowest, time.perf_counter() - started)
    assert slowest < 0.05  # the visitor's thread hands the counts over; it never waits for the server
    ctx.flush()
    wait_until(lambda: (status := ctx.outbox_status()) is not None and status.problem is not None)
    status = ctx.outbox_status()
    assert status is not None and status.waiting_visits == 3 and status.last_sent is None
    reading = ctx.read_report()
    assert reading.problem is not None and reading.report.visits == 3  # this kiosk's own counts
    own_postgres.start()
    assert ctx.drain(60)
    status = ctx.outbox_status()
    assert status is not None and status.waiting_visits == 0 and status.problem is None
    assert status.last_sent is not None
    reading = ctx.read_report()
    assert reading.problem is None and reading.report.visits == 3 and reading.report.kiosks == ("chuo-1",)
    ctx.close()


def test_closing_with_the_server_away_keeps_the_counts_for_the_next_start(
    bank_dir: Path, data_dir: Path, postgres_url: str
) -> None:
    paths = DataPaths(data_dir)
    away = parse_url("postgresql+psycopg://nobody@127.0.0.1:1/none")
    ctx = KioskContext(paths, load_catalog([bank_dir]), open_counters(paths), "k1", CounterServer(away))
    ctx.count_visit(lambda: DAY)
    ctx.finish_visit()
    ctx.close()
    counters = open_counters(paths)
    assert counters.waiting_visits() == 1
    counters.close()
    server = CounterServer(parse_url(postgres_url))
    ctx = KioskContext(paths, load_catalog([bank_dir]), open_counters(paths), "k1", server)
    assert ctx.drain(60)
    assert ctx.read_report().report.visits == 1
    ctx.close()


def test_answers_without_a_day_still_count_as_pending_until_sent(data_dir: Path) -> None:
    counters = open_counters(DataPaths(data_dir))
    assert counters.nothing_pending()
    counters.add_visit(Totals(questions={"alpha-001": (1, 0)}, picks={("alpha-001", "b"): 1}), "k1")
    assert not counters.nothing_pending() and counters.waiting_visits() == 0  # no visit, yet pending
    batch = counters.take_batch("k1")
    assert batch is not None and not counters.nothing_pending()  # being sent
    counters.acknowledge(batch.batch_id)
    assert counters.nothing_pending()
    counters.close()
