"""A faster, equivalent form of one check PySide6 makes on every import.

PySide6 hooks `import` to support `from __feature__ import snake_case`: for every module
imported after PySide6, shiboken asks whether its source mentions "PySide6", reading it with
`inspect.getsource` (linecache, line splitting). For the ~400 modules of SQLAlchemy and the
services that is ~0.17 s of a start-up whose whole budget is ~0.35 s (docs/performance.md).
`quicken_feature_check` replaces that one question with a plain byte search of the same file;
the answer is the same, so what the feature machinery does is unchanged. Where this version of
PySide6 has no such function, nothing is changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (shibokensupport exists once PySide6 is imported)

log = logging.getLogger(__name__)
NEEDLE = b"PySide6"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the source of `module` contains "PySide6", as shiboken's own check answers it."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)  # no plain source file: let shiboken decide as it always does
    try:
        with open(path, "rb") as fh:
            return NEEDLE in fh.read()
    except OSError:
        return False  # shiboken's check also answers False when the source cannot be read


def quicken_feature_check() -> bool:
    """Install the faster check; True when it was installed."""
    try:
        import shibokensupport.feature as feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "quizapp", False):
        return False

    def check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    check.quizapp = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check
    log.debug("PySide6's feature check reads module files directly")
    return True
