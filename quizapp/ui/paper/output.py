"""A handout made without a window: the command line's `quizapp handout`. Starts Qt off screen
when nothing has started it (a PDF needs fonts and a painter, not a display) and speaks the
handout's language only while painting, so an app already running keeps its own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from quizapp.domain.model import Lang
from quizapp.paths import assets_dir
from quizapp.services.handout import HandoutContent
from quizapp.services.images import ImageLibrary

_app: object = None
"""The QApplication this module started, kept for the life of the process."""


def _ensure_app() -> None:
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _app = QApplication(["quizapp"])


@contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """The handout's strings in `lang` (English is the source) while the block runs."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    if lang == "en":
        yield
        return
    translator = QTranslator()
    loaded = translator.load(str(assets_dir() / "i18n" / f"quizapp_{lang.replace('-', '_')}.qm"))
    if loaded:
        QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        if loaded:
            QCoreApplication.removeTranslator(translator)


def render_pdf(
    content: HandoutContent, lang: Lang, *, furigana: bool = True, images: ImageLibrary | None = None
) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    _ensure_app()
    from quizapp.ui.paper.handout import Handout, pdf_bytes

    with speaking(lang):
        handout = Handout(content, lang, images=images, furigana=furigana)
        data = pdf_bytes(handout)
    return data, handout.pages
