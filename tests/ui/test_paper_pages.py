"""Stacking a handout's blocks on pages: a question never split when it fits on a page; one
too long keeps its question whole and breaks its answer, never just after a heading."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.ui.paper.blocks import Block
from quizapp.ui.paper.pages import paginate


@dataclass(eq=False)
class Box(Block):
    tall: int = 10
    name: str = ""

    def height(self, width: int) -> int:
        return self.tall


def question(name: str, tall: int, answer: list[int] | None = None, picture: int = 0) -> list[Block]:
    blocks: list[Block] = [Box(tall=tall, name=f"{name}-q", space_before=5)]
    if picture:
        blocks.append(Box(tall=picture, name=f"{name}-picture", space_before=5))
    for i, t in enumerate(answer or []):
        blocks.append(Box(tall=t, name=f"{name}-a{i}", space_before=5, answer=True, keep_with_next=t == 1))
    return blocks


def names(pages: list[list[object]]) -> list[list[str]]:
    return [[p.block.name for p in page] for page in pages]  # type: ignore[attr-defined]


def test_a_question_that_fits_on_a_page_starts_a_new_page_rather_than_split() -> None:
    items = [question("one", 60), question("two", 30, [20])]
    assert names(paginate(items, 100, 100, 0)) == [["one-q"], ["two-q", "two-a0"]]


def test_a_question_too_long_for_a_page_keeps_its_question_whole_and_its_headings_with_text() -> None:
    items = [question("one", 50), question("two", 20, [30, 1, 30], picture=40)]  # 1: a heading
    pages = names(paginate(items, 100, 100, 0))
    assert pages == [["one-q"], ["two-q", "two-picture", "two-a0"], ["two-a1", "two-a2"]]
    assert all(page for page in pages)
