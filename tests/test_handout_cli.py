"""`quizapp handout`: the PDF a workshop leader prints, read back with poppler's pdftotext,
pdfinfo and pdfimages (poppler-utils, which `make deps` installs); and its bad inputs."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.domain.model import Choice, Image, Question, QuestionType, Region, Source, Text
from quizapp.paths import shipped_banks_dir
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.handout import HandoutContent
from quizapp.services.images import ImageLibrary

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def poppler(tool: str, pdf: Path, *args: str) -> str:
    return subprocess.run([tool, *args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Without any white space: a paragraph wraps where the page is full, an address anywhere."""
    return re.sub(r"\s+", "", text)


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert match, info
    return int(match.group(1))


def image_pages(pdf: Path) -> set[int]:
    """The pages that hold an image (on a handout: a QR code)."""
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    return {int(line.split()[0]) for line in listed.stdout.splitlines()[2:]}


@pytest.fixture(scope="module")
def chip() -> list[Question]:
    bank = load_catalog([shipped_banks_dir()]).bank("ic-chip")
    assert bank is not None
    return list(bank.questions)


@pytest.fixture(scope="module")
def with_answers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handout") / "chip.pdf"
    assert main(["handout", "--topic", "ic-chip", "--answers", "--output", str(out)]) == 0
    return out


def test_with_answers_every_question_its_answer_explanation_and_sources(
    with_answers: Path, chip: list[Question]
) -> None:
    text = flat(poppler("pdftotext", with_answers))
    assert pages(with_answers) > len(chip) // 2
    assert flat("ICチップとカードの中身") in text and "問題1" in text
    for q in chip:
        assert flat(q.prompt.ja) in text, q.id
        for c in q.choices:
            if c.correct:
                assert flat(c.text.ja) in text, q.id
        assert flat(q.explanation.ja) in text, q.id
        for source in q.sources:
            assert flat(source.url) in text, (q.id, source.url)


def test_each_question_has_a_qr_code_and_pages_are_numbered(with_answers: Path, chip: list[Question]) -> None:
    listed = subprocess.run(
        ["pdfimages", "-list", str(with_answers)], capture_output=True, text=True, check=True
    )
    images = listed.stdout.splitlines()[2:]
    assert len(images) == sum(1 for q in chip if q.sources)  # one QR code each: its first source's
    total = pages(with_answers)
    footer = poppler("pdftotext", with_answers, "-f", "2", "-l", "2")
    assert f"2 / {total}" in footer


def test_without_answers_the_questions_only(tmp_path: Path, chip: list[Question]) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["handout", "--topic", "ic-chip", "--lang", "en", "--output", str(out)]) == 0
    text = flat(poppler("pdftotext", out))
    assert all(flat(q.prompt.en) in text for q in chip)
    assert not any(flat(q.explanation.en) in text for q in chip)
    assert "Answer:" not in text and "https://" not in text
    assert image_pages(out) == set()  # no QR codes


TINY_SVG = """<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"
 viewBox="0 0 400 200" width="400" height="200" font-family="BIZ UDPGothic">
  <rect x="0" y="0" width="400" height="200" fill="#ffffff" stroke="#6b6b6b"/>
  <rect x="20" y="100" width="80" height="60" fill="#b35900"/>
  <text x="20" y="40" font-size="30" fill="#1a1a1a">{{title}}</text>
</svg>"""


def hotspot() -> Question:
    def t(en: str) -> Text:
        return Text(ja=en, en=en)

    return Question(
        "hot-001",
        "ic-chip",
        QuestionType.HOTSPOT,
        1,
        t("Where is the chip?"),
        (
            Choice("chip", t("Chip area"), True, t("Yes, the gold pad."), Region.rect(20, 100, 80, 60)),
            Choice("title", t("Title area"), False, t("No, the card's name."), Region.rect(0, 0, 400, 56)),
        ),
        t("The chip is the gold pad."),
        (Source("s", "https://www.example.lg.jp/chip.html", t("The chip"), t("Example City"), True),),
        image=Image("tiny.svg", t("the card")),
    )


def test_a_hotspot_question_shows_its_picture_and_its_numbered_regions(tmp_path: Path) -> None:
    from quizapp.ui.paper.output import render_pdf

    (tmp_path / "tiny.svg").write_text(TINY_SVG, encoding="utf-8")
    (tmp_path / "tiny.labels.yaml").write_text(
        "title: {ja: 見本のカード, en: Sample card}\n", encoding="utf-8"
    )
    content = HandoutContent((hotspot(),), (Text(ja="IC", en="IC"),), True, date(2026, 12, 2))
    data, n = render_pdf(content, "en", images=ImageLibrary(root=tmp_path))
    out = tmp_path / "hot.pdf"
    out.write_bytes(data)
    text = poppler("pdftotext", out)
    assert n == pages(out) >= 1
    assert "Sample card" in text  # the picture's label, drawn as text
    assert "Answer:1Chiparea" in flat(text)
    assert "Title area" in text  # among the reasons, not as a choice


def test_ja_easy_prints_the_plain_text_with_readings_or_without(tmp_path: Path) -> None:
    out = tmp_path / "easy.pdf"
    assert main(["handout", "--topic", "ic-chip", "--lang", "ja-easy", "--no-furigana", "-o", str(out)]) == 0
    text = flat(poppler("pdftotext", out))
    assert flat("ICチップには、税金の記録など、税金の情報が入っています。") in text
    assert "もんだい1" in text


# bad inputs ----------------------------------------------------------------------------------
def test_an_unknown_topic_names_it_and_the_topics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["handout", "--topic", "ic-chip", "no-such", "--output", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "no topic 'no-such'; the topics are: " in err and "ic-chip" in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--lang", "fr", "--output", "x.pdf"], "invalid choice: 'fr'"),
        ([], "the following arguments are required: --output"),
    ],
)
def test_usage_errors(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["handout", "--topic", "ic-chip", *argv])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and says in err and "Traceback" not in err


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_an_output_that_cannot_be_written(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path if where == "folder" else tmp_path / "no" / "x.pdf"
    code = main(["handout", "--topic", "ic-chip", "--output", str(target)])
    line = capsys.readouterr().err.strip()
    assert code == 1 and line.startswith(f"quizapp handout: cannot write {target}: ") and "\n" not in line
    assert ("is a folder" in line) if where == "folder" else (f"there is no folder {target.parent}" in line)
