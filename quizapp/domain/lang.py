"""The two languages of the app, defined once; cheap to import (the command line and the
settings read it before the first frame, without the rest of the domain model)."""

from __future__ import annotations

from typing import Literal

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")
