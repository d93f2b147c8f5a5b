"""`make bundle` refuses to cut a release while the content report fails."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from quizapp.paths import resource_root

ROOT = resource_root()
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def fake_bin(tmp_path: Path, report_exit: int) -> Path:
    """A BIN folder whose quizapp only plays the content report and whose pyinstaller leaves a mark."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "quizapp").write_text(
        f"#!/bin/sh\necho 'report line'\necho 'verdict line'\nexit {report_exit}\n"
    )
    (bin_dir / "pyinstaller").write_text(f"#!/bin/sh\ntouch {tmp_path / 'built'}\nexit 3\n")
    for f in bin_dir.iterdir():
        f.chmod(0o755)
    return bin_dir


def make_bundle(bin_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    # The real stamp and .qm are prerequisites; make must consider them up to date, not rebuild.
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-C",
            str(ROOT),
            "bundle",
            f"BIN={bin_dir}",
            "-o",
            ".venv/.installed-stamp",
            "-o",
            "assets/i18n/quizapp_ja.qm",
            "-o",
            "assets/i18n/quizapp_ja_easy.qm",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SKIP_CONTENT_REPORT": ""},
    )


def test_a_failing_report_stops_the_build(tmp_path: Path) -> None:
    done = make_bundle(fake_bin(tmp_path, 1))
    assert done.returncode != 0
    assert "make bundle: refused: the content report failed" in done.stdout
    assert "report line" in done.stdout  # the report itself is shown
    assert not (tmp_path / "built").exists()


def test_a_passing_report_lets_the_build_start(tmp_path: Path) -> None:
    done = make_bundle(fake_bin(tmp_path, 0))
    assert (tmp_path / "built").exists()  # our pyinstaller ran (and failed on purpose: exit 3)
    assert "verdict line" in done.stdout and "report line" not in done.stdout


def test_the_override_builds_anyway(tmp_path: Path) -> None:
    done = make_bundle(fake_bin(tmp_path, 1), "SKIP_CONTENT_REPORT=1")
    assert (tmp_path / "built").exists()
    assert "building without the content report" in done.stdout
