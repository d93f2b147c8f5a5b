"""The staff PIN that leaves kiosk mode: kept only as an Argon2id hash in a file its owner alone
can read, with a lock-out after repeated wrong PINs that survives a restart.

The PIN itself is never logged or written anywhere; only `argon2` sees it, to hash or verify.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher, Type
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


class PinStore:
    """The staff PIN hash and the lock-out state, in the data dir."""

    def __init__(self, root: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = root / PIN_FILE
        self.lock_path = root / LOCK_FILE
        self._clock = clock
        # Argon2id with the library's (RFC 9106 "low memory") defaults.
        self._hasher = PasswordHasher(type=Type.ID)

    def is_set(self) -> bool:
        return self.problem() is None

    def problem(self) -> str | None:
        """Why the PIN file cannot be used to leave kiosk mode, or None when it can."""
        try:
            self._stored_hash()
        except FileNotFoundError:
            return "no staff PIN is set"
        except OSError as exc:
            return f"the staff PIN file cannot be read ({exc.strerror or exc})"
        except PinError as exc:
            return str(exc)
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

    def set_pin(self, pin: str) -> None:
        """Store the Argon2id hash of `pin` (never the PIN) and clear any lock-out."""
        check_pin_shape(pin)
        _write_private(self.path, self._hasher.hash(pin) + "\n")
        self._save_lock(0, 0, 0.0)
        log.info("staff PIN set (hash in %s)", self.path)

    # lock-out state ---------------------------------------------------------------------------
    def _load_lock(self) -> tuple[int, int, float]:
        """(wrong tries since the last lock, locks so far, locked until [epoch seconds])."""
        try:
            raw = json.loads(self.lock_path.read_text(encoding="utf-8"))
            return int(raw["failures"]), int(raw["lockouts"]), float(raw["locked_until"])
        except FileNotFoundError:
            return 0, 0, 0.0
        except (OSError, ValueError, KeyError, TypeError) as exc:
            # A damaged lock file must not open the pad: treat it as one fresh lock.
            log.warning("unreadable PIN lock file %s (%s); locking the pad", self.lock_path, exc)
            return 0, 1, self._clock() + lock_seconds(1)

    def _save_lock(self, failures: int, lockouts: int, until: float) -> None:
        state = {"failures": failures, "lockouts": lockouts, "locked_until": until}
        _write_private(self.lock_path, json.dumps(state) + "\n")

    def locked_for(self) -> int:
        """Whole seconds until a PIN may be tried again (0: not locked)."""
        _, lockouts, until = self._load_lock()
        remaining = until - self._clock()
        if remaining > lock_seconds(lockouts):  # the clock went back: never wait longer than set
            remaining = lock_seconds(lockouts)
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> PinCheck:
        """Verify `pin`. While locked nothing is verified; the 5th wrong PIN in a row locks."""
        wait = self.locked_for()
        if wait:
            return PinCheck(ok=False, locked_for=wait)
        failures, lockouts, _ = self._load_lock()
        if self._verify(pin):
            self._save_lock(0, 0, 0.0)
            return PinCheck(ok=True)
        failures += 1
        if failures >= MAX_TRIES:
            lockouts += 1
            seconds = lock_seconds(lockouts)
            self._save_lock(0, lockouts, self._clock() + seconds)
            log.warning("%d wrong staff PINs: the pad is locked for %d s", MAX_TRIES, seconds)
            return PinCheck(ok=False, locked_for=seconds)
        self._save_lock(failures, lockouts, 0.0)
        return PinCheck(ok=False, tries_left=MAX_TRIES - failures)

    def _verify(self, pin: str) -> bool:
        try:
            return bool(self._hasher.verify(self._stored_hash(), pin))
        except VerifyMismatchError:
            return False
        except (OSError, PinError, InvalidHashError, VerificationError) as exc:
            log.error("cannot verify the staff PIN against %s: %s", self.path, exc)
            return False
