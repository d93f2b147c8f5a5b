"""What the command line asks of the GUI, as one typed object (argparse stays in cli.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.domain.kiosk import DEFAULT_MIN_COUNT

if TYPE_CHECKING:
    from quizapp.domain.model import Lang
    from quizapp.services.settings import TextSize

DEFAULT_IDLE_TIMEOUT = 90
DEFAULT_IDLE_WARNING = 15


@dataclass(frozen=True, slots=True)
class KioskOptions:
    idle_timeout: int = DEFAULT_IDLE_TIMEOUT
    """Seconds without input before "Still there?"."""
    idle_warning: int = DEFAULT_IDLE_WARNING
    """Seconds of that countdown before the visit ends."""
    database_url: str | None = None
    """The centre's PostgreSQL the counters also go to (--database-url or kiosk.toml); None: none."""
    kiosk_name: str = ""
    """This kiosk's name in the pooled report (--kiosk-name or kiosk.toml)."""
    kiosk_group: str | None = None
    """The staff screen reports the kiosks whose names start with this; None: all of them."""
    min_count: int = DEFAULT_MIN_COUNT
    """The staff screen shows a count below this as "<N" (1: every count exactly)."""


@dataclass(frozen=True, slots=True)
class LaunchOptions:
    lang: Lang | None = None
    """None: personal mode follows the saved choice, then the system; a kiosk greets in Japanese."""
    text_size: TextSize | None = None
    high_contrast: bool = False
    furigana: bool | None = None
    """None: as last chosen (on at first); a kiosk visit always starts with them on."""
    banks: tuple[Path, ...] = ()
    """Extra folders of banks, after the shipped ones."""
    quit_after_first_frame: bool = False
    """Exit 0 at the first paint of the (still empty) window: the first frame."""
    quit_when_ready: bool = False
    """Exit 0 once the home screen (kiosk: the attract screen) is usable and painted."""
    kiosk: KioskOptions | None = None
    """Set: run as a public kiosk. None: personal mode."""
