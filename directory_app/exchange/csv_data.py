"""Everything an export needs about the organisations in scope, read in a few bulk queries.

`Queries.org_detail` reads one organisation in ten queries; an export of 100,000 entries reads
each table once instead and groups rows in Python.
"""

from __future__ import annotations

import json
from collections import defaultdict
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
    affiliations: dict[int, list[dict]] = field(default_factory=lambda: defaultdict(list))
    person_orgs: dict[int, list[dict]] = field(default_factory=lambda: defaultdict(list))
    loose_people: list[int] = field(default_factory=list)
    uid_name: dict[int, tuple[str, str]] = field(default_factory=dict)   # every organisation


def _rows(conn: Connection, sql: str) -> list[dict[str, Any]]:
    # The DB-API cursor of the same transaction: SQLAlchemy's row objects cost more than the
    # query itself at this size.
    cursor = conn.connection.driver_connection.execute(sql)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


def _tuples(conn: Connection, sql: str) -> list[tuple]:
    return conn.connection.driver_connection.execute(sql).fetchall()


def normal_extra(text: str) -> str:
    """Extra properties as sorted JSON, so that a round trip writes the same text."""
    if not text:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def load(conn: Connection, org_ids: list[int], *, loose_people: bool) -> ExportData:
    """Read the organisations (in the given order), their people and everything attached."""
    data = ExportData()
    wanted = set(org_ids)
    everything = {r["id"]: r for r in _rows(conn, "SELECT * FROM organisation")}
    data.orgs = {i: everything[i] for i in org_ids if i in everything}
    data.uid_name = {i: (r["uid"], r["name"]) for i, r in everything.items()}
    for org_id, person_id, *contact in _tuples(
            conn, f"SELECT org_id, person_id, {', '.join(CONTACT_FIELDS)} FROM contactpoint "
                  "ORDER BY sort_order, id"):
        if org_id is not None:
            if org_id in wanted:
                data.org_contacts[org_id].append(contact)
        else:
            data.person_contacts[person_id].append(contact)
    for r in _tuples(conn, "SELECT org_id, name, kind, language FROM othername ORDER BY id"):
        if r[0] in wanted:
            data.names[r[0]].append(tuple(r[1:]))
    paths = _region_paths(conn)
    for org_id, region_id in _tuples(conn, "SELECT org_id, region_id FROM orgregion"):
        if org_id in wanted:
            data.regions[org_id].append(paths[region_id])
    for org_id, name in _tuples(
            conn, "SELECT o.org_id, t.name FROM orgtag o JOIN tag t ON t.id = o.tag_id"):
        if org_id in wanted:
            data.tags[org_id].append(name)
    for r in _tuples(conn, "SELECT org_id, title, frequency, language, description "
                          "FROM publication ORDER BY sort_order, id"):
        if r[0] in wanted:
            data.publications[r[0]].append(tuple(r[1:]))
    for r in _tuples(conn, "SELECT from_org_id, to_org_id, kind, note FROM relation "
                          "ORDER BY id"):
        if r[0] in wanted:
            data.relations[r[0]].append(tuple(r[1:]))
    for lists in (data.regions, data.tags):
        for values in lists.values():
            values.sort()
    data.people = {r["id"]: r for r in _rows(conn, "SELECT * FROM person")}
    for r in _rows(conn, "SELECT * FROM affiliation ORDER BY is_primary DESC, id"):
        data.person_orgs[r["person_id"]].append(r)
        if r["org_id"] in wanted:
            data.affiliations[r["org_id"]].append(r)
    if loose_people:
        data.loose_people = sorted((p for p in data.people if p not in data.person_orgs),
                                   key=lambda p: (data.people[p]["sort_name"], p))
    return data


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
