"""The organisations table: pages of `Queries.list_orgs` under an `OrgFilter`."""

from __future__ import annotations

from datetime import date

from directory_app.services.queries import OrgFilter, OrgRow, Queries
from directory_app.ui.labels import kind_label
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
            Column("kind", "kind", lambda: self.tr("Kind"), kind_label),
            Column("city", "city", lambda: self.tr("City")),
            Column("region", "region", lambda: self.tr("Region")),
            Column("phone", "phone", lambda: self.tr("Phone")),
            Column("email", "email", lambda: self.tr("E-mail")),
            Column("last_verified", "last_verified", lambda: self.tr("Last verified"), _date),
        ], page_size, parent)
        self._queries = queries
        self._filter = flt or OrgFilter()

    @property
    def filter(self) -> OrgFilter:
        return self._filter

    def set_filter(self, flt: OrgFilter) -> None:
        self._filter = flt
        self.refresh()

    def set_queries(self, queries: Queries) -> None:
        self._queries = queries
        self.refresh()

    def _count(self) -> int:
        return self._queries.count_orgs(self._filter)

    def _fetch(self, sort: str, descending: bool, limit: int, offset: int) -> list[OrgRow]:
        return self._queries.list_orgs(self._filter, sort=sort, descending=descending,
                                       limit=limit, offset=offset)
