"""Composition root for the GUI: paths and logging first, then Qt (imported only here)."""

from __future__ import annotations

import argparse

from quizapp.logsetup import setup_logging
from quizapp.paths import data_paths


def run_gui(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    setup_logging(paths)
    from quizapp.ui.startup import run

    return run(args, paths)
