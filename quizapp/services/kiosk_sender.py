"""Sending a kiosk's pending totals to the centre's server, on a thread of its own.

The visitor's side only ever writes the kiosk's own SQLite file; this thread takes what waits as
one batch (a new random id, kept on disk until acknowledged), sends it in one server
transaction, and then takes exactly that batch off the pending totals. A failure anywhere leaves
the batch on disk with its id: the next attempt sends the same id, and the server, which keeps
the ids it has added, adds it once. Retries back off from 1 s to a minute while the server is
away; a visit that ends wakes the thread at once."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError

from quizapp.domain.kiosk import OutboxStatus
from quizapp.storage.kiosk import KioskCounterRepository
from quizapp.storage.kiosk_server import CounterServer, ServerProblem, reason

log = logging.getLogger(__name__)
RETRY_FIRST_S = 1.0
RETRY_MAX_S = 30.0


class CounterSender:
    def __init__(
        self,
        counters: KioskCounterRepository,
        server: CounterServer,
        kiosk: str,
        *,
        retry_first: float = RETRY_FIRST_S,
        retry_max: float = RETRY_MAX_S,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._counters = counters
        self._server = server
        self._kiosk = kiosk
        self._retry_first, self._retry_max = retry_first, retry_max
        self._clock = clock
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._sent = threading.Condition(self._lock)
        """Notified after each acknowledged batch and each failed attempt."""
        self._last_sent: datetime | None = None
        self._problem: str | None = None
        self._thread = threading.Thread(target=self._run, name="kiosk-sender", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self.wake()

    def wake(self) -> None:
        """Something was added to the pending totals: send now (or after the current try)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop after the current attempt; True when the thread has ended within `timeout`.
        Whatever was not acknowledged stays pending on disk for the next start."""
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def wait_until_sent(self, timeout: float) -> bool:
        """Wake the sender and wait (at most `timeout` seconds) until nothing waits; True then.
        For closing with a server that is up, tests and benchmarks."""
        deadline = time.monotonic() + timeout
        self.wake()
        with self._sent:
            while True:
                try:
                    if self._counters.nothing_pending():
                        return True
                except SQLAlchemyError:
                    pass
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._sent.wait(min(left, 0.5))

    def status(self) -> OutboxStatus:
        try:
            waiting = self._counters.waiting_visits()
        except SQLAlchemyError:
            waiting = 0
        with self._lock:
            return OutboxStatus(self._server.where, waiting, self._last_sent, self._problem)

    def _run(self) -> None:
        delay: float | None = None  # None: wait until woken; else retry after this long
        while not self._stopping.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stopping.is_set():
                break
            if self._drain():
                delay = None
            else:
                delay = self._retry_first if delay is None else min(delay * 2, self._retry_max)

    def _drain(self) -> bool:
        """Send batches until nothing waits: True, or False at the first failure."""
        while not self._stopping.is_set():
            try:
                batch = self._counters.take_batch(self._kiosk)
            except SQLAlchemyError as exc:
                self._failed(f"this kiosk's database: {reason(exc)}")
                return False
            if batch is None:
                return True
            try:
                self._server.send(batch)
            except ServerProblem as exc:
                self._failed(str(exc))
                return False
            try:
                self._counters.acknowledge(batch.batch_id)
            except SQLAlchemyError as exc:  # sent: the server will not add it twice
                self._failed(f"this kiosk's database: {reason(exc)}")
                return False
            with self._sent:
                if self._problem is not None:
                    log.info("kiosk counters reach the server again")
                self._last_sent, self._problem = self._clock(), None
                self._sent.notify_all()
        return True

    def _failed(self, problem: str) -> None:
        with self._sent:
            if problem != self._problem:
                log.warning("kiosk counters not sent (kept, to send later): %s", problem)
            self._problem = problem
            self._sent.notify_all()
