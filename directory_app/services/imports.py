"""The imports made into a directory, and undoing one of them as a whole."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from directory_app.domain.models import ImportBatch, utcnow
from directory_app.domain.validation import ValidationError
from directory_app.services import history
from directory_app.services.entries import Entries
from directory_app.store.backup import make_backup

IMPORT_BATCH = ImportBatch.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ImportInfo:
    id: int
    source: str
    format: str
    started_at: datetime
    finished_at: datetime | None
    undone_at: datetime | None
    counts: dict[str, Any]
    batch: str


def list_imports(entries: Entries) -> list[ImportInfo]:
    """Finished imports, newest first."""
    with entries.directory.begin() as conn:
        rows = conn.execute(select(IMPORT_BATCH).where(IMPORT_BATCH.c.finished_at.is_not(None))
                            .order_by(IMPORT_BATCH.c.id.desc())).mappings().all()
    return [ImportInfo(r["id"], r["source"], r["format"], r["started_at"], r["finished_at"],
                       r["undone_at"], _counts(r["summary"]), r["batch"]) for r in rows]


def _counts(summary: str) -> dict[str, Any]:
    try:
        return json.loads(summary).get("counts", {}) if summary else {}
    except ValueError:
        return {}


def undo_import(entries: Entries, import_id: int) -> str:
    """Roll back everything import `import_id` wrote, after a backup; returns the revert batch.

    Entries edited since the import make it refuse (history.RevertConflict) and write nothing.
    """
    info = next((i for i in list_imports(entries) if i.id == import_id), None)
    if info is None:
        raise ValidationError("import", f"there is no finished import number {import_id}")
    if info.undone_at is not None:
        raise ValidationError("import", f"import {import_id} was already undone on "
                              f"{info.undone_at:%Y-%m-%d %H:%M}")
    make_backup(entries.directory, reason=f"before-undo-import-{import_id}")
    with entries.transaction():
        new_batch = history.revert(entries, info.batch)
        entries.active[0].execute(update(IMPORT_BATCH).where(IMPORT_BATCH.c.id == import_id)
                                  .values(undone_at=utcnow()))
    return new_batch
