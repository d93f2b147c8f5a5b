"""An Anki deck (.apkg) of questions: one note per question, made with genanki.

Every id is derived from fixed strings, never drawn at random, so exporting again gives the
same ids and Anki updates the notes it already has instead of adding copies:
- a note's GUID comes from the question id and the deck's language: re-exporting a language
  updates that language's notes, and a deck in another language is a deck of its own (its
  notes do not overwrite each other in one collection);
- a deck (one per topic, under "quizapp (language)") from the language and the topic id;
- the note type from a fixed name and its version.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import time
import zipfile
from collections.abc import Mapping, Sequence

import genanki

from quizapp.domain.model import Lang, Question, Text
from quizapp.services.decks.content import (
    WORDS,
    Media,
    answer_numbers,
    esc,
    explanation_picture,
    language_name,
    picture,
    source_html,
    text_html,
)
from quizapp.services.images import ImageLibrary

MODEL_VERSION = "1"
CSS = """\
.card { font-family: "BIZ UDPGothic", sans-serif; font-size: 20px; color: #1a1a1a;
        background: #ffffff; text-align: left; line-height: 1.5; }
.picture img { max-width: 100%; height: auto; }
.choices li { margin: 0.3em 0; }
.right { color: #11632c; } .wrong { color: #a11b1b; }
.sources { font-size: 16px; color: #454545; }
"""


def stable_id(*parts: str) -> int:
    """A number in the range Anki's generated ids use (2**30 to 2**31), from `parts` alone."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def note_guid(question_id: str, lang: str) -> str:
    """The note's GUID: the same question in the same language is always the same note."""
    return str(genanki.guid_for("quizapp", question_id, lang))


def model() -> genanki.Model:
    return genanki.Model(
        stable_id("quizapp note type", MODEL_VERSION),
        "quizapp question",
        fields=[{"name": "Id"}, {"name": "Front"}, {"name": "Back"}],
        templates=[
            {
                "name": "Question",
                "qfmt": "{{Front}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Back}}',
            }
        ],
        css=CSS,
        sort_field_index=0,
    )


def front(question: Question, lang: Lang, image: Media | None) -> str:
    parts = [f'<div class="prompt">{text_html(question.prompt, lang)}</div>']
    if image is not None:
        parts.append(f'<div class="picture">{image.img()}</div>')
    items = "".join(f"<li>{text_html(c.text, lang)}</li>" for c in question.choices)  # badges' order
    parts.append(f'<ol class="choices">{items}</ol>')
    return "".join(parts)


def back(question: Question, lang: Lang, image: Media | None) -> str:
    words = WORDS[lang]
    right = ", ".join(
        f"{n}. {text_html(question.choices[n - 1].text, lang)}" for n in answer_numbers(question)
    )
    whys = "".join(
        f'<li class="{"right" if c.correct else "wrong"}">'
        f"{words['right'] if c.correct else words['wrong']} {n}. {text_html(c.text, lang)}{words['then']}"
        f"{text_html(c.why, lang)}</li>"
        for n, c in enumerate(question.choices, 1)
    )
    parts = [
        f'<div class="answer"><b>{esc(words["answer"])}</b> {right}</div>',
        f'<ul class="whys">{whys}</ul>',
        f'<div class="explanation"><b>{esc(words["explanation"])}</b> '
        f"{text_html(question.explanation, lang)}</div>",
    ]
    if image is not None:
        parts.append(f'<div class="picture">{image.img()}</div>')
    parts.append(f'<div class="sources">{source_html(question, lang)}</div>')
    return "".join(parts)


def _tag(text: str) -> str:
    return "_".join(text.split())


def build_apkg(
    questions: Sequence[Question],
    lang: Lang,
    images: ImageLibrary,
    topics: Mapping[str, Text] | None = None,
    timestamp: float | None = None,
) -> bytes:
    """The .apkg's bytes: one deck per topic, one note per question, the pictures as media."""
    note_type = model()
    decks: dict[str, genanki.Deck] = {}
    media: dict[str, bytes] = {}
    top = f"quizapp ({language_name(lang)})"
    for q in questions:
        deck = decks.get(q.topic_id)
        if deck is None:
            title = topics[q.topic_id].get(lang) if topics and q.topic_id in topics else q.topic_id
            name = f"{top}::{title.replace('::', ':')}"  # "::" would make a deck inside it
            deck = genanki.Deck(stable_id("quizapp deck", lang, q.topic_id), name)
            decks[q.topic_id] = deck
        image = picture(q, lang, images)
        shown = explanation_picture(q, lang, images)
        for item in (image, shown):
            if item is not None:
                media[item.name] = item.data
        note = genanki.Note(
            model=note_type,
            # the first field, with the language: Anki flags notes of one type sharing it as duplicates
            fields=[esc(f"{q.id} ({lang})"), front(q, lang, image), back(q, lang, shown)],
            guid=note_guid(q.id, lang),
            tags=["quizapp", _tag(q.topic_id), *(_tag(t) for t in q.tags)],
        )
        deck.add_note(note)
    return _package(list(decks.values()), media, time.time() if timestamp is None else timestamp)


def _package(decks: list[genanki.Deck], media: dict[str, bytes], timestamp: float) -> bytes:
    """genanki's package, written in memory: its own writer leaves a temporary database
    behind in the system's temporary folder and reads media from files."""
    conn = sqlite3.connect(":memory:")
    try:
        genanki.Package(decks).write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        conn.commit()
        database = conn.serialize()
    finally:
        conn.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", database)
        names = sorted(media)
        package.writestr("media", json.dumps({str(i): name for i, name in enumerate(names)}))
        for i, name in enumerate(names):
            package.writestr(str(i), media[name])
    return out.getvalue()
