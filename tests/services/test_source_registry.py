"""The source registry (`sources.yaml`) and retired ids (`retired.yaml`): what the validator refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.services.banks.catalog import load_catalog
from quizapp.services.banks.sources import copy_host_reason
from tests.conftest import ALPHA, BETA, write_registry


def problems(folder: Path) -> list[str]:
    return [str(p) for p in load_catalog([folder], check_registry=True).problems]


def edit_registry(folder: Path, old: str, new: str) -> None:
    path = folder / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_fixture_folder_is_clean(bank_dir: Path) -> None:
    assert problems(bank_dir) == []


def test_an_unknown_source_id_is_refused_at_its_place(bank_dir: Path) -> None:
    (bank_dir / "alpha.yaml").write_text(ALPHA.replace("sources: [src-a]", "sources: [src-zz]"), "utf-8")
    found = problems(bank_dir)
    assert any(
        p.startswith(f"{bank_dir / 'alpha.yaml'}:13:")
        and "questions[0].sources[0]: 'src-zz' is not in" in p
        and p.endswith("sources.yaml")
        for p in found
    ), found


def test_an_unused_entry_is_refused_where_it_is_listed(bank_dir: Path) -> None:
    (bank_dir / "beta.yaml").unlink()  # src-c was cited only by beta
    found = problems(bank_dir)
    assert found == [
        f"{bank_dir / 'sources.yaml'}:6:5: source 'src-c' is not cited by any question: remove it"
    ]


def test_unused_entries_are_not_judged_while_a_bank_is_broken(bank_dir: Path) -> None:
    (bank_dir / "beta.yaml").write_text(BETA.replace("difficulty: 1", "difficulty: 9"), "utf-8")
    found = problems(bank_dir)
    assert found and not any("not cited" in p for p in found), found


@pytest.mark.parametrize(
    "other",
    [
        "https://www.example.go.jp/a",
        "http://www.example.go.jp/a",
        "https://WWW.EXAMPLE.GO.JP/a/",
        "https://www.example.go.jp/a#top",
    ],
)
def test_the_same_page_twice_is_refused(bank_dir: Path, other: str) -> None:
    edit_registry(bank_dir, '"https://www.example.go.jp/c"', f'"{other}"')
    found = problems(bank_dir)
    assert any("sources[2].url: the same page as source 'src-a'" in p for p in found), found
    # The entry left out is unknown to the question that cites it, which is said too.
    assert any("'src-c' is not in" in p for p in found), found


@pytest.mark.parametrize("url", ["ftp://www.example.go.jp/c", "file:///etc/passwd", "javascript:alert(1)"])
def test_an_address_that_is_not_http_is_refused(bank_dir: Path, url: str) -> None:
    edit_registry(bank_dir, '"https://www.example.go.jp/c"', f'"{url}"')
    found = problems(bank_dir)
    assert any(":6:" in p and "sources[2].url: must be an http:// or https:// address" in p for p in found)


@pytest.mark.parametrize(
    "url",
    [
        "https://i777777o7761746368o696d7072657373o636fo6a70z.oszar.com/docs/news/2025064.html",
        "https://www-pref-yamaguchi-lg-jp.cache.yimg.jp/site/police/277627.html",
        "https://origin-www.businesslawyers.jp/practices/213",
        "https://expydoc.com/doc/7946715/x",
        "https://vdocuments.net/cfffc-ministry-of-internal-.html",
        "https://wic-net.com/material/document/10904/48",
        "http://40.74.122.252/index.cgi/contrast/https://www.moj.go.jp/isa/x.html",
        "https://www.weblio.jp/content/x",
        "https://artikel.siakadpt.com/wiki/x",
    ],
)
def test_copy_and_proxy_hosts_are_refused(bank_dir: Path, url: str) -> None:
    edit_registry(bank_dir, '"https://www.example.go.jp/c"', f'"{url}"')
    found = problems(bank_dir)
    assert any(":6:" in p and "sources[2].url: the address" in p for p in found), found


@pytest.mark.parametrize(
    "url",
    [
        "https://www.city.machida.tokyo.jp/kurashi/mynumber/tetuduki/myn_security.html",
        "https://www.ppc.go.jp/personalinfo/pipldial/",
        "https://mainichi.jp/english/articles/20230605/p2a/00m/0na/017000c",
        "https://www.watch.impress.co.jp/docs/news/2025064.html",
    ],
)
def test_publishers_own_addresses_are_accepted(url: str) -> None:
    assert copy_host_reason(url) is None


def test_a_question_needs_an_official_source(bank_dir: Path) -> None:
    (bank_dir / "alpha.yaml").write_text(ALPHA.replace("sources: [src-a]", "sources: [src-news]"), "utf-8")
    write_registry(bank_dir, ("src-b", "src-c", "src-news"))
    found = problems(bank_dir)
    assert found == [
        f"{bank_dir / 'alpha.yaml'}:13:14: questions[0].sources: "
        "cite at least one official source (official: true)"
    ]


def test_a_bad_entry_affects_only_the_questions_citing_it(bank_dir: Path) -> None:
    edit_registry(bank_dir, "title: {ja: 出典C, en: Source C}", "title: {ja: 出典C}")
    catalog = load_catalog([bank_dir], check_registry=True)
    found = [str(p) for p in catalog.problems]
    assert any("sources.yaml:6:" in p and "sources[2].title.en: this field is required" in p for p in found)
    assert {b.id for b in catalog.banks} == {"alpha"}  # beta cites src-c; alpha still loads


def test_an_entry_listed_twice_is_refused(bank_dir: Path) -> None:
    edit_registry(bank_dir, "id: src-c,", "id: src-a,")
    assert any("sources[2].id: 'src-a' is listed twice" in p for p in problems(bank_dir))


def test_a_folder_without_a_registry_says_so(bank_dir: Path) -> None:
    (bank_dir / "sources.yaml").unlink()
    found = problems(bank_dir)
    assert f"{bank_dir / 'sources.yaml'}:1:1: no source registry beside the banks" in found


def test_a_registry_of_the_wrong_shape_is_located(bank_dir: Path) -> None:
    (bank_dir / "sources.yaml").write_text("- just a list\n", "utf-8")
    assert any("a source registry is a mapping with one key, 'sources'" in p for p in problems(bank_dir))


def test_a_retired_id_may_not_be_used_again(bank_dir: Path) -> None:
    (bank_dir / "retired.yaml").write_text("retired:\n  - {id: alpha-002, reason: gone}\n", "utf-8")
    found = problems(bank_dir)
    assert found == [
        f"{bank_dir / 'alpha.yaml'}:17:9: questions[1].id: 'alpha-002' was retired and may never be used "
        "again: pick a new id"
    ]


def test_a_broken_retired_list_is_reported(bank_dir: Path) -> None:
    (bank_dir / "retired.yaml").write_text("retired:\n  - {id: alpha-002}\n", "utf-8")
    assert any("retired.yaml:2:" in p and "reason: this field is required" in p for p in problems(bank_dir))


def test_titles_come_from_the_registry_in_each_language(bank_dir: Path) -> None:
    q = load_catalog([bank_dir]).question("alpha-002")
    assert q is not None
    assert [s.label("en") for s in q.sources] == ["Example City: Source B", "The Example News: An article"]
    assert [s.label("ja") for s in q.sources] == ["例示市「出典B」", "例示新聞「記事」"]
    assert [s.official for s in q.sources] == [True, False]


def test_a_changed_registry_is_read_again_despite_the_cache(bank_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog([bank_dir], cache)
    edit_registry(bank_dir, "en: Source A}", "en: Source A (revised)}")
    q = load_catalog([bank_dir], cache).question("alpha-001")
    assert q is not None and q.sources[0].title.en == "Source A (revised)"


def test_validate_refuses_an_unused_entry(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizapp.cli import main

    assert main(["validate", str(bank_dir)]) == 0
    (bank_dir / "beta.yaml").unlink()
    assert main(["validate", str(bank_dir)]) == 1
    assert "source 'src-c' is not cited by any question" in capsys.readouterr().out
