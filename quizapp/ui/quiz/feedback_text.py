"""The feedback shown after an answer, as rich text: verdict, correct answer, then (complete)
why each choice is right or wrong, the explanation, and the source with its "as of" date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.ui.widgets.text import LI, P, esc, format_as_of

if TYPE_CHECKING:
    from quizapp.domain.model import Lang, Question


@dataclass(frozen=True, slots=True)
class FeedbackHeadings:
    """The interface words, already translated by the screen that shows them."""

    verdict: str
    answer: str
    why: str
    explanation: str
    source: str


def feedback_html(
    question: Question,
    lang: Lang,
    headings: FeedbackHeadings,
    keys: list[tuple[str, str]],
    colour: str,
    *,
    complete: bool = True,
) -> str:
    """`keys`: (number on screen, choice id) in screen order; `colour`: the verdict's colour."""
    right = " / ".join(c.text.get(lang) for c in question.choices if c.correct)
    parts = [
        f'<p style="font-size:130%; font-weight:bold; color:{colour}">{esc(headings.verdict)}</p>',
        f"{P}<b>{esc(headings.answer)}</b> {esc(right)}</p>",
    ]
    if not complete:
        return "".join(parts)
    parts.append(f"{P}<b>{esc(headings.why)}</b></p><ul>")
    for key, choice_id in keys:
        choice = question.choice(choice_id)
        sign = "✔" if choice.correct else "✖"
        parts.append(
            f"{LI}{sign} <b>{esc(key)}. {esc(choice.text.get(lang))}</b><br>{esc(choice.why.get(lang))}</li>"
        )
    parts.append("</ul>")
    parts.append(f"{P}<b>{esc(headings.explanation)}</b> {esc(question.explanation.get(lang))}</p>")
    sources = "<br>".join(f"{esc(s.label(lang))}<br><small>{esc(s.url)}</small>" for s in question.sources)
    parts.append(f"{P}<b>{esc(headings.source)}</b><br>{sources}")  # each source on lines of its own
    if question.as_of:
        parts.append(f"<br>({esc(format_as_of(question.as_of, lang))})")
    parts.append("</p>")
    return "".join(parts)
