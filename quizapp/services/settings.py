"""The learner's display settings, kept in settings.json in the data dir (personal mode only)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from quizapp.domain.lang import LANGS

if TYPE_CHECKING:
    from quizapp.domain.lang import Lang

log = logging.getLogger(__name__)
TextSize = Literal["normal", "large", "largest"]
TEXT_SIZES: tuple[TextSize, ...] = ("normal", "large", "largest")


@dataclass(frozen=True, slots=True)
class Settings:
    lang: Lang | None = None
    """None: follow the system language."""
    text_size: TextSize = "normal"
    high_contrast: bool = False
    furigana: bool = True
    """Readings above kanji in やさしい日本語."""


def _clean(raw: Any) -> Settings:
    if not isinstance(raw, dict):
        raise ValueError("the settings file does not hold an object")
    lang = raw.get("lang")
    size = raw.get("text_size", "normal")
    contrast = raw.get("high_contrast", False)
    furigana = raw.get("furigana", True)
    return Settings(
        lang=cast("Lang", lang) if lang in LANGS else None,
        text_size=cast("TextSize", size) if size in TEXT_SIZES else "normal",
        high_contrast=contrast if isinstance(contrast, bool) else False,
        furigana=furigana if isinstance(furigana, bool) else True,
    )


def load_settings(path: Path) -> Settings:
    """The saved settings; defaults when there are none or the file is unreadable (logged)."""
    try:
        return _clean(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings %s: %s", path, exc)
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically (temporary file, then rename); a failure is logged, never raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, indent=2)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not save settings to %s: %s", path, exc)
