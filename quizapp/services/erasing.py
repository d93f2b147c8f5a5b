"""delete-my-data, all or nothing: a marker file is written first and removed last, so an erase
cut short (a kill, a power cut, a full disk) is finished the next time the data is opened, and
"erased" is true whatever happened in between."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine

from quizapp.paths import ERASE_MARKER as ERASE_MARKER
from quizapp.services.files import write_atomically
from quizapp.storage.backup import fsync_folder
from quizapp.storage.history import erase_history

log = logging.getLogger(__name__)
BACKUPS_DIR = "backups"
"""Backups live in <data-dir>/backups/ (made by the backup feature); erasing empties it."""


def backup_files(root: Path) -> list[Path]:
    """Every file in the backups folder (finished backups and half-written temporary ones)."""
    folder = root / BACKUPS_DIR
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def erase_pending(root: Path) -> bool:
    return (root / ERASE_MARKER).exists()


def erase_everything(engine: Engine, root: Path) -> None:
    """Erase every answer, run, schedule and added profile in the database at `engine`, and
    every file in `root`/backups. The marker is written (and flushed to disk) before anything
    is erased and removed after the last step, so a restart can tell an unfinished erase."""
    marker = root / ERASE_MARKER
    write_atomically(marker, b"delete-my-data started; the next start finishes it\n", mode=0o600)
    for path in backup_files(root):
        _remove(path)
    if (root / BACKUPS_DIR).is_dir():
        fsync_folder(root / BACKUPS_DIR)  # the removals durable before the answers go
    erase_history(engine)
    _drop_marker(marker)


def finish_interrupted_erase(engine: Engine, root: Path) -> bool:
    """If an erase was cut short, finish it now; True when there was one."""
    if not erase_pending(root):
        return False
    log.warning("an earlier erase of %s did not finish; finishing it now", root)
    erase_everything(engine, root)
    return True


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    log.info("erased backup %s", path)


def _drop_marker(marker: Path) -> None:
    marker.unlink()
    fsync_folder(marker.parent)
