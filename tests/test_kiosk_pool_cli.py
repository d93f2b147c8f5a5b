"""`quizapp` options and `quizapp kiosk ...` commands for pooled kiosk counters (issue 17), as
an operator types them: clear refusals, a configuration set once, counts carried by file."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.domain.kiosk import VisitTally
from quizapp.paths import DataPaths
from quizapp.services.kiosk import open_counters


def set_pin(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n2468\n"))
    assert main(["--data-dir", str(data_dir), "kiosk", "set-pin"]) == 0


def visits(data_dir: Path, kiosk: str, n: int) -> None:
    counters = open_counters(DataPaths(data_dir))
    for _ in range(n):
        visit = VisitTally(date(2026, 12, 1))
        visit.add("pii-001", {"x"}, False)
        counters.add_visit(visit.totals(), kiosk)
    counters.close()


def test_personal_mode_refuses_a_server(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://kiosk@db.example/quizapp"
    assert main(["--data-dir", str(data_dir), "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert "--database-url and --kiosk-name are for kiosk mode" in err and "local SQLite" in err
    assert not (data_dir / "quizapp.db").exists()


def test_a_kiosk_with_a_server_but_no_name_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_pin(data_dir, monkeypatch)
    capsys.readouterr()
    url = "postgresql+psycopg://kiosk@db.example/quizapp"
    assert main(["--data-dir", str(data_dir), "--kiosk", "--database-url", url]) == 2
    assert "needs a name: give --kiosk-name NAME" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--database-url", "sqlite:///x.db"], "PostgreSQL only"),
        (["--kiosk-name", "chuo library"], "kiosk name 'chuo library'"),
        (["--kiosk-name", "x" * 65], "use 1 to 64"),
        (["kiosk", "report", "--kiosk", "a", "--kiosk-group", "b"], "not allowed with argument"),
        (["kiosk", "export-counts"], "the following arguments are required: --output"),
    ],
)
def test_bad_options_are_usage_errors_that_say_what(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_configure_keeps_the_settings_beside_the_pin_for_the_owner_only(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://kiosk:s3cret@db.example:5433/quizapp"
    assert main(["--data-dir", str(data_dir), "kiosk", "configure", "--kiosk-name", "chuo-1"]) == 0
    assert main(["--data-dir", str(data_dir), "kiosk", "configure", "--database-url", url]) == 0
    out = capsys.readouterr().out
    assert "db.example:5433/quizapp" in out and "s3cret" not in out and "chuo-1" in out
    path = data_dir / "kiosk.toml"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert 'kiosk_name = "chuo-1"' in text and url in text
    assert main(["--data-dir", str(data_dir), "kiosk", "configure", "--database-url", ""]) == 0
    assert "database_url" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("kiosk_name = chuo", "not a TOML file quizapp can read"),
        ('kiosk_nmae = "chuo"', "unknown setting 'kiosk_nmae'"),
        ("kiosk_name = 3", "kiosk_name must be a string"),
        ('kiosk_name = "a b"', "kiosk name 'a b'"),
    ],
)
def test_a_bad_kiosk_toml_stops_the_kiosk_with_its_path_and_problem(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    set_pin(data_dir, monkeypatch)
    (data_dir / "kiosk.toml").write_text(content + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--kiosk", "--quit-after-first-frame"]) == 2
    err = capsys.readouterr().err
    assert str(data_dir / "kiosk.toml") in err and message in err


def test_export_counts_and_merge_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remote, centre = tmp_path / "remote", tmp_path / "centre"
    visits(remote, "", 2)
    out = tmp_path / "counts.json"
    assert main(["--data-dir", str(remote), "kiosk", "export-counts", "-o", str(out)]) == 2
    assert "must carry this kiosk's name" in capsys.readouterr().err
    assert main(["--data-dir", str(remote), "kiosk", "configure", "--kiosk-name", "remote-1"]) == 0
    assert main(["--data-dir", str(remote), "kiosk", "export-counts", "-o", str(out)]) == 0
    assert "exported 2 visit(s) of remote-1" in capsys.readouterr().err
    for expected in (
        "1 batch(es) added (2 visit(s)), 0 already there",
        "0 batch(es) added (0 visit(s)), 1 already",
    ):
        assert main(["--data-dir", str(centre), "kiosk", "merge", str(out)]) == 0
        assert expected in capsys.readouterr().err
    assert (
        main(["--data-dir", str(centre), "kiosk", "report", "--kiosk", "remote-1", "--min-count", "1"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["visits"] == 2
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(["--data-dir", str(centre), "kiosk", "merge", str(tmp_path / "bad.json")]) == 1
    assert "nothing was merged" in capsys.readouterr().err


def test_the_pooled_report_from_the_server(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kiosk", "report", "--database-url", postgres_url]) == 1
    assert "no counter tables yet" in capsys.readouterr().err
    assert main(["kiosk", "init-server", "--database-url", postgres_url]) == 0
    assert "ready (revision" in capsys.readouterr().out
    for name, n in (("chuo-1", 2), ("chuo-2", 3), ("kita-1", 4)):
        data = tmp_path / name
        visits(data, name, n)
        assert (
            main(
                [
                    "--data-dir",
                    str(data),
                    "kiosk",
                    "export-counts",
                    "--kiosk-name",
                    name,
                    "-o",
                    str(data / "c.json"),
                ]
            )
            == 0
        )
        assert main(["kiosk", "merge", "--database-url", postgres_url, str(data / "c.json")]) == 0
        assert main(["kiosk", "merge", "--database-url", postgres_url, str(data / "c.json")]) == 0
    capsys.readouterr()
    assert (
        main(["kiosk", "report", "--database-url", postgres_url, "--format", "json", "--min-count", "1"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["visits"] == 9
    assert (
        main(
            ["kiosk", "report", "--database-url", postgres_url, "--kiosk-group", "chuo-", "--min-count", "1"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["visits"] == 5
