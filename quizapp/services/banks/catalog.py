"""Load every bank into a Catalog, through a compiled cache keyed by each file's content hash.

A bad bank is reported and skipped; the others still load. The banks of one folder share its
source registry (`sources.yaml`) and its list of retired ids (`retired.yaml`).
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
from typing import TYPE_CHECKING, Any

from quizapp.domain.model import Bank, BankProblem, Catalog
from quizapp.services.banks.convert import bank_from_data
from quizapp.services.banks.names import MAX_BANK_BYTES, REGISTRY_NAME, RESERVED_NAMES, RETIRED_NAME

if TYPE_CHECKING:
    from quizapp.services.banks.sources import Registry

log = logging.getLogger(__name__)
CACHE_FORMAT = 2
BANK_SUFFIXES = (".yaml", ".yml")


class Folder:
    """What the banks of one folder share, read only when a bank is not in the cache."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._registry: Registry | None = None
        self._retired: tuple[frozenset[str], list[BankProblem]] | None = None
        self._digest: str | None = None

    @property
    def digest(self) -> str:
        """Changes whenever the registry or the retired list changes (part of the cache key)."""
        if self._digest is None:
            h = hashlib.sha256()
            for name in (REGISTRY_NAME, RETIRED_NAME):
                try:
                    h.update((self.path / name).read_bytes())
                except OSError:
                    h.update(b"-")
                h.update(b"\0")
            self._digest = h.hexdigest()
        return self._digest

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            from quizapp.services.banks.sources import load_registry

            self._registry = load_registry(self.path / REGISTRY_NAME)
        return self._registry

    @property
    def retired(self) -> tuple[frozenset[str], list[BankProblem]]:
        if self._retired is None:
            from quizapp.services.banks.sources import load_retired

            self._retired = load_retired(self.path / RETIRED_NAME)
        return self._retired

    def problems(self) -> list[BankProblem]:
        """The registry's and retired list's own problems (read only if something read them)."""
        found = list(self._registry.problems) if self._registry else []
        return found + (self._retired[1] if self._retired else [])


@dataclass(frozen=True, slots=True)
class LoadedBank:
    bank: Bank
    question_lines: dict[str, tuple[int, int]]
    cited: frozenset[str] = frozenset()


def bank_files(paths: Iterable[Path]) -> tuple[list[Path], list[BankProblem]]:
    """The bank files named by `paths` (files, or folders searched one level deep)."""
    files: list[Path] = []
    problems: list[BankProblem] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix in BANK_SUFFIXES and p.name not in RESERVED_NAMES and p.is_file()
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(BankProblem(str(path), 1, 1, "no such file or folder"))
    return files, problems


def _read_cache(entry: Path) -> LoadedBank | None:
    try:
        payload: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
        lines = {k: (v[0], v[1]) for k, v in payload["question_lines"].items()}
        sources = payload["sources"]
        loaded = LoadedBank(
            bank_from_data(payload["data"], payload["path"], sources), lines, frozenset(sources)
        )
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


def load_bank(
    path: Path, cache_dir: Path | None, folder: Folder | None = None
) -> LoadedBank | list[BankProblem]:
    """One bank, from the cache when its bytes (and its folder's registry) are unchanged,
    otherwise validated and compiled."""
    try:
        if path.stat().st_size > MAX_BANK_BYTES:
            limit = MAX_BANK_BYTES // (1024 * 1024)
            return [BankProblem(str(path), 1, 1, f"file is larger than the {limit} MiB limit for a bank")]
        raw = path.read_bytes()
    except OSError as exc:
        return [BankProblem(str(path), 1, 1, f"cannot read the file: {exc.strerror or exc}")]
    folder = folder or Folder(path.parent)
    entry = None
    if cache_dir is not None:
        digest = hashlib.sha256(raw + folder.digest.encode()).hexdigest()
        entry = cache_dir / f"{digest}-v{CACHE_FORMAT}.json"
        cached = _read_cache(entry)
        if cached is not None:
            return replace(cached, bank=replace(cached.bank, path=str(path)))
    from quizapp.services.banks.validate import check_bytes  # PyYAML and pydantic: only on a miss

    checked = check_bytes(raw, str(path), folder.registry, folder.retired[0])
    if isinstance(checked, list):
        return checked
    if entry is not None:
        lines = {k: list(v) for k, v in checked.question_lines.items()}
        payload = {
            "path": str(path),
            "data": checked.data,
            "question_lines": lines,
            "sources": checked.sources,
        }
        _write_cache(entry, payload)
    bank = bank_from_data(checked.data, str(path), checked.sources)
    return LoadedBank(bank, checked.question_lines, frozenset(checked.sources))


def load_catalog(
    paths: Iterable[Path], cache_dir: Path | None = None, *, check_registry: bool = False
) -> Catalog:
    """Every valid bank under `paths`; problems for the rest. Question and bank ids must be
    unique across banks: a repeated one is reported and left out where it appears again.

    With `check_registry` (validate, content-report), the registry of each folder named in
    `paths` is checked in full: its own problems, and entries that no bank of the folder cites
    (only when every bank there loaded, so a broken bank's citations do not count as unused)."""
    paths = list(paths)
    files, problems = bank_files(paths)
    folders: dict[Path, Folder] = {}
    cited: dict[Path, set[str]] = {}
    broken: set[Path] = set()
    banks: list[Bank] = []
    owner: dict[str, tuple[str, int]] = {}
    bank_ids: dict[str, str] = {}
    for path in files:
        folder = folders.setdefault(path.parent, Folder(path.parent))
        try:
            loaded = load_bank(path, cache_dir, folder)
        except Exception as exc:  # one bank's failure, whatever it is, is that bank's problem
            log.exception("could not load the bank %s", path)
            loaded = [BankProblem(str(path), 1, 1, f"could not load this bank: {type(exc).__name__}")]
        if isinstance(loaded, list):
            problems.extend(loaded)
            broken.add(path.parent)
            continue
        cited.setdefault(path.parent, set()).update(loaded.cited)
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
    for folder in folders.values():
        if check_registry:
            _ = folder.registry, folder.retired  # read them even when every bank was cached
        problems.extend(folder.problems())
    if check_registry:
        for path in paths:
            if path.is_dir() and path in folders:
                folder = folders[path]
                if not folder.registry.problems and path not in broken:
                    problems.extend(folder.registry.unused(cited.get(path, set())))
    banks.sort(key=lambda b: (b.order, b.id))
    return Catalog(tuple(banks), tuple(problems))
