"""Mounting the power-cut filesystem (lossy_fs) from a test, and cutting the power on command."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def fuse_unavailable() -> str | None:
    """Why a FUSE filesystem cannot be mounted here, or None when it can be tried."""
    if not os.path.exists("/dev/fuse"):
        return "no /dev/fuse on this machine (FUSE is not available)"
    if shutil.which("fusermount3") is None:
        return "no fusermount3 (Debian package fuse3) installed"
    try:
        import mfusepy  # type: ignore[import-untyped]  # noqa: F401
    except (ImportError, OSError) as exc:  # OSError: mfusepy found no libfuse
        return f"mfusepy cannot load libfuse ({exc})"
    return None


@dataclass
class LossyMount:
    """A mounted lossy_fs: `root` is the mount; `cut()` drops everything not yet durable."""

    root: Path
    backing: Path
    server: subprocess.Popen[str]
    log: Path
    """The server's standard error (a failed operation's traceback)."""

    def cut(self, torn_seed: int | None = None) -> None:
        """Cut the power; with `torn_seed`, a torn cut (some unsynced pages reach the disk)."""
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write("cut\n" if torn_seed is None else f"cut torn {torn_seed}\n")
        self.server.stdin.flush()
        answer = self.server.stdout.readline().strip()
        assert answer == "cut-done", f"the power-cut filesystem failed: {answer!r}; see {self.log}"


def _unmount(root: Path) -> None:
    done = subprocess.run(["fusermount3", "-u", str(root)], capture_output=True, check=False)
    if done.returncode != 0:
        subprocess.run(["fusermount3", "-uz", str(root)], capture_output=True, check=False)


@contextlib.contextmanager
def lossy_mount(where: Path) -> Iterator[LossyMount]:
    """Mount lossy_fs over `where`/backing at `where`/mnt; always unmounted on the way out.

    Skips the test, saying why, only where FUSE is truly unavailable or mounting is not
    permitted; any other failure of the filesystem fails the test."""
    reason = fuse_unavailable()
    if reason is not None:
        pytest.skip(reason)
    backing, root, log = where / "backing", where / "mnt", where / "lossy_fs.log"
    backing.mkdir()
    root.mkdir()
    with log.open("w") as errors_to:  # a file, not a pipe: nothing reads it while the test runs
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.support.lossy_fs", str(backing), str(root)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors_to,
            text=True,
            bufsize=1,
        )
    assert server.stdout is not None
    try:
        first = server.stdout.readline().strip()
        if first != "mounted":
            server.wait(timeout=10)
            errors = log.read_text()
            if "ermission denied" in errors or "not permitted" in errors:
                pytest.skip(f"mounting a FUSE filesystem is not permitted here: {errors.strip()}")
            pytest.fail(f"the power-cut filesystem did not mount: {first!r} {errors}")
        yield LossyMount(root, backing, server, log)
    finally:
        _unmount(root)
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()
