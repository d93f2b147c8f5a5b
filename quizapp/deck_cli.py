"""`quizapp export-deck`: the questions as an Anki deck or as Moodle XML, for a class.

It reads banks only (the shipped ones and any --banks folder), never the learner's data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.cli_errors import CommandError, UsageError, cannot_write
from quizapp.domain.lang import LANGS, Lang

FORMATS = ("apkg", "moodle-xml")


def add_deck_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deck = sub.add_parser(
        "export-deck",
        help="write the questions as an Anki deck (.apkg) or Moodle XML, in one language",
        description="Write questions for a class: an Anki deck (re-exporting updates the notes "
        "already imported, it adds no copies) or Moodle XML for a course's question bank.",
    )
    deck.add_argument("--format", choices=FORMATS, required=True, help="apkg (Anki) or moodle-xml")
    deck.add_argument(
        "--topic",
        metavar="ID",
        action="append",
        default=[],
        help="only this topic's questions (repeat for several; default: every topic)",
    )
    deck.add_argument(
        "--lang", choices=LANGS, default=argparse.SUPPRESS, help="the questions' language (default: ja)"
    )
    deck.add_argument(
        "--banks",
        metavar="DIR",
        action="append",
        default=argparse.SUPPRESS,
        type=Path,
        help="an extra folder of banks",
    )
    deck.add_argument("--output", "-o", metavar="FILE", type=Path, required=True, help="write to FILE")


def cmd_export_deck(args: argparse.Namespace) -> int:
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog
    from quizapp.services.decks import export_deck
    from quizapp.services.images import ImageProblem

    lang: Lang = args.lang or "ja"
    catalog = load_catalog([shipped_banks_dir(), *args.banks], cache_dir=None)
    for problem in catalog.problems:
        print(f"quizapp export-deck: left out, it does not load: {problem}", file=sys.stderr)
    known = [b.id for b in catalog.banks]
    unknown = [t for t in args.topic if t not in known]
    if unknown:
        raise UsageError(
            f"no topic {', '.join(repr(t) for t in unknown)}; the topics are: {', '.join(known) or 'none'}"
        )
    chosen = set(args.topic or known)
    questions = [q for b in catalog.banks if b.id in chosen for q in b.questions]
    topics = {b.id: b.title for b in catalog.banks}
    output: Path = args.output
    try:
        n = export_deck(questions, args.format, lang, output, topics=topics)
    except ImageProblem as exc:
        raise CommandError(f"nothing was written: {exc}") from exc
    except OSError as exc:
        raise cannot_write(output, exc) from exc
    print(f"exported {n} question(s) in {lang} to {output}", file=sys.stderr)
    return 0
