"""The one start-up of the GUI, for both modes, in the order it happens:

1. the QApplication, the language (translations) and the look (fonts and colours);
2. the data folder's lock, before any window, so a second copy only says why it cannot start;
3. the window of the mode, with its error hook, shown at once;
4. after its first paint, the slow part: banks and database, handed to the window (or, with
   --quit-after-first-frame, exit 0);
5. the event loop; the lock is released when it ends.

What differs between personal and kiosk mode is one small class each (`PersonalStart`,
`KioskStart`) chosen once, by whether `LaunchOptions.kiosk` is set.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from quizapp.options import KioskOptions, LaunchOptions
from quizapp.paths import DataPaths
from quizapp.services.settings import load_settings
from quizapp.storage.errors import AlreadyRunning, DataDirUnwritable
from quizapp.storage.instance_lock import InstanceLock
from quizapp.ui.shell import theme
from quizapp.ui.shell.errors import dialog_hook, install_excepthook, recovering_hook
from quizapp.ui.shell.i18n import Translations, system_lang

if TYPE_CHECKING:
    from quizapp.domain.model import Lang
    from quizapp.ui.kiosk.kiosk_window import KioskWindow
    from quizapp.ui.personal.main_window import MainWindow

log = logging.getLogger(__name__)


class FirstPaint(QObject):
    """Calls `then` once, just after the watched window has painted for the first time."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)
        return False


class Start(Protocol):
    """What one mode decides at start-up."""

    lang: Lang
    look: theme.Look

    def take_lock(self) -> InstanceLock | None: ...
    def make_window(self, app: QApplication, translations: Translations) -> QMainWindow: ...
    def show(self, window: QMainWindow) -> None: ...
    def load(self, window: QMainWindow) -> None: ...


def launch(options: LaunchOptions, paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    start: Start = (
        KioskStart(options, options.kiosk, paths)
        if options.kiosk is not None
        else PersonalStart(options, paths)
    )
    translations = Translations()
    translations.use(start.lang)
    theme.apply(app, start.look, family=theme.load_fonts())
    lock = start.take_lock()
    if lock is None:
        return 1
    window = start.make_window(app, translations)
    if options.quit_after_first_frame:

        def then() -> None:
            app.exit(0)

    else:

        def then() -> None:
            start.load(window)

    first_paint = FirstPaint(then)
    window.installEventFilter(first_paint)
    start.show(window)
    try:
        return app.exec()
    finally:
        lock.release()


class PersonalStart:
    """A learner at home: saved display choices, dialogs that explain, the window resizable."""

    def __init__(self, options: LaunchOptions, paths: DataPaths) -> None:
        self._options = options
        self._paths = paths
        saved = load_settings(paths.settings)
        self.lang: Lang = options.lang or saved.lang or system_lang()
        self.look = theme.Look(
            text_size=options.text_size or saved.text_size,
            high_contrast=options.high_contrast or saved.high_contrast,
        )

    def take_lock(self) -> InstanceLock | None:
        """The data folder's lock, or None after telling the user why the app cannot start."""
        from quizapp.ui.shell import dialogs  # the dialogs are not needed on a normal start

        try:
            return InstanceLock.acquire(self._paths.lock_file)
        except AlreadyRunning:
            log.info("another quizapp is using %s", self._paths.root)
            dialogs.already_open(None, str(self._paths.root))
        except DataDirUnwritable as exc:
            log.error("cannot write the data folder: %s", exc)
            dialogs.cannot_write(None, exc)
        return None

    def make_window(self, app: QApplication, translations: Translations) -> MainWindow:
        from quizapp.ui.personal.main_window import MainWindow

        install_excepthook(dialog_hook(self._paths.log_file))
        window = MainWindow(translations, self._paths.log_file, settings_file=self._paths.settings)
        window.fit_to_screen()
        return window

    def show(self, window: QMainWindow) -> None:
        window.show()

    def load(self, window: QMainWindow) -> None:
        """Open the banks and the database (the slow part) and hand them to the window; on
        failure say why and quit."""
        from quizapp.services.context import open_context
        from quizapp.storage.errors import DatabaseTooNew, StorageError
        from quizapp.ui.personal.main_window import MainWindow
        from quizapp.ui.shell import dialogs

        assert isinstance(window, MainWindow)
        paths = self._paths
        try:
            context = open_context(paths, self._options.banks)
        except DataDirUnwritable as exc:
            log.error("cannot write the data folder: %s", exc)
            dialogs.cannot_write(window, exc)
            QApplication.quit()
            return
        except DatabaseTooNew as exc:
            log.error("refusing database: %s", exc)
            message = QCoreApplication.translate(
                "launch",
                "Your progress file was made by a newer version of this app, so this version "
                "cannot open it. Please install the newer version.\n{path}",
            ).format(path=exc.path)
            dialogs.show_error(window, message, paths.log_file)
            QApplication.quit()
            return
        except (StorageError, OSError) as exc:
            log.exception("cannot open the data")
            message = QCoreApplication.translate("launch", "Your progress could not be opened.\n{detail}")
            message = message.format(detail=exc)
            dialogs.show_error(window, message, paths.log_file)
            QApplication.quit()
            return
        window.attach(context)
        if context.storage is not None and context.storage.recovered:
            dialogs.storage_recovered(window, context.storage)
        if context.storage is not None and context.storage.lost_writes is not None:
            dialogs.writes_lost(window, context.storage)


class KioskStart:
    """A public kiosk: unattended, so failures are logged (and end in a restart), never asked
    about; full screen in Japanese with large text unless told otherwise; nothing remembered.
    A restart (after a crash, by the service manager) always comes back here."""

    def __init__(self, options: LaunchOptions, kiosk: KioskOptions, paths: DataPaths) -> None:
        self._options = options
        self._kiosk = kiosk
        self._paths = paths
        self.lang: Lang = "en" if options.lang == "en" else "ja"  # a kiosk in Japan greets in Japanese
        self.look = theme.Look(text_size=options.text_size or "large", high_contrast=options.high_contrast)

    def take_lock(self) -> InstanceLock | None:
        """One kiosk per data folder; unattended, so it logs and prints rather than asking anyone."""
        try:
            return InstanceLock.acquire(self._paths.lock_file)
        except (AlreadyRunning, DataDirUnwritable) as exc:
            log.error("kiosk mode cannot start: %s", exc)
            print(f"quizapp --kiosk: {exc}", file=sys.stderr)
            return None

    def make_window(self, app: QApplication, translations: Translations) -> KioskWindow:
        from quizapp.services.kiosk_pin import PinStore
        from quizapp.ui.kiosk.idle import IdleWatcher
        from quizapp.ui.kiosk.kiosk_window import KioskWindow

        app.setQuitOnLastWindowClosed(False)
        watcher = IdleWatcher(self._kiosk.idle_timeout, self._kiosk.idle_warning, parent=app)
        watcher.install(app)
        window = KioskWindow(translations, self.look, PinStore(self._paths.root), watcher)
        install_excepthook(recovering_hook(window.end_visit))
        # exit(), not quit(): quit() asks the windows to close first, and the kiosk window refuses.
        window.left_by_staff.connect(lambda: app.exit(0))
        log.info(
            "kiosk mode: idle timeout %d s, warning %d s", self._kiosk.idle_timeout, self._kiosk.idle_warning
        )
        return window

    def show(self, window: QMainWindow) -> None:
        window.showFullScreen()

    def load(self, window: QMainWindow) -> None:
        """Banks and counters; if they cannot be opened, exit 1 so the service manager restarts us."""
        from quizapp.services.kiosk import open_kiosk_context
        from quizapp.storage.errors import StorageError
        from quizapp.ui.kiosk.kiosk_window import KioskWindow

        assert isinstance(window, KioskWindow)
        try:
            window.attach(open_kiosk_context(self._paths, self._options.banks))
        except (StorageError, OSError):
            log.exception("kiosk mode cannot open its data in %s", self._paths.root)
            QApplication.exit(1)
