"""CSV export: scope → publication profile → rows of organisations, people or affiliations.

The affiliation rows are the app's own format in full (see `csv_format`): exported, imported
into an empty directory and exported again, they give the same file. Cells that a spreadsheet
would run as a formula (starting with = + - @, tab or carriage return) get a leading
apostrophe, which the import takes off again. In Windows-1251 a character that does not fit is
reported with its row and column, and nothing is written.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

from directory_app.exchange import csv_lines
from directory_app.exchange.audit import record_export
from directory_app.exchange.csv_format import ORG_COLUMNS, PERSON_COLUMNS, neutralise
from directory_app.exchange.csv_headers import header_key
from directory_app.exchange.csv_lines import CELL
from directory_app.exchange.csv_quoting import RowFormat
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.profiles import PUBLIC_HANDBOOK, Profile
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory

__all__ = ["ENCODINGS", "ROW_KINDS", "ExportOptions", "ExportResult", "available_columns",
           "export_csv", "neutralise"]

ROW_KINDS = ("affiliations", "organisations", "people")
ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1251": "cp1251",
             "windows-1251": "cp1251", "utf8": "utf-8"}
PEOPLE_ORG_COLUMNS = [("Organisation UID", "org.uid"), ("Organisation", "org.name")]


@dataclass
class ExportOptions:
    rows: str = "affiliations"
    columns: list[str] | None = None
    encoding: str = "utf-8"
    delimiter: str = ","
    profile: Profile = PUBLIC_HANDBOOK


@dataclass
class ExportResult:
    path: Path
    rows: int
    columns: list[str]


def available_columns(rows: str) -> list[str]:
    if rows == "organisations":
        return [h for h, _ in ORG_COLUMNS]
    if rows == "people":
        return [h for h, _ in PERSON_COLUMNS + PEOPLE_ORG_COLUMNS]
    return [h for h, _ in ORG_COLUMNS + PERSON_COLUMNS]


def _chosen_columns(options: ExportOptions) -> list[str]:
    if options.rows not in ROW_KINDS:
        raise ExchangeError(f"“{options.rows}” is not a row kind ({', '.join(ROW_KINDS)})")
    available = available_columns(options.rows)
    if not options.columns:
        return available
    by_key = {header_key(h): h for h in available}
    chosen = []
    for name in options.columns:
        found = by_key.get(header_key(name))
        if found is None:
            raise ExchangeError(f"“{name}” is not a column of the {options.rows} export; "
                                f"columns: {', '.join(available)}")
        chosen.append(found)
    return chosen


def export_csv(directory: Directory, path: Path | str, scope: Scope | None = None,
               options: ExportOptions | None = None, *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportResult | None:
    """Write the export; returns None when cancelled (nothing is left behind)."""
    options = options or ExportOptions()
    scope = scope or Scope()
    encoding = ENCODINGS.get(options.encoding.lower())
    if encoding is None:
        raise ExchangeError(f"“{options.encoding}” is not an export encoding "
                            "(utf-8, utf-8-sig or cp1251)")
    if len(options.delimiter) != 1:
        raise ExchangeError(f"the delimiter must be one character, not “{options.delimiter}”")
    columns = _chosen_columns(options)
    org_ids = scope.org_ids(directory)
    whole = scope == Scope()
    layout = _layout(options.rows)
    target = Path(path)
    with _no_gc(), _spill_file(target) as spill, directory.begin() as conn:
        raw = conn.connection.driver_connection
        lines = _Lines([layout.index(h) for h in columns], len(layout), encoding,
                       options.delimiter, spill)
        pieces = _pieces(raw, org_ids, whole, options, lines, progress, cancelled)
        if pieces is None:
            return None
        loose = _loose_pieces(raw, options, lines) if whole else ()
        written = _write(target, columns, lines, [*pieces, *loose])
    record_export(directory, format="csv", target=str(target), profile=options.profile,
                  scope=scope, count=written)
    return ExportResult(target, written, columns)


@contextmanager
def _spill_file(target: Path) -> Iterator[BinaryIO]:
    """A nameless file beside the target for the finished lines in reading order (an export
    of 100,000 entries can reach hundreds of megabytes); it goes away when closed."""
    try:
        spill = tempfile.TemporaryFile(dir=target.parent)
    except OSError as exc:
        raise ExchangeError(f"cannot write {target}: {exc.strerror or exc}") from None
    with spill:
        yield spill


@contextmanager
def _no_gc():
    """The cyclic garbage collector paused: an export allocates millions of row tuples and
    cells, none in cycles, and the collector's passes over them took a sixth of its time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# An organisation's rows, finished: (number of rows, (offset, length) of their encoded lines in
# the spill file), or (number of rows, the rows' chosen cells) when the encoding cannot hold
# some character of them.
Piece = tuple[int, tuple[int, int] | list[list[str]]]


class _Lines:
    """Rows (`csv_lines` bytes, the layout's cells) → finished CSV lines in the export's
    encoding, one piece per organisation."""

    def __init__(self, picks: list[int], width: int, encoding: str, delimiter: str,
                 spill: BinaryIO):
        self.bom = encoding == "utf-8-sig"
        self.encoding = "utf-8" if self.bom else encoding
        self.format = RowFormat(delimiter)
        self.delimiter = delimiter
        self.cells = len(picks)
        self.picks = None if picks == list(range(width)) else picks
        self.pick = itemgetter(*picks)
        self.spill = spill
        self.size = 0

    def header(self, columns: list[str]) -> bytes:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=self.delimiter, lineterminator="\r\n").writerow(columns)
        return buffer.getvalue().encode(self.encoding)

    def chosen(self, row: bytes) -> bytes:
        if self.picks is None:
            return row
        cells = row.split(CELL)
        return cells[self.picks[0]] if self.cells == 1 else CELL.join(self.pick(cells))

    def piece(self, rows: list[bytes]) -> Piece:
        rows = [self.chosen(row) for row in rows]
        line = self.format.row
        data = b"".join([line(row, self.cells) + b"\r\n" for row in rows])
        if self.encoding != "utf-8":
            try:
                data = data.decode("utf-8").encode(self.encoding)
            except UnicodeEncodeError:
                return len(rows), [[neutralise(c.decode("utf-8")) for c in row.split(CELL)]
                                   for row in rows]
        start = self.size
        self.spill.write(data)
        self.size += len(data)
        return len(rows), (start, len(data))

    def read(self, where: tuple[int, int]) -> bytes:
        return os.pread(self.spill.fileno(), where[1], where[0])


def _pieces(raw, org_ids: list[int], whole: bool, options: ExportOptions, lines: _Lines,
            progress, cancelled) -> list[Piece | None] | None:
    """Every organisation's rows, read in id order and placed in the scope's (name) order.

    Reading the tables in id order keeps SQLite on neighbouring pages; reading them in name
    order made it fetch a page from the file for almost every row. None when cancelled.
    """
    place = {org_id: n for n, org_id in enumerate(org_ids)}
    first = csv_lines.first_places(raw, place) if options.rows == "people" else None
    reader = csv_lines.Reader(raw, options.profile, contacts=options.rows != "people",
                              people=options.rows != "organisations")
    ordered = sorted(org_ids)
    out: list[Piece | None] = [None] * len(org_ids)
    done = 0
    for start in range(0, len(ordered), csv_lines.CHUNK):
        if cancelled is not None and cancelled():
            return None
        ids = ordered[start:start + csv_lines.CHUNK]
        chunk = reader.chunk(ids, whole=whole)
        for org_id in ids:
            org = chunk.orgs.get(org_id)
            if org is not None:
                n = place[org_id]
                out[n] = lines.piece(_org_rows(chunk, options.rows, org_id, org, first, n))
        done += len(ids)
        if progress is not None:
            progress(done, len(org_ids))
    return out


def _loose_pieces(raw, options: ExportOptions, lines: _Lines) -> Iterator[Piece]:
    """The rows of people who belong to no organisation, a chunk at a time."""
    if options.rows == "organisations":
        return
    reader = csv_lines.Reader(raw, options.profile, contacts=False, people=False)
    for people in reader.loose():
        rows = [_loose_row(p.row, options.rows) for p in people if p.row is not None]
        if rows:
            yield lines.piece(rows)


def _write(target: Path, columns: list[str], lines: _Lines, pieces: list[Piece | None]) -> int:
    tmp = target.with_name(target.name + ".part")
    problems: list[str] = []
    count = 0
    try:
        with tmp.open("wb") as fh:
            if lines.bom:
                fh.write(codecs.BOM_UTF8)
            fh.write(lines.header(columns))
            lines.spill.flush()
            for piece in pieces:
                if piece is None:
                    continue
                n, where = piece
                if isinstance(where, tuple):
                    fh.write(lines.read(where))
                else:
                    for k, cells in enumerate(where, start=count + 1):
                        problems.extend(_unencodable(cells, columns, k, lines.encoding))
                count += n
        if problems:
            shown = "; ".join(problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise ExchangeError(f"{target.name}: characters that Windows-1251 cannot hold: "
                                f"{shown}{more}; export as UTF-8 instead")
        os.replace(tmp, target)
    except OSError as exc:
        raise ExchangeError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return count


def _unencodable(cells: list[str], columns: list[str], row: int, encoding: str) -> list[str]:
    out = []
    for cell, column in zip(cells, columns, strict=True):
        bad = sorted({ch for ch in cell if not _fits(ch, encoding)})
        if bad:
            out.append(f"row {row}, column {column}: " + " ".join(
                f"“{ch}” (U+{ord(ch):04X})" for ch in bad))
    return out


def _fits(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


# -- rows ---------------------------------------------------------------------------------------
# Rows are `csv_lines` bytes in the order of ORG_COLUMNS + PERSON_COLUMNS (+ PEOPLE_ORG_COLUMNS
# for the people rows); the chosen columns are picked when they are written.
_NO_ORG = CELL * (len(ORG_COLUMNS) - 1)
_NO_PERSON = CELL * (len(PERSON_COLUMNS) - 1)


def _layout(rows: str) -> list[str]:
    if rows == "organisations":
        return [h for h, _ in ORG_COLUMNS]
    if rows == "people":
        return [h for h, _ in PERSON_COLUMNS + PEOPLE_ORG_COLUMNS]
    return [h for h, _ in ORG_COLUMNS + PERSON_COLUMNS]


def _org_rows(chunk: csv_lines.Chunk, rows: str, org_id: int, org: bytes,
              first: dict[int, int] | None, place: int) -> list[bytes]:
    """One organisation's rows; in the people rows each person goes with the first of their
    organisations in the scope's order (`first`: person id → that organisation's place)."""
    if rows == "organisations":
        return [org]
    people = chunk.people.get(org_id, ())
    if rows == "people":
        uid_and_name = CELL.join(org.split(CELL, 2)[:2])
        seen = set()
        out = []
        for person in people:
            if first[person.person_id] == place and person.person_id not in seen:
                seen.add(person.person_id)
                if person.row is not None:
                    out.append(person.row + CELL + uid_and_name)
        return out
    shown = [org + CELL + person.row for person in people if person.row is not None]
    return shown or [org + CELL + _NO_PERSON]


def _loose_row(person: bytes, rows: str) -> bytes:
    """The row of someone who belongs to no organisation."""
    return person + CELL + CELL if rows == "people" else _NO_ORG + CELL + person
