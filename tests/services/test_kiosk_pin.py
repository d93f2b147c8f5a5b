"""The staff PIN: only an Argon2id hash, in an owner-only file; lock-out that survives restarts."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from quizapp.services.kiosk_pin import MAX_TRIES, PinError, PinStore, lock_seconds

PIN = "735918"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_only_an_argon2id_hash_is_stored_readable_by_the_owner_alone(tmp_path: Path) -> None:
    store = PinStore(tmp_path)
    assert not store.is_set()
    store.set_pin(PIN)
    assert store.is_set()
    stored = store.path.read_text(encoding="utf-8")
    assert stored.startswith("$argon2id$") and PIN not in stored
    for path in tmp_path.rglob("*"):
        assert PIN.encode() not in path.read_bytes(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert store.check(PIN).ok
    assert not store.check("735919").ok


@pytest.mark.parametrize("bad", ["12", "123456789", "12a4", "１２３４", ""])
def test_a_pin_of_the_wrong_shape_is_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(PinError):
        PinStore(tmp_path).set_pin(bad)
    assert not PinStore(tmp_path).is_set()


def test_five_wrong_pins_lock_for_a_doubling_time_even_across_restarts(tmp_path: Path) -> None:
    clock = Clock()
    PinStore(tmp_path, clock).set_pin(PIN)
    store = PinStore(tmp_path, clock)
    for n in range(MAX_TRIES - 1):
        assert store.check("0000").tries_left == MAX_TRIES - 1 - n
    locked = store.check("0000")
    assert not locked.ok and locked.locked_for == 30
    restarted = PinStore(tmp_path, clock)  # a new process reads the lock from the file
    assert restarted.locked_for() == 30
    assert restarted.check(PIN).locked_for > 0  # not even the right PIN while locked
    clock.now += 31
    for _ in range(MAX_TRIES):
        result = restarted.check("0000")
    assert result.locked_for == 60  # the second lock lasts twice as long
    clock.now += 61
    assert restarted.check(PIN).ok
    assert restarted.check("0000").tries_left == MAX_TRIES - 1  # a right PIN starts afresh


def test_lock_times_grow_and_are_capped() -> None:
    assert [lock_seconds(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert lock_seconds(99) == 24 * 3600


def test_a_damaged_lock_file_keeps_the_pad_locked(tmp_path: Path) -> None:
    clock = Clock()
    store = PinStore(tmp_path, clock)
    store.set_pin(PIN)
    store.lock_path.write_text("{nonsense", encoding="utf-8")
    assert store.locked_for() > 0


def test_a_clock_set_back_never_lengthens_the_lock(tmp_path: Path) -> None:
    clock = Clock()
    store = PinStore(tmp_path, clock)
    store.set_pin(PIN)
    for _ in range(MAX_TRIES):
        store.check("0000")
    clock.now -= 10_000
    assert store.locked_for() == 30
