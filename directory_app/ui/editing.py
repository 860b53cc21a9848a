"""Connects the window's editing actions to the editors (`ui/editors/`).

The window owns the actions and the undo stack; the editors own the forms and the writes.
This module is the seam: it enables each action, reads the current entry or selection, opens
the right dialog, and refreshes the window afterwards. Every write lands on `undo_stack`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from directory_app.ui.details_view import ORG, PERSON, EntryRef
from directory_app.ui.editors.delete import delete_org, delete_person
from directory_app.ui.editors.history_view import HistoryDialog
from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.editors.org_editor import OrgEditor
from directory_app.ui.editors.person_editor import PersonEditor
from directory_app.ui.undo import mark_verified


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


class Editing(QObject):
    """The editing behaviour of one main window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        a = window.actions
        for action, slot in ((a.new_organisation, self.new_organisation),
                             (a.new_person, self.new_person),
                             (a.edit_current, self.edit_current),
                             (a.delete_current, self.delete_current),
                             (a.merge_selected, self.merge_selected),
                             (a.mark_verified, self.mark_verified),
                             (a.show_history, self.show_history)):
            action.triggered.connect(slot)
            action.setEnabled(True)

    # -- helpers ---------------------------------------------------------------------------
    @property
    def entries(self):
        return self.window.entries

    @property
    def stack(self):
        return self.window.undo_stack

    def _writable(self) -> bool:
        if self.window.directory.read_only:
            QMessageBox.information(self.window, _tr("Read-only"),
                                    _tr("This directory is open read-only."))
            return False
        return True

    def _current(self) -> EntryRef | None:
        ref = self.window.current_entry()
        if ref is None:
            QMessageBox.information(self.window, _tr("Nothing selected"),
                                    _tr("Select an organisation or a person first."))
        return ref

    def _after(self, ref: EntryRef | None = None) -> None:
        self.window.refresh()
        if ref is not None:
            self.window.details.show_entry(ref)

    def _run(self, dialog, ref_kind: str) -> None:
        """Run an editor; afterwards show the entry it saved (if it saved one)."""
        saved: list[int] = []
        dialog.saved.connect(saved.append)
        dialog.exec()
        self._after(EntryRef(ref_kind, saved[-1]) if saved else None)

    # -- actions ---------------------------------------------------------------------------
    def new_organisation(self) -> None:
        if self._writable():
            self._run(OrgEditor(self.entries, self.stack, None, self.window), ORG)

    def new_person(self) -> None:
        if self._writable():
            self._run(PersonEditor(self.entries, self.stack, None, self.window), PERSON)

    def edit_current(self) -> None:
        ref = self._current()
        if ref is None or not self._writable():
            return
        if ref.kind == ORG:
            self._run(OrgEditor(self.entries, self.stack, ref.id, self.window), ORG)
        else:
            self._run(PersonEditor(self.entries, self.stack, ref.id, self.window), PERSON)

    def delete_current(self) -> None:
        ref = self._current()
        if ref is None or not self._writable():
            return
        remove = delete_org if ref.kind == ORG else delete_person
        if remove(self.window, self.entries, self.stack, ref.id):
            self.window.details.show_entry(None)
            self._after()

    def merge_selected(self) -> None:
        if not self._writable():
            return
        people = self.window.people_mode
        ids = self.window.selected_person_ids() if people else self.window.selected_org_ids()
        if len(ids) != 2:
            QMessageBox.information(self.window, _tr("Merge"),
                                    _tr("Select exactly two entries that are the same."))
            return
        MergeDialog(self.entries, self.stack, ids[0], ids[1], self.window, people=people).exec()
        self._after()

    def mark_verified(self) -> None:
        ref = self._current()
        if ref is None or not self._writable():
            return
        if ref.kind != ORG:
            QMessageBox.information(self.window, _tr("Mark as verified"),
                                    _tr("Only organisations carry a verification date."))
            return
        mark_verified(self.stack, self.entries, ref.id, _tr("Mark as verified today"))
        self._after(ref)

    def show_history(self) -> None:
        ref = self._current()
        if ref is None:
            return
        key = {"org_id": ref.id} if ref.kind == ORG else {"person_id": ref.id}
        HistoryDialog(self.entries, self.stack, parent=self.window, **key).exec()
        self._after(ref)
