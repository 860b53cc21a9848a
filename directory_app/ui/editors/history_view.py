"""History of one organisation or person: what changed and when, with "Revert this change".

Read from the change log, so it shows (and can revert) batches from earlier sessions too. A revert
is pushed onto the window's undo stack, so it can itself be undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.services.entries import Entries
from directory_app.services.history import (
    BatchSummary,
    Change,
    RevertConflict,
    org_history,
    person_history,
    snapshot_label,
)
from directory_app.services.queries import Queries
from directory_app.ui import labels
from directory_app.ui.undo import UndoNotifier, push_revert

BATCH_ROLE = Qt.ItemDataRole.UserRole


class HistoryView(QWidget):
    """The batches that changed one entry, newest first; each expands into its changes."""

    def __init__(self, entries: Entries, stack: QUndoStack, *, org_id: int | None = None,
                 person_id: int | None = None, parent: QWidget | None = None,
                 notifier: UndoNotifier | None = None):
        super().__init__(parent)
        if (org_id is None) == (person_id is None):
            raise ValueError("a history shows one organisation or one person")
        self.entries = entries
        self.stack = stack
        self.org_id = org_id
        self.person_id = person_id
        self.notifier = notifier
        self.last_error = ""
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Old → new")])
        self.tree.setAccessibleName(self.tr("History"))
        self.tree.setColumnWidth(0, 140)
        self.tree.setColumnWidth(1, 380)
        self.revert_button = QPushButton(self.tr("&Revert this change"), self)
        self.revert_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.revert_button.clicked.connect(self.revert_selected)
        self.refresh()

    def batches(self) -> list[BatchSummary]:
        directory = self.entries.directory
        if self.org_id is not None:
            return org_history(directory, self.org_id)
        return person_history(directory, self.person_id)

    def _load_names(self) -> None:
        queries = Queries(self.entries.directory)
        self._orgs = dict(queries.org_names())
        self._regions = {r["id"]: r["name"] for r in queries.region_tree()}
        self._tags = {t["id"]: t["name"] for t in queries.tags()}

    def _org(self, value) -> str:
        try:
            return self._orgs.get(int(value)) or f"#{value}"
        except (TypeError, ValueError):
            return str(value)

    def _row_label(self, change: Change) -> str:
        snap = change.snapshot
        try:
            if change.entity == "relation":
                kind = labels.relation_kinds().get(snap.get("kind"), snap.get("kind"))
                return (f"{self._org(snap.get('from_org_id'))} → "
                        f"{self._org(snap.get('to_org_id'))} ({kind})")
            if change.entity == "orgregion":
                return self._regions.get(int(snap["region_id"]), f"#{snap['region_id']}")
            if change.entity == "orgtag":
                return self._tags.get(int(snap["tag_id"]), f"#{snap['tag_id']}")
            if change.entity == "affiliation":
                return f"{snap.get('role') or ''} ({self._org(snap.get('org_id'))})".strip()
        except (KeyError, TypeError, ValueError):
            pass
        return snapshot_label(change.entity, snap)

    def refresh(self) -> None:
        self._load_names()
        self.tree.clear()
        self.summaries = self.batches()
        for summary in self.summaries:
            item = QTreeWidgetItem(self.tree, [
                summary.at.astimezone().strftime("%Y-%m-%d %H:%M"), self._batch_title(summary),
                self._batch_state(summary)])
            item.setData(0, BATCH_ROLE, summary.batch)
            for change in summary.changes:
                child = QTreeWidgetItem(item, ["", self.describe(change), self.values(change)])
                child.setData(0, BATCH_ROLE, summary.batch)
        if not self.summaries:
            self.status.setText(self.tr("No changes recorded for this entry."))

    def _batch_title(self, summary: BatchSummary) -> str:
        if summary.reverts:
            return self.tr("Revert of an earlier change (%n change(s))", "", summary.size)
        first = self.describe(summary.changes[0])
        more = summary.size - 1
        return first if more <= 0 else self.tr("%1 and %2 more").replace("%1", first).replace(
            "%2", str(more))

    def _batch_state(self, summary: BatchSummary) -> str:
        return self.tr("reverted") if summary.reverted_by else ""

    def describe(self, change: Change) -> str:
        entity = labels.entity_names().get(change.entity, change.entity)
        operation = labels.operations().get(change.op, change.op)
        if change.op == "update":
            field = labels.field_names().get(change.field, change.field)
            return self.tr("%1: %2 %3", "entity: field changed").replace(
                "%1", entity).replace("%2", field).replace("%3", operation)
        # A pattern, not an f-string: Russian needs another order for the verb's gender.
        return self.tr("%1 %2: %3", "entity added/deleted: what").replace(
            "%1", entity).replace("%2", operation).replace("%3", self._row_label(change))

    @staticmethod
    def values(change: Change) -> str:
        if change.op != "update":
            return ""
        return f"“{change.old or ''}” → “{change.new or ''}”"

    def select_batch(self, batch: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, BATCH_ROLE) == batch:
                self.tree.setCurrentItem(item)
                return

    def _selection_changed(self, current, _previous) -> None:
        self.revert_button.setEnabled(current is not None)

    def revert_selected(self) -> bool:
        item = self.tree.currentItem()
        if item is None:
            return False
        batch = item.data(0, BATCH_ROLE)
        title = item.text(1) if item.parent() is None else item.parent().text(1)
        try:
            push_revert(self.stack, self.entries, self.tr("Revert: %1").replace("%1", title),
                        batch, self.notifier)
        except RevertConflict as exc:
            self.last_error = str(exc)
            self.status.setText(self.tr("Not reverted: %1").replace("%1", self.last_error))
            QMessageBox.warning(self, self.tr("Cannot revert"), self.status.text())
            return False
        self.last_error = ""
        self.refresh()
        self.status.setText(self.tr("Reverted. Undo (Ctrl+Z) brings the change back."))
        return True


class HistoryDialog(QDialog):
    """HistoryView in a window of its own (the main window's History action)."""

    def __init__(self, entries: Entries, stack: QUndoStack, *, org_id: int | None = None,
                 person_id: int | None = None, parent: QWidget | None = None,
                 notifier: UndoNotifier | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.view = HistoryView(entries, stack, org_id=org_id, person_id=person_id, parent=self,
                                notifier=notifier)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(760, 460)
