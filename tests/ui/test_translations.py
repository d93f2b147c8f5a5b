"""Every interface string is translatable and translated into Japanese."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from quizapp.paths import assets_dir

TS = assets_dir() / "i18n" / "quizapp_ja.ts"
QM = assets_dir() / "i18n" / "quizapp_ja.qm"
UI = Path(__file__).resolve().parents[2] / "quizapp" / "ui"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_japanese_translation_is_finished() -> None:
    unfinished = [
        (ctx, src)
        for ctx, src, tr in messages(TS)
        if tr is None
        or not (tr.text or "").strip()
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_the_catalogue_has_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *map(str, sorted(UI.rglob("*.py"))), "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    in_catalogue = {(c, s) for c, s, _ in messages(TS)}
    assert in_code - in_catalogue == set(), "run `make lupdate` and translate the new strings"
    assert in_catalogue - in_code == set(), "strings no longer in the code: run `make lupdate`"


def test_compiled_catalogue_translates_the_interface(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), "run `make i18n`"
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("HomeView", "Start") == "始める"
        assert QCoreApplication.translate("QuestionView", "Not sure") == "わからない"
    finally:
        QCoreApplication.removeTranslator(translator)
