"""Real power cuts: the writer is killed and the disk forgets every write that was not synced.

The data folder is on tests/support/lossy_fs.py (a FUSE filesystem; its docstring gives the
model of what survives a cut). Each round a worker runs the shipped storage code, is killed at
a random moment, and the power is cut; then what is on the "disk" is checked. The seed is
printed; QUIZAPP_SEED=<seed> replays a run's random moments.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.domain.quiz import Answer
from quizapp.storage.backup import backups, is_healthy, read_only_uri
from quizapp.storage.recovery import open_or_recover, wal_problem
from quizapp.storage.repository import AnswerRepository
from tests.storage.cut_driver import SOAK, Child, Round, child, new_seed
from tests.support.lossy_mount import LossyMount, lossy_mount

pytestmark = [
    pytest.mark.fault,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the child forks a worker per power cut"),
]
CUTS = 2000 if SOAK else 100
UNSAFE_CUTS = 30
"""Within this many cuts an unsafe synchronous setting must have lost an acknowledged answer."""


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[LossyMount]:
    with lossy_mount(tmp_path) as mount:
        yield mount


@pytest.fixture
def seed() -> int:
    value = new_seed()
    print(f"seed {value} (QUIZAPP_SEED={value} replays it)")
    return value


def _stored(disk: LossyMount, scratch: Path) -> tuple[set[str], list[tuple[str]]]:
    """The question ids of the answers in data/quizapp.db on `disk` after a cut, and its
    integrity check. Read from a copy of what the disk holds, so that the next worker is the
    first to open what the cut left, as the next start would be."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for name in ("quizapp.db", "quizapp.db-wal"):
        if (disk.backing / "data" / name).exists():
            shutil.copyfile(disk.backing / "data" / name, scratch / name)
    db = scratch / "quizapp.db"
    if not db.exists():
        return set(), [("ok",)]
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'answer'").fetchone()
        ids = {r[0] for r in conn.execute("SELECT question_id FROM answer")} if has_table else set()
    finally:
        conn.close()
    return ids, check


def _cut(disk: LossyMount, worker: Child) -> None:
    """Cut the power: half the time a whole cut (every unsynced write lost), half a torn one."""
    disk.cut(worker.rng.getrandbits(32) if worker.rng.random() < 0.5 else None)


def _no_false_alarm(data: Path) -> str | None:
    """What the next start would wrongly call damage in the WAL, or None. With synchronous=FULL
    only the last, unacknowledged transaction can be half-written, and that is no loss."""
    return wal_problem(data / "quizapp.db-wal")


def _answers_in(backup: Path) -> frozenset[str]:
    conn = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        return frozenset(r[0] for r in conn.execute("SELECT question_id FROM answer"))
    finally:
        conn.close()


def _durable_database(data: Path) -> None:
    """A database in `data` with one answer, made and closed with the shipped settings."""
    engine, _report = open_or_recover(data / "quizapp.db", data / "backups", datetime.now())
    repo = AnswerRepository(engine)
    when = datetime.now(UTC)
    repo.record(Answer("run-first", "first", frozenset({"a"}), True, 1.0, when), "mixed", when)
    repo.close()


def _cut_while_answering(
    disk: LossyMount, seed: int, cuts: int, synchronous: str | None = None
) -> str | None:
    """Cut the power `cuts` times while answers are being recorded; after each cut, every
    answer acknowledged so far must be there and the database whole. The first failure, or None."""
    data, scratch = disk.root / "data", disk.backing.parent / "scratch"
    acked: list[str] = []
    writing = 0
    with child("answers", data, cuts, seed, synchronous) as worker:
        for cut in range(cuts):
            result = worker.run_round(*worker.moment())
            acked += result.acks()
            writing += bool(result.acks())
            if synchronous is None:
                _cut(disk, worker)
                alarm = _no_false_alarm(data)
                assert alarm is None, f"seed {seed}, cut {cut + 1}: {alarm}"
            else:
                disk.cut()
            ids, check = _stored(disk, scratch)
            if check != [("ok",)]:
                return f"cut {cut + 1}: integrity check {check[:3]}"
            missing = [qid for qid in acked if qid not in ids]
            if missing:
                return f"cut {cut + 1}: {len(missing)} of {len(acked)} acknowledged answers lost"
    assert writing > cuts // 3, "too few cuts landed while answers were being written"
    engine, report = open_or_recover(data / "quizapp.db", data / "backups", datetime.now())
    engine.dispose()
    assert not report.recovered, report.problem
    assert report.lost_writes is None, report.lost_writes
    return None


def test_no_acknowledged_answer_is_lost_across_random_power_cuts(disk: LossyMount, seed: int) -> None:
    assert _cut_while_answering(disk, seed, CUTS) is None, f"seed {seed}"


@pytest.mark.parametrize("synchronous", ["OFF", "NORMAL"])
def test_the_power_cuts_lose_answers_when_commits_are_not_synced(
    disk: LossyMount, seed: int, synchronous: str
) -> None:
    """The proof that the filesystem models a power cut: with commits not synced to disk
    (OFF; or NORMAL, which in WAL mode syncs only at checkpoints), acknowledged answers go,
    though the database itself was made, with its first answer, with the shipped settings."""
    _durable_database(disk.root / "data")
    failure = _cut_while_answering(disk, seed, UNSAFE_CUTS, synchronous)
    print(f"synchronous={synchronous}: {failure}")
    assert failure is not None and "acknowledged answers lost" in failure, f"seed {seed}: {failure}"


def _quickest(span: float, result: Round, done: str, cut: int) -> float:
    """The shortest time the work took when it ran to the end (the worker prints `done SECONDS`)."""
    timed = result.first(done)
    assert timed is not None or cut > 0, f"the first run did not finish: {result.lines}"
    return min(span, float(timed[1])) if timed is not None else span


def test_a_cut_delete_my_data_leaves_all_or_nothing(disk: LossyMount, seed: int) -> None:
    """Cut during delete-my-data: at the next start (which finishes an erase it finds begun)
    the answers and backups are either all there or all gone, never some of them."""
    data = disk.root / "data"
    rounds = CUTS // 2
    mid_erase = 0
    span = 1.0
    with child("erase", data, rounds + 2, seed) as worker:
        before: tuple[int, int] | None = None
        for cut in range(rounds + 2):
            # the first erase runs to the end, to time it; the cuts fall within the quickest
            result = worker.run_round("erased" if cut == 0 else "erasing", span * 1.5)
            span = _quickest(span, result, "erased", cut)
            state = result.first("state")
            assert state is not None, f"seed {seed}: the start did not finish: {result.lines}"
            found = (int(state[1]), int(state[2]))
            if before is not None:
                assert found in ((0, 0), before), f"seed {seed}, cut {cut}: {found} after {before}"
            erasing = result.first("erasing")
            before = (int(erasing[1]), int(erasing[2])) if erasing else None
            assert before is None or (before[0] > 0 and before[1] > 0), f"seed {seed}: {before}"
            if result.first("erased"):
                before = (0, 0)  # acknowledged as erased: nothing may come back
            mid_erase += result.killed and result.first("erased") is None
            _cut(disk, worker)
    assert mid_erase > rounds // 5, f"only {mid_erase} of {rounds} cuts landed during the erase"


def test_a_cut_never_leaves_a_backup_that_looks_good_but_is_not(disk: LossyMount, seed: int) -> None:
    """Cut while the exit backup is written: every backup the app would trust (is_healthy) is a
    complete copy of the database at some moment, a backup whose writing returned is there and
    holds every answer; the database itself keeps every acknowledged answer."""
    data, scratch = disk.root / "data", disk.backing.parent / "scratch"
    rounds = CUTS // 2
    acked: list[str] = []
    snapshots: dict[frozenset[str], int] = {frozenset(): 0}
    finished = 0
    span = 1.0
    with child("backup", data, rounds, seed) as worker:
        for cut in range(rounds):
            # the first backup runs to the end, to time it; the cuts fall within the quickest
            result = worker.run_round("backed-up" if cut == 0 else "backing-up", span * 1.5)
            span = _quickest(span, result, "backed-up", cut)
            acked += result.acks()
            snapshots[frozenset(acked)] = cut
            _cut(disk, worker)
            alarm = _no_false_alarm(data)
            assert alarm is None, f"seed {seed}, cut {cut}: {alarm}"
            ids, check = _stored(disk, scratch)
            assert check == [("ok",)] and set(acked) <= ids, f"seed {seed}, cut {cut}"
            trusted = [(b, _answers_in(b)) for b in backups(data / "backups") if is_healthy(b)]
            for backup, copied in trusted:  # an unhealthy one is rejected: never restored from
                assert copied in snapshots, f"seed {seed}, cut {cut}: {backup.name} is not a whole copy"
            if result.first("backed-up"):  # acknowledged: the newest backup is this one, whole
                assert trusted and trusted[0][1] == frozenset(acked), f"seed {seed}, cut {cut}"
                finished += 1
    assert rounds - finished > rounds // 5 and finished > 1, f"{finished} of {rounds} backups finished"
    engine, report = open_or_recover(data / "quizapp.db", data / "backups", datetime.now())
    repo = AnswerRepository(engine)
    assert {a.question_id for a in repo.answers()} >= set(acked)
    repo.close()
    assert not report.recovered, report.problem
