"""The command line's one error boundary: every failure becomes one line that says what was
wrong and where (exit 1), with the details in the log."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EPERM: "not permitted",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ELOOP: "a loop of symbolic links",
    errno.EPIPE: "the reading end was closed",
}


class CommandError(Exception):
    """A command cannot do what was asked. The message is one line: what and where."""


class UsageError(CommandError):
    """A command was given a wrong argument that argparse cannot check (an unknown topic):
    exit 2, as for argparse's own usage errors."""


def reason(exc: OSError) -> str:
    """What went wrong, in words, without the file name."""
    if exc.errno in REASONS:
        return REASONS[exc.errno]
    return exc.strerror or str(exc)


def where(exc: OSError, fallback: Path | str | None = None) -> str:
    named = exc.filename if exc.filename is not None else fallback
    return os.fsdecode(named) if named is not None else ""


def describe(exc: BaseException) -> str:
    """One line for `exc`: "place: what was wrong" when it names a place."""
    from quizapp.storage.errors import StorageError

    if isinstance(exc, CommandError | StorageError):
        text = str(exc)
    elif isinstance(exc, OSError):
        place = where(exc)
        text = f"{place}: {reason(exc)}" if place else reason(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


def cannot_write(target: Path, exc: OSError) -> CommandError:
    """The message for a file that could not be written, naming the file (not a temporary)."""
    if exc.errno == errno.ENOENT and not target.parent.is_dir():
        return CommandError(f"cannot write {target}: there is no folder {target.parent}")
    return CommandError(f"cannot write {target}: {reason(exc)}")


def write_stdout(text: str) -> None:
    """Print `text`; when standard output cannot take it (a full device, a closed pipe) raise
    CommandError, and point standard output at the null device, so that Python's own flush at
    exit does not print a second error with a traceback-like report."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
            pass
        raise CommandError(f"cannot write to standard output: {reason(exc)}") from exc
