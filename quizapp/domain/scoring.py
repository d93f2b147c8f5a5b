"""Whether an answer is right."""

from __future__ import annotations

from quizapp.domain.model import NOT_SURE, Question


def is_correct(question: Question, chosen: frozenset[str]) -> bool:
    """True when the learner picked exactly the correct choices. "Not sure" is never correct."""
    return NOT_SURE not in chosen and chosen == question.correct_ids
