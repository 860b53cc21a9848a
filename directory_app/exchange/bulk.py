"""Bulk writes for imports: SQLAlchemy Core `executemany` with change-log rows.

`Entries` writes one row per statement and reads it back for the change log; at 100,000 rows
that is far too slow. `BulkWriter` assigns ids itself (the import holds SQLite's write lock for
its whole transaction, so max(id) + 1 is what SQLite would have given), buffers full rows per
table, logs a 'create' (or 'link') change-log row for each with the same snapshot `Entries`
writes, and flushes in foreign-key order. Rows go to the connection's `exec_driver_sql`
executemany as tuples, converted once by the columns' own SQLAlchemy bind processors: building
and compiling a Core `insert()` per parameter set took most of an import's time.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Table

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


class _TableSql:
    """The INSERT statement of one table, its column order and bind processors."""

    def __init__(self, table: Table, conn: Connection):
        self.columns = [c.name for c in table.c]
        marks = ", ".join("?" for _ in self.columns)
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.columns)}) VALUES ({marks})"
        dialect = conn.dialect
        self.processors = [(i, proc) for i, c in enumerate(table.c)
                           if (proc := c.type.bind_processor(dialect)) is not None]

    def row(self, values: dict[str, Any]) -> tuple:
        row = [values.get(c) for c in self.columns]
        for i, proc in self.processors:
            if row[i] is not None:
                row[i] = proc(row[i])
        return tuple(row)


class BulkWriter:
    """Buffered inserts with ids assigned up front; `dry` counts without writing."""

    def __init__(self, conn: Connection, batch: str, *, dry: bool = False):
        self.conn = conn
        self.batch = batch
        self.dry = dry
        self.now = m.utcnow()
        self.now_text = to_text(self.now)
        self.templates = {t.name: _template(t) for t in FLUSH_ORDER}
        for name in ("organisation", "person"):
            self.templates[name].update(created_at=self.now, updated_at=self.now)
        self.sql = {t.name: _TableSql(t, conn) for t in (*FLUSH_ORDER, CHANGELOG)}
        self.next_id = {name: (conn.exec_driver_sql(f"SELECT max(id) FROM {name}").scalar()
                               or 0) + 1 for name in WITH_ID}
        self.flushed_next = dict(self.next_id)     # ids below these are in the database
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
            self.rows[table.name].append(self.sql[table.name].row(row))
            self.log.append((self.batch, table.name, row_id, "create",
                             self._snapshot(row)))
            self._count()
        return row_id

    def link(self, table: Table, values: dict[str, Any], entity_id: int) -> None:
        self.created[table.name] += 1
        if not self.dry:
            self.rows[table.name].append(self.sql[table.name].row(values))
            self.log.append((self.batch, table.name, entity_id, "link",
                             self._snapshot(values)))
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
                self.conn.exec_driver_sql(self.sql[table.name].sql, rows)
        if self.log:
            log = self.sql[CHANGELOG.name]
            at = log.row({"at": self.now})[log.columns.index("at")]
            self.conn.exec_driver_sql(
                "INSERT INTO changelog (batch, entity, entity_id, op, field, old_value, "
                "new_value, at) VALUES (?, ?, ?, ?, '', NULL, ?, ?)",
                [(*entry, at) for entry in self.log])
            self.log = []
        self.pending = 0
        self.flushed_next = dict(self.next_id)

    def ensure_written(self, table: Table, row_id: int) -> None:
        """Flush if the row (and so everything queued with it) is still in the buffer."""
        if row_id >= self.flushed_next.get(table.name, 0):
            self.flush()

    def _snapshot(self, row: dict[str, Any]) -> str:
        """The JSON snapshot of a new row as `changelog.snapshot` writes it, less its empty
        columns (None or ""), which are the columns' defaults: a third of the size to encode."""
        now, now_text = self.now, self.now_text
        return json.dumps({k: v if type(v) is str else now_text if v is now else to_text(v)
                           for k, v in row.items() if v is not None and v != ""},
                          ensure_ascii=False)
