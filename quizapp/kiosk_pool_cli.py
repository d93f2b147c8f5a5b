"""The pooled kiosk counters on the command line (issue 17): `quizapp kiosk configure`,
`export-counts`, `merge` and `init-server`. Their options are declared in quizapp.kiosk_cli;
Qt-free."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from quizapp.cli_errors import cannot_write
from quizapp.paths import DataPaths

if TYPE_CHECKING:
    from quizapp.services.kiosk_config import KioskConfig


def _config(paths: DataPaths, command: str) -> KioskConfig | None:
    from quizapp.services.kiosk_config import BadKioskConfig, read_config

    try:
        return read_config(paths.root)
    except BadKioskConfig as exc:
        print(f"quizapp kiosk {command}: {exc}", file=sys.stderr)
        return None


def cmd_configure(paths: DataPaths, args: argparse.Namespace) -> int:
    from quizapp.services.kiosk_config import write_config

    config = _config(paths, "configure")
    if config is None:
        return 1
    config = config.overridden(args.database_url, args.kiosk_name, args.kiosk_group)
    if config.database_url == "":
        config = replace(config, database_url=None)
    problem = config.problem()
    if problem is not None:
        print(f"quizapp kiosk configure: {problem}; nothing was changed", file=sys.stderr)
        return 2
    try:
        path = write_config(paths.root, config)
    except OSError as exc:
        raise cannot_write(paths.root / "kiosk.toml", exc) from exc
    print(f"kiosk settings written to {path} (readable by you only):")
    print(f"  kiosk name: {config.kiosk_name or '(none)'}")
    print(f"  counts sent to: {_where(config.database_url)}")
    print(f"  the staff screen reports: {_scope_words(None, config.kiosk_group)}")
    return 0


def _where(url_text: str | None) -> str:
    if not url_text:
        return "nowhere (they stay on this kiosk)"
    from quizapp.storage.kiosk_server import describe, parse_url

    return describe(parse_url(url_text))


def _scope_words(kiosk: str | None, group: str | None) -> str:
    if kiosk:
        return f"the kiosk {kiosk}"
    return f"the kiosks whose names start with {group}" if group else "all kiosks"


def cmd_export_counts(paths: DataPaths, args: argparse.Namespace) -> int:
    from quizapp.services.kiosk import open_counters
    from quizapp.services.kiosk_transfer import export_counts

    config = _config(paths, "export-counts")
    if config is None:
        return 1
    name = args.kiosk_name or config.kiosk_name
    if not name:
        print(
            "quizapp kiosk export-counts: the counts must carry this kiosk's name: give --kiosk-name NAME "
            "(or set it once with quizapp kiosk configure --kiosk-name NAME)",
            file=sys.stderr,
        )
        return 2
    counters = open_counters(paths)
    try:
        batch = export_counts(counters, name, args.output)
    except OSError as exc:
        raise cannot_write(args.output, exc) from exc
    finally:
        counters.close()
    if batch is None:
        print(
            f"nothing new to export since the last export or send; wrote an empty {args.output}",
            file=sys.stderr,
        )
    else:
        print(
            f"exported {batch.totals.visits} visit(s) of {name} to {args.output} (batch {batch.batch_id}); "
            "they are taken off this kiosk's outbox, so the next export holds only newer visits",
            file=sys.stderr,
        )
    return 0


def cmd_merge(paths: DataPaths, args: argparse.Namespace) -> int:
    from quizapp.services.kiosk_transfer import BadCountsFile, merge_files

    try:
        if args.database_url:
            from quizapp.storage.kiosk_server import CounterServer, ServerProblem, describe, parse_url

            url = parse_url(args.database_url)
            server = CounterServer(url)
            try:
                summary = merge_files(args.files, server.send)
            except ServerProblem as exc:
                print(
                    f"quizapp kiosk merge: {describe(url)}: {exc} (merging again later is safe)",
                    file=sys.stderr,
                )
                return 1
            finally:
                server.close()
            into = describe(url)
        else:
            from quizapp.services.kiosk import open_counters

            config = _config(paths, "merge")
            if config is None:
                return 1
            counters = open_counters(paths)
            try:
                summary = merge_files(args.files, counters.merge, config.kiosk_name)
            finally:
                counters.close()
            into = str(paths.database)
    except BadCountsFile as exc:
        print(f"quizapp kiosk merge: {exc.path}: nothing was merged:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(
        f"merged into {into}: {summary.added} batch(es) added ({summary.visits} visit(s)), "
        f"{summary.already} already there",
        file=sys.stderr,
    )
    if summary.own:
        print(
            f"{summary.own} batch(es) came from this kiosk itself and were skipped: its counts are here",
            file=sys.stderr,
        )
    return 0


def cmd_init_server(args: argparse.Namespace) -> int:
    from quizapp.storage.database import current_revision
    from quizapp.storage.kiosk_server import (
        ServerProblem,
        describe,
        parse_url,
        server_engine,
        upgrade_server,
    )

    url = parse_url(args.database_url)
    engine = server_engine(url)
    try:
        upgrade_server(engine)
        revision = current_revision(engine)
    except ServerProblem as exc:
        print(f"quizapp kiosk init-server: {describe(url)}: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"{describe(url)}: the kiosk counter tables are ready (revision {revision})")
    return 0
