"""The command line: the GUI by default, and Qt-free commands (validate, export, import,
delete-my-data, export-deck, kiosk, handout: Qt only once it runs)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp import __version__
from quizapp.cli_errors import CommandError, UsageError, cannot_write, describe, write_stdout
from quizapp.deck_cli import add_deck_command, cmd_export_deck
from quizapp.domain.lang import LANGS
from quizapp.handout_cli import add_handout_command, cmd_handout
from quizapp.kiosk_cli import add_kiosk_command, add_kiosk_options, run_kiosk_command
from quizapp.logsetup import command_logging

if TYPE_CHECKING:
    from quizapp.paths import DataPaths
    from quizapp.services.learning import LearningService

log = logging.getLogger(__name__)


def _data_dir_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep everything the app writes in DIR (also $QUIZAPP_DATA_DIR)",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp", description="A privacy-education quiz about Japan's My Number system."
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    _data_dir_option(parser, None)
    parser.add_argument("--lang", choices=LANGS, help="interface language (default: system)")
    parser.add_argument(
        "--text-size", choices=("normal", "large", "largest"), help="text size (default: as last chosen)"
    )
    parser.add_argument("--high-contrast", action="store_true", help="use the high-contrast colours")
    parser.add_argument(
        "--furigana",
        choices=("on", "off"),
        help="readings above kanji in やさしい日本語 (--lang ja-easy); default: as last chosen, on at first",
    )
    parser.add_argument(
        "--banks", metavar="DIR", action="append", default=[], type=Path, help="an extra folder of banks"
    )
    parser.add_argument(
        "--quit-after-first-frame",
        action="store_true",
        help="start, paint the first screen and exit 0 (smoke tests, benchmarks)",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="start, show and paint the usable home screen (kiosk: the attract screen), exit 0",
    )
    add_kiosk_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate", help="check question banks; exit 1 if any is invalid")
    validate.add_argument("paths", nargs="*", type=Path, help="bank files or folders (default: shipped)")

    report = sub.add_parser(
        "content-report",
        help="questions past their review date, on one source, or citing unofficial sources; "
        "exit 1 if any is past its review date",
    )
    report.add_argument("paths", nargs="*", type=Path, help="bank files or folders (default: shipped)")
    report.add_argument(
        "--as-of",
        metavar="DATE",
        type=_day,
        default=None,
        help="judge as on DATE, YYYY-MM-DD (default: today)",
    )
    report.add_argument("--format", choices=("text", "json"), default="text")

    export = sub.add_parser(
        "export", help="print all your data: answers, runs, review schedules, profiles (CSV: answers)"
    )
    _data_dir_option(export, argparse.SUPPRESS)
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--output", "-o", metavar="FILE", type=Path, help="write to FILE, not stdout")

    imp = sub.add_parser("import", help="merge a JSON export into your data, without duplicates")
    _data_dir_option(imp, argparse.SUPPRESS)
    imp.add_argument("file", metavar="FILE", type=Path)

    erase = sub.add_parser("delete-my-data", help="erase every answer, schedule, profile and backup")
    _data_dir_option(erase, argparse.SUPPRESS)
    erase.add_argument("--yes", action="store_true", help="really erase (without it, only says what)")
    add_deck_command(sub)
    add_kiosk_command(sub, _data_dir_option)
    add_handout_command(sub)
    return parser


def cmd_validate(paths: Sequence[Path]) -> int:
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog

    catalog = load_catalog(paths or [shipped_banks_dir()], cache_dir=None, check_registry=True)
    for problem in catalog.problems:
        print(problem)
    n_questions = sum(len(b.questions) for b in catalog.banks)
    if catalog.problems:
        print(f"{len(catalog.problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(catalog.banks)} bank(s), {n_questions} question(s)", file=sys.stderr)
    return 0


def cmd_content_report(paths: Sequence[Path], as_of: date | None, fmt: str) -> int:
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog
    from quizapp.services.content_report import as_json, as_text, build_report

    catalog = load_catalog(paths or [shipped_banks_dir()], cache_dir=None, check_registry=True)
    report = build_report(catalog, as_of or date.today())
    write_stdout(as_json(report) if fmt == "json" else as_text(report))
    return 0 if report.ok else 1


def command_paths(data_dir: str | None) -> DataPaths:
    """The data folder a command works on; CommandError when it cannot be one."""
    from quizapp.paths import data_paths

    paths = data_paths(data_dir)
    if paths.root.exists() and not paths.root.is_dir():
        raise CommandError(f"{paths.root}: the data folder is a file, not a folder (see --data-dir)")
    return paths


def _learning(paths: DataPaths) -> LearningService:
    from quizapp.domain.model import Catalog
    from quizapp.services.context import open_answers
    from quizapp.services.learning import LearningService
    from quizapp.storage.recovery import keep_unreadable_wal

    unreadable = keep_unreadable_wal(paths.database, datetime.now())
    if unreadable is not None:
        problem, copy = unreadable
        print(f"quizapp: {paths.database}-wal: {problem}; a copy is kept as {copy}", file=sys.stderr)
    learning = LearningService(Catalog(), open_answers(paths), paths.root)
    if learning.finish_interrupted_erase():
        print(
            f"quizapp: finished erasing {paths.root}, which an earlier erase had left unfinished",
            file=sys.stderr,
        )
    return learning


@contextmanager
def app_closed(paths: DataPaths, nothing_done: str) -> Iterator[None]:
    """Hold the data folder's lock while a command changes the data: while the app has it open,
    refuse (CommandError) and do nothing."""
    from quizapp.storage.errors import AlreadyRunning
    from quizapp.storage.instance_lock import InstanceLock

    try:
        lock = InstanceLock.acquire(paths.lock_file)
    except AlreadyRunning:
        raise CommandError(
            f"{paths.root}: quizapp is open on this data folder; close it and try again. {nothing_done}"
        ) from None
    try:
        yield
    finally:
        lock.release()


def cmd_export(paths: DataPaths, fmt: str, output: Path | None) -> int:
    from quizapp.services.files import write_atomically

    learning = _learning(paths)
    try:
        text = learning.export_text("csv" if fmt == "csv" else "json")
    finally:
        learning.close()
    if output is None:
        write_stdout(text)
        return 0
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as exc:
        raise cannot_write(output, exc) from exc
    print(f"exported to {output}", file=sys.stderr)
    return 0


def cmd_import(paths: DataPaths, file: Path) -> int:
    from quizapp.services.importing import BadImportFile

    with app_closed(paths, "Nothing was imported."):
        learning = _learning(paths)
        try:
            summary = learning.import_from(file)
        except BadImportFile as exc:
            print(f"quizapp import: {file}: nothing was imported:", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
        finally:
            learning.close()
    print(
        f"imported {summary.answers} answer(s), {summary.runs} quiz run(s), {summary.profiles} profile(s); "
        f"{summary.skipped_answers} answer(s) were already there",
        file=sys.stderr,
    )
    if summary.renamed_runs:
        print(
            f"{summary.renamed_runs} quiz run(s) had the id of another learner's run and were given "
            "their own id (every answer was kept)",
            file=sys.stderr,
        )
    return 0


def cmd_delete_my_data(paths: DataPaths, yes: bool) -> int:
    with app_closed(paths, "Nothing was erased."):
        learning = _learning(paths)
        try:
            counts = learning.what_erase_removes()
            what = (
                f"{counts['answers']} answer(s), {counts['runs']} quiz run(s), {counts['schedules']} review "
                f"schedule(s), {counts['profiles']} added profile(s) and {counts['backups']} backup file(s)"
            )
            if not yes:
                print(f"This would erase {what} from {learning.data_dir}.", file=sys.stderr)
                print("Nothing was erased. Run again with --yes to erase them.", file=sys.stderr)
                return 2
            learning.erase()
        finally:
            learning.close()
    print(f"erased {what}", file=sys.stderr)
    return 0


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "validate":
        return cmd_validate(args.paths)
    if args.command == "content-report":
        return cmd_content_report(args.paths, args.as_of, args.format)
    if args.command == "export-deck":
        return cmd_export_deck(args)
    if args.command == "handout":
        return cmd_handout(args)
    paths = command_paths(args.data_dir)
    if args.command == "export":
        return cmd_export(paths, args.format, args.output)
    if args.command == "import":
        return cmd_import(paths, args.file)
    if args.command == "delete-my-data":
        return cmd_delete_my_data(paths, args.yes)
    return run_kiosk_command(args, paths)


def _log_paths(args: argparse.Namespace) -> DataPaths | None:
    if args.command in ("validate", "content-report", "export-deck", "handout"):
        return None  # they read banks only: no data folder is touched
    try:
        return command_paths(args.data_dir)
    except (OSError, CommandError):
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Exit status: 0 done, 1 it could not be done (one line on stderr says
    what and where; the details are in the data folder's log), 2 a usage error (argparse's, or
    a UsageError such as an unknown topic)."""
    args = build_parser().parse_args(argv)  # a usage error exits 2 with argparse's message
    if args.command is None:
        from quizapp.app import run_gui

        return run_gui(args)
    name = args.command if args.command != "kiosk" else f"kiosk {args.kiosk_command}"
    with command_logging(_log_paths(args)) as log_file:
        try:
            return _run_command(args)
        except KeyboardInterrupt:
            return 130
        except UsageError as exc:
            print(f"quizapp {name}: {describe(exc)}", file=sys.stderr)
            return 2
        except (CommandError, OSError) as exc:
            log.error("quizapp %s: %s", name, describe(exc), exc_info=not isinstance(exc, CommandError))
            print(f"quizapp {name}: {describe(exc)}", file=sys.stderr)
        except Exception as exc:  # a command never prints a traceback
            from quizapp.storage.errors import StorageError

            if isinstance(exc, StorageError):
                log.error("quizapp %s: %s", name, exc)
                print(f"quizapp {name}: {describe(exc)}", file=sys.stderr)
            else:
                log.exception("command %s failed", name)
                details = f"; details in {log_file}" if log_file else ""
                print(f"quizapp {name}: unexpected error: {describe(exc)}{details}", file=sys.stderr)
        return 1
