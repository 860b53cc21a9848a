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
import io
import mmap
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from directory_app.exchange import csv_lines, csv_pieces
from directory_app.exchange.audit import record_export
from directory_app.exchange.choices import ENCODINGS, ROW_KINDS
from directory_app.exchange.csv_format import neutralise
from directory_app.exchange.csv_headers import header_key
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.profiles import PUBLIC_HANDBOOK, Profile
from directory_app.exchange.scope import Scope
from directory_app.memory import collector_paused
from directory_app.store.database import Directory

__all__ = ["ENCODINGS", "ROW_KINDS", "ExportOptions", "ExportResult", "available_columns",
           "export_csv", "neutralise"]



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
    return csv_lines.layout(rows)


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
    whole = scope == Scope()
    text_encoding = "utf-8" if encoding == "utf-8-sig" else encoding
    target = Path(path)

    layout = csv_lines.layout(options.rows)
    picks = [layout.index(h) for h in columns]

    def make_lines(spill, number: int) -> csv_pieces.Lines:
        return csv_pieces.Lines(picks, len(layout), text_encoding, options.delimiter, spill,
                                number)

    head = (codecs.BOM_UTF8 if encoding == "utf-8-sig" else b"") + _header(
        columns, options.delimiter, text_encoding)
    with collector_paused(), _spill_files(target) as spills, directory.begin() as conn:
        raw = conn.connection.driver_connection
        # The scope's (name) order is needed before reading only where each person's row goes
        # with their first organisation in it; otherwise the parent finds it while children
        # read.
        named = scope.org_ids(directory, conn) if not whole or options.rows == "people" \
            else None
        place = _places(named) if named is not None else None
        first = csv_lines.first_places(raw, place) if options.rows == "people" else None
        job = csv_pieces.Job(options.rows, options.profile, whole, place, first)
        # (without ORDER BY SQLite reads the ids from its smallest index, not the whole table)
        ids = sorted(named if named is not None else [
            r[0] for r in raw.execute("SELECT id FROM organisation")])
        read = csv_pieces.pieces(directory, raw, ids, job, make_lines, spills.new,
                                 progress, cancelled,
                                 order=lambda: named if named is not None
                                 else scope.org_ids(directory, conn))
        if read is None:
            return None
        written = _write(target, columns, head, text_encoding, spills.files, read)
        # Gone before the collector is back on: otherwise its first pass walks them all (a
        # tenth of a second for 100,000 organisations).
        del read, job, place, first, ids
    record_export(directory, format="csv", target=str(target), profile=options.profile,
                  scope=scope, count=written)
    return ExportResult(target, written, columns)


def _places(org_ids: list[int]) -> dict[int, int]:
    """Organisation id → its place in `org_ids`."""
    return {org_id: n for n, org_id in enumerate(org_ids)}


class _Spills:
    """Nameless files beside the target for finished lines in reading order (an export of
    100,000 entries can reach hundreds of megabytes); they go away when closed."""

    def __init__(self, target: Path):
        self.target = target
        self.files: list[BinaryIO] = []

    def new(self) -> tuple[BinaryIO, int]:
        """A new spill file and its number (its place in `files`)."""
        try:
            spill = tempfile.TemporaryFile(dir=self.target.parent)
        except OSError as exc:
            raise ExchangeError(f"cannot write {self.target}: {exc.strerror or exc}") from None
        self.files.append(spill)
        return spill, len(self.files) - 1


@contextmanager
def _spill_files(target: Path) -> Iterator[_Spills]:
    spills = _Spills(target)
    try:
        yield spills
    finally:
        for spill in spills.files:
            spill.close()


def _header(columns: list[str], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(columns)
    return buffer.getvalue().encode(encoding)


def _write(target: Path, columns: list[str], head: bytes, encoding: str,
           spills: list[BinaryIO], read: csv_pieces.Read) -> int:
    """The header, the organisations' pieces in the scope's order, then the people of none,
    through a `.part` file renamed when complete; the number of rows written."""
    placed = _Placed(read.parts, read.order)
    if read.loose is not None:
        placed.add_loose(read.loose)
    problems = placed.problems(columns, encoding)
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise ExchangeError(f"{target.name}: characters that Windows-1251 cannot hold: "
                            f"{shown}{more}; export as UTF-8 instead")
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("wb") as fh, _mapped(spills) as views:
            fh.write(head)
            for data in placed.batches(views):
                fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise ExchangeError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return placed.count()


class _Placed:
    """The pieces of an export in the order they are written, as indexes into lists that
    join every part's (spill, start, end, rows); a loop over them is all the placing costs."""

    BATCH = 4096            # pieces joined per write

    def __init__(self, parts: list[csv_pieces.Part], order: list[int]):
        self.spill: list[int] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.rows: list[int] = []
        self.cells: dict[int, list[list[str]]] = {}
        index: dict[int, int] = {}
        for part in parts:
            base = self._take(part)
            index.update(zip(part.keys, range(base, base + len(part.keys)), strict=True))
        # an id missing from the index: an organisation created after the scope was taken
        self.order = [k for k in map(index.get, order) if k is not None]

    def _take(self, part: csv_pieces.Part) -> int:
        base = len(self.ends)
        self.spill.extend([part.spill] * len(part.keys))
        self.starts.extend(part.starts())
        self.ends.extend(part.ends)
        self.rows.extend(part.rows)
        self.cells.update((base + k, cells) for k, cells in part.cells.items())
        return base

    def add_loose(self, part: csv_pieces.Part) -> None:
        """The people of no organisation, after the organisations, in their own order."""
        base = self._take(part)
        self.order.extend(range(base, base + len(part.keys)))

    def count(self) -> int:
        return sum(map(self.rows.__getitem__, self.order))

    def problems(self, columns: list[str], encoding: str) -> list[str]:
        """What the encoding cannot hold, by row (numbered as written) and column."""
        if not self.cells:
            return []
        out, row = [], 0
        for k in self.order:
            for n, cells in enumerate(self.cells.get(k, ()), start=row + 1):
                out.extend(_unencodable(cells, columns, n, encoding))
            row += self.rows[k]
        return out

    def batches(self, views: list[memoryview]) -> Iterator[bytes]:
        """The pieces' lines, a few thousand pieces at a time."""
        spill, starts, ends = self.spill, self.starts, self.ends
        for at in range(0, len(self.order), self.BATCH):
            yield b"".join([views[spill[k]][starts[k]:ends[k]]
                            for k in self.order[at:at + self.BATCH]])


@contextmanager
def _mapped(spills: list[BinaryIO]) -> Iterator[list[memoryview]]:
    """The spill files mapped into memory: a slice of one is no system call, where a read of
    each of 100,000 pieces took a tenth of the export."""
    maps = []
    for spill in spills:
        spill.flush()
        size = os.fstat(spill.fileno()).st_size
        maps.append(mmap.mmap(spill.fileno(), size, access=mmap.ACCESS_READ) if size else None)
    views = [memoryview(m) if m is not None else memoryview(b"") for m in maps]
    try:
        yield views
    finally:
        for view in views:
            view.release()
        for m in maps:
            if m is not None:
                m.close()


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
