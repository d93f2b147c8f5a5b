"""Qt's own dialogs (the file dialog, message-box buttons) speak the chosen language, switch with
it while the app runs, and use the app's text size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from quizapp.ui.shell import dialogs, theme
from tests.ui.conftest import WindowFactory


def button_texts(dialog: QWidget) -> set[str]:
    return {b.text() for b in dialog.findChildren(QPushButton)}


def cancel_text(parent: QWidget) -> str:
    box = QMessageBox(parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    text = cancel.text()
    box.deleteLater()
    return text


def test_qt_dialogs_speak_japanese_in_japanese_mode_and_switch_with_the_language(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window("ja")
    assert cancel_text(window) == "キャンセル"
    dialog = dialogs.file_dialog(window, "t", str(tmp_path / "mine.json"), "*.json", save=True)
    assert {"保存(&S)", "キャンセル"} <= button_texts(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"場所(&L):", "ファイル名(&N):", "ファイルの種類(&T):"} <= labels
    dialog.deleteLater()

    window.set_lang("en")
    assert cancel_text(window) == "Cancel"
    dialog = dialogs.file_dialog(window, "t", str(tmp_path / "mine.json"), "*.json", save=True)
    assert {"&Save", "Cancel"} <= button_texts(dialog)
    dialog.deleteLater()


def test_the_file_dialog_is_qt_s_own_with_the_app_s_text_size_and_the_suggested_name(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window("en")
    try:
        for size in ("normal", "largest"):
            window.apply_look(theme.Look(size))
            dialog = dialogs.file_dialog(window, "t", str(tmp_path / "mine.json"), "*.json", save=True)
            assert dialog.testOption(dialogs.QFileDialog.Option.DontUseNativeDialog)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name is not None and name.text() == "mine.json"
            name.ensurePolished()
            assert abs(name.font().pointSizeF() - theme.base_point_size()) < 0.2
            screen = window.screen().availableGeometry()
            assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
            metrics = dialog.fontMetrics()  # sized for its text: 40 characters by 16 lines
            assert dialog.width() >= min(40 * metrics.averageCharWidth(), int(screen.width() * 0.9))
            assert dialog.height() >= min(16 * metrics.lineSpacing(), int(screen.height() * 0.9))
            assert dialog.width() >= dialog.minimumSizeHint().width()
            assert dialog.height() >= dialog.minimumSizeHint().height()
            dialog.deleteLater()
    finally:
        window.apply_look(theme.Look())
