"""Writers of a generated `Dataset`: a directory file, a raw SQLite anchor, CSV and vCard 3.0.

The CSV and vCard writers are deliberately minimal and our own: they produce the benchmark's
input files for the CSV and vCard importers, which must not be used to make their own input.

CSV layout (UTF-8 without BOM, comma-separated, a header row, `csv` module quoting, CRLF line
ends), one row per organisation, its primary contact person on the same row:

    name, other_names, kind, street, po_box, postal_code, city, region, country, phone, fax,
    email, website, contact_name, contact_role, description

`other_names`, `phone`, `fax`, `email` and `website` hold every value of the organisation joined
by "; "; `region` is the region path joined by " > " (e.g. "NIS > Russia > West of the Urals >
Moscow"); `kind` is an `OrgKind` value; the address columns are those of the organisation's
first address.

vCard: one 3.0 card per person (CRLF, lines folded at 75 octets, values escaped) with UID, N
(family; given; patronymic), FN, ORG (primary organisation), TITLE (role there), TEL (person's
own phones, TYPE=CELL, then the organisation's first phone, TYPE=WORK), EMAIL, and ADR (the
organisation's address, TYPE=WORK). Contact points of every privacy level are written: these are
test files, not exports.
"""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from time import perf_counter

from sqlalchemy import insert
from sqlmodel import SQLModel

from directory_app.domain import models  # noqa: F401  (registers the tables)
from directory_app.store import search
from directory_app.store.database import open_directory
from tests.benchmarks.generator import COLUMNS, TABLES, Dataset

CHUNK = 20_000
CSV_COLUMNS = ("name", "other_names", "kind", "street", "po_box", "postal_code", "city",
               "region", "country", "phone", "fax", "email", "website", "contact_name",
               "contact_role", "description")


def write_directory(ds: Dataset, path: Path, *, index: bool = True,
                    progress: Callable[[int, int], None] | None = None) -> dict[str, float]:
    """Create (or fill) a directory file with Core bulk inserts, then build the FTS index.

    Returns the seconds spent in each phase: open (schema), insert, index.
    """
    t0 = perf_counter()
    directory = open_directory(path, backup_before_migrate=False)
    t1 = perf_counter()
    try:
        total, done = ds.total_rows(), 0
        with directory.begin() as conn:
            for name in TABLES:
                table = SQLModel.metadata.tables[name]
                rows = ds.tables[name]
                for start in range(0, len(rows), CHUNK):
                    conn.execute(insert(table), ds.dicts(name, start, start + CHUNK))
                    done += min(CHUNK, len(rows) - start)
                    if progress:
                        progress(done, total)
        t2 = perf_counter()
        if index:
            with directory.begin() as conn:
                search.rebuild_all(conn)
        t3 = perf_counter()
    finally:
        directory.close()
    return {"open": t1 - t0, "insert": t2 - t1, "index": t3 - t2}


def _sql_value(value):
    # The text SQLAlchemy's SQLite dialect stores for dates and datetimes, so that the raw
    # anchor writes the same bytes as the Core path.
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def raw_rows(ds: Dataset) -> dict[str, list[tuple]]:
    """The dataset's rows with dates as text, ready for `sqlite3` `executemany`."""
    out = {}
    for name in TABLES:
        rows = ds.tables[name]
        if any(isinstance(v, date | bool) for row in rows[:50] for v in row):
            rows = [tuple(_sql_value(v) for v in row) for row in rows]
        out[name] = rows
    return out


def write_raw(rows: dict[str, list[tuple]], path: Path) -> None:
    """The anchor: plain `sqlite3` `executemany` of every table in one transaction."""
    con = sqlite3.connect(path)
    try:
        with con:
            for name in TABLES:
                cols = COLUMNS[name]
                sql = (f"INSERT INTO {name} ({', '.join(cols)}) "
                       f"VALUES ({', '.join('?' * len(cols))})")
                con.executemany(sql, rows[name])
    finally:
        con.close()


class _Lookup:
    """Per-organisation views of a dataset that the CSV and vCard writers share."""

    def __init__(self, ds: Dataset):
        c = {name: i for i, name in enumerate(COLUMNS["contactpoint"])}
        self.c = c
        self.org_contacts: dict[int, list[tuple]] = defaultdict(list)
        self.person_contacts: dict[int, list[tuple]] = defaultdict(list)
        for row in ds.tables["contactpoint"]:
            if row[c["org_id"]]:
                self.org_contacts[row[c["org_id"]]].append(row)
            else:
                self.person_contacts[row[c["person_id"]]].append(row)
        self.other_names: dict[int, list[str]] = defaultdict(list)
        for row in ds.tables["othername"]:
            self.other_names[row[1]].append(row[2])
        self.region: dict[int, str] = {}
        for org_id, region_id in ds.tables["orgregion"]:
            self.region.setdefault(org_id, " > ".join(ds.region_paths[region_id]))
        self.org_name = {row[0]: row[2] for row in ds.tables["organisation"]}
        self.primary: dict[int, tuple[int, str]] = {}     # person id -> (org id, role)
        self.contact_of: dict[int, tuple[int, str]] = {}  # org id -> (person id, role)
        for _id, person_id, org_id, role, _s, _e, is_primary in ds.tables["affiliation"]:
            if is_primary:
                self.primary.setdefault(person_id, (org_id, role))
                self.contact_of.setdefault(org_id, (person_id, role))

    def values(self, contacts: list[tuple], kind: str) -> list[str]:
        k, v = self.c["kind"], self.c["value"]
        return [row[v] for row in contacts if row[k] == kind]

    def address(self, contacts: list[tuple]) -> tuple | None:
        k = self.c["kind"]
        return next((row for row in contacts if row[k] == "address"), None)


def write_csv(ds: Dataset, path: Path, limit: int | None = None) -> int:
    """Write one row per organisation (see the module docstring); returns the rows written."""
    look = _Lookup(ds)
    c = look.c
    people = {row[0]: row[5] for row in ds.tables["person"]}
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(CSV_COLUMNS)
        for org in ds.tables["organisation"][:limit]:
            org_id = org[0]
            contacts = look.org_contacts[org_id]
            adr = look.address(contacts)
            person_id, role = look.contact_of.get(org_id, (None, ""))
            out.writerow([
                org[2], "; ".join(look.other_names[org_id]), org[4],
                *((adr[c["street"]], adr[c["po_box"]], adr[c["postal_code"]], adr[c["city"]])
                  if adr else ("", "", "", "")),
                look.region.get(org_id, ""), adr[c["country"]] if adr else "",
                "; ".join(look.values(contacts, "phone")), "; ".join(look.values(contacts, "fax")),
                "; ".join(look.values(contacts, "email")),
                "; ".join(look.values(contacts, "website")),
                people.get(person_id, ""), role, org[11],
            ])
            written += 1
    return written


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 2425)."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not parts else 74):
            parts.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    parts.append("".join(current))
    return "\r\n ".join(parts)


def vcard(person: tuple, look: _Lookup) -> str:
    """One vCard 3.0 text for a person row (see the module docstring)."""
    c = look.c
    person_id, uid, given, family, patronymic, display = person[:6]
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}",
             f"N:{_escape(family)};{_escape(given)};{_escape(patronymic)};;",
             f"FN:{_escape(display)}"]
    org_id, role = look.primary.get(person_id, (None, ""))
    if org_id:
        lines.append(f"ORG:{_escape(look.org_name[org_id])}")
        if role:
            lines.append(f"TITLE:{_escape(role)}")
    own = look.person_contacts.get(person_id, [])
    org_contacts = look.org_contacts.get(org_id, []) if org_id else []
    lines += [f"TEL;TYPE=CELL:{_escape(v)}" for v in look.values(own, "phone")]
    lines += [f"TEL;TYPE=WORK,VOICE:{_escape(v)}" for v in look.values(org_contacts, "phone")[:1]]
    lines += [f"EMAIL;TYPE=INTERNET:{_escape(v)}" for v in look.values(own, "email")]
    adr = look.address(org_contacts)
    if adr:
        fields = (adr[c["po_box"]], "", adr[c["street"]], adr[c["city"]], adr[c["region"]],
                  adr[c["postal_code"]], adr[c["country"]])
        lines.append("ADR;TYPE=WORK:" + ";".join(_escape(f) for f in fields))
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def write_vcards(ds: Dataset, path: Path, limit: int | None = None) -> int:
    """Write one card per person to a single .vcf file; returns the cards written."""
    look = _Lookup(ds)
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for person in ds.tables["person"][:limit]:
            fh.write(vcard(person, look))
            written += 1
    return written
