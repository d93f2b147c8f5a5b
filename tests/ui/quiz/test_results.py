"""The results: the missed questions with their sources, then "Review these now" at home or
"Start again" on a kiosk (which has no home and no reviews)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from quizapp.domain.quiz import REVIEW
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.quiz import QuizService
from quizapp.ui.quiz.session import QuizSession
from tests.ui.conftest import button, shows, visible_texts
from tests.ui.quiz.test_session import FakeStore, Host

HostFactory = Callable[[bool], Host]


@pytest.fixture
def make_host(qtbot: QtBot, bank_dir: Path) -> Iterator[HostFactory]:
    sessions: list[QuizSession] = []

    def make(kiosk: bool) -> Host:
        store = FakeStore()
        quiz = QuizService(load_catalog([bank_dir]), store, random.Random(3))
        stack = QStackedWidget()
        qtbot.addWidget(stack)
        session = QuizSession(quiz, stack, "en", kiosk=kiosk)
        sessions.append(session)
        stack.resize(1080, 1500)
        stack.show()
        qtbot.waitExposed(stack)
        return Host(stack, session, quiz, store)

    yield make
    for session in sessions:
        session.close()


def miss_all_but_the_last(qtbot: QtBot, host: Host) -> None:
    """Not sure, then wrong, ..., the last one right: the results then have missed questions."""
    host.start()
    run = host.session.run
    assert run is not None
    while run.current is not None:
        question = run.current
        if run.position == len(run.questions) - 1:
            keys = [run.current_order.index(c) + 1 for c in sorted(question.correct_ids)]
        elif run.position % 2:
            keys = [run.current_order.index(next(c.id for c in question.choices if not c.correct)) + 1]
        else:
            keys = [0]
        for key in keys:
            host.press(qtbot, getattr(Qt.Key, f"Key_{key}"))
        host.press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: host.session.question.feedback_complete)
        host.press(qtbot, Qt.Key.Key_Return)
    assert host.stack.currentWidget() is host.session.results


@pytest.mark.parametrize("kiosk", [False, True], ids=["personal", "kiosk"])
def test_the_missed_questions_are_listed_with_their_sources(
    qtbot: QtBot, make_host: HostFactory, kiosk: bool
) -> None:
    host = make_host(kiosk)
    miss_all_but_the_last(qtbot, host)
    run = host.session.run
    assert run is not None
    results = host.session.results
    missed = [q for q, _ in run.missed()]
    assert missed
    for question in missed:
        assert shows(results, question.prompt.en)
        for source in question.sources:
            assert shows(results, source.title.en) and shows(
                results, f"{source.publisher.en} · {source.host}"
            )
    assert shows(results, "? You chose “Not sure”")  # Not sure is not "your answer: wrong"
    codes = [
        label for label in results.findChildren(QLabel) if label.isVisible() and not label.pixmap().isNull()
    ]
    links = [t for t in visible_texts(results) if "<a href" in t]
    sources = sum(len(q.sources) for q in missed)
    assert (len(codes), len(links)) == ((sources, 0) if kiosk else (0, sources))


def test_at_home_review_these_now_starts_a_review_of_the_missed_questions(
    qtbot: QtBot, make_host: HostFactory
) -> None:
    host = make_host(False)
    miss_all_but_the_last(qtbot, host)
    run = host.session.run
    assert run is not None
    missed = tuple(q for q, _ in run.missed())
    assert shows(host.session.results, "Questions to review")
    qtbot.mouseClick(button(host.session.results, "Review these now (R)"), Qt.MouseButton.LeftButton)
    review = host.session.run
    assert review is not None and review is not run
    assert (review.kind, review.questions) == (REVIEW, missed)
    assert host.stack.currentWidget() is host.session.question


def test_a_kiosk_offers_to_start_again_and_nothing_to_review(qtbot: QtBot, make_host: HostFactory) -> None:
    host = make_host(True)
    miss_all_but_the_last(qtbot, host)
    results = host.session.results
    texts = " ".join(visible_texts(results))
    assert "Start again" in texts
    assert not any(words in texts for words in ("review", "Review", "home", "(Enter)"))
    run = host.session.run
    host.press(qtbot, Qt.Key.Key_R)
    assert host.session.run is run and host.stack.currentWidget() is results
    with qtbot.waitSignal(host.session.finished):
        qtbot.mouseClick(button(results, "Start again"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
