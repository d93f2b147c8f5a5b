"""One kiosk of a pool, as its own process: N visits through the real service flow (new_quiz,
start_mixed(KIOSK_LENGTH), count_visit, answers, finish_visit), against the centre's server.

It writes down what IT handed to the counters (its own sums: visits per day, attempts and correct
answers per question, picks per choice) so the tests can compare the pooled report with the sum
over the kiosks, exactly. The record is written only once every visit is in this kiosk's own file
(`ctx.flush()`), so a kiosk SIGKILLed after its record exists has lost none of those visits: they
can only be sent, once or (a bug) twice. Then it drains (every visit acknowledged by the server)
and closes. Run by tests/services/test_kiosk_pooling.py and benchmarks/kiosk_pool.py.

    python tests/kiosk_pool_child.py --data-dir DIR --kiosk-name NAME --database-url URL \\
        --visits N --seed S --record OUT.json [--pause-after K --paused-file P --go-file G]

Exit codes: 0 drained and closed; 3 a visit failed; 4 not drained within --drain-timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import traceback
from datetime import date
from pathlib import Path
from typing import Any

from quizapp.domain.kiosk import KIOSK_LENGTH
from quizapp.domain.model import NOT_SURE, Question, QuestionType
from quizapp.paths import DataPaths
from quizapp.services.kiosk import KioskContext, open_kiosk_context
from quizapp.storage.kiosk_server import parse_url

DAYS = tuple(date(2026, 11, d) for d in range(26, 31))
"""The visits fall on these days (a seeded choice per visit), so per-day totals are compared too."""
NOT_SURE_SHARE = 0.15
POLL_S = 0.02
GO_TIMEOUT_S = 120.0


class Record:
    """What this kiosk counted: sums only, as the server should hold them for it."""

    def __init__(self) -> None:
        self.days: dict[str, int] = {}
        self.questions: dict[str, list[int]] = {}
        self.picks: dict[str, dict[str, int]] = {}
        self.finish_ms: list[float] = []
        """How long each `finish_visit` took on the calling (the GUI's) thread, in ms."""

    def visit(self, day: date) -> None:
        self.days[day.isoformat()] = self.days.get(day.isoformat(), 0) + 1

    def answer(self, question_id: str, chosen: frozenset[str], correct: bool) -> None:
        counts = self.questions.setdefault(question_id, [0, 0])
        counts[0] += 1
        counts[1] += int(correct)
        picks = self.picks.setdefault(question_id, {})
        for choice_id in chosen:
            picks[choice_id] = picks.get(choice_id, 0) + 1


def choose(question: Question, order: tuple[str, ...], rng: random.Random) -> frozenset[str]:
    """A visitor's answer: sometimes "Not sure", else one choice, or for "select all" a few."""
    if rng.random() < NOT_SURE_SHARE:
        return frozenset({NOT_SURE})
    if question.type is QuestionType.MULTIPLE:
        return frozenset(rng.sample(order, rng.randint(1, len(order))))
    return frozenset({rng.choice(order)})


def one_visit(ctx: KioskContext, rng: random.Random, record: Record) -> None:
    """As KioskWindow.start_visit and end_visit do it, minus the screens."""
    quiz = ctx.new_quiz(rng)
    run = quiz.start_mixed(KIOSK_LENGTH)
    day = rng.choice(DAYS)
    ctx.count_visit(lambda: day)
    record.visit(day)
    while run.current is not None:
        question, order = run.current, run.current_order
        chosen = choose(question, order, rng)
        answer = quiz.submit(run, chosen, seconds=rng.uniform(2.0, 20.0))
        record.answer(question.id, chosen, answer.correct)
    started = time.perf_counter()
    ctx.finish_visit()
    record.finish_ms.append((time.perf_counter() - started) * 1000)


def wait_for(path: Path, timeout: float) -> None:
    """Until `path` exists (the test's go-ahead); SystemExit after `timeout`."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"kiosk child: no {path} within {timeout:.0f} s")
        time.sleep(POLL_S)  # a poll interval with a deadline


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Whole or not at all: the test reads it the moment it appears."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def percentile(values: list[float], share: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--kiosk-name", required=True)
    parser.add_argument("--database-url", required=True, help="'' for none: the counts stay here")
    parser.add_argument("--visits", type=int, default=250)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--record", type=Path, help="where to write what this kiosk counted (JSON)")
    parser.add_argument("--pause-after", type=int, help="after this many visits, write --paused-file ...")
    parser.add_argument("--paused-file", type=Path)
    parser.add_argument("--go-file", type=Path, help="... and go on once this file exists")
    parser.add_argument("--drain-timeout", type=float, default=90.0)
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    record = Record()
    url = parse_url(args.database_url) if args.database_url else None
    ctx = open_kiosk_context(DataPaths(args.data_dir), (), args.kiosk_name, url)
    started = time.perf_counter()
    try:
        for n in range(args.visits):
            if n == args.pause_after:
                ctx.flush()
                write_json(args.paused_file, {"visits": n})
                wait_for(args.go_file, GO_TIMEOUT_S)
            one_visit(ctx, rng, record)
    except Exception:
        traceback.print_exc()
        return 3
    ctx.flush()  # every visit is in this kiosk's file now
    visiting_s = time.perf_counter() - started
    status = ctx.outbox_status()
    if args.record is not None:
        write_json(
            args.record,
            {
                "kiosk": args.kiosk_name,
                "visits_by_day": record.days,
                "questions": record.questions,
                "picks": record.picks,
                "waiting_after_visits": status.waiting_visits if status else 0,
                "visiting_s": visiting_s,
                "finish_visit_ms": {
                    "p50": percentile(record.finish_ms, 0.5),
                    "p95": percentile(record.finish_ms, 0.95),
                    "max": max(record.finish_ms, default=0.0),
                },
            },
        )
    deadline = time.monotonic() + args.drain_timeout
    # drain() wakes the sender each time: after an outage it would otherwise wait out its backoff
    while not ctx.drain(min(1.0, max(deadline - time.monotonic(), 0.0))):
        if time.monotonic() > deadline:
            status = ctx.outbox_status()
            print(f"kiosk child: not drained within {args.drain_timeout:.0f} s: {status}", file=sys.stderr)
            ctx.close()
            return 4
    ctx.close()
    print("drained", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
