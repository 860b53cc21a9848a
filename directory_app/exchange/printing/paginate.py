"""Breaking a flow of laid-out lines into pages: keep-with-next, widows, orphans, forced breaks.

Qt's own pagination of a QTextDocument splits paragraphs anywhere and cannot keep a heading with
the entry under it, so the writers lay text out on one endless page and cut it here. Plain
Python on plain numbers, so the rules are tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    top: float
    bottom: float
    breakable: bool = True      # may a page start with this line?
    force: bool = False         # must a page start with this line?


def paginate(lines: list[Line], page_height: float) -> list[tuple[int, int]]:
    """Pages as (first line, one past the last line), every line on exactly one page.

    A page ends before the last breakable line that still lets it fit; a run of unbreakable
    lines taller than a page is cut where it overflows.
    """
    pages: list[tuple[int, int]] = []
    if not lines:
        return pages
    start, last_ok = 0, None
    for i in range(1, len(lines)):
        line = lines[i]
        if line.force:
            pages.append((start, i))
            start, last_ok = i, None
            continue
        if line.breakable:
            last_ok = i
        if line.bottom - lines[start].top > page_height:
            cut = last_ok if last_ok is not None and last_ok > start else i
            pages.append((start, cut))
            start = cut
            last_ok = max((j for j in range(cut + 1, i + 1) if lines[j].breakable),
                          default=None)
    pages.append((start, len(lines)))
    return pages


def page_of_lines(pages: list[tuple[int, int]], count: int) -> list[int]:
    """For each line, the index of its page."""
    out = [0] * count
    for number, (first, end) in enumerate(pages):
        for i in range(first, end):
            out[i] = number
    return out
