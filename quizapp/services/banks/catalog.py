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

from quizapp.domain.model import Bank, BankProblem, BankSummary, Catalog
from quizapp.services.banks.convert import bank_from_data, text_of
from quizapp.services.banks.names import MAX_BANK_BYTES, REGISTRY_NAME, RESERVED_NAMES, RETIRED_NAME

if TYPE_CHECKING:
    from quizapp.services.banks.sources import Registry

log = logging.getLogger(__name__)
CACHE_FORMAT = 4
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


def _cache_entry(path: Path, raw: bytes, cache_dir: Path, folder: Folder) -> Path:
    digest = hashlib.sha256(raw + folder.digest.encode()).hexdigest()
    return cache_dir / f"{digest}-v{CACHE_FORMAT}.json"


def _index_of(entry: Path) -> Path:
    """Beside each compiled bank, its summary: what the home screen shows, without the questions."""
    return entry.with_suffix(".index.json")


def _read_file(path: Path) -> bytes | list[BankProblem]:
    try:
        if path.stat().st_size > MAX_BANK_BYTES:
            limit = MAX_BANK_BYTES // (1024 * 1024)
            return [BankProblem(str(path), 1, 1, f"file is larger than the {limit} MiB limit for a bank")]
        return path.read_bytes()
    except OSError as exc:
        return [BankProblem(str(path), 1, 1, f"cannot read the file: {exc.strerror or exc}")]


def load_bank(
    path: Path, cache_dir: Path | None, folder: Folder | None = None
) -> LoadedBank | list[BankProblem]:
    """One bank, from the cache when its bytes (and its folder's registry) are unchanged,
    otherwise validated and compiled."""
    raw = _read_file(path)
    if isinstance(raw, list):
        return raw
    folder = folder or Folder(path.parent)
    entry = None
    if cache_dir is not None:
        entry = _cache_entry(path, raw, cache_dir, folder)
        cached = _read_cache(entry)
        if cached is not None and _index_of(entry).exists():
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
        data = checked.data
        summary: dict[str, Any] = {k: data[k] for k in ("id", "title", "description", "order") if k in data}
        summary["questions"] = [q["id"] for q in data["questions"]]
        summary["question_lines"] = lines
        _write_cache(_index_of(entry), summary)
    bank = bank_from_data(checked.data, str(path), checked.sources)
    return LoadedBank(bank, checked.question_lines, frozenset(checked.sources))


class UniqueIds:
    """Question and bank ids must be unique across banks: a repeated one is reported and left
    out where it appears again (banks in file order)."""

    def __init__(self) -> None:
        self.problems: list[BankProblem] = []
        self._owner: dict[str, tuple[str, int]] = {}
        self._bank_ids: dict[str, str] = {}

    def take_bank(self, bank_id: str, path: str) -> bool:
        if bank_id in self._bank_ids:
            message = f"id: bank id '{bank_id}' is already used by {self._bank_ids[bank_id]}"
            self.problems.append(BankProblem(path, 1, 1, message))
            return False
        self._bank_ids[bank_id] = path
        return True

    def take_question(self, question_id: str, path: str, at: tuple[int, int]) -> bool:
        line, col = at
        if question_id in self._owner:
            other, other_line = self._owner[question_id]
            message = f"question id '{question_id}' is already used in {other}:{other_line}"
            self.problems.append(BankProblem(path, line, col, message))
            return False
        self._owner[question_id] = (path, line)
        return True


def load_index(paths: Iterable[Path], cache_dir: Path) -> tuple[list[BankSummary], list[BankProblem]] | None:
    """The banks under `paths` as the home screen shows them (titles and question ids), from
    the compiled summaries alone, with the problems `load_catalog` would report; or None when
    any bank is not compiled yet (or its summary cannot be read): then only `load_catalog`
    can say. Reads no questions, so a 10,000-question bank costs its hash and its ids."""
    files, problems = bank_files(paths)
    folders: dict[Path, Folder] = {}
    unique = UniqueIds()
    summaries: list[BankSummary] = []
    for path in files:
        raw = _read_file(path)
        if isinstance(raw, list):
            problems.extend(raw)
            continue
        folder = folders.setdefault(path.parent, Folder(path.parent))
        try:
            entry = _cache_entry(path, raw, cache_dir, folder)
            data: dict[str, Any] = json.loads(_index_of(entry).read_text(encoding="utf-8"))
            lines = data["question_lines"]
            description = data.get("description")
            if not unique.take_bank(data["id"], str(path)):
                continue
            kept = tuple(
                qid for qid in data["questions"] if unique.take_question(qid, str(path), tuple(lines[qid]))
            )
            summary = BankSummary(
                id=data["id"],
                title=text_of(data["title"]),
                question_ids=kept,
                description=text_of(description) if description else None,
                path=str(path),
                order=data.get("order", 100),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if kept:
            summaries.append(summary)
    summaries.sort(key=lambda b: (b.order, b.id))
    return summaries, problems + unique.problems


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
    unique = UniqueIds()
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
        if not unique.take_bank(bank.id, bank.path):
            continue
        kept = tuple(
            q
            for q in bank.questions
            if unique.take_question(q.id, bank.path, loaded.question_lines.get(q.id, (1, 1)))
        )
        if kept:
            banks.append(replace(bank, questions=kept))
    problems.extend(unique.problems)
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
