"""Classroom exports of questions: an Anki deck (.apkg) and Moodle XML, in one language each.

Qt-free: the command line (`quizapp export-deck`) and the progress screen ("Export missed
questions as an Anki deck…") both call `export_deck`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal, get_args

from quizapp.domain.model import Lang, Question, Text
from quizapp.services.files import write_atomically
from quizapp.services.images import ImageLibrary, app_images

DeckFormat = Literal["apkg", "moodle-xml"]
FORMATS: tuple[DeckFormat, ...] = get_args(DeckFormat)
SUFFIXES: dict[DeckFormat, str] = {"apkg": ".apkg", "moodle-xml": ".xml"}


def deck_bytes(
    questions: Sequence[Question],
    fmt: DeckFormat,
    lang: Lang,
    images: ImageLibrary | None = None,
    topics: Mapping[str, Text] | None = None,
) -> bytes:
    """The export's content. Raises ImageProblem when a picture cannot be read."""
    library = images or app_images()
    if fmt == "apkg":
        from quizapp.services.decks.anki import build_apkg

        return build_apkg(questions, lang, library, topics)
    if fmt == "moodle-xml":
        from quizapp.services.decks.moodle import build_moodle_xml

        return build_moodle_xml(questions, lang, library, topics)
    raise ValueError(f"'{fmt}' is not a deck format (choose from {', '.join(FORMATS)})")


def export_deck(
    questions: Sequence[Question],
    fmt: DeckFormat,
    lang: Lang,
    output: Path,
    images: ImageLibrary | None = None,
    topics: Mapping[str, Text] | None = None,
) -> int:
    """Write `questions` to `output` as `fmt` in `lang`, atomically: on any failure (OSError,
    or ImageProblem for a picture) a file already there keeps its old content. `topics` gives
    the topics' titles by id (deck and category names; else the ids). Returns how many
    questions were written."""
    write_atomically(output, deck_bytes(questions, fmt, lang, images, topics))
    return len(questions)
