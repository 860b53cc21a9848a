"""Choosing the regional pages an organisation is listed on: a checkable region tree with a
completer that finds a region by typing part of its path ("Russia > Tomsk")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class RegionPicker(QWidget):
    """The region tree with a check box per region; `region_ids()` is what is ticked."""

    changed = Signal()

    def __init__(self, regions: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Type a region to add it…"))
        self.find.setAccessibleName(self.tr("Find a region"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Regions"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Chosen regions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find)
        layout.addWidget(self.tree)
        layout.addWidget(self.summary)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._paths: dict[str, int] = {}
        self._build(regions)
        completer = QCompleter(QStringListModel(sorted(self._paths, key=str.casefold), self),
                               self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find.setCompleter(completer)
        completer.activated.connect(self.add_path)
        self.find.returnPressed.connect(lambda: self.add_path(self.find.text()))
        self.tree.itemChanged.connect(self._item_changed)
        self._update_summary()

    def _build(self, regions: list[dict[str, Any]]) -> None:
        children: dict[int | None, list[dict[str, Any]]] = {}
        for region in regions:
            children.setdefault(region["parent_id"], []).append(region)

        def add(parent_item, parent_id, path):
            for region in children.get(parent_id, []):
                if region["id"] in self._items:   # a cycle in bad data: show each region once
                    continue
                item = QTreeWidgetItem([region["name"]])
                item.setData(0, ID_ROLE, region["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                parent_item.addChild(item)
                self._items[region["id"]] = item
                full = [*path, region["name"]]
                self._paths[" > ".join(full)] = region["id"]
                add(item, region["id"], full)

        self.tree.blockSignals(True)
        add(self.tree.invisibleRootItem(), None, [])
        self.tree.blockSignals(False)

    def set_region_ids(self, region_ids: list[int]) -> None:
        self.tree.blockSignals(True)
        for region_id, item in self._items.items():
            checked = region_id in region_ids
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked:
                self._reveal(item)
        self.tree.blockSignals(False)
        self._update_summary()

    def region_ids(self) -> list[int]:
        ids = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            item = iterator.value()
            if item.checkState(0) == Qt.CheckState.Checked:
                ids.append(item.data(0, ID_ROLE))
            iterator += 1
        return ids

    def add_path(self, path: str) -> bool:
        """Tick the region named by its path (as the completer offers it); False if unknown."""
        region_id = self._paths.get(path.strip())
        if region_id is None:
            matches = [i for p, i in self._paths.items()
                       if p.rsplit(" > ", 1)[-1].casefold() == path.strip().casefold()]
            region_id = matches[0] if len(matches) == 1 else None
        if region_id is None:
            return False
        item = self._items[region_id]
        item.setCheckState(0, Qt.CheckState.Checked)
        self._reveal(item)
        self.tree.setCurrentItem(item)
        # After the completer has written its choice into the field, not before.
        QTimer.singleShot(0, self.find.clear)
        return True

    def _reveal(self, item: QTreeWidgetItem) -> None:
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()

    def _item_changed(self, _item, _column) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        names = {v: k for k, v in self._paths.items()}
        chosen = [names[i] for i in self.region_ids()]
        self.summary.setText("; ".join(chosen) if chosen
                             else self.tr("Listed on no regional page."))
