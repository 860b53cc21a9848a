"""The navigator sets the table's filter: regions with counts, kinds, worklists, people."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings
from tests.ui_helpers import names


@pytest.fixture
def window(qtbot, directory, sample):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.navigator.counts_ready)  # counted off the GUI thread
    return w


def region_key(window, name):
    region = next(r for r in window.queries.region_tree() if r["name"] == name)
    return f"region:{region['id']}"


def test_regions_show_counts_and_filter(window):
    nav = window.navigator
    moscow = nav.item_for(region_key(window, "Moscow"))
    russia = nav.item_for(region_key(window, "Russia"))
    assert moscow.text(0) == "Moscow" and moscow.parent().text(0) == "West of the Urals"
    nav.select_key(region_key(window, "Moscow"))
    listed = names(window.org_model)
    assert int(moscow.text(1)) == len(listed) == window.org_model.total
    assert "Memorial Human Rights Centre" in listed
    assert "Agora Human Rights Association" not in listed  # Russia-wide, not Moscow
    nav.select_key(region_key(window, "Russia"))
    assert int(russia.text(1)) == window.org_model.rowCount() > len(listed)
    assert "Agora Human Rights Association" in names(window.org_model)


def test_search_within_a_region(qtbot, window):
    window.navigator.select_key(region_key(window, "Moscow"))
    with qtbot.waitSignal(window.search_bar.queryChanged):
        window.search_bar.edit.setText("amnesty")
    listed = names(window.org_model)
    assert {"Amnesty International - Russia",
            "Amnesty International - Moscow Information Office"} <= set(listed)
    assert "Amnesty International - St. Petersburg group" not in listed  # not in Moscow
    assert window.search_bar.hits.text() == f"{len(listed)} organisations"


def test_needs_checking_follows_verification(qtbot, window, entries, sample):
    nav = window.navigator
    assert nav.item_for("check").text(1) == "15"  # nothing in the sample is verified
    entries.update_org(sample["memorial"], last_verified=date.today())
    entries.update_org(sample["agora"], last_verified=date.today() - timedelta(days=400))
    window.refresh()
    qtbot.waitUntil(lambda: nav.counts_ready)
    assert nav.item_for("check").text(1) == "14"
    nav.select_key("check")
    listed = names(window.org_model)
    assert "Memorial Human Rights Centre" not in listed
    assert "Agora Human Rights Association" in listed


def test_kinds_and_focus_areas(window):
    nav = window.navigator
    nav.select_key("kind:network")
    assert int(nav.item_for("kind:network").text(1)) == window.org_model.rowCount() == 3
    assert {window.org_model.row_at(r).kind for r in range(3)} == {"network"}
    assert nav.item_for("kind:branch_office").isHidden()  # none in the sample
    tag = window.queries.tags()[0]
    nav.select_key(f"tag:{tag['id']}")
    assert window.org_model.rowCount() == tag["orgs"]


def test_people_switches_the_table(qtbot, window):
    window.navigator.select_key("people")
    assert window.people_mode
    assert window.results.currentWidget() is window.people_view
    assert window.people_model.rowCount() == 11
    with qtbot.waitSignal(window.search_bar.queryChanged):
        window.search_bar.edit.setText("никитин")
    assert names(window.people_model) == ["Sergei Nikitin"]
    window.people_view.selectRow(0)
    assert "Director" in window.details.toPlainText()
    window.navigator.select_key("all")
    assert window.results.currentWidget() is window.org_view


def test_a_vanished_region_falls_back_to_everything(qtbot, window, entries, sample):
    key = region_key(window, "St. Petersburg")
    window.navigator.select_key(key)
    assert window.org_model.total == 1
    entries.set_regions(sample["ai-spb"], [])
    with window.directory.begin() as conn:
        conn.exec_driver_sql("DELETE FROM region WHERE id = ?", (int(key.split(":")[1]),))
    window.refresh()
    assert window.navigator.current_target().key == "all"
    assert window.org_model.total == 15
