"""Fonts, text sizes and colour schemes, applied to the whole app through one stylesheet.

Widgets never set point sizes themselves: they carry a `role` property ("title", "heading",
"prompt", ...) and the stylesheet sizes every role from the chosen text size, so changing the
size or the contrast re-styles every screen at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from quizapp.paths import assets_dir
from quizapp.services.settings import TEXT_SIZES, TextSize
from quizapp.ui.shell.i18n import Retranslating

log = logging.getLogger(__name__)
FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
FALLBACK_FAMILY = "BIZ UDPGothic"

__all__ = ["TEXT_SIZES", "TextSize"]
SIZE_FACTORS: dict[TextSize, float] = {"normal": 1.0, "large": 1.3, "largest": 1.6}
BASE_POINT_SIZE = 13.0
ROLE_FACTORS = {
    "display": 2.2,  # the kiosk attract screen's title and "Touch to start"
    "title": 1.8,
    "heading": 1.3,
    "subheading": 1.15,
    "prompt": 1.35,
    "large": 1.2,
    "small": 0.9,
}


@dataclass(frozen=True, slots=True)
class Palette:
    text: QColor
    muted: QColor
    window: QColor
    surface: QColor
    border: QColor
    accent: QColor
    on_accent: QColor
    accent_surface: QColor
    focus: QColor
    correct: QColor
    correct_surface: QColor
    wrong: QColor
    wrong_surface: QColor
    disabled: QColor


STANDARD = Palette(
    text=QColor("#1a1a1a"),
    muted=QColor("#454545"),
    window=QColor("#f5f5f2"),
    surface=QColor("#ffffff"),
    border=QColor("#6b6b6b"),
    accent=QColor("#1747a6"),
    on_accent=QColor("#ffffff"),
    accent_surface=QColor("#e3ebfb"),
    focus=QColor("#b35900"),
    correct=QColor("#11632c"),
    correct_surface=QColor("#e2f4e7"),
    wrong=QColor("#a11b1b"),
    wrong_surface=QColor("#fbe7e7"),
    disabled=QColor("#6e6e6e"),
)

HIGH_CONTRAST = Palette(
    text=QColor("#ffffff"),
    muted=QColor("#f0f0f0"),
    window=QColor("#000000"),
    surface=QColor("#000000"),
    border=QColor("#ffffff"),
    accent=QColor("#ffe14d"),
    on_accent=QColor("#000000"),
    accent_surface=QColor("#332b00"),
    focus=QColor("#00e5ff"),
    correct=QColor("#7dff9a"),
    correct_surface=QColor("#002b0c"),
    wrong=QColor("#ff9c9c"),
    wrong_surface=QColor("#330000"),
    disabled=QColor("#bdbdbd"),
)


@dataclass(frozen=True, slots=True)
class Look:
    """What the learner chose for how things look."""

    text_size: TextSize = "normal"
    high_contrast: bool = False
    furigana: bool = True
    """Readings above kanji, where the text has them (やさしい日本語)."""

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else STANDARD

    def next_text_size(self) -> Look:
        """The same look one text size larger, after the largest back to normal."""
        i = TEXT_SIZES.index(self.text_size)
        return replace(self, text_size=TEXT_SIZES[(i + 1) % len(TEXT_SIZES)])


_current = Look()
_family = FALLBACK_FAMILY
_system_factor: float | None = None
_screen_factor = 1.0
"""Kiosk mode: every size grown with the screen (`set_screen_factor`); 1 in personal mode."""


def current() -> Look:
    return _current


def palette() -> Palette:
    return _current.palette


def load_fonts() -> str:
    """Register the bundled BIZ UDPGothic and return its family name (a fallback if missing)."""
    family = FALLBACK_FAMILY
    for name in FONT_FILES:
        path = assets_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return family


def base_point_size(look: Look | None = None) -> float:
    """The body text size: our base, grown by the chosen step, by a larger system font, and in
    kiosk mode by the screen's size."""
    step = SIZE_FACTORS[(look or _current).text_size]
    return BASE_POINT_SIZE * step * (_system_factor or 1.0) * _screen_factor


def screen_factor() -> float:
    return _screen_factor


def set_screen_factor(factor: float) -> None:
    """Kiosk mode: grow every text size by `factor` (from the screen's size), on top of the
    chosen text size, and re-style the running app; nothing to do when it is already in use."""
    global _screen_factor
    if abs(factor - _screen_factor) < 0.005:
        return
    _screen_factor = factor
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply(app, _current)


def apply(app: QApplication, look: Look, family: str | None = None) -> None:
    """Apply fonts and colours for `look` to the whole app."""
    global _current, _family, _system_factor
    if family is not None:
        _family = family
    if _system_factor is None:  # read once, before our own font replaces the platform's
        system_pt = QGuiApplication.font().pointSizeF()
        _system_factor = max(1.0, system_pt / 10.0) if system_pt > 0 else 1.0
    _current = look
    font = QFont(_family)
    font.setPointSizeF(base_point_size(look))
    app.setFont(font)
    app.setStyleSheet(stylesheet(look))


def switch(look: Look, refresh: Iterable[Retranslating] = ()) -> None:
    """Change the whole running app to `look` (nothing to do when it is already in use), then
    have `refresh` (the display bars, which name the current look) re-read their labels."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and look != _current:
        apply(app, look)
    for widget in refresh:
        widget.retranslate()


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    out = QFont(font)
    out.setPointSizeF(font.pointSizeF() * factor)
    out.setBold(bold)
    return out


def stylesheet(look: Look) -> str:
    p = look.palette
    base = base_point_size(look)
    roles = "\n".join(
        f'QLabel[role="{role}"], QPushButton[role="{role}"] {{ font-size: {base * f:.1f}pt; '
        f"font-weight: {'normal' if role == 'small' else 'bold'}; }}"
        for role, f in ROLE_FACTORS.items()
    )
    border = 3 if look.high_contrast else 2
    return f"""
    QWidget {{ font-family: "{_family}"; font-size: {base:.1f}pt; color: {p.text.name()}; }}
    QMainWindow, QWidget#screen, QDialog, QMessageBox {{ background: {p.window.name()}; }}
    QLabel {{ color: {p.text.name()}; background: transparent; }}
    QLabel[muted="true"] {{ color: {p.muted.name()}; }}
    {roles}
    QFrame#card, QLabel#card {{ background: {p.surface.name()}; border: {border}px solid {p.border.name()};
                   border-radius: 8px; }}
    QLabel#banner {{ background: {p.wrong_surface.name()}; border: 2px solid {p.wrong.name()};
                     border-radius: 6px; }}
    QPushButton {{ background: {p.surface.name()}; color: {p.text.name()};
                   border: {border}px solid {p.border.name()}; border-radius: 8px;
                   padding: 10px 18px; min-height: 28px; min-width: 28px; }}
    QPushButton[primary="true"] {{ background: {p.accent.name()}; color: {p.on_accent.name()};
                                  border-color: {p.accent.name()}; font-weight: bold; }}
    QPushButton:checked {{ background: {p.accent_surface.name()}; border: 4px solid {p.accent.name()}; }}
    QPushButton:focus {{ border: 4px solid {p.focus.name()}; }}
    QPushButton:disabled {{ color: {p.disabled.name()}; border-color: {p.disabled.name()};
                           background: {p.window.name()}; }}
    QProgressBar {{ background: {p.surface.name()}; border: {border}px solid {p.border.name()};
                    border-radius: 4px; }}
    QProgressBar::chunk {{ background: {p.accent.name()}; }}
    QTableWidget {{ background: {p.surface.name()}; gridline-color: {p.border.name()}; }}
    QHeaderView::section {{ background: {p.window.name()}; color: {p.text.name()};
                            border: 1px solid {p.border.name()}; padding: 4px; font-weight: bold; }}
    QTableWidget:focus, QProgressBar:focus {{ border: 3px solid {p.focus.name()}; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QScrollBar:vertical {{ width: 18px; background: {p.window.name()}; border: 1px solid {p.border.name()}; }}
    QScrollBar::handle:vertical {{ background: {p.border.name()}; min-height: 40px; border-radius: 4px; }}
    """
