"""The PyInstaller bundle against a bare PySide6 Widgets window bundled as plain onedir.

Size on disk of dist/quizapp (make bundle) against the bare window's bundle (PyInstaller's
defaults, built here into build/bare/ if missing), plus the fonts quizapp ships; then the first
frame of each bundle, alternated in the same run.
Goals: size within 1.15x of (bare bundle + fonts); first frame within 1.5x.   Run: make bench
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import compare, offscreen_env

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "quizapp"
BARE = ROOT / "build" / "bare" / "dist" / "bare_window"
SIZE_GOAL = 1.15
FRAME_GOAL = 1.5


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build_bare() -> None:
    work = ROOT / "build" / "bare"
    subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN"),
            *("--distpath", str(work / "dist"), "--workpath", str(work / "work"), "--specpath", str(work)),
            str(Path(__file__).with_name("bare_window.py")),
        ],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not (APP / "quizapp").exists():
        raise SystemExit("no dist/quizapp: run `make bundle` first")
    if not (BARE / "bare_window").exists():
        build_bare()
    app, bare, fonts = size_mb(APP), size_mb(BARE), size_mb(ROOT / "assets" / "fonts")
    ratio = app / (bare + fonts)
    print(f"{'bare PySide6 window bundle':<40} {bare:7.1f} MB")
    print(f"{'quizapp bundle':<40} {app:7.1f} MB  (of which fonts {fonts:.1f} MB)")
    print(f"ratio quizapp / bare: {app / bare:.2f}x; quizapp / (bare + fonts): {ratio:.2f}x")
    print(f"goal: within {SIZE_GOAL}x of bare + fonts -> {'met' if ratio <= SIZE_GOAL else 'MISSED'}")
    with tempfile.TemporaryDirectory() as data:
        env = offscreen_env()
        frame = compare(
            "bare window bundle",
            [str(BARE / "bare_window")],
            "quizapp bundle first frame",
            [str(APP / "quizapp"), "--data-dir", data, "--quit-after-first-frame"],
            args.runs,
            env,
        )
    print(f"goal: within {FRAME_GOAL}x -> {'met' if frame <= FRAME_GOAL else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
