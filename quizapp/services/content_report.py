"""Is the shipped content still safe to publish? Questions past their review date, resting on
one source only, or citing sources that are not official, per bank.

A question past its `review_by` date may no longer be true; `make bundle` refuses to cut a
release while any is (see docs/bank-format.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from quizapp.domain.model import Bank, Catalog

DUE_SOON_DAYS = 90
"""A question whose review date falls within this many days is listed as due soon."""


@dataclass(frozen=True, slots=True)
class Dated:
    id: str
    review_by: str


@dataclass(frozen=True, slots=True)
class BankReport:
    bank: str
    path: str
    questions: int
    past_review: list[Dated] = field(default_factory=list)
    due_soon: list[Dated] = field(default_factory=list)
    single_source: list[str] = field(default_factory=list)
    non_official: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ContentReport:
    as_of: str
    banks: list[BankReport]
    problems: list[str]

    @property
    def ok(self) -> bool:
        """False when a question is past its review date, or a bank did not load."""
        return not self.problems and not any(b.past_review for b in self.banks)


def _bank_report(bank: Bank, day: date) -> BankReport:
    report = BankReport(bank.id, bank.path, len(bank.questions))
    soon = day + timedelta(days=DUE_SOON_DAYS)
    for q in bank.questions:
        review_by = date.fromisoformat(q.review_by)
        if review_by < day:
            report.past_review.append(Dated(q.id, q.review_by))
        elif review_by <= soon:
            report.due_soon.append(Dated(q.id, q.review_by))
        if len(q.sources) == 1:
            report.single_source.append(q.id)
        if any(not s.official for s in q.sources):
            report.non_official.append(q.id)
    return report


def build_report(catalog: Catalog, day: date) -> ContentReport:
    return ContentReport(
        day.isoformat(), [_bank_report(b, day) for b in catalog.banks], [str(p) for p in catalog.problems]
    )


def as_json(report: ContentReport) -> str:
    payload = asdict(report)
    payload["ok"] = report.ok
    payload["totals"] = {
        key: sum(len(getattr(b, key)) for b in report.banks)
        for key in ("past_review", "due_soon", "single_source", "non_official")
    } | {"questions": sum(b.questions for b in report.banks)}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _row(label: str, items: list[str]) -> str:
    return f"  {label}: {len(items)}" + (f": {', '.join(items)}" if items else "")


def as_text(report: ContentReport) -> str:
    lines = [f"Content report as of {report.as_of}"]
    for b in report.banks:
        lines.append(f"\n{b.bank} ({b.path}): {b.questions} question(s)")
        lines.append(_row("past their review date", [f"{d.id} ({d.review_by})" for d in b.past_review]))
        lines.append(
            _row(
                f"due for review within {DUE_SOON_DAYS} days", [f"{d.id} ({d.review_by})" for d in b.due_soon]
            )
        )
        lines.append(_row("resting on one source only", b.single_source))
        lines.append(_row("citing a source that is not official", b.non_official))
    if report.problems:
        lines.append(f"\n{len(report.problems)} problem(s) in the banks:")
        lines.extend(f"  {p}" for p in report.problems)
    total = sum(b.questions for b in report.banks)
    past = sum(len(b.past_review) for b in report.banks)
    verdict = "ok" if report.ok else "FAILED"
    lines.append(
        f"\n{verdict}: {total} question(s) in {len(report.banks)} bank(s), {past} past their review date"
    )
    return "\n".join(lines) + "\n"
