"""Every interface string is translatable and translated into Japanese and into やさしい日本語
(plain Japanese: kana only, since the interface shows no furigana)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from quizapp.paths import assets_dir

I18N = assets_dir() / "i18n"
EASY_TS = I18N / "quizapp_ja_easy.ts"
CATALOGUES = [pytest.param("quizapp_ja", id="ja"), pytest.param("quizapp_ja_easy", id="ja_easy")]
UI = Path(__file__).resolve().parents[2] / "quizapp" / "ui"

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3005\u3006\u3007]")
KANJI_NAMES = ("やさしい日本語", "日本語")
"""The only kanji やさしい日本語 may show: the languages' own names (longest first)."""
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
KEY_HINT = re.compile(r"\((?:Enter|Esc|[A-Z0-9])\)")
ACCELERATOR = re.compile(r"&(\w)")
MARKS = ("✔", "✖", "?", "←")
"""Marks that open a string; the translation opens with the same (? may be written ？)."""


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def translations(path: Path) -> list[tuple[str, str, str]]:
    return [(ctx, src, (tr.text or "") if tr is not None else "") for ctx, src, tr in messages(path)]


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every (context, source) the interface code marks for translation, as lupdate finds them."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [lupdate, *map(str, sorted(UI.rglob("*.py"))), "-ts", str(fresh)], check=True, capture_output=True
    )
    return {(c, s) for c, s, _ in messages(fresh)}


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_translation_is_finished(catalogue: str) -> None:
    unfinished = [
        (ctx, src)
        for ctx, src, tr in messages(I18N / f"{catalogue}.ts")
        if tr is None
        or not (tr.text or "").strip()
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_the_catalogue_has_every_string_in_the_code(catalogue: str, in_code: set[tuple[str, str]]) -> None:
    in_catalogue = {(c, s) for c, s, _ in messages(I18N / f"{catalogue}.ts")}
    assert in_code - in_catalogue == set(), "run `make lupdate` and translate the new strings"
    assert in_catalogue - in_code == set(), "strings no longer in the code: run `make lupdate`"


@pytest.mark.parametrize(
    ("catalogue", "start", "not_sure"),
    [
        pytest.param("quizapp_ja", "始める", "わからない", id="ja"),
        pytest.param("quizapp_ja_easy", "はじめる", "わからない", id="ja_easy"),
    ],
)
def test_compiled_catalogue_translates_the_interface(
    qapp: QApplication, catalogue: str, start: str, not_sure: str
) -> None:
    qm = I18N / f"{catalogue}.qm"
    # checked first: without it, QTranslator.load falls back to a shorter name (quizapp_ja.qm)
    assert qm.is_file(), "run `make i18n`"
    translator = QTranslator()
    assert translator.load(str(qm)), "run `make i18n`"
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("HomeView", "Start") == start
        assert QCoreApplication.translate("QuestionView", "Not sure") == not_sure
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_placeholder_is_kept(catalogue: str) -> None:
    """Each {name} and %N of the source, as often as there, and no other: .format() and .arg()
    fill them in, so one lost shows a gap and one added raises."""
    changed = [
        (ctx, src, tr)
        for ctx, src, tr in translations(I18N / f"{catalogue}.ts")
        if Counter(PLACEHOLDER.findall(src)) != Counter(PLACEHOLDER.findall(tr))
    ]
    assert changed == []


# やさしい日本語 -------------------------------------------------------------------------------


def without_kanji_names(text: str) -> str:
    for name in KANJI_NAMES:
        text = text.replace(name, "")
    return text


def test_easy_japanese_has_no_kanji() -> None:
    """The interface shows no furigana, so its やさしい日本語 is written in kana only."""
    with_kanji = [
        (ctx, src, tr, "".join(KANJI.findall(without_kanji_names(tr))))
        for ctx, src, tr in translations(EASY_TS)
        if KANJI.search(without_kanji_names(tr))
    ]
    assert with_kanji == []


def test_easy_japanese_keeps_key_hints_and_accelerators() -> None:
    """(Enter), (Esc), (R)… stay as in the source; an &-accelerator is written as in
    quizapp_ja.ts, "ばしょ(&L):", with the same letter and only one &."""
    lost = []
    for ctx, src, tr in translations(EASY_TS):
        hints = [h for h in KEY_HINT.findall(src) if h not in tr]
        keys = [k.upper() for k in ACCELERATOR.findall(src)]
        if hints or (keys and (tr.count("&") != 1 or f"(&{keys[0]})" not in tr)):
            lost.append((ctx, src, tr))
    assert lost == []


def test_easy_japanese_keeps_the_leading_marks() -> None:
    """✔ right, ✖ wrong, ? not sure, ← back: the marks open the string, as in the source."""
    moved = []
    for ctx, src, tr in translations(EASY_TS):
        for mark in MARKS:
            accepted = (mark, "？") if mark == "?" else (mark,)
            if src.startswith(mark) and not tr.startswith(accepted):
                moved.append((ctx, src, tr))
    assert moved == []
