"""A table model that pages rows in from the core as the view scrolls (`fetchMore`).

Sorting and filtering are done by the core in SQL: `sort()` and `set_filter()` re-query and
reset the model; nothing is ever sorted in Python or through a proxy (a proxy over 100,000
rows takes seconds to sort).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRIVACY_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200
# Above this many matches a re-query shows "1000+" and counts exactly only when rows near it
# are fetched (the view scrolled that far).
COUNT_CAP = 1000

_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE,
                    PRIVACY_ROLE})
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: the row attribute it shows, its SQL sort key, its header text."""

    field: str
    sort_key: str
    title: Callable[[], str]
    format: Callable[[Any], str] = str


class PagedSqlModel(QAbstractTableModel):
    """Rows are frozen dataclasses with an `id`; subclasses say how to count and fetch them."""

    #: Emitted after each re-query with the number of rows matching the filter.
    countChanged = Signal(int)

    def __init__(self, columns: Sequence[Column], queries: Any, flt: Any,
                 page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self._queries = queries
        self._filter = flt
        self._columns = list(columns)
        self._page_size = page_size
        self._first_page = page_size
        self._rows: list[Any] = []
        # Display texts, formatted once per fetched row: the view asks for them on every paint.
        self._texts: list[tuple[str, ...]] = []
        self._total = 0
        # False while `_total` is only a lower bound ("1000+"): see `_count_at_most`.
        self._exact = True
        self._sort_column = 0
        self._order = Qt.SortOrder.AscendingOrder
        # Nothing is queried until the first refresh(): a view's sort() at set-up, or a model
        # of a table not shown yet, must not cost a query.
        self._loaded = False

    # -- what subclasses provide ------------------------------------------------------------
    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, sort: str, descending: bool, limit: int, offset: int) -> list[Any]:
        raise NotImplementedError

    def _count_at_most(self, cap: int) -> tuple[int, bool]:
        """(matches, True), or (cap, False) when more match; subclasses may count less."""
        return self._count(), True

    def _privacy(self, row: Any) -> str:
        return "public"

    def _prepare(self) -> None:
        """Called before each re-query (e.g. to cache translated labels for `format`)."""

    # -- re-querying -------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many rows match (the hit count), whether fetched yet or not; while
        `total_exact` is False, at least this many."""
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._exact

    def refresh(self) -> None:
        """Re-run the query: count the matches and load the first page."""
        self._loaded = True
        self._prepare()
        self.beginResetModel()
        self._total, self._exact = self._count_at_most(COUNT_CAP)
        self._rows = self._fetch_page(0, self._first_page) if self._total else []
        self._texts = [self._format(row) for row in self._rows]
        self.endResetModel()
        self.countChanged.emit(self._total)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._texts, self._total, self._exact = [], [], 0, True
        self.endResetModel()
        self.countChanged.emit(0)

    def _format(self, row: Any) -> tuple[str, ...]:
        out = []
        for column in self._columns:
            value = getattr(row, column.field)
            out.append("" if value is None or value == "" else column.format(value))
        return tuple(out)

    def _fetch_page(self, offset: int, limit: int | None = None) -> list[Any]:
        column = self._columns[self._sort_column]
        return self._fetch(column.sort_key, self._order == Qt.SortOrder.DescendingOrder,
                           limit or self._page_size, offset)

    @property
    def first_page_size(self) -> int:
        return self._first_page

    def set_first_page_size(self, rows: int) -> None:
        """Load only `rows` rows after a re-query (what the view shows, and a little more).

        A keystroke then fetches and formats a screenful instead of a whole page (at 100,000
        organisations ~4 ms less of a 15 ms step); the view asks for the rest with `fetchMore`
        as it scrolls, and at once when the last row loaded is in sight.
        """
        self._first_page = max(1, min(rows, self._page_size))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and (len(self._rows) < self._total or not self._exact)

    def _resolve_total(self) -> None:
        """Count exactly, once the rows fetched come near a capped count."""
        self._total, self._exact = self._count(), True
        self.countChanged.emit(self._total)

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        if not self._exact and len(self._rows) + self._page_size >= self._total:
            self._resolve_total()
        page = self._fetch_page(len(self._rows))
        # The directory may have shrunk since the count; never announce rows we do not have.
        page = page[: self._total - len(self._rows)]
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._texts.extend(self._format(row) for row in page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell on every paint; answer the rest at once.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if number >= len(self._rows):
            return None
        if role == ID_ROLE:
            return self._rows[number].id
        if role == PRIVACY_ROLE:
            return self._privacy(self._rows[number])
        return self._texts[number][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title()
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_column, self._order = column, order
        if self._loaded:
            self.refresh()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def refresh_if_loaded(self) -> None:
        if self._loaded:
            self.refresh()

    @property
    def filter(self) -> Any:
        return self._filter

    def set_filter(self, flt: Any) -> None:
        self._filter = flt
        self.refresh()

    def set_queries(self, queries: Any) -> None:
        """Read from another directory (after File > Open)."""
        self._queries = queries
        self.refresh_if_loaded()

    # -- helpers for the window --------------------------------------------------------------
    def row_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, entry_id: int) -> int | None:
        """The row showing `entry_id` among those fetched so far."""
        for number, row in enumerate(self._rows):
            if row.id == entry_id:
                return number
        return None

    def sort_key(self) -> str:
        return self._columns[self._sort_column].sort_key
