"""Nothing is ever clipped: the feedback of every shipped question (its pictures and hotspot
numbers included), in each language (やさしい日本語 with its furigana), at each text size, in a
personal window of 1024×768 and in a portrait kiosk of 1080×1920.

One screen per language, size and window is fed each question in turn (as a learner meets
them), answered wrongly so that the choices carry their longest mark lines (every fifth one
"Not sure"). The checks are what a learner would see: nothing scrolls sideways, no wrapped
text is shorter than its lines, no choice is shorter than its text and mark, and no control
sits outside the widget that shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.lang import LANGS
from quizapp.domain.model import NOT_SURE, Catalog, Lang, Question, QuestionType
from quizapp.domain.quiz import Answer, QuizRun
from quizapp.services.banks.catalog import load_catalog
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.quiz.results_view import ResultsView
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Translations
from quizapp.ui.widgets.choice_button import ChoiceButton
from quizapp.ui.widgets.hotspot import HotspotPicture
from quizapp.ui.widgets.picture import Picture

QUESTIONS = Path(__file__).resolve().parents[3] / "questions"
ScreenT = TypeVar("ScreenT", bound=QWidget)
WINDOWS = {"personal 1024x768": (1024, 768, False), "kiosk 1080x1920": (1080, 1920, True)}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    catalog = load_catalog([QUESTIONS])
    assert len(catalog.questions) > 100 and not catalog.problems
    return catalog


@pytest.fixture
def look(request: pytest.FixtureRequest) -> Iterator[theme.Look]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = theme.Look(text_size=request.param, high_contrast=request.param == "largest")
    theme.apply(app, look, family=theme.load_fonts())
    yield look
    theme.apply(app, theme.Look())


def wrong_answer(question: Question, n: int) -> frozenset[str]:
    """Every wrong choice of a multiple question, one wrong choice otherwise; every fifth Not sure."""
    wrong = [c.id for c in question.choices if not c.correct]
    if n % 5 == 4 or not wrong:
        return frozenset({NOT_SURE})
    return frozenset(wrong if question.type is QuestionType.MULTIPLE else wrong[:1])


def problems(view: QWidget) -> list[str]:
    """What a learner would find clipped in `view`, as it is laid out now."""
    found = []
    for scroll in view.findChildren(QScrollArea):
        content, port = scroll.widget(), scroll.viewport()
        if not scroll.isVisible() or content is None:
            continue
        if scroll.horizontalScrollBar().maximum() > 0 or content.width() > port.width():
            found.append(f"scrolls sideways: content {content.width()} px in a view of {port.width()} px")
    for label in view.findChildren(QLabel):
        needs = label.heightForWidth(label.width())
        if label.isVisible() and label.wordWrap() and label.height() < needs:
            found.append(f"label cut: {label.height()} < {needs} px: {label.text()[:60]!r}")
    for button in view.findChildren(ChoiceButton):
        needs = button.heightForWidth(button.width())
        if button.isVisible() and button.height() < needs:
            found.append(f"choice cut: {button.height()} < {needs} px: {button.text()[:60]!r}")
    for picture in view.findChildren(Picture):
        if not picture.isVisible():
            continue
        drawn = picture.picture_rect()
        if picture.height() < picture.heightForWidth(picture.width()) - 1 or drawn.height() < 120:
            found.append(
                f"picture squeezed: {picture.width()}x{picture.height()} px, drawn {drawn.height():.0f} high"
            )
        if not picture.parentWidget() or not picture.parentWidget().rect().contains(picture.geometry()):
            found.append(f"picture outside its parent: {picture.image.file if picture.image else ''}")
    for spots in view.findChildren(HotspotPicture):
        for spot in spots.spots if spots.isVisible() else []:
            centre = spots.badge_centre(spot)
            if not spots.rect().contains(centre.toPoint()) or not spots.picture_rect().contains(centre):
                found.append(f"region {spot.key}'s number is off the picture")
    for widget in [*view.findChildren(QLabel), *view.findChildren(QAbstractButton)]:
        parent = widget.parentWidget()
        if widget.isVisible() and parent is not None and not parent.rect().contains(widget.geometry()):
            found.append(f"outside its parent: {type(widget).__name__} {widget.text()[:40]!r}")
    return found


@contextmanager
def shown(qtbot: QtBot, lang: Lang, window: str, make: Callable[[Lang, bool], ScreenT]) -> Iterator[ScreenT]:
    """The screen `make(lang, kiosk)` builds, shown in `window`'s size, in `lang`."""
    width, height, kiosk = WINDOWS[window]
    translations = Translations()
    translations.use(lang)
    try:
        host = QStackedWidget()
        qtbot.addWidget(host)
        view = make(lang, kiosk)
        host.addWidget(view)
        host.resize(width, height)
        host.show()
        qtbot.waitExposed(host)
        host.setUpdatesEnabled(False)  # laid out as shown, not painted: geometry is what counts, and fast
        yield view
    finally:
        translations.use("en")


def report(failures: list[str], window: str, lang: Lang, look: theme.Look) -> str:
    return f"{len(failures)} clipped ({window}, {lang}, {look.text_size}):\n" + "\n".join(failures[:25])


@pytest.mark.parametrize("look", theme.TEXT_SIZES, indirect=True)
@pytest.mark.parametrize("lang", LANGS)  # やさしい日本語 with its furigana (on by default)
@pytest.mark.parametrize("window", list(WINDOWS))
def test_no_feedback_of_any_shipped_question_is_clipped(
    qtbot: QtBot, catalog: Catalog, look: theme.Look, lang: Lang, window: str
) -> None:
    with shown(qtbot, lang, window, lambda lang, kiosk: QuestionView(lang, kiosk=kiosk)) as view:
        failures: list[str] = []
        for n, question in enumerate(catalog.questions):
            order = tuple(c.id for c in question.choices)
            view.show_question(question, order, n % 10, 10, question.topic_id)
            view.show_feedback(wrong_answer(question, n), False)
            QApplication.processEvents()  # the reasons follow on the next pass, then the layouts settle
            assert view.feedback_complete
            QApplication.processEvents()
            failures += [f"{question.id}: {p}" for p in problems(view)]
        assert failures == [], report(failures, window, lang, look)


@pytest.mark.parametrize("look", ["largest"], indirect=True)  # the longest lines, the most wrapping
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("window", list(WINDOWS))
def test_no_results_screen_is_clipped(
    qtbot: QtBot, catalog: Catalog, look: theme.Look, lang: Lang, window: str
) -> None:
    """The results of runs of ten questions, every one missed (so each is listed with its
    answer, the correct one, the explanation and its sources), through all shipped questions."""
    with shown(qtbot, lang, window, lambda lang, kiosk: ResultsView(lang, kiosk=kiosk)) as view:
        failures: list[str] = []
        questions = catalog.questions
        when = datetime(2026, 12, 2, tzinfo=UTC)
        for start in range(0, len(questions), 10):
            chunk = questions[start : start + 10]
            run = QuizRun("layout", "mixed", chunk, tuple(tuple(c.id for c in q.choices) for q in chunk))
            for n, q in enumerate(chunk):
                run.add(Answer("layout", q.id, wrong_answer(q, start + n), False, 1.0, when))
            view.show_run(run, catalog)
            QApplication.processEvents()
            QApplication.processEvents()
            failures += [f"results from {chunk[0].id}: {p}" for p in problems(view)]
        assert failures == [], report(failures, window, lang, look)
