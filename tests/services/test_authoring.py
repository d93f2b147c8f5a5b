"""The authoring tools: drafted furigana (checked by a person afterwards) and the scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.authoring import furigana, readability
from quizapp.domain import ruby


def test_a_reading_is_spread_over_the_kanji_and_the_kana_stay_outside() -> None:
    assert furigana.annotate_word("取り扱い", "とりあつかい") == "取《と》り扱《あつか》い"
    assert furigana.annotate_word("入っ", "はいっ") == "入《はい》っ"
    assert furigana.annotate_word("カード", "かーど") == "カード"  # no kanji, no reading


def test_a_reading_that_does_not_line_up_covers_the_whole_word() -> None:
    assert furigana.annotate_word("明日", "あした") == "明日《あした》"
    assert furigana.annotate_word("お見舞い", "おみまい") == "お見舞《みま》い"


def test_a_draft_reads_every_kanji_and_keeps_the_text() -> None:
    text = "市役所で暗証番号を再設定します。CNET Japan によると 0178 です。"
    drafted = furigana.draft(text)
    assert ruby.plain(drafted) == text  # spaces and Latin names as they were
    assert ruby.problems(drafted) == []


def test_plain_japanese_scores_higher_than_legal_japanese() -> None:
    legal = (
        "町田市などの自治体は、税や年金の情報のようにプライバシー性の高い情報は、"
        "ICチップに記録されないと説明しています。"
    )
    easy = "ICチップに税金の記録はありません。年金の記録もありません。町田市のページに書いてあります。"
    assert readability.score(easy) > readability.GOAL_MEDIAN > readability.score(legal)
    assert readability.sentences("短い。文です！本当？") == ["短い。", "文です！", "本当？"]


def test_check_takes_a_folder_as_its_banks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from quizapp.authoring.__main__ import main

    folder = Path(__file__).resolve().parents[2] / "questions"
    shutil.copy(folder / "ppc.yaml", tmp_path / "ppc.yaml")
    shutil.copy(folder / "sources.yaml", tmp_path / "sources.yaml")  # a registry, not a bank
    main(["check", str(tmp_path)])
    out = capsys.readouterr().out
    assert "ppc.yaml: ja-easy median" in out and "sources.yaml" not in out
