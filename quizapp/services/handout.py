"""Which questions a printed handout holds, and in what order. Qt-free: the pages are laid out
and painted by quizapp.ui.paper; the command line and the progress screen both start here.

A handout is either the questions of some topics (a workshop leader's sheet for one session)
or the questions a learner missed (their latest answer was wrong), to take home and go over."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from quizapp.domain.model import Catalog, Question, Text
from quizapp.domain.quiz import QuestionStats


class UnknownTopics(ValueError):
    """Topic ids that name no bank of the catalog."""

    def __init__(self, unknown: Sequence[str], known: Sequence[str]) -> None:
        self.unknown = tuple(unknown)
        self.known = tuple(known)
        names = ", ".join(f"'{t}'" for t in self.unknown)
        super().__init__(f"no topic {names}; the topics are: {', '.join(self.known) or '(none loaded)'}")


@dataclass(frozen=True, slots=True)
class HandoutContent:
    """What to print: the questions in order and what the title says about them."""

    questions: tuple[Question, ...]
    topic_titles: tuple[Text, ...]
    """The topics' titles, in order; empty for a sheet of missed questions."""
    answers: bool
    day: date
    missed: bool = False
    """True: the learner's missed questions (the title says so), not whole topics."""


def topic_questions(
    catalog: Catalog, topic_ids: Sequence[str]
) -> tuple[tuple[Question, ...], tuple[Text, ...]]:
    """The questions of the topics named (every topic when none is), in the topics' order as
    given and each bank's own order, and the topics' titles; UnknownTopics for ids of no bank."""
    known = [b.id for b in catalog.banks]
    unknown = [t for t in topic_ids if catalog.bank(t) is None]
    if unknown:
        raise UnknownTopics(unknown, known)
    wanted = list(dict.fromkeys(topic_ids)) or known
    banks = [b for b in (catalog.bank(t) for t in wanted) if b is not None]
    return tuple(q for b in banks for q in b.questions), tuple(b.title for b in banks)


def missed_questions(catalog: Catalog, stats: Mapping[str, QuestionStats]) -> tuple[Question, ...]:
    """The questions whose latest answer was wrong, in the catalog's order (topic by topic, as
    the home screen lists them), so a printed sheet follows the course rather than the clock."""
    return tuple(
        q for b in catalog.banks for q in b.questions if q.id in stats and not stats[q.id].last_correct
    )


def topics_handout(catalog: Catalog, topic_ids: Sequence[str], *, answers: bool, day: date) -> HandoutContent:
    questions, titles = topic_questions(catalog, topic_ids)
    return HandoutContent(questions, titles, answers, day)


def missed_handout(questions: Sequence[Question], *, answers: bool, day: date) -> HandoutContent:
    return HandoutContent(tuple(questions), (), answers, day, missed=True)
