from __future__ import annotations

import random
from pathlib import Path

from quizapp.domain.model import NOT_SURE
from quizapp.paths import DataPaths
from quizapp.services.banks.catalog import load_catalog
from quizapp.services.context import open_answers
from quizapp.services.quiz import QuizService


def service(bank_dir: Path, data_dir: Path, seed: int = 0) -> QuizService:
    return QuizService(load_catalog([bank_dir]), open_answers(DataPaths(data_dir)), random.Random(seed))


def test_a_mixed_run_draws_from_every_bank_and_records_each_answer(bank_dir: Path, data_dir: Path) -> None:
    quiz = service(bank_dir, data_dir)
    run = quiz.start_mixed()
    assert sorted(q.id for q in run.questions) == ["alpha-001", "alpha-002", "beta-001"]
    while run.current is not None:
        right = run.current.correct_ids
        quiz.submit(run, right, 2.0)
    assert run.score == 3
    # A new service over the same data dir sees the answers: they were stored, not just kept.
    progress = {p.topic_id: p for p in service(bank_dir, data_dir).progress()}
    assert (progress["alpha"].answered, progress["alpha"].total, progress["alpha"].percent_correct) == (
        2,
        2,
        100,
    )
    assert (progress["beta"].answered, progress["beta"].attempts) == (1, 1)


def test_not_sure_counts_as_an_answer_that_is_not_correct(bank_dir: Path, data_dir: Path) -> None:
    quiz = service(bank_dir, data_dir)
    run = quiz.start_topic("beta")
    answer = quiz.submit(run, frozenset({NOT_SURE}), 1.0)
    assert not answer.correct
    (beta,) = [p for p in quiz.progress() if p.topic_id == "beta"]
    assert (beta.answered, beta.attempts, beta.correct, beta.percent_correct) == (1, 1, 0, 0)


def test_topic_run_only_asks_that_topic_and_prefers_unseen(bank_dir: Path, data_dir: Path) -> None:
    quiz = service(bank_dir, data_dir, seed=5)
    run = quiz.start_topic("alpha", count=1)
    first = run.questions[0].id
    quiz.submit(run, frozenset({"a"}), 1.0)
    second = quiz.start_topic("alpha", count=1).questions[0].id
    assert {first, second} == {"alpha-001", "alpha-002"}


def test_a_run_of_the_missed_questions_asks_exactly_those_again(bank_dir: Path, data_dir: Path) -> None:
    quiz = service(bank_dir, data_dir)
    run = quiz.start_mixed()
    while run.current is not None:  # Not sure on the first, right on the rest
        question = run.current
        quiz.submit(run, frozenset({"not_sure"}) if run.position % 2 == 0 else question.correct_ids, 1.0)
    again = quiz.start_missed(run)
    assert again.questions == tuple(q for q, _ in run.missed()) and again.kind == "review"
    assert again.run_id != run.run_id and again.answers == []
