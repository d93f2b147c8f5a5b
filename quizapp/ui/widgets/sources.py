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
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.domain.lang import LANGUAGES
from quizapp.domain.model import Lang, Source
from quizapp.domain.ruby import has_ruby
from quizapp.ui.shell import theme
from quizapp.ui.widgets.layouts import plain_label
from quizapp.ui.widgets.qr import qr_pixmap
from quizapp.ui.widgets.ruby_text import Part, RubyLabel, furigana_on
from quizapp.ui.widgets.text import P, breakable, esc

_SAFE_SCHEMES = ("http", "https")


def open_link(url: str) -> bool:
    """Open `url` in the system's browser, only a web address; False when it is not one."""
    address = QUrl(url)
    if not address.isValid() or address.scheme() not in _SAFE_SCHEMES:
        return False
    return QDesktopServices.openUrl(address)


def _where(source: Source, lang: Lang) -> str:
    return f"{source.publisher.get(lang)} · {source.host}"


class _Row(QWidget):
    """One source: a link (personal), or a QR code and the words beside it (kiosk)."""

    def __init__(self, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.code: QLabel | None = None
        if kiosk:
            self.code = QLabel()
            self.code.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # every bank text in it is escaped
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if not kiosk:
            self.text.setOpenExternalLinks(False)  # opened by open_link, and only on a click
            self.text.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # with furigana on: the title and publisher with their readings (and a button for the link)
        self.ruby = RubyLabel()
        self.ruby.hide()
        self.open = QPushButton()
        self.open.setMinimumHeight(44)
        self.open.hide()
        self.url = ""
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.text)
        column.addWidget(self.ruby)
        column.addWidget(self.open, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(column, 1)

    def _show_ruby(self, source: Source, lang: Lang, scan_hint: str) -> bool:
        """With furigana on and a title that has readings, show them; False when not."""
        title, publisher = source.title.annotated(lang), source.publisher.annotated(lang)
        wanted = furigana_on() and LANGUAGES[lang].ruby and (has_ruby(title) or has_ruby(publisher))
        self.text.setVisible(not wanted)
        self.ruby.setVisible(wanted)
        self.open.setVisible(wanted and self.code is None)
        if not wanted:
            return False
        parts: list[Part] = [(title, True), ("\n", False), (f"{publisher} · {source.host}", False)]
        if self.code is not None:
            parts += [("\n", False), (scan_hint, False)]
        self.ruby.set_parts(parts)
        self.open.setText(self.tr("Open this page"))
        self.open.setAccessibleName(
            self.tr("Open {title} in your web browser").format(title=source.title.get(lang))
        )
        return True

    def show_source(self, source: Source, lang: Lang, scan_hint: str, qr_size: int) -> None:
        title = source.title.get(lang)
        self.url = source.url
        ruby = self._show_ruby(source, lang, scan_hint)
        if self.code is not None:
            code = qr_pixmap(source.url, qr_size)
            self.code.setPixmap(code)
            # one column for every code (they differ a little in size), so the words line up
            self.code.setFixedSize(max(code.width(), qr_size * 23 // 20), code.height())
            self.code.setAccessibleName(self.tr("QR code of {title}").format(title=title))
            self.text.setText(
                f"{P}<b>{esc(breakable(title))}</b><br>{esc(breakable(_where(source, lang)))}<br>"
                f"{esc(scan_hint)}</p>"
            )
            self.text.setAccessibleName(f"{title}, {_where(source, lang)}")
            return
        if ruby:
            return
        colour = theme.palette().accent.name()
        href = html.escape(source.url, quote=True)
        self.text.setText(
            f'{P}<a href="{href}" style="color:{colour}">{esc(breakable(title))}</a>'
            f"<br>{esc(breakable(_where(source, lang)))}</p>"
        )
        self.text.setAccessibleName(f"{title}, {_where(source, lang)}")
        self.text.setAccessibleDescription(self.tr("Opens the page in your web browser."))


class SourceList(QWidget):
    """Signals:
    link_opened(str): the learner clicked a source and its address was handed to the browser.
    """

    link_opened = Signal(str)

    def __init__(self, *, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self._heading = QLabel()
        self._heading.setWordWrap(True)
        self._heading.setTextFormat(Qt.TextFormat.RichText)  # the heading is escaped
        self._note = plain_label()
        self._layout.addWidget(self._heading)
        self._layout.addWidget(self._note)
        self._rows: list[_Row] = []
        """Kept from one question to the next: new widgets are slow to style and lay out."""

    def show_sources(
        self, sources: Sequence[Source], lang: Lang, heading: str, scan_hint: str, as_of: str = ""
    ) -> None:
        """List `sources` under `heading`; `scan_hint` says what the QR codes are (kiosk);
        `as_of` (already worded) closes the list."""
        self._heading.setText(f"<b>{esc(heading)}</b>")
        self._heading.setVisible(bool(heading))
        while len(self._rows) < len(sources):
            row = _Row(self._kiosk)
            row.text.linkActivated.connect(self._on_link_activated)
            row.open.clicked.connect(lambda _=False, r=row: self._on_link_activated(r.url))
            self._layout.insertWidget(self._layout.count() - 1, row)  # before the note
            self._rows.append(row)
        qr_size = max(180, 9 * self.fontMetrics().height())
        for n, row in enumerate(self._rows):
            if n < len(sources):
                row.show_source(sources[n], lang, scan_hint, qr_size)
            row.setVisible(n < len(sources))  # now, not on the next pass
        self._note.setText(as_of)
        self._note.setVisible(bool(as_of))

    def _on_link_activated(self, url: str) -> None:
        if open_link(url):
            self.link_opened.emit(url)
