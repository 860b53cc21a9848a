"""Bulk writes for imports: SQLAlchemy Core `executemany` with change-log rows.

`Entries` writes one row per statement and reads it back for the change log; at 100,000 rows
that is far too slow. `BulkWriter` assigns ids itself (the import holds SQLite's write lock for
its whole transaction, so max(id) + 1 is what SQLite would have given), buffers full rows per
table, and flushes in foreign-key order. Rows go to the connection's `exec_driver_sql`
executemany as tuples, converted once by the columns' own SQLAlchemy bind processors: building
and compiling a Core `insert()` per parameter set took most of an import's time.

Each new row gets a 'create' change-log row with the snapshot `Entries` writes (every value as
text, less the empty columns, which are the defaults). The snapshots are made by SQLite from the
rows just written (`json_object` over the id range of the flush, one INSERT ... SELECT per
table): encoding them in Python took a fifth of an import. Link rows ('link', two ids each) are
encoded here.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, DateTime, Table, text

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

    def __init__(self, table: Table, conn: Connection, template: dict[str, Any] | None = None):
        self.columns = [c.name for c in table.c]
        self.position = {name: i for i, name in enumerate(self.columns)}
        marks = ", ".join("?" for _ in self.columns)
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.columns)}) VALUES ({marks})"
        dialect = conn.dialect
        self.by_position = [c.type.bind_processor(dialect) for c in table.c]
        self.processors = [(i, proc) for i, proc in enumerate(self.by_position)
                           if proc is not None]
        self.base = list(self.row(template)) if template is not None else None
        self.plans: dict[tuple[str, ...], list[tuple[int, Any]]] = {}

    def row(self, values: dict[str, Any]) -> tuple:
        row = [values.get(c) for c in self.columns]
        for i, proc in self.processors:
            if row[i] is not None:
                row[i] = proc(row[i])
        return tuple(row)

    def row_over_base(self, values: dict[str, Any]) -> list:
        """The template's row (converted once) with `values` put in; unknown keys ignored.

        The dicts of one kind of row come with the same keys in the same order: where each
        key goes is worked out once per key order (`_plan`).
        """
        row = self.base.copy()
        keys = tuple(values)
        plan = self.plans.get(keys)
        if plan is None:
            plan = self.plans[keys] = self._plan(keys)
        for (i, proc), value in zip(plan, values.values(), strict=True):
            if i >= 0:
                row[i] = proc(value) if proc is not None and value is not None else value
        return row

    def _plan(self, keys: tuple[str, ...]) -> list[tuple[int, Any]]:
        if len(self.plans) > 256:            # keys in ever-new orders: keep the cache small
            self.plans.clear()
        out = []
        for key in keys:
            i = self.position.get(key, -1)
            out.append((i, self.by_position[i] if i >= 0 else None))
        return out


def _snapshot_sql(table: Table) -> str:
    """INSERT ... SELECT of the 'create' change-log rows of `table`'s rows with ids in [?, ?).

    Values as `changelog.to_text` gives them: text as it is, numbers and booleans (0/1) as
    their digits, dates ISO; the datetime columns hold the import's own time, bound as its ISO
    text. NULL and '' are left out (json_patch drops members whose value is null).
    """
    members = []
    for column in table.c:
        name = column.name
        if isinstance(getattr(column.type, "impl", column.type), DateTime):
            value = f"CASE WHEN {name} = :now_db THEN :now_text ELSE {name} END"
        else:
            value = f"NULLIF(CAST({name} AS TEXT), '')"
        members.append(f"'{name}', {value}")
    return (f"INSERT INTO changelog (batch, entity, entity_id, op, field, old_value, new_value, "
            f"at) SELECT :batch, '{table.name}', id, 'create', '', NULL, "
            f"json_patch('{{}}', json_object({', '.join(members)})), :at FROM {table.name} "
            f"WHERE id >= :low AND id < :high ORDER BY id")


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
        self.sql = {t.name: _TableSql(t, conn, self.templates[t.name]) for t in FLUSH_ORDER}
        self.sql[CHANGELOG.name] = _TableSql(CHANGELOG, conn)
        self.snapshot_sql = {name: text(_snapshot_sql(t)) for t in FLUSH_ORDER
                             if (name := t.name) in WITH_ID}
        self.next_id = {name: (conn.exec_driver_sql(f"SELECT max(id) FROM {name}").scalar()
                               or 0) + 1 for name in WITH_ID}
        self.flushed_next = dict(self.next_id)     # ids below these are in the database
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.log: list[tuple] = []                 # link rows' change-log entries
        self.created: Counter[str] = Counter()
        self.pending = 0
        log = self.sql[CHANGELOG.name]
        self.at = log.row({"at": self.now})[log.columns.index("at")]
        # The import's time as the rows hold it (sqlite3 adapts the value the rows are given).
        created = self.sql[ORG.name].base[self.sql[ORG.name].position["created_at"]]
        self.now_db = conn.exec_driver_sql("SELECT ?", (created,)).scalar()

    def insert(self, table: Table, values: dict[str, Any]) -> int:
        """Queue a new row (the table's defaults, then `values`); returns its id."""
        name = table.name
        row_id = self.next_id[name]
        self.next_id[name] = row_id + 1
        self.created[name] += 1
        if not self.dry:
            sql = self.sql[name]
            row = sql.row_over_base(values)
            row[sql.position["id"]] = row_id
            self.rows[name].append(tuple(row))
            self.pending += 1
            if self.pending >= FLUSH_EVERY:
                self.flush()
        return row_id

    def link(self, table: Table, values: dict[str, Any], entity_id: int) -> None:
        self.created[table.name] += 1
        if not self.dry:
            self.rows[table.name].append(self.sql[table.name].row(values))
            self.log.append((self.batch, table.name, entity_id, "link",
                             _link_snapshot(values), self.at))
            self.pending += 1
            if self.pending >= FLUSH_EVERY:
                self.flush()

    def flush(self) -> None:
        if self.dry:
            return
        for table in FLUSH_ORDER:
            name = table.name
            rows = self.rows.pop(name, None)
            if rows:
                self.conn.exec_driver_sql(self.sql[name].sql, rows)
            if name in WITH_ID and self.next_id[name] > self.flushed_next[name]:
                self.conn.execute(self.snapshot_sql[name], {
                    "batch": self.batch, "at": self.at, "now_db": self.now_db,
                    "now_text": self.now_text, "low": self.flushed_next[name],
                    "high": self.next_id[name]})
        if self.log:
            self.conn.exec_driver_sql(
                "INSERT INTO changelog (batch, entity, entity_id, op, field, old_value, "
                "new_value, at) VALUES (?, ?, ?, ?, '', NULL, ?, ?)", self.log)
            self.log = []
        self.pending = 0
        self.flushed_next = dict(self.next_id)

    def ensure_written(self, table: Table, row_id: int) -> None:
        """Flush if the row (and so everything queued with it) is still in the buffer."""
        if row_id >= self.flushed_next.get(table.name, 0):
            self.flush()


def _link_snapshot(values: dict[str, Any]) -> str:
    """The change-log snapshot of a link row (ids only), as `changelog.snapshot` writes it.

    Ids and plain column names need no JSON escaping: such rows are formatted directly,
    exactly as `json.dumps` would write them.
    """
    if all(type(v) is int for v in values.values()):
        return "{" + ", ".join(f'"{k}": "{v}"' for k, v in values.items()) + "}"
    return json.dumps({k: to_text(v) for k, v in values.items() if v is not None and v != ""},
                      ensure_ascii=False)
