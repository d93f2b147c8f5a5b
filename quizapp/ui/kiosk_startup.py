"""Starting kiosk mode: the attract screen full screen at once, the banks and counters after
the first paint. A restart (after a crash, by the service manager) always comes back here."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from quizapp.domain.model import Lang
from quizapp.paths import DataPaths
from quizapp.services.kiosk_pin import PinStore
from quizapp.ui.kiosk.idle import IdleWatcher
from quizapp.ui.kiosk.kiosk_window import KioskWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations

log = logging.getLogger(__name__)


def load_into(window: KioskWindow, paths: DataPaths, args: argparse.Namespace) -> None:
    from quizapp.services.kiosk import open_kiosk_context
    from quizapp.storage.errors import StorageError

    try:
        window.attach(open_kiosk_context(paths, args.banks))
    except (StorageError, OSError):
        # Unattended: log it and exit non-zero so the service manager restarts us.
        log.exception("kiosk mode cannot open its data in %s", paths.root)
        QApplication.exit(1)


def _recovering_hook(window: KioskWindow) -> Callable[..., None]:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error in kiosk mode; the visit is reset", exc_info=(kind, exc, tb))
        QTimer.singleShot(0, window.end_visit)

    return hook


def run_kiosk(app: QApplication, args: argparse.Namespace, paths: DataPaths) -> int:
    from quizapp.storage.errors import AlreadyRunning, DataDirUnwritable
    from quizapp.storage.instance_lock import InstanceLock
    from quizapp.ui.launch import FirstPaint

    try:  # one kiosk per data folder; unattended, so it logs rather than asking anyone
        lock = InstanceLock.acquire(paths.lock_file)
    except (AlreadyRunning, DataDirUnwritable) as exc:
        log.error("kiosk mode cannot start: %s", exc)
        print(f"quizapp --kiosk: {exc}", file=sys.stderr)
        return 1
    lang: Lang = "en" if args.lang == "en" else "ja"  # a kiosk in Japan greets in Japanese
    look = theme.Look(text_size=args.text_size or "large", high_contrast=args.high_contrast)
    translations = Translations()
    translations.use(lang)
    theme.apply(app, look, family=theme.load_fonts())
    app.setQuitOnLastWindowClosed(False)
    watcher = IdleWatcher(args.idle_timeout, args.idle_warning)
    watcher.install(app)
    window = KioskWindow(lang, look, PinStore(paths.root), watcher, translations=translations)
    sys.excepthook = _recovering_hook(window)
    # exit(), not quit(): quit() asks the windows to close first, and the kiosk window refuses.
    window.left_by_staff.connect(lambda: app.exit(0))
    log.info("kiosk mode: idle timeout %d s, warning %d s", args.idle_timeout, args.idle_warning)
    if args.quit_after_first_frame:

        def then() -> None:
            app.exit(0)

    else:

        def then() -> None:
            load_into(window, paths, args)

    first_paint = FirstPaint(then)
    window.installEventFilter(first_paint)
    window.showFullScreen()
    try:
        return app.exec()
    finally:
        lock.release()
