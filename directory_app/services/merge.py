"""Merging two organisations (or two people) that are the same entry.

The user picks, field by field, which side's value stays; everything hanging off the other entry
(other names, contact points, people's roles, relations, publications, regions, focus areas,
offices) moves to the kept one, identical items are dropped instead of doubled, and the other
entry is deleted. It all happens in one batch, so `history.revert(batch)` undoes a merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from directory_app.domain.text import search_key
from directory_app.domain.validation import ValidationError
from directory_app.services.changelog import (
    delete_row,
    insert_row,
    link_rows,
    unlink_rows,
    update_row,
)
from directory_app.services.entries import (
    AFFILIATION,
    CONTACT,
    ORG,
    ORG_REGION,
    ORG_TAG,
    OTHER_NAME,
    PERSON,
    PUBLICATION,
    RELATION,
    Entries,
    Touched,
    offices_below,
)
from directory_app.store.backup import make_backup
from directory_app.store.database import Directory

ORG_MERGE_FIELDS = ("name", "kind", "status", "founded_year", "size", "meeting_rhythm",
                    "languages", "description", "mission", "history", "activities", "notes",
                    "source", "source_date", "last_verified")
PERSON_MERGE_FIELDS = ("display_name", "given_name", "patronymic", "family_name", "notes",
                       "consent", "consent_date", "privacy")
_CONTACT_KEY = ("kind", "service", "street", "po_box", "postal_code", "city", "region", "country")


@dataclass
class MergePreview:
    """What a merge would do: fields that differ (keep, other), and what moves or is dropped."""

    keep: dict[str, Any]
    other: dict[str, Any]
    differing: list[str] = field(default_factory=list)
    moves: dict[str, int] = field(default_factory=dict)
    duplicates: dict[str, int] = field(default_factory=dict)


def _backup_first(entries: Entries, reason: str) -> None:
    """Merges rewrite two entries at once: keep a copy of the file from before (issue 7)."""
    if entries.active is None and not entries.directory.read_only:
        make_backup(entries.directory, reason=reason)


def contact_key(row: dict[str, Any]) -> tuple:
    """Two contact points with the same key are the same way to reach someone."""
    value = row.get("e164") or search_key(row.get("value") or "")
    return (value, *(search_key(str(row.get(k) or "")) for k in _CONTACT_KEY))


def _rows(conn: Connection, table, column: str, owner: int) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        select(table).where(table.c[column] == owner).order_by(table.c.id)).mappings()]


def _one(conn: Connection, table, row_id: int, what: str) -> dict[str, Any]:
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    if row is None:
        raise ValidationError(what, f"there is no {table.name} with id {row_id}")
    return dict(row)


# -- organisations -------------------------------------------------------------------------------
def org_merge_preview(directory: Directory, keep_id: int, other_id: int) -> MergePreview:
    """The side-by-side view of two organisations and the counts of what would move."""
    if keep_id == other_id:
        raise ValidationError("merge", "an organisation cannot be merged with itself")
    with directory.begin() as conn:
        keep = _one(conn, ORG, keep_id, "keep")
        other = _one(conn, ORG, other_id, "other")
        preview = MergePreview(keep, other,
                               [f for f in ORG_MERGE_FIELDS if keep[f] != other[f]])
        keys = {contact_key(c) for c in _rows(conn, CONTACT, "org_id", keep_id)}
        moving = _rows(conn, CONTACT, "org_id", other_id)
        dup = sum(contact_key(c) in keys for c in moving)
        preview.moves["contact points"] = len(moving) - dup
        preview.duplicates["contact points"] = dup
        for label, table, column in (("other names", OTHER_NAME, "org_id"),
                                     ("people's roles", AFFILIATION, "org_id"),
                                     ("publications", PUBLICATION, "org_id"),
                                     ("offices", ORG, "parent_id")):
            preview.moves[label] = len(_rows(conn, table, column, other_id))
        preview.moves["relations"] = len(_rows(conn, RELATION, "from_org_id", other_id)) + len(
            _rows(conn, RELATION, "to_org_id", other_id))
        for label, table in (("regions", ORG_REGION), ("focus areas", ORG_TAG)):
            preview.moves[label] = len(conn.execute(
                select(table).where(table.c.org_id == other_id)).all())
        return preview


def merge_orgs(entries: Entries, keep_id: int, other_id: int,
               use_other: Iterable[str] = ()) -> str:
    """Merge `other_id` into `keep_id`; fields in `use_other` take the other side's value.

    Returns the batch id (revert it to undo the merge).
    """
    use_other = set(use_other)
    unknown = use_other - set(ORG_MERGE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "cannot be chosen in a merge")
    if keep_id == other_id:
        raise ValidationError("merge", "an organisation cannot be merged with itself")
    _backup_first(entries, "before-merge")
    with entries.transaction() as batch:
        conn, _b, touched = entries.active
        keep = _one(conn, ORG, keep_id, "keep")
        other = _one(conn, ORG, other_id, "other")
        chosen = {f: other[f] for f in use_other if other[f] != keep[f]}
        if chosen:
            entries.update_org(keep_id, **chosen)
        kept_name = chosen.get("name", keep["name"])
        _move_names(conn, batch, keep_id, other_id, other["name"], kept_name)
        _move_contacts(conn, batch, "org_id", keep_id, other_id)
        _move_affiliations(conn, batch, "org_id", keep_id, other_id, ("person_id", "role"))
        _move_publications(conn, batch, keep_id, other_id)
        _move_relations(conn, batch, keep_id, other_id, touched)
        for table, column in ((ORG_REGION, "region_id"), (ORG_TAG, "tag_id")):
            _move_links(conn, batch, table, column, keep_id, other_id)
        _move_offices(conn, batch, keep, other_id)
        touched.orgs.update({keep_id, other_id})
        touched.people.update(r["person_id"] for r in _rows(conn, AFFILIATION, "org_id", keep_id))
        entries.delete_org(other_id)
    return batch


def _move_names(conn, batch, keep_id, other_id, other_name, kept_name) -> None:
    have = {search_key(n["name"]) for n in _rows(conn, OTHER_NAME, "org_id", keep_id)}
    have.add(search_key(kept_name))
    for row in _rows(conn, OTHER_NAME, "org_id", other_id):
        if search_key(row["name"]) in have:
            delete_row(conn, OTHER_NAME, row["id"], batch)
        else:
            update_row(conn, OTHER_NAME, row["id"], {"org_id": keep_id}, batch)
            have.add(search_key(row["name"]))
    # The dropped entry's name stays findable as a former name of the kept one.
    if search_key(other_name) not in have:
        insert_row(conn, OTHER_NAME, {"org_id": keep_id, "name": other_name, "kind": "former",
                                      "language": ""}, batch)


def _move_contacts(conn, batch, column, keep_id, other_id) -> None:
    keys = {contact_key(c) for c in _rows(conn, CONTACT, column, keep_id)}
    for row in _rows(conn, CONTACT, column, other_id):
        if contact_key(row) in keys:
            delete_row(conn, CONTACT, row["id"], batch)
        else:
            update_row(conn, CONTACT, row["id"], {column: keep_id}, batch)
            keys.add(contact_key(row))


def _move_affiliations(conn, batch, column, keep_id, other_id, same: tuple[str, ...]) -> None:
    def key(row):
        return tuple(search_key(str(row[k])) for k in same)
    keys = {key(r) for r in _rows(conn, AFFILIATION, column, keep_id)}
    for row in _rows(conn, AFFILIATION, column, other_id):
        if key(row) in keys:
            delete_row(conn, AFFILIATION, row["id"], batch)
        else:
            update_row(conn, AFFILIATION, row["id"], {column: keep_id}, batch)
            keys.add(key(row))


def _move_publications(conn, batch, keep_id, other_id) -> None:
    titles = {search_key(p["title"]) for p in _rows(conn, PUBLICATION, "org_id", keep_id)}
    for row in _rows(conn, PUBLICATION, "org_id", other_id):
        if search_key(row["title"]) in titles:
            delete_row(conn, PUBLICATION, row["id"], batch)
        else:
            update_row(conn, PUBLICATION, row["id"], {"org_id": keep_id}, batch)


def _move_relations(conn, batch, keep_id, other_id, touched: Touched) -> None:
    def key(row):
        return (row["from_org_id"], row["to_org_id"], row["kind"])
    existing = {key(r) for r in _rows(conn, RELATION, "from_org_id", keep_id)}
    existing |= {key(r) for r in _rows(conn, RELATION, "to_org_id", keep_id)}
    for column in ("from_org_id", "to_org_id"):
        for row in _rows(conn, RELATION, column, other_id):
            moved = {**row, column: keep_id}
            touched.orgs.update({row["from_org_id"], row["to_org_id"]})
            if moved["from_org_id"] == moved["to_org_id"] or key(moved) in existing:
                delete_row(conn, RELATION, row["id"], batch)
            else:
                update_row(conn, RELATION, row["id"], {column: keep_id}, batch)
                existing.add(key(moved))


def _move_links(conn, batch, table, column, keep_id, other_id) -> None:
    have = {r[0] for r in conn.execute(select(table.c[column]).where(table.c.org_id == keep_id))}
    for (value,) in conn.execute(select(table.c[column]).where(table.c.org_id == other_id)).all():
        unlink_rows(conn, table, {"org_id": other_id, column: value}, batch, other_id)
        if value not in have:
            link_rows(conn, table, {"org_id": keep_id, column: value}, batch, keep_id)


def _move_offices(conn, batch, keep, other_id) -> None:
    other = _one(conn, ORG, other_id, "other")
    if keep["id"] in offices_below(conn, other_id):
        # The kept entry was an office (or sub-office) of the other: it takes the other's place
        # in the tree first, so that moving the other's offices under it makes no loop.
        update_row(conn, ORG, keep["id"], {"parent_id": other["parent_id"]}, batch)
    for office in _rows(conn, ORG, "parent_id", other_id):
        if office["id"] != keep["id"]:
            update_row(conn, ORG, office["id"], {"parent_id": keep["id"]}, batch)


# -- people --------------------------------------------------------------------------------------
def person_merge_preview(directory: Directory, keep_id: int, other_id: int) -> MergePreview:
    if keep_id == other_id:
        raise ValidationError("merge", "a person cannot be merged with themselves")
    with directory.begin() as conn:
        keep = _one(conn, PERSON, keep_id, "keep")
        other = _one(conn, PERSON, other_id, "other")
        preview = MergePreview(keep, other,
                               [f for f in PERSON_MERGE_FIELDS if keep[f] != other[f]])
        keys = {contact_key(c) for c in _rows(conn, CONTACT, "person_id", keep_id)}
        moving = _rows(conn, CONTACT, "person_id", other_id)
        dup = sum(contact_key(c) in keys for c in moving)
        preview.moves["contact points"] = len(moving) - dup
        preview.duplicates["contact points"] = dup
        preview.moves["roles"] = len(_rows(conn, AFFILIATION, "person_id", other_id))
        return preview


def merge_people(entries: Entries, keep_id: int, other_id: int,
                 use_other: Iterable[str] = ()) -> str:
    """Merge person `other_id` into `keep_id`; returns the batch id."""
    use_other = set(use_other)
    unknown = use_other - set(PERSON_MERGE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "cannot be chosen in a merge")
    if keep_id == other_id:
        raise ValidationError("merge", "a person cannot be merged with themselves")
    _backup_first(entries, "before-merge")
    with entries.transaction() as batch:
        conn, _b, touched = entries.active
        keep = _one(conn, PERSON, keep_id, "keep")
        other = _one(conn, PERSON, other_id, "other")
        chosen = {f: other[f] for f in use_other if other[f] != keep[f]}
        if chosen:
            entries.update_person(keep_id, **chosen)
        _move_contacts(conn, batch, "person_id", keep_id, other_id)
        touched.orgs.update(r["org_id"] for r in _rows(conn, AFFILIATION, "person_id", other_id))
        _move_affiliations(conn, batch, "person_id", keep_id, other_id, ("org_id", "role"))
        touched.people.update({keep_id, other_id})
        entries.delete_person(other_id)
    return batch
