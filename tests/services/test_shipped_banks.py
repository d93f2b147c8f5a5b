"""Checks that keep the shipped question banks honest (issue: 150 sourced, bilingual questions)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from quizapp.domain.model import Catalog, Question, QuestionType, Text
from quizapp.paths import shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog

MINIMUMS = {"ic-chip": 35, "sharing": 35, "ppc": 25, "safety": 30, "history": 25}
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
ALLOWED_ARTICLES = {"19", "27"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([shipped_banks_dir()])


def texts(q: Question) -> Iterator[tuple[str, Text]]:
    yield "prompt", q.prompt
    yield "explanation", q.explanation
    for c in q.choices:
        yield f"choice {c.id} text", c.text
        yield f"choice {c.id} why", c.why


def test_every_shipped_bank_is_valid_with_unique_ids(catalog: Catalog) -> None:
    assert [str(p) for p in catalog.problems] == []
    ids = [q.id for b in catalog.banks for q in b.questions]
    assert len(ids) == len(set(ids))


def test_each_topic_has_its_minimum_and_150_in_all(catalog: Catalog) -> None:
    counts = {b.id: len(b.questions) for b in catalog.banks}
    for topic, minimum in MINIMUMS.items():
        assert counts.get(topic, 0) >= minimum, (topic, counts.get(topic))
    assert sum(counts.values()) >= 150


@pytest.mark.parametrize("bank_id", sorted(MINIMUMS))
def test_type_mix_and_scenarios_in_every_topic(catalog: Catalog, bank_id: str) -> None:
    bank = catalog.bank(bank_id)
    assert bank is not None
    types = Counter(q.type for q in bank.questions)
    n = len(bank.questions)
    assert types[QuestionType.MULTIPLE] / n >= 0.2
    assert types[QuestionType.TRUE_FALSE] / n >= 0.2
    assert sum("scenario" in q.tags for q in bank.questions) >= 3


def test_difficulty_is_roughly_40_40_20(catalog: Catalog) -> None:
    levels = Counter(q.difficulty for q in catalog.questions)
    n = len(catalog.questions)
    for level, share in ((1, 0.4), (2, 0.4), (3, 0.2)):
        assert abs(levels[level] / n - share) <= 0.08, (level, levels[level] / n)


def test_every_question_has_a_web_source(catalog: Catalog) -> None:
    for q in catalog.questions:
        assert q.sources and all(re.match(r"https?://\S+$", s.url) for s in q.sources), q.id


def test_both_languages_are_filled_and_japanese_is_japanese(catalog: Catalog) -> None:
    bad = []
    for q in catalog.questions:
        for field, text in texts(q):
            if not text.ja.strip() or not text.en.strip():
                bad.append(f"{q.id} {field}: empty")
            elif not JAPANESE.search(text.ja) and text.ja != text.en:
                bad.append(f"{q.id} {field}: Japanese text has no Japanese: {text.ja!r}")
            elif not JAPANESE.search(text.ja) and re.search(r"[A-Za-z]{4,}", text.ja):
                bad.append(f"{q.id} {field}: Japanese left in English: {text.ja!r}")
    for bank in catalog.banks:
        if not JAPANESE.search(bank.title.ja):
            bad.append(f"{bank.id} title")
    assert bad == []


def test_no_number_that_could_be_a_my_number(catalog: Catalog) -> None:
    twelve = re.compile(r"(?<!\d)\d{4}[\s-]?\d{4}[\s-]?\d{4}(?!\d)|\d{12}")
    for q in catalog.questions:
        for field, text in texts(q):
            for value in (text.ja, text.en):
                assert not twelve.search(value), f"{q.id} {field}: {value}"


def test_only_the_two_allowed_article_numbers_appear(catalog: Catalog) -> None:
    found = []
    for q in catalog.questions:
        for field, text in texts(q):
            for number in re.findall(r"第?(\d+)条", text.ja) + re.findall(r"Article (\d+)", text.en):
                if number not in ALLOWED_ARTICLES:
                    found.append(f"{q.id} {field}: article {number}")
    assert found == []


def test_time_sensitive_wording_carries_an_as_of_date(catalog: Catalog) -> None:
    """A question that talks about a point in time (a year) says when its fact was true."""
    missing = [
        q.id
        for q in catalog.questions
        if q.as_of is None and any(re.search(r"20\d\d", t.en) for _, t in texts(q))
    ]
    assert missing == []
