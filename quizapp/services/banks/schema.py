"""The question-bank format, as pydantic models.

This module is the single source of truth for the format: `docs/bank.schema.json` is generated
from it (`make schema`) and a test checks the two agree. Loading code validates the plain data
that the safe YAML reader produced against these models.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
NOT_SURE_ID = "not_sure"
"""Reserved choice id: the app adds the "Not sure" answer itself, so a bank may not use it."""

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
NonEmpty = Annotated[str, StringConstraints(pattern=r"\S")]
AsOf = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


def _real_day(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a real date (YYYY-MM-DD)") from None
    return value


Day = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_day)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
FactId = Annotated[str, StringConstraints(pattern=r"^[A-Z]-\d{2}$")]
Audience = Literal["general", "elderly", "foreign-resident", "parent"]
AUDIENCES: tuple[str, ...] = ("general", "elderly", "foreign-resident", "parent")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class TextModel(_Strict):
    """A text in each language. Japanese first; `ja-easy` (やさしい日本語, furigana in Aozora ruby
    notation) where the bank lists it in `languages`."""

    ja: NonEmpty
    ja_easy: NonEmpty | None = Field(
        default=None,
        alias="ja-easy",
        description="やさしい日本語, readings as ｜漢字《かんじ》 (the ｜ may go before a run of kanji).",
    )
    en: NonEmpty


class SourceModel(_Strict):
    """One entry of a folder's source registry (`sources.yaml`); questions cite it by `id`."""

    id: Id
    url: Url
    title: TextModel = Field(description="The page's title, in each language.")
    publisher: TextModel = Field(description="Who published the page: a ministry, a municipality, a paper.")
    official: bool = Field(description="True for government and municipal pages (the fact sheet's [OFF]).")
    seen: AsOf | None = Field(default=None, description="The page's date as the fact sheet gives it.")


class RetiredEntry(_Strict):
    id: Id
    reason: NonEmpty


class RetiredModel(_Strict):
    """`retired.yaml`: question ids that were shipped once and must never be used again."""

    retired: list[RetiredEntry] = Field(default_factory=list)


ImageFile = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}\.svg$")]
Coordinate = Annotated[float, Field(ge=0, le=100_000)]


class ImageModel(_Strict):
    """A picture from the app's `assets/images/` folder, and what it shows, in words."""

    file: ImageFile = Field(description="An SVG in assets/images/, such as card-back.svg.")
    alt: TextModel = Field(description="What the picture shows, for screen readers and Read aloud.")


class RegionModel(_Strict):
    """A part of the picture, in the SVG's viewBox coordinates: a rectangle or a polygon."""

    rect: Annotated[list[Coordinate], Field(min_length=4, max_length=4)] | None = Field(
        default=None, description="[x, y, width, height]"
    )
    polygon: (
        Annotated[
            list[Annotated[list[Coordinate], Field(min_length=2, max_length=2)]],
            Field(min_length=3, max_length=64),
        ]
        | None
    ) = Field(default=None, description="[[x, y], [x, y], [x, y], ...]")

    @model_validator(mode="after")
    def _one_shape(self) -> RegionModel:
        if (self.rect is None) == (self.polygon is None):
            raise ValueError("give exactly one of rect: [x, y, width, height] or polygon: [[x, y], ...]")
        if self.rect is not None and (self.rect[2] <= 0 or self.rect[3] <= 0):
            raise ValueError("a rect's width and height must be more than 0")
        return self


class ChoiceModel(_Strict):
    id: Id
    text: TextModel
    correct: bool
    why: TextModel = Field(description="Why this choice is right or wrong.")
    region: RegionModel | None = Field(
        default=None, description="hotspot questions only: where this choice is on the picture."
    )


class QuestionModel(_Strict):
    id: Id = Field(description="Stable id; progress is keyed by it. Never reuse one.")
    type: Literal["single", "multiple", "true_false", "hotspot"]
    difficulty: int = Field(ge=1, le=3)
    prompt: TextModel
    choices: list[ChoiceModel] = Field(min_length=2, max_length=8)
    explanation: TextModel
    sources: list[Id] = Field(
        min_length=1, description="Ids from the sources.yaml beside the bank; one at least official."
    )
    facts: list[FactId] = Field(default_factory=list, description="Fact-sheet ids the question rests on.")
    as_of: AsOf | None = Field(
        default=None, description="When the fact was true (YYYY, YYYY-MM or YYYY-MM-DD)."
    )
    review_by: Day = Field(description="Re-check the question against its sources by this day (YYYY-MM-DD).")
    audience: list[Audience] = Field(min_length=1, description="Who the question is most for.")
    tags: list[Id] = Field(default_factory=list)
    image: ImageModel | None = Field(
        default=None, description="A picture shown with the prompt; a hotspot question needs one."
    )
    explanation_image: ImageModel | None = Field(
        default=None, description="A picture shown with the explanation, after the answer."
    )

    @model_validator(mode="after")
    def _check_choices(self) -> QuestionModel:
        ids = [c.id for c in self.choices]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"choice ids must be unique; repeated: {', '.join(duplicates)}")
        if NOT_SURE_ID in ids:
            raise ValueError(f"choice id '{NOT_SURE_ID}' is reserved for the app's Not sure answer")
        n_correct = sum(c.correct for c in self.choices)
        if self.type == "true_false" and sorted(ids) != ["false", "true"]:
            raise ValueError("a true_false question has exactly two choices, ids 'true' and 'false'")
        if self.type == "hotspot":
            if self.image is None:
                raise ValueError("a hotspot question needs an image: the picture its regions are on")
            unplaced = [c.id for c in self.choices if c.region is None]
            if unplaced:
                raise ValueError(
                    f"every choice of a hotspot question needs a region; missing: {', '.join(unplaced)}"
                )
        else:
            placed = [c.id for c in self.choices if c.region is not None]
            if placed:
                raise ValueError(
                    f"only hotspot questions have regions; remove region from: {', '.join(placed)}"
                )
        if self.type in ("single", "true_false", "hotspot") and n_correct != 1:
            raise ValueError(f"a {self.type} question needs exactly one correct choice, not {n_correct}")
        if self.type == "multiple" and n_correct < 1:
            raise ValueError("a multiple question needs at least one correct choice")
        for name, values in (("sources", list(self.sources)), ("audience", list(map(str, self.audience)))):
            repeated = sorted({v for v in values if values.count(v) > 1})
            if repeated:
                raise ValueError(f"{name}: each is listed once; repeated: {', '.join(repeated)}")
        return self


BankLang = Literal["ja", "ja-easy", "en"]


def _languages(value: list[str]) -> list[str]:
    missing = [lang for lang in ("ja", "en") if lang not in value]
    if missing:
        raise ValueError(f"must list {' and '.join(missing)}: every bank has Japanese and English")
    if len(set(value)) != len(value):
        raise ValueError("each language is listed once")
    return value


def _default_languages() -> list[BankLang]:
    return ["ja", "en"]


class BankModel(_Strict):
    id: Id
    languages: Annotated[list[BankLang], AfterValidator(_languages)] = Field(
        default_factory=_default_languages,
        description="The languages every text of the bank is written in; ja and en always.",
    )
    title: TextModel
    order: int = Field(default=100, ge=0, le=999, description="Where the topic is listed (low first).")
    description: TextModel | None = None
    questions: list[QuestionModel] = Field(min_length=1)


def json_schema() -> dict[str, object]:
    """The JSON Schema of a bank file, as published in docs/bank.schema.json."""
    schema: dict[str, object] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(BankModel.model_json_schema())
    schema["title"] = "quizapp question bank"
    return schema


def sources_json_schema() -> dict[str, object]:
    """The JSON Schema of `sources.yaml`, as published in docs/sources.schema.json."""
    schema: dict[str, object] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    entry = SourceModel.model_json_schema()
    defs = entry.pop("$defs", {})
    schema.update(
        {
            "title": "quizapp source registry",
            "type": "object",
            "additionalProperties": False,
            "required": ["sources"],
            "properties": {"sources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Source"}}},
            "$defs": {**defs, "Source": entry},
        }
    )
    return schema


def write_json_schema(path: str, which: str = "bank") -> None:
    import json

    schema = sources_json_schema() if which == "sources" else json_schema()
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(schema, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
