"""Reading a JSON file a person hands us (an export to import, kiosk counts to merge): every
problem said with its place, never a traceback."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

MAX_PROBLEMS = 20


class JsonProblem(ValueError):
    """`raw` is not JSON quizapp can read; the message says where."""


def decode(raw: bytes, what: str) -> Any:
    """The JSON value in `raw` (UTF-8). `what` names the document for the one message that needs
    it ("an export", "a counts file")."""
    try:
        return json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise JsonProblem(f"(the whole file): nested too deeply to be {what}") from None
    except UnicodeDecodeError as exc:
        raise JsonProblem(f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise JsonProblem(f"line {exc.lineno} column {exc.colno}: not valid JSON: {exc.msg}") from None


def where(loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a path: answers[3].chosen."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(the whole file)"


def problems(exc: ValidationError) -> list[str]:
    """The first problems of a failed validation, each with its place."""
    return [
        f"{where(e['loc'])}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()[:MAX_PROBLEMS]
    ]
