"""Learning over time: progress figures, profiles, and the learner's data (export, import, erase)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from quizapp.domain.history import DayResult, MergeSummary, Profile, streak
from quizapp.domain.model import Catalog, Question, Text
from quizapp.services.erasing import backup_files, erase_everything, finish_interrupted_erase
from quizapp.services.export import ExportFormat, export_history
from quizapp.services.files import write_atomically
from quizapp.services.handout import missed_questions
from quizapp.services.importing import read_export
from quizapp.storage.history import ImportProgress, count_answers, daily_results, merge_history, read_history
from quizapp.storage.orm import DEFAULT_PROFILE_ID
from quizapp.storage.repository import AnswerRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TopicMastery:
    topic_id: str
    title: Text
    total: int
    seen: int
    mastered: int
    """Questions whose latest answer was right."""

    @property
    def percent(self) -> int:
        return round(100 * self.mastered / self.total) if self.total else 0


@dataclass(frozen=True, slots=True)
class Progress:
    topics: tuple[TopicMastery, ...]
    days: tuple[DayResult, ...]
    seen: int
    total: int
    streak: int
    due: int
    missed: tuple[Question, ...] = ()
    """Questions whose latest answer was wrong, topic by topic (the printable handout's)."""


def _local_now() -> datetime:
    return datetime.now().astimezone()


class LearningService:
    """What the progress screen and the "your data" actions need."""

    def __init__(
        self,
        catalog: Catalog,
        answers: AnswerRepository,
        data_dir: Path,
        clock: Callable[[], datetime] = _local_now,
    ) -> None:
        self._catalog = catalog
        self._answers = answers
        self._data_dir = data_dir
        self._clock = clock

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def close(self) -> None:
        self._answers.close()

    def due_count(self) -> int:
        known = {q.id for q in self._catalog.questions}
        return sum(1 for s in self._answers.due(self._clock()) if s.question_id in known)

    def progress(self) -> Progress:
        now = self._clock()
        stats = self._answers.question_stats()
        topics = tuple(
            TopicMastery(
                b.id,
                b.title,
                len(b.questions),
                sum(1 for q in b.questions if q.id in stats),
                sum(1 for q in b.questions if q.id in stats and stats[q.id].last_correct),
            )
            for b in self._catalog.banks
        )
        days = tuple(daily_results(self._answers.engine, self._answers.profile_id))
        today: date = now.date()
        return Progress(
            topics=topics,
            days=days,
            seen=sum(t.seen for t in topics),
            total=sum(t.total for t in topics),
            streak=streak([d.day for d in days], today),
            due=self.due_count(),
            missed=missed_questions(self._catalog, stats),
        )

    def missed_questions(self) -> tuple[Question, ...]:
        """The questions whose latest answer was wrong, in the catalog's order."""
        return missed_questions(self._catalog, self._answers.question_stats())

    def topic_titles(self) -> dict[str, Text]:
        return {b.id: b.title for b in self._catalog.banks}

    # profiles -------------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        return self._answers.profiles()

    def add_profile(self, name: str) -> Profile:
        return self._answers.add_profile(name)

    def use_profile(self, profile_id: int) -> None:
        self._answers.use_profile(profile_id)

    @property
    def profile_id(self) -> int:
        return self._answers.profile_id

    # your data ------------------------------------------------------------------------------
    def export_text(self, fmt: ExportFormat = "json") -> str:
        return export_history(read_history(self._answers.engine), fmt)

    def export_to(self, path: Path, fmt: ExportFormat = "json") -> None:
        """Write the export to `path` atomically: on any failure (raised as OSError) a file
        already there keeps its old content."""
        write_atomically(path, self.export_text(fmt).encode("utf-8"))

    def import_from(self, path: Path, progress: ImportProgress | None = None) -> MergeSummary:
        """Merge an export file; raises BadImportFile (and changes nothing) when any part of
        it is wrong. The answers go in in batches, each committed on its own, and
        `progress(done, total)` is called after each: a large import may run off the GUI
        thread (on its own LearningService: SQLAlchemy engines are thread-safe, sessions are
        made per call) without holding the database for long."""
        return merge_history(self._answers.engine, read_export(path), progress=progress)

    def what_erase_removes(self) -> dict[str, int]:
        counts = count_answers(self._answers.engine)
        counts["backups"] = len(backup_files(self._data_dir))
        return counts

    def erase(self) -> None:
        """Erase every answer, run, schedule and added profile, and every backup file; all or
        nothing (an erase cut short is finished at the next start, see services.erasing)."""
        erase_everything(self._answers.engine, self._data_dir)
        self._answers.use_profile(DEFAULT_PROFILE_ID)  # the one learner erasing leaves

    def finish_interrupted_erase(self) -> bool:
        """Finish an erase cut short earlier; True when there was one."""
        finished = finish_interrupted_erase(self._answers.engine, self._data_dir)
        if finished:
            self._answers.use_profile(DEFAULT_PROFILE_ID)
        return finished
