"""The feedback as a learner meets it: sources she can follow (a link at home, a QR code on a
kiosk), no keyboard hints or text selection on a kiosk, "Not sure" shown as what it is, marks
that fit at once, and the question, her choice and the verdict kept in view after answering."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.model import NOT_SURE, Catalog, Question
from quizapp.services.banks.catalog import load_catalog
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.shell import theme
from quizapp.ui.widgets.choice_button import ChoiceButton, Mark
from quizapp.ui.widgets.qr import QUIET_ZONE
from quizapp.ui.widgets.sources import SourceList
from tests.ui.conftest import visible_texts
from tests.ui.quiz.test_layout import QUESTIONS

LIBRARY = "chip-009"
"""A shipped question whose first source has a long percent-encoded address."""


class Browser(QObject):
    """Stands in for the system's browser: every address the app hands to it."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def browser() -> Iterator[Browser]:
    seen = Browser()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, seen, "open")
    yield seen
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([QUESTIONS])


@pytest.fixture
def largest() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(text_size="largest", high_contrast=True), family=theme.load_fonts())
    yield
    theme.apply(app, theme.Look())


_hosts: list[QStackedWidget] = []


@pytest.fixture(autouse=True)
def _forget_hosts() -> Iterator[None]:
    yield
    _hosts.clear()


def shown(qtbot: QtBot, *, kiosk: bool, size: tuple[int, int] = (1024, 768)) -> QuestionView:
    """A question screen in a window of `size`, kept alive until the test ends."""
    host = QStackedWidget()
    _hosts.append(host)
    qtbot.addWidget(host)
    view = QuestionView("en", kiosk=kiosk)
    host.addWidget(view)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    return view


def answer(qtbot: QtBot, view: QuestionView, question: Question, chosen: str) -> None:
    view.show_question(question, tuple(c.id for c in question.choices), 0, 10, "topic")
    view.show_feedback(frozenset({chosen}), chosen in question.correct_ids)
    qtbot.waitUntil(lambda: view.feedback_complete)
    QApplication.processEvents()


def source_labels(view: QWidget) -> list[QLabel]:
    return [
        label for s in view.findChildren(SourceList) for label in s.findChildren(QLabel) if label.isVisible()
    ]


def test_a_source_is_named_by_title_publisher_and_host_and_opens_only_when_clicked(
    qtbot: QtBot, catalog: Catalog, browser: Browser
) -> None:
    question = catalog.question(LIBRARY)
    assert question is not None
    view = shown(qtbot, kiosk=False)
    answer(qtbot, view, question, "b")
    first = question.sources[0]
    texts = visible_texts(view)
    assert any(first.title.en in t for t in texts) and any("pref-lib.niigata.niigata.jp" in t for t in texts)
    assert not any("%E5%88%A9" in re.sub(r'href="[^"]*"', "", t) for t in texts)  # nor the address itself
    assert browser.opened == []  # showing the feedback opens nothing
    link = next(label for label in source_labels(view) if first.title.en in label.text())
    link.setFocus()
    with qtbot.assertNotEmitted(view.next_requested):  # Enter on a link opens it, and only that
        qtbot.keyClick(link, Qt.Key.Key_Tab)  # onto the link in the label, as Tab does
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert browser.opened == [first.url]


def test_a_kiosk_shows_a_crisp_qr_code_for_each_source_and_no_link(
    qtbot: QtBot, catalog: Catalog, browser: Browser, largest: None
) -> None:
    question = catalog.question(LIBRARY)
    assert question is not None
    view = shown(qtbot, kiosk=True, size=(1080, 1920))
    answer(qtbot, view, question, "b")
    assert not any("<a " in label.text() for label in view.findChildren(QLabel))
    codes = [label.pixmap() for label in source_labels(view) if not label.pixmap().isNull()]
    assert len(codes) == len(question.sources)
    black, white = QColor("black").rgb(), QColor("white").rgb()
    for code in codes:
        image = code.toImage()
        assert min(image.width(), image.height()) >= 180  # large enough to scan from a step away
        pixels = {image.pixel(x, y) for x in range(image.width()) for y in range(0, image.height(), 3)}
        assert pixels == {black, white}  # dark on light, even in high contrast; sharp, not smoothed
        # The finder pattern starts after the quiet zone of light modules, each module >= 3 px.
        first_dark = next(i for i in range(image.width()) if image.pixel(i, i) == black)
        assert first_dark % QUIET_ZONE == 0 and first_dark // QUIET_ZONE >= 3
    for label in source_labels(view):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert browser.opened == []


def test_a_kiosk_names_no_keys_and_offers_nothing_to_select(qtbot: QtBot, catalog: Catalog) -> None:
    question = catalog.questions[0]
    view = shown(qtbot, kiosk=True, size=(1080, 1920))
    view.show_question(question, tuple(c.id for c in question.choices), 0, 10, "topic")
    hints = ("Keys", "(Esc)", "(Enter)", "Enter")
    assert not any(h in t for t in visible_texts(view) for h in hints)
    answer(qtbot, view, question, NOT_SURE)
    assert not any(h in t for t in visible_texts(view) for h in hints)
    selectable = [
        label.text()[:40]
        for label in view.findChildren(QLabel)
        if label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    ]
    assert selectable == []
    for label in view.findChildren(QLabel):
        if label.isVisible():
            QApplication.sendEvent(
                label,
                QContextMenuEvent(
                    QContextMenuEvent.Reason.Mouse, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5))
                ),
            )
            assert QApplication.activePopupWidget() is None, f"a menu on {label.text()[:40]!r}"


def test_not_sure_is_marked_as_chosen_not_as_wrong(qtbot: QtBot, catalog: Catalog) -> None:
    question = catalog.questions[0]
    view = shown(qtbot, kiosk=False)
    answer(qtbot, view, question, NOT_SURE)
    buttons = {str(b.property("choice_id")): b for b in view.findChildren(ChoiceButton)}
    assert buttons[NOT_SURE].mark is Mark.NEUTRAL
    assert "You chose “Not sure”" in buttons[NOT_SURE].accessibleName()
    assert not any(b.mark is Mark.WRONG for b in buttons.values())
    assert not any(theme.palette().wrong.name() in label.text() for label in view.findChildren(QLabel))


def test_a_mark_gets_its_room_at_once(qtbot: QtBot, largest: None) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(button := ChoiceButton("1", "A choice long enough to take two lines " * 3))
    holder.resize(600, 600)
    holder.show()
    qtbot.waitExposed(holder)
    before = button.height()
    button.set_mark(Mark.WRONG, "✖ Your choice: not correct")  # no resize follows: the width is the same
    assert button.height() == button.heightForWidth(button.width()) > before


def test_after_answering_the_choice_and_verdict_stay_in_view_and_one_step_shows_the_reasons(
    qtbot: QtBot, catalog: Catalog, largest: None
) -> None:
    question = catalog.question(LIBRARY)
    assert question is not None
    view = shown(qtbot, kiosk=False)
    answer(qtbot, view, question, "b")
    port = view._scroll.viewport()
    seen = QRect(QPoint(0, 0), port.size())
    chosen = next(b for b in view.findChildren(ChoiceButton) if b.property("choice_id") == "b")
    assert seen.contains(QRect(chosen.mapTo(port, QPoint(0, 0)), chosen.size()))
    assert seen.contains(QRect(view._verdict.mapTo(port, QPoint(0, 0)), view._verdict.size()))
    reasons_top = view._feedback.mapTo(port, QPoint(0, 0)).y()
    step = view._scroll.verticalScrollBar().singleStep() * QApplication.wheelScrollLines()
    assert port.height() <= reasons_top + 40 <= port.height() + step  # just below: one step brings them in
