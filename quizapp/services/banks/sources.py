"""A folder's source registry (`sources.yaml`) and retired ids (`retired.yaml`).

Questions cite sources by id. The registry holds each source once, with its title and publisher
in every language and whether it is official. It refuses what a learner must never be sent to:
a copy, cache or proxy of a page instead of the page itself.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from quizapp.domain.model import BankProblem
from quizapp.services.banks import safe_yaml

MAX_REGISTRY_BYTES = 8 * 1024 * 1024

# Hosts that republish, cache or proxy other sites' pages (from the fact sheet's [copy] entries).
# A citation must send the learner to the publisher's own address.
COPY_HOSTS: tuple[str, ...] = (
    "oszar.com",
    "cache.yimg.jp",
    "expydoc.com",
    "vdocuments.net",
    "vdocuments.pub",
    "vdocuments.mx",
    "wic-net.com",
    "123deta.com",
    "paperzz.com",
    "proteuscyber.com",
    "weblio.jp",
    "wikiwand.com",
    "siakadpt.com",
    "iwiki.icu",
    "gtool.pro",
    "lepang.cn",
    "ayostore.id",
    "bt8.net",
    "gov-base.info",
    "kanridantai.net",
    "wacoca.com",
    "kantanreader.com",
    "itdweb.ext.hitachi.co.jp",
    "elaws.jp",
    "jplaws.app",
    "note.mu",
    "nordot.app",
    "japantoday.jp",
    "tellerreport.com",
    "inkl.com",
    "findout.love",
    "japonologie.com",
    "itgadget.com",
    "webcache.googleusercontent.com",
    "archive.org",
    "archive.ph",
    "archive.today",
    "translate.goog",
)
# Host-name shapes of proxies: "origin-www.example.jp", "www-example-jp.some.proxy".
_PROXY_SHAPES = (re.compile(r"^origin-"), re.compile(r"^www-[a-z0-9-]+-(jp|com|org|net)\."))


def copy_host_reason(url: str) -> str | None:
    """Why `url` is not a publisher's own address, or None when it may be cited."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return "is not a valid web address"
    if not host:
        return "has no host name"
    try:
        ipaddress.ip_address(host)
        return f"points at a bare IP address ({host}), which is a proxy, not a publisher's site"
    except ValueError:
        pass
    for suffix in COPY_HOSTS:
        if host == suffix or host.endswith("." + suffix):
            return f"is on {suffix}, which republishes or proxies other sites' pages: cite the original"
    for shape in _PROXY_SHAPES:
        if shape.search(host):
            return f"has the host {host}, the shape of a proxy or cache: cite the original address"
    return None


def _same_page(url: str) -> str:
    """A key under which two addresses of one page compare equal (scheme, case, slash, fragment)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".").lower()
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}?{parts.query}"


@dataclass(frozen=True, slots=True)
class Registry:
    """The valid entries of one `sources.yaml`, with the line each starts on."""

    path: str
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    problems: tuple[BankProblem, ...] = ()

    def unused(self, cited: set[str]) -> list[BankProblem]:
        return [
            BankProblem(
                self.path, *self.lines[sid], f"source '{sid}' is not cited by any question: remove it"
            )
            for sid in self.entries
            if sid not in cited
        ]


def _read_yaml(path: Path, limit: int) -> tuple[Any, safe_yaml.Positions] | BankProblem:
    from quizapp.services.banks.validate import read_yaml_bytes

    try:
        if not path.is_file():
            return BankProblem(str(path), 1, 1, "is not a regular file")
        if path.stat().st_size > limit:
            return BankProblem(str(path), 1, 1, f"file is larger than the {limit // 2**20} MiB limit")
        raw = path.read_bytes()
    except OSError as exc:
        return BankProblem(str(path), 1, 1, f"cannot read the file: {exc.strerror or exc}")
    return read_yaml_bytes(raw, str(path))


def _ruby_problems(
    raw: dict[str, Any], positions: safe_yaml.Positions, where: str, at: tuple[str | int, ...]
) -> list[BankProblem]:
    from quizapp.services.banks.validate import ruby_problems

    out: list[BankProblem] = []
    for name in ("title", "publisher"):
        out += ruby_problems(raw[name], positions, where, (*at, name))
    return out


def load_registry(path: Path) -> Registry:
    """Every valid entry of `path`; each bad one is a located problem and is left out."""
    from quizapp.services.banks.schema import SourceModel
    from quizapp.services.banks.validate import pydantic_problems

    where = str(path)
    if not path.exists():
        return Registry(where, problems=(BankProblem(where, 1, 1, "no source registry beside the banks"),))
    read = _read_yaml(path, MAX_REGISTRY_BYTES)
    if isinstance(read, BankProblem):
        return Registry(where, problems=(read,))
    data, positions = read
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list) or set(data) != {"sources"}:
        msg = "a source registry is a mapping with one key, 'sources', holding a list of sources"
        return Registry(where, problems=(BankProblem(where, 1, 1, msg),))
    entries: dict[str, dict[str, Any]] = {}
    lines: dict[str, tuple[int, int]] = {}
    urls: dict[str, str] = {}
    problems: list[BankProblem] = []
    for i, raw in enumerate(data["sources"]):
        at = positions.of(("sources", i))
        try:
            entry = SourceModel.model_validate(raw)
        except ValidationError as exc:
            problems.extend(pydantic_problems(exc, positions, where, prefix=("sources", i)))
            continue
        if entry.id in entries:
            problems.append(BankProblem(where, *at, f"sources[{i}].id: '{entry.id}' is listed twice"))
            continue
        reason = copy_host_reason(entry.url)
        url_at = positions.of(("sources", i, "url"))
        if reason:
            problems.append(BankProblem(where, *url_at, f"sources[{i}].url: the address {reason}"))
            continue
        key = _same_page(entry.url)
        if key in urls:
            problems.append(
                BankProblem(where, *url_at, f"sources[{i}].url: the same page as source '{urls[key]}'")
            )
            continue
        urls[key] = entry.id
        ruby_problems = _ruby_problems(raw, positions, where, ("sources", i))
        if ruby_problems:
            problems.extend(ruby_problems)
            continue
        entries[entry.id] = entry.model_dump(exclude_none=True, by_alias=True)
        lines[entry.id] = at
    return Registry(where, entries, lines, tuple(problems))


def load_retired(path: Path) -> tuple[frozenset[str], list[BankProblem]]:
    """The retired question ids in `path` (none when the file is absent)."""
    from quizapp.services.banks.schema import RetiredModel
    from quizapp.services.banks.validate import pydantic_problems

    if not path.exists():
        return frozenset(), []
    read = _read_yaml(path, MAX_REGISTRY_BYTES)
    if isinstance(read, BankProblem):
        return frozenset(), [read]
    data, positions = read
    try:
        model = RetiredModel.model_validate(data)
    except ValidationError as exc:
        return frozenset(), pydantic_problems(exc, positions, str(path))
    return frozenset(e.id for e in model.retired), []
