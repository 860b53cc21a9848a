"""The main window driven through its real widgets (offscreen): search, select, links, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from directory_app.ui.details_view import ORG, PERSON, EntryRef
from directory_app.ui.main_window import PAGE_EMPTY, PAGE_ORGS, MainWindow
from directory_app.ui.settings import app_settings
from tests.ui_helpers import names, row_named

AI = "Amnesty International - Russia"


@pytest.fixture
def window(qtbot, directory, sample):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def search(qtbot, window, text):
    """Type like a user: one character at a time (QTest cannot synthesise Cyrillic keys)."""
    with qtbot.waitSignal(window.search_bar.queryChanged, timeout=2000):
        for char in text:
            window.search_bar.edit.insert(char)


def test_lists_the_sample_sorted_by_name(window):
    listed = names(window.org_model)
    assert len(listed) == 15 and AI in listed
    assert listed == sorted(listed, key=str.casefold)
    assert window.search_bar.hits.text() == "15 organisations"


@pytest.mark.parametrize(("query", "expected"), [
    ("memorial", ["Memorial Human Rights Centre"]),
    ("мемориал", ["Memorial Human Rights Centre"]),
    ("агора", ["Agora Human Rights Association"]),
])
def test_typing_a_query_narrows_the_table(qtbot, window, query, expected):
    search(qtbot, window, query)
    assert names(window.org_model) == expected
    assert window.search_bar.hits.text() == "1 organisation"
    assert window.results.currentIndex() == PAGE_ORGS


def test_no_results_state_and_clearing(qtbot, window):
    search(qtbot, window, "zzzqqq")
    assert window.org_model.rowCount() == 0
    assert window.search_bar.hits.text() == "No results"
    assert window.results.currentIndex() == PAGE_EMPTY
    assert "zzzqqq" in window.empty_label.text()
    with qtbot.waitSignal(window.search_bar.queryChanged):
        window.search_bar.edit.clear()
    assert window.org_model.rowCount() == 15
    assert window.results.currentIndex() == PAGE_ORGS


def test_typing_is_debounced_into_one_query(qtbot, window):
    seen = []
    window.search_bar.queryChanged.connect(seen.append)
    with qtbot.waitSignal(window.search_bar.queryChanged):
        qtbot.keyClicks(window.search_bar.edit, "amnesty")
    assert seen == ["amnesty"]


def test_selecting_a_row_shows_the_entry(qtbot, window, sample):
    window.org_view.selectRow(row_named(window.org_model, AI))
    assert window.current_entry() == EntryRef(ORG, sample["ai-russia"])
    text = window.details.toPlainText()
    assert AI in text
    assert "095-291-29-04" in text
    assert "Boris Suvorov" in text
    assert "Amnesty International Bulletin" in text
    assert "Amnesty International - St. Petersburg group" in text


def test_links_navigate_and_back_forward_work(qtbot, window, sample):
    window.org_view.selectRow(row_named(window.org_model, "Memorial Human Rights Centre"))
    html = window.details.toHtml()
    assert f'org:{sample["rapid-reaction"]}' in html
    window.details.anchorClicked.emit(QUrl(f"org:{sample['rapid-reaction']}"))
    assert "Rapid Reaction Centre" in window.details.toPlainText().splitlines()[0]
    assert window.window_actions.back.isEnabled() and not window.window_actions.forward.isEnabled()
    person_link = next(part for part in html.split('"') if part.startswith("person:")) \
        if "person:" in html else None
    rr = window.queries.org_detail(sample["rapid-reaction"])
    person_id = rr["people"][0]["person_id"]
    window.details.anchorClicked.emit(QUrl(f"person:{person_id}"))
    assert window.current_entry() == EntryRef(PERSON, person_id)
    assert "Public Council member" in window.details.toPlainText()
    assert person_link is None or person_link.startswith("person:")

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_entry() == EntryRef(ORG, sample["rapid-reaction"])
    window.window_actions.back.trigger()
    assert window.current_entry() == EntryRef(ORG, sample["memorial"])
    assert not window.window_actions.back.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_entry() == EntryRef(ORG, sample["rapid-reaction"])
    window.window_actions.forward.trigger()
    assert window.current_entry() == EntryRef(PERSON, person_id)
    assert not window.window_actions.forward.isEnabled()


def test_ctrl_f_focuses_the_search(qtbot, window):
    window.org_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_bar.edit.hasFocus())


def test_editing_actions_wait_for_the_editors(window):
    a = window.window_actions
    for action in (a.new_organisation, a.edit_current, a.delete_current, a.merge_selected,
                   a.mark_verified, a.show_history):
        assert not action.isEnabled()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.undo_stack.count() == 0


def test_enter_in_the_search_goes_to_the_first_result(qtbot, window, sample):
    window.search_bar.edit.setFocus()
    window.search_bar.edit.setText("helsinki")
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert names(window.org_model)[0] == "Moscow Helsinki Group"
    assert window.current_entry() == EntryRef(ORG, sample["mhg"])
    qtbot.waitUntil(window.org_view.hasFocus)


def test_a_search_loads_a_screenful_and_scrolling_loads_the_rest(qtbot, directory):
    from tests.generate import generate_directory

    generate_directory(directory, 600, people=10)
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    view, model = w.org_view, w.org_model
    model.refresh()
    in_sight = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert in_sight < model.rowCount() < 200 and model.total == 600
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > in_sight + 40)
    assert model.rowCount() <= model.total


def test_a_broad_search_shows_at_least_and_the_exact_count_at_the_end(
        qtbot, directory, monkeypatch):
    from directory_app.ui import paged_model
    from tests.generate import generate_directory

    monkeypatch.setattr(paged_model, "COUNT_CAP", 300)
    generate_directory(directory, 900, people=10)
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    assert w.search_bar.hits.text() == "900 organisations"      # a listing is counted as it is
    search(qtbot, w, "works")                              # in every generated description
    assert w.search_bar.hits.text() == "300+ organisations"
    search(qtbot, w, " moscow")
    exact = w.queries.count_orgs(w.org_model.filter)
    assert 0 < exact < 300 and w.search_bar.hits.text() == f"{exact} organisations"
    w.search_bar.edit.clear()
    search(qtbot, w, "works")
    assert w.search_bar.hits.text() == "300+ organisations"
    for _ in range(20):
        w.org_view.scrollToBottom()
        qtbot.wait(10)
        if not w.org_model.canFetchMore():
            break
    assert w.search_bar.hits.text() == "900 organisations"
    assert w.org_model.rowCount() == 900
