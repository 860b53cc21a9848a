"""Bulk writes for imports: SQLAlchemy Core `executemany` with change-log rows.

`Entries` writes one row per statement and reads it back for the change log; at 100,000 rows
that is far too slow. `BulkWriter` assigns ids itself (the import holds SQLite's write lock for
its whole transaction, so max(id) + 1 is what SQLite would have given), buffers full rows per
table, logs a 'create' (or 'link') change-log row for each with the same snapshot `Entries`
writes, and flushes in foreign-key order.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Table, insert

from directory_app.domain import models as m
from directory_app.services.changelog import CHANGELOG, to_text
from directory_app.services.entries import (
    AFFILIATION,
    CONTACT,
    ORG,
    ORG_REGION,
    ORG_TAG,
    OTHER_NAME,
    PERSON,
    PUBLICATION,
    REGION,
    RELATION,
    TAG,
)

# Parents before children, so every executemany finds the rows it points at.
FLUSH_ORDER: tuple[Table, ...] = (REGION, TAG, ORG, PERSON, OTHER_NAME, PUBLICATION, CONTACT,
                                  AFFILIATION, RELATION, ORG_REGION, ORG_TAG)
WITH_ID = {t.name for t in FLUSH_ORDER if "id" in t.c}
FLUSH_EVERY = 20_000


def _template(table: Table) -> dict[str, Any]:
    out = {}
    for column in table.c:
        default = column.default
        out[column.name] = default.arg if default is not None and default.is_scalar else None
    return out


class BulkWriter:
    """Buffered inserts with ids assigned up front; `dry` counts without writing."""

    def __init__(self, conn: Connection, batch: str, *, dry: bool = False):
        self.conn = conn
        self.batch = batch
        self.dry = dry
        self.now = m.utcnow()
        self.templates = {t.name: _template(t) for t in FLUSH_ORDER}
        for name in ("organisation", "person"):
            self.templates[name].update(created_at=self.now, updated_at=self.now)
        self.next_id = {name: (conn.exec_driver_sql(f"SELECT max(id) FROM {name}").scalar()
                               or 0) + 1 for name in WITH_ID}
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.log: list[dict[str, Any]] = []
        self.created: Counter[str] = Counter()
        self.pending = 0

    def insert(self, table: Table, values: dict[str, Any]) -> int:
        """Queue a new row; returns its id."""
        row = dict(self.templates[table.name])
        row.update(values)
        row_id = self.next_id[table.name]
        self.next_id[table.name] += 1
        row["id"] = row_id
        self.created[table.name] += 1
        if not self.dry:
            self.rows[table.name].append(row)
            self.log.append({"batch": self.batch, "entity": table.name, "entity_id": row_id,
                             "op": "create", "field": "", "old_value": None,
                             "new_value": _snapshot(row), "at": self.now})
            self._count()
        return row_id

    def link(self, table: Table, values: dict[str, Any], entity_id: int) -> None:
        self.created[table.name] += 1
        if not self.dry:
            self.rows[table.name].append(values)
            self.log.append({"batch": self.batch, "entity": table.name, "entity_id": entity_id,
                             "op": "link", "field": "", "old_value": None,
                             "new_value": _snapshot(values), "at": self.now})
            self._count()

    def _count(self) -> None:
        self.pending += 1
        if self.pending >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self.dry:
            return
        for table in FLUSH_ORDER:
            rows = self.rows.pop(table.name, None)
            if rows:
                self.conn.execute(insert(table), rows)
        if self.log:
            self.conn.execute(insert(CHANGELOG), self.log)
            self.log = []
        self.pending = 0


def _snapshot(row: dict[str, Any]) -> str:
    return json.dumps({k: to_text(v) for k, v in row.items()}, ensure_ascii=False)
