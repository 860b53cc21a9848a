"""Connecting the editors to the main window's Edit actions.

The main window owns `undo_stack` and `entries`, and offers disabled actions in `window_actions`
(`new_organisation`, `new_person`, `edit_current`, `delete_current`, `merge_selected`,
`mark_verified`, `show_history`). `EditorHub(window)` connects each to its dialog and enables it.
It needs from the window only: `entries`, `undo_stack`, `window_actions`, `current_entry()` (an
object with `kind` "org" or "person" and `id`, or None), `selected_org_ids()`,
`selected_person_ids()` and `statusBar()`. Dialogs open window-modal without blocking
(`dialog` holds the last one), so tests can drive them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from directory_app.ui.editors.delete import confirm_delete, delete_org, delete_person
from directory_app.ui.editors.history_view import HistoryDialog
from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.editors.org_editor import OrgEditor
from directory_app.ui.editors.person_editor import PersonEditor
from directory_app.ui.undo import UndoNotifier, run_and_push

ORG, PERSON = "org", "person"


class EditorHub(QObject):
    """Owns the editors' side of the window: opens dialogs, reports refused undos."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.notifier = UndoNotifier(self)
        self.notifier.failed.connect(self._undo_refused)
        self.dialog: QDialog | None = None
        self.ask = confirm_delete  # replaced in tests, where a modal question would block
        actions = window.window_actions
        for name in ("new_organisation", "new_person", "edit_current", "delete_current",
                     "merge_selected", "mark_verified", "show_history"):
            action = getattr(actions, name)
            action.triggered.connect(getattr(self, name))
            action.setEnabled(True)

    # -- helpers --------------------------------------------------------------------------------
    @property
    def _parent(self) -> QWidget:
        return self.window

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the last one was closed; an editor may open another
        self.dialog = dialog
        dialog.open()
        return dialog

    def _undo_refused(self, reason: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Cannot undo"),
                            self.tr("The change was not undone: %1").replace("%1", reason))

    def _org_editor(self, org_id: int | None) -> OrgEditor:
        editor = OrgEditor(self.window.entries, self.window.undo_stack, org_id, self._parent,
                           notifier=self.notifier)
        editor.open_org_requested.connect(self._org_editor)
        editor.open_person_requested.connect(self._person_editor)
        self._open(editor)
        return editor

    def _person_editor(self, person_id: int | None) -> PersonEditor:
        editor = PersonEditor(self.window.entries, self.window.undo_stack, person_id,
                              self._parent, notifier=self.notifier)
        self._open(editor)
        return editor

    # -- the actions ----------------------------------------------------------------------------
    def new_organisation(self) -> None:
        self._org_editor(None)

    def new_person(self) -> None:
        self._person_editor(None)

    def edit_current(self) -> None:
        entry = self.window.current_entry()
        if entry is None:
            self._status(self.tr("Select an entry to edit."))
        elif entry.kind == PERSON:
            self._person_editor(entry.id)
        else:
            self._org_editor(entry.id)

    def delete_current(self) -> None:
        entry = self.window.current_entry()
        if entry is None:
            self._status(self.tr("Select an entry to delete."))
            return
        remove = delete_person if entry.kind == PERSON else delete_org
        if remove(self._parent, self.window.entries, self.window.undo_stack, entry.id,
                  notifier=self.notifier, ask=self.ask):
            self._status(self.tr("Deleted. Undo brings it back."))

    def merge_selected(self) -> None:
        orgs, people = self.window.selected_org_ids(), self.window.selected_person_ids()
        if len(orgs) == 2:
            self._open(MergeDialog(self.window.entries, self.window.undo_stack, *orgs,
                                   self._parent, notifier=self.notifier))
        elif len(people) == 2:
            self._open(MergeDialog(self.window.entries, self.window.undo_stack, *people,
                                   self._parent, people=True, notifier=self.notifier))
        else:
            self._status(self.tr("Select exactly two organisations, or two people, to merge."))

    def mark_verified(self) -> None:
        ids = self.window.selected_org_ids()
        entry = self.window.current_entry()
        if not ids and entry is not None and entry.kind == ORG:
            ids = [entry.id]
        if not ids:
            self._status(self.tr("Select the organisations you have checked."))
            return
        entries = self.window.entries

        def write() -> str:
            with entries.transaction() as batch:
                for org_id in ids:
                    entries.update_org(org_id, last_verified=date.today())
            return batch
        text = self.tr("Mark %n organisation(s) as verified", "", len(ids))
        run_and_push(self.window.undo_stack, entries, text, write, self.notifier)
        self._status(self.tr("Marked as verified today."))

    def show_history(self) -> None:
        entry = self.window.current_entry()
        if entry is None:
            self._status(self.tr("Select an entry to see its history."))
            return
        key = "person_id" if entry.kind == PERSON else "org_id"
        self._open(HistoryDialog(self.window.entries, self.window.undo_stack,
                                 parent=self._parent, notifier=self.notifier,
                                 **{key: entry.id}))
