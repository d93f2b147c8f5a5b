"""Hostile banks: mutated and random files never crash or hang the loader, and every problem is
located as path:line:col inside the file."""

from __future__ import annotations

import os
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.domain.model import BankProblem
from quizapp.services.banks.convert import bank_from_data
from quizapp.services.banks.sources import Registry
from quizapp.services.banks.validate import CheckedBank, check_bytes
from tests.conftest import ALPHA, BETA, REGISTRY

pytestmark = pytest.mark.fault
EXAMPLES = 3000 if os.environ.get("QUIZAPP_SOAK") else 100
HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=2000,  # milliseconds: no single bank may take longer
    suppress_health_check=[HealthCheck.too_slow],
)
LOCATED = re.compile(r"^bank\.yaml:(\d+):(\d+): \S")
SOURCES = Registry("sources.yaml", {e["id"]: e for e in yaml.safe_load(REGISTRY)["sources"]})
YAML_CHARS = st.sampled_from(list(":-[]{}#&*!|>'\"%@`?,\n\t  abcxyz019.\\あ問\u00a0\ufeff"))


def _check(raw: bytes) -> None:
    """The loader's whole contract for any input: a bank or located problems, nothing else."""
    result = check_bytes(raw, "bank.yaml", SOURCES)
    if isinstance(result, CheckedBank):
        bank_from_data(result.data, "bank.yaml", result.sources)  # a bank that passed must convert cleanly
        return
    assert result, "a rejected bank must say why"
    n_lines = raw.count(b"\n") + 1
    for problem in result:
        assert isinstance(problem, BankProblem)
        match = LOCATED.match(str(problem))
        assert match, str(problem)
        line, col = int(match[1]), int(match[2])
        assert 1 <= line <= n_lines + 1 and col >= 1, str(problem)


@st.composite
def mutated_bank(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from([ALPHA, BETA]))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["delete", "insert", "replace", "duplicate line", "cut"]))
        if kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif kind == "insert":
            text = text[:at] + draw(st.text(YAML_CHARS, min_size=1, max_size=10)) + text[at:]
        elif kind == "replace":
            text = text[:at] + draw(YAML_CHARS) + text[at + 1 :]
        elif kind == "duplicate line" and text:
            lines = text.splitlines(keepends=True)
            i = draw(st.integers(0, len(lines) - 1))
            text = "".join([*lines[: i + 1], lines[i], *lines[i + 1 :]])
        elif kind == "cut":
            text = text[:at]
    return text.encode("utf-8")


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20))
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)


@st.composite
def bank_shaped_data(draw: st.DrawFn) -> bytes:
    """Valid YAML shaped roughly like a bank, with random values where the fields go."""
    data = yaml.safe_load(ALPHA)
    keys = ["id", "title", "questions", "order", "description", "extra"]
    for key in draw(st.lists(st.sampled_from(keys), max_size=3)):
        data[key] = draw(_values)
    question = data["questions"][0] if isinstance(data.get("questions"), list) and data["questions"] else None
    if isinstance(question, dict):
        for key in draw(st.lists(st.sampled_from([*list(question), "bogus"]), max_size=3)):
            question[key] = draw(_values)
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8")


@HOSTILE
@given(mutated_bank())
def test_mutated_banks_are_loaded_or_rejected_with_located_problems(raw: bytes) -> None:
    _check(raw)


@HOSTILE
@given(bank_shaped_data())
def test_banks_with_random_values_are_rejected_with_located_problems(raw: bytes) -> None:
    _check(raw)


@HOSTILE
@given(st.text(YAML_CHARS, max_size=400).map(lambda t: t.encode("utf-8")))
def test_random_yaml_like_text_never_crashes_the_loader(raw: bytes) -> None:
    _check(raw)


@HOSTILE
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_loader(raw: bytes) -> None:
    _check(raw)


@HOSTILE
@given(st.integers(1, 200), st.sampled_from(["[", "{", "- "]))
def test_deep_nesting_is_a_located_problem_not_a_crash(depth: int, opener: str) -> None:
    _check(("id: x\ntitle: " + opener * depth * 50 + "\n").encode())
