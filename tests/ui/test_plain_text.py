"""Bank and user text is shown as plain text everywhere, never as HTML (issue 11): a prompt,
topic title, choice or learner name holding tags shows the tags as written, and an <img> in
it loads nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import ALPHA, write_registry
from tests.ui.conftest import WindowFactory, press, shows

TAG = "<b>BOLD</b><img src=file:///etc/passwd>"


def hostile_bank(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    write_registry(folder, ("src-a", "src-b", "src-news"))
    text = (
        ALPHA.replace("title: {ja: アルファ, en: Alpha}", f'title: {{ja: "アルファ{TAG}", en: "Alpha{TAG}"}}')
        .replace("en: Pick one.}", f'en: "Pick one.{TAG}"}}')
        .replace("en: Right one}", f'en: "Right one{TAG}"}}')
        .replace("en: Because it is right.}", f'en: "Because it is right.{TAG}"}}')
        .replace("en: The explanation.}", f'en: "The explanation.{TAG}"}}')
    )
    (folder / "alpha.yaml").write_text(text, encoding="utf-8")
    return folder


def rendered_as_html(root: QWidget) -> list[str]:
    """Labels that show the raw tag and would interpret it (rich or auto-detected text)."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if "<b>BOLD</b>" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_bank_text_with_tags_is_shown_as_written(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(banks=[hostile_bank(tmp_path)])
    assert shows(window.home, f"Alpha{TAG}")  # the topic title, tags and all
    assert rendered_as_html(window) == []
    press(qtbot, window, Qt.Key.Key_Return)
    run = window.run
    assert run is not None and run.current is not None
    while run.current.id != "alpha-001":  # the question whose texts carry the tags
        press(qtbot, window, Qt.Key.Key_0)
        press(qtbot, window, Qt.Key.Key_Return)
        press(qtbot, window, Qt.Key.Key_Return)
    assert shows(window.question, f"Pick one.{TAG}")
    assert rendered_as_html(window) == []
    press(qtbot, window, Qt.Key.Key_0)  # Not sure: the feedback lists every choice and why
    press(qtbot, window, Qt.Key.Key_Return)

    def text(label: QLabel) -> str:  # without the zero-width spaces that let long runs wrap
        return label.text().replace("\u200b", "")

    feedback = [lbl for lbl in window.question.findChildren(QLabel) if "The explanation." in text(lbl)]
    assert feedback, "the feedback shows the explanation"
    for label in feedback:  # the feedback is rich text: the bank's tags in it are escaped
        assert "&lt;b&gt;BOLD&lt;/b&gt;&lt;img" in text(label) and "<img" not in text(label)
    assert rendered_as_html(window) == []


def test_a_learner_name_with_tags_is_shown_as_written(make_window: WindowFactory) -> None:
    window = make_window()
    context = window.context
    assert context is not None
    context.learning.add_profile("<b>BOLD</b>")
    window.home.show_learner("<b>BOLD</b>")
    assert shows(window.home, "<b>BOLD</b>")
    assert rendered_as_html(window) == []
