"""Where the personal window opens: never larger than the screen's free area, centred on it,
and maximised on a small screen (a 1024×768 or 1366×768 laptop), where a window smaller than
the screen would only waste room."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1100, 760)
"""The window's own size (without the frame) when the screen has room for it."""
SMALL_SCREEN = QSize(1280, 800)
"""A screen whose free area is narrower or lower than this opens the window maximised."""
GUESSED_FRAME = QMargins(8, 40, 8, 8)
"""The window manager's frame before it is known (a title bar, thin borders): generous, so a
window placed with it never pokes out of the screen."""


@dataclass(frozen=True, slots=True)
class Placement:
    geometry: QRect
    """The window's own area (without the frame); when maximised, the size it returns to."""
    maximised: bool


def placement(available: QRect, frame: QMargins = GUESSED_FRAME, wanted: QRect | None = None) -> Placement:
    """Where a window goes on a screen whose free area is `available`.

    `wanted` is a size and position asked for (a remembered or current geometry, without the
    frame); None asks for PREFERRED, centred. Either way the window with its `frame` lies inside
    `available`: too large, it shrinks; partly off the screen, it moves back onto it.
    """
    room = available.marginsRemoved(frame)
    size = (wanted.size() if wanted is not None else PREFERRED).boundedTo(room.size())
    geometry = QRect(room.topLeft(), size)
    if wanted is None:
        geometry.moveCenter(room.center())
    else:
        left = min(max(wanted.left(), room.left()), room.right() - size.width() + 1)
        top = min(max(wanted.top(), room.top()), room.bottom() - size.height() + 1)
        geometry.moveTopLeft(QPoint(left, top))
    small = available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()
    return Placement(geometry, maximised=small)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around `window`, or a guess before it has one."""
    handle = window.windowHandle()
    margins = handle.frameMargins() if handle is not None and window.isVisible() else QMargins()
    return margins if not margins.isNull() else GUESSED_FRAME


def fit_to_screen(window: QWidget) -> None:
    """Before `window` is first shown: size and centre it for its screen, maximised on a small one."""
    screen = window.screen()
    if screen is None:
        return
    fit = placement(screen.availableGeometry(), frame_margins(window))
    window.setGeometry(fit.geometry)
    if fit.maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def shrink_to_screen(window: QWidget) -> None:
    """A shown window too large for its (new or changed) screen shrinks back inside it. One that
    merely overlaps the edge is left alone: the learner may be dragging it to another screen."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return  # the window manager fits those; the normal size is checked when it returns
    frame = frame_margins(window)
    available = screen.availableGeometry()
    outer = window.size().grownBy(frame)
    if outer.boundedTo(available.size()) != outer:
        window.setGeometry(placement(available, frame, window.geometry()).geometry)


class ScreenFollower(QObject):
    """Keeps a shown `window` inside its screen's free area: when it moves to another screen,
    when the screen's resolution or panels change, and when it comes back from maximised.
    The window calls `follow` when shown and `recheck` when its state changes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None
        self._following = False

    def follow(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None and not self._following:
            self._following = True
            handle.screenChanged.connect(self._on_window_screen_changed)
            self._watch(handle.screen())

    def recheck(self) -> None:
        QTimer.singleShot(0, self, self._on_screen_available_geometry_changed)

    def _watch(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self._on_screen_available_geometry_changed)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._on_screen_available_geometry_changed)

    def _on_window_screen_changed(self, screen: QScreen | None) -> None:
        self._watch(screen)
        shrink_to_screen(self._window)

    def _on_screen_available_geometry_changed(self) -> None:
        shrink_to_screen(self._window)
