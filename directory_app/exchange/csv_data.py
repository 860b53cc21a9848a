"""Everything an export needs about the organisations in scope, read in a few bulk queries.

`Queries.org_detail` reads one organisation in ten queries; an export of 100,000 entries reads
each table once per chunk of a few thousand organisations instead and groups rows in Python.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

# Contact points are kept as tuples in this order (an export reads hundreds of thousands).
CONTACT_FIELDS = ("kind", "label", "value", "service", "street", "po_box", "postal_code",
                  "city", "region", "country", "privacy")
KIND, LABEL, VALUE, SERVICE, STREET, PO_BOX, POSTAL_CODE, CITY, REGION, COUNTRY, PRIVACY = \
    range(len(CONTACT_FIELDS))


@dataclass
class ExportData:
    orgs: dict[int, dict[str, Any]] = field(default_factory=dict)
    people: dict[int, dict[str, Any]] = field(default_factory=dict)
    org_contacts: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    person_contacts: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    names: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    regions: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    tags: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    publications: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    affiliations: dict[int, list] = field(default_factory=lambda: defaultdict(list))
    loose_people: list[int] = field(default_factory=list)
    uid_name: dict[int, tuple[str, str]] = field(default_factory=dict)   # every organisation


def _rows(conn: Connection, sql: str) -> Iterator[sqlite3.Row]:
    """Rows streamed from the DB-API cursor of the same transaction, as `sqlite3.Row`.

    SQLAlchemy's row objects cost more than the query itself at this size, and a dict per
    row would hold a 100,000-entry export in a gigabyte; a `sqlite3.Row` is a tuple that also
    answers to column names.
    """
    cursor = conn.connection.driver_connection.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql)


def _tuples(conn: Connection, sql: str) -> Iterator[tuple]:
    return conn.connection.driver_connection.cursor().execute(sql)


def normal_extra(text: str) -> str:
    """Extra properties as sorted JSON, so that a round trip writes the same text."""
    if not text:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


CHUNK = 2000


def _in(ids) -> str:
    return ",".join(str(int(i)) for i in ids)


def chunks(conn: Connection, org_ids: list[int], *, loose_people: bool
           ) -> Iterator[ExportData]:
    """The organisations in order, a few thousand at a time, then the people in none.

    Reading chunk by chunk keeps an export of 100,000 entries in tens of megabytes; only the
    UID and name of every organisation (for parents and relations) and the region paths are
    held for the whole run.
    """
    uid_name = {r[0]: (r[1], r[2]) for r in _tuples(conn, "SELECT id, uid, name "
                                                          "FROM organisation")}
    paths = _region_paths(conn)
    for start in range(0, len(org_ids), CHUNK):
        yield _load(conn, org_ids[start:start + CHUNK], uid_name, paths)
    if loose_people:
        loose = [r[0] for r in _tuples(
            conn, "SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM affiliation) "
                  "ORDER BY sort_name, id")]
        for start in range(0, len(loose), CHUNK):
            data = ExportData(uid_name=uid_name)
            part = loose[start:start + CHUNK]
            _load_people(conn, data, part)
            data.loose_people = part
            yield data


def _load(conn: Connection, org_ids: list[int], uid_name: dict, paths: dict[int, str]
          ) -> ExportData:
    data = ExportData(uid_name=uid_name)
    ids = _in(org_ids)
    found = {r["id"]: r for r in _rows(conn, f"SELECT * FROM organisation WHERE id IN ({ids})")}
    data.orgs = {i: found[i] for i in org_ids if i in found}      # in the scope's order
    for row in _tuples(conn, f"SELECT org_id, {', '.join(CONTACT_FIELDS)} FROM contactpoint "
                             f"WHERE org_id IN ({ids}) ORDER BY sort_order, id"):
        data.org_contacts[row[0]].append(row[1:])
    for r in _tuples(conn, f"SELECT org_id, name, kind, language FROM othername "
                           f"WHERE org_id IN ({ids}) ORDER BY id"):
        data.names[r[0]].append(r[1:])
    for org_id, region_id in _tuples(conn, f"SELECT org_id, region_id FROM orgregion "
                                           f"WHERE org_id IN ({ids})"):
        data.regions[org_id].append(paths[region_id])
    for org_id, name in _tuples(conn, f"SELECT o.org_id, t.name FROM orgtag o JOIN tag t "
                                      f"ON t.id = o.tag_id WHERE o.org_id IN ({ids})"):
        data.tags[org_id].append(name)
    for r in _tuples(conn, f"SELECT org_id, title, frequency, language, description "
                           f"FROM publication WHERE org_id IN ({ids}) ORDER BY sort_order, id"):
        data.publications[r[0]].append(r[1:])
    for r in _tuples(conn, f"SELECT from_org_id, to_org_id, kind, note FROM relation "
                           f"WHERE from_org_id IN ({ids}) ORDER BY id"):
        data.relations[r[0]].append(r[1:])
    for lists in (data.regions, data.tags):
        for values in lists.values():
            values.sort()
    people = set()
    for r in _rows(conn, f"SELECT person_id, org_id, role, is_primary, start_date, end_date "
                         f"FROM affiliation WHERE org_id IN ({ids}) "
                         f"ORDER BY is_primary DESC, id"):
        data.affiliations[r["org_id"]].append(r)
        people.add(r["person_id"])
    _load_people(conn, data, sorted(people))
    return data


def _load_people(conn: Connection, data: ExportData, person_ids: list[int]) -> None:
    for start in range(0, len(person_ids), CHUNK):
        ids = _in(person_ids[start:start + CHUNK])
        data.people.update((r["id"], r) for r in _rows(
            conn, "SELECT id, uid, display_name, given_name, patronymic, family_name, "
                  f"privacy, consent, consent_date, notes, extra, sort_name FROM person "
                  f"WHERE id IN ({ids})"))
        for row in _tuples(conn, f"SELECT person_id, {', '.join(CONTACT_FIELDS)} "
                                 f"FROM contactpoint WHERE person_id IN ({ids}) "
                                 "ORDER BY sort_order, id"):
            data.person_contacts[row[0]].append(row[1:])


def _region_paths(conn: Connection) -> dict[int, str]:
    rows = {r[0]: (r[1], r[2]) for r in _tuples(conn, "SELECT id, name, parent_id FROM region")}
    out: dict[int, str] = {}

    def path(region_id: int) -> str:
        if region_id not in out:
            name, parent = rows[region_id]
            out[region_id] = f"{path(parent)} > {name}" if parent in rows else name
        return out[region_id]
    for region_id in rows:
        path(region_id)
    return out
