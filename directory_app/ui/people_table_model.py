"""The people table: pages of `Queries.list_people` under a `PersonFilter`."""

from __future__ import annotations

from directory_app.services.queries import PersonFilter, PersonRow, Queries
from directory_app.ui.labels import privacy_labels
from directory_app.ui.paged_model import PAGE_SIZE, Column, PagedSqlModel

COL_NAME, COL_ORG, COL_ROLE, COL_PHONE, COL_EMAIL, COL_PRIVACY = range(6)


class PeopleTableModel(PagedSqlModel):
    def __init__(self, queries: Queries, flt: PersonFilter | None = None,
                 page_size: int = PAGE_SIZE, parent=None):
        super().__init__([
            Column("name", "name", lambda: self.tr("Name")),
            Column("organisation", "organisation", lambda: self.tr("Organisation")),
            Column("role", "role", lambda: self.tr("Role")),
            Column("phone", "phone", lambda: self.tr("Phone")),
            Column("email", "email", lambda: self.tr("E-mail")),
            Column("privacy", "privacy", lambda: self.tr("Privacy"), self._privacy_name),
        ], queries, flt or PersonFilter(), page_size, parent)
        self._privacy_names: dict[str, str] = {}

    def _prepare(self) -> None:
        self._privacy_names = privacy_labels()

    def _privacy_name(self, value: str) -> str:
        return self._privacy_names.get(value, value)

    def _count(self) -> int:
        return self._queries.count_people(self._filter)

    def _fetch(self, sort: str, descending: bool, limit: int, offset: int) -> list[PersonRow]:
        return self._queries.list_people(self._filter, sort=sort, descending=descending,
                                         limit=limit, offset=offset)

    def _privacy(self, row: PersonRow) -> str:
        return row.privacy
