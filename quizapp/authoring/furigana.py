"""Draft furigana for Japanese text with a morphological analyser (fugashi + unidic-lite).

The draft is a start, not an answer: the analyser errs on names and on context (人: ひと, にん,
じん; 市: し, いち), so a person checks every reading before it goes into a bank.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from quizapp.domain.ruby import BAR, CLOSE, KANJI, OPEN

_KANJI_CHUNK = re.compile(f"([{KANJI}]+)")
_HAS_KANJI = re.compile(f"[{KANJI}]")


def to_hiragana(kana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" and c not in "ヵヶ" else c for c in kana)


@cache
def _tagger() -> Any:
    from fugashi import Tagger  # type: ignore[import-untyped, import-not-found, unused-ignore]

    return Tagger()


def annotate_word(surface: str, reading: str) -> str:
    """One word with its reading spread over its kanji: 取り扱い + とりあつかい ->
    取《と》り扱《あつか》い; when the kana do not line up, the whole word: ｜…《…》."""
    if not _HAS_KANJI.search(surface) or not reading:
        return surface
    chunks = [c for c in _KANJI_CHUNK.split(surface) if c]
    pattern = "".join("(.+?)" if _KANJI_CHUNK.fullmatch(c) else re.escape(to_hiragana(c)) for c in chunks)
    match = re.fullmatch(pattern, reading)
    if match is None:
        return f"{BAR}{surface}{OPEN}{reading}{CLOSE}"
    out, group = [], 1
    for chunk in chunks:
        if _KANJI_CHUNK.fullmatch(chunk):
            out.append(f"{chunk}{OPEN}{match.group(group)}{CLOSE}")
            group += 1
        else:
            out.append(chunk)
    return "".join(out)


def draft(text: str) -> str:
    """`text` with a drafted reading after every kanji run."""
    out = []
    for word in _tagger()(text):
        kana = getattr(word.feature, "kana", None) or ""
        out.append(annotate_word(word.surface, to_hiragana(kana)) + (" " if word.white_space else ""))
    return "".join(out)
