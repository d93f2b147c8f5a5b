"""Shared fixtures: small banks written to a temporary folder, and a temporary data dir."""

from __future__ import annotations

import os
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.postgres_fixtures"]  # postgres_server, postgres_url, own_postgres

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QUIZAPP_TTS_ENGINE", "mock")  # Qt's mock voices: no sound, deterministic

ALPHA = textwrap.dedent(
    """\
    id: alpha
    title: {ja: アルファ, en: Alpha}
    questions:
      - id: alpha-001
        type: single
        difficulty: 1
        prompt: {ja: 一つ選ぶ問題です。, en: Pick one.}
        choices:
          - {id: a, text: {ja: 正解の選択肢, en: Right one}, correct: true, why: {ja: 正しいからです。, en: Because it is right.}}
          - {id: b, text: {ja: 誤りの選択肢, en: Wrong one}, correct: false, why: {ja: 誤りだからです。, en: Because it is wrong.}}
          - {id: c, text: {ja: 別の誤り, en: Another wrong one}, correct: false, why: {ja: これも誤りです。, en: Also wrong.}}
        explanation: {ja: 説明です。, en: The explanation.}
        sources: [src-a]
        as_of: "2025-03-24"
        review_by: "2027-12-01"
        audience: [general]
      - id: alpha-002
        type: multiple
        difficulty: 2
        prompt: {ja: すべて選ぶ問題です。, en: Select all.}
        choices:
          - {id: a, text: {ja: 正しいもの一, en: Right A}, correct: true, why: {ja: 正しいです。, en: Right.}}
          - {id: b, text: {ja: 正しいもの二, en: Right B}, correct: true, why: {ja: 正しいです。, en: Right.}}
          - {id: c, text: {ja: 誤ったもの, en: Wrong C}, correct: false, why: {ja: 誤りです。, en: Wrong.}}
        explanation: {ja: 複数の説明です。, en: Multiple explanation.}
        sources: [src-b, src-news]
        review_by: "2027-12-01"
        audience: [general, elderly]
    """
)

BETA = textwrap.dedent(
    """\
    id: beta
    title: {ja: ベータ, en: Beta}
    questions:
      - id: beta-001
        type: true_false
        difficulty: 1
        prompt: {ja: これは正しいですか。, en: "True or false?"}
        choices:
          - {id: "true", text: {ja: 正しい, en: "True"}, correct: false, why: {ja: 誤りです。, en: It is false.}}
          - {id: "false", text: {ja: 誤り, en: "False"}, correct: true, why: {ja: その通りです。, en: Indeed false.}}
        explanation: {ja: 真偽の説明です。, en: True/false explanation.}
        sources: [src-c]
        review_by: "2027-06-01"
        audience: [foreign-resident]
    """
)


REGISTRY = textwrap.dedent(
    """\
    sources:
      - {id: src-a, url: "https://www.example.go.jp/a", title: {ja: 出典A, en: Source A},
         publisher: {ja: 例示庁, en: Example Agency}, official: true}
      - {id: src-b, url: "https://www.city.example.lg.jp/b", title: {ja: 出典B, en: Source B},
         publisher: {ja: 例示市, en: Example City}, official: true, seen: "2025-07-03"}
      - {id: src-c, url: "https://www.example.go.jp/c", title: {ja: 出典C, en: Source C},
         publisher: {ja: 例示庁, en: Example Agency}, official: true}
      - {id: src-news, url: "https://news.example.com/n", title: {ja: 記事, en: An article},
         publisher: {ja: 例示新聞, en: The Example News}, official: false}
    """
)


def write_registry(folder: Path, ids: tuple[str, ...] = ("src-a", "src-b", "src-c", "src-news")) -> None:
    """The fixture registry, keeping only the entries `ids` (a registry lists no unused source)."""
    lines = REGISTRY.splitlines(keepends=True)
    kept = ["sources:\n"]
    for i in range(1, len(lines), 2):
        if any(f"id: {sid}," in lines[i] for sid in ids):
            kept += lines[i : i + 2]
    (folder / "sources.yaml").write_text("".join(kept), encoding="utf-8")


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    write_registry(folder)
    (folder / "alpha.yaml").write_text(ALPHA, encoding="utf-8")
    (folder / "beta.yaml").write_text(BETA, encoding="utf-8")
    return folder


@pytest.fixture
def tokyo_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run as on a computer in Japan (fixed offset, so it works without the tz database)."""
    monkeypatch.setenv("TZ", "JST-9")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
