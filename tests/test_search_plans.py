"""The plans a search page can take (sort the hits, walk the name index, scan rows in name order
checking their index text) all give the fully sorted hits; counts kept between keystrokes follow
every change of the data."""

from __future__ import annotations

import gc
import sqlite3
from contextlib import closing

import pytest

from directory_app.domain.text import sort_key
from directory_app.services import queries as queries_module
from directory_app.services.queries import OrgFilter, Queries
from directory_app.store import search
from directory_app.store.database import open_directory
from tests.benchmarks import generator, writers

QUERIES = ["m", "s", "a", "пр", "human rights", "human r", "мемориал", "Perm", "zzz", "0"]

# (sparse matches, dense share, scan rows, scan slack, scan spare) forcing each plan
PLANS = {
    "sort": (10**9, 2.0, -1, 4, 1000),
    "walk": (0, 2.0, -1, 4, 1000),
    "scan": (0, 0.0, 10**9, 4, 1000),
    "scan within a small budget, else walk": (0, 0.0, 10**9, 1, 0),
}


@pytest.fixture(scope="module", autouse=True)
def _no_garbage_left():
    yield
    gc.collect()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "generated.sqlite"
    writers.write_directory(generator.generate(600, seed=5), path)
    return path


@pytest.fixture(scope="module")
def generated_queries(generated):
    directory = open_directory(generated, read_only=True)
    yield Queries(directory)
    directory.close()


def _reference_page(path, query, limit, offset, descending):
    expr = search.match_expression(query)
    with closing(sqlite3.connect(path)) as con:
        ids = {r[0] for r in con.execute("SELECT rowid FROM org_fts WHERE org_fts MATCH ?",
                                         (expr,))} if expr else set()
        names = dict(con.execute("SELECT id, name FROM organisation"))
    ordered = sorted(ids, key=lambda i: (sort_key(names[i]), i), reverse=descending)
    return ordered[offset:offset + limit]


@pytest.mark.parametrize("plan", list(PLANS))
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit,offset,descending", [(10, 0, False), (25, 40, True),
                                                     (200, 0, False), (50, 300, False)])
def test_every_plan_gives_the_sorted_hits(generated, generated_queries, monkeypatch, plan,
                                          query, limit, offset, descending):
    sparse, dense, scan_rows, slack, spare = PLANS[plan]
    monkeypatch.setattr(queries_module, "_SPARSE_MATCHES", sparse)
    monkeypatch.setattr(queries_module, "_DENSE_SHARE", dense)
    monkeypatch.setattr(queries_module, "_SCAN_ROWS", scan_rows)
    monkeypatch.setattr(queries_module, "_SCAN_SLACK", slack)
    monkeypatch.setattr(queries_module, "_SCAN_SPARE", spare)
    page = generated_queries.list_orgs(OrgFilter(query=query), limit=limit, offset=offset,
                             descending=descending)
    assert [r.id for r in page] == _reference_page(generated, query, limit, offset, descending)


def test_text_check_agrees_with_match(generated):
    with closing(sqlite3.connect(generated)) as con:
        for query in QUERIES + ["Nizhny Novgorod", "солдатские матери", "h r c"]:
            expr = search.match_expression(query)
            matched = {r[0] for r in con.execute(
                "SELECT rowid FROM org_fts WHERE org_fts MATCH ?", (expr,))}
            clause, params = search.org_text_clause(query)
            sql = f"SELECT f.rowid FROM org_fts f WHERE {clause}"
            for name, value in params.items():
                sql = sql.replace(f":{name}", "'" + value.replace("'", "''") + "'")
            assert {r[0] for r in con.execute(sql)} == matched, query


def test_kept_counts_follow_changes(entries, queries, directory):
    flt = OrgFilter(query="Zyxwv")
    assert queries.count_orgs(flt) == 0
    assert queries.list_orgs(flt) == []
    org = entries.create_org(name="Zyxwv Foundation").id
    assert queries.count_orgs(flt) == 1
    assert [r.id for r in queries.list_orgs(flt)] == [org]
    # A change made through another connection of the same file counts too.
    with closing(sqlite3.connect(directory.path)) as con, con:
        con.execute("DELETE FROM org_fts WHERE rowid = ?", (org,))
    assert queries.count_orgs(flt) == 0


def _type_and_check(path, typed: str, descending: bool) -> None:
    """Types `typed` a letter at a time into one Queries; every page is the sorted hits."""
    directory = open_directory(path, read_only=True)
    try:
        q = Queries(directory)
        for n in range(1, len(typed) + 1):
            page = q.list_orgs(OrgFilter(query=typed[:n]), limit=20, descending=descending)
            assert [r.id for r in page] == _reference_page(path, typed[:n], 20, 0,
                                                           descending), typed[:n]
    finally:
        directory.close()


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("typed", ["правозащитный центр", "human rights", "Nizhny Novgorod",
                                   "memorial", "s m"])
def test_typing_on_gives_the_sorted_hits_at_every_keystroke(generated, monkeypatch, typed,
                                                            descending):
    # Forced walks: every keystroke after the first starts where the one before found its
    # first hit (`known_page`).
    monkeypatch.setattr(queries_module, "_SPARSE_MATCHES", 0)
    monkeypatch.setattr(queries_module, "_DENSE_SHARE", 2.0)
    monkeypatch.setattr(queries_module, "_SCAN_ROWS", -1)
    _type_and_check(generated, typed, descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("typed", ["правозащитный центр", "human rights", "s m", "memorial"])
@pytest.mark.parametrize("slack,spare", [(4, 1000), (1, 0)])
def test_typing_on_scans_from_the_earlier_first_hit(generated, monkeypatch, typed, descending,
                                                     slack, spare):
    """The first keystroke walks (no earlier page), each later one scans from the first hit of
    the one before (or walks when its budget runs out), and every page is the sorted hits."""
    monkeypatch.setattr(queries_module, "_SPARSE_MATCHES", 0)
    monkeypatch.setattr(queries_module, "_DENSE_SHARE", 2.0)
    monkeypatch.setattr(queries_module, "_SCAN_ROWS", 10**9)
    monkeypatch.setattr(queries_module, "_SCAN_SLACK", slack)
    monkeypatch.setattr(queries_module, "_SCAN_SPARE", spare)
    scans = []
    real_scan = Queries._scan
    monkeypatch.setattr(Queries, "_scan", lambda self, conn, query, *a: scans.append(
        (query, self._counts.known_page(conn, query, descending))) or real_scan(
        self, conn, query, *a))
    _type_and_check(generated, typed, descending)
    assert scans and scans[0][0] == typed[:2]      # the first keystroke walked
    assert all(start is not None for _query, start in scans)


def test_an_earlier_page_decides_between_scan_and_walk():
    plan = queries_module._name_plan
    assert plan(2000, 100_000, 50, None) == "sort"
    assert plan(30_000, 100_000, 50, None) == "walk"    # no earlier page: hits may bunch
    assert plan(30_000, 100_000, 50, 4.0) == "scan"     # 200 rows should fill the page
    assert plan(30_000, 100_000, 50, 12.0) == "walk"    # 600 rows
    assert plan(30_000, 100_000, 200, 4.0) == "walk"    # 800 rows
    assert plan(70_000, 100_000, 200, None) == "scan"   # most organisations match


def test_a_start_is_known_only_for_a_search_typed_on(generated_queries):
    q = generated_queries
    q.list_orgs(OrgFilter(query="human r"), limit=5)
    with q.directory.begin() as conn:
        counts = q._counts
        assert counts.known_page(conn, "human ri", False) is not None
        assert counts.known_page(conn, "human r c", False) is not None
        assert counts.known_page(conn, "human", False) is None      # matches more
        assert counts.known_page(conn, "humane r", False) is not None
        assert counts.known_page(conn, "r human", False) is None    # words in other places
        assert counts.known_page(conn, "human ri", True) is None    # the other direction


def test_a_known_start_is_forgotten_when_the_data_changes(entries, queries, monkeypatch):
    monkeypatch.setattr(queries_module, "_SPARSE_MATCHES", 0)
    monkeypatch.setattr(queries_module, "_DENSE_SHARE", 2.0)
    entries.create_org(name="Mmm Qwerty Society")
    assert [r.name for r in queries.list_orgs(OrgFilter(query="qwer"))] == ["Mmm Qwerty Society"]
    entries.create_org(name="Aaa Qwerty Group")   # sorts before the first hit of "qwer"
    assert [r.name for r in queries.list_orgs(OrgFilter(query="qwert"))] == [
        "Aaa Qwerty Group", "Mmm Qwerty Society"]


def test_a_keystroke_takes_its_sample_once_even_when_the_kept_counts_are_full(generated):
    from sqlalchemy import event

    directory = open_directory(generated, read_only=True)
    try:
        q = Queries(directory)
        with directory.begin() as conn:   # as many kept as the counts hold
            q._counts._valid(conn).update({f"kept {n}": n for n in range(64)})
        samples = []
        event.listen(directory.engine, "before_cursor_execute",
                     lambda *a: samples.append(a[2]) if "rowid <= ?" in a[2] else None)
        flt = OrgFilter(query="s")
        total, exact = q.count_orgs_at_most(flt, 5)
        assert (total, exact) == (5, False)
        q.list_orgs(flt, limit=5, rough=True)
        assert len(samples) == 1
    finally:
        directory.close()
