"""Row writes that record themselves in the change log.

Every write of the services goes through `insert_row`, `update_row` and `delete_row`, so that
history can be shown and any batch of changes reverted (see `history.py`).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from directory_app.domain.models import ChangeLog, utcnow

CHANGELOG: Table = ChangeLog.__table__  # type: ignore[attr-defined]


def new_batch() -> str:
    return uuid.uuid4().hex


def to_text(value: Any) -> str | None:
    """A column value as change-log text (None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def snapshot(row: dict[str, Any]) -> str:
    return json.dumps({k: to_text(v) for k, v in row.items()}, ensure_ascii=False)


def _log(conn: Connection, batch: str, entity: str, entity_id: int, op: str, field: str = "",
         old: Any = None, new: Any = None) -> None:
    conn.execute(insert(CHANGELOG).values(
        batch=batch, entity=entity, entity_id=entity_id, op=op, field=field,
        old_value=old, new_value=new, at=utcnow()))


def insert_row(conn: Connection, table: Table, values: dict[str, Any], batch: str) -> int:
    """Insert one row and log its creation with a snapshot; returns its id."""
    new_id = conn.execute(insert(table).values(**values)).inserted_primary_key[0]
    row = conn.execute(select(table).where(table.c.id == new_id)).mappings().one()
    _log(conn, batch, table.name, new_id, "create", new=snapshot(dict(row)))
    return new_id


def update_row(conn: Connection, table: Table, row_id: int, changes: dict[str, Any], batch: str
               ) -> dict[str, tuple[Any, Any]]:
    """Write the fields that really change and log each; returns {field: (old, new)}."""
    current = conn.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    if current is None:
        raise LookupError(f"{table.name} {row_id} does not exist")
    changed = {k: (current[k], v) for k, v in changes.items() if current[k] != v}
    if not changed:
        return {}
    values = {k: new for k, (_old, new) in changed.items()}
    if "updated_at" in table.c and "updated_at" not in values:
        values["updated_at"] = utcnow()
    conn.execute(update(table).where(table.c.id == row_id).values(**values))
    for field, (old, new) in changed.items():
        _log(conn, batch, table.name, row_id, "update", field, to_text(old), to_text(new))
    return changed


def delete_row(conn: Connection, table: Table, row_id: int, batch: str) -> dict[str, Any] | None:
    """Delete one row, logging a snapshot so that it can be restored; returns the old row."""
    current = conn.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    if current is None:
        return None
    _log(conn, batch, table.name, row_id, "delete", old=snapshot(dict(current)))
    conn.execute(delete(table).where(table.c.id == row_id))
    return dict(current)


def link_rows(conn: Connection, table: Table, values: dict[str, Any], batch: str, entity_id: int
              ) -> None:
    """Insert a row of a link table (no id of its own) and log it against `entity_id`."""
    conn.execute(insert(table).values(**values))
    _log(conn, batch, table.name, entity_id, "link", new=snapshot(values))


def unlink_rows(conn: Connection, table: Table, values: dict[str, Any], batch: str, entity_id: int
                ) -> None:
    clause = [table.c[k] == v for k, v in values.items()]
    if conn.execute(delete(table).where(*clause)).rowcount:
        _log(conn, batch, table.name, entity_id, "unlink", old=snapshot(values))
