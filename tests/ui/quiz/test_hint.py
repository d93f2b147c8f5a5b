"""The hint under the prompt ("Select all that apply.") is shown only when the prompt does not
already say it in its own words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.model import Text
from quizapp.services.banks.catalog import load_catalog
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.shell.i18n import Translations


def _hint_shown(qtbot: QtBot, bank_dir: Path, question_id: str, prompt: Text | None, lang: str) -> bool:
    question = load_catalog([bank_dir]).question(question_id)
    assert question is not None
    if prompt is not None:
        question = replace(question, prompt=prompt)
    translations = Translations()
    translations.use(lang)  # type: ignore[arg-type]
    try:
        view = QuestionView(lang)  # type: ignore[arg-type]
        qtbot.addWidget(view)
        view.show()
        view.show_question(question, tuple(c.id for c in question.choices), 0, 1, "")
        QApplication.processEvents()
        return view._hint.isVisible()
    finally:
        translations.use("en")


def test_a_prompt_that_asks_for_all_that_apply_gets_no_second_hint(qtbot: QtBot, bank_dir: Path) -> None:
    asked = Text(
        ja="どれですか。すべて選んでください。",
        en="Which ones? Select all that apply.",
        ja_easy="どれですか。すべて選んでください。",
    )
    for lang in ("ja", "ja-easy", "en"):
        assert not _hint_shown(qtbot, bank_dir, "alpha-002", asked, lang)


def test_a_prompt_that_does_not_say_it_gets_the_hint(qtbot: QtBot, bank_dir: Path) -> None:
    plain = Text(ja="どれですか。", en="Which ones?", ja_easy="どれですか。")
    for lang in ("ja", "ja-easy", "en"):
        assert _hint_shown(qtbot, bank_dir, "alpha-002", plain, lang)
    assert _hint_shown(qtbot, bank_dir, "alpha-001", None, "en")  # choose one: always said
