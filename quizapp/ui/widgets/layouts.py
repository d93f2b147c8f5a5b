"""Helpers for layouts that screens rebuild as their data changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout


def plain_label(role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows its text as written, never as HTML (bank and learner text may hold
    tags), with the theme's `role` (title, heading, subheading ...)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item else None
        if widget is not None:
            widget.hide()  # explicitly, so a show the layout still has pending cannot pop it up
            widget.setParent(None)  # gone from the screen and from findChildren at once
            widget.deleteLater()
