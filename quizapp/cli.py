"""The command line: the GUI by default, and Qt-free commands (validate, export, kiosk)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp import __version__
from quizapp.kiosk_cli import add_kiosk_command, add_kiosk_options, run_kiosk_command

log = logging.getLogger(__name__)


def _data_dir_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep everything the app writes in DIR (also $QUIZAPP_DATA_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp", description="A privacy-education quiz about Japan's My Number system."
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    _data_dir_option(parser, None)
    parser.add_argument("--lang", choices=("ja", "en"), help="interface language (default: system)")
    parser.add_argument(
        "--text-size", choices=("normal", "large", "largest"), help="text size (default: as last chosen)"
    )
    parser.add_argument("--high-contrast", action="store_true", help="use the high-contrast colours")
    parser.add_argument(
        "--banks", metavar="DIR", action="append", default=[], type=Path, help="an extra folder of banks"
    )
    parser.add_argument(
        "--quit-after-first-frame",
        action="store_true",
        help="start, paint the first screen and exit 0 (smoke tests, benchmarks)",
    )
    add_kiosk_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate", help="check question banks; exit 1 if any is invalid")
    validate.add_argument("paths", nargs="*", type=Path, help="bank files or folders (default: shipped)")

    export = sub.add_parser("export", help="print every recorded answer")
    _data_dir_option(export, argparse.SUPPRESS)
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--output", "-o", metavar="FILE", type=Path, help="write to FILE, not stdout")
    add_kiosk_command(sub, _data_dir_option)
    return parser


def cmd_validate(paths: Sequence[Path]) -> int:
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog

    catalog = load_catalog(paths or [shipped_banks_dir()], cache_dir=None)
    for problem in catalog.problems:
        print(problem)
    n_questions = sum(len(b.questions) for b in catalog.banks)
    if catalog.problems:
        print(f"{len(catalog.problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(catalog.banks)} bank(s), {n_questions} question(s)", file=sys.stderr)
    return 0


def cmd_export(data_dir: str | None, fmt: str, output: Path | None) -> int:
    from quizapp.paths import data_paths
    from quizapp.services.context import open_answers
    from quizapp.services.export import export_answers

    answers = open_answers(data_paths(data_dir))
    try:
        text = export_answers(answers.answers(), "csv" if fmt == "csv" else "json")
    finally:
        answers.close()
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        print(f"exported to {output}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from quizapp.app import run_gui

        return run_gui(args)
    try:
        if args.command == "validate":
            return cmd_validate(args.paths)
        if args.command == "export":
            return cmd_export(args.data_dir, args.format, args.output)
        if args.command == "kiosk":
            return run_kiosk_command(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a command never prints a traceback
        from quizapp.storage.errors import StorageError

        if isinstance(exc, StorageError):
            print(f"quizapp {args.command}: {exc}", file=sys.stderr)
        else:
            log.exception("command %s failed", args.command)
            print(f"quizapp {args.command}: unexpected error: {exc}", file=sys.stderr)
        return 1
    return 2
