"""CSV export: scope → publication profile → rows of organisations, people or affiliations.

The affiliation rows are the app's own format in full (see `csv_format`): exported, imported
into an empty directory and exported again, they give the same file. Cells that a spreadsheet
would run as a formula (starting with = + - @, tab or carriage return) get a leading
apostrophe, which the import takes off again. In Windows-1251 a character that does not fit is
reported with its row and column, and nothing is written.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from directory_app.domain.enums import Privacy
from directory_app.exchange import csv_data
from directory_app.exchange import csv_data as c
from directory_app.exchange.audit import record_export
from directory_app.exchange.csv_format import (
    ORG_COLUMNS,
    PERSON_COLUMNS,
    join_parts,
)
from directory_app.exchange.csv_headers import header_key
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.profiles import PUBLIC_HANDBOOK, Profile
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory

ROW_KINDS = ("affiliations", "organisations", "people")
ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1251": "cp1251",
             "windows-1251": "cp1251", "utf8": "utf-8"}
_FORMULA = frozenset("=+-@\t\r")
PEOPLE_ORG_COLUMNS = [("Organisation UID", "org.uid"), ("Organisation", "org.name")]


_LEVELS = {ceiling: {p.value for p in Privacy if ceiling.allows(p)} for ceiling in Privacy}


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


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate."""
    return "'" + cell if cell[:1] in _FORMULA else cell


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
    with directory.begin() as conn:
        seen: set[int] = set()      # people already written, for one row per person
        rows = (row for data in csv_data.chunks(conn, org_ids, loose_people=whole)
                for row in _rows(data, options, list(data.orgs), seen))
        written = _write(target, columns, picks, rows, encoding, options.delimiter, progress,
                         cancelled, len(org_ids))
    if written is None:
        return None
    record_export(directory, format="csv", target=str(target), profile=options.profile,
                  scope=scope, count=written)
    return ExportResult(target, written, columns)


def _write(target: Path, columns: list[str], picks: list[int], rows: Iterator[list[str]],
           encoding: str, delimiter: str, progress, cancelled, total: int) -> int | None:
    tmp = target.with_name(target.name + ".part")
    problems: list[str] = []
    count = 0
    try:
        with tmp.open("w", encoding=encoding, errors="strict", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(columns)
            for count, row in enumerate(rows, start=1):
                # neutralise(), inlined: this runs for every cell of the file
                cells = ["'" + v if v[:1] in _FORMULA else v for v in [row[i] for i in picks]]
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
# people rows); the chosen columns are picked by index when writing.
_ORG_INDEX = {h: i for i, (h, _t) in enumerate(ORG_COLUMNS)}
_PERSON_INDEX = {h: i for i, (h, _t) in enumerate(PERSON_COLUMNS)}
_NO_ORG = [""] * len(ORG_COLUMNS)
_NO_PERSON = [""] * len(PERSON_COLUMNS)
_FIRST_ADDRESS = [(_ORG_INDEX[h], part) for h, part in (
    ("Street", c.STREET), ("PO box", c.PO_BOX), ("Postal code", c.POSTAL_CODE),
    ("City", c.CITY), ("Address region", c.REGION), ("Country", c.COUNTRY),
    ("Address label", c.LABEL), ("Address text", c.VALUE))]
_KIND_SLOT = {owner: {t.split(".", 1)[1]: i for i, (_h, t) in enumerate(columns)}
              for owner, columns in (("org", ORG_COLUMNS), ("person", PERSON_COLUMNS))}


def _layout(rows: str) -> list[str]:
    if rows == "organisations":
        return [h for h, _ in ORG_COLUMNS]
    if rows == "people":
        return [h for h, _ in PERSON_COLUMNS + PEOPLE_ORG_COLUMNS]
    return [h for h, _ in ORG_COLUMNS + PERSON_COLUMNS]


def _rows(data: csv_data.ExportData, options: ExportOptions, org_ids: list[int],
          seen: set[int]) -> Iterator[list[str]]:
    profile = options.profile
    if options.rows == "organisations":
        for org_id in org_ids:
            yield _org_cells(data, org_id, profile)
        return
    if options.rows == "people":
        yield from _people_rows(data, org_ids, profile, seen)
        return
    for org_id in org_ids:
        org = _org_cells(data, org_id, profile)
        name = data.orgs[org_id]["name"]
        people = [p for p in (_person_cells(data, a, profile, name)
                              for a in data.affiliations.get(org_id, [])) if p]
        if not people:
            yield org + _NO_PERSON
        for person in people:
            yield org + person
    for person_id in data.loose_people:
        cells = _person_cells(data, _no_role(person_id), profile, "")
        if cells:
            yield _NO_ORG + cells


def _people_rows(data, org_ids, profile, seen: set[int]) -> Iterator[list[str]]:
    for org_id in org_ids:
        for affiliation in data.affiliations.get(org_id, []):
            person_id = affiliation["person_id"]
            if person_id in seen:
                continue
            seen.add(person_id)
            cells = _person_cells(data, affiliation, profile, data.orgs[org_id]["name"])
            if cells:
                yield cells + list(data.uid_name[org_id])
    for person_id in data.loose_people:
        cells = _person_cells(data, _no_role(person_id), profile, "")
        if cells:
            yield cells + ["", ""]


def _no_role(person_id: int) -> dict[str, Any]:
    """The affiliation columns of someone who belongs to no organisation."""
    return {"person_id": person_id, "role": "", "is_primary": 0, "start_date": None,
            "end_date": None}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)[:10] if hasattr(value, "isoformat") else str(value)


def _public_or(privacy: str) -> str:
    return "" if privacy == Privacy.PUBLIC else privacy


def _contact_line(t: tuple) -> str:
    return join_parts([t[c.VALUE], t[c.LABEL], _public_or(t[c.PRIVACY]), t[c.SERVICE]])


def _address_line(t: tuple) -> str:
    return join_parts([t[c.STREET], t[c.PO_BOX], t[c.POSTAL_CODE], t[c.CITY], t[c.REGION],
                       t[c.COUNTRY], t[c.LABEL], _public_or(t[c.PRIVACY]), t[c.VALUE]])


def _put_contacts(cells: list[str], contacts: list[tuple], owner: str) -> None:
    if not contacts:
        return
    slots = _KIND_SLOT[owner]
    by_kind: dict[str, list[str]] = {}
    addresses = []
    for t in contacts:
        if t[c.KIND] == "address":
            addresses.append(t)
        else:
            by_kind.setdefault(t[c.KIND], []).append(_contact_line(t))
    for kind, lines in by_kind.items():
        if kind in slots:
            cells[slots[kind]] = "\n".join(lines)
    if not addresses:
        return
    if owner == "person":
        cells[slots["addresses"]] = "\n".join(_address_line(a) for a in addresses)
        return
    first = addresses[0]
    for index, part in _FIRST_ADDRESS:
        cells[index] = first[part]
    cells[slots["address.privacy"]] = _public_or(first[c.PRIVACY])
    cells[slots["addresses"]] = "\n".join(_address_line(a) for a in addresses[1:])


def _org_cells(data: csv_data.ExportData, org_id: int, profile: Profile) -> list[str]:
    o = data.orgs[org_id]
    parent_uid, parent_name = data.uid_name.get(o["parent_id"], ("", ""))
    cells = [
        o["uid"], o["name"],
        "\n".join(join_parts(list(n)) for n in data.names.get(org_id, ())),
        o["kind"], o["status"], parent_uid, parent_name, _text(o["founded_year"]), o["size"],
        o["meeting_rhythm"], o["languages"], o["description"], o["mission"], o["history"],
        o["activities"], o["notes"], o["source"], _text(o["source_date"]),
        _text(o["last_verified"]), "\n".join(data.regions.get(org_id, ())),
        "\n".join(data.tags.get(org_id, ())),
    ]
    cells.extend([""] * (len(ORG_COLUMNS) - len(cells)))
    cells[_ORG_INDEX["Publications"]] = "\n".join(
        join_parts(list(p)) for p in data.publications.get(org_id, ()))
    cells[_ORG_INDEX["Relations"]] = "\n".join(
        join_parts([kind, *data.uid_name[to][::-1], note])
        for to, kind, note in data.relations.get(org_id, ()))
    cells[_ORG_INDEX["Organisation extra"]] = csv_data.normal_extra(o["extra"])
    allowed = _LEVELS[profile.ceiling]
    _put_contacts(cells, [t for t in data.org_contacts.get(org_id, ())
                          if t[c.PRIVACY] in allowed], "org")
    return cells


def _person_cells(data: csv_data.ExportData, affiliation: dict[str, Any], profile: Profile,
                  org_name: str) -> list[str] | None:
    p = data.people[affiliation["person_id"]]
    role = affiliation["role"]
    # The profile decides who is listed, and whether by name (it sees no contacts here).
    view = profile.person_view({"privacy": p["privacy"], "consent": p["consent"],
                                "role": role, "contacts": []}, org_name)
    if view is None:
        return None
    cells = list(_NO_PERSON)
    cells[_PERSON_INDEX["Role"]] = role
    cells[_PERSON_INDEX["Primary"]] = _text(bool(affiliation["is_primary"]))
    cells[_PERSON_INDEX["Role from"]] = _text(affiliation["start_date"])
    cells[_PERSON_INDEX["Role until"]] = _text(affiliation["end_date"])
    if view.get("anonymised"):
        return cells      # the role alone stands for someone who asked not to be listed
    for header, value in (("Person UID", p["uid"]), ("Person", p["display_name"]),
                          ("Given name", p["given_name"]), ("Patronymic", p["patronymic"]),
                          ("Family name", p["family_name"]), ("Person privacy", p["privacy"]),
                          ("Consent", p["consent"]), ("Consent date", _text(p["consent_date"])),
                          ("Person notes", p["notes"]),
                          ("Person extra", csv_data.normal_extra(p["extra"]))):
        cells[_PERSON_INDEX[header]] = value
    contacts = [t for t in data.person_contacts.get(p["id"], ())
                if profile.allows_contact({"privacy": t[c.PRIVACY], "kind": t[c.KIND]},
                                          of_person=True)]
    _put_contacts(cells, contacts, "person")
    return cells
