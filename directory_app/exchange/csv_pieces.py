"""An export's organisations turned into finished lines, read in id order, placed by name.

Each organisation becomes a piece: the number of its rows and where its finished, encoded
lines lie in a spill file (a nameless file beside the target), or, when the export's encoding
cannot hold some character of them, the rows' cells for the report. The organisations are read
in id order, which keeps SQLite on neighbouring pages (in name order it fetched a page from the
file for almost every row), and each piece is put at its organisation's place in the scope's
(name) order; `csv_export` writes them out in that order.

A large export is shared out (`export_parts`): the parent and forked children each take the
next chunk of organisations when they are free, and write into a spill file of their own.
Every process reads in a transaction of its own, so the parts are checked to come from the
same state of the directory (`_stamp`); the chunks of a part from another state, or of a child
that failed, are read again here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, count
from operator import add, itemgetter
from typing import Any, BinaryIO

from directory_app.exchange import csv_lines, export_parts
from directory_app.exchange.csv_format import ORG_COLUMNS, PERSON_COLUMNS
from directory_app.exchange.csv_lines import CELL
from directory_app.exchange.csv_quoting import ChunkFormat
from directory_app.exchange.profiles import Profile


@dataclass
class Part:
    """Pieces of an export in the order they were read, each an organisation's finished lines
    (or a chunk of people of none) laid one after the other in one spill file. Plain lists of
    numbers: a child process sends its part back pickled, and 100,000 pieces as tuples took a
    tenth of a second to pickle, place and free."""

    spill: int                                  # the spill file's number
    keys: list[int] = field(default_factory=list)   # each piece's organisation id (-1: none)
    rows: list[int] = field(default_factory=list)   # how many rows each piece holds
    ends: list[int] = field(default_factory=list)   # where each piece's lines end in the spill
    # piece index → its rows' cells, for a piece the encoding cannot hold (no lines in the
    # spill: it ends where the piece before it ended)
    cells: dict[int, list[list[str]]] = field(default_factory=dict)
    chunks: list[int] = field(default_factory=list)  # the numbers of the chunks read into it

    def starts(self) -> list[int]:
        """Where each piece's lines start in the spill."""
        return [0, *self.ends[:-1]] if self.ends else []


class Lines:
    """Rows (`csv_lines` bytes) → finished CSV lines in the export's encoding, written to one
    spill file, a piece per organisation, noted in a `Part`."""

    def __init__(self, picks: list[int], width: int, encoding: str, delimiter: str,
                 spill: BinaryIO, number: int = 0):
        self.encoding = encoding
        self.delimiter = delimiter
        self.format = ChunkFormat(delimiter, len(picks))
        self.picks = None if picks == list(range(width)) else picks
        self.pick = itemgetter(*picks)
        self.spill = spill
        self.part = Part(number)
        self.size = 0

    def add(self, keys: list[int], counts: list[int], rows: list[bytes]) -> None:
        """A piece for each of `keys`, holding its count of `rows` (the rows one piece after
        the other): the rows formatted all at once, their lines written to the spill file at
        once."""
        if not rows:
            return
        if self.picks is not None:
            rows = [self.chosen(row) for row in rows]
        lines = self.format.lines(rows)
        if self.encoding != "utf-8":
            self._add_recoded(keys, counts, lines)
            return
        # where each line ends in the spill ("\r\n" included), then each piece
        ends = list(map(add, accumulate(map(len, lines)), count(self.size + 2, 2)))
        if len(counts) != len(lines):
            ends = [ends[n - 1] for n in accumulate(counts)]
        self.spill.write(b"\r\n".join(lines) + b"\r\n")
        self.size = ends[-1]
        part = self.part
        part.keys.extend(keys)
        part.rows.extend(counts)
        part.ends.extend(ends)

    def _add_recoded(self, keys: list[int], counts: list[int], lines: list[bytes]) -> None:
        """`add` in an encoding other than UTF-8: a piece that it cannot hold keeps its cells
        for the report instead of lines."""
        part = self.part
        written = []
        size, start = self.size, 0
        for key, n in zip(keys, counts, strict=True):
            data = b"\r\n".join(lines[start:start + n]) + b"\r\n"
            start += n
            try:
                data = data.decode("utf-8").encode(self.encoding)
            except UnicodeEncodeError:
                part.cells[len(part.keys)] = self._cells(data.decode("utf-8"))
                data = b""
            size += len(data)
            part.keys.append(key)
            part.rows.append(n)
            part.ends.append(size)
            written.append(data)
        self.spill.write(b"".join(written))
        self.size = size

    def chosen(self, row: bytes) -> bytes:
        cells = row.split(CELL)
        return cells[self.picks[0]] if len(self.picks) == 1 else CELL.join(self.pick(cells))

    def _cells(self, text: str) -> list[list[str]]:
        """The rows' cells as written (for the report of what the encoding cannot hold)."""
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter))


@dataclass
class Read:
    """Everything an export read: the parts of its organisations, the scope's order of those
    organisations (ids), and the people of no organisation (in their order)."""

    parts: list[Part]
    order: list[int]
    loose: Part | None


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
        people = {"affiliations": "rows", "people": "persons"}.get(self.rows)
        return csv_lines.Reader(raw, self.profile, contacts=not loose and self.rows != "people",
                                people=None if loose else people)


def pieces(directory, raw, ordered: list[int], job: Job, make_lines: Callable[..., Lines],
           spills: Callable[[], tuple[BinaryIO, int]], progress, cancelled, *,
           order: Callable[[], list[int]]) -> Read | None:
    """The pieces of the organisations `ordered` (ascending ids), and of the people who belong
    to no organisation (for the whole directory); None when cancelled.

    `spills()` gives a new spill file and its number, `make_lines(spill, number)` the Lines
    that write into it; `order()` the scope's order (organisation ids), asked for before the
    parent reads chunks, while the children read theirs.
    """
    workers = export_parts.how_many(len(ordered))
    chunks = chunked(ordered, shared=workers > 1)
    claims = export_parts.Claims(len(chunks), shared=workers > 1)
    children = [export_parts.Child(_child, (directory, chunks, claims, job,
                                            make_lines(*spills())))
                for _ in range(workers - 1 if claims.shared else 0)]
    counts = [0] * (len(children) + 1)

    def report_for(number: int) -> Callable[[int], None]:
        def report(done: int) -> None:
            counts[number] = done
            for k, child in enumerate(children, start=1):
                if child.outcome is None:
                    child.poll()
                    counts[k] = child.done
            if progress is not None:
                progress(min(sum(counts), len(ordered)), len(ordered))
        return report

    try:
        stamp = _stamp(raw)
        # first, while the children take the first chunks: when the parent runs out of chunks
        # it would otherwise do this alone while the children sit idle
        loose = _loose_part(raw, job, make_lines, spills)
        scope_order = order()
        lines = make_lines(*spills())
        own = read_part(raw, chunks, claims.claim, job, lines, report_for(0), cancelled)
        if own is None:
            return None
        found = [own]
        for child in children:
            answer = child.result(cancelled)
            if answer is not None and answer[0] == stamp:   # else failed, or read another state
                found.append(answer[1])
        if cancelled is not None and cancelled():
            return None
        read = {number for part in found for number in part.chunks}
        left = [number for number in range(len(chunks)) if number not in read]
        if left:
            before, report = counts[0], report_for(0)
            rest = iter(left)
            if read_part(raw, chunks, lambda: next(rest, None), job, lines,
                         lambda done: report(before + done), cancelled) is None:
                return None
        if progress is not None:
            progress(len(ordered), len(ordered))
    finally:
        for child in children:
            child.stop()
    return Read(found, scope_order, loose)


def chunked(ids: list[int], *, shared: bool) -> list[list[int]]:
    """`ids` in chunks of `csv_lines.CHUNK`; when processes share them, the last ones are
    smaller, so that the processes run out of work at about the same time (with whole chunks,
    one of them waited up to a chunk's time for the other)."""
    size, small = csv_lines.CHUNK, max(1, csv_lines.CHUNK // 5)
    whole = len(ids) if not shared else max(0, len(ids) - 2 * size) // size * size
    return ([ids[k:k + size] for k in range(0, whole, size)]
            + [ids[k:k + small] for k in range(whole, len(ids), small)])


def read_part(raw, chunks: list[list[int]], claim: Callable[[], int | None], job: Job,
              lines: Lines, report: Callable[[int], None],
              cancelled: Callable[[], bool] | None = None) -> Part | None:
    """Reads the chunks of organisation ids (each ascending) that `claim()` gives, until it
    gives None, into `lines`; its part, or None when cancelled."""
    reader = job.reader(raw)
    done = 0
    while (number := claim()) is not None:
        if cancelled is not None and cancelled():
            return None
        chunk_ids = chunks[number]
        lines.add(*chunk_rows(reader.chunk(chunk_ids, whole=job.whole), job))
        lines.part.chunks.append(number)
        done += len(chunk_ids)
        report(done)
    lines.spill.flush()
    return lines.part


def _child(directory, chunks: list[list[int]], claims: export_parts.Claims, job: Job,
           lines: Lines, *, report) -> tuple[Any, Part]:
    """A child's chunks: its own connection and transaction, and the state it read
    (`_stamp`)."""
    raw = directory.raw_connection(read_only=directory.read_only)
    try:
        raw.isolation_level = None
        raw.execute("PRAGMA cache_size = -65536")
        raw.execute("BEGIN")
        stamp = _stamp(raw)
        return stamp, read_part(raw, chunks, claims.claim, job, lines, report)
    finally:
        raw.close()


def _stamp(raw) -> int | None:
    """The state of the directory as one transaction sees it: every change of an entry adds a
    change-log line, and an undone import takes its lines away, so two transactions that see
    the same last line see the same entries."""
    return raw.execute("SELECT max(id) FROM changelog").fetchone()[0]


def _loose_part(raw, job: Job, make_lines, spills) -> Part | None:
    """The rows of people who belong to no organisation (for the whole directory), a chunk at
    a time."""
    if not job.whole or job.rows == "organisations":
        return None
    lines = make_lines(*spills())
    for people in job.reader(raw, loose=True).loose():
        rows = [_loose_row(p.row, job.rows) for p in people if p.row is not None]
        if rows:
            lines.add([-1], [len(rows)], rows)
    lines.spill.flush()
    return lines.part


# -- rows ---------------------------------------------------------------------------------------
# Rows are `csv_lines` bytes in the order of `csv_lines.layout(job.rows)`; the chosen columns
# are picked when they are formatted.
_NO_ORG = CELL * (len(ORG_COLUMNS) - 1)
_NO_PERSON = CELL * (len(PERSON_COLUMNS) - 1)


def chunk_rows(chunk: csv_lines.Chunk, job: Job) -> tuple[list[int], list[int], list[bytes]]:
    """A chunk's pieces for `Lines.add`: the organisations that have rows, how many rows each
    has, and the rows one after the other. In the people rows each person goes with the first
    of their organisations in the scope's order (`job.first`: person id → that organisation's
    place)."""
    if job.rows == "organisations":
        return chunk.keys, [1] * len(chunk.keys), chunk.orgs
    if job.rows == "people":
        return _people_rows(chunk, job)
    keys, counts, rows = chunk.keys, [], []
    get, no_person = chunk.people.get, CELL + _NO_PERSON
    for key, org in zip(keys, chunk.orgs, strict=True):
        people = get(key)
        if people is None:
            rows.append(org + no_person)
            counts.append(1)
        else:
            head = org + CELL
            rows.extend([head + person for person in people])
            counts.append(len(people))
    return keys, counts, rows


def _people_rows(chunk: csv_lines.Chunk, job: Job) -> tuple[list[int], list[int], list[bytes]]:
    keys, counts, rows = [], [], []
    for key, org in zip(chunk.keys, chunk.orgs, strict=True):
        place = job.place.get(key)
        uid_and_name = CELL.join(org.split(CELL, 2)[:2])
        seen = set()
        out = []
        for person in chunk.people.get(key, ()):
            if job.first[person.person_id] == place and person.person_id not in seen:
                seen.add(person.person_id)
                if person.row is not None:
                    out.append(person.row + CELL + uid_and_name)
        if out:
            keys.append(key)
            counts.append(len(out))
            rows.extend(out)
    return keys, counts, rows


def _loose_row(person: bytes, rows: str) -> bytes:
    """The row of someone who belongs to no organisation."""
    return person + CELL + CELL if rows == "people" else _NO_ORG + CELL + person
