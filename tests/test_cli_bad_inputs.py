"""Every bad input a command can be given ends in one line that says what was wrong and where
(exit 1; 2 for a usage error), never a traceback, a hang or a memory blow-up; the details go to
the data folder's log. The cases of issue 11, one test each."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.storage.instance_lock import InstanceLock
from tests.test_cli_data import record_five

pytestmark = pytest.mark.fault


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def answer(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "answered_at": "2026-11-27T10:00:00+00:00",
        "run_id": "r",
        "question_id": "alpha-001",
        "chosen": ["a"],
        "correct": True,
    }
    return {**base, **changes}


def schedule(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "question_id": "alpha-001",
        "state": "review",
        "step": None,
        "stability": 3.0,
        "difficulty": 5.0,
        "due": "2026-12-01T10:00:00+00:00",
        "last_review": "2026-11-27T10:00:00+00:00",
        "reviews": 1,
    }
    return {**base, **changes}


def export_file(tmp_path: Path, answers: list[object] | None = None, **extra: object) -> Path:
    doc = {"format": "quizapp-export", "version": 2, "answers": answers or [], **extra}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")
    return path


# export --------------------------------------------------------------------------------------
@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder no one may write in: a read-only tmpfs as root (root ignores modes), else 0555."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0 and shutil.which("mount"):
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], check=False
        )
        if done.returncode != 0:
            pytest.skip("cannot mount a read-only tmpfs")
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_export_to_a_read_only_folder(
    read_only_folder: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = read_only_folder / "mine.json"
    code, err = run(capsys, "export", "--data-dir", str(data_dir), "--output", str(target))
    line = one_line(err)
    assert code == 1 and f"cannot write {target}:" in line
    assert "read-only" in line or "permission denied" in line


def test_export_to_a_folder(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "export", "--data-dir", str(data_dir), "--output", str(tmp_path))
    assert code == 1 and one_line(err) == f"quizapp export: cannot write {tmp_path}: is a folder, not a file"


def test_export_to_dev_full(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "export", "--data-dir", str(data_dir), "--output", "/dev/full")
    assert code == 1 and one_line(err) == "quizapp export: cannot write /dev/full: the disk is full"


def test_export_into_a_missing_folder(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "mine.json"
    code, err = run(capsys, "export", "--data-dir", str(data_dir), "--output", str(target))
    assert code == 1 and f"there is no folder {target.parent}" in one_line(err)


def test_export_to_standard_output_on_a_full_device(bank_dir: Path, data_dir: Path) -> None:
    record_five(bank_dir, data_dir)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "quizapp", "export", "--data-dir", str(data_dir)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert one_line(done.stderr) == "quizapp export: cannot write to standard output: the disk is full"
    assert "details" not in done.stderr and "Exception ignored" not in done.stderr


# --data-dir ----------------------------------------------------------------------------------
def test_data_dir_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "a-file"
    plain.write_text("not a folder", encoding="utf-8")
    code, err = run(capsys, "export", "--data-dir", str(plain))
    assert code == 1 and f"{plain}: the data folder is a file, not a folder" in one_line(err)
    assert plain.read_text(encoding="utf-8") == "not a folder"


def test_data_dir_that_is_a_loop_of_symbolic_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    code, err = run(capsys, "export", "--data-dir", str(tmp_path / "a"))
    assert code == 1 and "a loop of symbolic links" in one_line(err) and str(tmp_path / "a") in err


def test_data_dir_with_question_mark_and_percent_is_a_plain_path(
    bank_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "what?mode=memory%20here#1"
    record_five(bank_dir, odd)
    code, _err = run(capsys, "export", "--data-dir", str(odd), "--output", str(tmp_path / "out.json"))
    assert code == 0
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["answers"]) == 5
    assert (odd / "quizapp.db").stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([odd.name, "banks", "out.json"])


# import --------------------------------------------------------------------------------------
IMPORTS = {
    "year 9999": ([answer(answered_at="9999-06-01T00:00:00+00:00")], {}, "answers[0].answered_at:"),
    "overflowing due date": (
        [],
        {"schedules": [schedule(due="9999-12-31T23:59:59-14:00")]},
        "schedules[0].due:",
    ),
    "10^30 reviews": ([], {"schedules": [schedule(reviews=10**30)]}, "schedules[0].reviews:"),
    "infinite stability": ([], {"schedules": [schedule(stability=float("inf"))]}, "schedules[0].stability:"),
    "half a surrogate pair in a name": ([], {"profiles": [{"name": "\ud800"}]}, "profiles[0].name:"),
    "a control character in a run's kind": (
        [answer()],
        {"runs": [{"id": "r", "kind": "mixed\x1b[2J", "started_at": "2026-11-27T10:00:00+00:00"}]},
        "runs[0].kind:",
    ),
}


@pytest.mark.parametrize("case", IMPORTS)
def test_import_of_values_out_of_range(
    case: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers, extra, place = IMPORTS[case]
    source = export_file(tmp_path, answers, **extra)
    code, err = run(capsys, "import", str(source), "--data-dir", str(data_dir))
    assert code == 1 and f"{source}: nothing was imported" in err
    assert any(line.strip().startswith(place) for line in err.splitlines()), err


def test_import_of_100000_deep_json(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "quizapp-export", "answers": ' + "[" * 100_000 + "]" * 100_000 + "}")
    code, err = run(capsys, "import", str(deep), "--data-dir", str(data_dir))
    assert code == 1 and "nested too deeply" in err and str(deep) in err


def test_import_of_a_fifo_returns_at_once(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result: list[int] = []
    worker = threading.Thread(
        target=lambda: result.append(main(["import", str(fifo), "--data-dir", str(data_dir)]))
    )
    worker.start()
    worker.join(timeout=30)
    if worker.is_alive():  # unblock it so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        worker.join()
        pytest.fail("import waited on a FIFO")
    err = capsys.readouterr().err
    assert result == [1] and "is not a regular file" in err and str(fifo) in err


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/urandom"])
def test_import_of_an_endless_device(
    special: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "import", special, "--data-dir", str(data_dir))
    assert code == 1 and "is not a regular file" in err and special in err


def test_import_of_a_file_larger_than_any_export_is_not_read(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:
        fh.truncate(201 * 2**20)  # sparse: reading it would take 201 MB of memory
    code, err = run(capsys, "import", str(huge), "--data-dir", str(data_dir))
    assert code == 1 and "larger than 200 MB" in err


@pytest.mark.parametrize("what", ["folder", "missing"])
def test_import_of_a_folder_or_a_missing_file(
    what: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path if what == "folder" else tmp_path / "missing.json"
    code, err = run(capsys, "import", str(target), "--data-dir", str(data_dir))
    assert code == 1 and str(target) in err
    assert ("is a folder" if what == "folder" else "No such file") in err


# the app's lock ------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["import", "IN"], ["delete-my-data", "--yes"]])
def test_commands_that_change_data_refuse_while_the_app_is_open(
    command: list[str], bank_dir: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_five(bank_dir, data_dir)
    assert main(["export", "--data-dir", str(data_dir), "--output", str(tmp_path / "before.json")]) == 0
    other = tmp_path / "other"
    record_five(bank_dir, other)
    assert main(["export", "--data-dir", str(other), "--output", str(tmp_path / "in.json")]) == 0
    capsys.readouterr()
    lock = InstanceLock.acquire(data_dir / "quizapp.lock")  # the app, open on this folder
    try:
        argv = [str(tmp_path / "in.json") if a == "IN" else a for a in command]
        code, err = run(capsys, *argv, "--data-dir", str(data_dir))
    finally:
        lock.release()
    assert code == 1 and "quizapp is open on this data folder" in one_line(err) and str(data_dir) in err
    assert main(["export", "--data-dir", str(data_dir), "--output", str(tmp_path / "after.json")]) == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()


def test_a_symlinked_lock_file_is_not_followed(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    data_dir.mkdir(exist_ok=True)
    (data_dir / "quizapp.lock").symlink_to(victim)
    source = export_file(tmp_path, [answer()])
    code, err = run(capsys, "import", str(source), "--data-dir", str(data_dir))
    assert code == 1 and "is a symbolic link" in one_line(err) and "quizapp.lock" in err
    assert victim.read_text(encoding="utf-8") == "keep me"


# kiosk ---------------------------------------------------------------------------------------
def test_kiosk_with_a_binary_pin_file_refuses_to_start(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(exist_ok=True)
    (data_dir / "kiosk-pin").write_bytes(bytes(range(256)))
    code = main(["--data-dir", str(data_dir), "--kiosk"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"{data_dir / 'kiosk-pin'}: the staff PIN file is damaged" in err and "kiosk set-pin" in err


def test_set_pin_when_the_pin_file_is_a_folder(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    (data_dir / "kiosk-pin").mkdir(parents=True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n2468\n"))
    code, err = run(capsys, "kiosk", "set-pin", "--data-dir", str(data_dir))
    assert code == 1
    assert (
        one_line(err)
        == f"quizapp kiosk set-pin: cannot write {data_dir / 'kiosk-pin'}: is a folder, not a file"
    )


# the boundary itself -------------------------------------------------------------------------
def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--format", "xml"])
    assert exited.value.code == 2 and "invalid choice: 'xml'" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_and_its_traceback_is_in_the_log(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.services.learning import LearningService

    def boom(self: LearningService, fmt: str = "json") -> str:
        raise ValueError("something nobody expected")

    monkeypatch.setattr(LearningService, "export_text", boom)
    code, err = run(capsys, "export", "--data-dir", str(data_dir))
    log_file = data_dir / "logs" / "quizapp.log"
    assert code == 1
    assert one_line(err) == (
        f"quizapp export: unexpected error: ValueError: something nobody expected; details in {log_file}"
    )
    assert "Traceback" in log_file.read_text(encoding="utf-8")


# the 12-digit check --------------------------------------------------------------------------
MY_NUMBERS = [
    "123456789012",
    "1234 5678 9012",
    "1234.5678.9012",
    "1234-5678/9012",
    "Hana 1234_5678_9012",
    "１２３４・５６７８・９０１２",
    "1234 . 5678 . 9012",
]
NOT_MY_NUMBERS = ["Hana", "Ken 2nd", "Room 12, 34", "1234 5678 901", "12345 kids 6789012", "2026-11-27"]


@pytest.mark.parametrize("text", MY_NUMBERS)
@pytest.mark.parametrize(
    "field", ["profiles[0].name", "runs[0].kind", "runs[0].profile", "answers[0].profile"]
)
def test_a_12_digit_number_is_refused_in_every_free_text_field_import_reads(
    text: str, field: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ = {"id": "r", "kind": "mixed", "started_at": "2026-11-27T10:00:00+00:00", "profile": ""}
    doc: dict[str, object] = {"profiles": [{"name": "Hana"}], "runs": [run_]}
    one = answer()
    if field == "profiles[0].name":
        doc["profiles"] = [{"name": text}]
    elif field == "runs[0].kind":
        run_["kind"] = text
    elif field == "runs[0].profile":
        run_["profile"] = text
    else:
        one["profile"] = text
    source = export_file(tmp_path, [one], **doc)
    code, err = run(capsys, "import", str(source), "--data-dir", str(data_dir))
    assert code == 1 and f"{field}: looks like a 12-digit number, which is never stored" in err, err


@pytest.mark.parametrize("text", NOT_MY_NUMBERS)
def test_ordinary_names_with_digits_are_kept(
    text: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = export_file(tmp_path, [answer(profile=text)], profiles=[{"name": text}])
    code, err = run(capsys, "import", str(source), "--data-dir", str(data_dir))
    assert code == 0, err
