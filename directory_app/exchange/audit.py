"""The export audit log: one line for everything that leaves the machine."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from directory_app.domain.models import ExportAudit
from directory_app.exchange.profiles import Profile
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory

AUDIT = ExportAudit.__table__  # type: ignore[attr-defined]


def record_export(directory: Directory, *, format: str, target: str, profile: Profile,
                  scope: Scope, count: int) -> None:
    if directory.read_only:
        return
    with directory.begin() as conn:
        conn.execute(insert(AUDIT).values(format=format, target=target, profile=profile.name,
                                          scope=scope.describe(), count=count))


def list_exports(directory: Directory, limit: int = 200) -> list[dict[str, Any]]:
    with directory.begin() as conn:
        rows = conn.execute(select(AUDIT).order_by(AUDIT.c.at.desc()).limit(limit)).mappings()
        return [dict(r) for r in rows]
