"""The one start-up of the GUI, for both modes, in the order it happens:

1. the QApplication, the language (translations) and the look (fonts and colours);
2. the data folder's lock, before any window, so a second copy only says why it cannot start;
3. the window of the mode, with its error hook, shown at once;
4. after its first paint, the banks and a first look at the learner's figures: the home screen
   is usable (or, with --quit-after-first-frame, exit 0 before this; with --quit-when-ready,
   exit 0 once it is painted);
5. then the slow part: SQLAlchemy and the services imported on a worker thread, the database
   opened fully on the GUI thread and handed to the window (what the learner chose meanwhile
   happens then). Where a first look is not possible (a first start, an erase to finish, two
   learners ...), the database is opened fully in step 4 instead;
6. the event loop; the lock is released when it ends.

What differs between personal and kiosk mode is one small class each (`PersonalStart`,
`KioskStart`) chosen once, by whether `LaunchOptions.kiosk` is set.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from quizapp.options import KioskOptions, LaunchOptions
from quizapp.paths import DataPaths
from quizapp.services.settings import load_settings
from quizapp.storage.errors import AlreadyRunning, DataDirUnwritable
from quizapp.storage.instance_lock import InstanceLock
from quizapp.ui.shell import theme
from quizapp.ui.shell.binding import quicken_feature_check
from quizapp.ui.shell.errors import dialog_hook, install_excepthook, recovering_hook
from quizapp.ui.shell.i18n import Translations, system_lang

if TYPE_CHECKING:
    from quizapp.domain.model import Catalog, Lang
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
    def load(self, window: QMainWindow) -> bool:
        """Make the window usable (banks, and the data or a first look at it); False if that
        failed (the user has been told, and the app is quitting)."""
        ...

    def finish(self, window: QMainWindow) -> None:
        """After the usable screen: whatever `load` left for later."""
        ...

    def wait(self) -> None:
        """At exit: let work still running on another thread end."""
        ...


def launch(options: LaunchOptions, paths: DataPaths) -> int:
    quicken_feature_check()
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

    elif options.quit_when_ready:

        def then() -> None:
            if start.load(window):
                # the new widgets shown and laid out (posted events, which post more), painted
                # now, then leave
                for _ in range(3):
                    QCoreApplication.sendPostedEvents()
                window.repaint()
                app.exit(0)

    else:

        def then() -> None:
            if start.load(window):
                QTimer.singleShot(0, lambda: start.finish(window))

    first_paint = FirstPaint(then)
    window.installEventFilter(first_paint)
    start.show(window)
    try:
        return app.exec()
    finally:
        start.wait()
        lock.release()


class Warmup(QObject):
    """Runs `work` on a worker thread, then calls `then` on the GUI thread.

    Importing SQLAlchemy and the services, and reading every question, takes about as long as
    the whole start-up before it; meanwhile the home screen stays responsive (Qt paints and
    handles input without the GIL). A failure in `work` is only logged: the GUI thread then
    does the same work itself and reports the error as it would have without the warm-up."""

    done = Signal()

    def __init__(self, work: Callable[[], object], then: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self._then = then
        self.done.connect(self._on_done)  # queued: emitted on the worker thread
        self.worker = threading.Thread(target=self._run, name="quizapp-warmup", daemon=True)

    def start(self) -> None:
        self.worker.start()

    def _run(self) -> None:
        try:
            self._work()
        except Exception:
            log.exception("the warm-up failed; the GUI thread will do its work")
        self.done.emit()

    @Slot()
    def _on_done(self) -> None:
        self._then()


class PersonalStart:
    """A learner at home: saved display choices, dialogs that explain, the window resizable."""

    HEAVY = ("quizapp.services.context", "quizapp.ui.personal.data_actions", "quizapp.ui.quiz.session")
    """What `_open` and `MainWindow.attach` import, warmed up on a worker thread."""

    def __init__(self, options: LaunchOptions, paths: DataPaths) -> None:
        self._options = options
        self._paths = paths
        self._catalog: Catalog | None = None
        self._open_pending = False
        """Set when `load` showed a first look: the full open is still owed (`finish`)."""
        self._warmup: Warmup | None = None
        saved = load_settings(paths.settings)
        self.lang: Lang = options.lang or saved.lang or system_lang()
        self.look = theme.Look(
            text_size=options.text_size or saved.text_size,
            high_contrast=options.high_contrast or saved.high_contrast,
            furigana=saved.furigana if options.furigana is None else options.furigana,
        )

    def take_lock(self) -> InstanceLock | None:
        """The data folder's lock, or None after telling the user why the app cannot start."""
        try:
            return InstanceLock.acquire(self._paths.lock_file)
        except AlreadyRunning:
            log.info("another quizapp is using %s", self._paths.root)
            from quizapp.ui.shell import dialogs  # not needed on a normal start (~10 ms of enums)

            dialogs.already_open(None, str(self._paths.root))
        except DataDirUnwritable as exc:
            log.error("cannot write the data folder: %s", exc)
            from quizapp.ui.shell import dialogs

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

    def load(self, window: QMainWindow) -> bool:
        """The banks' summaries and a first look at the learner's figures; where that is not
        possible, the full open at once."""
        from quizapp.services.home import first_look
        from quizapp.ui.personal.main_window import MainWindow

        assert isinstance(window, MainWindow)
        figures = first_look(self._paths, self._options.banks)
        if figures is None:
            return self._open(window)
        window.show_first_look(figures)
        self._open_pending = True
        return True

    def finish(self, window: QMainWindow) -> None:
        if self._open_pending:
            self._warmup = Warmup(self._prepare, lambda: self._open(window))
            self._warmup.start()

    def _prepare(self) -> None:
        """On the worker thread: what `_open` and `MainWindow.attach` import, and the questions."""
        from quizapp.services.home import open_catalog

        for name in self.HEAVY:
            importlib.import_module(name)
        self._catalog = open_catalog(self._paths, self._options.banks)

    def wait(self) -> None:
        if self._warmup is not None:
            self._warmup.worker.join(timeout=30)

    def _open(self, window: QMainWindow) -> bool:
        """Open the database and hand it to the window with the services; on failure say why
        and quit."""
        self._open_pending = False
        from quizapp.services.context import open_context
        from quizapp.storage.errors import DatabaseTooNew, StorageError
        from quizapp.ui.personal.main_window import MainWindow
        from quizapp.ui.shell import dialogs

        assert isinstance(window, MainWindow)
        paths = self._paths
        try:
            context = open_context(paths, self._options.banks, self._catalog)
        except DataDirUnwritable as exc:
            log.error("cannot write the data folder: %s", exc)
            dialogs.cannot_write(window, exc)
            QApplication.quit()
            return False
        except DatabaseTooNew as exc:
            log.error("refusing database: %s", exc)
            message = QCoreApplication.translate(
                "launch",
                "Your progress file was made by a newer version of this app, so this version "
                "cannot open it. Please install the newer version.\n{path}",
            ).format(path=exc.path)
            dialogs.show_error(window, message, paths.log_file)
            QApplication.quit()
            return False
        except (StorageError, OSError) as exc:
            log.exception("cannot open the data")
            message = QCoreApplication.translate("launch", "Your progress could not be opened.\n{detail}")
            message = message.format(detail=exc)
            dialogs.show_error(window, message, paths.log_file)
            QApplication.quit()
            return False
        window.attach(context)
        freeze_heap()
        if context.storage is not None and context.storage.recovered:
            dialogs.storage_recovered(window, context.storage)
        if context.storage is not None and context.storage.lost_writes is not None:
            dialogs.writes_lost(window, context.storage)
        return True


def freeze_heap() -> None:
    """Everything made so far (the banks, the screens, the modules) lives as long as the app:
    keep it out of the garbage collector's full passes, which otherwise walk the whole heap
    (50–140 ms with the shipped banks) in the middle of some answer."""
    gc.freeze()


class KioskStart:
    """A public kiosk: unattended, so failures are logged (and end in a restart), never asked
    about; full screen in Japanese with large text unless told otherwise; nothing remembered.
    A restart (after a crash, by the service manager) always comes back here."""

    def __init__(self, options: LaunchOptions, kiosk: KioskOptions, paths: DataPaths) -> None:
        self._options = options
        self._kiosk = kiosk
        self._paths = paths
        self.lang: Lang = options.lang or "ja"  # a kiosk in Japan greets in Japanese
        self.look = theme.Look(
            text_size=options.text_size or "large",
            high_contrast=options.high_contrast,
            furigana=True if options.furigana is None else options.furigana,
        )

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
        window = KioskWindow(
            translations, self.look, PinStore(self._paths.root), watcher, min_count=self._kiosk.min_count
        )
        install_excepthook(recovering_hook(window.end_visit))
        # exit(), not quit(): quit() asks the windows to close first, and the kiosk window refuses.
        window.left_by_staff.connect(lambda: app.exit(0))
        log.info(
            "kiosk mode: idle timeout %d s, warning %d s", self._kiosk.idle_timeout, self._kiosk.idle_warning
        )
        return window

    def show(self, window: QMainWindow) -> None:
        window.showFullScreen()

    def load(self, window: QMainWindow) -> bool:
        """Banks and counters; if they cannot be opened, exit 1 so the service manager restarts us."""
        from quizapp.domain.kiosk import ReportScope
        from quizapp.services.kiosk import open_kiosk_context
        from quizapp.storage.errors import StorageError
        from quizapp.storage.kiosk_server import parse_url
        from quizapp.ui.kiosk.kiosk_window import KioskWindow

        assert isinstance(window, KioskWindow)
        try:
            window.attach(
                open_kiosk_context(
                    self._paths,
                    self._options.banks,
                    self._kiosk.kiosk_name,
                    None if self._kiosk.database_url is None else parse_url(self._kiosk.database_url),
                    ReportScope(group=self._kiosk.kiosk_group),
                )
            )
            freeze_heap()
        except (StorageError, OSError):
            log.exception("kiosk mode cannot open its data in %s", self._paths.root)
            QApplication.exit(1)
            return False
        return True

    def finish(self, window: QMainWindow) -> None:
        """Nothing: the attract screen was ready to start a visit when `load` returned."""

    def wait(self) -> None:
        """Nothing runs on another thread."""
