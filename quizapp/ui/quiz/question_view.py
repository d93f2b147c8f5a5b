"""The question screen: a question, its choices, and after the answer the feedback, in place."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.model import NOT_SURE, Catalog, Lang, Question, QuestionType
from quizapp.domain.quiz import QuizRun
from quizapp.ui.quiz.feedback_card import FeedbackCard
from quizapp.ui.quiz.feedback_text import verdict_html
from quizapp.ui.shell import theme
from quizapp.ui.shell.i18n import Retranslating
from quizapp.ui.widgets.choice_button import Mark
from quizapp.ui.widgets.choice_list import ChoiceList
from quizapp.ui.widgets.display_bar import DisplayBar
from quizapp.ui.widgets.hotspot import HotspotPicture, Spot
from quizapp.ui.widgets.layouts import plain_label
from quizapp.ui.widgets.ruby_text import RubyLabel
from quizapp.ui.widgets.speech import Speaker

_SAYS_HOW = {
    QuestionType.MULTIPLE: re.compile(r"(すべて|全部|ぜんぶ)(選|えら)|select all|all that apply", re.I),
    QuestionType.TRUE_FALSE: re.compile(r"(正しい|ただしい)ですか[。？?]\s*$|^true or false", re.I),
}


def prompt_says_how(kind: QuestionType, prompt: str) -> bool:
    """True when the prompt itself already asks for all that apply, or true or false, in its own
    words (「…すべて選んでください。」, 「…正しいですか。」): the screen's hint would only repeat it."""
    pattern = _SAYS_HOW.get(kind)
    return pattern is not None and pattern.search(prompt) is not None


_NUMBER_KEYS = {int(Qt.Key.Key_0) + n: n for n in range(10)}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class QuestionView(Retranslating, QWidget):
    """Shows one question and reports the learner's choice. Knows nothing about storage.

    Signals:
        answer_submitted(frozenset): the ids of the chosen choices ({"not_sure"} for Not sure).
        next_requested(): the learner read the feedback and goes on.
        leave_requested(): the learner asked to leave the quiz (Esc or the button).
    """

    answer_submitted = Signal(frozenset)
    next_requested = Signal()
    leave_requested = Signal()

    def __init__(
        self,
        lang: Lang,
        parent: QWidget | None = None,
        *,
        speaker: Speaker | None = None,
        kiosk: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._lang: Lang = lang
        self._kiosk = kiosk
        self._speaker = speaker
        self._question: Question | None = None
        self._answered = False
        self._feedback_state: tuple[frozenset[str], bool] | None = None
        self.feedback_complete = False
        """True once the feedback shows the reasons, the explanation and the source as well."""
        self._total = 0
        self._index = 0
        self._shown_at = time.monotonic()
        self._build()
        self.retranslate()

    # layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self._topic = RubyLabel()  # shown as written, never as HTML
        self._topic.setProperty("muted", True)
        self._position = plain_label(wrap=False)  # shown as written, never as HTML
        self._position.setProperty("role", "subheading")
        self.display = DisplayBar()
        self._leave = QPushButton()
        self._leave.setMinimumHeight(44)
        self._leave.clicked.connect(self.leave_requested)
        top.addWidget(self._position)
        top.addStretch(1)
        top.addWidget(self.display)
        top.addWidget(self._leave)
        outer.addLayout(top)
        outer.addWidget(self._topic)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setSpacing(12)
        self._prompt = RubyLabel("prompt")  # shown as written, never as HTML; furigana when on
        self._hint = plain_label()  # shown as written, never as HTML
        self._hint.setProperty("muted", True)
        self._choices = ChoiceList()
        self._choices.changed.connect(self._update_action)
        self.picture = HotspotPicture()  # the question's picture; a hotspot question's regions
        self.picture.region_tapped.connect(self._on_picture_region_tapped)
        self._body.addWidget(self._prompt)
        self._body.addWidget(self.picture)
        self._body.addWidget(self._hint)
        self._body.addWidget(self._choices)
        self._body.addWidget(self._build_actions())
        self._feedback = FeedbackCard(kiosk=self._kiosk)
        self._feedback.hide()
        self._body.addWidget(self._feedback)
        self._body.addStretch(1)
        self._scroll.setWidget(body)
        outer.addWidget(self._scroll, 1)
        if self._kiosk:  # nothing to select on a kiosk, and no Copy / Select all menu
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        else:
            self._prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_actions(self) -> QWidget:
        """Right under the choices: the verdict once answered (else the keys), Answer / Next."""
        self._actions = QWidget()
        row = QHBoxLayout(self._actions)
        row.setContentsMargins(0, 4, 0, 4)
        self._keys = plain_label()  # shown as written, never as HTML
        self._keys.setProperty("muted", True)
        # a touch screen has no keys to name: in a kiosk it stays empty, holding the buttons right
        self._verdict = QLabel()
        self._verdict.setWordWrap(True)
        self._verdict.setTextFormat(Qt.TextFormat.RichText)  # the verdict is escaped
        self._verdict.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # announced when it takes focus
        self._verdict.hide()
        self._action = QPushButton()
        self._action.setProperty("primary", True)
        self._action.setMinimumSize(200, 48)
        self._action.clicked.connect(self._on_action_clicked)
        self._read = QPushButton()
        self._read.setMinimumSize(120, 48)
        self._read.clicked.connect(self.read_aloud)
        self._read.hide()
        row.addWidget(self._keys, 1)
        row.addWidget(self._verdict, 1)
        row.addWidget(self._read, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._action, 0, Qt.AlignmentFlag.AlignTop)
        return self._actions

    def retranslate(self) -> None:
        self._read.setText(self.tr("Read aloud"))
        self._read.setAccessibleName(self._read.text())
        self._read.setAccessibleDescription(self.tr("Reads the question and its choices, or the feedback."))
        self._scroll.setAccessibleName(self.tr("Question"))
        self._leave.setText(self.tr("Leave quiz") if self._kiosk else self.tr("Leave quiz (Esc)"))
        self._leave.setAccessibleName(self.tr("Leave the quiz"))
        question = self._question
        if question is None:
            return
        self._position.setAccessibleName(
            self.tr("Question {n} of {total}").format(n=self._index + 1, total=self._total)
        )
        hints = {
            QuestionType.SINGLE: self.tr("Choose one answer."),
            QuestionType.MULTIPLE: self.tr("Select all that apply."),
            QuestionType.TRUE_FALSE: self.tr("Is this true or false?"),
            QuestionType.HOTSPOT: self.tr("Tap the right part of the picture, or choose its number below."),
        }
        hint = hints[question.type]
        self._hint.setText(hint)
        prompt = question.prompt.get(self._lang)
        self._hint.setVisible(hint not in prompt and not prompt_says_how(question.type, prompt))
        if self._choices.not_sure is not None:
            self._choices.not_sure.set_body(self.tr("Not sure"))
        if self._feedback_state is not None:
            self._render_feedback(*self._feedback_state)
            return
        if question.type is QuestionType.MULTIPLE:
            keys = self.tr("Keys: 1–{n} select or clear a choice, 0 Not sure, Enter answer.")
        else:
            keys = self.tr("Keys: 1–{n} choose, 0 Not sure, Enter answer.")
        self._keys.setText("" if self._kiosk else keys.format(n=len(self._choices.numbered)))
        self._action.setText(self.tr("Answer") if self._kiosk else self.tr("Answer (Enter)"))
        self._action.setAccessibleName(self._action.text())

    def set_lang(self, lang: Lang) -> None:
        """Bank content from the next question on is shown in `lang`."""
        self._lang = lang

    # showing --------------------------------------------------------------------------------
    def show_question(
        self, question: Question, order: tuple[str, ...], position: int, total: int, topic: str
    ) -> None:
        """Show `question` with its choices in `order`; position is 0-based; `topic` may carry
        furigana (ruby notation)."""
        self._question = question
        self._answered = False
        self._feedback_state = None
        self._index, self._total = position, total
        self._topic.set_ruby_text(topic)
        self._position.setText(f"{position + 1} / {total}")
        self._prompt.set_ruby_text(question.prompt.annotated(self._lang))
        self._choices.show_choices(question, order, self._lang, self.tr("Not sure"))
        self._show_picture(question)
        self._feedback.hide()
        self._feedback.clear()
        self._verdict.hide()
        self._keys.show()
        self.retranslate()
        self._update_action()
        if self._speaker is not None:
            self._speaker.stop()
        self._read.setVisible(self._speaker is not None and self._speaker.available(self._lang))
        self._scroll.verticalScrollBar().setValue(0)
        self._shown_at = time.monotonic()
        if self._choices.numbered:
            self._choices.numbered[0].setFocus()

    def show_current(self, run: QuizRun, catalog: Catalog) -> None:
        """Show the question `run` is at, with its topic's title; nothing when it is finished."""
        question = run.current
        if question is None:
            return
        bank = catalog.bank(question.topic_id)
        topic = bank.title.annotated(self._lang) if bank else ""
        self.show_question(question, run.current_order, run.position, len(run.questions), topic)

    def _show_picture(self, question: Question) -> None:
        self.picture.show_image(question.image, self._lang)
        spots = []
        if question.type is QuestionType.HOTSPOT:
            for button in self._choices.numbered:
                choice = question.choice(str(button.property("choice_id")))
                if choice.region is not None:
                    spots.append(Spot(button.key, choice.id, choice.region, choice.text.get(self._lang)))
        self.picture.set_spots(spots)
        if spots:
            self.picture.setAccessibleDescription(
                self.tr("Numbered parts: {parts}").format(
                    parts="; ".join(f"{s.key}. {s.label}" for s in spots)
                )
            )
        else:
            self.picture.setAccessibleDescription("")

    def chosen(self) -> frozenset[str]:
        return self._choices.chosen()

    def seconds_on_question(self) -> float:
        return time.monotonic() - self._shown_at

    # choosing -------------------------------------------------------------------------------
    def press_number(self, number: int) -> None:
        """What number key `number` does: pick, or toggle for a multiple question."""
        if not self._answered:
            self._choices.press_number(number)

    def _on_picture_region_tapped(self, choice_id: str) -> None:
        """A tap on the picture picks the choice of that region, as its number key would."""
        for n, button in enumerate(self._choices.numbered, start=1):
            if button.property("choice_id") == choice_id:
                self.press_number(n)
                return

    def _update_action(self) -> None:
        self._action.setEnabled(self._answered or bool(self.chosen()))
        self.picture.set_selected(self.chosen())

    def _on_action_clicked(self) -> None:
        self.activate()

    def activate(self) -> None:
        """Enter: submit the answer, or after the feedback go on."""
        if self._answered:
            self.next_requested.emit()
        elif self.chosen():
            self.answer_submitted.emit(self.chosen())

    # feedback -------------------------------------------------------------------------------
    def show_feedback(self, chosen: frozenset[str], correct: bool) -> None:
        """Mark every choice and show why, the explanation and the source, in place."""
        if self._question is None:
            return
        self._answered = True
        self._feedback_state = (chosen, correct)
        self._choices.lock()
        # The verdict, the marks and the correct answer paint in the first frame; the reasons, the
        # explanation and the source (a long rich text to lay out) follow on the next pass.
        self.feedback_complete = False
        self._render_feedback(chosen, correct, complete=False)
        self._keys.hide()
        self._verdict.show()
        self._feedback.show()
        self._update_action()
        # Focus on the verdict itself, so a screen reader announces it; Enter still goes on.
        self._verdict.setFocus()
        QAccessible.updateAccessibility(QAccessibleEvent(self._verdict, QAccessible.Event.Alert))
        self._keep_verdict_in_view()
        question = self._question
        QTimer.singleShot(0, self, lambda: self._complete_feedback(question))  # dropped if deleted

    def _complete_feedback(self, question: Question) -> None:
        if self._question is not question or self._feedback_state is None:
            return  # the learner has already gone on
        self._render_feedback(*self._feedback_state)
        self.feedback_complete = True
        self._keep_verdict_in_view()

    def _render_feedback(self, chosen: frozenset[str], correct: bool, *, complete: bool = True) -> None:
        question = self._question
        if question is None:
            return
        lang = self._lang
        for button in self._choices.buttons():
            choice_id = str(button.property("choice_id"))
            picked = choice_id in chosen
            if choice_id == NOT_SURE:
                if picked:
                    button.set_mark(Mark.NEUTRAL, self.tr("You chose “Not sure”"))
            elif choice_id in question.correct_ids:
                text = self.tr("✔ Correct answer (your choice)") if picked else self.tr("✔ Correct answer")
                button.set_mark(Mark.CORRECT, text)
            elif picked:
                button.set_mark(Mark.WRONG, self.tr("✖ Your choice: not correct"))
        if self.picture.spots:
            self.picture.show_answer(question.correct_ids, chosen)
        verdict = self._verdict_text(chosen, correct)
        self._verdict.setText(verdict_html(verdict, self._verdict_colour(chosen, correct)))
        self._verdict.setAccessibleName(verdict)
        self._verdict.setAccessibleDescription(question.explanation.get(lang))
        keys = [(b.key, str(b.property("choice_id"))) for b in self._choices.numbered]
        self._feedback.show_feedback(question, lang, keys, complete=complete)
        self._action.setText(self.tr("Next") if self._kiosk else self.tr("Next (Enter)"))
        self._action.setAccessibleName(self._action.text())

    def _keep_verdict_in_view(self) -> None:
        """The question, the marked choices and the verdict stay where the learner left them;
        only if the verdict and Next are below the view, scroll just enough to show them, so
        the reasons start right below and the first scroll step brings them in."""
        for _ in range(3):  # the layouts settle now, before a frame shows them half done:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # marks, then the card
        bar = self._scroll.verticalScrollBar()
        bottom = self._actions.geometry().bottom() + self._body.spacing()
        view = self._scroll.viewport().height()
        if bottom > bar.value() + view:
            bar.setValue(min(bar.maximum(), bottom - view))

    def spoken_text(self) -> str:
        """What Read aloud says now: the question and choices, or after answering the feedback."""
        question = self._question
        if question is None:
            return ""
        lang = self._lang
        if self._feedback_state is not None:
            chosen, correct = self._feedback_state
            right = " / ".join(c.text.get(lang) for c in question.choices if c.correct)
            parts = [self._verdict_text(chosen, correct), self.tr("Correct answer:") + " " + right]
            parts.append(question.explanation.get(lang))
            if question.explanation_image is not None:
                parts.append(question.explanation_image.alt.get(lang))
        else:
            parts = [question.prompt.get(lang)]
            if question.image is not None:
                parts.append(question.image.alt.get(lang))
            parts.append(self._hint.text())
            parts += [f"{b.key}. {b.body}" for b in self._choices.buttons()]
        return "\n".join(parts)

    def read_aloud(self) -> None:
        if self._speaker is not None:
            self._speaker.say(self.spoken_text(), self._lang)

    def _verdict_text(self, chosen: frozenset[str], correct: bool) -> str:
        if correct:
            return self.tr("✔ Correct!")
        if NOT_SURE in chosen:
            return self.tr("? You chose “Not sure”. Here is the answer.")
        return self.tr("✖ Not quite.")

    @staticmethod
    def _verdict_colour(chosen: frozenset[str], correct: bool) -> str:
        """Green for right, red for wrong, the text's own colour for Not sure (not judged)."""
        p = theme.palette()
        return (p.correct if correct else p.text if NOT_SURE in chosen else p.wrong).name()

    # keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _NUMBER_KEYS and event.modifiers() in _PLAIN:
            self.press_number(_NUMBER_KEYS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)
