"""A question's sources, each as its title in the learner's language, its publisher and its
host (never the whole address: many are long percent-encoded strings nobody can read).

In a personal window the title is a link: a click (or Enter on it) opens the page in the
system's browser, and nothing else ever does; the app itself fetches nothing. A kiosk has no
links at all: a QR code beside each source lets a visitor open the page on their own phone.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.domain.model import Lang, Source
from quizapp.ui.shell import theme
from quizapp.ui.widgets.layouts import clear_layout, plain_label
from quizapp.ui.widgets.qr import qr_pixmap
from quizapp.ui.widgets.text import breakable, esc

_SAFE_SCHEMES = ("http", "https")


def open_link(url: str) -> bool:
    """Open `url` in the system's browser, only a web address; False when it is not one."""
    address = QUrl(url)
    if not address.isValid() or address.scheme() not in _SAFE_SCHEMES:
        return False
    return QDesktopServices.openUrl(address)


class SourceList(QWidget):
    """Signals:
    link_opened(str): the learner clicked a source and its address was handed to the browser.
    """

    link_opened = Signal(str)

    def __init__(self, *, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(12)

    def show_sources(
        self, sources: Sequence[Source], lang: Lang, heading: str, scan_hint: str, as_of: str = ""
    ) -> None:
        """List `sources` under `heading`; `scan_hint` says what the QR codes are (kiosk);
        `as_of` (already worded) closes the list."""
        clear_layout(self._rows)
        title = plain_label()
        title.setText(heading)
        title.setStyleSheet("font-weight: bold;")
        self._rows.addWidget(title)
        for source in sources:
            self._rows.addWidget(
                self._qr_row(source, lang, scan_hint) if self._kiosk else self._link(source, lang)
            )
        if as_of:
            note = plain_label()
            note.setText(as_of)
            self._rows.addWidget(note)
        for n in range(self._rows.count()):  # now, not on the next pass
            item = self._rows.itemAt(n)
            if item is not None and (widget := item.widget()) is not None:
                widget.show()

    @staticmethod
    def _where(source: Source, lang: Lang) -> str:
        return f"{source.publisher.get(lang)} · {source.host}"

    def _link(self, source: Source, lang: Lang) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)  # every bank text in it is escaped
        colour = theme.palette().accent.name()
        href = html.escape(source.url, quote=True)
        label.setText(
            f'<a href="{href}" style="color:{colour}">{esc(breakable(source.title.get(lang)))}</a>'
            f"<br>{esc(breakable(self._where(source, lang)))}"
        )
        label.setOpenExternalLinks(False)  # opened by open_link, and only on a click
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setAccessibleName(f"{source.title.get(lang)}, {self._where(source, lang)}")
        label.setAccessibleDescription(self.tr("Opens the page in your web browser."))
        label.linkActivated.connect(self._on_link_activated)
        return label

    def _on_link_activated(self, url: str) -> None:
        if open_link(url):
            self.link_opened.emit(url)

    def _qr_row(self, source: Source, lang: Lang, scan_hint: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        code = QLabel()
        size = max(180, 9 * self.fontMetrics().height())
        code.setPixmap(qr_pixmap(source.url, size))
        code.setFixedSize(code.pixmap().size())
        code.setAccessibleName(self.tr("QR code of {title}").format(title=source.title.get(lang)))
        text = plain_label()
        text.setText(breakable(f"{source.title.get(lang)}\n{self._where(source, lang)}\n{scan_hint}"))
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(code, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        return row
