"""Noticing that nobody is using the kiosk: an application-wide filter sees every key, mouse and
touch event; after the idle timeout a warning counts down, then the visit expires."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Counts idle time while armed.

    Signals:
        timed_out(): `timeout_s` passed without input (the warning starts now).
        warning_tick(int): seconds left in the warning (emitted at its start and each second).
        expired(): the warning ran out: the visit is over. The watcher disarms itself.
        resumed(): input arrived during the warning.
    """

    timed_out = Signal()
    warning_tick = Signal(int)
    expired = Signal()
    resumed = Signal()

    def __init__(self, timeout_s: int, warning_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self._armed = False
        self._warning_left = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(timeout_s * 1000)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    @property
    def warning(self) -> bool:
        return self._warning_left > 0

    def arm(self) -> None:
        """Start (or restart) counting idle time."""
        self._armed = True
        self._stop_warning()
        self._idle.start()

    def disarm(self) -> None:
        self._armed = False
        self._idle.stop()
        self._stop_warning()

    def poke(self) -> None:
        """Input happened: restart the idle time, ending a warning."""
        if not self._armed:
            return
        if self.warning:
            self._stop_warning()
            self.resumed.emit()
        self._idle.start()

    def start_warning(self) -> None:
        """Skip straight to the warning (also what the idle timeout does)."""
        self._idle.stop()
        self._warning_left = self.warning_s
        self._tick.start()
        self.warning_tick.emit(self._warning_left)

    def _stop_warning(self) -> None:
        self._warning_left = 0
        self._tick.stop()

    def _on_idle_timeout(self) -> None:
        self.timed_out.emit()

    def _on_tick_timeout(self) -> None:
        self._warning_left -= 1
        if self._warning_left > 0:
            self.warning_tick.emit(self._warning_left)
            return
        self.disarm()
        self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in INPUT_EVENTS and event.spontaneous():
            self.poke()
        return False
