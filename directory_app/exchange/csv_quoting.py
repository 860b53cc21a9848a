"""Rows of `csv_lines` cells → CSV lines, exactly as `csv.writer` writes them.

Why not `csv.writer` itself: it wants a list of str per row, and making those six million
strings for 100,000 organisations cost more than the whole export may (issue 4's target is a
third of `csv.writer`'s own rate). Here the rows of a chunk are joined into one UTF-8 `bytes`
value: cells that a spreadsheet would run as a formula get their apostrophe, cells holding the
delimiter, a quote or a line break get quoted, and the separators become the delimiter, each by
a C-level pass over the whole chunk; only the cells that need quoting are looked at one by one.
`tests/test_csv_quoting.py` checks the result against `csv.writer` on arbitrary cells.
"""

from __future__ import annotations

from directory_app.exchange.csv_format import FORMULA_STARTS
from directory_app.exchange.csv_lines import CELL

# Between two rows of a chunk: a cell separator after the last cell of a row and before the
# first cell of the next, so that every cell runs from one 0xFF to the next; 0xFD between them
# marks the row end.
_ROW_END = CELL + b"\xfd" + CELL
_STARTS = tuple(ch.encode() for ch in sorted(FORMULA_STARTS))
# The formula characters turned into NUL (which stored text never holds): a cell that starts
# with one is then a 0xFF followed by NUL, which `find` skips to quickly.
_FORMULAS = bytes.maketrans(b"".join(_STARTS), b"\0" * len(_STARTS))


class ChunkFormat:
    """Turns chunks of rows into CSV lines for one delimiter (any one character) and a number
    of cells per row."""

    def __init__(self, delimiter: str, cells: int):
        self.delimiter = delimiter.encode("utf-8")
        self.cells = cells
        # What makes csv.writer (QUOTE_MINIMAL, line end "\r\n") quote a cell. When each is one
        # byte, one `translate` turns them all into NUL, which stored text never holds (see
        # `csv_lines._printf`), and `find` looks for that one byte.
        specials = {self.delimiter, b'"', b"\n", b"\r"}
        self.specials = tuple(specials)
        self.table = None
        if all(len(s) == 1 for s in specials):
            self.table = bytes.maketrans(b"".join(specials), b"\0" * len(specials))

    def lines(self, rows: list[bytes]) -> list[bytes]:
        """The CSV lines (without their line ends) of `rows`."""
        if not rows:
            return []
        chunk = neutralise(_ROW_END.join(rows))
        chunk = self._quote(chunk, self._spots(chunk)).replace(CELL, self.delimiter)
        out = chunk.split(self.delimiter + b"\xfd" + self.delimiter)
        if self.cells == 1:         # csv.writer quotes a row of one empty cell
            out = [line or b'""' for line in out]
        return out

    def _spots(self, chunk: bytes) -> list[int]:
        """Where the bytes that need quoting are."""
        if self.table is not None:
            return _positions(chunk.translate(self.table), b"\0")
        return sorted(p for s in self.specials for p in _positions(chunk, s))

    @staticmethod
    def _quote(chunk: bytes, spots: list[int]) -> bytes:
        """Quotes the cells that hold a byte at one of `spots`."""
        parts = []
        append = parts.append
        rfind, find = chunk.rfind, chunk.find
        done = 0                    # everything before this offset is in parts
        for spot in spots:
            if spot < done:
                continue            # inside a cell quoted already
            start = rfind(CELL, done, spot) + 1 or done
            end = find(CELL, spot)
            if end < 0:
                end = len(chunk)
            append(chunk[done:start])
            append(b'"' + chunk[start:end].replace(b'"', b'""') + b'"')
            done = end
        append(chunk[done:])
        return b"".join(parts)


def neutralise(chunk: bytes) -> bytes:
    """An apostrophe before every cell that starts with = + - @, a tab or a carriage return,
    as `csv_format.neutralise` does to one cell."""
    spots = _positions(chunk.translate(_FORMULAS), CELL + b"\0")
    if spots:
        parts = []
        done = 0
        for spot in spots:
            parts.append(chunk[done:spot + 1])
            done = spot + 1
        parts.append(chunk[done:])
        chunk = b"'".join(parts)
    return b"'" + chunk if chunk.startswith(_STARTS) else chunk


def _positions(data: bytes, needle: bytes) -> list[int]:
    out = []
    spot = data.find(needle)
    while spot >= 0:
        out.append(spot)
        spot = data.find(needle, spot + len(needle))
    return out
