"""Your data from the command line: export, delete-my-data and import, as a user calls them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.domain.model import NOT_SURE
from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import make_context, open_answers


def record_five(bank_dir: Path, data_dir: Path, profile: str | None = None) -> None:
    """Two quizzes, five answers, some right, some wrong or Not sure."""
    paths = DataPaths(data_dir)
    ctx = make_context(paths, load_catalog([bank_dir]), open_answers(paths))
    if profile:
        ctx.learning.use_profile(ctx.learning.add_profile(profile).id)
    given = 0
    for right in ({"alpha-001", "beta-001"}, {"alpha-002"}):
        run = ctx.quiz.start_mixed()
        while run.current is not None and given < 5:
            q = run.current
            ctx.quiz.submit(run, q.correct_ids if q.id in right else frozenset({NOT_SURE}), 2.5)
            given += 1
    ctx.close()


def export(data_dir: Path, out: Path) -> bytes:
    assert main(["export", "--data-dir", str(data_dir), "--output", str(out)]) == 0
    return out.read_bytes()


def test_export_erase_import_gives_back_exactly_what_there_was(
    bank_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    record_five(bank_dir, data_dir)
    record_five(bank_dir, data_dir, profile="Hana")
    first = export(data_dir, tmp_path / "first.json")
    doc = json.loads(first)
    assert len(doc["answers"]) == 10 and len(doc["schedules"]) == 6
    assert [p["name"] for p in doc["profiles"]] == ["", "Hana"]

    assert main(["delete-my-data", "--yes", "--data-dir", str(data_dir)]) == 0
    empty = json.loads(export(data_dir, tmp_path / "empty.json"))
    assert (empty["answers"], empty["runs"], empty["schedules"]) == ([], [], [])

    assert main(["import", str(tmp_path / "first.json"), "--data-dir", str(data_dir)]) == 0
    assert export(data_dir, tmp_path / "again.json") == first


def test_importing_twice_adds_nothing_the_second_time(
    bank_dir: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_five(bank_dir, data_dir)
    first = export(data_dir, tmp_path / "first.json")
    assert main(["import", str(tmp_path / "first.json"), "--data-dir", str(data_dir)]) == 0
    assert "imported 0 answer(s)" in capsys.readouterr().err
    assert export(data_dir, tmp_path / "again.json") == first


def test_import_merges_answers_from_another_computer(bank_dir: Path, tmp_path: Path) -> None:
    home, school = tmp_path / "home", tmp_path / "school"
    record_five(bank_dir, home)
    record_five(bank_dir, school)
    export(school, tmp_path / "school.json")
    assert main(["import", str(tmp_path / "school.json"), "--data-dir", str(home)]) == 0
    merged = json.loads(export(home, tmp_path / "merged.json"))
    assert len(merged["answers"]) == 10 and len(merged["runs"]) == 4
    reviews = {s["question_id"]: s["reviews"] for s in merged["schedules"]}
    answered = {}
    for a in merged["answers"]:
        answered[a["question_id"]] = answered.get(a["question_id"], 0) + 1
    assert reviews == answered  # each schedule has seen the answers of both computers


def test_delete_my_data_refuses_without_yes_and_says_what_it_would_erase(
    bank_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_five(bank_dir, data_dir)
    assert main(["delete-my-data", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "5 answer(s)" in err and "Nothing was erased" in err and "--yes" in err
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        assert conn.execute("SELECT count(*) FROM answer").fetchone() == (5,)


def test_delete_my_data_leaves_no_trace_in_the_file_its_wal_or_backups(
    bank_dir: Path, data_dir: Path
) -> None:
    record_five(bank_dir, data_dir, profile="Hanako")
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)  # closing the app may already have left a backup
    (backups / "quizapp-20261127-101500.db").write_bytes((data_dir / "quizapp.db").read_bytes())
    assert main(["delete-my-data", "--yes", "--data-dir", str(data_dir)]) == 0
    assert list(backups.iterdir()) == []
    for name in ("quizapp.db", "quizapp.db-wal"):
        path = data_dir / name
        raw = path.read_bytes() if path.exists() else b""
        for secret in (b"alpha-001", b"beta-001", b"not_sure", b"Hanako"):
            assert secret not in raw, (name, secret)
    with sqlite3.connect(data_dir / "quizapp.db") as conn:
        for table in ("answer", "quiz_run", "review_schedule"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)


BAD = [
    ('{"format": "quizapp-export",\n  "answers": [}', "line 2 column 15: not valid JSON"),
    ('{"format": "other"}', "format: this is not a quizapp export"),
    ('{"format": "quizapp-export", "version": 9, "answers": []}', "version: Input should be 1 or 2"),
    ('{"format": "quizapp-export", "version": 2}', "answers: Field required"),
    (
        '{"format": "quizapp-export", "version": 1, "answers": [{"answered_at": "2026-11-27T10:00:00+00:00",'
        ' "run_id": "r", "question_id": "q1", "chosen": "a", "correct": true}]}',
        "answers[0].chosen: Input should be a valid list",
    ),
    (
        '{"format": "quizapp-export", "version": 1, "answers": [{"answered_at": "yesterday",'
        ' "run_id": "r", "question_id": "q1", "chosen": ["a"], "correct": true}]}',
        "answers[0].answered_at:",
    ),
    (
        '{"format": "quizapp-export", "version": 2, "answers": [{"answered_at": "2026-11-27T10:00:00+00:00",'
        ' "run_id": "r", "question_id": "q1", "chosen": ["a"], "correct": true, "profile": "Ghost"}]}',
        "answers[0].profile: no profile named 'Ghost'",
    ),
    (
        '{"format": "quizapp-export", "version": 2, "profiles": [{"name": "123456789012"}], "answers": []}',
        "profiles[0].name: looks like a 12-digit number",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD)
def test_a_bad_import_file_is_named_and_nothing_saved_is_lost(
    bank_dir: Path,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    record_five(bank_dir, data_dir)
    before = export(data_dir, tmp_path / "before.json")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["import", str(bad), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: nothing was imported" in err and message in err, err
    assert "Traceback" not in err
    assert export(data_dir, tmp_path / "after.json") == before


def test_a_half_good_file_imports_nothing(bank_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    record_five(bank_dir, data_dir)
    doc = json.loads(export(data_dir, tmp_path / "mine.json"))
    assert main(["delete-my-data", "--yes", "--data-dir", str(data_dir)]) == 0
    doc["answers"][3]["chosen"] = "a"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["import", str(bad), "--data-dir", str(data_dir)]) == 1
    assert json.loads(export(data_dir, tmp_path / "after.json"))["answers"] == []


def test_a_version_1_export_of_answers_only_imports(data_dir: Path, tmp_path: Path) -> None:
    old = tmp_path / "v1.json"
    old.write_text(
        json.dumps(
            {
                "format": "quizapp-export",
                "version": 1,
                "answers": [
                    {
                        "answered_at": "2026-11-27T10:00:00.000000+00:00",
                        "run_id": "abc",
                        "question_id": "alpha-001",
                        "chosen": ["b"],
                        "correct": False,
                        "seconds": 3.0,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    assert main(["import", str(old), "--data-dir", str(data_dir)]) == 0
    doc = json.loads(export(data_dir, tmp_path / "now.json"))
    assert [(r["id"], r["kind"]) for r in doc["runs"]] == [("abc", "imported")]
    assert [s["question_id"] for s in doc["schedules"]] == ["alpha-001"]
