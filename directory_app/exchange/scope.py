"""Export scopes: the whole directory, a region subtree, a kind, a tag, a search or a selection."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from directory_app.services.queries import OrgFilter, _where
from directory_app.store.database import Directory


class ScopeError(ValueError):
    """A scope that names something the directory does not have."""


@dataclass(frozen=True)
class Scope:
    region: str | None = None        # a region name, or a path "NIS > Russia"
    query: str = ""
    kind: str | None = None
    tag: str | None = None
    ids: tuple[int, ...] | None = None
    include_offices: bool = True

    def describe(self) -> str:
        parts = []
        if self.region:
            parts.append(f"region {self.region}")
        if self.kind:
            parts.append(f"kind {self.kind}")
        if self.tag:
            parts.append(f"tag {self.tag}")
        if self.query:
            parts.append(f"search “{self.query}”")
        if self.ids is not None:
            parts.append(f"{len(self.ids)} selected")
        return ", ".join(parts) or "whole directory"

    def org_ids(self, directory: Directory, conn: Connection | None = None) -> list[int]:
        """Ids of the organisations in scope, ordered by name; read in `conn`'s transaction
        when given (an export's, so that it lists what the export reads)."""
        if conn is None:
            with directory.begin() as conn:
                return self.org_ids(directory, conn)
        region_id = _region_id(conn, self.region) if self.region else None
        tag_id = _tag_id(conn, self.tag) if self.tag else None
        where, params = _where(OrgFilter(query=self.query, region_id=region_id,
                                         kind=self.kind, tag_id=tag_id))
        if self.ids is not None:
            where += f" AND organisation.id IN ({','.join(str(int(i)) for i in self.ids)})" \
                if self.ids else " AND 0 = 1"
        # Through the driver's own connection: SQLAlchemy's rows took 40 ms more for 100,000
        # organisations, on the critical path of an export.
        raw = conn.connection.driver_connection
        rows = raw.execute(f"SELECT organisation.id FROM organisation WHERE {where} "
                           "ORDER BY organisation.sort_name, organisation.id", params)
        return [r[0] for r in rows]


def _region_id(conn, region: str) -> int:
    names = [p.strip() for p in region.split(">") if p.strip()]
    parent = None
    for name in names:
        sql = "SELECT id FROM region WHERE name = :name AND " + (
            "parent_id IS NULL" if parent is None and len(names) > 1 else
            "parent_id = :parent" if parent is not None else "1 = 1")
        rows = conn.execute(text(sql), {"name": name, "parent": parent}).all()
        if not rows:
            raise ScopeError(f"there is no region “{region}”")
        if len(rows) > 1:
            raise ScopeError(f"“{name}” names several regions; give the path, e.g. “NIS > {name}”")
        parent = rows[0][0]
    return parent


def _tag_id(conn, tag: str) -> int:
    row = conn.execute(text("SELECT id FROM tag WHERE name = :n"), {"n": tag}).first()
    if row is None:
        raise ScopeError(f"there is no focus area “{tag}”")
    return row[0]
