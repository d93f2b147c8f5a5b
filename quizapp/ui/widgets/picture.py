"""A picture from `assets/images/`: an SVG drawn by QtSvg at the widget's width and the image's
aspect ratio (vector, so crisp at every text size and screen), its labels in the learner's
language and its colours those of the current theme (high contrast included). Screen readers
and Read aloud get its text alternative."""

from __future__ import annotations

import logging
from dataclasses import fields

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.domain.model import Image, Lang
from quizapp.services.images import PALETTE, ImageProblem, app_images
from quizapp.ui.shell import theme

log = logging.getLogger(__name__)

library = app_images
"""Where the pictures come from (a test points it at its own folder)."""


def theme_colours() -> dict[str, str]:
    """Each picture colour's role -> the current theme's colour for it."""
    palette = theme.palette()
    names = {f.name for f in fields(palette)}
    return {role: getattr(palette, role).name() for role in PALETTE if role in names}


class Picture(QWidget):
    """Shows one `Image` (or nothing). Its height follows its width, up to `max_height`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._ratio = 0.0  # height / width of the picture; 0: none
        self.image: Image | None = None
        self._lang: Lang = "ja"
        self._colours: dict[str, str] = {}
        self._pixmap: QPixmap | None = None
        """The picture drawn at its current size: repaints (a selection, the answer's outlines)
        copy it instead of laying out the SVG's text again (several ms for a card)."""
        self.max_height = 560
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def show_image(self, image: Image | None, lang: Lang) -> None:
        """Draw `image` with its labels in `lang`; None (or a picture that cannot be read,
        which is logged) hides the widget."""
        self.image = image
        self._lang = lang
        self._colours = theme_colours()
        self._ratio = 0.0
        self._pixmap = None
        if image is not None:
            try:
                data = library().render(image.file, lang, self._colours)
            except ImageProblem as exc:
                log.error("cannot show the picture %s: %s", image.file, exc)
                data = b""
            if data and self._renderer.load(data) and self._renderer.isValid():
                box = self._renderer.viewBoxF()
                if box.width() > 0:
                    self._ratio = box.height() / box.width()
            self.setAccessibleName(image.alt.get(lang))
        self.setVisible(self._ratio > 0)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        """High contrast switched on or off: the picture's colours follow."""
        if (
            event.type() == QEvent.Type.StyleChange
            and self.image is not None
            and theme_colours() != self._colours
        ):
            self.show_image(self.image, self._lang)
        super().changeEvent(event)

    # geometry -------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(round(width * self._ratio), self.max_height) if self._ratio else 0

    def sizeHint(self) -> QSize:
        width = max(self.width(), 320)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(160))

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: the widest rectangle of its aspect ratio that fits,
        centred."""
        if not self._ratio:
            return QRectF()
        width = min(float(self.width()), self.height() / self._ratio)
        height = width * self._ratio
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def view_box(self) -> QRectF:
        return self._renderer.viewBoxF()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._ratio:
            return
        rect = self.picture_rect()
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        if self._pixmap is None or self._pixmap.size() != size:
            self._pixmap = QPixmap(size)  # drawn at the exact device size: as crisp as direct
            self._pixmap.fill(Qt.GlobalColor.transparent)
            art = QPainter(self._pixmap)
            art.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(art)
            art.end()
            self._pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(rect.topLeft(), self._pixmap)
        self.paint_over(painter)
        painter.end()

    def paint_over(self, painter: QPainter) -> None:
        """What a subclass draws on top of the picture (the hotspot's numbers and outlines)."""
