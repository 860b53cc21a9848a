"""File > Backups > Restore a Backup: the backups with their dates and entry counts, and restore.

Restoring first backs up the current state, then puts the chosen backup in place (the replaced
file is kept aside, never written over) and reopens the directory in the same window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from directory_app.store import backup
from directory_app.store.database import StoreError, open_directory


class BackupsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Backups"))
        self.infos = backup.list_backups(window.directory.path, window.directory.key)
        self.table = QTableWidget(len(self.infos), 4, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Organisations"), self.tr("People")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, info in enumerate(self.infos):
            cells = (f"{info.created:%Y-%m-%d %H:%M}", self.reason_text(info.reason),
                     _count(info.organisations), _count(info.people))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("Restoring backs up the current state first; nothing is lost."),
                      self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        if not self.infos:
            layout.addWidget(QLabel(self.tr("There are no backups of this directory yet."), self))
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(620, 360)

    def reason_text(self, reason: str) -> str:
        """Why a backup was made, in the window's language ("before-import" reads "Before an
        import"); the numbered reasons keep their number."""
        known = {"manual": self.tr("Made by hand"), "daily": self.tr("Daily"),
                 "before-import": self.tr("Before an import"),
                 "before-restore": self.tr("Before a restore"),
                 "before-merge": self.tr("Before a merge")}
        if reason in known:
            return known[reason]
        for prefix, text in (("before-undo-import-", self.tr("Before undoing import %1")),
                             ("before-migration-from-", self.tr("Before an upgrade from %1"))):
            if reason.startswith(prefix):
                return text.replace("%1", reason.removeprefix(prefix))
        return reason.replace("-", " ")

    def restore_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        info = self.infos[rows[0].row()]
        directory = self.window.directory
        if directory.read_only and not directory.path.exists():
            return False
        key = directory.key
        try:
            before = backup.make_backup(directory, reason="before-restore")
            directory.close()
            backup.restore_backup(directory.path, info.path, key)
            reopened = open_directory(directory.path, exclusive=True, key=key)
        except (StoreError, ValueError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Restore failed"), str(exc))
            self.window.set_directory(open_directory(directory.path, exclusive=True, key=key))
            return False
        self.window.set_directory(reopened)
        self.window.show_notices([self.tr("Restored the backup from %1; the state before it is "
                                          "backed up as %2.").replace(
            "%1", f"{info.created:%Y-%m-%d %H:%M}").replace("%2", before.path.name)])
        self.accept()
        return True


def _count(value: int) -> str:
    return "?" if value < 0 else str(value)
