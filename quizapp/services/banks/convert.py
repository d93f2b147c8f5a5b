"""Plain, already-validated bank data -> frozen domain objects."""

from __future__ import annotations

from typing import Any

from quizapp.domain import ruby
from quizapp.domain.model import Bank, Choice, Question, QuestionType, Source, Text


def text_of(d: dict[str, str]) -> Text:
    easy = d.get("ja-easy")
    return Text(ja=d["ja"], en=d["en"], ja_easy=ruby.plain(easy) if easy else None, ja_easy_ruby=easy)


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
            choices=tuple(
                Choice(id=c["id"], text=text_of(c["text"]), correct=c["correct"], why=text_of(c["why"]))
                for c in q["choices"]
            ),
            explanation=text_of(q["explanation"]),
            sources=tuple(resolved[sid] for sid in q["sources"]),
            as_of=q.get("as_of"),
            review_by=q["review_by"],
            audience=tuple(q["audience"]),
            facts=tuple(q.get("facts") or ()),
            tags=tuple(q.get("tags") or ()),
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
