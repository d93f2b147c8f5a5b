"""Bad banks stay that bank's problem: huge numbers, system files, long lines (hardening)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.services.banks import catalog as catalog_mod
from quizapp.services.banks.catalog import load_catalog
from tests.conftest import ALPHA


def test_a_5000_digit_number_is_located_and_the_other_banks_load(
    bank_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (bank_dir / "alpha.yaml").write_text(ALPHA.replace("difficulty: 1", "difficulty: " + "9" * 5000), "utf-8")
    catalog = load_catalog([bank_dir])
    assert [b.id for b in catalog.banks] == ["beta"]
    assert [str(p) for p in catalog.problems] == [
        f"{bank_dir / 'alpha.yaml'}:6:17: a number longer than 100 characters"
    ]
    assert main(["validate", str(bank_dir)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert "alpha.yaml:6:17: a number longer than 100 characters" in captured.out


def test_any_failure_in_one_bank_is_that_banks_problem(
    bank_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = catalog_mod.load_bank

    def flaky(path: Path, *args: object) -> object:
        if path.name == "alpha.yaml":
            raise MemoryError("simulated")
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog_mod, "load_bank", flaky)
    catalog = load_catalog([bank_dir])
    assert [b.id for b in catalog.banks] == ["beta"]
    assert [str(p) for p in catalog.problems] == [
        f"{bank_dir / 'alpha.yaml'}:1:1: could not load this bank: MemoryError"
    ]


@pytest.mark.parametrize("target", ["/etc/passwd", "/etc/group", "/etc/os-release"])
def test_a_bank_linked_to_a_system_file_quotes_none_of_its_lines(tmp_path: Path, target: str) -> None:
    if not Path(target).is_file():
        pytest.skip(f"{target} not on this machine")
    (tmp_path / "system.yaml").symlink_to(target)
    messages = [p.message for p in load_catalog([tmp_path]).problems]
    assert messages
    lines = [line for line in Path(target).read_text(errors="replace").splitlines() if len(line) > 12]
    for message in messages:
        assert not any(line in message for line in lines), message


def test_a_long_duplicate_key_is_cut_in_the_message(tmp_path: Path) -> None:
    key = "x" * 900  # an implicit key may be up to 1,024 characters long
    (tmp_path / "long.yaml").write_text(f"{key}: 1\n{key}: 2\n", "utf-8")
    problems = load_catalog([tmp_path / "long.yaml"]).problems
    (message,) = [p.message for p in problems if p.path.endswith("long.yaml")]
    assert message.startswith("duplicate key 'xxx") and len(message) < 80


def test_a_blank_or_strange_key_is_quoted_in_the_message(tmp_path: Path) -> None:
    """Found by hypothesis: a key of one no-break space made a message start with white space."""
    (tmp_path / "odd.yaml").write_bytes("id: x\n\u00a0: 1\n".encode())
    messages = [
        p.message for p in load_catalog([tmp_path / "odd.yaml"]).problems if p.path.endswith("odd.yaml")
    ]
    assert "'\\xa0': unknown field (check its spelling)" in messages
