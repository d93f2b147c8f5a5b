"""The personal window fits the screen it opens on: never larger than the free area, centred,
maximised on a small screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect
from pytestqt.qtbot import QtBot

from quizapp.ui.personal.window_fit import PREFERRED, placement
from tests.ui.conftest import WindowFactory

FRAME = QMargins(4, 30, 4, 4)


def outer(geometry: QRect, frame: QMargins = FRAME) -> QRect:
    return geometry.marginsAdded(frame)


@pytest.mark.parametrize(
    ("available", "maximised"),
    [
        (QRect(0, 0, 1024, 768), True),
        (QRect(0, 0, 1366, 740), True),  # a 1366×768 laptop with a panel
        (QRect(0, 28, 1280, 772), True),  # a 1280×800 laptop with a top bar
        (QRect(0, 0, 1920, 1040), False),
        (QRect(1920, 0, 2560, 1400), False),  # a second screen, right of the first
    ],
)
def test_the_window_lies_inside_the_free_area_and_is_maximised_on_a_small_screen(
    available: QRect, maximised: bool
) -> None:
    fit = placement(available, FRAME)
    assert available.contains(outer(fit.geometry))
    assert fit.maximised is maximised


def test_on_a_large_screen_the_window_has_its_own_size_centred() -> None:
    available = QRect(0, 0, 1920, 1040)
    fit = placement(available, FRAME)
    assert fit.geometry.size() == PREFERRED
    centre = outer(fit.geometry).center()
    assert abs(centre.x() - available.center().x()) <= 1 and abs(centre.y() - available.center().y()) <= 1


def test_a_remembered_geometry_too_large_or_off_the_screen_is_brought_inside_it() -> None:
    available = QRect(0, 0, 1024, 768)
    for wanted in (QRect(-300, -50, 1600, 1000), QRect(900, 700, 800, 600), QRect(100, 100, 500, 400)):
        fit = placement(available, FRAME, wanted)
        assert available.contains(outer(fit.geometry)), wanted
    assert placement(available, FRAME, QRect(100, 100, 500, 400)).geometry == QRect(100, 100, 500, 400)


def test_the_real_window_opens_inside_a_1024x768_screen(tmp_path: Path) -> None:
    """The app's own start-up on an offscreen 1024×768 screen whose windows have frames."""
    config = tmp_path / "screen.json"
    screen = {"name": "small", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}), encoding="utf-8")
    script = textwrap.dedent(
        """
        import gc
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from quizapp.options import LaunchOptions
        from quizapp.paths import DataPaths
        from quizapp.ui.launch import PersonalStart
        from quizapp.ui.shell.i18n import Translations

        app = QApplication([])
        start = PersonalStart(LaunchOptions(lang="en"), DataPaths(Path(sys.argv[1])))
        window = start.make_window(app, Translations())
        start.show(window)
        for _ in range(5):
            app.processEvents()
        frame, free = window.frameGeometry(), window.screen().availableGeometry()
        print(free.contains(frame), window.isMaximized(), frame.width(), frame.height(), flush=True)
        window.close()
        del window
        gc.collect()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "1024", "768"]


def test_a_window_back_from_maximised_too_large_for_its_screen_shrinks_inside_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    screen = window.screen()
    window.resize(screen.availableGeometry().size() * 2)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.showNormal()
    qtbot.waitUntil(lambda: screen.availableGeometry().contains(window.frameGeometry()))
