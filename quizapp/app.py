"""Composition root for the GUI: paths and logging first, then Qt (imported only here)."""

from __future__ import annotations

import argparse
import sys

from quizapp.logsetup import setup_logging
from quizapp.paths import data_paths


def run_gui(args: argparse.Namespace) -> int:
    try:
        paths = data_paths(args.data_dir)
    except OSError as exc:  # e.g. --data-dir is a loop of symbolic links
        print(f"quizapp: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    if getattr(args, "kiosk", False):
        from quizapp.kiosk_cli import kiosk_refusal

        refusal = kiosk_refusal(paths)
        if refusal is not None:
            print(refusal, file=sys.stderr)
            return 2
    setup_logging(paths)
    from quizapp.ui.startup import run

    return run(args, paths)
