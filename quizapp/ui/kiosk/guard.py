"""What keeps a public kiosk a kiosk while the app runs: its window comes back full screen and
in front when the window manager minimises, hides or un-fullscreens it (Alt+Space → Iconify,
`xdotool windowminimize`, a desktop's "show desktop"), and no context menu (Copy / Select all)
opens anywhere, by right click or long press."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)
RESTORE_DELAY_MS = 200
"""After a change of state, how long to wait before putting the window back: long enough for the
window manager to finish what it was doing (iconifying), short enough that nobody can use it."""


class KioskGuard(QObject):
    """Watches `window` (from its first full-screen show on) and the whole application.

    `engaged` is False until the window has been full screen once, so a window shown normally
    (tests, screenshots) is left as it is; `release()` stops it for good (staff leaving)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.engaged = False
        self._released = False
        self._handle: QObject | None = None
        self.restores = 0
        """How many times the window was put back (for the log and for tests)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESTORE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    @property
    def _window(self) -> QWidget:
        """The guarded window: our parent (not an attribute, so that the window and its guard
        hold no reference cycle that would keep a deleted window's wrapper alive)."""
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def install(self, app: QApplication) -> None:
        """Watch the window and swallow every context menu event of the application."""
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def release(self) -> None:
        """The staff left kiosk mode: let the window close and stay closed."""
        self._released = True
        self.engaged = False
        self._timer.stop()

    def needs_restoring(self) -> bool:
        window = self._window
        state = window.windowState()
        return (
            not window.isVisible()
            or self._unmapped()
            or bool(state & Qt.WindowState.WindowMinimized)
            or not state & Qt.WindowState.WindowFullScreen
        )

    def _unmapped(self) -> bool:
        """Taken off the screen behind Qt's back (an X client unmapping it): Qt still calls it
        visible, but its native window is no longer exposed."""
        handle = self._window.windowHandle()
        return handle is not None and self._window.isVisible() and not handle.isExposed()

    def restore(self) -> None:
        """Full screen, in front and active again (does nothing before the first full screen)."""
        if not self.engaged:
            return
        window = self._window
        if self.needs_restoring():
            self.restores += 1
            log.warning("the kiosk window was minimised, hidden or left full screen; restoring it")
            if self._unmapped() and not window.windowState() & Qt.WindowState.WindowMinimized:
                window.hide()  # so that showing it maps the native window again
            window.setWindowState(
                (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
            )
            window.showFullScreen()
        active = QApplication.activeWindow()
        if active is None or active is window:  # our own dialog (the staff's file dialog) stays
            window.raise_()
            window.activateWindow()

    def _schedule(self) -> None:
        if self.engaged and not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no Copy / Select all / anything else, anywhere
        if self._released or kind not in _WATCHED:
            return False
        window = self._window
        if watched is window:
            if kind == QEvent.Type.WindowStateChange:
                if not self.engaged and window.windowState() & Qt.WindowState.WindowFullScreen:
                    self.engaged = True  # from the first full screen on, it stays full screen
                    self._handle = window.windowHandle()
                elif self.engaged and self.needs_restoring():
                    self._schedule()
            elif self.engaged:  # hidden, or another program's window came in front (see restore)
                self._schedule()
        elif self.engaged and watched is self._handle and self._unmapped():
            self._schedule()  # Expose: taken off the screen behind Qt's back
        return False


_WATCHED = frozenset(
    {QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.WindowDeactivate, QEvent.Type.Expose}
)
