"""Readability of a bank's Japanese, by the Lee & Hasebe formula (`jreadability`): 4.5–5.4 is
初級後半 (late beginner), 3.5–4.4 中級前半, 2.5–3.4 中級後半. Higher is easier."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from quizapp.domain import ruby

GOAL_EACH = 4.0
GOAL_MEDIAN = 4.5
LONG_SENTENCE = 30
"""The guideline's short sentences: at most about this many characters."""

_SENTENCE_END = re.compile(r"(?<=[。！？])")


def score(text: str) -> float:
    from jreadability import compute_readability  # type: ignore[import-untyped, import-not-found, unused-ignore]

    return float(compute_readability(text))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


@dataclass(frozen=True, slots=True)
class QuestionScore:
    id: str
    easy: float | None
    """The やさしい日本語 prompt and explanation; None when the question has none."""
    ja: float
    long_sentences: tuple[str, ...]


def question_text(q: dict[str, Any], lang: str) -> str | None:
    prompt, explanation = q["prompt"].get(lang), q["explanation"].get(lang)
    if prompt is None or explanation is None:
        return None
    return ruby.plain(prompt) + "\n" + ruby.plain(explanation)


def score_bank(path: Path) -> list[QuestionScore]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for q in data["questions"]:
        easy = question_text(q, "ja-easy")
        long = tuple(s for s in sentences(easy or "") if len(s) > LONG_SENTENCE)
        ja = score(question_text(q, "ja") or "")
        out.append(QuestionScore(q["id"], score(easy) if easy else None, ja, long))
    return out


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
