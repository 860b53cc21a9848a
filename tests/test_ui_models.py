"""The table models: Qt's model rules, lazy paging, sorting in SQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from directory_app.services.queries import OrgFilter, PersonFilter
from directory_app.ui import paged_model
from directory_app.ui.org_table_model import COL_NAME, COL_PHONE, COL_VERIFIED, OrgTableModel
from directory_app.ui.paged_model import ID_ROLE
from directory_app.ui.people_table_model import PeopleTableModel
from tests.generate import generate_directory


# The tester's own modelReset slot runs before its reset bookkeeping and calls fetchMore, so a
# model that can fetch more after a reset is checked fresh for each state (page_size keeps the
# tester fetching pages, which is what matters here).
@pytest.mark.parametrize("flt", [OrgFilter(), OrgFilter(query="amnesty")])
def test_org_model_passes_qt_model_checks(qtmodeltester, sample, queries, flt):
    model = OrgTableModel(queries, flt, page_size=2)
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 2


def test_people_model_passes_qt_model_checks(qtmodeltester, sample, queries):
    model = PeopleTableModel(queries, page_size=3)
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_id_role_and_display(sample, queries):
    model = OrgTableModel(queries)
    model.refresh()
    row = next(r for r in range(model.rowCount())
               if model.index(r, COL_NAME).data() == "Memorial Human Rights Centre")
    assert model.index(row, COL_NAME).data(ID_ROLE) == sample["memorial"]
    assert model.index(row, 1).data() == "NGO"  # the kind's label, not "ngo"
    assert model.headerData(COL_PHONE, Qt.Orientation.Horizontal) == "Phone"


@pytest.fixture
def big(directory):
    generate_directory(directory, 2500, people=600)
    return directory


def test_rows_page_in_as_the_view_asks(big, queries):
    model = OrgTableModel(queries, page_size=200)
    model.refresh()
    assert model.total == 2500
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2500
    ids = [model.row_id(r) for r in range(model.rowCount())]
    assert len(set(ids)) == 2500  # pages neither overlap nor skip


def test_view_fetches_more_when_scrolled(qtbot, big, queries):
    from PySide6.QtWidgets import QTableView

    model = OrgTableModel(queries, page_size=100)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 100)


@pytest.mark.parametrize(("column", "key"), [(COL_NAME, "name"), (COL_PHONE, "phone"),
                                             (COL_VERIFIED, "last_verified")])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_is_done_in_sql_and_correct(big, queries, monkeypatch, column, key, order):
    model = OrgTableModel(queries, page_size=300)
    calls = []
    real = queries.list_orgs
    monkeypatch.setattr(queries, "list_orgs",
                        lambda *a, **kw: calls.append(kw) or real(*a, **kw))
    model.sort(column, order)
    assert calls == []  # not shown yet: a view's sort() at set-up costs no query
    model.refresh()
    descending = order == Qt.SortOrder.DescendingOrder
    assert calls[-1]["sort"] == key and calls[-1]["descending"] is descending
    assert model.rowCount() == 300  # only the first page came back: nothing sorted in Python
    # The first page is the true head of the whole sorted listing.
    everything = real(OrgFilter(), sort=key, descending=descending, limit=5000)
    assert [model.row_id(r) for r in range(300)] == [r.id for r in everything[:300]]
    values = [getattr(r, key) for r in everything]
    if key == "name":
        values = [v.casefold() for v in values]
    present = [v for v in values if v not in (None, "")]
    assert present == sorted(present, reverse=descending)


def test_filter_and_count_signal(qtbot, big, queries):
    model = PeopleTableModel(queries)
    with qtbot.waitSignal(model.countChanged) as blocker:
        model.set_filter(PersonFilter(query="ivanova"))
    assert blocker.args == [model.total]
    assert 0 < model.total < 600
    assert all("Ivanova" in model.row_at(r).name for r in range(model.rowCount()))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30))
def test_any_typed_text_is_a_harmless_query(sample, queries, text):
    model = OrgTableModel(queries)
    model.set_filter(OrgFilter(query=text))
    assert model.rowCount() == min(model.total, 200)
    people = PeopleTableModel(queries)
    people.set_filter(PersonFilter(query=text))
    assert people.rowCount() == min(people.total, 200)


def test_a_requery_loads_only_the_first_page_asked_for(big, queries):
    model = OrgTableModel(queries, page_size=200)
    model.set_first_page_size(30)
    model.refresh()
    assert model.total == 2500 and model.rowCount() == 30
    first = [model.row_id(r) for r in range(30)]
    model.fetchMore()
    assert model.rowCount() == 230
    whole = OrgTableModel(queries, page_size=2500)
    whole.refresh()
    assert [model.row_id(r) for r in range(230)] == [whole.row_id(r) for r in range(230)]
    assert [model.row_id(r) for r in range(30)] == first
    model.set_first_page_size(10_000)             # never more than a page
    model.refresh()
    assert model.rowCount() == 200


def test_counts_stop_at_the_cap_for_searches_only(big, queries):
    every = OrgFilter(query="works")                  # in every generated description
    assert queries.count_orgs_at_most(every, 100) == (100, False)
    assert queries.count_orgs_at_most(every, 5000) == (2500, True)
    narrow = OrgFilter(query="office1717@example.org")
    assert queries.count_orgs_at_most(narrow, 100) == (queries.count_orgs(narrow), True)
    assert queries.count_orgs_at_most(OrgFilter(), 100) == (2500, True)   # a listing's size
    kinds = OrgFilter(query="works", kind="ngo")
    assert queries.count_orgs_at_most(kinds, 100) == (100, False)
    assert queries.count_orgs_at_most(kinds, 5000) == (queries.count_orgs(kinds), True)
    # Once counted exactly, the exact number is what a capped count gives.
    broad = OrgFilter(query="centre")
    assert queries.count_orgs_at_most(broad, 10) == (10, False)
    exact = queries.count_orgs(broad)
    assert exact > 10 and queries.count_orgs_at_most(broad, 10) == (exact, True)


def test_a_broad_search_counts_exactly_only_when_scrolled_near_the_end(
        qtbot, big, queries, monkeypatch):
    monkeypatch.setattr(paged_model, "COUNT_CAP", 100)
    model = OrgTableModel(queries, page_size=200)
    model.set_first_page_size(50)
    seen = []
    model.countChanged.connect(seen.append)
    model.set_filter(OrgFilter(query="works"))
    assert (model.total, model.total_exact, model.rowCount()) == (100, False, 50)
    assert seen == [100] and model.canFetchMore()
    model.fetchMore()
    assert (model.total, model.total_exact, model.rowCount()) == (2500, True, 250)
    assert seen == [100, 2500]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2500
    assert len({model.row_id(r) for r in range(2500)}) == 2500


def test_a_capped_model_passes_qt_model_checks(qtmodeltester, big, queries, monkeypatch):
    monkeypatch.setattr(paged_model, "COUNT_CAP", 30)
    model = OrgTableModel(queries, OrgFilter(query="centre"), page_size=20)
    model.refresh()
    assert not model.total_exact
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("query", ["works", "centre", "moscow", "мемориал", "human rig"])
def test_a_page_after_a_capped_count_is_the_fully_sorted_page(big, directory, query):
    from directory_app.services.queries import Queries
    from directory_app.store import search

    flt = OrgFilter(query=query)
    with directory.begin() as conn:
        hits = [r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM organisation WHERE id IN (SELECT r.org_id FROM org_fts f "
            "JOIN org_rank r ON r.rank = f.rowid WHERE org_fts MATCH ?) ORDER BY sort_name, id",
            (search.match_expression(query),))]
    assert len(hits) > 70
    capped = Queries(directory)
    assert capped.count_orgs_at_most(flt, 10) == (10, False)
    assert [r.id for r in capped.list_orgs(flt, limit=50, offset=20)] == hits[20:70]
    assert [r.id for r in capped.list_orgs(flt, limit=50, offset=20, descending=True)] == \
        hits[::-1][20:70]
    counted = Queries(directory)
    assert [r.id for r in counted.list_orgs(flt, limit=50, offset=20,
                                            matches=counted.count_orgs(flt))] == hits[20:70]
