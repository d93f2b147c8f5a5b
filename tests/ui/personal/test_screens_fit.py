"""Home and progress in a 1024×768 window, at every text size, in both languages and both
colour schemes: no control is cut or squeezed below its size, no text is cut short, and the
review line is never squeezed to a word a line beside its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from quizapp.paths import shipped_banks_dir
from quizapp.ui.shell import theme
from tests.ui.conftest import WindowFactory

LOOKS = [theme.Look(size, contrast) for size in theme.TEXT_SIZES for contrast in (False, True)]


def _viewport_of(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent.viewport() if isinstance(parent, QScrollArea) else None


def _rect_in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def cut_or_squeezed(screen: QWidget) -> list[str]:
    """Every visible button or label of `screen` that is cut by the window (or, in a scroll
    area, by its width), narrower than its minimum, or lower than its wrapped text needs."""
    found = []
    window = screen.window()
    for widget in [*screen.findChildren(QAbstractButton), *screen.findChildren(QLabel)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.text()!r}"
        rect = _rect_in_window(widget)
        viewport = _viewport_of(widget)
        if viewport is None:
            bound = window.rect()
        else:  # scrolled up and down, so only its sides must be inside
            side = _rect_in_window(viewport)
            bound = QRect(side.left(), rect.top(), side.width(), rect.height())
        if not bound.contains(rect):
            found.append(f"{name} is cut: {rect} outside {bound}")
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name} is squeezed: {widget.width()} < {widget.minimumSizeHint().width()}")
        if (
            isinstance(widget, QLabel)
            and widget.wordWrap()
            and widget.height() < widget.heightForWidth(widget.width())
        ):
            found.append(f"{name} is cut short: {widget.height()} < {widget.heightForWidth(widget.width())}")
    return found


def settle() -> None:
    """Let rebuilt screens lay out (a layout inside a scroll area takes a few passes)."""
    for _ in range(3):
        QApplication.processEvents()


def comfortable(label: QLabel) -> bool:
    """A line of at least 25 characters, or the whole text on one line."""
    metrics = label.fontMetrics()
    return label.width() >= min(metrics.horizontalAdvance(label.text()), 25 * metrics.averageCharWidth())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_home_and_progress_fit_a_1024x768_window_at_every_text_size(
    qtbot: QtBot, make_window: WindowFactory, lang: str
) -> None:
    window = make_window(lang, banks=[shipped_banks_dir()])  # the real topics' long titles
    window.resize(1024, 768)
    found = []
    try:
        for look in LOOKS:
            window.apply_look(look)
            for due in (0, 12):
                window.go_home()
                window.home.show_review(due)
                settle()
                found += [f"{look} home: {problem}" for problem in cut_or_squeezed(window.home)]
                text = window.home.review_button.accessibleDescription()
                line = next(label for label in window.home.findChildren(QLabel) if label.text() == text)
                if not comfortable(line):
                    found.append(f"{look} home: {text!r} squeezed to {line.width()} px")
            window.home.progress_requested.emit()
            qtbot.waitUntil(lambda: window.current_screen() is window.progress)
            settle()
            found += [f"{look} progress: {problem}" for problem in cut_or_squeezed(window.progress)]
    finally:
        window.apply_look(theme.Look())
    assert found == []


def test_in_a_narrow_window_the_display_and_review_buttons_wrap_onto_more_rows(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("en")
    window.resize(620, 700)
    window.apply_look(theme.Look("largest"))
    try:
        window.home.show_review(3)
        settle()
        bar = window.home.display
        buttons = [*(b for b in bar.languages.values() if b.isVisible()), bar.text_size, bar.contrast]
        assert len({b.y() for b in buttons}) > 1  # not all on one row
        card = window.home.review_button.parentWidget()
        assert card is not None
        assert cut_or_squeezed(bar) == [] and cut_or_squeezed(card) == []
    finally:
        window.apply_look(theme.Look())
