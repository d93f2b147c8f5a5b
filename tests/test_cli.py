"""The command line: validate and export, as a user calls them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import open_answers
from quizapp.services.quiz import QuizService


def test_validate_accepts_good_banks(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bank_dir)]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "2 bank(s), 3 question(s)" in out.err


def test_validate_reports_each_problem_located_and_exits_1(
    bank_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = bank_dir / "bad.yaml"
    bad.write_text("id: bad\ntitle: {ja: 悪い, en: Bad}\nquestions:\n  - id: Bad Id\n", encoding="utf-8")
    assert main(["validate", str(bank_dir / "alpha.yaml"), str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{bad}:4:9: questions[0].id: must match" in lines[0]
    assert all(line.startswith(f"{bad}:4:") for line in lines)
    assert any("questions[0].prompt: this field is required" in line for line in lines)


def test_validate_defaults_to_the_shipped_banks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert "question(s)" in capsys.readouterr().err


def test_validate_never_prints_a_traceback(tmp_path: Path) -> None:
    hostile = tmp_path / "h.yaml"
    hostile.write_bytes(b"id: [\x00\xff" + b"{" * 5000)
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(hostile), str(tmp_path / "missing.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{tmp_path / 'missing.yaml'}:1:1: no such file or folder" in result.stdout
    assert f"{hostile}:1:" in result.stdout


def _record_two(bank_dir: Path, data_dir: Path) -> None:
    quiz = QuizService(load_catalog([bank_dir]), open_answers(DataPaths(data_dir)))
    run = quiz.start_topic("alpha")
    quiz.submit(run, frozenset({"a"}), 3.5)
    quiz.submit(run, frozenset({"not_sure"}), 1.25)


def test_export_json_lists_every_answer(
    bank_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _record_two(bank_dir, data_dir)
    assert main(["export", "--data-dir", str(data_dir)]) == 0
    answers = json.loads(capsys.readouterr().out)["answers"]
    assert len(answers) == 2
    assert {a["question_id"] for a in answers} == {"alpha-001", "alpha-002"}
    for a in answers:
        assert {"question_id", "chosen", "correct", "answered_at", "seconds", "run_id"} <= a.keys()
        assert isinstance(a["chosen"], list)
    assert [a["chosen"] for a in answers if a["chosen"] == ["not_sure"]] == [["not_sure"]]


def test_export_csv_to_a_file(bank_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    _record_two(bank_dir, data_dir)
    out = tmp_path / "answers.csv"
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "--output", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 2 and rows[0].keys() >= {"question_id", "chosen", "correct", "answered_at"}


def test_export_is_the_same_twice(bank_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _record_two(bank_dir, data_dir)
    main(["export", "--data-dir", str(data_dir)])
    first = capsys.readouterr().out
    main(["export", "--data-dir", str(data_dir)])
    assert capsys.readouterr().out == first


def test_data_dir_from_the_environment(
    bank_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _record_two(bank_dir, data_dir)
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(data_dir))
    main(["export"])
    assert len(json.loads(capsys.readouterr().out)["answers"]) == 2


def test_plain_japanese_and_furigana_are_chosen_on_the_command_line() -> None:
    from quizapp.app import launch_options
    from quizapp.cli import build_parser

    options = launch_options(build_parser().parse_args(["--lang", "ja-easy", "--furigana", "off"]))
    assert (options.lang, options.furigana) == ("ja-easy", False)
    assert launch_options(build_parser().parse_args([])).furigana is None  # as last chosen


def test_a_wrong_furigana_value_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--furigana", "maybe"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--furigana: invalid choice: 'maybe'" in err and "Traceback" not in err
