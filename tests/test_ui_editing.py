"""The editors inside the main window: edit, undo, delete, merge and verify from its actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from directory_app.ui.editing import Editing
from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.editors.org_editor import OrgEditor
from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings
from tests.ui_helpers import row_named

AI = "Amnesty International - Russia"


@pytest.fixture
def window(qtbot, directory, sample):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    Editing(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def phones(window, org_id):
    from directory_app.services.queries import Queries

    detail = Queries(window.directory).org_detail(org_id)
    return [c["value"] for c in detail["contacts"] if c["kind"] == "phone"]


def test_edit_phone_in_window_save_undo(qtbot, window, sample, monkeypatch):
    org = sample["ai-russia"]
    window.org_view.selectRow(row_named(window.org_model, AI))

    def edit_and_save(editor):
        row = next(i for i, c in enumerate(editor.contacts.contacts()) if c["kind"] == "phone")
        editor.contacts.select(row)
        editor.contacts.number.edit.clear()
        qtbot.keyClicks(editor.contacts.number.edit, "+7 495 111-22-33")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(OrgEditor, "exec", edit_and_save)
    assert window.actions.edit_current.isEnabled()
    window.actions.edit_current.trigger()
    assert phones(window, org) == ["+7 495 111-22-33"]
    assert "+7 495 111-22-33" in window.details.toPlainText()
    window.undo_action.trigger()
    assert phones(window, org) == ["095-291-29-04"]
    qtbot.waitUntil(lambda: "095-291-29-04" in window.details.toPlainText())


def test_mark_verified_and_delete_with_confirmation(qtbot, window, sample, monkeypatch):
    window.org_view.selectRow(row_named(window.org_model, "Moscow Helsinki Group"))
    window.actions.mark_verified.trigger()
    from directory_app.services.queries import Queries

    queries = Queries(window.directory)
    assert queries.org_detail(sample["mhg"])["last_verified"] == date.today().isoformat()
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Yes)
    window.actions.delete_current.trigger()
    assert asked and "Moscow Helsinki Group" in asked[0]
    assert queries.org_detail(sample["mhg"]) is None
    window.undo_action.trigger()
    assert queries.org_detail(sample["mhg"])["name"] == "Moscow Helsinki Group"


def test_merge_two_selected_duplicates(qtbot, window, sample, monkeypatch):
    entries = window.entries
    dup = entries.create_org(name="Memorial HRC").id
    entries.add_contact(org_id=dup, kind="email", value="info@memo.ru")
    window.refresh()
    view = window.org_view
    view.selectionModel().clearSelection()
    for name in ("Memorial HRC", "Memorial Human Rights Centre"):
        index = window.org_model.index(row_named(window.org_model, name), 0)
        view.selectionModel().select(index, view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    monkeypatch.setattr(MergeDialog, "exec",
                        lambda dialog: dialog.merge_button.click() or 1)
    window.actions.merge_selected.trigger()
    from directory_app.services.queries import Queries

    queries = Queries(window.directory)
    kept = [o for o in (queries.org_detail(dup), queries.org_detail(sample["memorial"])) if o]
    assert len(kept) == 1
    assert "info@memo.ru" in [c["value"] for c in kept[0]["contacts"]]
    window.undo_action.trigger()
    assert queries.org_detail(dup) and queries.org_detail(sample["memorial"])


def test_read_only_directory_refuses_edits_in_words(qtbot, directory, sample, monkeypatch):
    from directory_app.store.database import open_directory

    read_only = open_directory(directory.path, read_only=True)
    w = MainWindow(read_only, app_settings())
    qtbot.addWidget(w)
    Editing(w)
    w.org_view.selectRow(row_named(w.org_model, AI))
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *args: told.append(args[2])))
    monkeypatch.setattr(OrgEditor, "exec", lambda editor: pytest.fail("editor opened"))
    w.actions.edit_current.trigger()
    assert told == ["This directory is open read-only."]
    read_only.close()
