"""The results tables' default column widths fit what the columns hold in the current language;
widths the user set are kept, across runs and language changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle

from directory_app.ui.labels import kind_labels, privacy_labels
from directory_app.ui.main_window import MainWindow
from directory_app.ui.org_table_model import COL_CITY, COL_KIND
from directory_app.ui.people_table_model import COL_PRIVACY
from directory_app.ui.settings import app_settings
from directory_app.ui.translations import (
    install_translators,
    installed_translators,
    remove_translators,
    switch_language,
)


@pytest.fixture
def russian(qapp):
    translators = install_translators(qapp, "ru")
    yield
    remove_translators(qapp, translators)


def open_window(qtbot, directory) -> MainWindow:
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def needed(view, texts) -> int:
    """The width a cell needs to show the longest of `texts` whole: the text in the view's font
    and the item delegate's margins (the style's focus frame margin + 1, on each side)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return max(view.fontMetrics().horizontalAdvance(t) for t in texts) + 2 * margin


def test_russian_kind_column_fits_the_longest_kind(qtbot, russian, directory, sample):
    w = open_window(qtbot, directory)
    labels = list(kind_labels().values())
    assert "Международная организация" in labels         # the catalogue is in use
    width = w.org_view.columnWidth(COL_KIND)
    assert width >= needed(w.org_view, labels)
    # Qt's own measure of the kind cells loaded (the sample has international organisations).
    assert width >= w.org_view.sizeHintForColumn(COL_KIND)


def test_english_columns_fit_kinds_and_header_titles(qtbot, directory, sample):
    w = open_window(qtbot, directory)
    header = w.org_view.horizontalHeader()
    assert w.org_view.columnWidth(COL_KIND) >= needed(w.org_view, kind_labels().values())
    for column in range(header.count() - 1):               # the last one stretches
        assert header.sectionSize(column) >= header.sectionSizeHint(column)


def test_russian_privacy_column_of_people_fits(qtbot, russian, directory, sample):
    w = open_window(qtbot, directory)
    w.navigator.select_key("people")
    w.people_view.horizontalHeader().setStretchLastSection(False)   # measure the default itself
    assert w.people_view.columnWidth(COL_PRIVACY) >= needed(w.people_view,
                                                            privacy_labels().values())


def test_a_width_the_user_set_wins_over_the_default(qtbot, russian, directory, sample):
    w = open_window(qtbot, directory)
    w.org_view.horizontalHeader().resizeSection(COL_KIND, 90)
    w.close()
    again = open_window(qtbot, directory)
    assert again.org_view.columnWidth(COL_KIND) == 90
    assert again.org_view.columnWidth(COL_CITY) == again.org_view.default_widths[COL_CITY]


def test_untouched_columns_follow_the_language_of_the_next_run(qtbot, qapp, directory, sample):
    english = open_window(qtbot, directory)
    english_kind = english.org_view.columnWidth(COL_KIND)
    english.close()
    translators = install_translators(qapp, "ru")
    try:
        w = open_window(qtbot, directory)
        width = w.org_view.columnWidth(COL_KIND)
        assert width > english_kind
        assert width >= needed(w.org_view, kind_labels().values())
    finally:
        remove_translators(qapp, translators)


def test_widths_saved_by_an_earlier_version_are_defaults_not_choices(
        qtbot, russian, directory, sample):
    w = open_window(qtbot, directory)
    header = w.org_view.horizontalHeader()
    for column, width in enumerate((205, 125, 85, 85, 105, 105, 80)):  # the old fixed widths
        header.resizeSection(column, width)
    header.resizeSection(COL_CITY, 150)                                 # one the user set
    w.close()
    settings = app_settings()
    settings.remove("columns/orgs-defaults")                            # not written back then
    again = open_window(qtbot, directory)
    assert again.org_view.columnWidth(COL_KIND) >= needed(again.org_view, kind_labels().values())
    assert again.org_view.columnWidth(COL_CITY) == 150


def test_switching_language_refits_the_columns_left_alone(qtbot, qapp, directory, sample):
    w = open_window(qtbot, directory)
    w.org_view.horizontalHeader().resizeSection(COL_CITY, 150)
    try:
        switch_language(qapp, "ru")
        qtbot.waitUntil(lambda: w.org_model.headerData(COL_KIND, w.org_view.horizontalHeader()
                                                       .orientation()) == "Тип", timeout=5000)
        qtbot.waitUntil(lambda: w.org_view.columnWidth(COL_KIND)
                        >= needed(w.org_view, kind_labels().values()), timeout=5000)
        assert w.org_view.columnWidth(COL_CITY) == 150
    finally:
        remove_translators(qapp, installed_translators())


def navigator_fits(window) -> bool:
    """The navigator's label column is as wide as Qt says its labels (indented) need."""
    nav = window.navigator
    return nav.columnWidth(0) >= nav.sizeHintForColumn(0)


def test_navigator_shows_russian_kinds_whole(qtbot, russian, directory, sample):
    w = open_window(qtbot, directory)
    qtbot.waitUntil(lambda: w.navigator.counts_ready)
    assert w.navigator.item_for("kind:international").text(0) == "Международная организация"
    assert navigator_fits(w)


def test_navigator_follows_the_language_unless_the_user_sized_it(qtbot, qapp, directory,
                                                                 sample):
    open_window(qtbot, directory).close()                       # English, left alone
    translators = install_translators(qapp, "ru")
    try:
        w = open_window(qtbot, directory)
        qtbot.waitUntil(lambda: w.navigator.counts_ready)
        assert navigator_fits(w)
        sizes = w.splitter.sizes()
        w.splitter.setSizes([180, sizes[1] + sizes[0] - 180, sizes[2]])
        w.close()
        assert open_window(qtbot, directory).splitter.sizes()[0] == 180
    finally:
        remove_translators(qapp, translators)
