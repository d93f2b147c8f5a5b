"""Draw every picture of this folder as PNGs, and say where a label does not fit: a dev tool for
whoever draws or translates the pictures (not part of the app, so it may use PySide6 freely).

    QT_QPA_PLATFORM=offscreen .venv/bin/python assets/images/preview.py /tmp/art-preview

writes NAME.LANG.standard.png and NAME.LANG.high-contrast.png (1000 px wide) for ja, ja-easy and
en, through the app's own `ImageLibrary.render` and QtSvg, with the bundled font, so what you see
is what the app shows.

QtSvg drops the lines of a `<textArea>` that do not fit its height, without a word, and breaks a
word wider than the box inside the word; a missing line in a language you do not read is easy to
miss. So each label is also laid out here the way QtSvg lays it out (qsvggraphics.cpp: the font's
pixel size is the font-size, no hinting, lines 1.1 × their height apart), and every label that
loses a line or has a word wider than its box is listed (exit status 1).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from quizapp.domain.lang import LANGS, Lang
from quizapp.services.images import PALETTE, ImageLibrary
from quizapp.ui.shell.theme import HIGH_CONTRAST, load_fonts

SVG = "{http://www.w3.org/2000/svg}"
WIDTH_PX = 1000
LINE_STEP = 1.1
"""QtSvg puts a textArea's lines 1.1 × the line's height apart."""


@dataclass(frozen=True)
class Misfit:
    picture: str
    lang: Lang
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.picture} [{self.lang}] '{self.text}': {self.why}"


def high_contrast() -> dict[str, str]:
    """Each palette role's colour in the high-contrast theme."""
    return {role: getattr(HIGH_CONTRAST, role).name() for role in PALETTE}


def to_png(svg: bytes, background: str, out: Path) -> None:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"QtSvg cannot read the SVG for {out.name}")
    box = renderer.viewBoxF()
    image = QImage(WIDTH_PX, round(WIDTH_PX * box.height() / box.width()), QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(out))


def _inherited(element: ET.Element, parents: dict[ET.Element, ET.Element], name: str) -> str | None:
    node: ET.Element | None = element
    while node is not None:
        if name in node.attrib:
            return node.attrib[name]
        node = parents.get(node)
    return None


def _font(element: ET.Element, parents: dict[ET.Element, ET.Element]) -> QFont:
    """The font QtSvg uses for the element's text: its pixel size is the font-size, no hinting."""
    font = QFont(_inherited(element, parents, "font-family") or "")
    font.setPixelSize(int(float(_inherited(element, parents, "font-size") or 16)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setBold(_inherited(element, parents, "font-weight") == "bold")
    return font


def _paragraphs(area: ET.Element, parents: dict[ET.Element, ET.Element]) -> list[list[tuple[str, QFont]]]:
    """The textArea's text split at each <tbreak/>, as pieces of text with their fonts."""
    paragraphs: list[list[tuple[str, QFont]]] = [[]]

    def walk(element: ET.Element) -> None:
        if element.text:
            paragraphs[-1].append((element.text, _font(element, parents)))
        for child in element:
            if child.tag == f"{SVG}tbreak":
                paragraphs.append([])
            else:
                walk(child)
            if child.tail:
                paragraphs[-1].append((child.tail, _font(element, parents)))

    walk(area)
    return paragraphs


def _lines(
    pieces: list[tuple[str, QFont]], font: QFont, width: float, wrap: QTextOption.WrapMode
) -> tuple[str, list[tuple[int, float, float]]]:
    """The paragraph's text (spaces collapsed) and each line's (start, natural width, height)."""
    text = ""
    ranges = []
    for raw, piece_font in pieces:
        piece = re.sub(r"\s+", " ", raw)
        if not text or text.endswith(" "):
            piece = piece.lstrip()
        fmt = QTextCharFormat()
        fmt.setFont(piece_font)
        part = QTextLayout.FormatRange()
        part.start, part.length, part.format = len(text), len(piece), fmt
        ranges.append(part)
        text += piece
    text = text.rstrip() or " "  # QtSvg gives an empty paragraph a line too
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(wrap)
    layout.setTextOption(option)
    layout.setFormats(ranges)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
    layout.endLayout()
    lines = (layout.lineAt(i) for i in range(layout.lineCount()))
    return text, [(line.textStart(), line.naturalTextWidth(), line.height()) for line in lines]


EASY_BREAKS = " 、。・）)"
"""In ja-easy, words are kana between spaces: a line may end only after one of these."""


def misfits(picture: str, lang: Lang, svg: bytes) -> list[Misfit]:
    """The textAreas of a rendered SVG whose text loses a line, has a word wider than the box
    (QtSvg then breaks it inside the word) or, in ja-easy, breaks a line inside a word (kana
    break anywhere, and a reader of easy Japanese reads word by word)."""
    root = ET.fromstring(svg)
    parents = {child: parent for parent in root.iter() for child in parent}
    out = []
    for area in root.iter(f"{SVG}textArea"):
        width, height = float(area.get("width", 0)), float(area.get("height", 0))
        font = _font(area, parents)
        y, placed, total = 0.0, 0, 0
        for pieces in _paragraphs(area, parents):
            text, words = _lines(pieces, font, width, QTextOption.WrapMode.WordWrap)
            widest = max(w for _, w, _ in words)
            if widest > width:
                out.append(Misfit(picture, lang, text, f"a word {widest:.0f} wide in a box {width:g} wide"))
            _, lines = _lines(pieces, font, width, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            inside = [start for start, _, _ in lines[1:] if text[start - 1] not in EASY_BREAKS]
            if lang == "ja-easy" and inside:
                where = " | ".join(text[max(0, i - 4) : i] + "/" + text[i : i + 4] for i in inside)
                out.append(Misfit(picture, lang, text, f"a line breaks inside a word: {where}"))
            for _, _, line_height in lines:
                total += 1
                if y + line_height <= height and placed == total - 1:
                    placed += 1
                y += LINE_STEP * line_height
        if placed < total:
            whole = " / ".join(
                _lines(pieces, font, width, QTextOption.WrapMode.WordWrap)[0]
                for pieces in _paragraphs(area, parents)
            )
            out.append(Misfit(picture, lang, whole, f"only {placed} of {total} lines fit {height:g} high"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the PNGs")
    parser.add_argument("names", nargs="*", help="only these pictures (default: all)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    family = load_fonts()
    library = ImageLibrary()
    args.folder.mkdir(parents=True, exist_ok=True)
    names = args.names or sorted(p.name for p in library.root.glob("*.svg"))
    problems: list[Misfit] = []
    for name in names:
        for lang in LANGS:
            for look, colours in (("standard", None), ("high-contrast", high_contrast())):
                svg = library.render(name, lang, colours)
                background = (colours or PALETTE)["window"]
                to_png(svg, background, args.folder / f"{name[:-4]}.{lang}.{look}.png")
            problems += misfits(name, lang, library.render(name, lang))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(names)} pictures in {args.folder} (font {family}); {len(problems)} labels do not fit")
    del app
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
