"""The feedback shown after an answer, as rich text: the verdict, then the correct answer and
(complete) why each choice is right or wrong and the explanation. Every bank text is escaped
and given break opportunities in long unbroken runs, so it wraps at any width."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.ui.widgets.text import LI, P, breakable, esc

if TYPE_CHECKING:
    from collections.abc import Callable

    from quizapp.domain.model import Lang, Question, Text
    from quizapp.ui.widgets.ruby_text import Part


@dataclass(frozen=True, slots=True)
class FeedbackHeadings:
    """The interface words, already translated by the screen that shows them."""

    answer: str
    why: str
    explanation: str


def bank_text(text: str) -> str:
    """Bank text for rich text: escaped, and able to wrap anywhere it has to."""
    return esc(breakable(text))


def verdict_html(verdict: str, colour: str) -> str:
    return f'<span style="font-size:130%; font-weight:bold; color:{colour}">{esc(verdict)}</span>'


def _content(
    question: Question, keys: list[tuple[str, str]], text: Callable[[Text], str]
) -> tuple[str, list[tuple[str, str, str, str]], str]:
    """(the correct answer, (sign, number, choice, why) in screen order, the explanation),
    each bank text through `text`. `keys`: (number on screen, choice id) in screen order."""
    right = " / ".join(text(c.text) for c in question.choices if c.correct)
    rows = []
    for key, choice_id in keys:
        choice = question.choice(choice_id)
        rows.append(("✔" if choice.correct else "✖", key, text(choice.text), text(choice.why)))
    return right, rows, text(question.explanation)


def feedback_html(
    question: Question,
    lang: Lang,
    headings: FeedbackHeadings,
    keys: list[tuple[str, str]],
    *,
    complete: bool = True,
) -> str:
    """`keys`: (number on screen, choice id) in screen order."""
    right, rows, explanation = _content(question, keys, lambda t: t.get(lang))
    parts = [f"{P}<b>{esc(headings.answer)}</b> {bank_text(right)}</p>"]
    if not complete:
        return "".join(parts)
    parts.append(f"{P}<b>{esc(headings.why)}</b></p><ul>")
    for sign, key, choice, why in rows:
        parts.append(f"{LI}{sign} <b>{esc(key)}. {bank_text(choice)}</b><br>{bank_text(why)}</li>")
    parts.append("</ul>")
    parts.append(f"{P}<b>{esc(headings.explanation)}</b> {bank_text(explanation)}</p>")
    return "".join(parts)


def feedback_parts(
    question: Question,
    lang: Lang,
    headings: FeedbackHeadings,
    keys: list[tuple[str, str]],
    *,
    complete: bool = True,
) -> list[Part]:
    """The same feedback as `feedback_html`, as runs for a RubyLabel: bank text keeps its
    furigana (ruby notation), headings are bold, paragraphs are blank lines."""
    right, rows, explanation = _content(question, keys, lambda t: t.annotated(lang))
    parts: list[Part] = [(headings.answer + " ", True), (right, False)]
    if not complete:
        return parts
    parts += [("\n\n", False), (headings.why, True)]
    for sign, key, choice, why in rows:
        parts += [("\n", False), (f"{sign} {key}. {choice}", True), ("\n", False), (why, False)]
    parts += [("\n\n", False), (headings.explanation + " ", True), (explanation, False)]
    return parts
