"""Helpers for the benchmark scripts: run commands repeatedly and summarise."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence


def offscreen_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child: offscreen unless a display is asked for, and
    byte code written and read as on an installed copy (a development shell may turn it off,
    which would time the compiler instead of the app)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def run_measured(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of one run of `cmd`, read for that child alone (wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024  # kilobytes on Linux


def time_command(cmd: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def compare(
    label_a: str, cmd_a: Sequence[str], label_b: str, cmd_b: Sequence[str], runs: int, env: dict[str, str]
) -> float:
    """Alternate the two commands `runs` times each; print medians and return median(b)/median(a)."""
    time_command(cmd_a, env)  # warm the file cache for both
    time_command(cmd_b, env)
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(time_command(cmd_a, env))
        b.append(time_command(cmd_b, env))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{label_a:<40} median {ma * 1000:7.1f} ms  (min {min(a) * 1000:.1f}, max {max(a) * 1000:.1f})")
    print(f"{label_b:<40} median {mb * 1000:7.1f} ms  (min {min(b) * 1000:.1f}, max {max(b) * 1000:.1f})")
    print(f"ratio {label_b} / {label_a}: {mb / ma:.2f}x")
    return mb / ma


PYTHON = sys.executable
