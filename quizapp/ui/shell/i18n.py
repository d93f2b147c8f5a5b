"""Switching the interface language at run time: ours and Qt's own Japanese strings."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from quizapp.paths import assets_dir

if TYPE_CHECKING:
    from quizapp.domain.model import Lang

log = logging.getLogger(__name__)


_current: Lang = "en"


def current_lang() -> Lang:
    """The language the app speaks now (the one `Translations.use` installed last)."""
    return _current


def system_lang() -> Lang:
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


class Translations:
    """Installs the translators for one language; installing sends every widget a
    LanguageChange event, so screens re-read their strings through retranslate()."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang: Lang = "en"

    def use(self, lang: Lang) -> None:
        global _current
        _current = lang
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        if lang == "en":  # English is the source language
            return
        ours = QTranslator()
        name = f"quizapp_{lang.replace('-', '_')}.qm"
        if ours.load(str(assets_dir() / "i18n" / name)):
            self._installed.append(ours)
        else:
            log.warning("the translation file %s is missing; run `make i18n`", name)
        qt = QTranslator()
        if qt.load("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)


class Retranslating:
    """Mixin for a widget whose `retranslate()` sets its visible strings: calls it again
    whenever the application's language changes. List it before the Qt base class."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
