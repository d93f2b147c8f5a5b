"""Stacking blocks on pages: where each goes, so every page can be painted knowing the total."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.ui.paper.blocks import Block


@dataclass(frozen=True, slots=True)
class Placed:
    block: Block
    y: int


def paginate(items: list[list[Block]], width: int, height: int, inset: int) -> list[list[Placed]]:
    """Items (a heading, a question and its answer) stacked on pages `height` high: an item
    that fits on one page is never split (it starts a new page instead); a longer one keeps its
    question (prompt, picture, choices) whole and breaks its answer between blocks, never just
    after a heading. Answer blocks are `inset` on each side."""
    pages: list[list[Placed]] = [[]]
    y = 0

    def h(b: Block, top: bool) -> int:
        return (0 if top else b.space_before) + b.height(width - 2 * inset if b.answer else width)

    def total(blocks: list[Block], top: bool) -> int:
        return sum(h(b, top and i == 0) for i, b in enumerate(blocks))

    def place(blocks: list[Block]) -> None:
        nonlocal y
        for b in blocks:
            top = not pages[-1]
            y += 0 if top else b.space_before
            pages[-1].append(Placed(b, y))
            y += h(b, True)

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0

    def whole(blocks: list[Block]) -> bool:
        """Place `blocks` together, on a new page if they must: False when no page holds them."""
        if pages[-1] and y + total(blocks, False) > height and total(blocks, True) <= height:
            new_page()
        if y + total(blocks, not pages[-1]) <= height:
            place(blocks)
            return True
        return False

    for item in items:
        if whole(item):
            continue
        question = [b for b in item if not b.answer]  # too long: the question itself still whole
        answer = [b for b in item if b.answer]
        if question and answer and whole(question):
            item = answer
        chunk: list[Block] = []  # then break between blocks, headings kept with what follows
        for b in item:
            chunk.append(b)
            if b.keep_with_next:
                continue
            if pages[-1] and y + total(chunk, False) > height:
                new_page()
            place(chunk)
            chunk = []
        if chunk:
            place(chunk)
    return pages
