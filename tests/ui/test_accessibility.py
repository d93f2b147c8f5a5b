"""Every screen: interactive widgets are named for screen readers, big enough to touch, and the
colours meet WCAG AA contrast in both schemes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import theme
from tests.ui.conftest import WindowFactory, press


def interactive(window: MainWindow) -> Iterator[QWidget]:
    screen = window.current_screen()
    for widget in screen.findChildren(QWidget):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            yield widget


def walk_screens(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    yield "home"
    press(qtbot, window, Qt.Key.Key_Return)
    yield "question"
    run = window.run
    assert run is not None
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)
    yield "feedback"
    while window.current_screen() is window.question:
        press(qtbot, window, Qt.Key.Key_Return)
        if window.current_screen() is window.question and not window.question._feedback.isVisible():
            press(qtbot, window, Qt.Key.Key_0)
            press(qtbot, window, Qt.Key.Key_Return)
    yield "results"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, make_window: WindowFactory, lang: str
) -> None:
    window = make_window(lang=lang)
    unnamed = []
    for screen in walk_screens(qtbot, window):
        for widget in interactive(window):
            iface = QAccessible.queryAccessibleInterface(widget)
            name = iface.text(QAccessible.Text.Name) if iface else ""
            if not name.strip():
                unnamed.append(f"{screen}: {type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_choices_are_announced_with_their_number(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="en")
    press(qtbot, window, Qt.Key.Key_Return)
    names = [
        QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name)
        for b in window.question._choices.buttons()
    ]
    assert [n.split(".")[0] for n in names] == [*map(str, range(1, len(names))), "0"]


@pytest.mark.parametrize("size", theme.TEXT_SIZES)
def test_touch_targets_are_at_least_44_px(qtbot: QtBot, make_window: WindowFactory, size: str) -> None:
    window = make_window(lang="ja")
    window.apply_look(theme.Look(text_size=size))  # type: ignore[arg-type]
    small = []
    for screen in walk_screens(qtbot, window):
        for widget in interactive(window):
            if isinstance(widget, QAbstractButton) and (widget.width() < 44 or widget.height() < 44):
                small.append(f"{screen}: {widget.text()!r} {widget.width()}x{widget.height()}")
    window.apply_look(theme.Look())
    assert small == []


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("palette", [theme.STANDARD, theme.HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_colours_meet_wcag_aa(palette: theme.Palette) -> None:
    text_pairs = {
        "text on window": (palette.text, palette.window),
        "text on surface": (palette.text, palette.surface),
        "muted on window": (palette.muted, palette.window),
        "button text on accent": (palette.on_accent, palette.accent),
        "text on selected choice": (palette.text, palette.accent_surface),
        "correct mark": (palette.correct, palette.correct_surface),
        "wrong mark": (palette.wrong, palette.wrong_surface),
        "correct on surface": (palette.correct, palette.surface),
        "wrong on surface": (palette.wrong, palette.surface),
        "disabled text": (palette.disabled, palette.window),
    }
    for name, (fg, bg) in text_pairs.items():
        assert contrast(fg, bg) >= 4.5, name
    assert contrast(palette.focus, palette.window) >= 3.0, "focus ring"
    assert contrast(palette.border, palette.surface) >= 3.0, "control borders"


def test_high_contrast_is_stronger_than_standard() -> None:
    assert contrast(theme.HIGH_CONTRAST.text, theme.HIGH_CONTRAST.window) > contrast(
        theme.STANDARD.text, theme.STANDARD.window
    )


def tab_cycle(qtbot: QtBot, window: MainWindow, steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        press(qtbot, window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused is not None:
            seen.append(focused)
    return seen


def test_tab_reaches_every_control_in_a_sensible_order(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(lang="en")
    targets = [w for w in interactive(window) if isinstance(w, QAbstractButton)]
    order = tab_cycle(qtbot, window, len(targets) * 2 + 4)
    assert set(targets) <= set(order)
    starts = [w for w in order if isinstance(w, QAbstractButton) and w.text() == "Start"]
    assert starts[: len(window.home._topic_buttons)] == window.home._topic_buttons  # top to bottom
    press(qtbot, window, Qt.Key.Key_Escape)  # nothing to leave on the home screen
    window.home.focus_start()
    press(qtbot, window, Qt.Key.Key_Return)
    question_targets = [w for w in interactive(window) if isinstance(w, QAbstractButton) and w.isEnabled()]
    assert set(question_targets) <= set(tab_cycle(qtbot, window, len(question_targets) * 2 + 4))
