"""Reading questions aloud with Qt's text-to-speech and the system's own voices, offline.

QtTextToSpeech comes with PySide6-Addons; where it, or a voice for the language, is missing,
`Speaker.available()` says so and the Read aloud button stays hidden.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject

from quizapp.domain.lang import is_japanese

if TYPE_CHECKING:
    from quizapp.domain.model import Lang

log = logging.getLogger(__name__)
ENV_ENGINE = "QUIZAPP_TTS_ENGINE"
"""Choose a text-to-speech engine by name (tests use Qt's "mock" engine)."""


class Speaker(QObject):
    """One text-to-speech engine, created on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: Any = None
        self._failed = False

    def _engine(self) -> Any:
        if self._tts is None and not self._failed:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError as exc:  # PySide6-Addons or its system libraries are missing
                log.info("read aloud unavailable: %s", exc)
                self._failed = True
                return None
            engine = os.environ.get(ENV_ENGINE)
            self._tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
            if self._tts.state() == QTextToSpeech.State.Error:
                log.info("read aloud unavailable: %s", self._tts.errorString())
                self._failed = True
                self._tts = None
        return self._tts

    def _locale_for(self, lang: Lang) -> QLocale | None:
        tts = self._engine()
        if tts is None:
            return None
        wanted = QLocale.Language.Japanese if is_japanese(lang) else QLocale.Language.English
        return next((loc for loc in tts.availableLocales() if loc.language() == wanted), None)

    def available(self, lang: Lang) -> bool:
        """True when the platform has a voice for `lang`."""
        return self._locale_for(lang) is not None

    def say(self, text: str, lang: Lang) -> bool:
        locale = self._locale_for(lang)
        if locale is None:
            return False
        tts = self._engine()
        tts.stop()
        tts.setLocale(locale)
        tts.say(text)
        return True

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def speaking(self) -> bool:
        if self._tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._tts.state() == QTextToSpeech.State.Speaking)
