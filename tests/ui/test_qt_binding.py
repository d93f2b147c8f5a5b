"""The Qt binding itself must survive a long session: no reference leak on None.

PySide6 6.12.0 on Python 3.11 released a reference to None on every call of a method returning
nothing (setText, update, setBold ...), so after some tens of thousands of calls the app aborted
with "deallocating None". pyproject.toml keeps that version out; this test catches any other.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count cannot show a leak"
)
def test_void_qt_calls_do_not_eat_references_to_none(qtbot: QtBot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    font = QFont(button.font())
    before = sys.getrefcount(None)
    for _ in range(100):
        font.setPointSizeF(12.5)
        font.setBold(True)
        button.setText("y")
        button.update()
    assert sys.getrefcount(None) >= before - 10  # a leak would show as -400
