"""CSV export: scope → publication profile → rows of organisations, people or affiliations.

The affiliation rows are the app's own format in full (see `csv_format`): exported, imported
into an empty directory and exported again, they give the same file. Cells that a spreadsheet
would run as a formula (starting with = + - @, tab or carriage return) get a leading
apostrophe, which the import takes off again. In Windows-1251 a character that does not fit is
reported with its row and column, and nothing is written.
"""

from __future__ import annotations

import csv
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

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
    picks = [layout.index(h) for h in columns]
    target = Path(path)
    with _no_gc(), directory.begin() as conn:
        seen: set[int] = set()      # people already written, for one row per person
        rows = (row for chunk in csv_data.chunks(conn, org_ids, options.profile,
                                                 loose_people=whole)
                for row in _rows(chunk, options.rows, seen))
        written = _write(target, columns, picks, rows, encoding, options.delimiter, progress,
                         cancelled, len(org_ids))
    if written is None:
        return None
    record_export(directory, format="csv", target=str(target), profile=options.profile,
                  scope=scope, count=written)
    return ExportResult(target, written, columns)


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


def _write(target: Path, columns: list[str], picks: list[int], rows: Iterator[list[str]],
           encoding: str, delimiter: str, progress, cancelled, total: int) -> int | None:
    tmp = target.with_name(target.name + ".part")
    problems: list[str] = []
    count = 0
    try:
        with tmp.open("w", encoding=encoding, errors="strict", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(columns)
            pick = None if picks == list(range(len(picks))) else itemgetter(*picks)
            for count, row in enumerate(rows, start=1):
                # Cells come neutralised; only the chosen columns are written.
                cells = row if pick is None else (
                    [pick(row)] if len(picks) == 1 else list(pick(row)))
                try:
                    writer.writerow(cells)
                except UnicodeEncodeError:
                    problems.extend(_unencodable(cells, columns, count, encoding))
                    writer.writerow([v.encode(encoding, "replace").decode(encoding)
                                     for v in cells])
                if count % 1000 == 0:
                    if cancelled is not None and cancelled():
                        tmp.unlink(missing_ok=True)
                        return None
                    if progress is not None:
                        progress(count, total)
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


def _rows(chunk: csv_data.Chunk, rows: str, seen: set[int]) -> Iterator[list[str]]:
    if rows == "organisations":
        for _org_id, org in chunk.orgs:
            yield org
        return
    if rows == "people":
        yield from _people_rows(chunk, seen)
        return
    for org_id, org in chunk.orgs:
        people = [cells for _pid, cells in chunk.people.get(org_id, ()) if cells is not None]
        if not people:
            yield org + _NO_PERSON
        for person in people:
            yield org + person
    for _person_id, cells in chunk.loose:
        if cells is not None:
            yield _NO_ORG + cells


def _people_rows(chunk: csv_data.Chunk, seen: set[int]) -> Iterator[list[str]]:
    for org_id, org in chunk.orgs:
        for person_id, cells in chunk.people.get(org_id, ()):
            if person_id in seen:
                continue
            seen.add(person_id)
            if cells is not None:
                yield cells + org[:2]       # its UID and name, neutralised like every cell
    for _person_id, cells in chunk.loose:
        if cells is not None:
            yield cells + ["", ""]
