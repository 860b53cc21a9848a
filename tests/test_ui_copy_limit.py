"""Copying or dragging a very large selection: refused with a pointer to File > Export.

Copy and drag build their text on the GUI thread; above `COPY_LIMIT` entries the window says so
and offers the export dialog (which writes a file with progress and Cancel) instead of freezing.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from directory_app.ui import main_window
from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings


@pytest.fixture
def window(qtbot, sample, directory, monkeypatch):
    monkeypatch.setattr(main_window, "COPY_LIMIT", 5)   # the sample has 15 organisations
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.window_actions.export_file.setEnabled(True)      # the full window's features enable it
    asked = []
    w.ask_export = lambda text: asked.append(text) or True
    exports = []
    w.window_actions.export_file.triggered.connect(lambda: exports.append(True))
    QGuiApplication.clipboard().setText("before")
    return w, asked, exports


@pytest.mark.parametrize("action", ["copy_vcard", "copy_emails", "copy_handbook"])
def test_a_large_selection_is_not_copied_and_export_is_offered(window, action):
    w, asked, exports = window
    w.org_view.selectAll()
    assert len(w.selected_org_ids()) == 15
    getattr(w.window_actions, action).trigger()
    assert QGuiApplication.clipboard().text() == "before"
    assert len(asked) == 1 and "More than 5 entries" in asked[0] and "File > Export" in asked[0]
    assert exports == [True]                 # answering "Export…" opens File > Export
    assert "File > Export" in w.statusBar().currentMessage()


def test_declining_the_offer_opens_nothing(window):
    w, asked, exports = window
    w.ask_export = lambda text: asked.append(text) and False
    w.org_view.selectAll()
    w.window_actions.copy_vcard.trigger()
    assert len(asked) == 1 and exports == []


def test_a_selection_within_the_limit_is_copied(window):
    w, asked, _exports = window
    for row in range(3):
        w.org_view.selectionModel().select(
            w.org_model.index(row, 0),
            w.org_view.selectionModel().SelectionFlag.Select
            | w.org_view.selectionModel().SelectionFlag.Rows)
    w.window_actions.copy_handbook.trigger()
    assert asked == [] and QGuiApplication.clipboard().text() != "before"


def test_dragging_a_large_selection_carries_nothing_and_says_why(window):
    w, asked, _exports = window
    w.org_view.selectAll()
    assert w.org_view.drag_mime_data() is None
    assert asked == []                       # no modal question in the middle of a drag
    assert "File > Export" in w.statusBar().currentMessage()


def test_select_all_loads_rows_so_a_copy_is_whole_or_refused(qtbot, directory, monkeypatch):
    """A search shows a screenful; Select All must not silently copy only those rows."""
    from tests.generate import generate_directory

    generate_directory(directory, 600, people=10)
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.org_model.refresh()
    loaded = w.org_model.rowCount()
    assert loaded < 200 < w.org_model.total
    w.org_view.selectAll()                       # within the limit: every row, then copied
    assert len(w.selected_org_ids()) == 600
    w.window_actions.copy_emails.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.count("@") > loaded
    monkeypatch.setattr(main_window, "COPY_LIMIT", 250)
    w.org_view.select_all_rows = 251
    w.org_model.refresh()
    w.org_view.selectAll()                       # above it: loaded past the limit, refused
    assert 250 < len(w.selected_org_ids()) < 600
    w.ask_export = lambda text: False
    QGuiApplication.clipboard().setText("before")
    w.window_actions.copy_emails.trigger()
    assert QGuiApplication.clipboard().text() == "before"
    assert "More than 250 entries" in w.statusBar().currentMessage()
