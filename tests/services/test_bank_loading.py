"""Loading banks: located errors for broken banks of many kinds, safety, and the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.services.banks import catalog as catalog_mod
from quizapp.services.banks import validate as validate_mod
from quizapp.services.banks.catalog import load_catalog
from tests.conftest import ALPHA, BETA, write_registry


def problems_for(tmp_path: Path, text: str | bytes) -> list[str]:
    write_registry(tmp_path, ("src-a", "src-b", "src-news"))
    path = tmp_path / "broken.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return [str(p) for p in load_catalog([path]).problems]


BROKEN = [
    # (what, change to ALPHA, expected line:col, expected words)
    (
        "missing why",
        ALPHA.replace(", why: {ja: 誤りだからです。, en: Because it is wrong.}", ""),
        "10:9",
        "questions[0].choices[1].why: this field is required",
    ),
    (
        "empty english",
        ALPHA.replace("en: Pick one.", 'en: ""'),
        "7:33",
        "questions[0].prompt.en: must not be empty",
    ),
    ("bad type", ALPHA.replace("type: single", "type: essay"), "5:11", "questions[0].type"),
    (
        "difficulty as text",
        ALPHA.replace("difficulty: 1", 'difficulty: "1"'),
        "6:17",
        "questions[0].difficulty",
    ),
    (
        "difficulty out of range",
        ALPHA.replace("difficulty: 2", "difficulty: 4"),
        "19:17",
        "questions[1].difficulty",
    ),
    (
        "unknown field",
        ALPHA.replace("    as_of:", "    explaination: x\n    as_of:"),
        "14:5",
        "questions[0].explaination: unknown field",
    ),
    (
        "source given inline",
        ALPHA.replace("sources: [src-a]", 'sources: [{title: 出典A, url: "https://example.org/a"}]'),
        "13:15",
        "questions[0].sources[0]: Input should be a valid string",
    ),
    (
        "no review date",
        ALPHA.replace('    review_by: "2027-12-01"\n', "", 1),
        "4:5",
        "review_by: this field is required",
    ),
    (
        "impossible review date",
        ALPHA.replace('"2027-12-01"', '"2027-02-30"', 1),
        "15:16",
        "is not a real date",
    ),
    ("unknown audience", ALPHA.replace("[general]", "[everyone]", 1), "16:16", "questions[0].audience[0]"),
    ("no audience", ALPHA.replace("[general]", "[]", 1), "16:15", "questions[0].audience"),
    (
        "bad fact id",
        ALPHA.replace("    audience: [general]", "    audience: [general]\n    facts: [a21]", 1),
        "17:13",
        "must be a fact-sheet id",
    ),
    ("bad date", ALPHA.replace('"2025-03-24"', '"24 March"'), "14:12", "questions[0].as_of: must be a date"),
    (
        "no sources",
        ALPHA.replace("sources: [src-a]", "sources: []"),
        "13:14",
        "questions[0].sources",
    ),
    (
        "two correct in single",
        ALPHA.replace(
            "correct: false, why: {ja: 誤りだからです。", "correct: true, why: {ja: 誤りだからです。"
        ),
        "4:5",
        "questions[0]: a single question needs exactly one correct choice, not 2",
    ),
    (
        "reserved id",
        ALPHA.replace("- {id: c, text: {ja: 別の誤り", "- {id: not_sure, text: {ja: 別の誤り"),
        "4:5",
        "reserved",
    ),
    (
        "repeated question id",
        ALPHA.replace("id: alpha-002", "id: alpha-001"),
        "17:9",
        "questions[1].id: 'alpha-001' is already used on line 4",
    ),
    (
        "tab indentation syntax",
        ALPHA.replace("  - id: alpha-002", "\t- id: alpha-002"),
        "17:1",
        "YAML syntax error",
    ),
    (
        "python tag",
        ALPHA.replace("difficulty: 1", "difficulty: !!python/object/apply:os.system [echo]"),
        "6:17",
        "tag:yaml.org,2002:python/object/apply:os.system is not allowed",
    ),
    (
        "alias",
        ALPHA.replace("prompt: {ja: すべて選ぶ問題です。, en: Select all.}", "prompt: *p").replace(
            "prompt: {ja: 一つ選ぶ問題です。", "prompt: &p {ja: 一つ選ぶ問題です。"
        ),
        "20:5",
        "aliases",
    ),
    (
        "duplicate key",
        ALPHA.replace("    difficulty: 1\n", "    difficulty: 1\n    difficulty: 2\n"),
        "7:5",
        "duplicate key 'difficulty'",
    ),
    ("top level list", "- 1\n- 2\n", "1:1", "(top level)"),
    ("empty file", "", "1:1", "the file is empty"),
]


@pytest.mark.parametrize(("what", "text", "where", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_bank_is_located_precisely(
    tmp_path: Path, what: str, text: str, where: str, words: str
) -> None:
    problems = problems_for(tmp_path, text)
    assert problems, what
    expected_prefix = f"{tmp_path / 'broken.yaml'}:{where}: "
    assert any(p.startswith(expected_prefix) and words in p for p in problems), problems


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    raw = ALPHA.encode("utf-8").replace("説明です。".encode(), b"\xff\xfe")
    (problem,) = problems_for(tmp_path, raw)
    assert problem.endswith("the file is not UTF-8 text")
    assert ":12:" in problem


def test_oversized_file_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_mod, "MAX_BANK_BYTES", 100)
    (problem,) = problems_for(tmp_path, ALPHA)
    assert "larger than" in problem and problem.startswith(str(tmp_path / "broken.yaml") + ":1:1:")


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (problem,) = problems_for(tmp_path, "\n".join(lines) + "\n")
    assert "aliases" in problem


def test_a_broken_bank_does_not_stop_the_others(bank_dir: Path) -> None:
    (bank_dir / "gamma.yaml").write_text("id: gamma\ntitle: {ja: ガンマ}\nquestions: []\n", encoding="utf-8")
    catalog = load_catalog([bank_dir])
    assert [b.id for b in catalog.banks] == ["alpha", "beta"]
    assert {p.path for p in catalog.problems} == {str(bank_dir / "gamma.yaml")}
    messages = [p.message for p in catalog.problems]
    assert "title: this field is required" not in messages
    assert any(m.startswith("title.en: this field is required") for m in messages)
    assert any(m.startswith("questions: List should have at least 1 item") for m in messages)


def test_ids_repeated_across_banks_are_reported_and_skipped(bank_dir: Path) -> None:
    copy = BETA.replace("id: beta\n", "id: beta2\n")
    (bank_dir / "zeta.yaml").write_text(copy, encoding="utf-8")
    catalog = load_catalog([bank_dir])
    (problem,) = catalog.problems
    assert str(problem) == (
        f"{bank_dir / 'zeta.yaml'}:4:9: question id 'beta-001' is already used in {bank_dir / 'beta.yaml'}:4"
    )
    assert catalog.bank("beta2") is None
    assert catalog.question("beta-001") is not None


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    (problem,) = load_catalog([tmp_path / "nope"]).problems
    assert problem.message == "no such file or folder"


def test_loaded_bank_matches_the_file(bank_dir: Path) -> None:
    catalog = load_catalog([bank_dir])
    q = catalog.question("alpha-002")
    assert q is not None and q.topic_id == "alpha"
    assert q.correct_ids == frozenset({"a", "b"})
    assert q.prompt.ja == "すべて選ぶ問題です。" and q.prompt.en == "Select all."
    assert catalog.question("alpha-001").as_of == "2025-03-24"  # type: ignore[union-attr]


def compiled(cache: Path) -> list[Path]:
    """The compiled banks in `cache` (each has a summary beside it, *.index.json)."""
    return [p for p in cache.glob("*.json") if not p.name.endswith(".index.json")]


def test_cache_is_used_and_a_changed_file_recompiled(
    bank_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_catalog([bank_dir], cache)
    assert len(compiled(cache)) == 2

    def fail(*_: object) -> object:
        raise AssertionError("validated again although the file did not change")

    monkeypatch.setattr(validate_mod, "check_bytes", fail)
    assert load_catalog([bank_dir], cache).questions == first.questions
    monkeypatch.undo()

    alpha = bank_dir / "alpha.yaml"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace("Pick one.", "Pick exactly one."), encoding="utf-8"
    )
    again = load_catalog([bank_dir], cache)
    assert again.question("alpha-001").prompt.en == "Pick exactly one."  # type: ignore[union-attr]


def test_corrupt_cache_entry_is_ignored(bank_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog([bank_dir], cache)
    for entry in cache.glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    catalog = load_catalog([bank_dir], cache)
    assert not catalog.problems and len(catalog.questions) == 3
    assert all(json.loads(e.read_text(encoding="utf-8")) for e in cache.glob("*.json"))


def test_cache_format_is_part_of_the_key(
    bank_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_catalog([bank_dir], cache)
    monkeypatch.setattr(catalog_mod, "CACHE_FORMAT", catalog_mod.CACHE_FORMAT + 1)
    load_catalog([bank_dir], cache)
    assert len(compiled(cache)) == 4
