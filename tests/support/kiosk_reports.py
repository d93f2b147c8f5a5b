"""Random kiosk reports full of small counts, and what a report with small counts suppressed
must show of each: shared by the JSON, CSV and staff-screen tests, so all three are held to the
same cells."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from hypothesis import strategies as st

from quizapp.domain.kiosk import KioskReport, QuestionCounts, ReportScope
from quizapp.domain.model import NOT_SURE, Bank, Catalog, Choice, Question, QuestionType, Text


def _text(en: str) -> Text:
    return Text(ja=en, en=en)


def _question(qid: str, kind: QuestionType, correct: dict[str, bool]) -> Question:
    choices = tuple(Choice(c, _text(f"Answer {c} of {qid}"), ok, _text("Why.")) for c, ok in correct.items())
    return Question(qid, "t", kind, 1, _text(f"Prompt of {qid}?"), choices, _text("Explained."), ())


QUESTIONS = (
    _question("q-single", QuestionType.SINGLE, {"a": True, "b": False, "c": False, "d": False}),
    _question("q-multiple", QuestionType.MULTIPLE, {"a": True, "b": True, "c": False}),
    _question("q-tf", QuestionType.TRUE_FALSE, {"true": True, "false": False}),
)
CATALOG = Catalog(banks=(Bank("t", _text("Test bank"), QUESTIONS),))
GONE = "q-gone"
"""Counted once, no longer in the banks: its row has no texts and no wrong answer."""
CHOICE_IDS = {q.id: [c.id for c in q.choices] for q in QUESTIONS} | {GONE: ["a", "b"]}
STALE = "zz"
"""A choice id counted once and since taken out of every bank: it has no text."""
PROMPTS = {q.prompt.en: q.id for q in QUESTIONS}

counts = st.one_of(st.integers(0, 6), st.integers(0, 40))
"""Mostly small: around any threshold a test picks (1 to 8)."""
min_counts = st.integers(1, 8)


@st.composite
def question_counts(draw: st.DrawFn, qid: str) -> QuestionCounts:
    attempts = draw(counts)
    correct = draw(st.integers(0, attempts))
    picked = draw(st.lists(st.sampled_from([*CHOICE_IDS[qid], NOT_SURE, STALE]), unique=True))
    return QuestionCounts(qid, attempts, correct, {c: draw(counts) for c in picked})


@st.composite
def reports(draw: st.DrawFn) -> KioskReport:
    days = sorted(draw(st.lists(st.dates(date(2026, 1, 1), date(2026, 12, 31)), unique=True, max_size=6)))
    qids = draw(st.lists(st.sampled_from(sorted(CHOICE_IDS)), unique=True))
    scope = draw(st.sampled_from([ReportScope(), ReportScope(kiosk="k-1"), ReportScope(group="k-")]))
    names = draw(st.lists(st.sampled_from(["k-1", "k-2", "k-3", "hall", "k-5", "library"]), unique=True))
    return KioskReport(
        visits_by_day=tuple((d.isoformat(), draw(counts)) for d in days),
        questions=tuple(draw(question_counts(qid)) for qid in qids),
        scope=scope,
        kiosks=tuple(sorted(names)),
    )


def shown(n: int, min_count: int) -> int | str:
    """What a count must show: the marker when 1..min_count-1, else the number itself."""
    return f"<{min_count}" if 0 < n < min_count else n


def hidden(n: int, min_count: int) -> bool:
    return 0 < n < min_count


def percent_hidden(counts: QuestionCounts, min_count: int) -> bool:
    return hidden(counts.attempts, min_count) or hidden(counts.correct, min_count)


def wrong_answer(counts: QuestionCounts, min_count: int) -> tuple[str, int | str] | None:
    """The most chosen wrong answer as it must be named: (id, picks); ("", "<N") when its picks
    are hidden; None when there is none. A stale choice is never named (it has no text)."""
    question = CATALOG.question(counts.question_id)
    current = {c: n for c, n in counts.choices.items() if c != STALE}
    wrong = replace(counts, choices=current).most_chosen_wrong(question)
    if wrong is None:
        return None
    if hidden(wrong[1], min_count):
        return ("", f"<{min_count}")
    return wrong


def by_id(report: KioskReport) -> dict[str, QuestionCounts]:
    return {q.question_id: q for q in report.questions}


def reshuffle_hidden(report: KioskReport, min_count: int, seed: int) -> KioskReport:
    """`report` with every hidden per-question count (attempts, correct, picks) replaced by
    another hidden value: nothing a report shows of its questions may change. (Not the visits
    per day: the total, shown when large, is their sum; see docs/kiosk.md.)"""
    rng = random.Random(seed)

    def again(n: int) -> int:
        return rng.randint(1, min_count - 1) if hidden(n, min_count) else n

    questions = []
    for q in report.questions:
        attempts, correct = again(q.attempts), q.correct
        if hidden(correct, min_count):  # another hidden value, still no more than the attempts
            correct = rng.randint(1, min(attempts, min_count - 1))
        choices = {c: again(n) for c, n in q.choices.items()}
        questions.append(replace(q, attempts=attempts, correct=correct, choices=choices))
    return replace(report, questions=tuple(questions))
