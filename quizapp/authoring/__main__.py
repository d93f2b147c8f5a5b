"""python -m quizapp.authoring draft TEXT... | check BANK.yaml...

draft: print each text with drafted furigana (check every reading by hand).
check: score each question's やさしい日本語 and list long sentences and furigana problems;
exit 1 when a question misses the goal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from quizapp.authoring import furigana, readability
from quizapp.domain import ruby


def _banks(paths: list[Path]) -> list[Path]:
    """The bank files named, a folder standing for its banks (not its registry files)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += [p for p in sorted(path.glob("*.yaml")) if p.name not in ("sources.yaml", "retired.yaml")]
        else:
            out.append(path)
    return out


def _check(paths: list[Path]) -> int:
    failed = 0
    for path in _banks(paths):
        scores = readability.score_bank(path)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for q, s in zip(data["questions"], scores, strict=True):
            notes = []
            if s.easy is None:
                notes.append("no ja-easy prompt or explanation")
            elif s.easy < readability.GOAL_EACH:
                notes.append(f"score {s.easy:.2f} < {readability.GOAL_EACH}")
            for field in ("prompt", "explanation"):
                for p in ruby.problems(q[field].get("ja-easy", "")):
                    notes.append(f"{field}: {p.message}")
            for i, c in enumerate(q["choices"]):
                for field in ("text", "why"):
                    text = c[field].get("ja-easy")
                    if text is None:
                        notes.append(f"choices[{i}].{field}: no ja-easy")
                    else:
                        notes += [f"choices[{i}].{field}: {p.message}" for p in ruby.problems(text)]
            easy = f"{s.easy:.2f}" if s.easy is not None else "  -  "
            mark = "FAIL" if notes else "ok"
            print(f"{s.id:14} easy {easy}  ja {s.ja:.2f}  {mark}")
            for n in notes:
                print(f"    {n}")
            for sentence in s.long_sentences:
                print(f"    long ({len(sentence)}): {sentence}")
            failed += bool(notes)
        values = [s.easy for s in scores if s.easy is not None]
        print(
            f"{path}: ja-easy median {readability.median(values):.2f},"
            f" min {min(values, default=float('nan')):.2f};"
            f" ja median {readability.median([s.ja for s in scores]):.2f}"
        )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quizapp.authoring")
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draft", help="print text with drafted furigana")
    d.add_argument("texts", nargs="*", help="texts (default: lines of standard input)")
    c = sub.add_parser("check", help="score and check banks' やさしい日本語")
    c.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "draft":
        for text in args.texts or sys.stdin.read().splitlines():
            print(furigana.draft(text))
        return 0
    return _check(args.paths)


if __name__ == "__main__":
    sys.exit(main())
