"""Moodle XML of questions, for a course's question bank (Question bank > Import > Moodle XML).

One `<question type="category">` per topic ($course$/quizapp/<topic title>), then its questions:
single and hotspot as multichoice with one answer, multiple as multichoice with several,
true_false as truefalse. Each answer's feedback is our `why`; the general feedback is the
explanation and its sources. Pictures travel inside the file (base64), referenced as
@@PLUGINFILE@@/name. The XML is built with ElementTree, which escapes the HTML it carries;
the bank's text is escaped as HTML first (see content.esc), so it is never markup.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from quizapp.domain.model import Lang, Question, QuestionType, Text
from quizapp.services.decks.content import (
    WORDS,
    Media,
    esc,
    explanation_picture,
    picture,
    source_html,
    text_html,
)
from quizapp.services.images import ImageLibrary

PLUGINFILE = "@@PLUGINFILE@@/"
GRADES: tuple[float, ...] = (
    *(100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0, 33.33333, 30.0),
    *(25.0, 20.0, 16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0, 0.0),
)
"""The grades Moodle accepts for an answer, in percent (its fraction options; also negated):
an import stops at any other value."""


def moodle_grade(percent: float) -> float:
    """The grade Moodle accepts nearest to `percent` (keeping its sign)."""
    nearest = min(GRADES, key=lambda g: abs(g - abs(percent)))
    return -nearest if percent < 0 else nearest


def fractions(question: Question) -> list[float]:
    """Each choice's grade: 100 for the one right answer; for a question with several right
    ones, 100/n for each of the n right and -100/m for each of the m wrong, so that choosing
    everything scores 0 (both exact for up to 8 choices, a bank's maximum)."""
    if question.type is not QuestionType.MULTIPLE:
        return [100.0 if c.correct else 0.0 for c in question.choices]
    right = sum(1 for c in question.choices if c.correct)
    wrong = len(question.choices) - right
    return [moodle_grade(100 / right) if c.correct else moodle_grade(-100 / wrong) for c in question.choices]


def _grade(value: float) -> str:
    return f"{value:.7g}"


def _text(parent: ET.Element, tag: str, content: str, fmt: str | None = "html") -> ET.Element:
    node = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(node, "text").text = content
    return node


def _plain(parent: ET.Element, tag: str, content: str) -> None:
    ET.SubElement(parent, tag).text = content


def _file(parent: ET.Element, media: Media) -> None:
    node = ET.SubElement(parent, "file", {"name": media.name, "path": "/", "encoding": "base64"})
    node.text = base64.b64encode(media.data).decode("ascii")


def category_path(title: str) -> str:
    """$course$/quizapp/<title>; a "/" in the title is doubled, Moodle's escape for it."""
    return "$course$/quizapp/" + title.replace("/", "//")


def question_name(question: Question, lang: Lang, length: int = 40) -> str:
    prompt = " ".join(question.prompt.get(lang).split())
    short = prompt if len(prompt) <= length else prompt[: length - 1] + "…"
    return f"{question.id} {short}"


def _question(quiz: ET.Element, q: Question, lang: Lang, images: ImageLibrary) -> None:
    words = WORDS[lang]
    kind = "truefalse" if q.type is QuestionType.TRUE_FALSE else "multichoice"
    node = ET.SubElement(quiz, "question", {"type": kind})
    name = ET.SubElement(node, "name")
    ET.SubElement(name, "text").text = question_name(q, lang)
    image = picture(q, lang, images)
    body = f"<p>{text_html(q.prompt, lang)}</p>"
    if image is not None:
        body += f"<p>{image.img(PLUGINFILE + image.name)}</p>"
    text = _text(node, "questiontext", body)
    if image is not None:
        _file(text, image)
    shown = explanation_picture(q, lang, images)
    feedback = f"<p><b>{esc(words['explanation'])}</b> {text_html(q.explanation, lang)}</p>"
    if shown is not None:
        feedback += f"<p>{shown.img(PLUGINFILE + shown.name)}</p>"
    feedback += f"<p>{source_html(q, lang)}</p>"
    general = _text(node, "generalfeedback", feedback)
    if shown is not None:
        _file(general, shown)
    _plain(node, "defaultgrade", "1")
    _plain(node, "penalty", "1" if kind == "truefalse" else "0.3333333")
    _plain(node, "hidden", "0")
    hotspot = q.type is QuestionType.HOTSPOT
    if kind == "multichoice":
        _plain(node, "single", "false" if q.type is QuestionType.MULTIPLE else "true")
        _plain(node, "shuffleanswers", "false" if hotspot else "true")  # the picture's numbers
        _plain(node, "answernumbering", "none" if hotspot else "123")
    for n, (choice, grade) in enumerate(zip(q.choices, fractions(q), strict=True), 1):
        answer = ET.SubElement(node, "answer", {"fraction": _grade(grade), "format": "html"})
        if kind == "truefalse":
            answer.set("format", "moodle_auto_format")
            content = choice.id  # "true" or "false": what Moodle's true/false reads
        else:
            label = text_html(choice.text, lang)
            content = f"{n}. {label}" if hotspot else label
        ET.SubElement(answer, "text").text = content
        _text(answer, "feedback", f"<p>{text_html(choice.why, lang)}</p>")
    tags = ET.SubElement(node, "tags")
    for tag in ("quizapp", q.topic_id, *q.tags):
        _text(tags, "tag", tag, fmt=None)


def build_moodle_xml(
    questions: Sequence[Question],
    lang: Lang,
    images: ImageLibrary,
    topics: Mapping[str, Text] | None = None,
) -> bytes:
    """The XML's bytes: the topics in the order their first question comes, each with its
    questions."""
    by_topic: dict[str, list[Question]] = {}
    for q in questions:
        by_topic.setdefault(q.topic_id, []).append(q)
    quiz = ET.Element("quiz")
    for topic_id, members in by_topic.items():
        title = topics[topic_id].get(lang) if topics and topic_id in topics else topic_id
        category = ET.SubElement(quiz, "question", {"type": "category"})
        _text(category, "category", category_path(title), fmt=None)
        for q in members:
            _question(quiz, q, lang, images)
    ET.indent(quiz)
    return bytes(ET.tostring(quiz, encoding="utf-8", xml_declaration=True)) + b"\n"
