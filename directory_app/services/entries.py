"""Writing the directory: organisations, people, contact points, names, links.

`Entries` is the only writer. Each public method runs in one transaction, validates first,
records every change in the change log under one batch id (returned, so a caller can undo it),
and keeps the full-text index in step before committing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select

from directory_app.domain import models as m
from directory_app.domain.validation import ValidationError
from directory_app.services import rules
from directory_app.services.changelog import (
    delete_row,
    insert_row,
    link_rows,
    new_batch,
    unlink_rows,
    update_row,
)
from directory_app.store import search
from directory_app.store.database import Directory

ORG: Table = m.Organisation.__table__  # type: ignore[attr-defined]
PERSON: Table = m.Person.__table__  # type: ignore[attr-defined]
CONTACT: Table = m.ContactPoint.__table__  # type: ignore[attr-defined]
OTHER_NAME: Table = m.OtherName.__table__  # type: ignore[attr-defined]
PUBLICATION: Table = m.Publication.__table__  # type: ignore[attr-defined]
AFFILIATION: Table = m.Affiliation.__table__  # type: ignore[attr-defined]
RELATION: Table = m.Relation.__table__  # type: ignore[attr-defined]
REGION: Table = m.Region.__table__  # type: ignore[attr-defined]
TAG: Table = m.Tag.__table__  # type: ignore[attr-defined]
ORG_REGION: Table = m.OrgRegion.__table__  # type: ignore[attr-defined]
ORG_TAG: Table = m.OrgTag.__table__  # type: ignore[attr-defined]


@dataclass
class Touched:
    """What a transaction changed, so the index is refreshed once at the end."""

    orgs: set[int] = field(default_factory=set)
    people: set[int] = field(default_factory=set)


@dataclass
class WriteResult:
    """The outcome of one write: the batch to undo it, the id it concerns, warnings in words."""

    batch: str
    id: int | None = None
    warnings: list[str] = field(default_factory=list)


class Entries:
    def __init__(self, directory: Directory, default_region: str = "RU"):
        self.directory = directory
        self.default_region = default_region
        self._active: tuple[Connection, str, Touched] | None = None

    # -- transaction plumbing -------------------------------------------------------------
    def _run(self, work) -> WriteResult:
        if self.directory.read_only:
            raise ValidationError("directory", "this directory is open read-only")
        if self._active is not None:
            conn, batch, touched = self._active
            result = WriteResult(batch)
            work(conn, batch, touched, result)
            return result
        with self.transaction() as batch:
            conn, _batch, touched = self._active
            result = WriteResult(batch)
            work(conn, batch, touched, result)
        return result

    @property
    def active(self) -> tuple[Connection, str, Touched] | None:
        """The open transaction's connection, batch and touched ids (None outside one).

        For service modules (history, merge) that write rows through the change-log helpers
        inside `transaction()` and want the index refreshed with everything else at its end.
        """
        return self._active

    @contextmanager
    def transaction(self, batch: str | None = None) -> Iterator[str]:
        """Group several writes into one transaction and one change-log batch (yielded).

        Nothing is written unless the whole block succeeds.
        """
        if self._active is not None:
            yield self._active[1]
            return
        if self.directory.read_only:
            raise ValidationError("directory", "this directory is open read-only")
        batch = batch or new_batch()
        touched = Touched()
        with self.directory.begin() as conn:
            self._active = (conn, batch, touched)
            try:
                yield batch
                search.reindex_orgs(conn, touched.orgs)
                search.reindex_people(conn, touched.people)
            finally:
                self._active = None

    # -- organisations --------------------------------------------------------------------
    def create_org(self, **values: Any) -> WriteResult:
        clean = rules.clean_org(values, creating=True)

        def work(conn, batch, touched, result):
            if clean.get("parent_id"):
                _require(conn, ORG, clean["parent_id"], "parent_id")
            result.id = insert_row(conn, ORG, clean, batch)
            touched.orgs.add(result.id)
        return self._run(work)

    def update_org(self, org_id: int, **values: Any) -> WriteResult:
        clean = rules.clean_org(values, creating=False)
        if clean.get("parent_id") == org_id:
            raise ValidationError("parent_id", "an organisation cannot be its own parent")

        def work(conn, batch, touched, result):
            result.id = org_id
            update_row(conn, ORG, org_id, clean, batch)
            touched.orgs.add(org_id)
            if "name" in clean:  # people's index rows carry the names of their organisations
                touched.people.update(_people_of(conn, org_id))
        return self._run(work)

    def delete_org(self, org_id: int) -> WriteResult:
        """Delete an organisation with its offices, contact points, names and links."""
        def work(conn, batch, touched, result):
            result.id = org_id
            # Offices of offices too, deepest first: otherwise the database would clear their
            # parent_id silently (ON DELETE SET NULL), unlogged, and no revert could restore it.
            for office in offices_below(conn, org_id):
                self._delete_org_rows(conn, office, batch, touched)
            self._delete_org_rows(conn, org_id, batch, touched)
        return self._run(work)

    def _delete_org_rows(self, conn, org_id, batch, touched) -> None:
        touched.orgs.add(org_id)
        touched.people.update(_people_of(conn, org_id))
        for table, column in ((CONTACT, "org_id"), (OTHER_NAME, "org_id"),
                              (PUBLICATION, "org_id"), (AFFILIATION, "org_id"),
                              (RELATION, "from_org_id"), (RELATION, "to_org_id")):
            for row_id in _ids(conn, table, table.c[column] == org_id):
                if table is RELATION:
                    touched.orgs.update(_relation_ends(conn, row_id))
                delete_row(conn, table, row_id, batch)
        for table, column in ((ORG_REGION, "region_id"), (ORG_TAG, "tag_id")):
            for (other,) in conn.execute(select(table.c[column]).where(table.c.org_id == org_id)):
                unlink_rows(conn, table, {"org_id": org_id, column: other}, batch, org_id)
        delete_row(conn, ORG, org_id, batch)

    def set_other_names(self, org_id: int, names: Iterable[dict[str, Any] | str]) -> WriteResult:
        """Replace the other names of an organisation (strings or dicts with name/kind/language)."""
        cleaned = [rules.clean_other_name(n) if isinstance(n, str) else rules.clean_other_name(**n)
                   for n in names]
        return self._replace_children(org_id, OTHER_NAME, cleaned, ("name", "kind", "language"))

    def set_publications(self, org_id: int, publications: Iterable[dict[str, Any]]) -> WriteResult:
        cleaned = []
        for order, pub in enumerate(publications):
            title = rules.check_required(pub.get("title", ""), "publication title")
            cleaned.append({"title": title, "frequency": pub.get("frequency", ""),
                            "language": pub.get("language", ""),
                            "description": pub.get("description", ""), "sort_order": order})
        return self._replace_children(org_id, PUBLICATION, cleaned,
                                      ("title", "frequency", "language", "description",
                                       "sort_order"))

    def _replace_children(self, org_id, table, wanted, keys) -> WriteResult:
        def work(conn, batch, touched, result):
            result.id = org_id
            _require(conn, ORG, org_id, "org_id")
            existing = conn.execute(select(table).where(table.c.org_id == org_id)).mappings().all()
            have = {tuple(r[k] for k in keys): r["id"] for r in existing}
            want = [tuple(w[k] for k in keys) for w in wanted]
            for key, row_id in have.items():
                if key not in want:
                    delete_row(conn, table, row_id, batch)
            for key, values in zip(want, wanted, strict=True):
                if key not in have:
                    insert_row(conn, table, {"org_id": org_id, **values}, batch)
            touched.orgs.add(org_id)
        return self._run(work)

    def set_regions(self, org_id: int, region_ids: Iterable[int]) -> WriteResult:
        return self._set_links(org_id, ORG_REGION, "region_id", REGION, set(region_ids))

    def set_tags(self, org_id: int, tag_names: Iterable[str]) -> WriteResult:
        names = {n.strip() for n in tag_names if n.strip()}

        def work(conn, batch, touched, result):
            ids = {_tag_id(conn, n, batch) for n in names}
            self._link_set(conn, batch, org_id, ORG_TAG, "tag_id", ids)
            touched.orgs.add(org_id)
        return self._run(work)

    def _set_links(self, org_id, link, column, target, wanted: set[int]) -> WriteResult:
        def work(conn, batch, touched, result):
            for other in wanted:
                _require(conn, target, other, column)
            self._link_set(conn, batch, org_id, link, column, wanted)
            touched.orgs.add(org_id)
        return self._run(work)

    @staticmethod
    def _link_set(conn, batch, org_id, link, column, wanted: set[int]) -> None:
        have = {r[0] for r in conn.execute(select(link.c[column]).where(link.c.org_id == org_id))}
        for other in have - wanted:
            unlink_rows(conn, link, {"org_id": org_id, column: other}, batch, org_id)
        for other in wanted - have:
            link_rows(conn, link, {"org_id": org_id, column: other}, batch, org_id)

    def ensure_region_path(self, path: Iterable[str]) -> int:
        """The id of the region at the end of `path` (e.g. ["NIS", "Russia"]), creating nodes."""
        names = [p.strip() for p in path if p.strip()]
        if not names:
            raise ValidationError("region", "a region needs a name")

        def work(conn, batch, touched, result):
            result.id = region_path_id(conn, names, batch)
        return self._run(work).id

    # -- people ---------------------------------------------------------------------------
    def create_person(self, **values: Any) -> WriteResult:
        clean = rules.clean_person(values, creating=True)

        def work(conn, batch, touched, result):
            result.id = insert_row(conn, PERSON, clean, batch)
            touched.people.add(result.id)
        return self._run(work)

    def update_person(self, person_id: int, **values: Any) -> WriteResult:
        clean = rules.clean_person(values, creating=False)

        def work(conn, batch, touched, result):
            result.id = person_id
            update_row(conn, PERSON, person_id, clean, batch)
            touched.people.add(person_id)
            touched.orgs.update(_orgs_of(conn, person_id))
        return self._run(work)

    def delete_person(self, person_id: int) -> WriteResult:
        def work(conn, batch, touched, result):
            result.id = person_id
            touched.orgs.update(_orgs_of(conn, person_id))
            for table in (CONTACT, AFFILIATION):
                for row_id in _ids(conn, table, table.c.person_id == person_id):
                    delete_row(conn, table, row_id, batch)
            delete_row(conn, PERSON, person_id, batch)
            touched.people.add(person_id)
        return self._run(work)

    def affiliate(self, person_id: int, org_id: int, role: str = "", *, is_primary: bool = False,
                  start_date=None, end_date=None) -> WriteResult:
        def work(conn, batch, touched, result):
            _require(conn, PERSON, person_id, "person_id")
            _require(conn, ORG, org_id, "org_id")
            result.id = insert_row(conn, AFFILIATION, {
                "person_id": person_id, "org_id": org_id, "role": role.strip(),
                "is_primary": is_primary, "start_date": start_date, "end_date": end_date}, batch)
            touched.orgs.add(org_id)
            touched.people.add(person_id)
        return self._run(work)

    def update_affiliation(self, affiliation_id: int, **values: Any) -> WriteResult:
        allowed = {"role", "is_primary", "start_date", "end_date", "org_id"}
        if set(values) - allowed:
            raise ValidationError(sorted(set(values) - allowed)[0], "is not a field of a role")

        def work(conn, batch, touched, result):
            row = _require(conn, AFFILIATION, affiliation_id, "affiliation")
            result.id = affiliation_id
            update_row(conn, AFFILIATION, affiliation_id, values, batch)
            touched.orgs.update({row["org_id"], values.get("org_id", row["org_id"])})
            touched.people.add(row["person_id"])
        return self._run(work)

    def remove_affiliation(self, affiliation_id: int) -> WriteResult:
        def work(conn, batch, touched, result):
            row = delete_row(conn, AFFILIATION, affiliation_id, batch)
            if row:
                touched.orgs.add(row["org_id"])
                touched.people.add(row["person_id"])
        return self._run(work)

    # -- contact points -------------------------------------------------------------------
    def add_contact(self, *, org_id: int | None = None, person_id: int | None = None,
                    **values: Any) -> WriteResult:
        if (org_id is None) == (person_id is None):
            raise ValidationError("owner", "a contact point belongs to one organisation or person")
        clean, warning = rules.clean_contact(values, creating=True,
                                             default_region=self.default_region)

        def work(conn, batch, touched, result):
            if org_id is not None:
                _require(conn, ORG, org_id, "org_id")
                touched.orgs.add(org_id)
            else:
                _require(conn, PERSON, person_id, "person_id")
                touched.people.add(person_id)
            result.id = insert_row(conn, CONTACT, {"org_id": org_id, "person_id": person_id,
                                                   **clean}, batch)
            if warning:
                result.warnings.append(warning)
        return self._run(work)

    def update_contact(self, contact_id: int, **values: Any) -> WriteResult:
        def work(conn, batch, touched, result):
            row = _require(conn, CONTACT, contact_id, "contact")
            values.setdefault("kind", row["kind"])
            clean, warning = rules.clean_contact(values, creating=False,
                                                 default_region=self.default_region)
            result.id = contact_id
            update_row(conn, CONTACT, contact_id, clean, batch)
            _touch_owner(touched, row)
            if warning:
                result.warnings.append(warning)
        return self._run(work)

    def delete_contact(self, contact_id: int) -> WriteResult:
        def work(conn, batch, touched, result):
            row = delete_row(conn, CONTACT, contact_id, batch)
            if row:
                _touch_owner(touched, row)
        return self._run(work)

    # -- relations between organisations --------------------------------------------------
    def relate(self, from_org_id: int, to_org_id: int, kind: str = "partner", note: str = ""
               ) -> WriteResult:
        kind = rules.clean_relation_kind(kind)
        if from_org_id == to_org_id:
            raise ValidationError("to_org_id", "an organisation cannot be related to itself")

        def work(conn, batch, touched, result):
            _require(conn, ORG, from_org_id, "from_org_id")
            _require(conn, ORG, to_org_id, "to_org_id")
            result.id = insert_row(conn, RELATION, {"from_org_id": from_org_id,
                                                    "to_org_id": to_org_id, "kind": kind,
                                                    "note": note.strip()}, batch)
            touched.orgs.update({from_org_id, to_org_id})
        return self._run(work)

    def unrelate(self, relation_id: int) -> WriteResult:
        def work(conn, batch, touched, result):
            row = delete_row(conn, RELATION, relation_id, batch)
            if row:
                touched.orgs.update({row["from_org_id"], row["to_org_id"]})
        return self._run(work)


# -- helpers shared by the methods above (and by bulk importers) -----------------------------
def _require(conn: Connection, table: Table, row_id: int | None, field: str) -> dict[str, Any]:
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    if row is None:
        raise ValidationError(field, f"there is no {table.name} with id {row_id}")
    return dict(row)


def _ids(conn: Connection, table: Table, clause) -> list[int]:
    return [r[0] for r in conn.execute(select(table.c.id).where(clause))]


def _children(conn: Connection, org_id: int) -> list[int]:
    return _ids(conn, ORG, ORG.c.parent_id == org_id)


def offices_below(conn: Connection, org_id: int, seen: set[int] | None = None) -> list[int]:
    """Every office below an organisation, each listed after its own offices (deepest first)."""
    seen = {org_id} if seen is None else seen
    out: list[int] = []
    for child in _children(conn, org_id):
        if child not in seen:  # a parent loop would otherwise never end
            seen.add(child)
            out.extend(offices_below(conn, child, seen))
            out.append(child)
    return out


def _people_of(conn: Connection, org_id: int) -> set[int]:
    return {r[0] for r in conn.execute(
        select(AFFILIATION.c.person_id).where(AFFILIATION.c.org_id == org_id))}


def _orgs_of(conn: Connection, person_id: int) -> set[int]:
    return {r[0] for r in conn.execute(
        select(AFFILIATION.c.org_id).where(AFFILIATION.c.person_id == person_id))}


def _relation_ends(conn: Connection, relation_id: int) -> set[int]:
    row = conn.execute(select(RELATION.c.from_org_id, RELATION.c.to_org_id)
                       .where(RELATION.c.id == relation_id)).one()
    return set(row)


def _touch_owner(touched: Touched, row: dict[str, Any]) -> None:
    if row.get("org_id"):
        touched.orgs.add(row["org_id"])
    if row.get("person_id"):
        touched.people.add(row["person_id"])


def _tag_id(conn: Connection, name: str, batch: str) -> int:
    """The id of the tag, created (and logged, so that undo removes it again) when new."""
    found = conn.execute(select(TAG.c.id).where(TAG.c.name == name)).scalar_one_or_none()
    if found is not None:
        return found
    return insert_row(conn, TAG, {"name": name}, batch)


def region_path_id(conn: Connection, names: list[str], batch: str) -> int:
    """The id of the region node at the end of the path of names, creating missing nodes."""
    parent = None
    for name in names:
        clause = REGION.c.parent_id.is_(None) if parent is None else REGION.c.parent_id == parent
        found = conn.execute(select(REGION.c.id).where(clause, REGION.c.name == name)
                             ).scalar_one_or_none()
        parent = found if found is not None else insert_row(
            conn, REGION, {"name": name, "parent_id": parent}, batch)
    return parent
