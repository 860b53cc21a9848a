"""History of entries and reverting whole change-log batches.

Every write of the services is logged row by row under a batch id (see `changelog.py`). This
module reads those rows back as readable changes per organisation or person, and reverts a batch:
updated fields get their old values back, created rows are deleted, deleted rows come back with
their original ids, links are undone — all in one transaction through the same change-log helpers,
so a revert is itself a batch (and reverting it again is "redo").

A revert refuses, with `RevertConflict`, when a later change stands in the way: the field was
changed again, the row was edited or deleted since, or something now depends on a created row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, TypeDecorator, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from directory_app.domain.models import utcnow
from directory_app.services.changelog import (
    CHANGELOG,
    delete_row,
    insert_row,
    link_rows,
    to_text,
    unlink_rows,
    update_row,
)
from directory_app.services.entries import Entries, Touched
from directory_app.store.database import Directory

# A revert writes one extra row naming the batch it reverted, so that History can say
# "reverted" after a restart. It is not a data change and is never itself reverted.
META_ENTITY = "batch"
META_OP = "revert"

ENTITY_LABELS = {
    "organisation": "organisation",
    "person": "person",
    "contactpoint": "contact point",
    "othername": "other name",
    "publication": "publication",
    "affiliation": "role",
    "relation": "relation",
    "orgregion": "region",
    "orgtag": "focus area",
    "region": "region",
}

# Rows that must not exist when a created row is removed again (the database would otherwise
# delete or unlink them silently through its foreign keys, and nothing of that would be logged).
_DEPENDENTS = {
    "organisation": (("contactpoint", "org_id"), ("othername", "org_id"),
                     ("publication", "org_id"), ("affiliation", "org_id"),
                     ("relation", "from_org_id"), ("relation", "to_org_id"),
                     ("orgregion", "org_id"), ("orgtag", "org_id"), ("organisation", "parent_id")),
    "person": (("contactpoint", "person_id"), ("affiliation", "person_id")),
    "region": (("region", "parent_id"), ("orgregion", "region_id")),
}

# Tables whose rows belong to an organisation or a person through these columns.
_OWNED_BY_ORG = {"contactpoint": ("org_id",), "othername": ("org_id",),
                 "publication": ("org_id",), "affiliation": ("org_id",),
                 "relation": ("from_org_id", "to_org_id")}
_OWNED_BY_PERSON = {"contactpoint": ("person_id",), "affiliation": ("person_id",)}
_IGNORED_ON_COMPARE = {"updated_at"}


class RevertConflict(Exception):
    """A batch cannot be reverted because a later change stands in the way (reason in words)."""


@dataclass(frozen=True)
class Change:
    """One change-log row: a field update, or a created/deleted/linked/unlinked row."""

    id: int
    batch: str
    at: datetime
    entity: str
    entity_id: int
    op: str
    field: str
    old: str | None
    new: str | None

    @property
    def snapshot(self) -> dict[str, Any]:
        text = self.new if self.op in ("create", "link") else self.old
        try:
            return json.loads(text or "{}")
        except ValueError:
            return {}

    @property
    def what(self) -> str:
        """The changed thing in words, e.g. "contact point 12 (phone)"."""
        label = ENTITY_LABELS.get(self.entity, self.entity)
        if self.op in ("link", "unlink"):
            return label
        return f"{label} {self.entity_id}"

    def describe(self) -> str:
        """The change as one English line (the GUI composes its own translated text)."""
        if self.op == "update":
            return f"{self.what}: {self.field} “{self.old or ''}” → “{self.new or ''}”"
        verb = {"create": "added", "delete": "deleted", "link": "linked",
                "unlink": "unlinked"}.get(self.op, self.op)
        return f"{self.what} {verb}: {snapshot_label(self.entity, self.snapshot)}"


@dataclass
class BatchSummary:
    """One batch as History shows it: when, the changes that concern the entry, its links."""

    batch: str
    at: datetime
    changes: list[Change] = field(default_factory=list)
    size: int = 0  # all changes in the batch, including those to other entries
    reverts: str | None = None  # the batch this one reverted
    reverted_by: str | None = None  # the batch that reverted this one, if any

    def describe(self) -> str:
        lines = [c.describe() for c in self.changes]
        more = self.size - len(self.changes)
        if more > 0:
            lines.append(f"and {more} more change(s) to other entries")
        return "; ".join(lines)


def snapshot_label(entity: str, snap: dict[str, Any]) -> str:
    """A short readable name for a created or deleted row."""
    if entity == "contactpoint":
        if snap.get("kind") == "address":
            parts = [snap.get(k) for k in ("postal_code", "city", "street", "po_box")]
            return "address " + ", ".join(p for p in parts if p)
        return f"{snap.get('kind', '')} {snap.get('value', '')}".strip()
    if entity == "affiliation":
        return (snap.get("role") or "role") + f" (person {snap.get('person_id')}, " \
            f"organisation {snap.get('org_id')})"
    if entity == "relation":
        return f"{snap.get('kind')} {snap.get('from_org_id')} → {snap.get('to_org_id')}"
    for key in ("name", "display_name", "title", "value"):
        if snap.get(key):
            return str(snap[key])
    return ", ".join(f"{k}={v}" for k, v in snap.items() if k != "org_id")


# -- reading history ---------------------------------------------------------------------------
def _table(name: str) -> Table:
    table = SQLModel.metadata.tables.get(name)
    if table is None:
        raise RevertConflict(f"the change log names an unknown table “{name}”")
    return table


def _change(row: Any) -> Change:
    return Change(row.id, row.batch, row.at, row.entity, row.entity_id, row.op, row.field,
                  row.old_value, row.new_value)


def batch_changes(directory: Directory, batch: str) -> list[Change]:
    """The data changes of one batch, in the order they were made."""
    with directory.begin() as conn:
        return _batch_rows(conn, batch)


def _batch_rows(conn: Connection, batch: str) -> list[Change]:
    rows = conn.execute(select(CHANGELOG).where(CHANGELOG.c.batch == batch,
                                                CHANGELOG.c.entity != META_ENTITY)
                        .order_by(CHANGELOG.c.id))
    return [_change(r) for r in rows]


def _owned_ids(conn: Connection, entity: str, column: str, owner_id: int) -> set[int]:
    """Ids of rows of `entity` that belong (or belonged) to the owner through `column`."""
    table = _table(entity)
    ids = {r[0] for r in conn.execute(select(table.c.id).where(table.c[column] == owner_id))}
    snap = func.json_extract(func.coalesce(CHANGELOG.c.new_value, CHANGELOG.c.old_value),
                             f"$.{column}")
    ids.update(r[0] for r in conn.execute(
        select(CHANGELOG.c.entity_id).where(CHANGELOG.c.entity == entity,
                                            CHANGELOG.c.op.in_(("create", "delete")),
                                            snap == str(owner_id))))
    return ids


def org_history(directory: Directory, org_id: int) -> list[BatchSummary]:
    """Batches that changed an organisation, its names, contacts, links and people's roles."""
    with directory.begin() as conn:
        clauses = [and_(CHANGELOG.c.entity.in_(("organisation", "orgregion", "orgtag")),
                        CHANGELOG.c.entity_id == org_id)]
        for entity, columns in _OWNED_BY_ORG.items():
            ids: set[int] = set()
            for column in columns:
                ids |= _owned_ids(conn, entity, column, org_id)
            if ids:
                clauses.append(and_(CHANGELOG.c.entity == entity, CHANGELOG.c.entity_id.in_(ids)))
        return _summaries(conn, or_(*clauses))


def person_history(directory: Directory, person_id: int) -> list[BatchSummary]:
    """Batches that changed a person, their contact points or their roles."""
    with directory.begin() as conn:
        clauses = [and_(CHANGELOG.c.entity == "person", CHANGELOG.c.entity_id == person_id)]
        for entity, columns in _OWNED_BY_PERSON.items():
            ids = _owned_ids(conn, entity, columns[0], person_id)
            if ids:
                clauses.append(and_(CHANGELOG.c.entity == entity, CHANGELOG.c.entity_id.in_(ids)))
        return _summaries(conn, or_(*clauses))


def recent_batches(directory: Directory, limit: int = 50) -> list[BatchSummary]:
    """The latest batches of the whole directory, newest first."""
    with directory.begin() as conn:
        latest = conn.execute(
            select(CHANGELOG.c.batch, func.max(CHANGELOG.c.id).label("last"))
            .where(CHANGELOG.c.entity != META_ENTITY)
            .group_by(CHANGELOG.c.batch).order_by(func.max(CHANGELOG.c.id).desc()).limit(limit))
        batches = [r.batch for r in latest]
        return _summaries(conn, CHANGELOG.c.batch.in_(batches)) if batches else []


def _summaries(conn: Connection, clause) -> list[BatchSummary]:
    rows = conn.execute(select(CHANGELOG).where(clause, CHANGELOG.c.entity != META_ENTITY)
                        .order_by(CHANGELOG.c.id))
    out: dict[str, BatchSummary] = {}
    for row in rows:
        summary = out.setdefault(row.batch, BatchSummary(row.batch, row.at))
        summary.changes.append(_change(row))
    if not out:
        return []
    batches = list(out)
    for batch, size in conn.execute(
            select(CHANGELOG.c.batch, func.count()).where(
                CHANGELOG.c.batch.in_(batches), CHANGELOG.c.entity != META_ENTITY)
            .group_by(CHANGELOG.c.batch)):
        out[batch].size = size
    for meta in conn.execute(select(CHANGELOG.c.batch, CHANGELOG.c.old_value).where(
            CHANGELOG.c.entity == META_ENTITY, CHANGELOG.c.op == META_OP,
            or_(CHANGELOG.c.batch.in_(batches), CHANGELOG.c.old_value.in_(batches)))
            .order_by(CHANGELOG.c.id)):
        if meta.batch in out:
            out[meta.batch].reverts = meta.old_value
        if meta.old_value in out:
            out[meta.old_value].reverted_by = meta.batch
    return sorted(out.values(), key=lambda s: s.changes[-1].id, reverse=True)


# -- reverting -----------------------------------------------------------------------------------
def revert(entries: Entries, batch: str, *, row_by_row: bool = False) -> str:
    """Undo every change of `batch` in one new, logged batch; returns the new batch id.

    Raises `RevertConflict` (and writes nothing) when a later change conflicts. Batches are
    reverted set-wise (`bulk_revert`), or change by change, newest first, when asked or when
    the batch has a shape the set-wise path does not handle.
    """
    from directory_app.services import bulk_revert  # it builds on this module's helpers

    with entries.transaction() as new_batch:
        active = entries.active
        assert active is not None
        conn, _batch, touched = active
        changes = _batch_rows(conn, batch)
        if not changes:
            raise RevertConflict(f"there is no change batch {batch} to revert")
        try:
            if row_by_row:
                raise bulk_revert.NeedsRowByRow
            bulk_revert.revert_bulk(conn, changes, new_batch, touched)
        except bulk_revert.NeedsRowByRow:
            for change in reversed(changes):
                _revert_change(conn, change, new_batch, touched)
        conn.execute(CHANGELOG.insert().values(
            batch=new_batch, entity=META_ENTITY, entity_id=0, op=META_OP, field="batch",
            old_value=batch, new_value=None, at=utcnow()))
    return new_batch


def _get(conn: Connection, table: Table, row_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    return dict(row) if row is not None else None


def from_text(table: Table, column: str, value: str | None) -> Any:
    """A change-log text back as the column's Python value."""
    if value is None:
        return None
    kind = _python_type(table.c[column].type)
    if kind is None:
        return value
    if kind is bool:
        return value in ("1", "True", "true")
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    if kind is datetime:
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if kind is date:
        return date.fromisoformat(value[:10])
    return value


def _python_type(sql_type: Any) -> type | None:
    """The Python type of a column, looking through decorated types such as UTCDateTime."""
    if isinstance(sql_type, TypeDecorator):
        sql_type = sql_type.impl_instance
    try:
        return sql_type.python_type
    except NotImplementedError:
        return None


def _values(table: Table, snap: dict[str, Any]) -> dict[str, Any]:
    return {k: from_text(table, k, v) for k, v in snap.items() if k in table.c}


def _revert_change(conn: Connection, change: Change, batch: str, touched: Touched) -> None:
    table = _table(change.entity)
    where = f"{change.what} (changed {change.at:%Y-%m-%d %H:%M})"
    if change.op == "update":
        current = _get(conn, table, change.entity_id)
        if current is None:
            raise RevertConflict(f"{where} has been deleted since; restore it first")
        if to_text(current[change.field]) != change.new:
            raise RevertConflict(
                f"{where}: {change.field} was changed again since, to "
                f"“{to_text(current[change.field]) or ''}”; revert that later change first")
        _touch(conn, change.entity, current, touched)
        update_row(conn, table, change.entity_id,
                   {change.field: from_text(table, change.field, change.old)}, batch)
        _touch(conn, change.entity, _get(conn, table, change.entity_id) or {}, touched)
    elif change.op == "create":
        _remove_created(conn, table, change, batch, touched, where)
    elif change.op == "delete":
        if _get(conn, table, change.entity_id) is not None:
            raise RevertConflict(f"{where} cannot come back: its id {change.entity_id} "
                                 "is in use again")
        values = _values(table, change.snapshot)
        try:
            insert_row(conn, table, values, batch)
        except IntegrityError:
            raise RevertConflict(f"{where} cannot come back: something it refers to "
                                 "has been deleted since") from None
        _touch(conn, change.entity, values, touched)
    elif change.op in ("link", "unlink"):
        _revert_link(conn, table, change, batch, touched, where)
    else:
        raise RevertConflict(f"{where}: unknown change “{change.op}”")


def edited_since(snapshot: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """Columns of a created row that differ now from its creation snapshot.

    Bulk imports leave empty columns (None or "", the defaults) out of their snapshots, so a
    column missing from the snapshot is compared with "empty".
    """
    edited = []
    for key, value in current.items():
        if key in _IGNORED_ON_COMPARE:
            continue
        now = to_text(value)
        then = snapshot.get(key)
        if now != then and not (then is None and now in (None, "")):
            edited.append(key)
    return edited


def _remove_created(conn, table, change, batch, touched, where) -> None:
    current = _get(conn, table, change.entity_id)
    if current is None:
        raise RevertConflict(f"{where} has been deleted since")
    edited = edited_since(change.snapshot, current)
    if edited:
        raise RevertConflict(f"{where} has been edited since ({', '.join(edited)}); "
                             "revert those later changes first")
    for entity, column in _DEPENDENTS.get(change.entity, ()):
        dep = _table(entity)
        count = conn.execute(select(func.count()).select_from(dep)
                             .where(dep.c[column] == change.entity_id)).scalar_one()
        if count:
            raise RevertConflict(
                f"{where} has {count} {ENTITY_LABELS.get(entity, entity)}(s) added since; "
                "remove them or revert those changes first")
    _touch(conn, change.entity, current, touched)
    delete_row(conn, table, change.entity_id, batch)


def _revert_link(conn, table, change, batch, touched, where) -> None:
    values = _values(table, change.snapshot)
    present = conn.execute(select(func.count()).select_from(table).where(
        *[table.c[k] == v for k, v in values.items()])).scalar_one()
    if change.op == "link":
        if not present:
            raise RevertConflict(f"{where}: the link has been removed since")
        unlink_rows(conn, table, values, batch, change.entity_id)
    else:
        if present:
            raise RevertConflict(f"{where}: the link has been made again since")
        try:
            link_rows(conn, table, values, batch, change.entity_id)
        except IntegrityError:
            raise RevertConflict(f"{where}: what it linked to has been deleted since") from None
    touched.orgs.add(change.entity_id)


def _touch(conn: Connection, entity: str, row: dict[str, Any], touched: Touched) -> None:
    """Mark the organisations and people whose search index rows this row feeds."""
    if entity == "organisation" and row.get("id") is not None:
        touched.orgs.add(row["id"])
        touched.people.update(r[0] for r in conn.exec_driver_sql(
            "SELECT person_id FROM affiliation WHERE org_id = ?", (row["id"],)))
    elif entity == "person" and row.get("id") is not None:
        touched.people.add(row["id"])
        touched.orgs.update(r[0] for r in conn.exec_driver_sql(
            "SELECT org_id FROM affiliation WHERE person_id = ?", (row["id"],)))
    for column in ("org_id", "from_org_id", "to_org_id"):
        if row.get(column) is not None:
            touched.orgs.add(int(row[column]))
    if row.get("person_id") is not None:
        touched.people.add(int(row["person_id"]))
