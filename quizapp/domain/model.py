"""Frozen domain objects for question banks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from quizapp.domain.lang import LANGS as LANGS  # defined there, imported from here too
from quizapp.domain.lang import Lang as Lang
from quizapp.domain.lang import is_japanese

NOT_SURE = "not_sure"
"""The id recorded when the learner answers "Not sure"; never a bank's choice id."""


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    HOTSPOT = "hotspot"
    """Tap a region of the question's picture; each choice is a region, one of them correct."""


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Japanese and English, and in やさしい日本語 where the bank gives it (else the
    Japanese is shown). `get` is plain text; `annotated` keeps the furigana in ruby notation."""

    ja: str
    en: str
    ja_easy: str | None = None
    """Plain: the readings taken out."""
    ja_easy_ruby: str | None = None
    """As written in the bank, with readings in Aozora ruby notation."""

    def get(self, lang: Lang) -> str:
        if lang == "en":
            return self.en
        if lang == "ja-easy" and self.ja_easy is not None:
            return self.ja_easy
        return self.ja

    def annotated(self, lang: Lang) -> str:
        """The text with its furigana marks, where the language has them; else `get(lang)`."""
        if lang == "ja-easy" and self.ja_easy_ruby is not None:
            return self.ja_easy_ruby
        return self.get(lang)


@dataclass(frozen=True, slots=True)
class Source:
    """A page a question rests on: its title and publisher in each language."""

    id: str
    url: str
    title: Text
    publisher: Text
    official: bool
    seen: str | None = None

    def label(self, lang: Lang) -> str:
        """'町田市「…」' in Japanese, 'Machida City: …' otherwise."""
        return self._label(self.publisher.get(lang), self.title.get(lang), lang)

    def annotated_label(self, lang: Lang) -> str:
        """`label` with the furigana marks kept (see Text.annotated)."""
        return self._label(self.publisher.annotated(lang), self.title.annotated(lang), lang)

    @staticmethod
    def _label(publisher: str, title: str, lang: Lang) -> str:
        return f"{publisher}「{title}」" if is_japanese(lang) else f"{publisher}: {title}"

    @property
    def host(self) -> str:
        """The address shortened for display: 'https://www.city.x.lg.jp/a%E3%81…' -> 'city.x.lg.jp'."""
        host = urlsplit(self.url).hostname or self.url
        return host.removeprefix("www.")


@dataclass(frozen=True, slots=True)
class Image:
    """A picture from `assets/images/` (an SVG whose labels are translated) and its text
    alternative, which screen readers and Read aloud use."""

    file: str
    alt: Text


Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Region:
    """A part of a hotspot question's picture, in the image's own coordinates (its viewBox):
    a polygon, a rectangle being four points."""

    points: tuple[Point, ...]

    @classmethod
    def rect(cls, x: float, y: float, width: float, height: float) -> Region:
        return cls(((x, y), (x + width, y), (x + width, y + height), (x, y + height)))

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom)."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, x: float, y: float) -> bool:
        """True when (x, y) lies inside the polygon (even-odd rule) or on its edge."""
        inside = False
        pts = self.points
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
            if min(x1, x2) <= x <= max(x1, x2) and min(y1, y2) <= y <= max(y1, y2):
                cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)
                if abs(cross) < 1e-9:
                    return True  # on an edge
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        return inside


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    text: Text
    correct: bool
    why: Text
    region: Region | None = None
    """Where the choice is on the picture: every choice of a hotspot question has one."""


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    topic_id: str
    type: QuestionType
    difficulty: int
    prompt: Text
    choices: tuple[Choice, ...]
    explanation: Text
    sources: tuple[Source, ...]
    as_of: str | None = None
    review_by: str = "9999-12-31"
    """Re-check against the sources by this day (YYYY-MM-DD); banks always give it."""
    audience: tuple[str, ...] = ("general",)
    facts: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: Image | None = None
    """Shown with the prompt; a hotspot question's choices are regions of it."""
    explanation_image: Image | None = None
    """Shown with the explanation, after the answer."""

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices if c.correct)

    def choice(self, choice_id: str) -> Choice:
        for c in self.choices:
            if c.id == choice_id:
                return c
        raise KeyError(choice_id)


@dataclass(frozen=True, slots=True)
class Bank:
    id: str
    title: Text
    questions: tuple[Question, ...]
    description: Text | None = None
    path: str = ""
    order: int = 100

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)


@dataclass(frozen=True, slots=True)
class BankSummary:
    """What the home screen needs of a bank, without its questions (see catalog.load_index)."""

    id: str
    title: Text
    question_ids: tuple[str, ...]
    description: Text | None = None
    path: str = ""
    order: int = 100


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every bank that loaded, in a stable order, and the problems of those that did not."""

    banks: tuple[Bank, ...] = ()
    problems: tuple[BankProblem, ...] = ()
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for bank in self.banks:
            for q in bank.questions:
                self._by_id[q.id] = q

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def bank(self, bank_id: str) -> Bank | None:
        return next((b for b in self.banks if b.id == bank_id), None)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self._by_id.values())


@dataclass(frozen=True, slots=True)
class BankProblem:
    """One thing wrong with a bank file, located in it."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"
