"""A pseudo-translation marks every string that goes through tr(); any visible interface text
without the mark was hard-coded and could never be translated."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.model import Catalog
from quizapp.ui.personal.main_window import MainWindow
from tests.ui.conftest import WindowFactory, press


class Pseudo(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


ALLOWED = re.compile(r"^(\d+ / \d+|\d+|English|日本語|やさしい日本語|)$")  # languages' own names


def bank_texts(catalog: Catalog) -> set[str]:
    out = set()
    for bank in catalog.banks:
        out |= {bank.title.en, bank.title.ja}
        for q in bank.questions:
            out |= {q.prompt.en, q.prompt.ja}
            out |= {c.text.en for c in q.choices} | {c.text.ja for c in q.choices}
    return out


def visible_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for widget in window.current_screen().findChildren(QWidget):
        if not widget.isVisible():
            continue
        plain_label = isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText
        if plain_label or isinstance(widget, QAbstractButton):
            yield type(widget).__name__, widget.text()


@pytest.fixture
def pseudo(qapp: object) -> Iterator[None]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_visible_interface_string_is_translatable(
    qtbot: QtBot, make_window: WindowFactory, pseudo: None
) -> None:
    window = make_window(lang="en")
    assert window.context is not None
    content = bank_texts(window.context.catalog)
    hard_coded = []
    for step in ("home", "question", "feedback"):
        if step == "question":
            press(qtbot, window, Qt.Key.Key_Return)
        if step == "feedback":
            press(qtbot, window, Qt.Key.Key_1)
            press(qtbot, window, Qt.Key.Key_Return)
        for kind, text in visible_texts(window):
            body = re.sub(r"^\d+\. ", "", text)  # choice buttons: "1. " + bank text
            if "⟦" in text or ALLOWED.match(text) or body in content:
                continue
            hard_coded.append(f"{step}: {kind} {text!r}")
    assert hard_coded == []
