"""Small-count suppression: which cells of a kiosk report are hidden, and what they show instead.

In a small community a count of 1 or 2 can point at a person ("the only visitor on Tuesday
chose ..."), so a report shows a count from 1 to min_count - 1 as the text "<5" (with the actual
threshold). Zero stays 0: "nobody" singles no one out. Kept here, apart from any output format,
so the JSON, the CSV and the staff screen hide exactly the same cells."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.domain.kiosk import DEFAULT_MIN_COUNT, QuestionCounts

Shown = int | str
"""A count as a report shows it: the number itself, or the marker ("<5") when it is hidden."""


@dataclass(frozen=True, slots=True)
class Suppression:
    """The threshold of one report. `min_count` 1 hides nothing (every count is shown)."""

    min_count: int = DEFAULT_MIN_COUNT

    def __post_init__(self) -> None:
        if self.min_count < 1:
            raise ValueError(f"min_count must be at least 1, not {self.min_count}")

    @property
    def marker(self) -> str:
        """What a hidden count shows: "<5" for the default threshold."""
        return f"<{self.min_count}"

    @property
    def active(self) -> bool:
        """False when nothing can be hidden (min_count 1)."""
        return self.min_count > 1

    def hides(self, n: int) -> bool:
        return 0 < n < self.min_count

    def show(self, n: int) -> Shown:
        return self.marker if self.hides(n) else n

    def hides_percent(self, counts: QuestionCounts) -> bool:
        """The percent correct is hidden when the attempts or the correct answers are: 1 of 3
        (33%) would give both away.

        It is not hidden when only the wrong answers (attempts - correct) are few (say 19 of 20
        right, 95%): the report shows attempts and correct exactly (both at or above the
        threshold), so anyone can subtract them, and hiding the percent would hide nothing.
        What a wrong answer was is a per-choice count, and hidden on its own when small."""
        return self.hides(counts.attempts) or self.hides(counts.correct)

    def hides_wrong_answer(self, picks: int) -> bool:
        """The most chosen wrong answer (its id and its text) is not named when its picks are
        hidden: naming it would say which wrong answer those one or two visitors chose."""
        return self.hides(picks)
