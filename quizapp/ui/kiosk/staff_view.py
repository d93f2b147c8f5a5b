"""The staff screen, behind the PIN: visits (in all, since when, and a table per day), per
question the attempts, % correct, Not-sure count and the most chosen wrong answer (the common
misconceptions), CSV export, and leaving kiosk mode. Small counts show as "<5" (see
quizapp.domain.suppression); lines say so, which kiosks the counts come from and how sending
them to the centre's server goes."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.kiosk import DEFAULT_MIN_COUNT, KioskReport, OutboxStatus
from quizapp.domain.model import Catalog, Lang
from quizapp.domain.suppression import Suppression
from quizapp.services.kiosk_report import ReportRow, format_report, report_rows, shown_visits
from quizapp.ui.kiosk.scale import touch_em
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.layouts import plain_label
from quizapp.ui.widgets.text import breakable

QUESTION_COLUMNS = 5
FEW_KIOSKS = 4
NAMES_CHARS = 60
"""Up to FEW_KIOSKS kiosks are named on the screen, if their names together are no longer than
NAMES_CHARS; otherwise they are only counted, so the tables keep the screen (the JSON and CSV
list them all)."""
MESSAGE_CHARS = 80
"""A server's address or problem is cut to this many characters here (the log has it whole)."""


@dataclass(frozen=True, slots=True)
class _Shown:
    report: KioskReport
    catalog: Catalog
    lang: Lang
    status: OutboxStatus | None
    min_count: int


class StaffView(Retranslating, QWidget):
    """Signals:
    back_requested(): back to the attract screen.
    exit_requested(): leave kiosk mode (quit the app).
    """

    back_requested = Signal()
    exit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._shown: _Shown | None = None
        self._again: tuple[Callable[..., None], tuple[object, ...]] | None = None
        """What shows the current state (a report, loading, a problem) and its arguments, to
        show it again in a new language (a method, not a bound one: no cycle through self)."""
        self._rows: list[ReportRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(14)
        self._title = plain_label("title")  # shown as written, never as HTML; wraps when narrow
        self._visits = plain_label(wrap=False)  # shown as written, never as HTML
        self._visits.setWordWrap(True)
        self._visits.setProperty("role", "subheading")
        self._scope = plain_label()  # which kiosks; their names shown as written, never as HTML
        self._privacy = plain_label("small")
        self._privacy.setProperty("muted", True)
        self._sending = plain_label("small")  # the server and its problem shown as written, never as HTML
        self._sending.setProperty("muted", True)
        self._table_title = plain_label(wrap=False)  # shown as written, never as HTML
        self._table_title.setProperty("role", "heading")
        self._table = _table(QUESTION_COLUMNS)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)  # a share: see resizeEvent
        header.sectionResized.connect(self._on_header_section_resized)  # wrapped rows re-measured
        self._days_title = plain_label(wrap=False)  # shown as written, never as HTML
        self._days_title.setProperty("role", "heading")
        self.days = _table(2)
        """Visits per day, the newest first."""
        self.days.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.days.horizontalHeader().setStretchLastSection(True)
        questions, days = QVBoxLayout(), QVBoxLayout()
        questions.addWidget(self._table_title)
        questions.addWidget(self._table, 1)
        days.addWidget(self._days_title)
        days.addWidget(self.days, 1)
        self._tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # side by side when wide
        self._tables.setSpacing(24)
        self._tables.addLayout(questions, 3)
        self._tables.addLayout(days, 1)
        self._status = plain_label(wrap=False)  # shown as written, never as HTML
        self._status.setWordWrap(True)
        self._status.setProperty("muted", True)
        buttons = self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked in portrait
        buttons.setSpacing(16)
        self._export = QPushButton()
        self._back = QPushButton()
        self._back.setProperty("primary", True)
        self._exit = QPushButton()
        for button in (self._export, self._back, self._exit):
            touch_em(button, 6, 1.6)
            buttons.addWidget(button)
        self._export.clicked.connect(self._on_export_clicked)
        self._back.clicked.connect(self.back_requested)
        self._exit.clicked.connect(self.exit_requested)
        for widget in (self._title, self._visits, self._scope, self._privacy, self._sending):
            outer.addWidget(widget)
        outer.addLayout(self._tables, 1)
        outer.addWidget(self._status)
        outer.addLayout(buttons)
        self._show_nothing()
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Kiosk statistics (anonymous)"))
        self._table_title.setText(self.tr("Questions, hardest first"))
        counts = [self.tr("Attempts"), self.tr("% correct"), self.tr("Not sure")]
        self._table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                *(c.replace(" ", "\n") for c in counts),  # the count columns as narrow as their words
                self.tr("Most chosen wrong answer"),
            ]
        )
        self._days_title.setText(self.tr("Visits per day"))
        self.days.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Visits")])
        self._export.setText(self.tr("Export as CSV…"))
        self._back.setText(self.tr("Back to the kiosk"))
        self._exit.setText(self.tr("Exit kiosk mode"))
        for button in (self._export, self._back, self._exit):
            button.setAccessibleName(button.text())
        if self._again is not None:
            show, args = self._again
            show(self, *args)

    def show_report(
        self,
        report: KioskReport,
        catalog: Catalog,
        lang: Lang,
        status: OutboxStatus | None = None,
        min_count: int = DEFAULT_MIN_COUNT,
    ) -> None:
        """The report, with counts below `min_count` shown as "<N"; `status`: how sending this
        kiosk's counts to the server goes (None: nothing is sent, no line about it)."""
        self._show_nothing()
        self._shown = _Shown(report, catalog, lang, status, min_count)
        self._again = (StaffView.show_report, (report, catalog, lang, status, min_count))
        self._export.setEnabled(True)
        total, by_day = shown_visits(report, min_count)
        if report.since is None:
            self._visits.setText(self.tr("No visits counted yet."))
        else:
            text = self.tr("Visits: {total}, counted since {since}.")
            self._visits.setText(text.format(total=total, since=report.since))
        self._scope.setText(self._scope_text(report))
        self._privacy.setText(self._privacy_text(min_count))
        if status is not None:
            self._sending.setText(self._sending_text(status))
        for label in (self._scope, self._privacy, self._sending):
            label.setVisible(bool(label.text()))
        days = list(reversed(by_day))
        self.days.setRowCount(len(days))
        for r, (day, n) in enumerate(days):
            self.days.setItem(r, 0, QTableWidgetItem(day))
            self.days.setItem(r, 1, _number(str(n)))
        self._rows = report_rows(report, catalog, lang, min_count)
        self._table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            percent = row.percent_correct
            cells = [
                QTableWidgetItem(row.question or row.question_id),
                _number(str(row.attempts)),
                _number("–" if percent is None else f"{percent}%"),
                _number(str(row.not_sure)),
                QTableWidgetItem(self._wrong_text(row)),
            ]
            for c, item in enumerate(cells):
                self._table.setItem(r, c, item)
        self._share_columns()
        self._back.setFocus()

    def show_loading(self) -> None:
        """While the report is being fetched (off the GUI thread): no table, no stale counts."""
        self._show_nothing()
        self._again = (StaffView.show_loading, ())
        self._visits.setText(self.tr("Loading the report…"))
        self._back.setFocus()

    def show_problem(self, reason: str, server: str | None = None) -> None:
        """The report could not be read: `reason` (e.g. the driver's message), shown as
        written; `server`, where it was read from (host, port and database), if from one."""
        self._show_nothing()
        self._again = (StaffView.show_problem, (reason, server))
        if server is None:
            text = self.tr("Could not read the report: {reason}").format(reason=_short(_plain(reason)))
        else:
            text = self.tr("Could not read the report from the server {server}: {reason}")
            text = text.format(server=_short(_plain(server)), reason=_short(_plain(reason)))
        self._visits.setText(breakable(text))
        self._back.setFocus()

    def clear(self) -> None:
        self._show_nothing()
        self._again = None

    @property
    def loading(self) -> bool:
        """True between `show_loading` and the report (or its problem) arriving."""
        return self._again is not None and self._again[0] is StaffView.show_loading

    def _show_nothing(self) -> None:
        """No report: no counts anywhere on the screen, and nothing to export."""
        self._shown = None
        self._rows = []
        self._table.setRowCount(0)
        self.days.setRowCount(0)
        for label in (self._visits, self._scope, self._privacy, self._sending, self._status):
            label.clear()
        for label in (self._scope, self._privacy, self._sending, self._status):
            label.hide()  # an empty line would still take its spacing from the tables
        self._export.setEnabled(False)

    def _wrong_text(self, row: ReportRow) -> str:
        if row.wrong_choice_id:
            return self.tr("{choice} — {n}×").format(choice=row.wrong_choice, n=row.wrong_picks)
        if isinstance(row.wrong_picks, str):  # hidden: too few picks to name the answer
            return self.tr("(not named) — {n}×").format(n=row.wrong_picks)
        return ""

    def _scope_text(self, report: KioskReport) -> str:
        """Which kiosks the counts come from. Names are the operators' own: shown as plain text
        on one line (controls and line breaks taken out), breakable when long."""
        names = [_plain(name) for name in report.kiosks]
        listed = ", ".join(names)
        few = 0 < len(names) <= FEW_KIOSKS and len(listed) <= NAMES_CHARS
        scope = report.scope
        if scope.kiosk is not None:
            text = self.tr("Counts of one kiosk: {name}").format(name=_plain(scope.kiosk))
        elif scope.group is not None:
            prefix = _plain(scope.group)
            if few:
                text = self.tr("Counts of the kiosks whose name starts with “{prefix}”: {names}")
            else:
                text = self.tr("Counts of the kiosks whose name starts with “{prefix}” ({count} in all)")
            text = text.format(prefix=prefix, names=listed, count=len(names))
        elif few:
            text = self.tr("Counts of all kiosks: {names}").format(names=listed)
        elif names:
            text = self.tr("Counts of all kiosks ({count} in all)").format(count=len(names))
        else:
            text = self.tr("Counts of all kiosks")
        return breakable(text)

    def _privacy_text(self, min_count: int) -> str:
        if not Suppression(min_count).active:
            return self.tr(
                "Every count is shown exactly (--min-count 1), even one that could single out a visitor."
            )
        text = self.tr("Counts below {n} are shown as “<{n}” so that no visitor can be singled out.")
        return text.format(n=min_count)

    def _sending_text(self, status: OutboxStatus) -> str:
        when = self.tr("not yet") if status.last_sent is None else _local_time(status.last_sent)
        text = self.tr("Sending to {server}: last sent {when}, visits waiting {waiting}.")
        server = _short(_plain(status.server))
        text = text.format(server=server, when=when, waiting=status.waiting_visits)
        if status.problem:
            text += " " + self.tr("Problem: {problem}").format(problem=_short(_plain(status.problem)))
        return breakable(text)

    def _on_export_clicked(self) -> None:
        if self._shown is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export kiosk statistics"),
            "kiosk-report.csv",
            self.tr("CSV files (*.csv)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        shown = self._shown
        text = format_report(shown.report, shown.catalog, shown.lang, "csv", min_count=shown.min_count)
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
                fh.write(text)
        except OSError as exc:
            self._say(self.tr("Could not write {path}: {error}").format(path=path, error=exc))
            return
        self._say(self.tr("Saved to {path}").format(path=path))

    def _say(self, text: str) -> None:
        self._status.setText(breakable(text))
        self._status.show()

    def _share_columns(self) -> None:
        """The most chosen wrong answer gets a third of the table (a quarter in portrait), the
        question what the counts leave (it stretches); then the rows are measured for their
        wrapped texts."""
        wide = self.width() >= self.height()
        self._table.setColumnWidth(4, self._table.viewport().width() // (3 if wide else 4))
        self._table.resizeRowsToContents()

    def _on_header_section_resized(self, *_args: int) -> None:
        QTimer.singleShot(0, self._table, self._table.resizeRowsToContents)  # once the widths are all set

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side on a landscape screen, one above the other on a portrait one."""
        wide = event.size().width() >= event.size().height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self._tables.setDirection(direction)
        self._tables.setStretch(1, 1 if wide else 2)  # in portrait the days get more of the height
        self._buttons.setDirection(direction)
        QTimer.singleShot(0, self._table, self._share_columns)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)  # a wrapped question is shown whole
    table.setStyleSheet("QTableWidget::item { padding: 4px 0px; }")
    table.verticalHeader().setVisible(False)
    return table


def _number(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _plain(text: str) -> str:
    """`text` on one line, without control or format characters (a line break, a right-to-left
    override) that could make a kiosk's name or a server's message look like something else."""
    kept = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    return " ".join(kept.split())


def _short(text: str) -> str:
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1].rstrip() + "…"


def _local_time(when: datetime) -> str:
    """YYYY-MM-DD HH:MM in this computer's time zone (a naive time is taken as local already)."""
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%Y-%m-%d %H:%M")
