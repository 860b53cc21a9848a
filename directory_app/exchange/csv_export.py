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

from directory_app.exchange import csv_data
from directory_app.exchange.audit import record_export
from directory_app.exchange.csv_format import ORG_COLUMNS, PERSON_COLUMNS, neutralise
from directory_app.exchange.csv_headers import header_key
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
        lines = _Lines([layout.index(h) for h in columns], encoding, options.delimiter, spill)
        pieces = _pieces(conn, org_ids, options, lines, progress, cancelled)
        if pieces is None:
            return None
        loose = (lines.piece(list(_loose_rows(chunk, options.rows)))
                 for chunk in csv_data.loose_chunks(conn, options.profile)) if whole else ()
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
    """Rows → finished CSV lines in the export's encoding, one piece per organisation."""

    def __init__(self, picks: list[int], encoding: str, delimiter: str, spill: BinaryIO):
        self.bom = encoding == "utf-8-sig"
        self.encoding = "utf-8" if self.bom else encoding
        self.buffer = io.StringIO(newline="")
        self.writer = csv.writer(self.buffer, delimiter=delimiter, lineterminator="\r\n")
        if picks == list(range(len(picks))):
            self.pick = None
        else:
            many = itemgetter(*picks)
            self.pick = (lambda row: [many(row)]) if len(picks) == 1 else many
        self.spill = spill
        self.size = 0

    def text(self, rows: list[list[str]]) -> str:
        buffer = self.buffer
        buffer.seek(0)
        buffer.truncate()
        self.writer.writerows(rows)
        return buffer.getvalue()

    def piece(self, rows: list[list[str]]) -> Piece:
        if self.pick is not None:
            rows = [self.pick(row) for row in rows]
        try:
            data = self.text(rows).encode(self.encoding)
        except UnicodeEncodeError:
            return len(rows), rows
        start = self.size
        self.spill.write(data)
        self.size += len(data)
        return len(rows), (start, len(data))

    def read(self, where: tuple[int, int]) -> bytes:
        return os.pread(self.spill.fileno(), where[1], where[0])


def _pieces(conn, org_ids: list[int], options: ExportOptions, lines: _Lines, progress,
            cancelled) -> list[Piece | None] | None:
    """Every organisation's rows, read in id order and placed in the scope's (name) order.

    Reading the tables in id order keeps SQLite on neighbouring pages; reading them in name
    order made it fetch a page from the file for almost every row. None when cancelled.
    """
    place = {org_id: n for n, org_id in enumerate(org_ids)}
    first = csv_data.first_places(conn, place) if options.rows == "people" else None
    out: list[Piece | None] = [None] * len(org_ids)
    done = 0
    for chunk in csv_data.chunks(conn, sorted(org_ids), options.profile):
        if cancelled is not None and cancelled():
            return None
        for org_id, org in chunk.orgs:
            n = place[org_id]
            out[n] = lines.piece(list(_org_rows(chunk, options.rows, org_id, org, first, n)))
        done += len(chunk.orgs)
        if progress is not None:
            progress(done, len(org_ids))
    return out


def _write(target: Path, columns: list[str], lines: _Lines, pieces: list[Piece | None]) -> int:
    tmp = target.with_name(target.name + ".part")
    problems: list[str] = []
    count = 0
    try:
        with tmp.open("wb") as fh:
            if lines.bom:
                fh.write(codecs.BOM_UTF8)
            fh.write(lines.text([columns]).encode(lines.encoding))
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


# -- rows -----------------------------------------------------------------------------------
# Rows are lists in the order of ORG_COLUMNS + PERSON_COLUMNS (+ PEOPLE_ORG_COLUMNS for the
# people rows), their cells already neutralised by `csv_data`; the chosen columns are picked
# by index when writing.
_NO_ORG = [""] * len(ORG_COLUMNS)
_NO_PERSON = [""] * len(PERSON_COLUMNS)


def _layout(rows: str) -> list[str]:
    if rows == "organisations":
        return [h for h, _ in ORG_COLUMNS]
    if rows == "people":
        return [h for h, _ in PERSON_COLUMNS + PEOPLE_ORG_COLUMNS]
    return [h for h, _ in ORG_COLUMNS + PERSON_COLUMNS]


def _org_rows(chunk: csv_data.Chunk, rows: str, org_id: int, org: list[str],
             first: dict[int, int] | None, place: int) -> Iterator[list[str]]:
    """One organisation's rows; in the people rows each person goes with the first of their
    organisations in the scope's order (`first`: person id → that organisation's place)."""
    if rows == "organisations":
        yield org
        return
    people = chunk.people.get(org_id, ())
    if rows == "people":
        seen = set()
        for person_id, cells in people:
            if first[person_id] == place and person_id not in seen:
                seen.add(person_id)
                if cells is not None:
                    yield cells + org[:2]       # its UID and name, neutralised like every cell
        return
    shown = [cells for _pid, cells in people if cells is not None]
    if not shown:
        yield org + _NO_PERSON
    for person in shown:
        yield org + person


def _loose_rows(chunk: csv_data.Chunk, rows: str) -> Iterator[list[str]]:
    """The rows of people who belong to no organisation."""
    tail = ["", ""] if rows == "people" else None
    for _person_id, cells in chunk.loose:
        if cells is not None and rows != "organisations":
            yield cells + tail if tail is not None else _NO_ORG + cells
