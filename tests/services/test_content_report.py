"""`quizapp content-report`: review dates, single sources and unofficial sources, with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main

# The fixture banks: alpha-001 and alpha-002 are to be reviewed by 2027-12-01, beta-001 by
# 2027-06-01; alpha-001 and beta-001 rest on one source each; alpha-002 cites a newspaper.


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main(["content-report", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def bank(payload: dict[str, object], bank_id: str) -> dict[str, object]:
    banks = payload["banks"]
    assert isinstance(banks, list)
    return next(b for b in banks if b["bank"] == bank_id)


def test_all_fine_exits_0(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = report(capsys, "--as-of", "2026-12-01", str(bank_dir))
    assert code == 0 and payload["ok"] is True
    assert bank(payload, "alpha")["single_source"] == ["alpha-001"]
    assert bank(payload, "alpha")["non_official"] == ["alpha-002"]
    assert bank(payload, "beta")["single_source"] == ["beta-001"]
    assert payload["totals"] == {
        "past_review": 0,
        "due_soon": 0,
        "single_source": 2,
        "non_official": 1,
        "questions": 3,
    }


def test_due_soon_is_listed_but_does_not_fail(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = report(capsys, "--as-of", "2027-05-01", str(bank_dir))
    assert code == 0
    assert bank(payload, "beta")["due_soon"] == [{"id": "beta-001", "review_by": "2027-06-01"}]
    assert bank(payload, "alpha")["due_soon"] == []


def test_the_review_day_itself_is_not_past(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = report(capsys, "--as-of", "2027-06-01", str(bank_dir))
    assert code == 0 and bank(payload, "beta")["past_review"] == []


def test_past_review_fails_and_names_the_question(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = report(capsys, "--as-of", "2027-10-01", str(bank_dir))
    assert code == 1 and payload["ok"] is False
    assert bank(payload, "beta")["past_review"] == [{"id": "beta-001", "review_by": "2027-06-01"}]
    assert [d["id"] for d in bank(payload, "alpha")["due_soon"]] == ["alpha-001", "alpha-002"]


def test_text_report_names_what_to_do(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content-report", "--as-of", "2027-10-01", str(bank_dir)]) == 1
    out = capsys.readouterr().out
    assert "past their review date: 1: beta-001 (2027-06-01)" in out
    assert "citing a source that is not official: 1: alpha-002" in out
    assert out.rstrip().endswith("FAILED: 3 question(s) in 2 bank(s), 1 past their review date")


def test_a_broken_bank_fails_the_report(bank_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bank_dir / "beta.yaml").write_text("id: beta\n", encoding="utf-8")
    code, payload = report(capsys, "--as-of", "2026-12-01", str(bank_dir))
    assert code == 1
    assert any("beta.yaml" in p and "questions" in p for p in payload["problems"])  # type: ignore[union-attr]


@pytest.mark.parametrize("bad", ["2026-13-01", "tomorrow", "2026/12/01"])
def test_a_bad_date_is_a_usage_error(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["content-report", "--as-of", bad])
    assert stop.value.code == 2
    assert f"'{bad}' is not a date written YYYY-MM-DD" in capsys.readouterr().err
