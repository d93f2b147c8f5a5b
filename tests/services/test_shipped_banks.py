"""Checks that keep the shipped question banks honest: sourced, bilingual, current (content v2)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from quizapp.cli import main
from quizapp.domain.model import Catalog, Question, QuestionType, Text
from quizapp.paths import resource_root, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.banks.names import RETIRED_NAME
from quizapp.services.banks.sources import copy_host_reason, load_retired

MINIMUMS = {"ic-chip": 35, "sharing": 30, "ppc": 20, "safety": 30, "history": 25}
TOTAL_MINIMUM = 195
V1_IDS = resource_root() / "tests" / "fixtures" / "question-ids-v1.txt"
GLOSSED = (
    "マイナ保険証",
    "資格確認書",
    "資格情報のお知らせ",
    "公金受取口座",
    "マイナポータル",
    "マイナ救急",
    "特定個人情報",
    "住民票",
    "通知カード",
    "個人番号通知書",
    "電子証明書",
)
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
ALLOWED_ARTICLES = {"19", "27"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([shipped_banks_dir()], check_registry=True)


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


def test_each_topic_has_its_minimum_and_195_in_all(catalog: Catalog) -> None:
    counts = {b.id: len(b.questions) for b in catalog.banks}
    for topic, minimum in MINIMUMS.items():
        assert counts.get(topic, 0) >= minimum, (topic, counts.get(topic))
    assert sum(counts.values()) >= TOTAL_MINIMUM


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


def test_every_question_cites_an_official_source_and_has_a_review_date(catalog: Catalog) -> None:
    for q in catalog.questions:
        assert any(s.official for s in q.sources), q.id
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", q.review_by), q.id
        assert q.facts, f"{q.id}: names no fact of the fact sheet"


def test_no_copy_or_proxy_address_anywhere_in_the_content() -> None:
    found = []
    for path in sorted(shipped_banks_dir().glob("*.yaml")):
        for url in re.findall(r"https?://[^\s\"'<>)\]]+", path.read_text(encoding="utf-8")):
            if copy_host_reason(url):
                found.append(f"{path.name}: {url}")
    assert found == []


def test_press_sources_only_in_history_and_said_so(catalog: Catalog) -> None:
    """A fact from the press is told as reported, naming who reported it (fact sheet, rule 3)."""
    bad = []
    for bank in catalog.banks:
        for q in bank.questions:
            if any(not s.official for s in q.sources):
                if bank.id != "history":
                    bad.append(f"{q.id}: cites the press outside the history bank")
                elif "reported" not in q.explanation.en or "報道" not in q.explanation.ja:
                    bad.append(f"{q.id}: cites the press but its explanation does not say who reported it")
    assert bad == []


def test_retired_ids_are_never_reused_and_no_shipped_id_is_lost(catalog: Catalog) -> None:
    retired, problems = load_retired(shipped_banks_dir() / RETIRED_NAME)
    assert problems == []
    shipped = {q.id for q in catalog.questions}
    assert not retired & shipped
    lost = [i for i in V1_IDS.read_text(encoding="utf-8").split() if i not in shipped | retired]
    assert lost == [], "an id that was shipped is neither in a bank nor in retired.yaml"


def test_content_report_passes_today_and_fails_in_2031(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content-report", "--as-of", "2026-12-01"]) == 0
    assert main(["content-report", "--as-of", "2031-01-01"]) == 1
    capsys.readouterr()


def english_in_order(q: Question) -> list[str]:
    return [q.prompt.en, *(c.text.en for c in q.choices), *(c.why.en for c in q.choices), q.explanation.en]


def test_japanese_terms_in_english_are_glossed_at_first_use(catalog: Catalog) -> None:
    """The first time a term of the glossary appears in a question's English, it stands in
    brackets after its English gloss, or is followed by one: "(マイナ保険証)", "マイナ保険証 (...)"."""
    bad = []
    for q in catalog.questions:
        for term in GLOSSED:
            first = next((t for t in english_in_order(q) if term in t), None)
            if first is None:
                continue
            at = first.index(term)
            in_brackets = first.rfind("(", 0, at) > first.rfind(")", 0, at)
            followed = re.match(r"[\s\"”]*[(（,:]", first[at + len(term) :])
            if not (in_brackets or followed):
                bad.append(f"{q.id}: {term} unglossed in {first[:80]!r}")
    assert bad == []


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("PPC", "Personal Information Protection Commission"),
        ("APPI", "Act on the Protection of Personal Information"),
    ],
)
def test_abbreviations_are_expanded_at_first_use(catalog: Catalog, short: str, long: str) -> None:
    bad = []
    for q in catalog.questions:
        text = " ".join(english_in_order(q))
        at = re.search(rf"\b{short}\b", text)
        if at and long not in text[: at.start()]:
            bad.append(q.id)
    assert bad == []


def test_japanese_is_written_in_desu_masu(catalog: Catalog) -> None:
    """True/false statements and explanations end in the polite form (です・ます)."""
    polite = re.compile(
        r"(です|ます|ません|でした|ました|ませんでした|ましょう|ください|でしょう)か?[。！？」）)]*$"
    )
    bad = []

    def impolite(sentence: str) -> bool:
        bare = re.sub(r"[（(][^）)]*[）)](?=。?$)", "", sentence)  # "…ました（80.3%）。"
        return bool(sentence) and not polite.search(bare)

    for q in catalog.questions:
        statement = q.prompt.ja.removesuffix("正しいですか。")
        if q.type is QuestionType.TRUE_FALSE and statement == q.prompt.ja:
            bad.append(f"{q.id}: a true/false prompt ends with 正しいですか。")
        for field, text in (("prompt", statement), ("explanation", q.explanation.ja)):
            bad += [f"{q.id} {field}: {s}" for s in re.split(r"(?<=。)", text.strip()) if impolite(s)]
        for c in q.choices:
            bad += [f"{q.id} why {c.id}: {s}" for s in re.split(r"(?<=。)", c.why.ja.strip()) if impolite(s)]
    assert bad == []


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
