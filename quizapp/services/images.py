"""The pictures in `assets/images/`: SVG drawings whose labels are translated and whose colours
follow the app's theme. Qt-free: the app renders the returned SVG with QtSvg, the handout prints
it, and the Anki and Moodle exports carry it as a file.

A picture is two files:
- `NAME.svg`: SVG Tiny 1.2 (what QtSvg draws), with a `viewBox`; every visible word is a
  placeholder `{{key}}` inside a `<text>`, `<tspan>` or `<textArea>`;
- `NAME.labels.yaml`: each key's text, `{ja: …, ja-easy: …, en: …}` (no furigana: plain kana
  in `ja-easy`).
Its colours are only those of `PALETTE`, so high contrast can swap each for its counterpart.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from quizapp.domain.lang import Lang
from quizapp.paths import assets_dir

PALETTE: dict[str, str] = {
    "text": "#1a1a1a",
    "muted": "#454545",
    "window": "#f5f5f2",
    "surface": "#ffffff",
    "border": "#6b6b6b",
    "accent": "#1747a6",
    "accent_surface": "#e3ebfb",
    "focus": "#b35900",
    "correct": "#11632c",
    "correct_surface": "#e2f4e7",
    "wrong": "#a11b1b",
    "wrong_surface": "#fbe7e7",
}
"""The colours a picture may use, by the theme role they stand for (theme.STANDARD's values)."""

PLACEHOLDER = re.compile(r"\{\{([a-z0-9][a-z0-9_-]*)\}\}")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}\.svg$")


class ImageProblem(ValueError):
    """A picture that cannot be used, and why."""


@dataclass(frozen=True, slots=True)
class ViewBox:
    x: float
    y: float
    width: float
    height: float

    def holds(self, left: float, top: float, right: float, bottom: float) -> bool:
        return (
            self.x <= left
            and self.y <= top
            and right <= self.x + self.width
            and bottom <= self.y + self.height
        )


@dataclass
class ImageLibrary:
    """The pictures of one folder (the app's `assets/images/` unless told otherwise)."""

    root: Path = field(default_factory=lambda: assets_dir() / "images")
    _svg: dict[str, str] = field(default_factory=dict, repr=False)
    _labels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict, repr=False)

    def path(self, name: str) -> Path:
        if not _NAME.match(name):
            raise ImageProblem(
                f"'{name}' is not a picture name (lowercase letters, digits and -, ending .svg)"
            )
        return self.root / name

    def exists(self, name: str) -> bool:
        try:
            return self.path(name).is_file()
        except ImageProblem:
            return False

    def source(self, name: str) -> str:
        """The SVG as written, placeholders and all."""
        if name not in self._svg:
            try:
                self._svg[name] = self.path(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ImageProblem(f"cannot read {self.path(name)}: {exc}") from exc
        return self._svg[name]

    def view_box(self, name: str) -> ViewBox:
        """The picture's coordinate system, in which hotspot regions are given."""
        try:
            root = ET.fromstring(self.source(name))
        except ET.ParseError as exc:
            raise ImageProblem(f"{self.path(name)} is not well-formed SVG: {exc}") from exc
        raw = root.get("viewBox")
        try:
            x, y, w, h = (float(v) for v in re.split(r"[\s,]+", (raw or "").strip()))
        except ValueError:
            raise ImageProblem(f'{self.path(name)} has no viewBox="x y width height"') from None
        if w <= 0 or h <= 0:
            raise ImageProblem(f"{self.path(name)}: the viewBox's width and height must be more than 0")
        return ViewBox(x, y, w, h)

    def labels(self, name: str) -> dict[str, dict[str, str]]:
        """Each placeholder key's texts, by language (`NAME.labels.yaml`)."""
        if name not in self._labels:
            import yaml  # only when a picture is drawn

            path = self.path(name).with_suffix(".labels.yaml")
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except FileNotFoundError:
                data = {}
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                raise ImageProblem(f"cannot read {path}: {exc}") from exc
            if not isinstance(data, dict) or not all(
                isinstance(v, dict) and all(isinstance(t, str) for t in v.values()) for v in data.values()
            ):
                raise ImageProblem(f"{path}: each key needs texts by language, such as {{ja: …, en: …}}")
            self._labels[name] = {str(k): {str(lang): t for lang, t in v.items()} for k, v in data.items()}
        return self._labels[name]

    def keys(self, name: str) -> list[str]:
        """The placeholders the SVG uses, in order of first use."""
        return list(dict.fromkeys(PLACEHOLDER.findall(self.source(name))))

    def problems(self, name: str, languages: tuple[str, ...] = ("ja", "ja-easy", "en")) -> list[str]:
        """What is wrong with the picture for a bank written in `languages` (empty: nothing)."""
        if not self.exists(name):
            return [f"there is no picture '{name}' in {self.root}"]
        try:
            self.view_box(name)
            labels = self.labels(name)
        except ImageProblem as exc:
            return [str(exc)]
        out = []
        for key in self.keys(name):
            missing = [lang for lang in languages if lang not in labels.get(key, {})]
            if missing:
                out.append(
                    f"{name}: label '{key}' has no {', '.join(missing)} text in {name[:-4]}.labels.yaml"
                )
        return out

    def render(self, name: str, lang: Lang, colours: Mapping[str, str] | None = None) -> bytes:
        """The SVG with its labels in `lang` (ja-easy falls back to ja, then en) and, with
        `colours` (role -> colour), each palette colour replaced by its role's colour."""
        labels = self.labels(name)

        def label(match: re.Match[str]) -> str:
            texts = labels.get(match.group(1), {})
            text = texts.get(lang) or (texts.get("ja") if lang == "ja-easy" else None) or texts.get("en", "")
            return escape(text)

        svg = PLACEHOLDER.sub(label, self.source(name))
        if colours:
            swap = {PALETTE[role].lower(): value for role, value in colours.items() if role in PALETTE}
            svg = _HEX.sub(lambda m: swap.get(m.group(0).lower(), m.group(0)), svg)
        return svg.encode("utf-8")


@functools.cache
def app_images() -> ImageLibrary:
    """The app's own pictures (`assets/images/`), one library (and its read files) for the run."""
    return ImageLibrary()
