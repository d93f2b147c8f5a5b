"""Small helpers for showing bank content."""

from __future__ import annotations

import html

from quizapp.domain.model import Lang


def format_as_of(as_of: str, lang: Lang) -> str:
    """'2025-03-24' -> '2025年3月24日時点' / 'as of 2025-03-24'."""
    if lang != "ja":
        return f"as of {as_of}"
    parts = [int(p) for p in as_of.split("-")]
    units = ("年", "月", "日")
    return "".join(f"{n}{u}" for n, u in zip(parts, units, strict=False)) + "時点"


P = '<p style="line-height:135%">'
LI = '<li style="line-height:135%">'
"""Openings for paragraphs and list items in rich text, with room between the lines."""


def esc(text: str) -> str:
    return html.escape(text, quote=False)
