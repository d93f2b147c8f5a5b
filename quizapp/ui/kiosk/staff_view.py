"""The staff screen, behind the PIN: visits (in all, since when, and a table per day), per
question the attempts, % correct, Not-sure count and the most chosen wrong answer (the common
misconceptions), CSV export, and leaving kiosk mode."""

from __future__ import annotations

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

from quizapp.domain.kiosk import KioskReport
from quizapp.domain.model import Catalog, Lang
from quizapp.services.kiosk import ReportRow, format_report, report_rows
from quizapp.ui.kiosk.scale import touch_em
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.layouts import plain_label

QUESTION_COLUMNS = 5


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
        self._shown: tuple[KioskReport, Catalog, Lang] | None = None
        self._rows: list[ReportRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(14)
        self._title = plain_label("title")  # shown as written, never as HTML; wraps when narrow
        self._visits = plain_label(wrap=False)  # shown as written, never as HTML
        self._visits.setWordWrap(True)
        self._visits.setProperty("role", "subheading")
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
        for widget in (self._title, self._visits):
            outer.addWidget(widget)
        outer.addLayout(self._tables, 1)
        outer.addWidget(self._status)
        outer.addLayout(buttons)
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
        if self._shown is not None:
            self.show_report(*self._shown)

    def show_report(self, report: KioskReport, catalog: Catalog, lang: Lang) -> None:
        self._shown = (report, catalog, lang)
        self._status.clear()
        if report.since is None:
            self._visits.setText(self.tr("No visits counted yet."))
        else:
            text = self.tr("Visits: {total}, counted since {since}.")
            self._visits.setText(text.format(total=report.visits, since=report.since))
        days = list(reversed(report.visits_by_day))
        self.days.setRowCount(len(days))
        for r, (day, n) in enumerate(days):
            self.days.setItem(r, 0, QTableWidgetItem(day))
            self.days.setItem(r, 1, _number(str(n)))
        self._rows = report_rows(report, catalog, lang)
        self._table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            percent = row.counts.percent_correct
            wrong = ""
            if row.wrong_choice_id:
                wrong = self.tr("{choice} — {n}×").format(choice=row.wrong_choice, n=row.wrong_picks)
            cells = [
                QTableWidgetItem(row.question or row.counts.question_id),
                _number(str(row.counts.attempts)),
                _number("–" if percent is None else f"{percent}%"),
                _number(str(row.counts.not_sure)),
                QTableWidgetItem(wrong),
            ]
            for c, item in enumerate(cells):
                self._table.setItem(r, c, item)
        self._share_columns()
        self._back.setFocus()

    def clear(self) -> None:
        self._shown = None
        self._rows = []
        self._table.setRowCount(0)
        self.days.setRowCount(0)
        self._visits.clear()
        self._status.clear()

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
        report, catalog, lang = self._shown
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
                fh.write(format_report(report, catalog, lang, "csv"))
        except OSError as exc:
            self._status.setText(self.tr("Could not write {path}: {error}").format(path=path, error=exc))
            return
        self._status.setText(self.tr("Saved to {path}").format(path=path))

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
