"""A question's choices as large buttons, numbered in screen order, with "Not sure" last:
one pick for a single or true/false question, any number for a multiple one, Not sure alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.domain.model import NOT_SURE, Lang, Question, QuestionType
from quizapp.ui.widgets.choice_button import ChoiceButton


class ChoiceList(QWidget):
    """Signals:
    changed(): the learner picked or cleared a choice.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.numbered: list[ChoiceButton] = []
        """The bank's choices, numbered 1, 2, ... as shown."""
        self.not_sure: ChoiceButton | None = None
        self._multiple = False
        self._locked = False

    def show_choices(self, question: Question, order: tuple[str, ...], lang: Lang, not_sure: str) -> None:
        """The choices of `question` in `order`, then Not sure (worded `not_sure`), none picked."""
        self._clear()
        self._multiple = question.type is QuestionType.MULTIPLE
        self._locked = False
        for n, choice_id in enumerate(order, start=1):
            self.numbered.append(
                self._add(str(n), question.choice(choice_id).text.annotated(lang), choice_id)
            )
        self.not_sure = self._add("0", not_sure, NOT_SURE)
        for button in self.buttons():
            button.show()  # now, not on the next pass: the first choice must be able to take focus

    def _add(self, key: str, text: str, choice_id: str) -> ChoiceButton:
        button = ChoiceButton(key, text)
        button.setProperty("choice_id", choice_id)
        button.clicked.connect(self._on_button_clicked)
        self._layout.addWidget(button)
        return button

    def _clear(self) -> None:
        for button in self.buttons():
            self._layout.removeWidget(button)
            button.hide()  # explicitly, so a show the layout still has pending cannot pop it up
            button.setParent(None)
            button.deleteLater()
        self.numbered = []
        self.not_sure = None

    def buttons(self) -> list[ChoiceButton]:
        return [*self.numbered, *([self.not_sure] if self.not_sure else [])]

    def chosen(self) -> frozenset[str]:
        return frozenset(str(b.property("choice_id")) for b in self.buttons() if b.isChecked())

    def lock(self) -> None:
        """Answered: nothing can be picked any more."""
        self._locked = True
        for button in self.buttons():
            button.setEnabled(False)

    def _select(self, button: ChoiceButton, toggle: bool) -> None:
        if self._locked:
            return
        if self._multiple and button is not self.not_sure and toggle:
            if self.not_sure:
                self.not_sure.setChecked(False)
            # the click already toggled it when it came from the mouse
        else:
            for other in self.buttons():
                other.setChecked(other is button)
        self.changed.emit()

    def _on_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ChoiceButton):
            if self._multiple and button is not self.not_sure:
                self._select(button, toggle=True)
            else:
                button.setChecked(True)
                self._select(button, toggle=False)

    def press_number(self, number: int) -> None:
        """What number key `number` does: pick, or toggle for a multiple question."""
        if self._locked:
            return
        if number == 0:
            target = self.not_sure
        elif 1 <= number <= len(self.numbered):
            target = self.numbered[number - 1]
        else:
            return
        if target is None:
            return
        if self._multiple and target is not self.not_sure:
            target.setChecked(not target.isChecked())
            self._select(target, toggle=True)
        else:
            target.setChecked(True)
            self._select(target, toggle=False)
        target.setFocus()
