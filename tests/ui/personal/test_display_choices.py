"""Language, text size and contrast change at run time and are remembered in personal mode."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.paths import DataPaths
from quizapp.services.settings import Settings, load_settings
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations
from tests.ui.conftest import WindowFactory, press, visible_texts


def test_language_switches_interface_and_questions_without_restart(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(lang="en")
    assert "Start a mixed quiz (10 questions)" in visible_texts(window.home)
    assert not window.home.display.languages["en"].isVisible()  # no button for the one in use
    window.home.display.languages["ja"].click()
    QApplication.processEvents()
    try:
        assert window.lang == "ja"
        assert "いろいろなテーマから10問に挑戦する" in visible_texts(window.home)
        shown = [b.text() for b in window.home.display.languages.values() if b.isVisible()]
        assert shown == ["やさしい日本語", "English"]
        assert window.windowTitle() == "マイナンバー・プライバシー学習クイズ"
        press(qtbot, window, Qt.Key.Key_Return)
        run = window.run
        assert run is not None and run.current is not None
        assert run.current.prompt.ja in visible_texts(window.question)
        assert "やめる（Esc）" in visible_texts(window.question)
    finally:
        window.set_lang("en")


def test_text_size_grows_everything_and_cycles_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="en")
    before = window.home._title.font().pointSizeF()
    window.home.display.text_size.click()
    QApplication.processEvents()
    try:
        assert theme.current().text_size == "large"
        assert window.home._title.font().pointSizeF() > before * 1.2
        assert window.home.display.text_size.text() == "Text size: Large"
        window.home.display.text_size.click()
        window.home.display.text_size.click()
        assert theme.current().text_size == "normal"
    finally:
        window.apply_look(theme.Look())


def test_choices_are_remembered_in_personal_mode(qtbot: QtBot, data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    translations = Translations()
    window = MainWindow(translations, paths.log_file, settings_file=paths.settings)
    qtbot.addWidget(window)
    try:
        window.home.display.contrast.click()
        window.home.display.text_size.click()
        window.home.display.languages["ja-easy"].click()
        window.home.display.furigana.click()
        expected = Settings(lang="ja-easy", text_size="large", high_contrast=True, furigana=False)
        assert load_settings(paths.settings) == expected
    finally:
        translations.use("en")
        window.apply_look(theme.Look())


def test_a_broken_settings_file_gives_defaults(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text('{"lang": "fr", "text_size": 7', encoding="utf-8")
    assert load_settings(data_dir / "settings.json") == Settings()
    (data_dir / "settings.json").write_text(json.dumps({"lang": "en", "text_size": "huge"}), encoding="utf-8")
    assert load_settings(data_dir / "settings.json") == Settings(lang="en")
