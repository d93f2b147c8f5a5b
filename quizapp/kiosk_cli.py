"""Kiosk mode on the command line: the --kiosk options, `quizapp kiosk set-pin` and
`quizapp kiosk report`. Registered from quizapp.cli; Qt-free."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizapp.cli_errors import cannot_write, write_stdout
from quizapp.domain.kiosk import DEFAULT_MIN_COUNT
from quizapp.options import DEFAULT_IDLE_TIMEOUT, DEFAULT_IDLE_WARNING
from quizapp.paths import DataPaths, data_paths

if TYPE_CHECKING:
    from quizapp.services.kiosk_config import KioskConfig


def _seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of seconds") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1 second")
    return value


def _kiosk_name(text: str) -> str:
    from quizapp.services.kiosk_config import BadKioskConfig, check_name

    try:
        return check_name(text)
    except BadKioskConfig as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _kiosk_group(text: str) -> str:
    from quizapp.services.kiosk_config import BadKioskConfig, check_name

    try:
        return check_name(text, "kiosk group")
    except BadKioskConfig as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _database_url(text: str) -> str:
    """The URL as given, once it is known to be a PostgreSQL URL quizapp can use."""
    from quizapp.storage.kiosk_server import BadDatabaseUrl, parse_url

    if text == "":
        return text  # no server (over a kiosk.toml that names one)
    try:
        parse_url(text)
    except BadDatabaseUrl as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _server_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--database-url",
        type=_database_url,
        metavar="URL",
        help=f"{what} (postgresql+psycopg://USER@HOST:PORT/DATABASE)",
    )


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
    """--kiosk, --idle-timeout, --idle-warning and the pooled counters' options on the main
    command."""
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
    _server_options(parser, "kiosk: also send the anonymous counters to the centre's PostgreSQL")
    parser.add_argument(
        "--kiosk-name", type=_kiosk_name, metavar="NAME", help="kiosk: this kiosk's name in the pooled report"
    )
    parser.add_argument(
        "--kiosk-group",
        type=_kiosk_group,
        metavar="PREFIX",
        help="kiosk: the staff screen reports the kiosks whose names start with PREFIX (default: all)",
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
    _server_options(report, "read the pooled counters on this server, not this kiosk's")
    which = report.add_mutually_exclusive_group()
    which.add_argument("--kiosk", type=_kiosk_name, metavar="NAME", help="only the kiosk named NAME")
    which.add_argument(
        "--kiosk-group",
        type=_kiosk_group,
        metavar="PREFIX",
        help="only the kiosks whose names start with PREFIX",
    )
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
    configure = actions.add_parser(
        "configure", help="set this kiosk's name and server once, in kiosk.toml beside the PIN"
    )
    data_dir_option(configure, argparse.SUPPRESS)
    _server_options(configure, "the centre's PostgreSQL ('' to stop sending)")
    configure.add_argument("--kiosk-name", type=_kiosk_name, metavar="NAME", help="this kiosk's name")
    configure.add_argument(
        "--kiosk-group", type=_kiosk_group, metavar="PREFIX", help="what the staff screen reports"
    )
    export = actions.add_parser(
        "export-counts", help="write the counts not yet sent anywhere to a file, for kiosk merge elsewhere"
    )
    data_dir_option(export, argparse.SUPPRESS)
    export.add_argument("--output", "-o", metavar="FILE", type=Path, required=True)
    export.add_argument(
        "--kiosk-name", type=_kiosk_name, metavar="NAME", help="this kiosk's name (default: kiosk.toml)"
    )
    merge = actions.add_parser(
        "merge", help="add exported counts to this kiosk's counters or a server's, once"
    )
    data_dir_option(merge, argparse.SUPPRESS)
    merge.add_argument("files", metavar="FILE", nargs="+", type=Path)
    _server_options(merge, "add them to the pooled counters on this server, not this kiosk's")
    init = actions.add_parser(
        "init-server", help="create or upgrade the counter tables on the centre's PostgreSQL"
    )
    init.add_argument("--database-url", type=_database_url, metavar="URL", required=True)


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


def kiosk_settings(paths: DataPaths, args: argparse.Namespace) -> KioskConfig | str:
    """The kiosk's name, server and report scope: the command line over kiosk.toml. A string
    instead says why the kiosk may not start with them."""
    from quizapp.services.kiosk_config import BadKioskConfig, read_config

    try:
        config = read_config(paths.root).overridden(args.database_url, args.kiosk_name, args.kiosk_group)
    except BadKioskConfig as exc:
        return f"quizapp --kiosk: {exc}"
    problem = config.problem()
    if problem is not None:
        return f"quizapp --kiosk: {problem} (or set it once: quizapp kiosk configure --kiosk-name NAME)"
    return replace(config, database_url=config.database_url or None)


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
    from quizapp.domain.kiosk import ReportScope
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog
    from quizapp.services.kiosk import open_counters
    from quizapp.services.kiosk_report import format_report

    if args.table is not None and args.format != "csv":
        print("quizapp kiosk report: --table goes with --format csv", file=sys.stderr)
        return 2
    scope = ReportScope(kiosk=args.kiosk, group=args.kiosk_group)
    catalog = load_catalog([shipped_banks_dir(), *args.banks], cache_dir=None)
    if args.database_url:
        from quizapp.storage.kiosk_server import CounterServer, ServerProblem, describe, parse_url

        url = parse_url(args.database_url)
        server = CounterServer(url)
        try:
            report = server.report(scope)
        except ServerProblem as exc:
            print(f"quizapp kiosk report: {describe(url)}: {exc}", file=sys.stderr)
            return 1
        finally:
            server.close()
    else:
        counters = open_counters(paths)
        try:
            report = counters.report(scope)
        finally:
            counters.close()
    text = format_report(report, catalog, args.lang or "ja", args.format, args.table, args.min_count)
    write_stdout(text)
    return 0


def run_kiosk_command(args: argparse.Namespace, paths: DataPaths | None = None) -> int:
    paths = paths or data_paths(args.data_dir)
    from quizapp import kiosk_pool_cli as pool

    commands: dict[str, Callable[[], int]] = {
        "set-pin": lambda: cmd_set_pin(paths, sys.stdin),
        "report": lambda: cmd_report(paths, args),
        "configure": lambda: pool.cmd_configure(paths, args),
        "export-counts": lambda: pool.cmd_export_counts(paths, args),
        "merge": lambda: pool.cmd_merge(paths, args),
        "init-server": lambda: pool.cmd_init_server(args),
    }
    return commands[args.kiosk_command]()
