"""Starting the GUI: translations, fonts, the window; heavy work only after the first paint."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from quizapp.paths import DataPaths
from quizapp.services.settings import load_settings
from quizapp.storage.errors import AlreadyRunning, DataDirUnwritable
from quizapp.storage.instance_lock import InstanceLock
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.errors import install_excepthook, show_error
from quizapp.ui.shell.i18n import Translations, system_lang

if TYPE_CHECKING:
    from quizapp.domain.model import Lang

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


def load_into(window: MainWindow, paths: DataPaths, args: argparse.Namespace) -> None:
    """Open the banks and the database (the slow part) and hand them to the window."""
    from quizapp.services.context import open_context
    from quizapp.storage.errors import DatabaseTooNew, StorageError
    from quizapp.ui.shell import dialogs  # the dialogs are not needed before the first frame

    try:
        context = open_context(paths, args.banks)
    except DataDirUnwritable as exc:
        log.error("cannot write the data folder: %s", exc)
        dialogs.cannot_write(window, exc)
        QApplication.quit()
        return
    except DatabaseTooNew as exc:
        log.error("refusing database: %s", exc)
        show_error(
            window,
            window.tr(
                "Your progress file was made by a newer version of this app, so this version "
                "cannot open it. Please install the newer version.\n{path}"
            ).format(path=exc.path),
            paths.log_file,
        )
        QApplication.quit()
        return
    except (StorageError, OSError) as exc:
        log.exception("cannot open the data")
        show_error(
            window,
            window.tr("Your progress could not be opened.\n{detail}").format(detail=exc),
            paths.log_file,
        )
        QApplication.quit()
        return
    window.attach(context)
    if context.storage is not None and context.storage.recovered:
        dialogs.storage_recovered(window, context.storage)


def take_lock(paths: DataPaths) -> InstanceLock | None:
    """The data folder's lock, or None after telling the user why the app cannot start."""

    try:
        return InstanceLock.acquire(paths.lock_file)
    except AlreadyRunning:
        from quizapp.ui.shell import dialogs  # the dialogs are not needed on a normal start

        log.info("another quizapp is using %s", paths.root)
        dialogs.already_open(None, str(paths.root))
    except DataDirUnwritable as exc:
        from quizapp.ui.shell import dialogs

        log.error("cannot write the data folder: %s", exc)
        dialogs.cannot_write(None, exc)
    return None


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    if getattr(args, "kiosk", False):
        from quizapp.ui.kiosk_startup import run_kiosk

        return run_kiosk(app, args, paths)
    saved = load_settings(paths.settings)
    lang: Lang = args.lang or saved.lang or system_lang()
    look = theme.Look(
        text_size=args.text_size or saved.text_size,
        high_contrast=args.high_contrast or saved.high_contrast,
    )
    translations = Translations()
    translations.use(lang)
    theme.apply(app, look, family=theme.load_fonts())
    install_excepthook(paths.log_file)
    lock = take_lock(paths)  # before any window: a second copy only says it is already open
    if lock is None:
        return 1
    window = MainWindow(lang, paths.log_file, translations=translations, settings_file=paths.settings)
    if args.quit_after_first_frame:
        then: Callable[[], None] = app.quit
    else:

        def then() -> None:
            load_into(window, paths, args)

    watcher = FirstPaint(then)
    window.installEventFilter(watcher)
    window.resize(1100, 760)
    window.show()
    try:
        return app.exec()
    finally:
        lock.release()
