"""Kiosk sizes that follow the screen: a big touch screen (1920×1080, or 1080×1920 in portrait)
gets large type and large targets, and lines that stay short enough to read.

The window is full screen, so its size is the screen's; the type grows with the shorter side
(the one that limits how much fits), on top of the visitor's text-size button. Targets are set
in em of their own font, so they grow with the type."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

REFERENCE_SIDE = 800
"""The shorter side, in px, the desktop layout is drawn for (1280×800): no growth there."""
PORTRAIT_WIDTH = 675
PORTRAIT_HEIGHT = 1200
"""On a portrait screen the width limits the line (at 1080 px: about 28 full-width characters
of body text at the factor this gives), and the height has room to spare for larger type."""
MAX_FACTOR = 2.0
LINE_EM = 40
"""The widest text column, in full-width characters of body text (about 80 Latin letters)."""


def screen_factor(width: int, height: int) -> float:
    """How much larger than on the desktop the kiosk's type is on a `width` × `height` screen:
    landscape, 1 up to an 800 px height, then in proportion (1920×1080: 1.35); portrait, by
    the width and the height together (1080×1920: 1.6); never more than MAX_FACTOR."""
    if width <= 0 or height <= 0:
        return 1.0
    if height > width:
        factor = min(width / PORTRAIT_WIDTH, height / PORTRAIT_HEIGHT)
    else:
        factor = height / REFERENCE_SIDE
    return max(1.0, min(MAX_FACTOR, factor))


def column_width(widget: QWidget, em: float = LINE_EM) -> int:
    """`em` full-width characters of `widget`'s font, in px: the width of a comfortable column."""
    return round(QFontMetrics(widget.font()).horizontalAdvance("あ") * em)


def touch_em(widget: QWidget, width_em: float, height_em: float) -> None:
    """At least `width_em` × `height_em` em of the widget's own font for its content (padding and
    border add to it), through its own style sheet so the app's style sheet cannot replace it."""
    widget.setStyleSheet(f"min-width: {width_em:g}em; min-height: {height_em:g}em;")
