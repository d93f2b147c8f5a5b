"""Small helpers for showing bank content."""

from __future__ import annotations

import html
import re

from quizapp.domain.lang import is_japanese
from quizapp.domain.model import Lang


def format_date(day: str, lang: Lang) -> str:
    """'2025-03-24' -> '2025年3月24日' in Japanese, as written otherwise."""
    if not is_japanese(lang):
        return day
    parts = [int(p) for p in day.split("-")]
    units = ("年", "月", "日")
    return "".join(f"{n}{u}" for n, u in zip(parts, units, strict=False))


P = '<p style="line-height:135%">'
LI = '<li style="line-height:135%">'
"""Openings for paragraphs and list items in rich text, with room between the lines."""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


ZWSP = "\u200b"
"""A zero-width space: a place a line may break, invisible where it does not."""

_UNBREAKABLE = re.compile(r"[^\s\-\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u200b]{16,}")
"""A run of characters a line cannot break inside: no space, hyphen or CJK character (lines
break between CJK characters anyway). Percent-encoded addresses and long ids are such runs."""


def breakable(text: str, every: int = 8) -> str:
    """`text` with a break opportunity every `every` characters inside long unbreakable runs,
    so it wraps at any width: a label's minimum width is its longest unbreakable run."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return ZWSP.join(run[i : i + every] for i in range(0, len(run), every))

    return _UNBREAKABLE.sub(split, text)
