"""Regions in the organisation editor: picked from the tree or by typing, saved, undone."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from directory_app.services.history import org_history
from directory_app.ui.editors.org_editor import OrgEditor


@pytest.fixture(autouse=True)
def _collect_widgets():
    yield
    gc.collect()


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


def region_paths(queries, org_id):
    return sorted(" > ".join(r["path"]) for r in queries.org_detail(org_id)["regions"])


MOSCOW = "NIS > Russia > West of the Urals > Moscow"
PETERSBURG = "NIS > Russia > West of the Urals > St. Petersburg"


def test_editor_shows_the_listed_regions_ticked(qtbot, sample, entries, queries, stack):
    org = sample["ai-russia"]
    editor = OrgEditor(entries, stack, org)
    qtbot.addWidget(editor)
    stored = region_paths(queries, org)
    assert stored and editor.regions.summary.text() == "; ".join(stored)
    ticked = editor.regions.region_ids()
    assert sorted(r["id"] for r in queries.org_detail(org)["regions"]) == sorted(ticked)


def test_add_a_region_by_typing_and_untick_one_then_undo(qtbot, sample, entries, queries,
                                                         stack):
    org = sample["ai-russia"]
    before = region_paths(queries, org)
    editor = OrgEditor(entries, stack, org)
    qtbot.addWidget(editor)
    picker = editor.regions
    extra = PETERSBURG if MOSCOW in before else MOSCOW
    popup = picker.find.completer()
    qtbot.keyClicks(picker.find, extra.rsplit(" > ", 1)[-1][:5])
    assert extra in [popup.completionModel().index(r, 0).data()
                     for r in range(popup.completionCount())]
    popup.activated.emit(extra)                   # the user picks it from the list
    assert extra in picker.summary.text()
    qtbot.waitUntil(lambda: picker.find.text() == "")
    assert not picker.add_path("Atlantis")
    assert region_paths(queries, org) == before   # nothing written before Save
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert region_paths(queries, org) == sorted([*before, extra])
    assert stack.count() == 1

    editor = OrgEditor(entries, stack, org)
    qtbot.addWidget(editor)
    first = editor.regions.region_ids()[0]
    editor.regions._items[first].setCheckState(0, Qt.CheckState.Unchecked)
    assert editor.save()
    assert len(region_paths(queries, org)) == len(before)
    stack.undo()
    assert region_paths(queries, org) == sorted([*before, extra])
    stack.undo()
    assert region_paths(queries, org) == before


def test_new_organisation_listed_on_two_regional_pages(qtbot, sample, entries, queries, stack):
    editor = OrgEditor(entries, stack)
    qtbot.addWidget(editor)
    editor.name.setText("Tomsk Human Rights Group")
    assert editor.regions.add_path("Moscow")     # a unique last name is enough
    assert editor.regions.add_path(PETERSBURG)
    assert editor.save()
    assert region_paths(queries, editor.org_id) == [MOSCOW, PETERSBURG]
    (batch,) = org_history(entries.directory, editor.org_id)
    assert sum(c.entity == "orgregion" for c in batch.changes) == 2
