"""Rows of cells joined by 0xFF (see `csv_lines`) → CSV lines, as `csv.writer` writes them.

Why not `csv.writer` itself: it wants a list of str per row, and making those six million
strings for 100,000 organisations cost more than the whole export may (issue 4's target is a
third of `csv.writer`'s own rate). Here a row stays one UTF-8 `bytes` value: cells that a
spreadsheet would run as a formula get their apostrophe, cells holding the delimiter, a quote or
a line break get quoted, and the separators become the delimiter, each by a few C-level
`bytes` operations on the whole row; only cells that need quoting are looked at one by one.
`tests/test_csv_quoting.py` checks the result against `csv.writer` on arbitrary cells.
"""

from __future__ import annotations

import re

from directory_app.exchange.csv_format import FORMULA_STARTS

CELL = b"\xff"
_STARTS = tuple(ch.encode() for ch in sorted(FORMULA_STARTS))
# A separator before a formula start: the start of a cell that needs its apostrophe.
_FORMULA_AFTER = re.compile(CELL + b"(?=[" + re.escape(b"".join(_STARTS)) + b"])")


class RowFormat:
    """Formats rows for one delimiter (any one character)."""

    def __init__(self, delimiter: str):
        self.delimiter = delimiter.encode("utf-8")
        # Bytes that make csv.writer (QUOTE_MINIMAL, lineterminator "\r\n") quote a cell. When
        # each is one byte, one `translate` turns them all into NUL, which stored text never
        # holds (see `csv_lines._printf`), and `find` looks for that one byte.
        specials = {self.delimiter, b'"', b"\n", b"\r"}
        self.single = all(len(s) == 1 for s in specials)
        self.specials = tuple(specials)
        self.table = bytes.maketrans(b"".join(s for s in specials if len(s) == 1),
                                     b"\0" * sum(len(s) == 1 for s in specials))

    def row(self, row: bytes, cells: int) -> bytes:
        """One row of `cells` cells as a CSV line without its line end."""
        row = neutralise(row)
        if self.single:
            marked = row.translate(self.table)
            spots = _positions(marked, b"\0") if b"\0" in marked else []
        else:
            spots = sorted(p for s in self.specials for p in _positions(row, s))
        if spots:
            row = _quote(row, spots)
        elif cells == 1 and not row:
            return b'""'            # csv.writer quotes a row made of one empty cell
        return row.replace(CELL, self.delimiter)


def _quote(row: bytes, spots: list[int]) -> bytes:
    """Quotes the cells that hold a byte at one of `spots`; the others stay as they are."""
    parts = []
    done = 0                        # everything before this offset is in parts
    for spot in spots:
        if spot < done:
            continue                # inside a cell quoted already
        start = row.rfind(CELL, done, spot) + 1 or done
        end = row.find(CELL, spot)
        if end < 0:
            end = len(row)
        parts.append(row[done:start])
        parts.append(b'"' + row[start:end].replace(b'"', b'""') + b'"')
        done = end
    parts.append(row[done:])
    return b"".join(parts)


def neutralise(row: bytes) -> bytes:
    """An apostrophe before every cell that starts with = + - @, a tab or a carriage return,
    as `csv_format.neutralise` does to one cell."""
    if row.startswith(_STARTS):
        row = b"'" + row
    return _FORMULA_AFTER.sub(CELL + b"'", row)


def _positions(row: bytes, needle: bytes) -> list[int]:
    out = []
    spot = row.find(needle)
    while spot >= 0:
        out.append(spot)
        spot = row.find(needle, spot + len(needle))
    return out
