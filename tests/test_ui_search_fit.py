"""The search field's hint and the hit count show whole in a 1280 × 800 window, in English and
in Russian."""

from __future__ import annotations

import pytest

from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings
from directory_app.ui.translations import install_translators, remove_translators


@pytest.fixture(params=["en", "ru"])
def window(request, qtbot, qapp, directory, sample):
    translators = install_translators(qapp, request.param)
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    remove_translators(qapp, translators)


def shows_whole(edit, text: str) -> bool:
    """Typed into `edit` (its clear button then showing), `text` needs no scrolling: with the
    cursor at its end, the cursor stands at least the text's width from the left edge. (Room
    for a typed text is room for the hint: the hint is drawn in the same rectangle, which
    the clear button does not take while the field is empty.)"""
    edit.blockSignals(True)
    try:
        edit.setText(text)
        edit.end(False)
        edit.repaint()          # the line edit scrolls its text when it paints
        return edit.cursorRect().center().x() >= edit.fontMetrics().horizontalAdvance(text)
    finally:
        edit.clear()
        edit.blockSignals(False)


def test_the_search_hint_shows_whole_at_1280(window):
    edit = window.search_bar.edit
    assert window.width() == 1280
    assert edit.isVisible()                         # not pushed into the toolbar's » menu
    hint = edit.placeholderText()
    assert "Ctrl+F" in hint and shows_whole(edit, hint)
    assert len(edit.toolTip()) > len(hint)          # the full hint, for who hovers


def test_a_long_query_scrolls_so_the_probe_can_fail(window):
    edit = window.search_bar.edit
    assert not shows_whole(edit, edit.placeholderText() * 3)


def test_the_hit_count_shows_whole_however_large(window):
    bar = window.search_bar
    for count, exact, people in ((188_888, True, False), (1000, False, False),
                                 (23_456, True, True)):
        bar.show_count(count, exact, people)
        assert bar.hits.width() >= bar.hits.fontMetrics().horizontalAdvance(bar.hits.text())
