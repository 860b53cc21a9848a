"""Organisation details for a whole draft, a few hundred at a time.

`Queries.org_detail` asks about thirteen questions per organisation; for a 10,000-entry draft
that is 130,000 statements and most of the build time. This loader asks the same questions once
per batch of ids and returns the same dicts (`tests/test_print_fetch.py` checks they are equal
to `org_detail`'s for every organisation of the sample handbook, under each privacy ceiling).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, text

from directory_app.domain.enums import KIND_LABELS, RELATION_LABELS, OrgKind, Privacy, RelationKind
from directory_app.store.database import Directory

BATCH = 400


def org_details(directory: Directory, ids: Sequence[int], ceiling: Privacy
                ) -> Iterator[dict[str, Any]]:
    """The details of `ids`, in that order, with their offices, like `Queries.org_detail`."""
    with directory.begin() as conn:
        regions = {r[0]: (r[1], r[2]) for r in conn.exec_driver_sql(
            "SELECT id, name, parent_id FROM region")}
        for start in range(0, len(ids), BATCH):
            chunk = list(ids[start:start + BATCH])
            children = _group(conn, "SELECT parent_id, id FROM organisation WHERE parent_id IN "
                              "({ids}) ORDER BY sort_name", chunk)
            office_ids = [c["id"] for rows in children.values() for c in rows]
            details = _load(conn, chunk + office_ids, ceiling, regions)
            for org_id in chunk:
                org = details.get(org_id)
                if org is None:
                    continue
                org["offices"] = [details[c["id"]] | {"offices": []}
                                  for c in children.get(org_id, [])]
                yield org


def _levels(ceiling: Privacy) -> str:
    return ",".join(f"'{p.value}'" for p in Privacy if ceiling.allows(p))


def _group(conn: Connection, sql: str, ids: Sequence[int], key: int = 0
           ) -> dict[int, list[dict[str, Any]]]:
    """Rows of `sql` (with `{ids}` filled in) grouped by their first column, which is dropped."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return out
    result = conn.execute(text(sql.format(ids=",".join(str(int(i)) for i in ids))))
    columns = list(result.keys())
    for row in result:
        values = dict(zip(columns, row, strict=True))
        out[values.pop(columns[key])].append(values)
    return out


def _path(regions: dict[int, tuple[str, int | None]], region_id: int) -> list[str]:
    path, current = [], region_id
    while current is not None and current in regions:
        name, parent = regions[current]
        path.append(name)
        current = parent
    return path[::-1]


def _load(conn: Connection, ids: list[int], ceiling: Privacy,
          regions: dict[int, tuple[str, int | None]]) -> dict[int, dict[str, Any]]:
    levels = _levels(ceiling)
    orgs = {row["id"]: row for rows in _group(
        conn, "SELECT id AS key_id, * FROM organisation WHERE id IN ({ids})", ids).values()
        for row in rows}
    other = _group(conn, "SELECT org_id, id, name, kind, language FROM othername "
                   "WHERE org_id IN ({ids}) ORDER BY id", ids)
    contacts = _group(conn, "SELECT org_id AS owner, * FROM contactpoint WHERE org_id IN ({ids}) "
                      f"AND privacy IN ({levels}) ORDER BY sort_order, id", ids)
    people = _group(conn, "SELECT a.org_id, a.id AS affiliation_id, a.role, a.is_primary, "
                    "a.start_date, a.end_date, p.id AS person_id, p.display_name, p.given_name, "
                    "p.family_name, p.patronymic, p.privacy, p.consent FROM affiliation a "
                    "JOIN person p ON p.id = a.person_id WHERE a.org_id IN ({ids}) "
                    f"AND p.privacy IN ({levels}) ORDER BY a.is_primary DESC, a.id", ids)
    person_ids = sorted({p["person_id"] for rows in people.values() for p in rows})
    person_contacts = _group(conn, "SELECT person_id AS owner, * FROM contactpoint WHERE "
                             f"person_id IN ({{ids}}) AND privacy IN ({levels}) "
                             "ORDER BY sort_order, id", person_ids)
    publications = _group(conn, "SELECT org_id, id, title, frequency, language, description "
                          "FROM publication WHERE org_id IN ({ids}) ORDER BY sort_order, id", ids)
    org_regions = _group(conn, "SELECT org_id, region_id FROM orgregion WHERE org_id IN ({ids}) "
                         "ORDER BY org_id, region_id", ids)
    tags = _group(conn, "SELECT o.org_id, t.name FROM orgtag o JOIN tag t ON t.id = o.tag_id "
                  "WHERE o.org_id IN ({ids}) ORDER BY t.name", ids)
    relations = _relations(conn, ids)
    parents = {r[0]: {"id": r[0], "name": r[1]} for r in conn.execute(text(
        "SELECT id, name FROM organisation WHERE id IN (SELECT parent_id FROM organisation "
        f"WHERE id IN ({','.join(str(int(i)) for i in ids)}))"))}
    out = {}
    for org_id, org in orgs.items():
        org["kind_label"] = KIND_LABELS.get(OrgKind(org["kind"]), org["kind"])
        org["other_names"] = other.get(org_id, [])
        org["contacts"] = contacts.get(org_id, [])
        org["people"] = people.get(org_id, [])
        for person in org["people"]:
            person["contacts"] = person_contacts.get(person["person_id"], [])
        org["publications"] = publications.get(org_id, [])
        org["regions"] = [{"id": r["region_id"], "path": _path(regions, r["region_id"])}
                          for r in org_regions.get(org_id, [])]
        org["tags"] = [t["name"] for t in tags.get(org_id, [])]
        org["relations"] = relations.get(org_id, [])
        org["parent"] = parents.get(org["parent_id"])
        org["offices"] = []
        out[org_id] = org
    return out


def _relations(conn: Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Links in both directions, each phrased from the side of the organisation it is under."""
    id_list = ",".join(str(int(i)) for i in ids)
    wanted = set(ids)
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(text(
            "SELECT r.id, r.kind, r.note, r.from_org_id, r.to_org_id, f.name AS from_name, "
            "t.name AS to_name FROM relation r JOIN organisation f ON f.id = r.from_org_id "
            "JOIN organisation t ON t.id = r.to_org_id "
            f"WHERE r.from_org_id IN ({id_list}) OR r.to_org_id IN ({id_list}) ORDER BY r.id"
    )).mappings():
        for org_id, outgoing in ((row["from_org_id"], True), (row["to_org_id"], False)):
            if org_id not in wanted or (not outgoing and row["from_org_id"] == org_id):
                continue
            out[org_id].append({
                "id": row["id"], "kind": row["kind"], "note": row["note"],
                "direction": "outgoing" if outgoing else "incoming",
                "label": RELATION_LABELS.get(RelationKind(row["kind"]), row["kind"]),
                "other_id": row["to_org_id"] if outgoing else row["from_org_id"],
                "other_name": row["to_name"] if outgoing else row["from_name"],
            })
    return out
