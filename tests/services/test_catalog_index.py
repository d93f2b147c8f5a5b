"""The banks' compiled summaries (catalog.load_index) say what the full load says about titles,
question ids and problems, and step aside while any bank is not compiled."""

from __future__ import annotations

from pathlib import Path

from quizapp.services.banks.catalog import load_catalog, load_index
from tests.conftest import ALPHA


def _same(folder: Path, cache: Path) -> None:
    catalog = load_catalog([folder], cache)
    index = load_index([folder], cache)
    assert index is not None
    banks, problems = index
    assert [(b.id, b.title, b.question_ids, b.description, b.order) for b in banks] == [
        (b.id, b.title, b.question_ids, b.description, b.order) for b in catalog.banks
    ]
    assert problems == list(catalog.problems)


def test_the_summaries_match_the_full_load(bank_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert load_index([bank_dir], cache) is None  # nothing compiled yet
    _same(bank_dir, cache)


def test_repeated_ids_are_left_out_alike(bank_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    # the same questions again under another bank id, and the same bank id again
    (bank_dir / "gamma.yaml").write_text(ALPHA.replace("id: alpha", "id: gamma", 1), encoding="utf-8")
    (bank_dir / "omega.yaml").write_text(ALPHA, encoding="utf-8")
    load_catalog([bank_dir], cache)
    _same(bank_dir, cache)
    _banks, problems = load_index([bank_dir], cache) or ([], [])
    assert any("already used" in p.message for p in problems)


def test_a_changed_bank_is_not_summarised_until_compiled(bank_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog([bank_dir], cache)
    assert load_index([bank_dir], cache) is not None
    alpha = bank_dir / "alpha.yaml"
    alpha.write_text(alpha.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert load_index([bank_dir], cache) is None
    load_catalog([bank_dir], cache)
    _same(bank_dir, cache)
