"""The navigator on the left: all organisations, people, regions, kinds, focus areas, worklists.

Each item carries a `NavTarget` (which table and which filter); choosing it emits
`targetChosen`. Counts come from the core, regions counting every organisation listed under the
region or below it once. They are counted off the GUI thread after the tree is shown (on
100,000 organisations and 200,000 people they take a tenth of a second or more).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from directory_app.services.queries import OrgFilter, Queries
from directory_app.ui.labels import kind_labels
from directory_app.ui.worker import TaskRunner

ORGS, PEOPLE = "orgs", "people"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NavTarget:
    key: str
    mode: str = ORGS
    org_filter: OrgFilter = field(default_factory=OrgFilter)


ALL = NavTarget("all")


def count_everything(queries: Queries, cancelled: Callable[[], bool] = lambda: False
                     ) -> dict[str, int] | None:
    """Every count the navigator shows, by item key; None when `cancelled()` turned true (a
    window that closes does not wait for its counts: on 100,000 organisations the regions'
    took a quarter of a second)."""
    steps = [
        lambda: {"all": queries.count_orgs(), "people": queries.count_people()},
        lambda: {"recent": queries.count_orgs(OrgFilter(recently_changed=True)),
                 "check": queries.count_orgs(OrgFilter(needs_checking=True))},
        lambda: {f"region:{i}": n for i, n in queries.region_counts(cancelled).items()},
        lambda: {f"kind:{k}": n for k, n in queries.kind_counts().items()},
        lambda: {f"tag:{t['id']}": t["orgs"] for t in queries.tags()},
    ]
    counts: dict[str, int] = {}
    for step in steps:
        if cancelled():
            return None
        counts.update(step())
    return counts


class Navigator(QTreeWidget):
    targetChosen = Signal(object)
    #: The counts of the latest refresh are shown.
    countsShown = Signal()

    def __init__(self, queries: Queries, tasks: TaskRunner | None = None, parent=None):
        super().__init__(parent)
        self._queries = queries
        self._tasks = tasks or TaskRunner(self)
        self._generation = 0
        self.counts_ready = False
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(12)  # region trees are four levels deep; keep their names readable
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Navigator"))
        self.currentItemChanged.connect(self._on_current)
        self.refresh()

    def set_queries(self, queries: Queries) -> None:
        self._queries = queries
        self.refresh()

    def current_target(self) -> NavTarget:
        item = self.currentItem()
        target = item.data(0, TARGET_ROLE) if item else None
        return target or ALL

    def select_key(self, key: str) -> bool:
        """Select the item with this key (e.g. "all", "people", "region:3"); False if absent."""
        item = self._items.get(key)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        return self._items.get(key)

    def refresh(self) -> None:
        """Rebuild, keeping the current choice without emitting it again; then count."""
        key = self.current_target().key if self.currentItem() else ALL.key
        self.blockSignals(True)
        try:
            self.clear()
            self._items: dict[str, QTreeWidgetItem] = {}
            self._build()
            self.setCurrentItem(self._items.get(key) or self._items[ALL.key])
        finally:
            self.blockSignals(False)
        if key not in self._items:  # its region or focus area is gone: say what is shown now
            self.targetChosen.emit(ALL)
        self._generation += 1
        self.counts_ready = False
        generation, queries = self._generation, self._queries
        self._tasks.start(lambda _p, cancelled: (generation,
                                                 count_everything(queries, cancelled)),
                          finished=self._show_counts)

    def _show_counts(self, result: tuple[int, dict[str, int]]) -> None:
        generation, counts = result
        if generation != self._generation:
            return  # a later refresh is on its way
        for key, item in self._items.items():
            item.setText(1, str(counts.get(key, 0)))
            if key.startswith("kind:"):
                item.setHidden(not counts.get(key))
        self.counts_ready = True
        self.countsShown.emit()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self._leaf(None, ALL, self.tr("All organisations"))
        self._leaf(None, NavTarget("people", PEOPLE), self.tr("People"))
        self._regions(self._group(self.tr("Regions")))
        kinds = self._group(self.tr("Kinds"))
        for kind, label in kind_labels().items():
            self._leaf(kinds, NavTarget(f"kind:{kind}", org_filter=OrgFilter(kind=kind)), label)
        tags = self._group(self.tr("Focus areas"))
        for tag in self._queries.tags():
            self._leaf(tags, NavTarget(f"tag:{tag['id']}", org_filter=OrgFilter(tag_id=tag["id"])),
                       tag["name"])
        recent = NavTarget("recent", org_filter=OrgFilter(recently_changed=True))
        self._leaf(None, recent, self.tr("Recently changed"))
        check = NavTarget("check", org_filter=OrgFilter(needs_checking=True))
        self._leaf(None, check, self.tr("Needs checking"))
        self._items[recent.key].setToolTip(0, self.tr("Changed in the last 30 days"))
        self._items[check.key].setToolTip(
            0, self.tr("Never verified, or last verified more than a year ago"))

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title, ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(True)
        return item

    def _leaf(self, parent: QTreeWidgetItem | None, target: NavTarget, title: str
              ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent if parent is not None else self, [title, ""])
        item.setData(0, TARGET_ROLE, target)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._items[target.key] = item
        return item

    def _regions(self, group: QTreeWidgetItem) -> None:
        regions = self._queries.region_tree()
        children: dict[Any, list[dict]] = {}
        for region in regions:
            children.setdefault(region["parent_id"], []).append(region)

        def add(parent_item: QTreeWidgetItem, parent_id: int | None) -> None:
            for region in children.get(parent_id, []):
                target = NavTarget(f"region:{region['id']}",
                                   org_filter=OrgFilter(region_id=region["id"]))
                item = self._leaf(parent_item, target, region["name"])
                add(item, region["id"])
                item.setExpanded(True)

        add(group, None)

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        target = current.data(0, TARGET_ROLE) if current else None
        if target is not None:
            self.targetChosen.emit(target)
