"""Promise 3: overwriting an export is atomic. On a full disk (a real one: a 256 KB tmpfs, when
the tests run as root; and a simulated ENOSPC everywhere) the previous export keeps every byte
and no temporary file is left behind."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from quizapp.cli import main
from quizapp.services import files
from quizapp.services.files import write_atomically
from tests.test_cli_data import record_five


def fill(folder: Path) -> None:
    """Fill the file system of `folder` to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KB file system (tmpfs), mounted for this test only."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; the simulated full disk test still runs")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_export_onto_a_full_disk_leaves_the_old_export_untouched(
    small_disk: Path, bank_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk / "export.json"
    record_five(bank_dir, data_dir)
    assert main(["export", "--data-dir", str(data_dir), "--output", str(target)]) == 0
    before = target.read_bytes()
    record_five(bank_dir, data_dir)  # the next export is larger
    fill(small_disk)
    capsys.readouterr()
    assert main(["export", "--data-dir", str(data_dir), "--output", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(target) in err
    assert target.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["export.json", "filler"]


class _FailingFile:
    """A file that takes a few bytes, then reports that the disk is full."""

    def __init__(self, real: IO[bytes]) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[:100])
        self._real.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b'{"old": "export"}\n')
    real_fdopen = os.fdopen
    monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: _FailingFile(real_fdopen(fd, mode)))
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"x" * 10_000)
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b'{"old": "export"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_the_new_export_replaces_the_old_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    write_atomically(link, b"new and longer")
    assert target.read_bytes() == b"new and longer" and link.is_symlink()  # the link's file is replaced
    assert target.stat().st_mode & 0o777 == 0o640
