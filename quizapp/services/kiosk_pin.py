"""The staff PIN that leaves kiosk mode: kept only as an Argon2id hash in a file its owner alone
can read, with a lock-out after repeated wrong PINs that survives a restart.

The PIN itself is never logged or written anywhere; only `argon2` sees it, to hash or verify.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from quizapp.services.files import write_atomically

log = logging.getLogger(__name__)
PIN_FILE = "kiosk-pin"
LOCK_FILE = "kiosk-lock.json"
PIN_MIN, PIN_MAX = 4, 8
MAX_TRIES = 5
"""Wrong PINs in a row before the pad locks."""
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 24 * 3600


class PinError(ValueError):
    """A PIN that cannot be used (wrong shape, or the two entries differ)."""


def check_pin_shape(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit()):
        raise PinError("the PIN must be digits only (0-9)")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError(f"the PIN must have {PIN_MIN} to {PIN_MAX} digits")


def lock_seconds(lockouts: int) -> int:
    """30 s after the first 5 wrong PINs, then doubling each time (capped at a day)."""
    doublings: int = min(max(lockouts - 1, 0), 20)
    return min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS << doublings)


def _write_private(path: Path, text: str) -> None:
    """Write `text` atomically to `path`, readable and writable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"), mode=0o600)


@dataclass(frozen=True, slots=True)
class PinCheck:
    """What checking a PIN gave: ok; or wrong, with the tries left before the lock; or locked,
    with the seconds until the pad opens again."""

    ok: bool
    tries_left: int = 0
    locked_for: int = 0


@dataclass(frozen=True, slots=True)
class PinProblem:
    """Why kiosk mode may not start with this PIN file, and what staff can do about it."""

    reason: str
    fix_with_set_pin: bool = True
    """True: setting the PIN again mends it; False: `fix` says what to do instead."""
    fix: str = ""


@dataclass(slots=True)
class _LockState:
    wrong: int
    """Wrong PINs since the last right one: only ever grows (a right PIN starts it afresh)."""
    left: float
    """Seconds of lock left when `at` was read from the clock."""
    at: float

    def remaining(self, now: float) -> float:
        return max(0.0, self.left - max(0.0, now - self.at))


class PinStore:
    """The staff PIN hash and the lock-out state, in the data dir.

    The lock-out never reads the wall clock: it keeps the count of wrong PINs and the seconds of
    lock left, measured with `clock` (monotonic by default) and saved in the lock file. Setting
    the system clock back or forward neither lengthens nor lifts it; a restart goes on from the
    seconds left at the last save."""

    SAVE_EVERY = 10.0
    """While locked, the seconds left are saved this often (and at every try)."""

    def __init__(self, root: Path, clock: Callable[[], float] | None = None) -> None:
        self.path = root / PIN_FILE
        self.lock_path = root / LOCK_FILE
        self._clock = clock or time.monotonic
        # Argon2id with the library's (RFC 9106 "low memory") defaults.
        self._hasher = PasswordHasher(type=Type.ID)
        self._state: _LockState | None = None
        self._known: tuple[int, int, int] | None = None
        self._saved_at = 0.0

    def is_set(self) -> bool:
        return self.problem() is None

    def problem(self) -> PinProblem | None:
        """Why the PIN file cannot be used to leave kiosk mode, or None when it can: missing,
        unreadable, damaged, weaker than what `set-pin` writes, or open to other users."""
        try:
            self._check_hash(self._stored_hash())
            mode = stat.S_IMODE(os.stat(self.path).st_mode)
        except FileNotFoundError:
            return PinProblem("no staff PIN is set")
        except OSError as exc:
            return PinProblem(f"the staff PIN file cannot be read ({exc.strerror or exc})")
        except PinError as exc:
            return PinProblem(str(exc))
        if os.name == "posix" and mode & 0o022:
            return PinProblem(
                f"the staff PIN file can be changed by other users (mode {mode:04o})",
                fix_with_set_pin=False,
                fix=f"Make it yours alone:  chmod 600 {self.path}",
            )
        return None

    def _stored_hash(self) -> str:
        """The stored hash; PinError when the file holds something else (OSError: unreadable)."""
        raw = self.path.read_bytes()
        try:
            stored = raw.decode("ascii").strip()
        except UnicodeDecodeError:
            raise PinError("the staff PIN file is damaged: it is not an Argon2id hash") from None
        if not stored.startswith("$argon2id$"):
            raise PinError("the staff PIN file is damaged: it is not an Argon2id hash")
        return stored

    def _check_hash(self, stored: str) -> None:
        """PinError when `stored` is damaged or weaker than the hashes `set_pin` writes."""
        try:
            got = extract_parameters(stored)
        except (InvalidHashError, ValueError):
            raise PinError("the staff PIN file is damaged: its Argon2id hash cannot be read") from None
        want = self._hasher
        weaker = [
            f"{name} {have} < {need}"
            for name, have, need in (
                ("time cost", got.time_cost, want.time_cost),
                ("memory", got.memory_cost, want.memory_cost),
                ("parallelism", got.parallelism, want.parallelism),
                ("hash length", got.hash_len, want.hash_len),
                ("salt length", got.salt_len, want.salt_len),
            )
            if have < need
        ]
        if got.type is not Type.ID or weaker:
            detail = ", ".join(weaker) or f"type {got.type.name}"
            raise PinError(f"the staff PIN hash is weaker than the one `kiosk set-pin` writes ({detail})")

    def set_pin(self, pin: str) -> None:
        """Store the Argon2id hash of `pin` (never the PIN) and clear any lock-out."""
        check_pin_shape(pin)
        _write_private(self.path, self._hasher.hash(pin) + "\n")
        self._state = _LockState(0, 0.0, self._clock())
        self._save()
        log.info("staff PIN set (hash in %s)", self.path)

    # lock-out state ---------------------------------------------------------------------------
    def _lock(self) -> _LockState:
        """The lock state; read again when the file changed under us (`set-pin` from the
        command line clears the lock, and a damaged file must lock at once)."""
        if self._state is None or self._signature() != self._known:
            self._state = self._load_lock()
            self._known = self._signature()
            self._saved_at = self._state.at  # what was just read needs no saving yet
        return self._state

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            info = os.stat(self.lock_path)
        except OSError:
            return None
        return (info.st_ino, info.st_mtime_ns, info.st_size)

    def _load_lock(self) -> _LockState:
        now = self._clock()
        try:
            raw = json.loads(self.lock_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return _LockState(0, 0.0, now)
        except (OSError, ValueError) as exc:
            return self._damaged(f"unreadable ({exc})", now)
        if not isinstance(raw, dict):
            return self._damaged("not an object", now)
        if "wrong_tries" not in raw and "lockouts" in raw:  # written by an earlier version
            raw = _from_wall_clock_lock(raw)
        wrong, left = raw.get("wrong_tries"), raw.get("lock_seconds_left")
        if not (isinstance(wrong, int) and not isinstance(wrong, bool) and 0 <= wrong <= 10**9):
            return self._damaged(f"wrong_tries is {wrong!r}", now)
        if not (
            isinstance(left, int | float)
            and not isinstance(left, bool)
            and math.isfinite(left)
            and 0 <= left <= MAX_LOCK_SECONDS
        ):
            return self._damaged(f"lock_seconds_left is {left!r}", now)
        return _LockState(wrong, float(left), now)

    def _damaged(self, why: str, now: float) -> _LockState:
        """A damaged lock file must not open the pad: it counts as one fresh lock."""
        log.warning("damaged PIN lock file %s (%s); locking the pad", self.lock_path, why)
        return _LockState(MAX_TRIES, float(lock_seconds(1)), now)

    def _save(self) -> None:
        state, now = self._state or self._lock(), self._clock()
        data = {"wrong_tries": state.wrong, "lock_seconds_left": round(state.remaining(now), 3)}
        _write_private(self.lock_path, json.dumps(data) + "\n")
        self._known = self._signature()
        self._saved_at = now

    def locked_for(self) -> int:
        """Whole seconds until a PIN may be tried again (0: not locked)."""
        state, now = self._lock(), self._clock()
        remaining = state.remaining(now)
        if remaining > 0 and now - self._saved_at >= self.SAVE_EVERY:
            self._save()
        return math.ceil(remaining)

    def check(self, pin: str) -> PinCheck:
        """Verify `pin`. While locked nothing is verified; every 5th wrong PIN in a row locks."""
        wait = self.locked_for()
        if wait:
            self._save()
            return PinCheck(ok=False, locked_for=wait)
        state, now = self._lock(), self._clock()
        if self._verify(pin):
            self._state = _LockState(0, 0.0, now)
            self._save()
            return PinCheck(ok=True)
        state.wrong += 1
        if state.wrong % MAX_TRIES == 0:
            seconds = lock_seconds(state.wrong // MAX_TRIES)
            state.left, state.at = float(seconds), now
            self._save()
            log.warning("%d wrong staff PINs: the pad is locked for %d s", MAX_TRIES, seconds)
            return PinCheck(ok=False, locked_for=seconds)
        self._save()
        return PinCheck(ok=False, tries_left=MAX_TRIES - state.wrong % MAX_TRIES)

    def _verify(self, pin: str) -> bool:
        try:
            return bool(self._hasher.verify(self._stored_hash(), pin))
        except VerifyMismatchError:
            return False
        except (OSError, PinError, InvalidHashError, VerificationError) as exc:
            log.error("cannot verify the staff PIN against %s: %s", self.path, exc)
            return False


def _from_wall_clock_lock(raw: dict[str, object]) -> dict[str, object]:
    """The lock file of an earlier version (failures, lockouts, locked_until in wall-clock
    seconds), read once with the wall clock; bad values stay bad, so they lock."""
    failures, lockouts, until = raw.get("failures"), raw.get("lockouts"), raw.get("locked_until")
    if not (isinstance(failures, int) and isinstance(lockouts, int) and isinstance(until, int | float)):
        return {"wrong_tries": None}
    if failures < 0 or lockouts < 0 or not math.isfinite(until):
        return {"wrong_tries": -1}
    left = min(max(until - time.time(), 0.0), float(lock_seconds(lockouts)) if lockouts else 0.0)
    return {"wrong_tries": lockouts * MAX_TRIES + failures, "lock_seconds_left": left}
