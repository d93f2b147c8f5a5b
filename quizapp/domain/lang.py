"""The app's languages, defined once; cheap to import (the command line and the settings read
it before the first frame, without the rest of the domain model)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["ja", "ja-easy", "en"]
LANGS: tuple[Lang, ...] = ("ja", "ja-easy", "en")


@dataclass(frozen=True, slots=True)
class Language:
    code: Lang
    name: str
    """The language's name in itself, as a chooser offers it."""
    japanese: bool
    """Written in Japanese: Japanese dates, quotes and voice."""
    ruby: bool = False
    """Its bank text may carry furigana (Aozora ruby notation)."""


LANGUAGES: dict[Lang, Language] = {
    "ja": Language("ja", "日本語", japanese=True),
    "ja-easy": Language("ja-easy", "やさしい日本語", japanese=True, ruby=True),  # else: its ja (Text.get)
    "en": Language("en", "English", japanese=False),
}


def is_japanese(lang: Lang) -> bool:
    return LANGUAGES[lang].japanese
