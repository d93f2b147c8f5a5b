"""The Aozora ruby notation: parsing, plain text, and the problems the validator reports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.domain import ruby
from quizapp.domain.ruby import Segment


def test_a_run_of_kanji_takes_the_reading_without_a_bar() -> None:
    assert ruby.parse("税金《ぜいきん》を払《はら》う") == [
        Segment("税金", "ぜいきん"),
        Segment("を"),
        Segment("払", "はら"),
        Segment("う"),
    ]


def test_a_bar_marks_where_the_base_starts() -> None:
    assert ruby.parse("この｜ICカード《あいしーかーど》です") == [
        Segment("この"),
        Segment("ICカード", "あいしーかーど"),
        Segment("です"),
    ]
    # without the bar only the kanji just before the reading are its base
    assert ruby.parse("お金《かね》") == [Segment("お"), Segment("金", "かね")]


def test_plain_text_drops_readings_and_marks() -> None:
    assert ruby.plain("｜市役所《しやくしょ》で番号《ばんごう》を") == "市役所で番号を"
    assert ruby.plain("ふりがなのない文") == "ふりがなのない文"


def test_well_formed_text_with_every_kanji_read_has_no_problem() -> None:
    assert ruby.problems("マイナンバーカードの暗証番号《あんしょうばんごう》は4けたです。") == []


def test_kanji_without_a_reading_are_named_with_where_they_are() -> None:
    found = ruby.problems("暗証番号《あんしょうばんごう》を市役所で")
    assert [(p.offset, p.message) for p in found] == [(16, "'市役所' has no reading")]


def test_malformed_marks_are_each_reported() -> None:
    messages = [p.message for p in ruby.problems("《よみ》だけ")]
    assert messages == ["the reading 《よみ》 has no base: put '｜' before it"]
    assert "is not closed" in ruby.problems("開《ひら")[-1].message
    assert "has no '《' before it" in ruby.problems("あ》")[0].message
    assert "no 《reading》 after its base" in ruby.problems("｜ABC")[0].message
    assert "must be kana" in ruby.problems("漢字《kanji》")[0].message


def test_a_malformed_mark_stays_visible_as_text() -> None:
    assert ruby.plain("開《ひら") == "開《ひら"  # nothing silently swallowed


@given(st.text(alphabet="漢字かなカナAb 《》｜、。", max_size=40))
def test_plain_is_the_parsed_text_whatever_the_marks(text: str) -> None:
    assert ruby.plain(text) == "".join(seg.text for seg in ruby.parse(text))
