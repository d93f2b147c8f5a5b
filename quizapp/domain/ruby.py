"""Furigana in the Aozora Bunko notation: `｜市役所《しやくしょ》`, or `市役所《しやくしょ》` when
the base is a run of kanji. Pure Python; the ruby widget and the validator both read it here.

A text parses into segments: plain runs (reading None) and ruby groups (a base with its reading).
`plain()` is what a screen reader, Read aloud, a CSV or a search sees: the bases alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BAR = "｜"
OPEN = "《"
CLOSE = "》"

KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ"
"""What counts as kanji: a base may start without ｜ only on a run of these, and each needs a reading."""
_KANJI_RUN = re.compile(f"[{KANJI}]+$")
_KANJI_CHARS = re.compile(f"[{KANJI}]+")
_READING = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー・]+")
"""A reading is kana only (hiragana, katakana, the long-vowel mark)."""


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    reading: str | None = None
    """The furigana above `text`; None for a plain run."""


@dataclass(frozen=True, slots=True)
class RubyProblem:
    offset: int
    """Where in the text (0-based character offset)."""
    message: str


def _parse(text: str) -> tuple[list[Segment], list[RubyProblem]]:
    segments: list[Segment] = []
    found: list[RubyProblem] = []
    plain: list[str] = []
    where: list[int] = []  # the source offset of each character in `plain`
    bar_at = -1  # where an open ｜ starts its base in `plain`; -1 for none
    bar_offset = 0

    def flush(chars: list[str], offsets: list[int]) -> None:
        run = "".join(chars)
        for match in _KANJI_CHARS.finditer(run):
            found.append(RubyProblem(offsets[match.start()], f"'{match.group(0)}' has no reading"))
        if run:
            segments.append(Segment(run))

    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == BAR:
            if bar_at >= 0:
                found.append(RubyProblem(bar_offset, f"'{BAR}' has no {OPEN}reading{CLOSE} after its base"))
            bar_at, bar_offset = len(plain), i
            i += 1
            continue
        if ch == OPEN:
            close = text.find(CLOSE, i + 1)
            nested = text.find(OPEN, i + 1)
            if close < 0 or 0 <= nested < close:
                found.append(RubyProblem(i, f"'{OPEN}' is not closed by '{CLOSE}'"))
            else:
                reading = text[i + 1 : close]
                if bar_at >= 0:
                    cut = bar_at
                else:
                    match = _KANJI_RUN.search("".join(plain))
                    cut = match.start() if match else len(plain)
                base = "".join(plain[cut:])
                if not base:
                    msg = f"the reading {OPEN}{reading}{CLOSE} has no base: put '{BAR}' before it"
                    found.append(RubyProblem(i, msg))
                elif not _READING.fullmatch(reading):
                    found.append(RubyProblem(i + 1, f"the reading of '{base}' must be kana, not '{reading}'"))
                flush(plain[:cut], where[:cut])
                if base:
                    segments.append(Segment(base, reading))
                plain, where, bar_at = [], [], -1
                i = close + 1
                continue
        elif ch == CLOSE:
            found.append(RubyProblem(i, f"'{CLOSE}' has no '{OPEN}' before it"))
        plain.append(ch)
        where.append(i)
        i += 1
    if bar_at >= 0:
        found.append(RubyProblem(bar_offset, f"'{BAR}' has no {OPEN}reading{CLOSE} after its base"))
    flush(plain, where)
    return _merge(segments), sorted(found, key=lambda p: p.offset)


def _merge(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments:
        if out and seg.reading is None and out[-1].reading is None:
            out[-1] = Segment(out[-1].text + seg.text)
        else:
            out.append(seg)
    return out


def parse(text: str) -> list[Segment]:
    """The segments of `text`. Malformed marks are kept as plain characters (see `problems`)."""
    return _parse(text)[0]


def problems(text: str) -> list[RubyProblem]:
    """What is wrong with the notation, and every kanji left without a reading, in text order."""
    return _parse(text)[1]


_MARKS = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}|{BAR}")


def plain(text: str) -> str:
    """`text` without its readings and marks: what is read aloud and what screen readers get.
    The same as joining `parse(text)`, at C speed: every bank text passes here on each start."""
    if OPEN not in text and BAR not in text:
        return text
    return _MARKS.sub("", text)


def has_ruby(text: str) -> bool:
    return OPEN in text
