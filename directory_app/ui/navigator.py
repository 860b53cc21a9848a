"""The navigator on the left: all organisations, people, regions, kinds, focus areas, worklists.

Each item carries a `NavTarget` (which table and which filter); choosing it emits
`targetChosen`. Counts come from the core, regions counting every organisation listed under the
region or below it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from directory_app.services.queries import OrgFilter, Queries
from directory_app.ui.labels import kind_labels

ORGS, PEOPLE = "orgs", "people"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NavTarget:
    key: str
    mode: str = ORGS
    org_filter: OrgFilter = field(default_factory=OrgFilter)


ALL = NavTarget("all")


class Navigator(QTreeWidget):
    targetChosen = Signal(object)

    def __init__(self, queries: Queries, parent=None):
        super().__init__(parent)
        self._queries = queries
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
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
        """Rebuild with fresh counts, keeping the current choice without emitting it again."""
        key = self.current_target().key if self.currentItem() else ALL.key
        self.blockSignals(True)
        try:
            self.clear()
            self._items: dict[str, QTreeWidgetItem] = {}
            self._build()
            self.setCurrentItem(self._items.get(key) or self._items[ALL.key])
        finally:
            self.blockSignals(False)

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        q = self._queries
        self._leaf(None, ALL, self.tr("All organisations"), q.count_orgs())
        self._leaf(None, NavTarget("people", PEOPLE), self.tr("People"), q.count_people())
        self._regions(self._group(self.tr("Regions")))
        kinds = self._group(self.tr("Kinds"))
        counts = q.kind_counts()
        for kind, label in kind_labels().items():
            if counts.get(kind):
                self._leaf(kinds, NavTarget(f"kind:{kind}", org_filter=OrgFilter(kind=kind)),
                           label, counts[kind])
        tags = self._group(self.tr("Focus areas"))
        for tag in q.tags():
            self._leaf(tags, NavTarget(f"tag:{tag['id']}", org_filter=OrgFilter(tag_id=tag["id"])),
                       tag["name"], tag["orgs"])
        recent = NavTarget("recent", org_filter=OrgFilter(recently_changed=True))
        self._leaf(None, recent, self.tr("Recently changed"), q.count_orgs(recent.org_filter))
        check = NavTarget("check", org_filter=OrgFilter(needs_checking=True))
        self._leaf(None, check, self.tr("Needs checking"), q.count_orgs(check.org_filter))
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

    def _leaf(self, parent: QTreeWidgetItem | None, target: NavTarget, title: str,
              count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent if parent is not None else self, [title, str(count)])
        item.setData(0, TARGET_ROLE, target)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._items[target.key] = item
        return item

    def _regions(self, group: QTreeWidgetItem) -> None:
        regions = self._queries.region_tree()
        counts = self._queries.region_counts()
        children: dict[Any, list[dict]] = {}
        for region in regions:
            children.setdefault(region["parent_id"], []).append(region)

        def add(parent_item: QTreeWidgetItem, parent_id: int | None) -> None:
            for region in children.get(parent_id, []):
                target = NavTarget(f"region:{region['id']}",
                                   org_filter=OrgFilter(region_id=region["id"]))
                item = self._leaf(parent_item, target, region["name"],
                                  counts.get(region["id"], 0))
                add(item, region["id"])
                item.setExpanded(True)

        add(group, None)

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        target = current.data(0, TARGET_ROLE) if current else None
        if target is not None:
            self.targetChosen.emit(target)
