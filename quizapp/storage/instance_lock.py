"""One app per data folder: an OS file lock on <data-dir>/quizapp.lock.

The operating system drops the lock when the process ends, however it ends (even SIGKILL or a
power cut), so a stale lock file never blocks the next start.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

from quizapp.storage.errors import AlreadyRunning, DataDirUnwritable

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class InstanceLock:
    """Held while the app runs. Use `acquire`; `release` (or process exit) frees it."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock:
        """Take the lock or raise AlreadyRunning (held elsewhere) / DataDirUnwritable."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Never through a symbolic link: writing the pid would overwrite the file it names.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP or (path.is_symlink() and exc.errno in (errno.EMLINK, errno.ENOTDIR)):
                raise DataDirUnwritable(path, "is a symbolic link, which quizapp does not follow") from exc
            raise DataDirUnwritable(path, exc.strerror or str(exc)) from exc
        handle = os.fdopen(fd, "r+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunning(path, "another quizapp is using this data folder") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file drops the lock
            self._handle = None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
