"""Load every bank into a Catalog, through a compiled cache keyed by each file's content hash.

A bad bank is reported and skipped; the others still load.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quizapp.domain.model import Bank, BankProblem, Catalog
from quizapp.services.banks.convert import bank_from_data

log = logging.getLogger(__name__)
CACHE_FORMAT = 1
BANK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class LoadedBank:
    bank: Bank
    question_lines: dict[str, tuple[int, int]]


def bank_files(paths: Iterable[Path]) -> tuple[list[Path], list[BankProblem]]:
    """The bank files named by `paths` (files, or folders searched one level deep)."""
    files: list[Path] = []
    problems: list[BankProblem] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in BANK_SUFFIXES and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(BankProblem(str(path), 1, 1, "no such file or folder"))
    return files, problems


def _read_cache(entry: Path) -> LoadedBank | None:
    try:
        payload: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
        lines = {k: (v[0], v[1]) for k, v in payload["question_lines"].items()}
        loaded = LoadedBank(bank_from_data(payload["data"], payload["path"]), lines)
        os.utime(entry)
        return loaded
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("ignoring unreadable cache entry %s: %s", entry, exc)
        return None


def _write_cache(entry: Path, payload: dict[str, Any]) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
        os.replace(tmp, entry)
    except OSError as exc:
        log.warning("could not write the bank cache %s: %s", entry, exc)


def load_bank(path: Path, cache_dir: Path | None) -> LoadedBank | list[BankProblem]:
    """One bank, from the cache when its bytes are unchanged, otherwise validated and compiled."""
    from quizapp.services.banks.validate import MAX_BANK_BYTES, check_bytes

    try:
        if path.stat().st_size > MAX_BANK_BYTES:
            limit = MAX_BANK_BYTES // (1024 * 1024)
            return [BankProblem(str(path), 1, 1, f"file is larger than the {limit} MiB limit for a bank")]
        raw = path.read_bytes()
    except OSError as exc:
        return [BankProblem(str(path), 1, 1, f"cannot read the file: {exc.strerror or exc}")]
    entry = None
    if cache_dir is not None:
        digest = hashlib.sha256(raw).hexdigest()
        entry = cache_dir / f"{digest}-v{CACHE_FORMAT}.json"
        cached = _read_cache(entry)
        if cached is not None:
            return replace(cached, bank=replace(cached.bank, path=str(path)))
    checked = check_bytes(raw, str(path))
    if isinstance(checked, list):
        return checked
    if entry is not None:
        lines = {k: list(v) for k, v in checked.question_lines.items()}
        _write_cache(entry, {"path": str(path), "data": checked.data, "question_lines": lines})
    return LoadedBank(bank_from_data(checked.data, str(path)), checked.question_lines)


def load_catalog(paths: Iterable[Path], cache_dir: Path | None = None) -> Catalog:
    """Every valid bank under `paths`; problems for the rest. Question and bank ids must be
    unique across banks: a repeated one is reported and left out where it appears again."""
    files, problems = bank_files(paths)
    banks: list[Bank] = []
    owner: dict[str, tuple[str, int]] = {}
    bank_ids: dict[str, str] = {}
    for path in files:
        loaded = load_bank(path, cache_dir)
        if isinstance(loaded, list):
            problems.extend(loaded)
            continue
        bank = loaded.bank
        if bank.id in bank_ids:
            problems.append(
                BankProblem(
                    bank.path, 1, 1, f"id: bank id '{bank.id}' is already used by {bank_ids[bank.id]}"
                )
            )
            continue
        bank_ids[bank.id] = bank.path
        kept = []
        for q in bank.questions:
            line, col = loaded.question_lines.get(q.id, (1, 1))
            if q.id in owner:
                other, other_line = owner[q.id]
                problems.append(
                    BankProblem(
                        bank.path, line, col, f"question id '{q.id}' is already used in {other}:{other_line}"
                    )
                )
                continue
            owner[q.id] = (bank.path, line)
            kept.append(q)
        if kept:
            banks.append(replace(bank, questions=tuple(kept)))
    banks.sort(key=lambda b: (b.order, b.id))
    return Catalog(tuple(banks), tuple(problems))
