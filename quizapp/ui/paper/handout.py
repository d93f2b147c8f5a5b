"""The printed handout: a heading (the topic, the date, where the facts come from), then each
question with its choices and a box to tick; with the answers, each question's answer, why each
choice is right or wrong, the explanation and its sources with a QR code of the first.

Laid out for people who may not read small print: A4, 15 pt body text, a question never split
over two pages when it fits on one, "2 / 7" in the footer. Painted by QPainter on any paged
device: a QPdfWriter for a file (`pdf_bytes`), a QPrinter for a printer."""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QCoreApplication, QDate, QIODevice, QLocale, QMarginsF, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from quizapp.domain.lang import is_japanese
from quizapp.domain.model import Image, Lang, Question, QuestionType, Text
from quizapp.services.handout import HandoutContent
from quizapp.services.images import ImageLibrary, ImageProblem, app_images
from quizapp.ui.paper.blocks import (
    ACCENT,
    CORRECT,
    INK,
    MUTED,
    SHADE,
    Badge,
    Block,
    ChoiceBlock,
    PictureBlock,
    RowBlock,
    RuleBlock,
    SourceBlock,
    Style,
    TextBlock,
)
from quizapp.ui.paper.pages import Placed, paginate
from quizapp.ui.shell import theme

MARGINS_MM = QMarginsF(16, 14, 16, 10)
BODY_PT = 15.0
"""Body text: large for a printed page (the issue asks for at least 14 pt)."""
PROMPT_PT = 16.0
SMALL_PT = 14.0
TITLE_PT = 26.0
FOOTER_PT = 12.0
_ASKS_ALL = re.compile(r"すべて|全部|ぜんぶ|all that apply|select all", re.I)


def day_text(content: HandoutContent, lang: Lang) -> str:
    day = QDate(content.day.year, content.day.month, content.day.day)
    if is_japanese(lang):
        return f"{day.year()}年{day.month()}月{day.day()}日"
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(day, "d MMMM yyyy")


def title_of(content: HandoutContent, lang: Lang) -> str:
    """The sheet's title: the topic's own, a few joined, or what the sheet is."""
    if content.missed:
        return QCoreApplication.translate("Handout", "Questions to go over again")
    titles = [t.get(lang) for t in content.topic_titles]
    if 1 <= len(titles) <= 3:
        return ("・" if is_japanese(lang) else " · ").join(titles)
    return QCoreApplication.translate("Handout", "Questions from {n} topics").format(n=len(titles))


class Handout:
    """Lays `content` out in `lang` and paints it on a paged device, page after page."""

    def __init__(
        self,
        content: HandoutContent,
        lang: Lang,
        *,
        images: ImageLibrary | None = None,
        furigana: bool = True,
    ) -> None:
        self.content = content
        self.lang: Lang = lang
        self.images = images or app_images()
        self.furigana = furigana
        self.family = theme.load_fonts()
        self.pages = 0

    # text -----------------------------------------------------------------------------------
    def _t(self, text: Text) -> str:
        """Bank text in ruby notation (ja-easy with furigana) or plain."""
        return text.annotated(self.lang) if self.furigana else text.get(self.lang)

    def _para(
        self,
        s: Style,
        text: str,
        pt: float = BODY_PT,
        *,
        bold: bool = False,
        colour: QColor = INK,
        space_before: int = 0,
        keep_with_next: bool = False,
    ) -> TextBlock:
        return TextBlock(
            space_before=space_before,
            keep_with_next=keep_with_next,
            text=text,
            font=s.font(pt, bold),
            colour=colour,
        )

    # blocks ---------------------------------------------------------------------------------
    def _heading(self, s: Style) -> list[Block]:
        c = self.content
        kind = (
            QCoreApplication.translate("Handout", "Quiz sheet with answers")
            if c.answers
            else QCoreApplication.translate("Handout", "Quiz sheet")
        )
        count = (
            QCoreApplication.translate("Handout", "{n} questions").format(n=len(c.questions))
            if len(c.questions) != 1
            else QCoreApplication.translate("Handout", "1 question")
        )
        note = (
            QCoreApplication.translate(
                "Handout",
                "Where the facts come from: each answer names the official page it rests on (the "
                "national government, prefectures and cities), with its address and a QR code to open "
                "it on a phone. Rules can change: if in doubt, check the page or ask your city office.",
            )
            if c.answers
            else QCoreApplication.translate(
                "Handout",
                "Where the facts come from: every answer rests on official pages of the national "
                "government, prefectures and cities; the sheet with answers names them.",
            )
        )
        return [
            self._para(s, title_of(c, self.lang), TITLE_PT, bold=True, colour=ACCENT),
            self._para(
                s,
                f"{kind}  ·  {day_text(c, self.lang)}  ·  {count}",
                SMALL_PT,
                colour=MUTED,
                space_before=s.mm(2),
            ),
            self._para(s, note, SMALL_PT, space_before=s.mm(4)),
            self._para(
                s,
                QCoreApplication.translate("Handout", "Tick the box beside the answer you think is right."),
                BODY_PT,
                bold=True,
                space_before=s.mm(4),
            ),
        ]

    def _picture(self, s: Style, image: Image, width: int, badges: tuple[Badge, ...] = ()) -> list[Block]:
        try:
            svg = self.images.render(image.file, self.lang)
            box = self.images.view_box(image.file)
        except ImageProblem:  # a missing picture: its words instead, so the question still reads
            return [
                self._para(s, f"[{image.alt.get(self.lang)}]", SMALL_PT, colour=MUTED, space_before=s.mm(3))
            ]
        view = (box.x, box.y, box.width, box.height)
        return [
            PictureBlock(
                space_before=s.mm(3),
                svg=svg,
                view=view,
                max_width=width,  # as large as the page allows: a picture's labels are its smallest text
                max_height=s.mm(105),
                badges=badges,
                style=s,
            )
        ]

    def _question(self, s: Style, n: int, q: Question, width: int) -> list[Block]:
        hotspot = q.type is QuestionType.HOTSPOT
        label = QCoreApplication.translate("Handout", "Question {n}").format(n=n)
        blocks: list[Block] = [
            RuleBlock(space_before=s.mm(7), thickness=max(1, s.mm(0.3))),
            self._para(
                s, label, SMALL_PT, bold=True, colour=ACCENT, space_before=s.mm(3), keep_with_next=True
            ),
            self._para(s, self._t(q.prompt), PROMPT_PT, bold=True, space_before=s.mm(1)),
        ]
        if q.type is QuestionType.MULTIPLE and not _ASKS_ALL.search(q.prompt.get(self.lang)):
            blocks.append(
                self._para(
                    s,
                    QCoreApplication.translate("Handout", "Tick every right answer."),
                    SMALL_PT,
                    colour=MUTED,
                    space_before=s.mm(1),
                )
            )
        if hotspot:
            blocks.append(
                self._para(
                    s,
                    QCoreApplication.translate(
                        "Handout", "Tick the number of the right place on the picture."
                    ),
                    SMALL_PT,
                    colour=MUTED,
                    space_before=s.mm(1),
                )
            )
        if q.image is not None:
            badges = tuple(
                Badge(i, c.region, outlined=self.content.answers and c.correct)
                for i, c in enumerate(q.choices, 1)
                if hotspot and c.region is not None
            )
            blocks += self._picture(s, q.image, width, badges)
        box = s.mm(6)
        ticks = [
            ChoiceBlock(
                space_before=s.mm(2.5),
                number=str(i),
                text=self._para(s, "" if hotspot else self._t(c.text)),
                box=box,
                ticked=self.content.answers and c.correct,
            )
            for i, c in enumerate(q.choices, 1)
        ]
        blocks += [RowBlock(space_before=s.mm(3), children=ticks, cell=s.mm(24))] if hotspot else ticks
        if self.content.answers:
            blocks += self._answers(s, q, width)
        return blocks

    def _answers(self, s: Style, q: Question, width: int) -> list[Block]:
        right = [f"{i}  {self._t(c.text)}" for i, c in enumerate(q.choices, 1) if c.correct]
        out: list[Block] = [
            self._para(
                s,
                QCoreApplication.translate("Handout", "Answer: {answer}").format(answer=" / ".join(right)),
                BODY_PT,
                bold=True,
                colour=CORRECT,
                space_before=s.mm(5),
            ),
            self._para(
                s,
                QCoreApplication.translate("Handout", "Why"),
                SMALL_PT,
                bold=True,
                colour=ACCENT,
                space_before=s.mm(3),
                keep_with_next=True,
            ),
        ]
        for i, c in enumerate(q.choices, 1):
            mark = "○" if c.correct else "×"
            colon = "：" if is_japanese(self.lang) else ": "
            reason = self._para(s, self._t(c.why), SMALL_PT, space_before=s.mm(1.5))
            reason.lead = f"{i} {mark} {self._t(c.text)}{colon}"
            out.append(reason)
        out += [
            self._para(
                s,
                QCoreApplication.translate("Handout", "Explanation"),
                SMALL_PT,
                bold=True,
                colour=ACCENT,
                space_before=s.mm(3),
                keep_with_next=True,
            ),
            self._para(s, self._t(q.explanation), SMALL_PT, space_before=s.mm(1)),
        ]
        if q.explanation_image is not None:
            out += self._picture(s, q.explanation_image, width)
        if q.sources:
            heading = (
                QCoreApplication.translate("Handout", "Source")
                if len(q.sources) == 1
                else QCoreApplication.translate("Handout", "Sources")
            )
            out.append(
                self._para(
                    s, heading, SMALL_PT, bold=True, colour=ACCENT, space_before=s.mm(3), keep_with_next=True
                )
            )
        for k, source in enumerate(q.sources):
            label = source.annotated_label(self.lang) if self.furigana else source.label(self.lang)
            out.append(
                SourceBlock(
                    space_before=s.mm(1.5),
                    label=self._para(s, label, SMALL_PT),
                    url=source.url,
                    url_font=s.font(12),
                    qr_size=s.mm(24),
                    qr=k == 0,
                )
            )
        for block in out:
            block.answer = True
        return out

    # pages ----------------------------------------------------------------------------------
    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page on `device` (begun here, ended here); the number of pages."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the page could not be painted (the printer or file is not ready)")
        try:
            dpi = device.logicalDpiY()
            s = Style(float(dpi), self.family)
            area = device.pageLayout().paintRectPixels(dpi)
            width, footer = area.width(), s.mm(10)
            inset = s.mm(5)
            items = [self._heading(s)] + [
                self._question(s, n, q, width) for n, q in enumerate(self.content.questions, 1)
            ]
            pages = paginate(items, width, area.height() - footer, inset)
            title = title_of(self.content, self.lang)
            for number, page in enumerate(pages, 1):
                if number > 1:
                    device.newPage()
                self._paint_page(painter, s, page, width, inset)
                self._footer(
                    painter, s, QRect(0, area.height() - footer, width, footer), title, number, len(pages)
                )
            self.pages = len(pages)
            return self.pages
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, s: Style, page: list[Placed], width: int, inset: int) -> None:
        previous: Block | None = None
        for placed in page:
            b = placed.block
            if b.answer:
                w = width - 2 * inset
                top = placed.y - (b.space_before if previous is not None and previous.answer else s.mm(2))
                bottom = placed.y + b.height(w) + (s.mm(2) if b is page[-1].block else 0)
                painter.fillRect(QRect(0, top, width, bottom - top), SHADE)
                painter.fillRect(QRect(0, top, s.mm(1.2), bottom - top), CORRECT)
                b.paint(painter, inset, placed.y, w)
            else:
                b.paint(painter, 0, placed.y, width)
            previous = b

    def _footer(self, painter: QPainter, s: Style, rect: QRect, title: str, number: int, total: int) -> None:
        font = s.font(FOOTER_PT)
        painter.setFont(font)
        painter.setPen(MUTED)
        fm = QFontMetricsF(font)
        base = rect.bottom() - fm.descent()
        page = f"{number} / {total}"
        painter.drawText(QPointF(rect.right() - fm.horizontalAdvance(page), base), page)
        room = rect.width() - fm.horizontalAdvance(page) - s.mm(10)
        painter.drawText(QPointF(rect.left(), base), fm.elidedText(title, Qt.TextElideMode.ElideRight, room))


def pdf_bytes(handout: Handout) -> bytes:
    """The handout as a PDF file's bytes (A4, 300 dpi), for the caller to write where it may."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title_of(handout.content, handout.lang))
    writer.setCreator("quizapp")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    handout.paint(writer)
    del writer  # finishes the file
    return bytes(buffer.data().data())
