"""Fonts, sizes and colours, in one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from quizapp.paths import assets_dir

log = logging.getLogger(__name__)
FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
FALLBACK_FAMILY = "BIZ UDPGothic"


@dataclass(frozen=True, slots=True)
class Palette:
    text: QColor
    muted: QColor
    window: QColor
    surface: QColor
    border: QColor
    accent: QColor
    accent_surface: QColor
    focus: QColor
    correct: QColor
    correct_surface: QColor
    wrong: QColor
    wrong_surface: QColor


PALETTE = Palette(
    text=QColor("#1a1a1a"),
    muted=QColor("#4a4a4a"),
    window=QColor("#f5f5f2"),
    surface=QColor("#ffffff"),
    border=QColor("#6b6b6b"),
    accent=QColor("#1747a6"),
    accent_surface=QColor("#e3ebfb"),
    focus=QColor("#b35900"),
    correct=QColor("#11632c"),
    correct_surface=QColor("#e2f4e7"),
    wrong=QColor("#a11b1b"),
    wrong_surface=QColor("#fbe7e7"),
)

BASE_POINT_SIZE = 13


def load_fonts() -> str:
    """Register the bundled BIZ UDGothic and return its family name (a fallback if missing)."""
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


def apply_app_font(app: QApplication, family: str) -> None:
    font = QFont(family)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    out = QFont(font)
    out.setPointSizeF(font.pointSizeF() * factor)
    out.setBold(bold)
    return out


def stylesheet() -> str:
    p = PALETTE
    return f"""
    QMainWindow, QWidget#screen {{ background: {p.window.name()}; }}
    QLabel {{ color: {p.text.name()}; }}
    QLabel[role="muted"] {{ color: {p.muted.name()}; }}
    QFrame#card {{ background: {p.surface.name()}; border: 1px solid {p.border.name()};
                   border-radius: 8px; }}
    QFrame#banner {{ background: {p.wrong_surface.name()}; border: 2px solid {p.wrong.name()};
                     border-radius: 6px; }}
    QPushButton {{ background: {p.surface.name()}; color: {p.text.name()};
                   border: 2px solid {p.border.name()}; border-radius: 8px;
                   padding: 10px 18px; min-height: 28px; }}
    QPushButton[primary="true"] {{ background: {p.accent.name()}; color: white;
                                  border-color: {p.accent.name()}; font-weight: bold; }}
    QPushButton:focus {{ border: 4px solid {p.focus.name()}; }}
    QPushButton:disabled {{ color: #777777; border-color: #b0b0b0; background: #eeeeee; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    """
