"""Sizes for touch: a widget's minimum size set through its own style sheet, because the app
style sheet's `min-height` would otherwise replace a setMinimumSize() made before polishing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.ui.widgets.text import esc

MIN_TARGET = 44
"""The smallest touch target, in px, on either side."""


def touch_size(widget: QWidget, width: int, height: int) -> None:
    """At least `width` x `height` px for the content of `widget` (padding and border add to it)."""
    widget.setStyleSheet(f"min-width: {max(width, MIN_TARGET)}px; min-height: {max(height, MIN_TARGET)}px;")


def set_centred_text(label: QLabel, text: str) -> None:
    """Wrapped, centred text with room between the lines (plain wrapped labels crowd large type);
    a newline in `text` starts a new line."""
    html = "<br>".join(esc(line) for line in text.split("\n"))
    label.setTextFormat(Qt.TextFormat.RichText)  # the text itself is escaped: shown as written
    label.setText(f'<p align="center" style="line-height:130%">{html}</p>')
    label.setAccessibleName(text.replace("\n", " "))
