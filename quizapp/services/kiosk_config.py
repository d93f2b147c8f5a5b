"""The kiosk's configuration file, `kiosk.toml` beside the staff PIN, so a kiosk is set up once:

    database_url = "postgresql+psycopg://kiosk@db.city.example/quizapp?sslmode=verify-full"
    kiosk_name = "chuo-library-1"
    kiosk_group = "chuo-"

Every key is optional, and the command line wins over the file. The file may hold a password
(better: libpq's ~/.pgpass), so it is written readable by its owner only."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.services.files import write_atomically

CONFIG_FILE = "kiosk.toml"
NAME_LIMIT = 64


class BadKioskConfig(ValueError):
    """The configuration (file or option) says something quizapp cannot use; the message says
    what and where."""


@dataclass(frozen=True, slots=True)
class KioskConfig:
    database_url: str | None = None
    """The centre's PostgreSQL, or None: counts stay on this kiosk."""
    kiosk_name: str = ""
    """This kiosk's name in the pooled report ("" until it is given one)."""
    kiosk_group: str | None = None
    """What the staff screen reports: kiosks whose names start with this; None: all."""

    def overridden(
        self, database_url: str | None, kiosk_name: str | None, kiosk_group: str | None
    ) -> KioskConfig:
        """This configuration with the options given on the command line put first."""
        config = self
        if database_url is not None:
            config = replace(config, database_url=database_url)
        if kiosk_name is not None:
            config = replace(config, kiosk_name=kiosk_name)
        if kiosk_group is not None:
            config = replace(config, kiosk_group=kiosk_group)
        return config

    def problem(self) -> str | None:
        """Why a kiosk cannot run with this configuration, or None."""
        if self.database_url is not None and not self.kiosk_name:
            return "a kiosk that sends its counts to a server needs a name: give --kiosk-name NAME"
        return None


def check_name(name: str, what: str = "kiosk name") -> str:
    """`name` if it can name a kiosk (1-64 printable characters, no spaces or slashes)."""
    if (
        not name
        or len(name) > NAME_LIMIT
        or not name.isprintable()
        or any(c.isspace() or c in "/\\" for c in name)
    ):
        raise BadKioskConfig(
            f"{what} {name!r}: use 1 to {NAME_LIMIT} letters, digits or - _ . (no spaces or slashes), "
            "e.g. chuo-library-1"
        )
    return name


def config_path(root: Path) -> Path:
    return root / CONFIG_FILE


def read_config(root: Path) -> KioskConfig:
    """The configuration in `root`'s kiosk.toml (defaults when there is none)."""
    path = config_path(root)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return KioskConfig()
    except OSError as exc:
        raise BadKioskConfig(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BadKioskConfig(f"{path}: not a TOML file quizapp can read: {exc}") from exc
    known = {"database_url", "kiosk_name", "kiosk_group"}
    for key, value in data.items():
        if key not in known:
            raise BadKioskConfig(f"{path}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
        if not isinstance(value, str):
            raise BadKioskConfig(f"{path}: {key} must be a string in quotes, not {type(value).__name__}")
    name = data.get("kiosk_name")
    group = data.get("kiosk_group")
    try:
        if name is not None:
            check_name(name)
        if group is not None:
            check_name(group, "kiosk group")
    except BadKioskConfig as exc:
        raise BadKioskConfig(f"{path}: {exc}") from None
    return KioskConfig(data.get("database_url"), name or "", group)


def write_config(root: Path, config: KioskConfig) -> Path:
    """Write `config` to `root`'s kiosk.toml (owner only), atomically; its path."""
    lines = ["# quizapp kiosk settings (docs/kiosk.md); the command line wins over this file"]
    for key in ("database_url", "kiosk_name", "kiosk_group"):
        value = getattr(config, key)
        if value:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")  # a valid TOML string
    path = config_path(root)
    root.mkdir(parents=True, exist_ok=True)
    write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"), mode=0o600)
    return path
