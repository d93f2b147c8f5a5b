"""Validate one bank file's bytes, reporting every problem as path:line:col: message."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from quizapp.domain import ruby
from quizapp.domain.model import BankProblem
from quizapp.services.banks import safe_yaml
from quizapp.services.banks.names import MAX_BANK_BYTES
from quizapp.services.banks.schema import BankModel
from quizapp.services.images import ImageLibrary, ImageProblem, app_images

if TYPE_CHECKING:
    from quizapp.services.banks.sources import Registry


@dataclass(frozen=True, slots=True)
class CheckedBank:
    """A bank that passed validation: its plain data and where each question starts."""

    data: dict[str, Any]
    question_lines: dict[str, tuple[int, int]]
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The registry entries the bank cites, by id."""


def _key(part: str) -> str:
    """A mapping key as written in a message: bare when plain, else quoted and cut (a key may be
    blank, hold spaces or control characters, or be a whole line of some other file)."""
    return (
        part
        if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", part)
        else repr(part if len(part) <= 40 else part[:39] + "…")
    )


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{_key(part)}" if out else _key(str(part)))
    return out or "(top level)"


_PATTERN_HINTS = {
    r"\S": "must not be empty",
    r"^https?://\S+$": "must be an http:// or https:// address without spaces",
    r"^\d{4}(-\d{2}(-\d{2})?)?$": "must be a date written YYYY-MM-DD, YYYY-MM or YYYY",
    r"^\d{4}-\d{2}-\d{2}$": "must be a date written YYYY-MM-DD",
    r"^[A-Z]-\d{2}$": "must be a fact-sheet id such as A-21",
}


def _message(err: Any) -> tuple[tuple[str | int, ...], str, bool]:
    """(path, message, point at the key?) for one pydantic error."""
    loc: tuple[str | int, ...] = tuple(err["loc"])
    kind = err["type"]
    if kind == "missing":
        return loc[:-1], f"{_dotted(loc)}: this field is required", False
    if kind == "extra_forbidden":
        return loc, f"{_dotted(loc)}: unknown field (check its spelling)", True
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern")
        hint = _PATTERN_HINTS.get(pattern, f"must match {pattern} (lowercase letters, digits, - and _)")
        return loc, f"{_dotted(loc)}: {hint}", False
    if kind == "string_type" and isinstance(err.get("input"), bool):
        return loc, f'{_dotted(loc)}: must be text; put it in quotes ("true", "false")', False
    msg = str(err["msg"])
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
    return loc, f"{_dotted(loc)}: {msg}", False


def pydantic_problems(
    exc: ValidationError, positions: safe_yaml.Positions, path: str, prefix: tuple[str | int, ...] = ()
) -> list[BankProblem]:
    """One located problem per pydantic error; `prefix` is where the validated value sits."""
    problems = []
    for err in exc.errors():
        loc, message, at_key = _message({**err, "loc": prefix + tuple(err["loc"])})
        line, col = positions.of(loc, key=at_key)
        problems.append(BankProblem(path, line, col, message))
    return problems


def _check_citations(
    data: dict[str, Any], positions: safe_yaml.Positions, path: str, registry: Registry
) -> tuple[dict[str, dict[str, Any]], list[BankProblem]]:
    cited: dict[str, dict[str, Any]] = {}
    problems = []
    for i, q in enumerate(data["questions"]):
        official = unknown = False
        for j, sid in enumerate(q["sources"]):
            entry = registry.entries.get(sid)
            if entry is None:
                where = positions.of(("questions", i, "sources", j))
                msg = f"questions[{i}].sources[{j}]: '{sid}' is not in {registry.path}"
                problems.append(BankProblem(path, *where, msg))
                unknown = True
                continue
            cited[sid] = entry
            official = official or bool(entry["official"])
        if not official and not unknown:  # with an unknown id, that problem is the one to fix
            where = positions.of(("questions", i, "sources"))
            msg = f"questions[{i}].sources: cite at least one official source (official: true)"
            problems.append(BankProblem(path, *where, msg))
    return cited, problems


def ruby_problems(
    text: dict[str, Any], positions: safe_yaml.Positions, path: str, loc: tuple[str | int, ...]
) -> list[BankProblem]:
    """The furigana problems of one text's `ja-easy`, each located in the file."""
    easy = text.get("ja-easy")
    if not isinstance(easy, str):
        return []
    where = positions.of((*loc, "ja-easy"))
    return [
        BankProblem(path, *where, f"{_dotted((*loc, 'ja-easy'))}: {p.message} (at character {p.offset + 1})")
        for p in ruby.problems(easy)
    ]


def _texts(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every text field of a bank, with where it is."""
    out: list[tuple[tuple[str | int, ...], dict[str, Any]]] = [(("title",), data["title"])]
    if data.get("description"):
        out.append((("description",), data["description"]))
    for i, q in enumerate(data["questions"]):
        out.append((("questions", i, "prompt"), q["prompt"]))
        for j, c in enumerate(q["choices"]):
            out.append((("questions", i, "choices", j, "text"), c["text"]))
            out.append((("questions", i, "choices", j, "why"), c["why"]))
        out.append((("questions", i, "explanation"), q["explanation"]))
        for key in ("image", "explanation_image"):
            if q.get(key):
                out.append((("questions", i, key, "alt"), q[key]["alt"]))
    return out


def _check_images(
    data: dict[str, Any],
    languages: Sequence[str],
    positions: safe_yaml.Positions,
    path: str,
    images: ImageLibrary,
) -> list[BankProblem]:
    """Each picture exists with its labels in the bank's languages; each region lies inside it."""
    problems: list[BankProblem] = []
    for i, q in enumerate(data["questions"]):
        for key in ("image", "explanation_image"):
            image = q.get(key)
            if not image:
                continue
            loc: tuple[str | int, ...] = ("questions", i, key, "file")
            for message in images.problems(image["file"], tuple(languages)):
                problems.append(BankProblem(path, *positions.of(loc), f"{_dotted(loc)}: {message}"))
        image = q.get("image")
        if q["type"] != "hotspot" or not image or not images.exists(image["file"]):
            continue
        try:
            box = images.view_box(image["file"])
        except ImageProblem:
            continue  # said above
        for j, c in enumerate(q["choices"]):
            region = c["region"]
            if region.get("rect") is not None:
                x, y, w, h = region["rect"]
                left, top, right, bottom = x, y, x + w, y + h
            else:
                xs = [p[0] for p in region["polygon"]]
                ys = [p[1] for p in region["polygon"]]
                left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
            if not box.holds(left, top, right, bottom):
                loc = ("questions", i, "choices", j, "region")
                msg = (
                    f"{_dotted(loc)}: reaches outside the picture {image['file']}, whose viewBox is "
                    f"{box.x:g} {box.y:g} {box.width:g} {box.height:g}"
                )
                problems.append(BankProblem(path, *positions.of(loc), msg))
    return problems


def _check_languages(
    data: dict[str, Any], languages: Sequence[str], positions: safe_yaml.Positions, path: str
) -> list[BankProblem]:
    """Each text is written in every language the bank lists, with well-formed furigana."""
    problems: list[BankProblem] = []
    for loc, text in _texts(data):
        for lang in languages:
            if lang not in text:
                msg = f"{_dotted(loc)}: no '{lang}' text, though the bank's languages list it"
                problems.append(BankProblem(path, *positions.of(loc, key=True), msg))
        problems += ruby_problems(text, positions, path, loc)
    return problems


def _check_source_languages(
    languages: Sequence[str], positions: safe_yaml.Positions, path: str, cited: dict[str, dict[str, Any]]
) -> list[BankProblem]:
    problems: list[BankProblem] = []
    for sid, entry in sorted(cited.items()):
        for lang in languages:
            if lang not in entry["title"] or lang not in entry["publisher"]:
                where = positions.of(("languages",), key=True)
                msg = f"source '{sid}' has no '{lang}' title or publisher; the bank's languages list it"
                problems.append(BankProblem(path, *where, msg))
    return problems


def read_yaml_bytes(raw: bytes, path: str) -> tuple[Any, safe_yaml.Positions] | BankProblem:
    """UTF-8 YAML bytes as plain data with positions, or the located problem that stops them."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return BankProblem(path, line, col, "the file is not UTF-8 text")
    try:
        return safe_yaml.load(text)
    except safe_yaml.YamlProblem as exc:
        return BankProblem(path, exc.where.line, exc.where.column, exc.where.message)
    except RecursionError:
        return BankProblem(path, 1, 1, "the YAML is nested too deeply")


def check_bytes(
    raw: bytes,
    path: str,
    registry: Registry,
    retired: frozenset[str] = frozenset(),
    images: ImageLibrary | None = None,
) -> CheckedBank | list[BankProblem]:
    """The checked bank, or the list of its problems (never raises for bad input). Source ids
    are resolved in `registry`; `retired` question ids may not be used; pictures are looked up
    in `images` (the app's own, unless given)."""
    if len(raw) > MAX_BANK_BYTES:
        limit = MAX_BANK_BYTES // (1024 * 1024)
        return [BankProblem(path, 1, 1, f"file is larger than the {limit} MiB limit for a bank")]
    read = read_yaml_bytes(raw, path)
    if isinstance(read, BankProblem):
        return [read]
    data, positions = read
    try:
        languages = BankModel.model_validate(data).languages  # its default when not given
    except ValidationError as exc:
        return pydantic_problems(exc, positions, path)
    cited, problems = _check_citations(data, positions, path, registry)
    problems += _check_languages(data, languages, positions, path)
    problems += _check_source_languages(languages, positions, path, cited)
    problems += _check_images(data, languages, positions, path, images or app_images())
    question_lines: dict[str, tuple[int, int]] = {}
    for i, q in enumerate(data["questions"]):
        where = positions.of(("questions", i, "id"))
        if q["id"] in retired:
            msg = f"questions[{i}].id: '{q['id']}' was retired and may never be used again: pick a new id"
            problems.append(BankProblem(path, *where, msg))
        elif q["id"] in question_lines:
            first = question_lines[q["id"]][0]
            problems.append(
                BankProblem(path, *where, f"questions[{i}].id: '{q['id']}' is already used on line {first}")
            )
        else:
            question_lines[q["id"]] = where
    return problems or CheckedBank(data, question_lines, cited)
