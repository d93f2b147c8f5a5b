"""A 10,000-question extra bank: validated and compiled vs a bare PyYAML C-loader parse.

Both read the same generated file from memory. "quizapp" is the full path a new bank takes
(safe YAML read with positions, pydantic validation, conversion to domain objects), without the
cache, i.e. the first time the bank is seen. (The first frame and the ready home screen with
this bank: benchmarks/startup.py --big-bank.)
Goal: within 1.3x of the bare parse.   Run: make bench
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quizapp.services.banks.convert import bank_from_data
from quizapp.services.banks.names import REGISTRY_NAME
from quizapp.services.banks.sources import load_registry
from quizapp.services.banks.validate import CheckedBank, check_bytes

GOAL = 1.3
QUESTION = """\
  - id: big-{n:05d}
    type: {kind}
    difficulty: {difficulty}
    prompt: {{ja: "マイナンバーカードのICチップについて、正しいものはどれですか。（{n}）", en: "Which is true of the card's IC chip? ({n})"}}
    choices:
      - {{id: a, text: {{ja: 税や年金の記録は入っていない, en: It holds no tax or pension records}}, correct: true, why: {{ja: チップには券面の情報と電子証明書だけが入っています。, en: The chip holds only what is printed on the card and the certificates.}}}}
      - {{id: b, text: {{ja: 病歴が入っている, en: It holds your medical history}}, correct: false, why: {{ja: 病歴は入っていません。, en: No medical history is stored on it.}}}}
      - {{id: c, text: {{ja: 所得の情報が入っている, en: It holds your income}}, correct: {third}, why: {{ja: 所得の情報は入っていません。, en: Income is not stored on it.}}}}
    explanation: {{ja: "ICチップには税や年金などのプライバシー性の高い情報は記録されません。", en: "Highly private information such as tax or pension records is not stored on the chip."}}
    sources: [digital-faq-card]
    as_of: "2025-03-24"
    review_by: "2027-12-01"
    audience: [general]
    tags: [chip, generated]
"""
REGISTRY = """\
sources:
  - id: digital-faq-card
    url: https://www.digital.go.jp/policies/mynumber/faq-card
    title: {ja: よくある質問, en: Frequently asked questions}
    publisher: {ja: デジタル庁, en: Digital Agency}
    official: true
"""


def make_bank(n_questions: int) -> bytes:
    parts = ["id: big\ntitle: {ja: 大きなバンク, en: Big bank}\norder: 900\nquestions:\n"]
    for n in range(n_questions):
        multiple = n % 3 == 0
        parts.append(
            QUESTION.format(
                n=n,
                kind="multiple" if multiple else "single",
                difficulty=1 + n % 3,
                third="true" if multiple else "false",
            )
        )
    return "".join(parts).encode("utf-8")


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    raw = make_bank(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / REGISTRY_NAME).write_text(REGISTRY, encoding="utf-8")
        registry = load_registry(Path(tmp) / REGISTRY_NAME)
    assert not registry.problems, registry.problems

    def bare() -> object:
        return yaml.load(raw, Loader=yaml.CSafeLoader)

    def quizapp() -> object:
        checked = check_bytes(raw, "big.yaml", registry)
        assert isinstance(checked, CheckedBank), checked
        return bank_from_data(checked.data, "big.yaml", checked.sources)

    bare(), quizapp()  # warm up imports and caches for both
    base = median_time(bare, args.runs)
    ours = median_time(quizapp, args.runs)
    ratio = ours / base
    print(f"bank: {args.questions} questions, {len(raw) / 1e6:.1f} MB")
    print(f"{'bare PyYAML CSafeLoader parse':<40} median {base * 1000:7.1f} ms")
    print(f"{'quizapp validate + compile':<40} median {ours * 1000:7.1f} ms")
    print(f"ratio: {ratio:.2f}x  goal: within {GOAL}x -> {'met' if ratio <= GOAL else 'MISSED'}")

    print("first frame and ready with this bank: python benchmarks/startup.py --big-bank")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
