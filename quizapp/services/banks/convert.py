"""Plain, already-validated bank data -> frozen domain objects."""

from __future__ import annotations

from typing import Any

from quizapp.domain.model import Bank, Choice, Question, QuestionType, Source, Text


def _text(d: dict[str, str]) -> Text:
    return Text(ja=d["ja"], en=d["en"])


def bank_from_data(data: dict[str, Any], path: str) -> Bank:
    bank_id: str = data["id"]
    questions = tuple(
        Question(
            id=q["id"],
            topic_id=bank_id,
            type=QuestionType(q["type"]),
            difficulty=q["difficulty"],
            prompt=_text(q["prompt"]),
            choices=tuple(
                Choice(id=c["id"], text=_text(c["text"]), correct=c["correct"], why=_text(c["why"]))
                for c in q["choices"]
            ),
            explanation=_text(q["explanation"]),
            sources=tuple(Source(title=s["title"], url=s["url"]) for s in q["sources"]),
            as_of=q.get("as_of"),
            tags=tuple(q.get("tags") or ()),
        )
        for q in data["questions"]
    )
    description = data.get("description")
    return Bank(
        id=bank_id,
        title=_text(data["title"]),
        questions=questions,
        description=_text(description) if description else None,
        path=path,
        order=data.get("order", 100),
    )
