"""Plain, already-validated bank data -> frozen domain objects."""

from __future__ import annotations

from typing import Any

from quizapp.domain import ruby
from quizapp.domain.model import Bank, Choice, Image, Question, QuestionType, Region, Source, Text


def text_of(d: dict[str, str]) -> Text:
    easy = d.get("ja-easy")
    return Text(ja=d["ja"], en=d["en"], ja_easy=ruby.plain(easy) if easy else None, ja_easy_ruby=easy)


def _image(d: dict[str, Any] | None) -> Image | None:
    return Image(file=d["file"], alt=text_of(d["alt"])) if d else None


def _region(d: dict[str, Any] | None) -> Region | None:
    if not d:
        return None
    if d.get("rect") is not None:
        return Region.rect(*(float(v) for v in d["rect"]))
    return Region(tuple((float(x), float(y)) for x, y in d["polygon"]))


def _choice(c: dict[str, Any]) -> Choice:
    return Choice(
        id=c["id"],
        text=text_of(c["text"]),
        correct=c["correct"],
        why=text_of(c["why"]),
        region=_region(c.get("region")),
    )


def _source(d: dict[str, Any]) -> Source:
    return Source(
        id=d["id"],
        url=d["url"],
        title=text_of(d["title"]),
        publisher=text_of(d["publisher"]),
        official=d["official"],
        seen=d.get("seen"),
    )


def bank_from_data(data: dict[str, Any], path: str, sources: dict[str, dict[str, Any]]) -> Bank:
    """The bank; `sources` holds the registry entries its questions cite, by id."""
    bank_id: str = data["id"]
    resolved = {sid: _source(entry) for sid, entry in sources.items()}
    questions = tuple(
        Question(
            id=q["id"],
            topic_id=bank_id,
            type=QuestionType(q["type"]),
            difficulty=q["difficulty"],
            prompt=text_of(q["prompt"]),
            choices=tuple(_choice(c) for c in q["choices"]),
            explanation=text_of(q["explanation"]),
            sources=tuple(resolved[sid] for sid in q["sources"]),
            as_of=q.get("as_of"),
            review_by=q["review_by"],
            audience=tuple(q["audience"]),
            facts=tuple(q.get("facts") or ()),
            tags=tuple(q.get("tags") or ()),
            image=_image(q.get("image")),
            explanation_image=_image(q.get("explanation_image")),
        )
        for q in data["questions"]
    )
    description = data.get("description")
    return Bank(
        id=bank_id,
        title=text_of(data["title"]),
        questions=questions,
        description=text_of(description) if description else None,
        path=path,
        order=data.get("order", 100),
    )
