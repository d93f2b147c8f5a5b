"""Hotspot questions and pictures on the question screen: a tap, a click or a number key picks a
region; the feedback outlines the correct one; the picture's labels follow the language and
its colours the theme; screen readers and Read aloud get words for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.model import Choice, Image, Question, QuestionType, Region, Text
from quizapp.services.images import ImageLibrary
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.shell import theme
from quizapp.ui.widgets import picture
from quizapp.ui.widgets.hotspot import HotspotPicture

SVG = """<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"
 viewBox="0 0 400 200" width="400" height="200" font-family="BIZ UDPGothic, sans-serif">
  <rect x="0" y="0" width="400" height="200" fill="#ffffff" stroke="#6b6b6b"/>
  <rect x="10" y="10" width="180" height="180" fill="#f5f5f2"/>
  <text x="20" y="100" font-size="26" fill="#1a1a1a">{{left}}</text>
</svg>
"""
LABELS = "left: {ja: ひだり, ja-easy: ひだり, en: Left side}\n"


def _text(s: str) -> Text:
    return Text(ja=s, en=s, ja_easy=s)


def _question() -> Question:
    choices = (
        Choice(
            "left",
            _text("The left half"),
            True,
            _text("Right: it is on the left."),
            Region.rect(0, 0, 200, 200),
        ),
        Choice("right", _text("The right half"), False, _text("No."), Region.rect(200, 0, 200, 200)),
        Choice("dot", _text("The small square"), False, _text("No."), Region.rect(300, 50, 50, 50)),
    )
    return Question(
        id="spot-001",
        topic_id="t",
        type=QuestionType.HOTSPOT,
        difficulty=1,
        prompt=_text("Tap the left half."),
        choices=choices,
        explanation=_text("The left half it is."),
        sources=(),
        image=Image("test-card.svg", _text("A card cut into a left and a right half")),
    )


@pytest.fixture
def pictures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ImageLibrary:
    (tmp_path / "test-card.svg").write_text(SVG, encoding="utf-8")
    (tmp_path / "test-card.labels.yaml").write_text(LABELS, encoding="utf-8")
    library = ImageLibrary(root=tmp_path)
    monkeypatch.setattr(picture, "library", lambda: library)
    return library


@pytest.fixture
def view(qtbot: QtBot, pictures: ImageLibrary) -> Iterator[QuestionView]:
    view = QuestionView("en")
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    question = _question()
    view.show_question(question, ("left", "right", "dot"), 0, 1, "")
    qtbot.waitUntil(lambda: view.picture.height() > 100)
    yield view


def _at(spot_picture: HotspotPicture, x: float, y: float) -> QPoint:
    return spot_picture.to_widget(x, y).toPoint()


def test_a_click_on_a_region_picks_its_choice_and_enter_answers(qtbot: QtBot, view: QuestionView) -> None:
    pic = view.picture
    assert pic.isVisible() and [s.key for s in pic.spots] == ["1", "2", "3"]
    qtbot.mouseClick(pic, Qt.MouseButton.LeftButton, pos=_at(pic, 250, 150))
    assert view.chosen() == {"right"} and pic.selected == {"right"}
    qtbot.mouseClick(pic, Qt.MouseButton.LeftButton, pos=_at(pic, 100, 100))
    assert view.chosen() == {"left"}  # one region at a time, as with a single choice
    with qtbot.waitSignal(view.answer_submitted) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [frozenset({"left"})]


def test_a_part_drawn_on_a_larger_one_wins_the_tap(qtbot: QtBot, view: QuestionView) -> None:
    pic = view.picture
    qtbot.mouseClick(pic, Qt.MouseButton.LeftButton, pos=_at(pic, 325, 75))
    assert view.chosen() == {"dot"}


def test_a_touch_on_a_region_picks_it(qtbot: QtBot, view: QuestionView) -> None:
    pic = view.picture
    device = QTest.createTouchDevice()
    point = _at(pic, 120, 60)
    QTest.touchEvent(pic, device).press(0, point, pic).commit()
    QTest.touchEvent(pic, device).release(0, point, pic).commit()
    qtbot.waitUntil(lambda: view.chosen() == {"left"})


def test_number_keys_pick_regions_and_the_picture_shows_which(qtbot: QtBot, view: QuestionView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert view.chosen() == {"dot"} and view.picture.selected == {"dot"}
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.chosen() == {"not_sure"} and view.picture.selected == {"not_sure"}


def test_screen_readers_get_the_picture_and_each_region_as_a_named_choice(view: QuestionView) -> None:
    pic = view.picture
    assert pic.accessibleName() == "A card cut into a left and a right half"
    assert "1. The left half" in pic.accessibleDescription()
    names = [
        QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in view._choices.numbered
    ]
    assert names == ["1. The left half", "2. The right half", "3. The small square"]
    assert "A card cut into a left and a right half" in view.spoken_text()


def _has_colour(img: QImage, colour: QColor) -> bool:
    rgb = colour.rgb()
    return any(img.pixel(x, y) == rgb for y in range(0, img.height(), 2) for x in range(img.width()))


def test_the_feedback_outlines_the_correct_region_and_the_wrong_pick(
    qtbot: QtBot, view: QuestionView
) -> None:
    pic = view.picture
    palette = theme.palette()
    before = pic.grab().toImage()
    assert not _has_colour(before, palette.correct) and not _has_colour(before, palette.wrong)
    qtbot.keyClick(view, Qt.Key.Key_2)
    view.show_feedback(frozenset({"right"}), False)
    assert pic.answered
    after = pic.grab().toImage()
    assert _has_colour(after, palette.correct) and _has_colour(after, palette.wrong)
    qtbot.mouseClick(pic, Qt.MouseButton.LeftButton, pos=_at(pic, 100, 100))
    assert view.chosen() == {"right"}  # answered: a tap changes nothing


def test_the_labels_follow_the_language_and_the_colours_high_contrast(
    qtbot: QtBot, pictures: ImageLibrary
) -> None:
    assert b"Left side" in pictures.render("test-card.svg", "en")
    assert "ひだり".encode() in pictures.render("test-card.svg", "ja")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pic = HotspotPicture()
    qtbot.addWidget(pic)
    pic.resize(400, 200)
    pic.show_image(_question().image, "en")
    pic.show()
    white = QColor("#ffffff").rgb()
    assert pic.grab().toImage().pixel(390, 190) == white
    theme.apply(app, theme.Look(high_contrast=True))
    try:
        qtbot.waitUntil(lambda: pic.grab().toImage().pixel(390, 190) == QColor("#000000").rgb())
    finally:
        theme.apply(app, theme.Look())


def test_a_missing_picture_hides_itself_and_the_question_still_works(
    qtbot: QtBot, view: QuestionView, caplog: pytest.LogCaptureFixture
) -> None:
    from dataclasses import replace

    question = replace(_question(), image=Image("gone.svg", _text("gone")))
    view.show_question(question, ("left", "right", "dot"), 0, 1, "")
    assert not view.picture.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.chosen() == {"left"}
    assert any("gone.svg" in r.getMessage() for r in caplog.records)


def test_regions_map_to_the_picture_as_drawn() -> None:
    pic = HotspotPicture()
    assert pic.to_picture(QPointF(5, 5)) == (-1.0, -1.0)  # nothing drawn: nothing to hit
