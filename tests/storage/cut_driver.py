"""Driving power_cut_child.py from a test: one worker per round, killed at a chosen moment."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).with_name("power_cut_child.py")
SOAK = bool(os.environ.get("QUIZAPP_SOAK"))


def new_seed() -> int:
    """The seed of a test's randomness: QUIZAPP_SEED to replay a failure, else a fresh one."""
    return int(os.environ.get("QUIZAPP_SEED") or int.from_bytes(os.urandom(4), "big"))


@dataclass
class Round:
    """What one worker printed before it ended, and how it ended."""

    lines: list[list[str]] = field(default_factory=list)
    killed: bool = False

    def acks(self) -> list[str]:
        return [words[1] for words in self.lines if words[0] == "ack"]

    def first(self, word: str) -> list[str] | None:
        return next((words for words in self.lines if words[0] == word), None)


class Child:
    """The child process; `run_round` forks one worker and kills it at a random moment."""

    def __init__(self, proc: subprocess.Popen[str], rng: random.Random) -> None:
        self.proc = proc
        self.rng = rng
        self.rounds = 0

    def moment(self) -> tuple[str | None, float, int]:
        """A random moment for a cut while answers are written (run_round's arguments): mostly
        within the stream of commits, sometimes while the database opens."""
        if self.rng.random() < 0.2:
            return None, 0.08, 1
        after = self.rng.randint(0, 5)
        return ("ack", 0.03, after) if after else ("ready", 0.05, 1)

    def _line(self) -> list[str]:
        assert self.proc.stdout is not None
        words = self.proc.stdout.readline().split()
        assert words, "the child ended early"
        return words

    def run_round(self, wait_for: str | None, max_delay: float, after: int = 1) -> Round:
        """Start a worker; once it has printed `after` lines starting with `wait_for` (at once
        if None), wait a random time up to `max_delay` seconds and SIGKILL it, unless it
        finished first."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        first = self._line()
        assert first[0] == "pid", first
        result = Round()
        while wait_for is not None:
            words = self._line()
            if words[0] == "end":  # finished (or failed) before the moment came
                result.killed = words[2] == "killed"
                assert words[2] in ("killed", "done"), f"the worker failed: {words}"
                self.rounds += 1
                return result
            result.lines.append(words)
            after -= words[0] == wait_for
            if after <= 0:
                break
        time.sleep(self.rng.uniform(0, max_delay))
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(first[1]), signal.SIGKILL)
        while True:
            words = self._line()
            if words[0] == "end":
                assert words[1] == str(self.rounds), words
                assert words[2] in ("killed", "done"), f"the worker failed: {words}"
                result.killed = words[2] == "killed"
                break
            result.lines.append(words)
        self.rounds += 1
        return result


@contextlib.contextmanager
def child(
    work: str, data_dir: Path, rounds: int, seed: int, synchronous: str | None = None
) -> Iterator[Child]:
    args = [sys.executable, str(CHILD), work, str(data_dir), str(rounds)]
    proc = subprocess.Popen(
        [*args, *([synchronous] if synchronous else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    try:
        yield Child(proc, random.Random(seed))
    finally:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()
