"""Helpers for the benchmark scripts: run commands repeatedly and summarise."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence


def offscreen_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


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
