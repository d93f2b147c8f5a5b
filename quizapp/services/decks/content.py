"""What a card or a Moodle question shows, shared by both exports: the bank's plain text made
safe as HTML, the choices numbered, the words around them in the deck's language, and the
pictures rendered in that language (a hotspot picture with its regions numbered).

Bank text is plain text, never HTML: everything taken from a bank goes through `esc` (or
`text_html`, which also turns the やさしい日本語 furigana into <ruby>).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from quizapp.domain import ruby
from quizapp.domain.lang import LANGUAGES, Lang
from quizapp.domain.model import Image, Question, QuestionType, Text
from quizapp.services.images import PALETTE, ImageLibrary, ViewBox

WORDS: dict[Lang, dict[str, str]] = {
    "ja": {
        "answer": "正解：",
        "explanation": "解説：",
        "source": "出典：",
        "as_of": "（{date}時点）",
        "right": "✔",
        "wrong": "✘",
        "then": "：",
    },
    "ja-easy": {
        "answer": "せいかい：",
        "explanation": "せつめい：",
        "source": "しりょう：",
        "as_of": "({date} の じょうほう)",
        "right": "✔",
        "wrong": "✘",
        "then": "：",
    },
    "en": {
        "answer": "Correct answer:",
        "explanation": "Explanation:",
        "source": "Source:",
        "as_of": "(as of {date})",
        "right": "✔",
        "wrong": "✘",
        "then": ": ",
    },
}
"""The few words a card adds around the bank's text, as the app's own screens say them (the
same translations as the results screen: the core cannot ask Qt for them)."""


def esc(text: str) -> str:
    """Plain text as HTML that shows exactly that text; line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def language_name(lang: Lang) -> str:
    return LANGUAGES[lang].name


@dataclass(frozen=True, slots=True)
class Media:
    """A picture to ship with the deck, and how the card shows it."""

    name: str
    data: bytes
    alt: str

    def img(self, src: str | None = None) -> str:
        return f'<img src="{esc(src or self.name)}" alt="{esc(self.alt)}">'


def text_html(text: Text, lang: Lang) -> str:
    """A bank text as HTML (see `esc`); in やさしい日本語 with its furigana as <ruby>, with
    parentheses for a reader that drops ruby (Moodle's filter may: "市役所(しやくしょ)")."""
    if lang != "ja-easy":
        return esc(text.get(lang))
    return "".join(
        esc(s.text)
        if s.reading is None
        else f"<ruby>{esc(s.text)}<rp>(</rp><rt>{esc(s.reading)}</rt><rp>)</rp></ruby>"
        for s in ruby.parse(text.annotated(lang))
    )


def answer_numbers(question: Question) -> list[int]:
    """The numbers (from 1) of the correct choices."""
    return [i for i, c in enumerate(question.choices, 1) if c.correct]


def source_html(question: Question, lang: Lang) -> str:
    """The sources, each with its title, publisher and address, and the as-of date."""
    words = WORDS[lang]
    items = [
        f'{esc(s.label(lang))} <a href="{esc(s.url)}">{esc(s.url)}</a>'
        + (f" {esc(words['as_of'].format(date=s.seen))}" if s.seen else "")
        for s in question.sources
    ]
    as_of = f" {esc(words['as_of'].format(date=question.as_of))}" if question.as_of else ""
    return f"<b>{esc(words['source'])}</b> " + "<br>".join(items) + as_of


def _safe(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-") or "x"


def media_name(image: Image, lang: Lang, question_id: str | None = None) -> str:
    """A file name unique per language (and per question, for a picture numbered for one):
    decks in two languages may sit in one Anki collection, sharing one media folder."""
    stem = image.file.removesuffix(".svg")
    own = f"-{_safe(question_id)}" if question_id else ""
    return f"quizapp-{_safe(lang)}-{stem}{own}.svg"


def picture(question: Question, lang: Lang, images: ImageLibrary) -> Media | None:
    """The question's picture in `lang`; a hotspot one with a numbered badge on each region."""
    image = question.image
    if image is None:
        return None
    svg = images.render(image.file, lang)
    if question.type is not QuestionType.HOTSPOT:
        return Media(media_name(image, lang), svg, image.alt.get(lang))
    corners = [c.region.bounds[:2] for c in question.choices if c.region is not None]
    badged = add_badges(svg, corners, images.view_box(image.file))
    return Media(media_name(image, lang, question.id), badged, image.alt.get(lang))


def explanation_picture(question: Question, lang: Lang, images: ImageLibrary) -> Media | None:
    image = question.explanation_image
    if image is None:
        return None
    return Media(media_name(image, lang), images.render(image.file, lang), image.alt.get(lang))


def add_badges(svg: bytes, corners: list[tuple[float, float]], box: ViewBox) -> bytes:
    """`svg` with a numbered disc (1, 2, …) at each region's top-left corner, drawn last so it
    sits on top, as the handout draws them: a little inside the corner, so it hides less of the
    region's label, and kept inside the picture; the colours are the palette's."""
    r = max(12.0, min(box.width, box.height) * 0.035)
    parts = []
    for n, (left, top) in enumerate(corners, 1):
        cx = min(max(left + 0.6 * r, box.x + r), box.x + box.width - r)
        cy = min(max(top + 0.6 * r, box.y + r), box.y + box.height - r)
        parts.append(
            f'<circle cx="{cx:g}" cy="{cy:g}" r="{r:g}" fill="{PALETTE["accent"]}" '
            f'stroke="{PALETTE["surface"]}" stroke-width="{r * 0.15:g}"/>'
            f'<text x="{cx:g}" y="{cy + r * 0.42:g}" font-size="{r * 1.2:g}" font-weight="bold" '
            f'text-anchor="middle" fill="{PALETTE["surface"]}">{n}</text>'
        )
    text = svg.decode("utf-8")
    end = text.rfind("</svg>")
    if end < 0:
        return svg
    return (text[:end] + '<g id="quizapp-badges">' + "".join(parts) + "</g>" + text[end:]).encode("utf-8")
