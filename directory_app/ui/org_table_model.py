"""The organisations table: pages of `Queries.list_orgs` under an `OrgFilter`."""

from __future__ import annotations

from datetime import date

from directory_app.services.queries import OrgFilter, OrgRow, Queries
from directory_app.ui.labels import kind_labels
from directory_app.ui.paged_model import ID_ROLE, PAGE_SIZE, Column, PagedSqlModel

__all__ = ["ID_ROLE", "OrgTableModel"]

COL_NAME, COL_KIND, COL_CITY, COL_REGION, COL_PHONE, COL_EMAIL, COL_VERIFIED = range(7)


def _date(value: date) -> str:
    return value.isoformat()


class OrgTableModel(PagedSqlModel):
    def __init__(self, queries: Queries, flt: OrgFilter | None = None,
                 page_size: int = PAGE_SIZE, parent=None):
        super().__init__([
            Column("name", "name", lambda: self.tr("Name")),
            Column("kind", "kind", lambda: self.tr("Kind"), self._kind_name),
            Column("city", "city", lambda: self.tr("City")),
            Column("region", "region", lambda: self.tr("Region")),
            Column("phone", "phone", lambda: self.tr("Phone")),
            Column("email", "email", lambda: self.tr("E-mail")),
            Column("last_verified", "last_verified", lambda: self.tr("Last verified"), _date),
        ], queries, flt or OrgFilter(), page_size, parent)
        self._kind_names: dict[str, str] = {}

    def _prepare(self) -> None:
        self._kind_names = kind_labels()

    def _kind_name(self, kind: str) -> str:
        return self._kind_names.get(kind, kind)

    def _count(self) -> int:
        return self._queries.count_orgs(self._filter)

    def _count_at_most(self, cap: int) -> tuple[int, bool]:
        return self._queries.count_orgs_at_most(self._filter, cap)

    def _fetch(self, sort: str, descending: bool, limit: int, offset: int) -> list[OrgRow]:
        return self._queries.list_orgs(self._filter, sort=sort, descending=descending,
                                       limit=limit, offset=offset,
                                       matches=self.total if self.total_exact else None)
