"""`quizapp handout`: a printable PDF of a topic's questions, for a workshop. Registered from
quizapp.cli; Qt-free at import (the page painting, in quizapp.ui.paper, is imported when run)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from quizapp.cli_errors import CommandError, cannot_write
from quizapp.domain.lang import LANGS, Lang


def add_handout_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    handout = sub.add_parser(
        "handout",
        help="write a printable PDF of questions (A4, large type), with their answers if asked",
        description="Write a printable PDF of the questions of one or more topics: A4, large type, "
        "a box to tick beside each choice; with --answers also each answer, why each choice is right "
        "or wrong, the explanation and the official sources with a QR code.",
    )
    handout.add_argument(
        "--topic",
        metavar="ID",
        nargs="+",
        action="extend",
        default=[],
        help="the topics (bank ids, such as ic-chip), in this order (default: every topic)",
    )
    handout.add_argument(
        "--lang",
        dest="handout_lang",
        choices=LANGS,
        default="ja",
        help="the handout's language (default: ja)",
    )
    handout.add_argument("--answers", action="store_true", help="add the answers, reasons and sources")
    handout.add_argument(
        "--no-furigana", action="store_true", help="in ja-easy, leave out the readings above kanji"
    )
    handout.add_argument(
        "--output", "-o", metavar="FILE.pdf", type=Path, required=True, help="the PDF to write"
    )


def cmd_handout(args: argparse.Namespace) -> int:
    from quizapp.paths import shipped_banks_dir
    from quizapp.services.banks.catalog import load_catalog
    from quizapp.services.files import write_atomically
    from quizapp.services.handout import UnknownTopics, topics_handout

    output: Path = args.output
    if output.is_dir():
        raise CommandError(f"cannot write {output}: is a folder, not a file")
    if not output.parent.is_dir():
        raise CommandError(f"cannot write {output}: there is no folder {output.parent}")
    catalog = load_catalog([shipped_banks_dir(), *args.banks])
    try:
        content = topics_handout(catalog, args.topic, answers=args.answers, day=date.today())
    except UnknownTopics as exc:
        print(f"quizapp handout: {exc}", file=sys.stderr)
        return 2
    if not content.questions:
        print("quizapp handout: no questions to print (no topic has loaded)", file=sys.stderr)
        return 1
    from quizapp.ui.paper.output import render_pdf

    lang: Lang = args.handout_lang
    data, pages = render_pdf(content, lang, furigana=not args.no_furigana)
    try:
        write_atomically(output, data)
    except OSError as exc:
        raise cannot_write(output, exc) from exc
    print(f"wrote {output}: {len(content.questions)} question(s) on {pages} page(s)", file=sys.stderr)
    return 0
