"""`quizapp export-deck`: writes the chosen topics in one language, and every bad input ends in
one line naming what was wrong (exit 2 for a usage error, 1 for a file it cannot write)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from quizapp.cli import main
from tests.test_cli_bad_inputs import one_line, read_only_folder, run

__all__ = ["read_only_folder"]  # the fixture, used below


def test_moodle_xml_of_one_topic_in_english(
    bank_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "alpha.xml"
    argv = ["--banks", str(bank_dir), "export-deck", "--format", "moodle-xml", "--topic", "alpha"]
    code, err = run(capsys, *argv, "--lang", "en", "--output", str(out))
    assert code == 0 and one_line(err) == f"exported 2 question(s) in en to {out}"
    quiz = ET.parse(out).getroot()
    assert [q.get("type") for q in quiz] == ["category", "multichoice", "multichoice"]
    assert quiz[0].findtext("category/text") == "$course$/quizapp/Alpha"


def test_an_anki_deck_of_two_topics_in_japanese_by_default(
    bank_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deck.apkg"
    argv = [
        "export-deck",
        "--banks",
        str(bank_dir),
        "--format",
        "apkg",
        "--topic",
        "alpha",
        "--topic",
        "beta",
    ]
    code, err = run(capsys, *argv, "-o", str(out))
    assert code == 0 and one_line(err) == f"exported 3 question(s) in ja to {out}"
    with zipfile.ZipFile(out) as package:
        assert "collection.anki2" in package.namelist()


def test_an_unknown_topic_is_a_usage_error(
    bank_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deck.apkg"
    argv = ["--banks", str(bank_dir), "export-deck", "--format", "apkg", "--topic", "gamma"]
    code, err = run(capsys, *argv, "--output", str(out))
    line = one_line(err)
    assert code == 2 and line.startswith("quizapp export-deck: no topic 'gamma'; the topics are: ")
    assert "alpha" in line and "beta" in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--format", "pdf", "argument --format: invalid choice: 'pdf'"),
        ("--lang", "fr", "invalid choice: 'fr'"),
    ],
)
def test_a_bad_format_or_language_is_a_usage_error(
    option: str, value: str, named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export-deck", "--format", "apkg", "--output", str(tmp_path / "x"), option, value]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and named in err and "Traceback" not in err


def test_an_output_in_a_read_only_folder(read_only_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = read_only_folder / "deck.apkg"
    code, err = run(capsys, "export-deck", "--format", "apkg", "--topic", "ppc", "--output", str(target))
    line = one_line(err)
    assert code == 1 and line.startswith(f"quizapp export-deck: cannot write {target}: ")
    assert "read-only" in line or "permission denied" in line


def test_an_output_that_is_a_folder_or_in_a_missing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "export-deck", "--format", "moodle-xml", "--topic", "ppc", "-o", str(tmp_path))
    assert (
        code == 1
        and one_line(err) == f"quizapp export-deck: cannot write {tmp_path}: is a folder, not a file"
    )
    missing = tmp_path / "no" / "deck.xml"
    code, err = run(capsys, "export-deck", "--format", "moodle-xml", "--topic", "ppc", "-o", str(missing))
    assert code == 1 and f"there is no folder {missing.parent}" in one_line(err)


def test_the_error_is_printed_once_outside_pytest(tmp_path: Path) -> None:
    """(pytest's log capture hides logging's last resort, which printed it a second time.)"""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizapp",
            "export-deck",
            "--format",
            "apkg",
            "--topic",
            "ppc",
            "-o",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert one_line(done.stderr) == f"quizapp export-deck: cannot write {tmp_path}: is a folder, not a file"
