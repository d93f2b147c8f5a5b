"""やさしい日本語 in the banks: the validator's checks, what the app shows, and the shipped
banks' readability goal (jreadability, Lee & Hasebe)."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from quizapp.authoring import readability
from quizapp.domain import ruby
from quizapp.paths import shipped_banks_dir as questions_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.banks.sources import load_registry
from tests.conftest import BETA, REGISTRY, write_registry

EASY_BETA = (
    BETA.replace("id: beta\n", "id: beta\nlanguages: [ja, ja-easy, en]\n", 1)
    .replace("{ja: ベータ,", "{ja: ベータ, ja-easy: ベータ,")
    .replace(
        "{ja: これは正しいですか。,", "{ja: これは正しいですか。, ja-easy: これは正《ただ》しいですか。,"
    )
    .replace("text: {ja: 正しい,", "text: {ja: 正しい, ja-easy: 正《ただ》しい,")
    .replace("text: {ja: 誤り,", "text: {ja: 誤り, ja-easy: まちがい,")
    .replace("why: {ja: 誤りです。,", "why: {ja: 誤りです。, ja-easy: まちがいです。,")
    .replace("why: {ja: その通りです。,", "why: {ja: その通りです。, ja-easy: 正解《せいかい》です。,")
    .replace(
        "explanation: {ja: 真偽の説明です。,",
        "explanation: {ja: 真偽の説明です。, ja-easy: 説明《せつめい》です。,",
    )
)
EASY_SOURCE = "title: {ja: 出典C, ja-easy: 出典《しゅってん》C, en: Source C},\n" + (
    "     publisher: {ja: 例示庁, ja-easy: 例示庁《れいじちょう》, en: Example Agency}"
)


def _easy_bank(folder: Path, bank: str = EASY_BETA, source: str = EASY_SOURCE) -> Path:
    folder.mkdir()
    write_registry(folder, ("src-c",))
    registry = (folder / "sources.yaml").read_text("utf-8")
    old = "title: {ja: 出典C, en: Source C},\n     publisher: {ja: 例示庁, en: Example Agency}"
    assert old in registry
    (folder / "sources.yaml").write_text(registry.replace(old, source), "utf-8")
    (folder / "beta.yaml").write_text(bank, "utf-8")
    return folder


def test_a_bank_in_plain_japanese_loads_with_its_readings(tmp_path: Path) -> None:
    catalog = load_catalog([_easy_bank(tmp_path / "banks")])
    assert catalog.problems == ()
    question = catalog.banks[0].questions[0]
    assert question.prompt.get("ja-easy") == "これは正しいですか。"  # plain: what is read aloud
    assert question.prompt.annotated("ja-easy") == "これは正《ただ》しいですか。"
    assert question.prompt.get("ja") == "これは正しいですか。"
    assert question.sources[0].annotated_label("ja-easy") == "例示庁《れいじちょう》「出典《しゅってん》C」"


def test_a_bank_without_plain_japanese_shows_its_japanese(bank_dir: Path) -> None:
    catalog = load_catalog([bank_dir])
    question = catalog.question("beta-001")
    assert question is not None
    assert question.prompt.get("ja-easy") == question.prompt.get("ja") == "これは正しいですか。"


def test_a_listed_language_missing_from_a_text_is_located(tmp_path: Path) -> None:
    bank = EASY_BETA.replace("text: {ja: 誤り, ja-easy: まちがい,", "text: {ja: 誤り,")
    catalog = load_catalog([_easy_bank(tmp_path / "banks", bank)])
    assert [p.message for p in catalog.problems] == [
        "questions[0].choices[1].text: no 'ja-easy' text, though the bank's languages list it"
    ]
    assert catalog.problems[0].line == 11  # the choice's line


def test_a_kanji_without_its_reading_is_located(tmp_path: Path) -> None:
    bank = EASY_BETA.replace("ja-easy: 説明《せつめい》です。", "ja-easy: 説明です。")
    catalog = load_catalog([_easy_bank(tmp_path / "banks", bank)])
    assert [p.message for p in catalog.problems] == [
        "questions[0].explanation.ja-easy: '説明' has no reading (at character 1)"
    ]


def test_a_cited_source_needs_the_banks_languages(tmp_path: Path) -> None:
    source = "title: {ja: 出典C, en: Source C},\n     publisher: {ja: 例示庁, en: Example Agency}"
    catalog = load_catalog([_easy_bank(tmp_path / "banks", source=source)])
    assert [p.message for p in catalog.problems] == [
        "source 'src-c' has no 'ja-easy' title or publisher; the bank's languages list it"
    ]


def test_a_source_title_with_a_broken_reading_is_located(tmp_path: Path) -> None:
    source = EASY_SOURCE.replace("出典《しゅってん》C", "出典《しゅってんC")
    folder = _easy_bank(tmp_path / "banks", source=source)
    registry = load_registry(folder / "sources.yaml")
    assert any("is not closed" in p.message for p in registry.problems)
    assert REGISTRY  # the fixture the registry came from


def test_languages_must_include_japanese_and_english(tmp_path: Path) -> None:
    bank = EASY_BETA.replace("languages: [ja, ja-easy, en]", "languages: [ja, ja-easy]")
    catalog = load_catalog([_easy_bank(tmp_path / "banks", bank)])
    assert [p.message for p in catalog.problems] == [
        "languages: must list en: every bank has Japanese and English"
    ]


# the shipped banks ------------------------------------------------------------------------------
SHIPPED = sorted(p for p in questions_dir().glob("*.yaml") if p.name not in ("sources.yaml", "retired.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_bank_is_written_in_plain_japanese_too(path: Path) -> None:
    catalog = load_catalog([questions_dir()])
    assert catalog.problems == ()
    bank = next(b for b in catalog.banks if Path(b.path).name == path.name)
    texts = [bank.title, *(t for q in bank.questions for t in (q.prompt, q.explanation))]
    texts += [t for q in bank.questions for c in q.choices for t in (c.text, c.why)]
    assert all(t.ja_easy_ruby is not None for t in texts)


def test_the_shipped_source_titles_in_plain_japanese_are_the_titles_with_readings() -> None:
    registry = load_registry(questions_dir() / "sources.yaml")
    assert registry.problems == ()
    for entry in registry.entries.values():
        for field in ("title", "publisher"):
            assert ruby.plain(entry[field]["ja-easy"]) == entry[field]["ja"], (entry["id"], field)


def test_the_shipped_plain_japanese_meets_the_readability_goal() -> None:
    scores = [s for path in SHIPPED for s in readability.score_bank(path)]
    easy = [s.easy for s in scores if s.easy is not None]
    assert len(easy) == len(scores)
    low = [(s.id, round(s.easy, 2)) for s in scores if s.easy is not None and s.easy < readability.GOAL_EACH]
    assert low == []
    assert statistics.median(easy) >= readability.GOAL_MEDIAN
    assert statistics.median(easy) > statistics.median(s.ja for s in scores)  # easier than the reference
