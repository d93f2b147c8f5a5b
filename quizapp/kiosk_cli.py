"""Kiosk mode on the command line: the --kiosk options, `quizapp kiosk set-pin` and
`quizapp kiosk report`. Registered from quizapp.cli; Qt-free."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from quizapp.cli_errors import cannot_write, write_stdout
from quizapp.domain.kiosk import DEFAULT_MIN_COUNT
from quizapp.options import DEFAULT_IDLE_TIMEOUT, DEFAULT_IDLE_WARNING
from quizapp.paths import DataPaths, data_paths


def _seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of seconds") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1 second")
    return value


def _min_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1 (1 shows every count exactly)")
    return value


MIN_COUNT_HELP = (
    f"show a count below N as '<N' so no visitor can be singled out (default {DEFAULT_MIN_COUNT})"
)


def add_kiosk_options(parser: argparse.ArgumentParser) -> None:
    """--kiosk, --idle-timeout and --idle-warning on the main command."""
    parser.add_argument(
        "--kiosk", action="store_true", help="run as a public kiosk (needs `quizapp kiosk set-pin` first)"
    )
    parser.add_argument(
        "--idle-timeout",
        type=_seconds,
        default=DEFAULT_IDLE_TIMEOUT,
        metavar="SECONDS",
        help=f"kiosk: ask 'Still there?' after this long without input (default {DEFAULT_IDLE_TIMEOUT})",
    )
    parser.add_argument(
        "--idle-warning",
        type=_seconds,
        default=DEFAULT_IDLE_WARNING,
        metavar="SECONDS",
        help=f"kiosk: then end the visit after this countdown (default {DEFAULT_IDLE_WARNING})",
    )
    parser.add_argument(
        "--min-count",
        type=_min_count,
        default=DEFAULT_MIN_COUNT,
        metavar="N",
        help=f"kiosk: {MIN_COUNT_HELP}",
    )


def add_kiosk_command(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_dir_option: Callable[[argparse.ArgumentParser, object], None],
) -> None:
    kiosk = sub.add_parser("kiosk", help="kiosk mode: set the staff PIN, print the anonymous report")
    data_dir_option(kiosk, argparse.SUPPRESS)
    actions = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    set_pin = actions.add_parser("set-pin", help="set the staff PIN (asked twice; stored only as a hash)")
    data_dir_option(set_pin, argparse.SUPPRESS)
    report = actions.add_parser("report", help="print visits and per question counts")
    data_dir_option(report, argparse.SUPPRESS)
    report.add_argument("--format", choices=("json", "csv"), default="json")
    report.add_argument(
        "--table",
        choices=("visits", "questions"),
        help="csv: print only this table, without its title row (one file per table)",
    )
    # SUPPRESS: `quizapp --min-count 3 kiosk report` keeps the 3 the main command read.
    report.add_argument(
        "--min-count", type=_min_count, default=argparse.SUPPRESS, metavar="N", help=MIN_COUNT_HELP
    )
    report.add_argument(
        "--banks", metavar="DIR", action="append", default=[], type=Path, help="an extra folder of banks"
    )


def kiosk_refusal(paths: DataPaths) -> str | None:
    """Why kiosk mode may not start (no usable staff PIN, or one others could change), with the
    fix, or None when it may."""
    from quizapp.services.kiosk_pin import PinStore

    store = PinStore(paths.root)
    problem = store.problem()
    if problem is None:
        return None
    if not problem.fix_with_set_pin:
        return f"quizapp --kiosk: {store.path}: {problem.reason}.\n{problem.fix}"
    return (
        f"quizapp --kiosk: {store.path}: {problem.reason}, so staff could not leave kiosk mode.\n"
        f"Set one first:  quizapp --data-dir {paths.root} kiosk set-pin"
    )


def _read_pin_twice(stdin: TextIO) -> tuple[str, str]:
    if stdin.isatty():
        return getpass.getpass("New staff PIN (4-8 digits): "), getpass.getpass("The same PIN again: ")
    first, second = stdin.readline(), stdin.readline()
    return first.rstrip("\r\n"), second.rstrip("\r\n")


def cmd_set_pin(paths: DataPaths, stdin: TextIO) -> int:
    from quizapp.services.kiosk_pin import PinError, PinStore, check_pin_shape

    first, second = _read_pin_twice(stdin)
    try:
        check_pin_shape(first)
        if first != second:
            raise PinError("the two PINs differ")
    except PinError as exc:
        print(f"quizapp kiosk set-pin: {exc}; nothing was changed", file=sys.stderr)
        return 1
    store = PinStore(paths.root)
    try:
        store.set_pin(first)
    except OSError as exc:
        raise cannot_write(store.path, exc) from exc
    print(f"staff PIN set: only its Argon2id hash is kept, in {store.path} (readable by you only)")
    return 0


def cmd_report(paths: DataPaths, args: argparse.Namespace) -> int:
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog
    from quizapp.services.kiosk import open_counters
    from quizapp.services.kiosk_report import format_report

    if args.table is not None and args.format != "csv":
        print("quizapp kiosk report: --table goes with --format csv", file=sys.stderr)
        return 2
    catalog = load_catalog([shipped_banks_dir(), *args.banks], cache_dir=None)
    counters = open_counters(paths)
    try:
        report = counters.report()
    finally:
        counters.close()
    text = format_report(report, catalog, args.lang or "ja", args.format, args.table, args.min_count)
    write_stdout(text)
    return 0


def run_kiosk_command(args: argparse.Namespace, paths: DataPaths | None = None) -> int:
    paths = paths or data_paths(args.data_dir)
    if args.kiosk_command == "set-pin":
        return cmd_set_pin(paths, sys.stdin)
    return cmd_report(paths, args)
