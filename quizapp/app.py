"""Composition root for the GUI, top to bottom: the options, the data folder, logging, then Qt
(imported only here), whose one start-up (quizapp.ui.launch) builds the window of the mode."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from quizapp.logsetup import setup_logging
from quizapp.options import KioskOptions, LaunchOptions
from quizapp.paths import data_paths


def launch_options(args: argparse.Namespace) -> LaunchOptions:
    """The GUI's options from the parsed command line; the one place `--kiosk` is read."""
    kiosk = None
    if args.kiosk:
        kiosk = KioskOptions(args.idle_timeout, args.idle_warning, min_count=args.min_count)
    return LaunchOptions(
        lang=args.lang,
        text_size=args.text_size,
        high_contrast=args.high_contrast,
        furigana=None if args.furigana is None else args.furigana == "on",
        banks=tuple(args.banks),
        quit_after_first_frame=args.quit_after_first_frame,
        quit_when_ready=args.quit_when_ready,
        kiosk=kiosk,
    )


def run_gui(args: argparse.Namespace) -> int:
    options = launch_options(args)
    try:
        paths = data_paths(args.data_dir)
    except OSError as exc:  # e.g. --data-dir is a loop of symbolic links
        print(f"quizapp: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    if options.kiosk is None and (args.database_url is not None or args.kiosk_name is not None):
        print(
            "quizapp: --database-url and --kiosk-name are for kiosk mode (--kiosk): personal progress "
            "stays in the local SQLite file on this computer and is never sent anywhere",
            file=sys.stderr,
        )
        return 2
    if options.kiosk is not None:
        from quizapp.kiosk_cli import kiosk_refusal, kiosk_settings

        refusal = kiosk_refusal(paths)
        if refusal is None:
            settings = kiosk_settings(paths, args)
            if isinstance(settings, str):
                refusal = settings
            else:
                kiosk = replace(
                    options.kiosk,
                    database_url=settings.database_url,
                    kiosk_name=settings.kiosk_name,
                    kiosk_group=settings.kiosk_group,
                )
                options = replace(options, kiosk=kiosk)
        if refusal is not None:
            print(refusal, file=sys.stderr)
            return 2
    setup_logging(paths)
    from quizapp.ui.launch import launch

    return launch(options, paths)
