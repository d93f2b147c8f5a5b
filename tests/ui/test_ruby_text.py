"""The ruby text widget: readings above kanji, wrapping, height for width, plain text for
screen readers, and the furigana switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.shell import theme
from quizapp.ui.widgets.ruby_text import RubyLabel, RubyLayout

TEXT = (
    "マイナンバーカードの｜IC《アイシー》チップに、税金《ぜいきん》の記録《きろく》は"
    "入《はい》っていません。「正《ただ》しい」と思《おも》いますか。"
)
PLAIN = "マイナンバーカードのICチップに、税金の記録は入っていません。「正しい」と思いますか。"


@pytest.fixture(params=["normal", "largest"])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[theme.Look]:
    chosen = theme.Look(text_size=request.param)
    theme.apply(qapp, chosen, theme.load_fonts())
    yield chosen
    theme.apply(qapp, theme.Look())


def _label(qtbot: QtBot, text: str = TEXT, width: int = 420) -> tuple[QWidget, RubyLabel]:
    host = QWidget()
    layout = QVBoxLayout(host)
    label = RubyLabel("prompt")
    label.set_ruby_text(text)
    layout.addWidget(label)
    layout.addStretch(1)
    qtbot.addWidget(host)
    host.resize(width, 1200)
    host.show()
    qtbot.waitExposed(host)
    return host, label


def test_screen_readers_get_the_plain_text_once(qtbot: QtBot, look: theme.Look) -> None:
    _, label = _label(qtbot)
    assert label.showing_ruby
    assert label.text() == PLAIN
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == PLAIN  # not base and reading twice


def test_a_group_never_breaks_and_no_line_starts_with_closing_punctuation(qapp: QApplication) -> None:
    layout = RubyLayout([(TEXT, False)], qapp.font())
    for width in range(40, 900, 7):
        lines = layout.lines(width)
        groups = [p.unit for line in lines for p in line if p.unit.reading]
        assert [(u.base, u.reading) for u in groups] == [
            ("IC", "アイシー"),
            ("税金", "ぜいきん"),
            ("記録", "きろく"),
            ("入", "はい"),
            ("正", "ただ"),
            ("思", "おも"),
        ]
        for line in lines[1:]:
            assert line and line[0].unit.base[0] not in "、。」"
        for line in lines:  # nothing wider than the line unless a single unit is
            end = line[-1].x + line[-1].width
            assert end <= width + 0.5 or len(line) == 1 or width < layout.widest * 2


def test_no_line_starts_with_a_space_even_when_the_space_alone_overflows(qapp: QApplication) -> None:
    layout = RubyLayout(
        [("tax information, such as records of the taxes you have paid.", False)], qapp.font()
    )
    tax = layout.lines(10_000)[0][0]
    exact = int(tax.x + tax.width + 1)  # "tax" fits; the space after it does not
    for width in range(exact - 2, exact + 3):
        for line in layout.lines(width)[1:]:
            assert line and not line[0].unit.space, width


def test_height_grows_as_the_width_shrinks_and_the_widget_gets_it(qtbot: QtBot, look: theme.Look) -> None:
    host, label = _label(qtbot)
    wide, narrow = label.heightForWidth(800), label.heightForWidth(200)
    assert narrow > wide
    for width in (900, 520, 320, 240):
        host.resize(width, 1200)
        qtbot.waitUntil(lambda w=width: host.width() == w)
        QApplication.processEvents()
        assert label.height() >= label.heightForWidth(label.width())  # nothing cut off


def _ink_rows(image: QImage, top: int, bottom: int) -> int:
    background = image.pixelColor(1, 1)
    rows = 0
    for y in range(top, bottom):
        if any(_differs(image.pixelColor(x, y), background) for x in range(0, image.width(), 2)):
            rows += 1
    return rows


def _differs(a: QColor, b: QColor) -> bool:
    """Ink: another colour, or paint where the (transparent) background has none."""
    colour = abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
    return colour > 60 or abs(a.alpha() - b.alpha()) > 60


def test_readings_are_painted_above_the_line_and_go_with_furigana_off(
    qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply(qapp, theme.Look(), theme.load_fonts())
    _, label = _label(qtbot, "税金《ぜいきん》", width=600)
    layout = RubyLayout([("税金《ぜいきん》", False)], label.font())
    reading_row = int(layout.reading_height)
    image = label.grab().toImage()
    assert _ink_rows(image, label.contentsRect().top(), reading_row) >= 4  # the reading is drawn
    on_height = label.heightForWidth(600)
    on_ink = _ink_rows(image, 0, image.height())
    try:
        theme.switch(theme.Look(furigana=False))
        QApplication.processEvents()
        assert not label.showing_ruby
        assert label.heightForWidth(600) < on_height
        image = label.grab().toImage()
        assert 0 < _ink_rows(image, 0, image.height()) < on_ink  # the base alone
    finally:
        theme.switch(theme.Look())


def test_text_without_readings_is_an_ordinary_label(qtbot: QtBot) -> None:
    _, label = _label(qtbot, "Plain English text.")
    assert not label.showing_ruby
    assert label.text() == "Plain English text."


def test_a_compound_read_in_parts_is_one_group_that_never_breaks(qapp: QApplication) -> None:
    layout = RubyLayout([("電子《でんし》証明《しょうめい》書《しょ》です", False)], qapp.font())
    for width in (10, 60, 400):
        groups = [
            (p.unit.base, p.unit.reading) for line in layout.lines(width) for p in line if p.unit.reading
        ]
        assert groups == [("電子証明書", "でんししょうめいしょ")]


def test_bold_runs_are_laid_out_without_a_reading_row_and_without_readings(
    qtbot: QtBot, qapp: QApplication
) -> None:
    _, label = _label(qtbot, "")
    label.set_parts([("正解《せいかい》: ", True), ("正《ただ》しい", False)])
    assert label.showing_ruby and label.text() == "正解: 正しい"
    with_readings = label.heightForWidth(600)
    try:
        theme.switch(theme.Look(furigana=False))
        QApplication.processEvents()
        assert not label.showing_ruby  # bold still laid out here, the readings gone
        assert label.heightForWidth(600) < with_readings
    finally:
        theme.switch(theme.Look())
