"""The staff report of kiosk mode's counters: rows for the staff screen, JSON and CSV for the
command line and the export. Every output is built from `report_rows` and `shown_visits`, which
hold counts only as shown (a hidden one is "<5", never its number), so no format can leak a
count the others hide (quizapp.domain.suppression)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from quizapp.domain.kiosk import DEFAULT_MIN_COUNT, KioskReport, QuestionCounts
from quizapp.domain.model import Catalog, Lang, Question
from quizapp.domain.suppression import Shown, Suppression

ReportFormat = Literal["json", "csv"]
ReportTable = Literal["visits", "questions"]


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One question's line in the staff report, with its texts in one language and its counts
    as shown. It keeps no raw count, so whatever reads it cannot show a hidden one."""

    question_id: str
    question: str
    attempts: Shown
    correct: Shown
    not_sure: Shown
    percent_correct: int | None
    """None when nobody answered, or when it is hidden (then `percent_hidden`)."""
    percent_hidden: bool
    choices: Mapping[str, Shown]
    """Choice id -> times picked, "not_sure" included."""
    wrong_choice_id: str
    """The most chosen wrong answer; "" when none was chosen or its picks are hidden."""
    wrong_choice: str
    wrong_picks: Shown
    """0 when no wrong answer was chosen; the marker when hidden (and then no id nor text)."""


def report_rows(
    report: KioskReport, catalog: Catalog, lang: Lang, min_count: int = DEFAULT_MIN_COUNT
) -> list[ReportRow]:
    """Per question, hardest first: fewest correct, then most attempts, then by id. Questions
    whose percent is hidden come after all the others, by id alone, so that where a row stands
    says nothing about the counts it hides."""
    rule = Suppression(min_count)
    ranked = sorted(report.questions, key=lambda c: _rank(c, rule))
    return [_row(counts, catalog, lang, rule) for counts in ranked]


def _rank(counts: QuestionCounts, rule: Suppression) -> tuple[int, int, int, str]:
    if rule.hides_percent(counts):
        return (1, 0, 0, counts.question_id)
    return (0, counts.percent_correct or 0, -counts.attempts, counts.question_id)


def _row(counts: QuestionCounts, catalog: Catalog, lang: Lang, rule: Suppression) -> ReportRow:
    question = catalog.question(counts.question_id)
    wrong = _most_chosen_wrong(counts, question)
    wrong_id, wrong_text, wrong_picks = "", "", 0
    if wrong is not None and question is not None:
        wrong_picks = wrong[1]
        if not rule.hides_wrong_answer(wrong_picks):
            wrong_id, wrong_text = wrong[0], question.choice(wrong[0]).text.get(lang)
    hidden_percent = rule.hides_percent(counts)
    return ReportRow(
        question_id=counts.question_id,
        question=question.prompt.get(lang) if question else "",
        attempts=rule.show(counts.attempts),
        correct=rule.show(counts.correct),
        not_sure=rule.show(counts.not_sure),
        percent_correct=None if hidden_percent else counts.percent_correct,
        percent_hidden=hidden_percent,
        choices={choice: rule.show(n) for choice, n in counts.choices.items()},
        wrong_choice_id=wrong_id,
        wrong_choice=wrong_text,
        wrong_picks=rule.show(wrong_picks),
    )


def _most_chosen_wrong(counts: QuestionCounts, question: Question | None) -> tuple[str, int] | None:
    """Among the question's choices as the banks have them now: a choice since taken out of the
    bank (its counter kept, maybe from a kiosk with older banks) has no text to show."""
    if question is None:
        return None
    known = {c.id for c in question.choices}
    current = {choice: n for choice, n in counts.choices.items() if choice in known}
    return replace(counts, choices=current).most_chosen_wrong(question)


def shown_visits(
    report: KioskReport, min_count: int = DEFAULT_MIN_COUNT
) -> tuple[Shown, list[tuple[str, Shown]]]:
    """The total of visits and the visits per day (oldest first), as shown."""
    rule = Suppression(min_count)
    return rule.show(report.visits), [(day, rule.show(n)) for day, n in report.visits_by_day]


def suppression_note(min_count: int = DEFAULT_MIN_COUNT) -> str:
    """What the JSON and the CSV say about hidden counts (in English, like their keys)."""
    rule = Suppression(min_count)
    if not rule.active:
        return "Nothing is suppressed (min_count 1): every count is shown exactly."
    below = "1" if min_count == 2 else f"1 to {min_count - 1}"
    return (
        f'Counts of {below} are shown as "{rule.marker}" so that no visitor can be singled out; '
        "where they would give such a count away, percent_correct is left empty and the most "
        "chosen wrong answer is not named."
    )


CSV_NOTE_SECTION = "[note]"
"""The title row of the CSV report's first section: the suppression note, the threshold, and
which kiosks the counts come from, one `key,value` row each (kiosks: one name a cell)."""
CSV_VISIT_COLUMNS = ("day", "visits")
CSV_QUESTION_COLUMNS = (
    "question_id",
    "question",
    "attempts",
    "correct",
    "percent_correct",
    "not_sure",
    "most_chosen_wrong_choice_id",
    "most_chosen_wrong_choice",
    "most_chosen_wrong_picks",
)
CSV_SECTIONS: dict[ReportTable, str] = {"visits": "[visits per day]", "questions": "[questions]"}
"""The title row that opens each table of the CSV report, alone in its first cell."""


def format_report(
    report: KioskReport,
    catalog: Catalog,
    lang: Lang,
    fmt: ReportFormat = "json",
    table: ReportTable | None = None,
    min_count: int = DEFAULT_MIN_COUNT,
) -> str:
    """JSON: {"scope": {"kiosk", "group"}, "kiosks", "min_count", "suppressed", "visits",
    "since", "visits_by_day", "questions": [{question_id, attempts, correct, not_sure, choices,
    most_chosen_wrong}]}, a hidden count being the string "<5".

    CSV: the `[note]` section, then the two tables, each opened by its title row
    (`CSV_SECTIONS`), all parted by blank lines; with `table`, only that table, without title
    nor note, so it stays one plain table for a spreadsheet (a hidden cell still reads "<5")."""
    rows = report_rows(report, catalog, lang, min_count)
    visits, by_day = shown_visits(report, min_count)
    if fmt == "json":
        data: dict[str, Any] = {
            "scope": {"kiosk": report.scope.kiosk, "group": report.scope.group},
            "kiosks": list(report.kiosks),
            "min_count": min_count,
            "suppressed": suppression_note(min_count),
            "visits": visits,
            "since": report.since,
            "visits_by_day": dict(by_day),
            "questions": [
                {
                    "question_id": r.question_id,
                    "attempts": r.attempts,
                    "correct": r.correct,
                    "not_sure": r.not_sure,
                    "choices": dict(r.choices),
                    "most_chosen_wrong": r.wrong_choice_id or None,
                }
                for r in rows
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    tables: dict[ReportTable, list[Sequence[object]]] = {
        "visits": [list(CSV_VISIT_COLUMNS), *([day, n] for day, n in by_day)],
        "questions": [list(CSV_QUESTION_COLUMNS), *(_csv_question(r) for r in rows)],
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if table is not None:
        writer.writerows(tables[table])
        return out.getvalue()
    writer.writerow([CSV_NOTE_SECTION])
    writer.writerows(_csv_note(report, min_count))
    for name, lines in tables.items():
        writer.writerow([])
        writer.writerow([CSV_SECTIONS[name]])
        writer.writerows(lines)
    return out.getvalue()


def _csv_note(report: KioskReport, min_count: int) -> list[list[object]]:
    return [
        ["suppressed", suppression_note(min_count)],
        ["min_count", min_count],
        ["kiosk", report.scope.kiosk or ""],
        ["group", report.scope.group or ""],
        ["kiosks", *report.kiosks],
    ]


def _csv_question(r: ReportRow) -> list[object]:
    return [
        r.question_id,
        r.question,
        r.attempts,
        r.correct,
        "" if r.percent_correct is None else r.percent_correct,
        r.not_sure,
        r.wrong_choice_id,
        r.wrong_choice,
        r.wrong_picks or "",
    ]
