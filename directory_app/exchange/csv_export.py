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
_KIND_COLUMN = {"phone": "phone", "fax": "fax", "hotline": "hotline", "email": "email",
                "website": "website", "messenger": "messenger"}
_HEADERS = {owner: {t.split(".", 1)[1]: h for h, t in columns}
            for owner, columns in (("org", ORG_COLUMNS), ("person", PERSON_COLUMNS))}
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
    with directory.begin() as conn:
        data = csv_data.load(conn, org_ids, loose_people=whole)
    rows = _rows(data, options, org_ids)
    target = Path(path)
    written = _write(target, columns, rows, encoding, options.delimiter, progress, cancelled,
                     len(org_ids))
    if written is None:
        return None
    record_export(directory, format="csv", target=str(target), profile=options.profile,
                  scope=scope, count=written)
    return ExportResult(target, written, columns)


def _write(target: Path, columns: list[str], rows: Iterator[dict[str, str]], encoding: str,
           delimiter: str, progress, cancelled, total: int) -> int | None:
    tmp = target.with_name(target.name + ".part")
    problems: list[str] = []
    count = 0
    try:
        with tmp.open("w", encoding=encoding, errors="strict", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(columns)
            for count, row in enumerate(rows, start=1):
                # neutralise(), inlined: this runs for every cell of the file
                cells = ["'" + c if c[:1] in _FORMULA else c
                         for c in [row.get(k, "") for k in columns]]
                try:
                    writer.writerow(cells)
                except UnicodeEncodeError:
                    problems.extend(_unencodable(cells, columns, count, encoding))
                    writer.writerow([c.encode(encoding, "replace").decode(encoding)
                                     for c in cells])
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
def _rows(data: csv_data.ExportData, options: ExportOptions, org_ids: list[int]
          ) -> Iterator[dict[str, str]]:
    profile = options.profile
    if options.rows == "organisations":
        for org_id in org_ids:
            yield _org_cells(data, org_id, profile)
        return
    if options.rows == "people":
        yield from _people_rows(data, org_ids, profile)
        return
    for org_id in org_ids:
        org = _org_cells(data, org_id, profile)
        people = [p for p in (_person_cells(data, a, profile, data.orgs[org_id]["name"])
                              for a in data.affiliations.get(org_id, [])) if p]
        if not people:
            yield org
        for person in people:
            yield {**org, **person}
    for person_id in data.loose_people:
        cells = _person_cells(data, {"person_id": person_id, "role": ""}, profile, "")
        if cells:
            yield cells


def _people_rows(data, org_ids, profile) -> Iterator[dict[str, str]]:
    seen: set[int] = set()
    for org_id in org_ids:
        for affiliation in data.affiliations.get(org_id, []):
            person_id = affiliation["person_id"]
            if person_id in seen:
                continue
            seen.add(person_id)
            cells = _person_cells(data, affiliation, profile, data.orgs[org_id]["name"])
            if cells:
                uid, name = data.uid_name[org_id]
                yield {**cells, "Organisation UID": uid, "Organisation": name}
    for person_id in data.loose_people:
        cells = _person_cells(data, {"person_id": person_id, "role": ""}, profile, "")
        if cells:
            yield cells


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)[:10] if hasattr(value, "isoformat") else str(value)


def _contact_line(c: dict[str, Any]) -> str:
    privacy = "" if c["privacy"] == Privacy.PUBLIC else c["privacy"]
    return join_parts([c["value"], c["label"], privacy, c["service"]])


def _address_line(c: dict[str, Any]) -> str:
    privacy = "" if c["privacy"] == Privacy.PUBLIC else c["privacy"]
    return join_parts([c["street"], c["po_box"], c["postal_code"], c["city"], c["region"],
                       c["country"], c["label"], privacy, c["value"]])


def _contact_cells(contacts: list[dict], prefix: str, owner: str) -> dict[str, str]:
    by_kind: dict[str, list[str]] = {}
    addresses = []
    for c in contacts:
        if c["kind"] == "address":
            addresses.append(c)
        else:
            by_kind.setdefault(c["kind"], []).append(_contact_line(c))
    headers = _HEADERS[owner]
    out = {headers[k]: "\n".join(v) for k, v in by_kind.items() if k in headers}
    if owner == "person":
        if addresses:
            out["Person addresses"] = "\n".join(_address_line(a) for a in addresses)
        return out
    if addresses:
        first = addresses[0]
        for part in ("street", "po_box", "postal_code", "city", "region", "country", "label",
                     "value"):
            out[headers[f"address.{part}"]] = first[part]
        out["Address privacy"] = "" if first["privacy"] == Privacy.PUBLIC else first["privacy"]
        out["More addresses"] = "\n".join(_address_line(a) for a in addresses[1:])
    return out


def _org_cells(data: csv_data.ExportData, org_id: int, profile: Profile) -> dict[str, str]:
    o = data.orgs[org_id]
    parent_uid, parent_name = data.uid_name.get(o["parent_id"], ("", ""))
    cells = {
        "Organisation UID": o["uid"], "Organisation": o["name"],
        "Other names": "\n".join(join_parts(list(n)) for n in data.names.get(org_id, [])),
        "Kind": o["kind"], "Status": o["status"], "Parent UID": parent_uid,
        "Parent": parent_name, "Founded": _text(o["founded_year"]), "Size": o["size"],
        "Meeting rhythm": o["meeting_rhythm"], "Languages": o["languages"],
        "Description": o["description"], "Mission": o["mission"], "History": o["history"],
        "Activities": o["activities"], "Notes": o["notes"], "Source": o["source"],
        "Source date": _text(o["source_date"]), "Last verified": _text(o["last_verified"]),
        "Regions": "\n".join(data.regions.get(org_id, [])),
        "Focus areas": "\n".join(data.tags.get(org_id, [])),
        "Publications": "\n".join(join_parts(list(p)) for p in data.publications.get(org_id,
                                                                                      [])),
        "Relations": "\n".join(join_parts([kind, *data.uid_name[to][::-1], note])
                               for to, kind, note in data.relations.get(org_id, [])),
        "Organisation extra": csv_data.normal_extra(o["extra"]),
    }
    allowed = _LEVELS[profile.ceiling]
    contacts = [c for c in data.org_contacts.get(org_id, []) if c["privacy"] in allowed]
    cells.update(_contact_cells(contacts, "", "org"))
    return cells


def _person_cells(data: csv_data.ExportData, affiliation: dict[str, Any], profile: Profile,
                  org_name: str) -> dict[str, str] | None:
    p = data.people[affiliation["person_id"]]
    view = profile.person_view({**p, "role": affiliation.get("role", ""),
                                "contacts": data.person_contacts.get(p["id"], [])}, org_name)
    if view is None:
        return None
    cells = {"Role": affiliation.get("role", ""),
             "Primary": _text(bool(affiliation.get("is_primary"))),
             "Role from": _text(affiliation.get("start_date")),
             "Role until": _text(affiliation.get("end_date"))}
    if view.get("anonymised"):
        return cells      # the role alone stands for someone who asked not to be listed
    cells.update({
        "Person UID": p["uid"], "Person": p["display_name"], "Given name": p["given_name"],
        "Patronymic": p["patronymic"], "Family name": p["family_name"],
        "Person privacy": p["privacy"], "Consent": p["consent"],
        "Consent date": _text(p["consent_date"]), "Person notes": p["notes"],
        "Person extra": csv_data.normal_extra(p["extra"])})
    cells.update(_contact_cells(view["contacts"], "Person ", "person"))
    return cells
