"""The staff PIN file and its lock-out against a hostile or damaged data folder: a PIN file others
may change, a weak or corrupt hash, a clock set back or forward, impossible counts."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type

from quizapp.kiosk_cli import kiosk_refusal as refusal_of
from quizapp.paths import DataPaths
from quizapp.services.kiosk_pin import MAX_TRIES, PinStore
from tests.services.test_kiosk_pin import Clock  # a clock the test moves

PIN = "735918"


def kiosk_refusal(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What `quizapp --kiosk` prints before refusing (exit 2); it would start the GUI otherwise."""
    refusal = refusal_of(DataPaths(data_dir))
    assert refusal is not None, "kiosk mode would start"
    return refusal


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666])
def test_a_pin_file_others_may_change_stops_kiosk_mode_with_the_fix(
    mode: int, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = PinStore(data_dir)
    store.set_pin(PIN)
    store.path.chmod(mode)
    problem = store.problem()
    assert problem is not None and "can be changed by other users" in problem.reason
    err = kiosk_refusal(data_dir, capsys)
    assert f"chmod 600 {store.path}" in err


def test_a_hash_weaker_than_set_pin_writes_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID).hash(PIN)
    data_dir.mkdir(exist_ok=True)
    (data_dir / "kiosk-pin").write_text(weak + "\n", encoding="utf-8")
    (data_dir / "kiosk-pin").chmod(0o600)
    err = kiosk_refusal(data_dir, capsys)
    assert "weaker than the one `kiosk set-pin` writes" in err and "time cost 1 < 3" in err
    assert "kiosk set-pin" in err


def test_a_corrupt_hash_is_reported_not_silently_unmatchable(
    data_dir: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    store = PinStore(data_dir)
    store.set_pin(PIN)
    good = store.path.read_text(encoding="utf-8")
    store.path.write_text(good.replace("m=65536", "m=6x536"), encoding="utf-8")
    err = kiosk_refusal(data_dir, capsys)
    assert "the staff PIN file is damaged" in err
    with caplog.at_level(logging.ERROR):
        assert not store.check(PIN).ok
    assert "cannot verify the staff PIN" in caplog.text  # in the log, for whoever looks


def lock_once(data_dir: Path, clock: Clock | None = None) -> PinStore:
    store = PinStore(data_dir, clock)
    store.set_pin(PIN)
    for _ in range(MAX_TRIES):
        store.check("0000")
    assert store.locked_for() == 30
    return store


@pytest.mark.parametrize("jump", [-86400 * 365, -3600, 3600, 86400 * 365])
def test_setting_the_system_clock_neither_lengthens_nor_lifts_the_lock(
    jump: int, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elapsed = Clock()
    wall = [time.time()]
    monkeypatch.setattr(time, "monotonic", elapsed)
    monkeypatch.setattr(time, "time", lambda: wall[0])
    store = lock_once(data_dir)  # the store's own clocks
    wall[0] += jump
    assert store.locked_for() == 30
    assert PinStore(data_dir).locked_for() == 30  # nor does a restart after the jump
    elapsed.now += 30
    assert store.locked_for() == 0 and store.check(PIN).ok


def test_a_restart_goes_on_from_the_seconds_left(data_dir: Path) -> None:
    clock = Clock()
    store = lock_once(data_dir, clock)
    clock.now += 20
    assert store.locked_for() == 10  # saved now (every 10 s while locked)
    restarted = PinStore(data_dir, Clock())  # another process: its own monotonic clock
    assert restarted.locked_for() == 10


@pytest.mark.parametrize(
    "content",
    [
        {"wrong_tries": -3, "lock_seconds_left": 0},
        {"wrong_tries": 0, "lock_seconds_left": float("nan")},
        {"wrong_tries": 0, "lock_seconds_left": -100},
        {"wrong_tries": 0, "lock_seconds_left": float("inf")},
        {"wrong_tries": "0", "lock_seconds_left": 0},
        {"failures": -1, "lockouts": 0, "locked_until": 0},
        {"failures": 0, "lockouts": 0, "locked_until": float("nan")},
        [],
    ],
)
def test_an_impossible_count_in_the_lock_file_keeps_the_pad_locked(data_dir: Path, content: object) -> None:
    store = PinStore(data_dir, Clock())
    store.set_pin(PIN)
    store.lock_path.write_text(json.dumps(content), encoding="utf-8")
    assert store.locked_for() > 0 and not store.check(PIN).ok
