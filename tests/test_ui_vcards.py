"""vCards out of the window: Copy as vCard and dragging rows out, through the copy profile."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from directory_app.ui.main_window import MainWindow
from directory_app.ui.results_view import VCARD_MIME, ResultsView
from directory_app.ui.settings import app_settings
from tests.ui_helpers import row_named


@pytest.fixture
def civic(entries):
    org = entries.create_org(name="Civic Assistance").id
    entries.add_contact(org_id=org, kind="email", value="office@civic.example")
    entries.add_contact(org_id=org, kind="email", value="staff@civic.example",
                        privacy="internal")
    other = entries.create_org(name="Memorial").id
    entries.add_contact(org_id=other, kind="phone", value="+7 495 225-31-17")
    person = entries.create_person(display_name="Svetlana Gannushkina", consent="given",
                                    privacy="public").id
    entries.affiliate(person, org, "Chair")
    entries.add_contact(person_id=person, kind="email", value="sg@civic.example")
    hidden = entries.create_person(display_name="Anna Secret", privacy="confidential").id
    entries.affiliate(hidden, org, "Lawyer")
    return org, other, person, hidden


@pytest.fixture
def window(qtbot, directory, civic):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    return w


def _cards(text: str) -> list:
    return list(vobject.readComponents(text))


def test_copy_as_vcard_gives_the_selected_entries_through_the_profile(window):
    w = window
    view = w.org_view
    view.selectRow(row_named(w.org_model, "Civic Assistance"))
    w.window_actions.copy_vcard.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    text = bytes(mime.data(VCARD_MIME)).decode("utf-8")
    assert mime.text() == text
    (card,) = _cards(text)
    assert card.fn.value == "Civic Assistance"
    assert [e.value for e in card.contents["email"]] == ["office@civic.example"]
    # a wider profile lets the internal address out; a selection of two gives two cards
    w.window_actions.profile_actions["partners"].trigger()
    view.selectAll()
    w.window_actions.copy_vcard.trigger()
    cards = _cards(QGuiApplication.clipboard().text())
    assert sorted(c.fn.value for c in cards) == ["Civic Assistance", "Memorial"]
    civic_card = next(c for c in cards if c.fn.value == "Civic Assistance")
    assert len(civic_card.contents["email"]) == 2
    assert not any(c.fn.value in ("Svetlana Gannushkina", "Anna Secret") for c in cards)


def test_copy_people_as_vcards_keeps_confidential_people_in(window):
    w = window
    w.window_actions.show_confidential.setChecked(True)
    w.navigator.select_key("people")
    w.people_view.selectAll()
    assert len(w.selected_person_ids()) == 2
    w.window_actions.copy_vcard.trigger()
    cards = _cards(QGuiApplication.clipboard().text())
    assert [c.fn.value for c in cards] == ["Svetlana Gannushkina"]
    assert cards[0].org.value == ["Civic Assistance"] and cards[0].title.value == "Chair"
    assert cards[0].email.value == "sg@civic.example"
    w.window_actions.profile_actions["internal"].trigger()
    w.window_actions.copy_vcard.trigger()
    names = sorted(c.fn.value for c in _cards(QGuiApplication.clipboard().text()))
    assert names == ["Anna Secret", "Svetlana Gannushkina"]


def test_nothing_to_copy_says_so(window, directory):
    w = window
    w.org_view.clearSelection()
    QGuiApplication.clipboard().setText("before")
    w.window_actions.copy_vcard.trigger()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Nothing to copy" in w.statusBar().currentMessage()


def test_dragging_rows_out_gives_vcf_files_and_vcard_data(window):
    w = window
    view = w.org_view
    assert view.dragEnabled()
    view.selectAll()
    mime = view.drag_mime_data()
    urls = mime.urls()
    files = sorted(Path(u.toLocalFile()) for u in urls)
    assert [f.name for f in files] == ["Civic Assistance.vcf", "Memorial.vcf"]
    assert all(u.isLocalFile() for u in urls)
    memorial = _cards(files[1].read_text(encoding="utf-8"))
    assert memorial[0].tel.value == "+7 495 225-31-17"
    data = bytes(mime.data(VCARD_MIME)).decode("utf-8")
    assert sorted(c.fn.value for c in _cards(data)) == ["Civic Assistance", "Memorial"]
    assert "staff@civic.example" not in data   # the public profile is the default
    # a second drag writes its own files; the first drag's files stay for the receiver
    again = view.drag_mime_data()
    assert Path(again.urls()[0].toLocalFile()).parent != files[0].parent
    assert files[0].exists()


def test_dragging_what_the_profile_withholds_carries_nothing(window):
    w = window
    w.window_actions.show_confidential.setChecked(True)
    w.navigator.select_key("people")
    w.people_view.selectRow(row_named(w.people_model, "Anna Secret"))
    assert w.selected_person_ids()
    assert w.people_view.drag_mime_data() is None
    w.window_actions.profile_actions["internal"].trigger()
    mime = w.people_view.drag_mime_data()
    assert [Path(u.toLocalFile()).name for u in mime.urls()] == ["Anna Secret.vcf"]


def test_results_context_menu_offers_the_copies_and_the_profile(window):
    menu = window.menus.results_menu(window)
    actions = menu.actions()
    a = window.window_actions
    for action in (a.copy_emails, a.copy_handbook, a.copy_vcard, a.edit_current):
        assert action in actions
    includes = next(x.menu() for x in actions if x.menu() is not None)
    assert a.profile_actions["public"] in includes.actions()
    assert window.org_view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def _move(view, start, offset):
    pos = QPointF(start.x() + offset, start.y() + offset)
    QApplication.sendEvent(view.viewport(), QMouseEvent(
        QEvent.Type.MouseMove, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_mouse_drag_from_a_selected_row_starts_a_drag(qtbot, window, monkeypatch):
    w = window
    w.show()
    qtbot.waitExposed(w)
    view = w.org_view
    started = []
    monkeypatch.setattr(ResultsView, "startDrag", lambda self, actions: started.append(
        self.drag_mime_data()))
    view.selectAll()
    selected = w.selected_org_ids()
    start = view.visualRect(w.org_model.index(0, 0)).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    for offset in (2, 8, 20, 40):
        _move(view, start, offset)
    assert len(started) == 1 and len(started[0].urls()) == 2
    assert w.selected_org_ids() == selected      # the drag did not change the selection


def test_mouse_drag_from_an_unselected_row_selects(qtbot, window, monkeypatch):
    w = window
    w.show()
    qtbot.waitExposed(w)
    view = w.org_view
    started = []
    monkeypatch.setattr(ResultsView, "startDrag", lambda self, actions: started.append(1))
    view.clearSelection()
    start = view.visualRect(w.org_model.index(0, 0)).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    height = view.rowHeight(0)
    _move(view, start, height)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, start)
    assert started == [] and len(w.selected_org_ids()) == 2
