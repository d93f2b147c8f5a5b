"""The shipped pictures keep to assets/images/README.md (the profile QtSvg draws, the palette that
high contrast swaps, every word a translated placeholder), ImageLibrary renders labels as plain
text, and the bank validator locates a missing picture and a region outside it."""

from __future__ import annotations

import importlib.util
import re
import textwrap
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from quizapp.services.banks.sources import Registry
from quizapp.services.banks.validate import CheckedBank, check_bytes
from quizapp.services.images import PALETTE, PLACEHOLDER, ImageLibrary, ViewBox
from tests.conftest import REGISTRY

SVG = "{http://www.w3.org/2000/svg}"
SHIPPED = ImageLibrary()
VIEW_BOXES = {
    "card-front.svg": (856, 540),
    "card-back.svg": (856, 540),
    "card-both.svg": (1760, 620),
    "chip-contents.svg": (1000, 700),
    "agency-codes.svg": (1200, 700),
    "ppc-supervision.svg": (1200, 700),
}
"""Each picture's viewBox `0 0 W H` as README.md gives it: hotspot regions are in these units."""
COLOUR_ATTRIBUTES = ("fill", "stroke", "color", "stop-color", "solid-color", "viewport-fill")
NOT_IN_THE_PROFILE = ("style", "image", "filter", "script", "foreignObject", "use")
TEXT_ELEMENTS = (f"{SVG}text", f"{SVG}tspan", f"{SVG}textArea")
SOURCES = Registry("sources.yaml", {e["id"]: e for e in yaml.safe_load(REGISTRY)["sources"]})
pictures = pytest.mark.parametrize("name", sorted(VIEW_BOXES))


def test_the_folder_holds_exactly_the_pictures_of_the_readme() -> None:
    assert sorted(p.name for p in SHIPPED.root.glob("*.svg")) == sorted(VIEW_BOXES)


@pictures
def test_a_picture_parses_with_the_view_box_of_the_readme(name: str) -> None:
    root = ET.fromstring(SHIPPED.source(name))
    width, height = VIEW_BOXES[name]
    assert root.tag == f"{SVG}svg"
    assert SHIPPED.view_box(name) == ViewBox(0, 0, width, height)
    assert (root.get("width"), root.get("height")) == (str(width), str(height))
    assert root.get("font-family") == "BIZ UDPGothic"


@pictures
def test_a_picture_uses_only_the_profile_qtsvg_draws(name: str) -> None:
    for element in ET.fromstring(SHIPPED.source(name)).iter():
        assert element.tag.removeprefix(SVG) not in NOT_IN_THE_PROFILE, element.tag
        assert not {"class", "style", "filter"} & set(element.attrib), element.attrib
        assert not any("href" in attribute for attribute in element.attrib), element.attrib


@pictures
def test_a_picture_uses_only_palette_colours(name: str) -> None:
    source = SHIPPED.source(name)
    palette = {colour.lower() for colour in PALETTE.values()}
    assert {c.lower() for c in re.findall(r"#[0-9a-fA-F]{3,8}\b", source)} <= palette
    assert not re.search(r"\b(rgba?|hsla?)\(", source)
    for element in ET.fromstring(source).iter():
        for attribute in COLOUR_ATTRIBUTES:
            value = element.get(attribute)
            assert value is None or value == "none" or value.lower() in palette, (element.tag, value)


def _pieces(element: ET.Element) -> list[str]:
    """The text an element draws itself: its own text and what follows each child."""
    return [element.text or "", *(child.tail or "" for child in element)]


def _literal(text: str) -> bool:
    """Text that may be drawn as it is in every language: ●, digits, spaces and punctuation."""
    return all(c == "●" or c.isdigit() or c.isspace() or unicodedata.category(c)[0] == "P" for c in text)


@pictures
def test_every_visible_word_is_a_placeholder(name: str) -> None:
    root = ET.fromstring(SHIPPED.source(name))
    for element in root.iter():
        for piece in _pieces(element):
            if element.tag in TEXT_ELEMENTS:
                assert _literal(PLACEHOLDER.sub("", piece)), f"{name}: '{piece.strip()}' is not a {{{{key}}}}"
            else:
                assert not piece.strip(), f"{name}: text '{piece.strip()}' outside a text element"


@pictures
def test_every_label_has_its_three_languages_and_is_used(name: str) -> None:
    assert SHIPPED.problems(name) == []
    assert sorted(SHIPPED.labels(name)) == sorted(SHIPPED.keys(name))
    for key, texts in SHIPPED.labels(name).items():
        assert all(texts.get(lang, "").strip() for lang in ("ja", "ja-easy", "en")), key


def test_card_both_is_made_from_the_two_sides() -> None:
    path = SHIPPED.root / "compose.py"
    spec = importlib.util.spec_from_file_location("compose", path)
    assert spec is not None and spec.loader is not None
    compose = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compose)
    svg, labels = compose.compose(SHIPPED.root)
    assert SHIPPED.source("card-both.svg") == svg, "run assets/images/compose.py"
    assert (SHIPPED.root / "card-both.labels.yaml").read_text(encoding="utf-8") == labels


TINY = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50">'
    '<rect width="100" height="50" fill="#1747a6"/><rect width="9" height="9" fill="#ffffff"/>'
    '<textArea x="0" y="0" width="100" height="50" fill="#ffffff">{{hello}} {{only-ja}}</textArea></svg>'
)
TINY_LABELS = textwrap.dedent(
    """\
    hello: {ja: "こんにちは<&>", ja-easy: やあ, en: "Hi <b> & co"}
    only-ja: {ja: 日本語だけ, en: English only}
    """
)


@pytest.fixture
def tiny(tmp_path: Path) -> ImageLibrary:
    (tmp_path / "tiny.svg").write_text(TINY, encoding="utf-8")
    (tmp_path / "tiny.labels.yaml").write_text(TINY_LABELS, encoding="utf-8")
    return ImageLibrary(tmp_path)


def _drawn(svg: bytes) -> str:
    return "".join(ET.fromstring(svg).itertext())


def test_render_puts_in_the_languages_label_as_plain_text(tiny: ImageLibrary) -> None:
    english = tiny.render("tiny.svg", "en")
    assert b"Hi &lt;b&gt; &amp; co" in english
    assert _drawn(english) == "Hi <b> & co English only"
    assert _drawn(tiny.render("tiny.svg", "ja")) == "こんにちは<&> 日本語だけ"
    assert _drawn(tiny.render("tiny.svg", "ja-easy")) == "やあ 日本語だけ"  # no ja-easy: its ja


def test_render_with_colours_swaps_each_palette_colour_by_role(tiny: ImageLibrary) -> None:
    swapped = tiny.render("tiny.svg", "en", {"accent": "#ffe14d", "surface": "#000000"}).decode()
    assert (swapped.count("#ffe14d"), swapped.count("#000000")) == (1, 2)
    assert "#1747a6" not in swapped and "#ffffff" not in swapped
    assert tiny.render("tiny.svg", "en").decode().count("#ffffff") == 2  # without colours: as drawn


HOTSPOT_BANK = textwrap.dedent(
    """\
    id: pictured
    title: {{ja: 絵, en: Pictures}}
    questions:
      - id: pictured-001
        type: hotspot
        difficulty: 1
        prompt: {{ja: どこですか。, en: Where is it?}}
        image: {{file: {file}, alt: {{ja: 図, en: A picture}}}}
        choices:
          - id: a
            text: {{ja: 左, en: Left}}
            correct: true
            why: {{ja: 左です。, en: It is on the left.}}
            region: {{rect: [0, 0, 40, 50]}}
          - id: b
            text: {{ja: 右, en: Right}}
            correct: false
            why: {{ja: 右ではありません。, en: Not on the right.}}
            region: {{rect: [60, 0, {width}, 50]}}
        explanation: {{ja: 説明です。, en: The explanation.}}
        sources: [src-a]
        review_by: "2027-12-01"
        audience: [general]
    """
)


def _problems(tiny: ImageLibrary, file: str, width: int) -> list[str]:
    raw = HOTSPOT_BANK.format(file=file, width=width).encode()
    result = check_bytes(raw, "bank.yaml", SOURCES, images=tiny)
    return [] if isinstance(result, CheckedBank) else [str(p) for p in result]


def test_a_hotspot_bank_on_a_good_picture_passes(tiny: ImageLibrary) -> None:
    assert _problems(tiny, "tiny.svg", 40) == []


def test_a_missing_picture_is_a_located_problem(tiny: ImageLibrary) -> None:
    assert _problems(tiny, "missing.svg", 40) == [
        f"bank.yaml:8:19: questions[0].image.file: there is no picture 'missing.svg' in {tiny.root}"
    ]


def test_a_region_outside_the_picture_is_a_located_problem(tiny: ImageLibrary) -> None:
    assert _problems(tiny, "tiny.svg", 41) == [
        "bank.yaml:19:17: questions[0].choices[1].region: reaches outside the picture tiny.svg, "
        "whose viewBox is 0 0 100 50"
    ]
