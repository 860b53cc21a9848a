"""An export's organisations turned into finished lines, read in id order, placed by name.

Each organisation becomes a piece: the number of its rows and where its finished, encoded
lines lie in a spill file (a nameless file beside the target), or, when the export's encoding
cannot hold some character of them, the rows' cells for the report. The organisations are read
in id order, which keeps SQLite on neighbouring pages (in name order it fetched a page from the
file for almost every row), and each piece is put at its organisation's place in the scope's
(name) order; `csv_export` writes them out in that order.

A large export is shared out in parts (`export_parts`): the parent reads the first part while
forked children read the others, each into a spill file of its own. Every process reads in a
transaction of its own, so the parts are checked to come from the same state of the directory
(`_stamp`); a part from another state, or from a child that failed, is read again here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, BinaryIO

from directory_app.exchange import csv_lines, export_parts
from directory_app.exchange.csv_format import ORG_COLUMNS, PERSON_COLUMNS
from directory_app.exchange.csv_lines import CELL
from directory_app.exchange.csv_quoting import ChunkFormat
from directory_app.exchange.profiles import Profile

# (number of rows, (spill number, offset, length) of their lines) or (number of rows, cells)
Piece = tuple[int, tuple[int, int, int] | list[list[str]]]


class Lines:
    """Rows (`csv_lines` bytes) → finished CSV lines in the export's encoding, written to one
    spill file, a piece per organisation."""

    def __init__(self, picks: list[int], width: int, encoding: str, delimiter: str,
                 spill: BinaryIO, number: int = 0):
        self.encoding = encoding
        self.delimiter = delimiter
        self.format = ChunkFormat(delimiter, len(picks))
        self.picks = None if picks == list(range(width)) else picks
        self.pick = itemgetter(*picks)
        self.spill = spill
        self.number = number
        self.size = 0

    def pieces(self, groups: list[tuple[int, list[bytes]]]) -> list[tuple[int, Piece]]:
        """(key, piece) of each (key, rows) in `groups`: the rows formatted all at once, their
        lines written to the spill file at once."""
        rows = [row for _key, group in groups for row in group]
        if self.picks is not None:
            rows = [self.chosen(row) for row in rows]
        lines = self.format.lines(rows)
        out: list[tuple[int, Piece]] = []
        written = []
        size, number, recode = self.size, self.number, self.encoding != "utf-8"
        start = 0
        for key, group in groups:
            n = len(group)
            data = (lines[start] if n == 1 else b"\r\n".join(lines[start:start + n])) + b"\r\n"
            start += n
            if recode:
                try:
                    data = data.decode("utf-8").encode(self.encoding)
                except UnicodeEncodeError:
                    out.append((key, (n, self._cells(data.decode("utf-8")))))
                    continue
            out.append((key, (n, (number, size, len(data)))))
            written.append(data)
            size += len(data)
        self.spill.write(b"".join(written))
        self.size = size
        return out

    def chosen(self, row: bytes) -> bytes:
        cells = row.split(CELL)
        return cells[self.picks[0]] if len(self.picks) == 1 else CELL.join(self.pick(cells))

    def _cells(self, text: str) -> list[list[str]]:
        """The rows' cells as written (for the report of what the encoding cannot hold)."""
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter))


@dataclass
class Job:
    """What every part of one export shares."""

    rows: str                       # affiliations, organisations or people
    profile: Profile
    whole: bool                     # the whole directory: id ranges instead of id lists
    place: dict[int, int] | None    # organisation id → its place in the scope's order (people
                                    # rows; the other rows are placed once they are read)
    first: dict[int, int] | None    # people rows: person id → their first organisation's place

    def reader(self, raw, *, loose: bool = False) -> csv_lines.Reader:
        return csv_lines.Reader(raw, self.profile, contacts=not loose and self.rows != "people",
                                people=not loose and self.rows != "organisations")


def pieces(directory, raw, ordered: list[int], job: Job, make_lines: Callable[..., Lines],
           spills: Callable[[], tuple[BinaryIO, int]], progress, cancelled, *,
           places: Callable[[], dict[int, int]]) -> list[Piece | None] | None:
    """The pieces of the organisations `ordered` (ascending ids) in the scope's order, then
    those of the people who belong to no organisation (for the whole directory); None when
    cancelled.

    `spills()` gives a new spill file and its number, `make_lines(spill, number)` the Lines
    that write into it; `places()` the scope's order (organisation id → place), asked for
    once the parent has read its own part, when `job.place` is not known yet.
    """
    parts = export_parts.split(ordered, export_parts.how_many(len(ordered)))
    children = []
    for part in parts[1:]:
        lines = make_lines(*spills())
        children.append((export_parts.Child(_child, (directory, part, job, lines)), part, lines))
    counts = [0] * len(parts)

    def report_for(number: int) -> Callable[[int], None]:
        def report(done: int) -> None:
            counts[number] = done
            for k, (child, _part, _lines) in enumerate(children, start=1):
                if child.outcome is None:
                    child.poll()
                    counts[k] = child.done
            if progress is not None:
                progress(sum(counts), len(ordered))
        return report

    try:
        stamp = _stamp(raw)
        own = read_part(raw, parts[0], job, make_lines(*spills()), report_for(0), cancelled)
        if own is None:
            return None
        found = [own]
        # while the children finish:
        loose = _loose_pieces(raw, job, make_lines, spills)
        place = job.place if job.place is not None else places()
        for number, (child, part, lines) in enumerate(children, start=1):
            answer = child.result(cancelled)
            if answer is None or answer[0] != stamp:     # failed, or read another state
                lines.size = 0
                lines.spill.seek(0)
                lines.spill.truncate()
                answer = (stamp, read_part(raw, part, job, lines, report_for(number),
                                           cancelled))
            if answer[1] is None:
                return None
            found.append(answer[1])
            counts[number] = len(part)
        if progress is not None:
            progress(len(ordered), len(ordered))
    finally:
        for child, _part, _lines in children:
            child.stop()
    out: list[Piece | None] = [None] * len(place)
    for read in found:
        for org_id, piece in read:
            n = place.get(org_id)       # None: created after the scope was taken
            if n is not None:
                out[n] = piece
    return out + loose


def read_part(raw, ids: list[int], job: Job, lines: Lines, report: Callable[[int], None],
              cancelled: Callable[[], bool] | None = None) -> list[tuple[int, Piece]] | None:
    """(organisation id, piece) of the organisations `ids` (ascending); None when
    cancelled."""
    reader = job.reader(raw)
    out = []
    for start in range(0, len(ids), csv_lines.CHUNK):
        if cancelled is not None and cancelled():
            return None
        chunk_ids = ids[start:start + csv_lines.CHUNK]
        chunk = reader.chunk(chunk_ids, whole=job.whole)
        groups = []
        for org_id in chunk_ids:
            org = chunk.orgs.get(org_id)
            if org is not None:
                rows = org_rows(chunk, job, org_id, org)
                if rows:
                    groups.append((org_id, rows))
        out.extend(lines.pieces(groups))
        report(start + len(chunk_ids))
    lines.spill.flush()
    return out


def _child(directory, ids: list[int], job: Job, lines: Lines, *, report) -> tuple[Any, list]:
    """A child's part: its own connection and transaction, and the state it read (`_stamp`)."""
    raw = directory.raw_connection(read_only=directory.read_only)
    try:
        raw.isolation_level = None
        raw.execute("PRAGMA cache_size = -65536")
        raw.execute("BEGIN")
        stamp = _stamp(raw)
        return stamp, read_part(raw, ids, job, lines, report)
    finally:
        raw.close()


def _stamp(raw) -> int | None:
    """The state of the directory as one transaction sees it: every change of an entry adds a
    change-log line, and an undone import takes its lines away, so two transactions that see
    the same last line see the same entries."""
    return raw.execute("SELECT max(id) FROM changelog").fetchone()[0]


def _loose_pieces(raw, job: Job, make_lines, spills) -> list[Piece]:
    """The rows of people who belong to no organisation (for the whole directory), a chunk at
    a time."""
    if not job.whole or job.rows == "organisations":
        return []
    lines = make_lines(*spills())
    out = []
    for people in job.reader(raw, loose=True).loose():
        rows = [_loose_row(p.row, job.rows) for p in people if p.row is not None]
        if rows:
            out.append(lines.pieces([(-1, rows)])[0][1])
    return out


# -- rows ---------------------------------------------------------------------------------------
# Rows are `csv_lines` bytes in the order of `csv_lines.layout(job.rows)`; the chosen columns
# are picked when they are formatted.
_NO_ORG = CELL * (len(ORG_COLUMNS) - 1)
_NO_PERSON = CELL * (len(PERSON_COLUMNS) - 1)


def org_rows(chunk: csv_lines.Chunk, job: Job, org_id: int, org: bytes) -> list[bytes]:
    """One organisation's rows; in the people rows each person goes with the first of their
    organisations in the scope's order (`job.first`: person id → that organisation's place)."""
    if job.rows == "organisations":
        return [org]
    people = chunk.people.get(org_id, ())
    if job.rows == "people":
        place = job.place.get(org_id)
        uid_and_name = CELL.join(org.split(CELL, 2)[:2])
        seen = set()
        out = []
        for person in people:
            if job.first[person.person_id] == place and person.person_id not in seen:
                seen.add(person.person_id)
                if person.row is not None:
                    out.append(person.row + CELL + uid_and_name)
        return out
    shown = [org + CELL + person.row for person in people if person.row is not None]
    return shown or [org + CELL + _NO_PERSON]


def _loose_row(person: bytes, rows: str) -> bytes:
    """The row of someone who belongs to no organisation."""
    return person + CELL + CELL if rows == "people" else _NO_ORG + CELL + person
