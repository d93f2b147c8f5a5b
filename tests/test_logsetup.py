from __future__ import annotations

from pathlib import Path

from quizapp.logsetup import rotate


def test_a_long_log_is_rotated_and_only_three_old_ones_kept(tmp_path: Path) -> None:
    log = tmp_path / "quizapp.log"
    for generation in range(5):
        log.write_text(f"run {generation}\n" + "x" * 50, encoding="utf-8")
        rotate(log, max_bytes=10, keep=3)
    assert not log.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quizapp.log.1", "quizapp.log.2", "quizapp.log.3"]
    assert (tmp_path / "quizapp.log.1").read_text(encoding="utf-8").startswith("run 4")
    assert (tmp_path / "quizapp.log.3").read_text(encoding="utf-8").startswith("run 2")


def test_a_short_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "quizapp.log"
    log.write_text("short", encoding="utf-8")
    rotate(log, max_bytes=100)
    assert [p.name for p in tmp_path.iterdir()] == ["quizapp.log"]
