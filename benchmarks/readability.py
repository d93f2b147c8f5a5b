"""How easy the banks' Japanese is to read: jreadability (Lee & Hasebe) of each question's prompt
and explanation, in やさしい日本語 and, as the baseline measured in the same run, in the
reference Japanese. Higher is easier: 4.5–5.4 初級後半, 3.5–4.4 中級前半, 2.5–3.4 中級後半.
Goal: every question ≥ 4.0 in やさしい日本語, the median ≥ 4.5.   Run: make bench
(needs the `authoring` extra, which `make test` installs)."""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from quizapp.authoring import readability
from quizapp.paths import shipped_banks_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("banks", nargs="*", type=Path, help="bank files (default: the shipped ones)")
    args = parser.parse_args(argv)
    skip = ("sources.yaml", "retired.yaml")
    paths = args.banks or sorted(p for p in shipped_banks_dir().glob("*.yaml") if p.name not in skip)
    every: list[readability.QuestionScore] = []
    head = f"{'bank':<22}{'n':>4}  {'ja-easy median':>14} {'min':>6}  {'ja median':>9} {'min':>6}"
    print(head + "  long sentences")
    for path in paths:
        scores = readability.score_bank(path)
        every += scores
        easy = [s.easy for s in scores if s.easy is not None]
        ja = [s.ja for s in scores]
        long = sum(len(s.long_sentences) for s in scores)
        print(
            f"{path.stem:<22}{len(scores):>4}  {readability.median(easy):>14.2f} {min(easy, default=0):>6.2f}"
            f"  {statistics.median(ja):>9.2f} {min(ja):>6.2f}  {long}"
        )
    easy = [s.easy for s in every if s.easy is not None]
    ja = [s.ja for s in every]
    missing = len(every) - len(easy)
    print(
        f"{'all':<22}{len(every):>4}  {readability.median(easy):>14.2f} {min(easy, default=0):>6.2f}"
        f"  {statistics.median(ja):>9.2f} {min(ja):>6.2f}"
    )
    met = not missing and min(easy, default=0) >= readability.GOAL_EACH
    met = met and readability.median(easy) >= readability.GOAL_MEDIAN
    print(
        f"goal: each ≥ {readability.GOAL_EACH}, median ≥ {readability.GOAL_MEDIAN}"
        f"{f' ({missing} without やさしい日本語)' if missing else ''} -> {'met' if met else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
