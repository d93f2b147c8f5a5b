"""Read YAML into plain data without constructing any object, keeping every value's position.

Only PyYAML's composer runs (the C one when available). We build the data ourselves from the
node tree, so no tag can construct an object or run code; aliases are refused, so an alias bomb
cannot expand; duplicate keys are errors rather than silently overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]
_TAG = "tag:yaml.org,2002:"
_SCALARS = {"str", "int", "float", "bool", "null", "timestamp"}


@dataclass(frozen=True, slots=True)
class Located:
    """A problem at a 1-based line and column."""

    line: int
    column: int
    message: str


class YamlProblem(Exception):
    def __init__(self, where: Located) -> None:
        super().__init__(where.message)
        self.where = where


@dataclass
class Positions:
    """Where each value (and each mapping key) starts, by its path in the data."""

    values: dict[Path_, tuple[int, int]]
    keys: dict[Path_, tuple[int, int]]

    def of(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that exists."""
        if key and path in self.keys:
            return self.keys[path]
        for n in range(len(path), -1, -1):
            hit = self.values.get(path[:n])
            if hit is not None:
                return hit
        return (1, 1)


MAX_NUMBER_CHARS = 100
"""A number longer than this is refused (Python refuses to convert integers past 4,300 digits)."""


def cut(token: str, limit: int = 40) -> str:
    """`token` cut to `limit` characters: a problem never repeats a whole line of a file."""
    token = " ".join(token.split())
    return token if len(token) <= limit else token[: limit - 1] + "…"


def _pos(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self) -> None:
        self.positions = Positions({}, {})
        self._seen: set[int] = set()
        self._scalars = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path_, at: tuple[int, int] = (1, 1)) -> Any:
        """Plain data for `node`; `at` locates an alias, which shares its anchor's position."""
        if id(node) in self._seen:
            raise YamlProblem(Located(*at, "aliases (*name) are not allowed in banks"))
        self._seen.add(id(node))
        self.positions.values[path] = _pos(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, "seq")
            here = _pos(node)
            return [self.build(item, (*path, i), here) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        raise YamlProblem(Located(*_pos(node), "unexpected YAML node"))

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        self._check_tag(node, "map")
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _TAG + "merge":
                raise YamlProblem(Located(*_pos(key_node), "mapping keys must be plain text"))
            key = str(key_node.value)
            if key in out:
                raise YamlProblem(Located(*_pos(key_node), f"duplicate key '{cut(key)}'"))
            self.positions.keys[(*path, key)] = _pos(key_node)
            out[key] = self.build(value_node, (*path, key), _pos(key_node))
        return out

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        kind = self._check_tag(node, None)
        if kind == "str" or kind == "timestamp":
            return str(node.value)
        if kind in ("int", "float"):
            if len(str(node.value)) > MAX_NUMBER_CHARS:
                raise YamlProblem(Located(*_pos(node), f"a number longer than {MAX_NUMBER_CHARS} characters"))
            try:
                if kind == "int":
                    return self._scalars.construct_yaml_int(node)
                return self._scalars.construct_yaml_float(node)
            except ValueError:
                raise YamlProblem(Located(*_pos(node), f"not a number: '{cut(str(node.value))}'")) from None
        if kind == "bool":
            return self._scalars.construct_yaml_bool(node)
        return None

    @staticmethod
    def _check_tag(node: yaml.Node, expected: str | None) -> str:
        tag = str(node.tag)
        kind = tag[len(_TAG) :] if tag.startswith(_TAG) else ""
        allowed = {expected} if expected else _SCALARS
        if kind not in allowed:
            raise YamlProblem(Located(*_pos(node), f"the tag {cut(tag, 60)} is not allowed in banks"))
        return kind


def load(text: str) -> tuple[Any, Positions]:
    """Parse one YAML document into plain data and the positions of its values."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise YamlProblem(Located(line, col, f"YAML syntax error: {detail}")) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(Located(1, 1, f"YAML error: {cut(str(exc), 120)}")) from None
    if node is None:
        raise YamlProblem(Located(1, 1, "the file is empty"))
    builder = _Builder()
    return builder.build(node, ()), builder.positions
