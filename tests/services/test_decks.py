"""The classroom exports: the Anki deck opens in Anki's own library with one note per question
and updates (never duplicates) on a second import; the Moodle XML parses, with right and
Moodle-valid grades, the why as feedback, and bank text escaped."""

from __future__ import annotations

import base64
import dataclasses
import io
import json
import sqlite3
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.domain.model import Catalog, Choice, Image, Question, QuestionType, Region, Source, Text
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.decks import deck_bytes, export_deck
from quizapp.services.decks.anki import build_apkg
from quizapp.services.decks.moodle import GRADES, fractions
from quizapp.services.images import ImageLibrary
from tests.conftest import ALPHA

TINY_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">'
    '<text x="10" y="60" fill="#1a1a1a">{{label}}</text></svg>'
)
TRICKY = "Pick <b>one</b> & more."


@pytest.fixture
def images(tmp_path: Path) -> ImageLibrary:
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "tiny.svg").write_text(TINY_SVG, encoding="utf-8")
    (folder / "tiny.labels.yaml").write_text("label: {ja: ラベル, ja-easy: らべる, en: Label}\n", "utf-8")
    return ImageLibrary(root=folder)


@pytest.fixture
def catalog(bank_dir: Path) -> Catalog:
    (bank_dir / "alpha.yaml").write_text(ALPHA.replace("Pick one.", TRICKY), encoding="utf-8")
    loaded = load_catalog([bank_dir])
    assert not loaded.problems and len(loaded.questions) == 3
    return loaded


def hotspot() -> Question:
    source = Source(
        "src-a", "https://www.example.go.jp/a", Text("出典A", "Source A"), Text("庁", "Agency"), True
    )
    picture = Image("tiny.svg", Text("小さな図", "A tiny picture"))
    return Question(
        id="pic-001",
        topic_id="pictures",
        type=QuestionType.HOTSPOT,
        difficulty=1,
        prompt=Text("どこですか。", "Where is it?"),
        choices=(
            Choice(
                "left",
                Text("左", "Left"),
                True,
                Text("そこです。", "There it is."),
                Region.rect(0, 0, 100, 100),
            ),
            Choice(
                "right",
                Text("右", "Right"),
                False,
                Text("違います。", "Not there."),
                Region.rect(100, 0, 100, 100),
            ),
        ),
        explanation=Text("左にあります。", "It is on the left."),
        sources=(source,),
        as_of="2025-03-24",
        image=picture,
        explanation_image=picture,
    )


def titles(catalog: Catalog) -> dict[str, Text]:
    return {b.id: b.title for b in catalog.banks}


# Anki ----------------------------------------------------------------------------------------
@pytest.fixture
def collection(tmp_path: Path) -> Iterator[object]:
    anki_collection = pytest.importorskip("anki.collection")
    folder = tmp_path / "anki"
    folder.mkdir()
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col: object, package: Path) -> None:
    """Import as Anki does by default: a note already there is updated when the package's is
    newer."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    assert isinstance(col, Collection)
    options = ImportAnkiPackageOptions(with_scheduling=False)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))


def notes(col: object) -> dict[str, list[str]]:
    """Each note's fields, by its first field ("question-id (lang)")."""
    from anki.collection import Collection

    assert isinstance(col, Collection)
    fields = [col.get_note(nid).fields for nid in col.find_notes("")]
    return {f[0]: f for f in fields}


def guids(package: bytes) -> dict[str, str]:
    """The notes' GUIDs in an .apkg, by question id, read straight from its database."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        database = z.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(database)
    try:
        rows = conn.execute("SELECT guid, flds FROM notes")
        return {flds.split("\x1f")[0].split()[0]: guid for guid, flds in rows}
    finally:
        conn.close()


def test_the_deck_opens_in_anki_with_one_note_per_question(
    catalog: Catalog, images: ImageLibrary, collection: object, tmp_path: Path
) -> None:
    package = tmp_path / "deck.apkg"
    assert export_deck(catalog.questions, "apkg", "en", package, images, titles(catalog)) == 3
    import_apkg(collection, package)
    found = notes(collection)
    assert sorted(found) == ["alpha-001 (en)", "alpha-002 (en)", "beta-001 (en)"]
    _, front, back = found["alpha-001 (en)"]
    assert "Pick &lt;b&gt;one&lt;/b&gt; &amp; more." in front and "<b>one" not in front
    assert "<li>Right one</li>" in front and "The explanation." not in front
    assert "The explanation." in back and "Because it is wrong." in back
    assert "Example Agency: Source A" in back and "https://www.example.go.jp/a" in back
    assert "(as of 2025-03-24)" in back
    from anki.collection import Collection

    assert isinstance(collection, Collection)
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"quizapp (English)::Alpha", "quizapp (English)::Beta"} <= names
    note = collection.get_note(collection.find_notes("Id:alpha-002*")[0])
    assert {"quizapp", "alpha"} <= set(note.tags)


def test_exporting_again_updates_the_notes_and_adds_none(
    bank_dir: Path, catalog: Catalog, images: ImageLibrary, collection: object, tmp_path: Path
) -> None:
    package = tmp_path / "deck.apkg"
    export_deck(catalog.questions, "apkg", "en", package, images)
    import_apkg(collection, package)
    assert len(notes(collection)) == 3
    changed = ALPHA.replace("Pick one.", TRICKY).replace("The explanation.", "A better explanation.")
    (bank_dir / "alpha.yaml").write_text(changed, encoding="utf-8")
    later = time.time() + 60  # exported a minute later (Anki updates a note from a newer one)
    package.write_bytes(build_apkg(load_catalog([bank_dir]).questions, "en", images, timestamp=later))
    import_apkg(collection, package)
    from anki.collection import Collection

    assert isinstance(collection, Collection) and collection.note_count() == 3
    assert "A better explanation." in notes(collection)["alpha-001 (en)"][2]


def test_a_deck_in_another_language_adds_its_own_notes(
    catalog: Catalog, images: ImageLibrary, collection: object, tmp_path: Path
) -> None:
    for lang in ("en", "ja"):
        export_deck(catalog.questions, "apkg", lang, tmp_path / f"{lang}.apkg", images, titles(catalog))
        import_apkg(collection, tmp_path / f"{lang}.apkg")
    found = notes(collection)
    assert len(found) == 6 and "The explanation." in found["alpha-001 (en)"][2]
    assert "説明です。" in found["alpha-001 (ja)"][2]


def test_guids_are_stable_across_runs_and_differ_by_language(catalog: Catalog, images: ImageLibrary) -> None:
    first = guids(deck_bytes(catalog.questions, "apkg", "en", images))
    again = guids(deck_bytes(catalog.questions, "apkg", "en", images))
    japanese = guids(deck_bytes(catalog.questions, "apkg", "ja", images))
    assert first == again and len(set(first.values())) == 3
    assert not set(first.values()) & set(japanese.values())


def test_a_hotspot_picture_ships_numbered_in_the_deck_language(
    images: ImageLibrary, collection: object, tmp_path: Path
) -> None:
    question = hotspot()
    media = {}
    for lang in ("ja", "en"):
        with zipfile.ZipFile(io.BytesIO(deck_bytes([question], "apkg", lang, images))) as z:
            index = json.loads(z.read("media"))
            media[lang] = {name: z.read(key) for key, name in index.items()}
    assert set(media["ja"]).isdisjoint(media["en"])  # file names unique per language
    numbered = media["en"]["quizapp-en-tiny-pic-001.svg"]
    ET.fromstring(numbered)  # still well-formed SVG
    assert b">Label<" in numbered and b">1</text>" in numbered and b">2</text>" in numbered
    assert b">1</text>" not in media["en"]["quizapp-en-tiny.svg"]  # the explanation's, unnumbered
    assert b">\xe3\x83\xa9\xe3\x83\x99\xe3\x83\xab<" in media["ja"]["quizapp-ja-tiny-pic-001.svg"]  # ラベル

    package = tmp_path / "pictures.apkg"
    export_deck([question], "apkg", "en", package, images)
    import_apkg(collection, package)
    _, front, _ = notes(collection)["pic-001 (en)"]
    assert '<img src="quizapp-en-tiny-pic-001.svg" alt="A tiny picture">' in front
    assert "<li>Left</li><li>Right</li>" in front
    from anki.collection import Collection

    assert isinstance(collection, Collection)
    assert (Path(collection.media.dir()) / "quizapp-en-tiny-pic-001.svg").read_bytes() == numbered


# Moodle --------------------------------------------------------------------------------------
def moodle(catalog: Catalog, images: ImageLibrary, lang: str = "en") -> ET.Element:
    questions = [*catalog.questions, hotspot()]
    return ET.fromstring(deck_bytes(questions, "moodle-xml", lang, images, titles(catalog)))  # type: ignore[arg-type]


def by_name(quiz: ET.Element) -> dict[str, ET.Element]:
    return {q.findtext("name/text", "").split()[0]: q for q in quiz if q.get("type") != "category"}


def grades(question: ET.Element) -> list[tuple[str, float]]:
    return [(a.findtext("text", ""), float(a.get("fraction", "nan"))) for a in question.findall("answer")]


def test_moodle_has_a_category_per_topic_then_its_questions(catalog: Catalog, images: ImageLibrary) -> None:
    quiz = moodle(catalog, images)
    assert quiz.tag == "quiz"
    kinds = [(q.get("type"), q.findtext("category/text") or q.findtext("name/text", "")) for q in quiz]
    assert [k for k in kinds if k[0] == "category"] == [
        ("category", "$course$/quizapp/Alpha"),
        ("category", "$course$/quizapp/Beta"),
        ("category", "$course$/quizapp/pictures"),  # no title given: its id
    ]
    assert len(kinds) == 3 + 4
    assert kinds[1] == ("multichoice", "alpha-001 Pick <b>one</b> & more.")  # a name is plain text


def test_moodle_grades_are_right_and_valid(catalog: Catalog, images: ImageLibrary) -> None:
    questions = by_name(moodle(catalog, images))
    assert grades(questions["alpha-001"]) == [("Right one", 100), ("Wrong one", 0), ("Another wrong one", 0)]
    assert questions["alpha-001"].findtext("single") == "true"
    assert grades(questions["alpha-002"]) == [("Right A", 50), ("Right B", 50), ("Wrong C", -100)]
    assert questions["alpha-002"].findtext("single") == "false"
    assert questions["beta-001"].get("type") == "truefalse"
    assert grades(questions["beta-001"]) == [("true", 0), ("false", 100)]
    assert grades(questions["pic-001"]) == [("1. Left", 100), ("2. Right", 0)]
    assert questions["pic-001"].findtext("shuffleanswers") == "false"  # the picture's numbers
    for question in questions.values():
        for _, grade in grades(question):
            assert abs(grade) in GRADES
        assert sum(g for _, g in grades(question) if g > 0) == pytest.approx(100)


@pytest.mark.parametrize(
    ("right", "wrong", "expected"),
    [
        (3, 1, [33.33333] * 3 + [-100.0]),
        (1, 3, [100.0] + [-33.33333] * 3),
        (2, 6, [50.0] * 2 + [-16.66667] * 6),
    ],
)
def test_moodle_grades_for_several_right_answers(right: int, wrong: int, expected: list[float]) -> None:
    why = Text("理由", "Why")
    choices = tuple(
        Choice(f"c{i}", Text(f"選択{i}", f"Choice {i}"), i < right, why) for i in range(right + wrong)
    )
    base = hotspot()
    question = Question(
        "multi-001", "t", QuestionType.MULTIPLE, 1, base.prompt, choices, base.explanation, base.sources
    )
    assert fractions(question) == expected
    assert all(abs(g) in GRADES for g in expected)


def test_moodle_feedback_carries_the_why_and_bank_text_is_escaped(
    catalog: Catalog, images: ImageLibrary
) -> None:
    questions = by_name(moodle(catalog, images))
    first = questions["alpha-001"]
    assert first.findtext("questiontext/text") == "<p>Pick &lt;b&gt;one&lt;/b&gt; &amp; more.</p>"
    assert first.find("questiontext").get("format") == "html"  # type: ignore[union-attr]
    whys = [a.findtext("feedback/text") for a in first.findall("answer")]
    assert whys == ["<p>Because it is right.</p>", "<p>Because it is wrong.</p>", "<p>Also wrong.</p>"]
    general = first.findtext("generalfeedback/text", "")
    assert "The explanation." in general and "Example Agency: Source A" in general
    assert '<a href="https://www.example.go.jp/a">' in general and "(as of 2025-03-24)" in general


def test_moodle_pictures_travel_inside_the_file(catalog: Catalog, images: ImageLibrary) -> None:
    question = by_name(moodle(catalog, images, "ja"))["pic-001"]
    text = question.find("questiontext")
    assert text is not None
    assert '<img src="@@PLUGINFILE@@/quizapp-ja-tiny-pic-001.svg" alt="小さな図">' in text.findtext(
        "text", ""
    )
    embedded = text.find("file")
    assert embedded is not None and embedded.attrib == {
        "name": "quizapp-ja-tiny-pic-001.svg",
        "path": "/",
        "encoding": "base64",
    }
    svg = base64.b64decode(embedded.text or "").decode("utf-8")
    assert ">ラベル<" in svg and ">2</text>" in svg
    general = question.find("generalfeedback/file")
    assert general is not None and general.get("name") == "quizapp-ja-tiny.svg"


def test_a_missing_picture_writes_nothing(tmp_path: Path) -> None:
    from quizapp.services.images import ImageProblem

    out = tmp_path / "deck.xml"
    out.write_bytes(b"old")
    empty = tmp_path / "no-images"
    empty.mkdir()
    with pytest.raises(ImageProblem, match=r"tiny\.svg"):
        export_deck([hotspot()], "moodle-xml", "en", out, ImageLibrary(root=empty))
    assert out.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == [
        "deck.xml",
        "no-images",
    ]


def test_easy_japanese_keeps_its_furigana_as_ruby(images: ImageLibrary) -> None:
    prompt = Text("市役所<b>", "City hall", ja_easy="市役所<b>", ja_easy_ruby="市役所《しやくしょ》<b>")
    question = dataclasses.replace(hotspot(), prompt=prompt)
    ruby = "<ruby>市役所<rp>(</rp><rt>しやくしょ</rt><rp>)</rp></ruby>&lt;b&gt;"
    with zipfile.ZipFile(io.BytesIO(deck_bytes([question], "apkg", "ja-easy", images))) as z:
        conn = sqlite3.connect(":memory:")
        conn.deserialize(z.read("collection.anki2"))
        (fields,) = conn.execute("SELECT flds FROM notes").fetchone()
        conn.close()
    assert f'<div class="prompt">{ruby}</div>' in fields
    quiz = ET.fromstring(deck_bytes([question], "moodle-xml", "ja-easy", images))
    assert quiz[1].findtext("questiontext/text", "").startswith(f"<p>{ruby}</p>")
    assert quiz[1].findtext("name/text") == "pic-001 市役所<b>"  # the name: plain
    plain = ET.fromstring(deck_bytes([question], "moodle-xml", "ja", images))
    assert plain[1].findtext("questiontext/text", "").startswith("<p>市役所&lt;b&gt;</p>")
