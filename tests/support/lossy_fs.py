"""A FUSE filesystem that forgets what was never flushed to disk, as a disk losing power does.

Run as `python -m tests.support.lossy_fs BACKING MOUNTPOINT`. Reads and writes pass through to
the folder BACKING; on the command `cut` (a line on standard input) everything that was not made
durable is dropped, BACKING is left holding exactly what a disk would hold after a power cut, and
the server answers `cut-done`; `cut torn SEED` is a torn cut (below). It prints `mounted` once
the mount is up. `tests/support/lossy_mount.py` drives it from a test.

The model of what survives a cut (what a journaling filesystem such as ext4 promises, and no more):

- **File data** is durable up to the last `fsync` or `fdatasync` of that file (any descriptor of
  it). Every `write` and `truncate` after that is lost: the file goes back to the size and bytes it
  had at that sync. Nothing is durable by closing a file, nor by syncing a different file.
  Dropping them all tells whether anything acknowledged depended on an unsynced write. A real
  disk may also keep some of them, in any order: a *torn* cut keeps each 4 KiB page written since
  the file's last sync, or not, at random (and the new size, or not), which tells whether a
  half-written last transaction is read as it should be.
- **Names** (create, unlink, rename, mkdir, rmdir) are journaled in order and become durable as a
  prefix of that journal, never out of order, as ext4's and XFS's metadata journals commit them:
  - `fsync` of a directory makes durable every name change up to the last one in that directory;
  - `fsync` of a file makes durable every name change up to the last one that created or renamed
    that file (ext4, XFS and btrfs all persist a new file's name when the file is synced, which is
    why SQLite, which syncs the directory only after creating a journal, loses no database).
  A torn cut first commits a random prefix of the journal (ext4 commits it in the background
  every few seconds). A rename that is not yet durable is undone by a cut; a file whose name is
  durable but whose data never was comes back empty (the classic zero-length file after a crash).
- Permissions, times and ownership pass through and are not modelled. There are no hard links or
  symbolic links (SQLite uses neither). POSIX locks are left to the kernel (FUSE does them locally),
  so SQLite's locking works across processes on the mount.

Files unlinked (or replaced by a rename) while their old name is still in the durable state are
kept in BACKING/.lossyfs/ (hidden from the mount) until a cut puts them back or a sync lets them go.
"""

from __future__ import annotations

import errno
import itertools
import os
import random
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mfusepy  # type: ignore[import-untyped]

from tests.support.lossy_state import Inode, NameChange, apply_change, parent_of, under

ATTIC = ".lossyfs"


class LossyFS(mfusepy.Operations):  # type: ignore[misc]
    """Pass-through to `backing`, keeping what a power cut would take away (see the module)."""

    use_ns = True

    def __init__(self, backing: Path) -> None:
        self.backing = backing
        self.mutex = threading.RLock()
        self.numbers = itertools.count(1)
        self.handles = itertools.count(1)
        self.inodes: dict[str, Inode] = {}
        """Every file visible on the mount, by path ("/a/b")."""
        self.attic: dict[int, Inode] = {}
        """Files no longer visible that may still be needed by a cut."""
        self.open_files: dict[int, Inode] = {}
        self.journal: list[NameChange] = []
        self.durable_files: dict[str, int] = {}
        self.durable_dirs: set[str] = {"/"}
        (backing / ATTIC).mkdir(exist_ok=True)
        for path, folder in self._walk():
            if folder:
                self.durable_dirs.add(path)
            else:
                inode = self._new_inode(path, durable=True)
                self.durable_files[path] = inode.number
        self.cuts = 0

    # -- bookkeeping -----------------------------------------------------------------------

    def _walk(self) -> Iterator[tuple[str, bool]]:
        for root, dirs, files in os.walk(self.backing):
            rel = "/" + os.path.relpath(root, self.backing).lstrip(".")
            if rel == "/":
                dirs[:] = [d for d in dirs if d != ATTIC]
            prefix = rel.rstrip("/")
            for name in dirs:
                yield f"{prefix}/{name}", True
            for name in files:
                yield f"{prefix}/{name}", False

    def _real(self, path: str) -> str:
        if path == f"/{ATTIC}" or path.startswith(f"/{ATTIC}/"):
            raise mfusepy.FuseOSError(errno.EACCES)
        return str(self.backing) + path

    def _new_inode(self, path: str, *, durable: bool) -> Inode:
        real = self._real(path)
        fd = os.open(real, os.O_RDWR)
        size = os.fstat(fd).st_size if durable else 0
        inode = Inode(next(self.numbers), path, fd, size)
        self.inodes[path] = inode
        return inode

    def _to_attic(self, inode: Inode) -> None:
        """Hide a file that lost its name; its bytes may still come back in a cut."""
        attic_path = f"{self.backing}/{ATTIC}/{inode.number}"
        os.rename(str(self.backing) + inode.where, attic_path)
        self.inodes.pop(inode.where, None)
        inode.where = ""
        self.attic[inode.number] = inode

    def _log(self, change: NameChange) -> None:
        self.journal.append(change)

    def _commit_through(self, last: int) -> None:
        """Make the first `last` + 1 journaled name changes durable."""
        for change in self.journal[: last + 1]:
            apply_change(self.durable_files, self.durable_dirs, change)
        del self.journal[: last + 1]
        keep = set(self.durable_files.values()) | {c.inode for c in self.journal}
        keep |= {i.number for i in self.open_files.values()}
        for number in [n for n in self.attic if n not in keep]:
            self._forget(self.attic.pop(number))

    def _forget(self, inode: Inode) -> None:
        os.close(inode.fd)
        if not inode.where:
            os.unlink(f"{self.backing}/{ATTIC}/{inode.number}")

    def _inode(self, path: str) -> Inode:
        inode = self.inodes.get(path)
        if inode is None:
            raise mfusepy.FuseOSError(errno.ENOENT)
        return inode

    def _handle(self, fh: int) -> Inode:
        inode = self.open_files.get(fh)
        if inode is None:  # opened before a cut: that descriptor died with the power
            raise mfusepy.FuseOSError(errno.EBADF)
        return inode

    # -- the cut ---------------------------------------------------------------------------

    def cut(self, rng: random.Random | None = None) -> None:
        """Drop everything not durable: BACKING becomes what a disk holds after a power cut.
        With `rng`, a torn cut: a random prefix of the name journal had been committed, and
        each page written since its file's last sync reached the disk or did not."""
        with self.mutex:
            if rng is not None:
                self._commit_through(rng.randrange(-1, len(self.journal)))
            self.open_files.clear()
            everyone = {i.number: i for i in [*self.inodes.values(), *self.attic.values()]}
            for inode in list(self.inodes.values()):
                self._to_attic(inode)
            for folder in sorted((p for p, is_dir in self._walk() if is_dir), key=len, reverse=True):
                if folder not in self.durable_dirs:
                    os.rmdir(self._real(folder))
            for folder in sorted(self.durable_dirs, key=len):
                os.makedirs(self._real(folder), exist_ok=True)
            self.attic.clear()
            for path, number in self.durable_files.items():
                inode = everyone.pop(number)
                inode.roll_back(rng)
                os.rename(f"{self.backing}/{ATTIC}/{number}", self._real(path))
                inode.where = path
                self.inodes[path] = inode
            for inode in everyone.values():
                self._forget(inode)
            self.journal.clear()
            self.cuts += 1

    # -- file operations -------------------------------------------------------------------

    def getattr(self, path: str | None, fh: int | None = None) -> dict[str, Any]:
        with self.mutex:
            # no path: an open file whose name is gone
            st = os.fstat(self._handle(fh or 0).fd) if path is None else os.lstat(self._real(path))
        attrs = {key: getattr(st, key) for key in ("st_mode", "st_nlink", "st_uid", "st_gid", "st_size")}
        return attrs | {key: getattr(st, key + "_ns") for key in ("st_atime", "st_mtime", "st_ctime")}

    def readdir(self, path: str, fh: int) -> list[str]:
        with self.mutex:
            names = os.listdir(self._real(path))
        return [".", "..", *(n for n in names if not (path == "/" and n == ATTIC))]

    def access(self, path: str, amode: int) -> int:
        if not os.access(self._real(path), amode):
            raise mfusepy.FuseOSError(errno.EACCES)
        return 0

    def statfs(self, path: str) -> dict[str, int]:
        sv = os.statvfs(self._real(path))
        keys = ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree", "f_files", "f_frsize")
        return {key: getattr(sv, key) for key in keys} | {"f_namemax": 255}

    def chmod(self, path: str, mode: int) -> int:
        os.chmod(self._real(path), mode)
        return 0

    def chown(self, path: str, uid: int, gid: int) -> int:
        os.chown(self._real(path), uid, gid)
        return 0

    def utimens(self, path: str, times: tuple[int, int] | None = None) -> int:
        if times is None:
            os.utime(self._real(path))
        else:
            os.utime(self._real(path), ns=times)
        return 0

    def open(self, path: str, flags: int) -> int:
        with self.mutex:
            inode = self._inode(path)
            if flags & os.O_TRUNC:
                self._truncate(inode, 0)
            fh = next(self.handles)
            self.open_files[fh] = inode
            return fh

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        with self.mutex:
            real = self._real(path)
            if path in self.inodes:
                raise mfusepy.FuseOSError(errno.EEXIST)
            os.close(os.open(real, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode))
            inode = self._new_inode(path, durable=False)
            self._log(NameChange("create", path, inode=inode.number, folders=(parent_of(path),)))
            fh = next(self.handles)
            self.open_files[fh] = inode
            return fh

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        with self.mutex:
            return os.pread(self._handle(fh).fd, size, offset)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        with self.mutex:
            inode = self._handle(fh)
            inode.save_pages(offset, offset + len(data))
            return os.pwrite(inode.fd, data, offset)

    def _truncate(self, inode: Inode, length: int) -> None:
        inode.save_pages(length, inode.durable_size)
        os.ftruncate(inode.fd, length)

    def truncate(self, path: str, length: int, fh: int | None = None) -> int:
        with self.mutex:
            inode = self._handle(fh) if fh is not None else self._inode(path)
            self._truncate(inode, length)
            return 0

    def flush(self, path: str, fh: int) -> int:
        return 0  # closing a file makes nothing durable

    def release(self, path: str, fh: int) -> int:
        with self.mutex:
            self.open_files.pop(fh, None)
        return 0

    def fsync(self, path: str, datasync: int, fh: int) -> int:
        with self.mutex:
            inode = self._handle(fh)
            inode.make_durable()  # the model is the durability: BACKING itself is never synced
            named = [n for n, c in enumerate(self.journal) if c.inode == inode.number and c.kind != "unlink"]
            if named:
                self._commit_through(named[-1])
            return 0

    def fsyncdir(self, path: str, datasync: int, fh: int) -> int:
        with self.mutex:
            touched = [n for n, c in enumerate(self.journal) if path in c.folders]
            if touched:
                self._commit_through(touched[-1])
            return 0

    # -- names -----------------------------------------------------------------------------

    def unlink(self, path: str) -> int:
        with self.mutex:
            inode = self._inode(path)
            self._to_attic(inode)
            self._log(NameChange("unlink", path, inode=inode.number, folders=(parent_of(path),)))
            return 0

    def mkdir(self, path: str, mode: int) -> int:
        with self.mutex:
            os.mkdir(self._real(path), mode)
            self._log(NameChange("mkdir", path, folders=(parent_of(path),)))
            return 0

    def rmdir(self, path: str) -> int:
        with self.mutex:
            os.rmdir(self._real(path))
            self._log(NameChange("rmdir", path, folders=(parent_of(path),)))
            return 0

    def rename(self, old: str, new: str, flags: int = 0) -> int:
        with self.mutex:
            if flags:
                raise mfusepy.FuseOSError(errno.EINVAL)  # RENAME_NOREPLACE / EXCHANGE: not modelled
            real_old, real_new = self._real(old), self._real(new)
            moving = self.inodes.get(old)
            replaced = self.inodes.get(new)
            if moving is not None and replaced is not None:
                self._to_attic(replaced)
            os.rename(real_old, real_new)
            if moving is not None:
                self.inodes.pop(old)
                moving.where = new
                self.inodes[new] = moving
            else:
                for name in [p for p in self.inodes if under(p, old)]:
                    inode = self.inodes.pop(name)
                    inode.where = new + name[len(old) :]
                    self.inodes[inode.where] = inode
            number = moving.number if moving is not None else 0
            folders = (parent_of(old), parent_of(new))
            self._log(NameChange("rename", old, new, inode=number, folders=folders))
            return 0


def _serve_commands(fs: LossyFS) -> None:
    for line in sys.stdin:
        words = line.split()
        if words[:1] == ["cut"]:  # "cut", or "cut torn SEED"
            fs.cut(random.Random(int(words[2])) if words[1:2] == ["torn"] else None)
            print("cut-done", flush=True)


def main() -> None:
    backing, mountpoint = Path(sys.argv[1]), sys.argv[2]
    fs = LossyFS(backing)
    original_init = getattr(fs, "init", None)

    def init(path: str) -> None:
        if original_init is not None:
            original_init(path)
        threading.Thread(target=_serve_commands, args=(fs,), daemon=True).start()
        print("mounted", flush=True)

    fs.init = init
    mfusepy.FUSE(
        fs,
        mountpoint,
        foreground=True,
        nothreads=True,
        attr_timeout=0,
        entry_timeout=0,
        negative_timeout=0,
        hard_remove=True,
        fsname="lossyfs",
    )


if __name__ == "__main__":
    main()
