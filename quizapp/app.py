"""Composition root for the GUI: paths and logging first, then Qt (imported only here)."""

from __future__ import annotations

import argparse
import sys

from quizapp.logsetup import setup_logging
from quizapp.paths import data_paths


def run_gui(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    if getattr(args, "kiosk", False):
        from quizapp.kiosk_cli import kiosk_refusal

        refusal = kiosk_refusal(paths)
        if refusal is not None:
            print(refusal, file=sys.stderr)
            return 2
    setup_logging(paths)
    from quizapp.ui.launch import run

    return run(args, paths)
