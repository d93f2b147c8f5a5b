"""What lossy_fs keeps to undo at a power cut: a file's durable pages, and the name journal."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field

PAGE = 4096


@dataclass
class Inode:
    """One file: where its bytes live in BACKING now, and how to put back its durable bytes."""

    number: int
    where: str
    fd: int
    durable_size: int
    saved: dict[int, bytes] = field(default_factory=dict)
    """Durable content of each page changed since the last sync, by page number."""

    def save_pages(self, start: int, end: int) -> None:
        """Keep the durable bytes of the pages in [start, end) before they are changed."""
        last = min(end, self.durable_size)
        for page in range(start // PAGE, (last + PAGE - 1) // PAGE):
            if page not in self.saved:
                self.saved[page] = os.pread(self.fd, PAGE, page * PAGE)

    def make_durable(self) -> None:
        self.saved.clear()
        self.durable_size = os.fstat(self.fd).st_size

    def roll_back(self, rng: random.Random | None) -> None:
        """Back to the bytes and size of the last sync; with `rng`, each page written since
        keeps its new bytes or gets its old ones back, at random, and so does the size."""
        size = os.fstat(self.fd).st_size
        new_size = self.durable_size if rng is None else rng.choice((self.durable_size, size))
        for page, data in self.saved.items():
            if rng is None or rng.random() < 0.5:
                os.pwrite(self.fd, data[: max(0, self.durable_size - page * PAGE)], page * PAGE)
        if rng is not None:  # a page written past the durable end reached the disk, or did not
            for page in range(self.durable_size // PAGE, (new_size + PAGE - 1) // PAGE):
                start, end = max(page * PAGE, self.durable_size), min((page + 1) * PAGE, new_size)
                if end > start and rng.random() < 0.5:
                    os.pwrite(self.fd, bytes(end - start), start)
        os.ftruncate(self.fd, new_size)
        self.saved.clear()


@dataclass(frozen=True)
class NameChange:
    """One entry of the name journal. kind: create, unlink, rename, mkdir or rmdir."""

    kind: str
    path: str
    target: str = ""
    inode: int = 0
    folders: tuple[str, ...] = ()
    """The directories whose entries it changes."""


def parent_of(path: str) -> str:
    return path.rsplit("/", 1)[0] or "/"


def under(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip("/") + "/")


def apply_change(files: dict[str, int], dirs: set[str], change: NameChange) -> None:
    """Replay one journaled name change on the durable names (files: path -> inode number)."""
    if change.kind == "create":
        files[change.path] = change.inode
    elif change.kind == "unlink":
        files.pop(change.path, None)
    elif change.kind == "mkdir":
        dirs.add(change.path)
    elif change.kind == "rmdir":
        dirs.discard(change.path)
    elif change.kind == "rename":
        old, new = change.path, change.target
        if change.inode:
            files[new] = files.pop(old)
        else:  # a folder: everything under it moves
            dirs.discard(old)
            dirs.add(new)
            for name in [d for d in dirs if under(d, old)]:
                dirs.remove(name)
                dirs.add(new + name[len(old) :])
            for name in [f for f in files if under(f, old)]:
                files[new + name[len(old) :]] = files.pop(name)
