"""Writing a file so that it holds either all of its old content or all of the new."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from quizapp.storage.backup import fsync_folder


def _default_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Write `data` to `path` through a temporary file in the same folder: written, flushed to
    disk, then renamed over `path` (and the folder flushed). A failure at any point (a full
    disk, no permission) removes the temporary file and leaves `path` as it was; it raises
    OSError. A symbolic link at `path` is followed, so the file it names is the one replaced;
    a folder is refused (IsADirectoryError), and a device or FIFO (/dev/null, /dev/stdout) is
    written to as it is, since it cannot be replaced and holds no old content. The new file gets `mode`,
    else the old file's permissions, else the usual ones for a new file. Returns the path written.
    """
    target = Path(os.path.realpath(path))
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    if old is not None and stat.S_ISDIR(old.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    if old is not None and not stat.S_ISREG(old.st_mode):
        _write_in_place(target, data)
        return target
    if mode is None:
        mode = stat.S_IMODE(old.st_mode) if old is not None else _default_mode()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
    return target


def _write_in_place(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()


class FileTooLarge(OSError):
    """A file larger than the caller accepts; nothing of it was read."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them. Anything else (a
    folder, a FIFO that would block for ever, a device such as /dev/zero that never ends) is
    refused before reading, as is a file larger than `limit` (FileTooLarge); raises OSError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # with O_NONBLOCK even a FIFO without a writer opens at once
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "is not a regular file (a device, a FIFO or a socket)", str(path))
        if info.st_size > limit:
            raise FileTooLarge(errno.EFBIG, f"is larger than {limit} bytes", str(path))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise FileTooLarge(errno.EFBIG, f"is larger than {limit} bytes", str(path))
    return data
