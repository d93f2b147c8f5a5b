"""Screenshots of every screen from a real window: `make screenshots` runs this under Xvfb.

Every screen (home, question, feedback, results, progress) in Japanese and English, at normal
and largest text, in standard and high contrast, saved as
docs/screenshots/<screen>-<lang>-<size>-<scheme>.png; the same at the largest text in a
1024×768 window (a small laptop's screen), as <screen>-1024x768-<lang>-largest-<scheme>.png;
and kiosk mode's screens (attract, a question, feedback, results, idle warning, PIN pad, staff)
in both languages on a 1920×1080 and a 1080×1920 touch screen (see capture_kiosk).
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.domain.lang import LANGS
from quizapp.paths import DataPaths, shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import AppContext, make_context, open_answers
from quizapp.services.quiz import QuizService
from quizapp.ui.personal.main_window import MainWindow
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations

OUT = Path(__file__).resolve().parent
WIDTH, HEIGHT = 1280, 800


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(60)


def shoot(app: QApplication, window: MainWindow, name: str) -> None:
    settle(app)
    screen = window.screen()
    image = screen.grabWindow(0, 0, 0, WIDTH, HEIGHT) if screen else window.grab()
    if image.isNull() or sys.platform != "linux":
        image = window.grab()
    image.save(str(OUT / f"{name}.png"))
    print("saved", name)


def shoot_window(app: QApplication, window: MainWindow, name: str) -> None:
    """The window alone (not the whole screen): for a window smaller than the screen."""
    settle(app)
    window.grab().save(str(OUT / f"{name}.png"))
    print("saved", name)


def key(window: MainWindow, code: Qt.Key) -> None:
    target: QWidget = window.focusWidget() or window.current_screen()
    QTest.keyClick(target, code)


def capture_set(
    app: QApplication,
    family: str,
    translations: Translations,
    base: AppContext,
    lang: str,
    look: theme.Look,
    small: bool = False,
) -> None:
    """Every screen in one language and look; `small`: in a 1024×768 window."""
    suffix = f"{lang}-{look.text_size}-{'high-contrast' if look.high_contrast else 'standard'}"
    translations.use(lang)  # type: ignore[arg-type]
    theme.apply(app, look, family=family)
    window = MainWindow(translations, base.paths.log_file)
    context = make_context(base.paths, base.catalog, base.answers)
    context.quiz = QuizService(base.catalog, base.answers, random.Random(7))  # the same questions every time
    window.attach(context)
    if small:
        suffix = f"1024x768-{suffix}"
        window.setGeometry(0, 0, 1024, 768)
        window.show()
    else:
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.showFullScreen()
    window.activateWindow()

    def take(name: str) -> None:
        (shoot_window if small else shoot)(app, window, f"{name}-{suffix}")

    take("home")
    key(window, Qt.Key.Key_Return)
    take("question")
    key(window, Qt.Key.Key_2)
    key(window, Qt.Key.Key_Return)
    take("feedback")
    while window.current_screen() is window.question:
        key(window, Qt.Key.Key_Return)
        if window.current_screen() is window.question:
            key(window, Qt.Key.Key_1)
            key(window, Qt.Key.Key_Return)
    take("results")
    key(window, Qt.Key.Key_Return)
    key(window, Qt.Key.Key_P)
    take("progress")
    window._context = None  # the answer store is shared between the sets: do not close it
    window.close()
    window.deleteLater()
    settle(app, 2)


KIOSK_SIZES = ((1920, 1080), (1080, 1920))
"""The kiosk's touch screens: landscape and portrait."""


def capture_kiosk(app: QApplication, family: str, translations: Translations, root: Path, lang: str) -> None:
    """Kiosk mode on a landscape and a portrait touch screen: attract, a question, its feedback,
    the results, the idle warning, the staff PIN pad and the staff screen, saved as
    kiosk-<screen>-<lang>-<width>x<height>.png. The window is given the screen's size (larger
    than the X screen of `make screenshots`) and drawn with grab()."""
    from quizapp.services.kiosk import open_kiosk_context
    from quizapp.services.kiosk_pin import PinStore
    from quizapp.ui.kiosk.idle import IdleWatcher
    from quizapp.ui.kiosk.kiosk_window import KioskWindow

    for width, height in KIOSK_SIZES:
        paths = DataPaths(root / f"kiosk-{lang}-{width}x{height}")
        pins = PinStore(paths.root)
        pins.set_pin("2580")
        look = theme.Look(text_size="large")
        translations.use(lang)  # type: ignore[arg-type]
        theme.apply(app, look, family=family)
        watcher = IdleWatcher(2, 30)
        watcher.install(app)
        window = KioskWindow(translations, look, pins, watcher)
        context = open_kiosk_context(paths)
        window.attach(context)
        window.setGeometry(0, 0, width, height)
        window.show()
        window.activateWindow()

        def kiosk_shot(screen: str, window: KioskWindow = window, size: str = f"{width}x{height}") -> None:
            settle(app)
            window.grab().save(str(OUT / f"kiosk-{screen}-{lang}-{size}.png"))
            print("saved", f"kiosk-{screen}-{lang}-{size}")

        def press(code: Qt.Key, window: KioskWindow = window) -> None:
            target: QWidget = window.focusWidget() or window.current_screen()
            QTest.keyClick(target, code)

        kiosk_shot("attract")
        press(Qt.Key.Key_Return)
        kiosk_shot("question")
        press(Qt.Key.Key_2)
        press(Qt.Key.Key_Return)
        kiosk_shot("feedback")
        session = window.session
        assert session is not None
        while window.current_screen() is session.question:
            press(Qt.Key.Key_Return)
            if window.current_screen() is session.question:
                press(Qt.Key.Key_1)
                press(Qt.Key.Key_Return)
        kiosk_shot("results")
        window.end_visit()
        press(Qt.Key.Key_Return)  # a new visit, left alone
        QTest.qWait(2300)  # idle past the (short) timeout: the "Still there?" warning
        kiosk_shot("idle-warning")
        window.end_visit()
        QTest.keyClick(
            window,
            Qt.Key.Key_K,
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ShiftModifier,
        )
        settle(app)
        for digit in "25":
            window.pin_pad.press_digit(digit)
        kiosk_shot("pin-pad")
        for digit in "80":
            window.pin_pad.press_digit(digit)
        window.pin_pad.submit()
        kiosk_shot("staff")
        watcher.disarm()
        app.removeEventFilter(watcher)
        window._may_close = True
        window.close()
        window.deleteLater()
        context.close()
        theme.set_screen_factor(1.0)
        settle(app, 2)


def main() -> int:
    app = QApplication(sys.argv[:1])
    family = theme.load_fonts()
    translations = Translations()
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp))
        catalog = load_catalog([shipped_banks_dir()], paths.cache)
        answers = open_answers(paths)
        seed = QuizService(catalog, answers, random.Random(3))
        warmup = seed.start_mixed(6)  # some progress, so the home screen shows figures
        for i, _ in enumerate(warmup.questions):
            question = warmup.current
            assert question is not None
            seed.submit(warmup, question.correct_ids if i % 3 else frozenset({"not_sure"}), 5.0)
        for lang in LANGS:
            for size in ("normal", "largest"):
                for contrast in (False, True):
                    look = theme.Look(text_size=size, high_contrast=contrast)  # type: ignore[arg-type]
                    capture_set(app, family, translations, make_context(paths, catalog, answers), lang, look)
            for contrast in (False, True):  # a small laptop's screen at the largest text
                look = theme.Look(text_size="largest", high_contrast=contrast)
                context = make_context(paths, catalog, answers)
                capture_set(app, family, translations, context, lang, look, small=True)
        answers.close()
        for lang in LANGS:
            capture_kiosk(app, family, translations, Path(tmp), lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
