"""`quizapp kiosk ...` and `quizapp --kiosk` as staff call them."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.domain.kiosk import VisitTally
from quizapp.paths import DataPaths
from quizapp.services.kiosk import open_counters


def start_kiosk(data_dir: Path, until: str = "--quit-after-first-frame") -> subprocess.CompletedProcess[str]:
    """`quizapp --kiosk`, painting its first frame (or until it is ready) and exiting, in a real
    process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir), "--kiosk", until],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_kiosk_mode_refuses_to_start_without_a_pin(data_dir: Path) -> None:
    result = start_kiosk(data_dir)
    assert result.returncode == 2
    assert "no staff PIN is set" in result.stderr and "kiosk set-pin" in result.stderr


def test_set_pin_reads_two_lines_when_not_a_terminal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n4321\n"))
    assert main(["kiosk", "set-pin", "--data-dir", str(data_dir)]) == 0
    assert "Argon2id" in capsys.readouterr().out
    stored = (data_dir / "kiosk-pin").read_text(encoding="utf-8")
    assert stored.startswith("$argon2id$") and "4321" not in stored


def test_set_pin_refuses_two_different_pins_and_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n4322\n"))
    assert main(["--data-dir", str(data_dir), "kiosk", "set-pin"]) == 1
    assert "the two PINs differ" in capsys.readouterr().err
    assert not (data_dir / "kiosk-pin").exists()


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("0", "0 must be at least 1"),
        ("-3", "-3 must be at least 1"),
        ("five", "'five' is not a whole number"),
        ("2.5", "'2.5' is not a whole number"),
    ],
)
@pytest.mark.parametrize("where", ["report", "main"])
def test_a_bad_min_count_is_a_clear_usage_error(
    value: str, why: str, where: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = (
        ["kiosk", "report", f"--min-count={value}"]
        if where == "report"
        else [f"--min-count={value}", "--kiosk"]
    )
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and f"argument --min-count: {why}" in err and "Traceback" not in err


def test_report_prints_visits_and_attempts(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counters = open_counters(DataPaths(data_dir))
    visit = VisitTally(date(2026, 11, 27))
    visit.add("pii-001", {"x"}, False)
    visit.add("pii-002", {"y"}, True)
    counters.add_visit(visit.totals())
    counters.close()
    assert main(["kiosk", "report", "--format", "json", "--data-dir", str(data_dir)]) == 0
    hidden = json.loads(capsys.readouterr().out)  # one visit: every count is small, so hidden
    assert hidden["visits"] == "<5" and hidden["min_count"] == 5 and '"<5"' in hidden["suppressed"]
    assert {q["question_id"]: q["choices"] for q in hidden["questions"]} == {
        "pii-001": {"x": "<5"},
        "pii-002": {"y": "<5"},
    }
    assert main(["kiosk", "report", "--format", "json", "--min-count", "1", "--data-dir", str(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["visits"] == 1 and data["since"] == "2026-11-27"
    assert sum(q["attempts"] for q in data["questions"]) == 2
    assert {q["question_id"]: q["choices"] for q in data["questions"]} == {
        "pii-001": {"x": 1},
        "pii-002": {"y": 1},
    }
    assert main(["kiosk", "report", "--format", "csv", "--table", "visits", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == "day,visits\n2026-11-27,<5\n"
    # --min-count on the main command reaches the report too:
    args = ["--min-count", "1", "kiosk", "report", "--format", "csv", "--table", "visits"]
    assert main([*args, "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == "day,visits\n2026-11-27,1\n"
    assert main(["kiosk", "report", "--table", "visits", "--data-dir", str(data_dir)]) == 2
    assert "--table goes with --format csv" in capsys.readouterr().err
    assert main(["export", "--data-dir", str(data_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["answers"] == []


def test_kiosk_mode_starts_with_a_pin_and_paints_its_first_frame(data_dir: Path) -> None:
    from quizapp.services.kiosk_pin import PinStore

    PinStore(data_dir).set_pin("97531")
    result = start_kiosk(data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


VISIT_CHILD = Path(__file__).with_name("kiosk_visit_child.py")
WRITTEN = re.compile(
    r"^\d+\s+(?:openat|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat)\((.*)\)\s+=\s+\d"
)
MAY_WRITE = re.compile(
    r"^(cache/[0-9a-f]{64}-v\d+(\.index)?\.json|cache/tmp\w+\.tmp|cache|logs|logs/quizapp\.log"
    r"|quizapp\.db(-journal|-wal|-shm)?|quizapp\.lock)$"
)


def written_paths(trace: Path) -> set[Path]:
    """Every path the traced process created, opened for writing, renamed, made or removed."""
    out = set()
    for line in trace.read_text(encoding="utf-8").splitlines():
        match = WRITTEN.match(line)
        if match is None:
            continue
        args = match.group(1)
        if line.split()[1].startswith("openat") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT", args):
            continue
        out |= {Path(p) for p in re.findall(r'"([^"]+)"', args)}
    return out


def test_a_real_visit_writes_only_anonymous_counters_in_the_data_folder_and_nothing_elsewhere(
    tmp_path: Path,
) -> None:
    """A visitor who changes the language and the text size and answers every question, in a real
    `quizapp --kiosk` process with HOME (and TMPDIR) in a fresh folder; every file the process
    writes anywhere is listed (by strace where it can trace, else by walking HOME)."""
    from quizapp.services.kiosk_pin import PinStore

    home, data = tmp_path / "home", tmp_path / "data"
    (home / "tmp").mkdir(parents=True)
    PinStore(data).set_pin("97531")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, str(VISIT_CHILD), str(data)]
    trace = tmp_path / "trace.txt"
    traced = shutil.which("strace") is not None
    if traced:
        calls = "trace=openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat"
        cmd = ["strace", "-f", "-qq", "-e", calls, "-o", str(trace), *cmd]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    if traced and "ptrace" in result.stderr and result.returncode != 0:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert "visit ended: True" in result.stdout

    written = {p for p in home.rglob("*") if p.is_file()}
    if traced:
        written |= {p for p in written_paths(trace) if not str(p).startswith(("/dev/", "/proc/"))}
        assert any(p.name == "quizapp.db" for p in written)  # the trace really saw the app write
    outside = sorted(str(p) for p in written if not p.is_relative_to(data))
    assert outside == []  # not in HOME (no ~/.config, no ~/.cache), not in /tmp, nowhere
    unexpected = sorted(
        str(p.relative_to(data)) for p in written if not MAY_WRITE.match(str(p.relative_to(data)))
    )
    assert unexpected == []  # no settings.json: the visitor's language and text size are not kept

    with sqlite3.connect(data / "quizapp.db") as conn:
        assert conn.execute("SELECT count(*) FROM answer").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM quiz_run").fetchone() == (0,)
        asked = [r[0] for r in conn.execute("SELECT question_id FROM kiosk_question WHERE attempts > 0")]
        assert conn.execute("SELECT sum(visits) FROM kiosk_visit_day").fetchone() == (1,)
    assert len(asked) == 5  # one visit of KIOSK_LENGTH questions, counted and nothing more
    log = (data / "logs" / "quizapp.log").read_text(encoding="utf-8")
    assert not [q for q in asked if q in log]  # the log does not say what this visitor was asked
    for path in data.rglob("*"):
        if path.is_file():
            assert b"97531" not in path.read_bytes(), path


def test_a_kiosk_that_cannot_open_its_data_exits_1_for_a_restart_and_frees_its_lock(data_dir: Path) -> None:
    """Unattended: no dialog waits for anyone; exit 1 so the service manager starts it again."""
    from quizapp.services.kiosk_pin import PinStore

    PinStore(data_dir).set_pin("97531")
    (data_dir / "quizapp.db").mkdir()  # a database that cannot be opened
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir), "--kiosk"]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1, result.stderr
    log = (data_dir / "logs" / "quizapp.log").read_text(encoding="utf-8")
    assert "kiosk mode cannot open its data" in log
    (data_dir / "quizapp.db").rmdir()  # repaired: the restart finds the lock free
    assert start_kiosk(data_dir).returncode == 0
    # ready: the banks and the counters open, the attract screen ready to start a visit
    assert start_kiosk(data_dir, "--quit-when-ready").returncode == 0


def test_min_count_reaches_the_staff_screen_through_the_kiosk_options() -> None:
    from quizapp.app import launch_options
    from quizapp.cli import build_parser

    options = launch_options(build_parser().parse_args(["--kiosk", "--min-count", "3"]))
    assert options.kiosk is not None and options.kiosk.min_count == 3
    default = launch_options(build_parser().parse_args(["--kiosk"]))
    assert default.kiosk is not None and default.kiosk.min_count == 5
