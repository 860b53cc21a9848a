"""The editors wired to a window's Edit actions (ui/editors/wiring.py), on a stand-in window
with the attributes the main window offers."""

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow

from directory_app.ui.editors.history_view import HistoryDialog
from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.editors.org_editor import OrgEditor
from directory_app.ui.editors.person_editor import PersonEditor
from directory_app.ui.editors.wiring import EditorHub

NAMES = ("new_organisation", "new_person", "edit_current", "delete_current", "merge_selected",
         "mark_verified", "show_history")


class Window(QMainWindow):
    def __init__(self, entries):
        super().__init__()
        self.entries = entries
        self.undo_stack = QUndoStack(self)
        self.window_actions = SimpleNamespace(**{n: QAction(n, self) for n in NAMES})
        for action in vars(self.window_actions).values():
            action.setEnabled(False)
        self.current = None
        self.orgs: list[int] = []
        self.people: list[int] = []

    def current_entry(self):
        return self.current

    def selected_org_ids(self):
        return self.orgs

    def selected_person_ids(self):
        return self.people


@pytest.fixture
def window(qtbot, entries):
    win = Window(entries)
    qtbot.addWidget(win)
    return win


def test_actions_enabled_and_open_the_right_dialogs(window, sample, queries):
    hub = EditorHub(window)
    actions = window.window_actions
    assert all(getattr(actions, n).isEnabled() for n in NAMES)
    window.current = SimpleNamespace(kind="org", id=sample["memorial"])
    actions.edit_current.trigger()
    assert isinstance(hub.dialog, OrgEditor) and hub.dialog.org_id == sample["memorial"]
    actions.show_history.trigger()
    assert isinstance(hub.dialog, HistoryDialog)
    person = queries.org_detail(sample["ai-russia"])["people"][0]["person_id"]
    window.current = SimpleNamespace(kind="person", id=person)
    actions.edit_current.trigger()
    assert isinstance(hub.dialog, PersonEditor) and hub.dialog.person_id == person
    window.orgs = [sample["agora"], sample["memorial"]]
    actions.merge_selected.trigger()
    assert isinstance(hub.dialog, MergeDialog) and hub.dialog.other_id == sample["memorial"]
    actions.new_organisation.trigger()
    assert isinstance(hub.dialog, OrgEditor) and hub.dialog.org_id is None


def test_mark_verified_and_delete_are_undoable(window, sample, queries):
    hub = EditorHub(window)
    hub.ask = lambda *_args: True
    window.orgs = [sample["agora"], sample["memorial"]]
    window.window_actions.mark_verified.trigger()
    assert all(queries.org_detail(i)["last_verified"] for i in window.orgs)
    assert window.undo_stack.count() == 1  # both in one step
    window.current = SimpleNamespace(kind="org", id=sample["agora"])
    window.window_actions.delete_current.trigger()
    assert queries.org_detail(sample["agora"]) is None
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert queries.org_detail(sample["agora"])["last_verified"] is None
