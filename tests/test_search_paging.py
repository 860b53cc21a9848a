"""Search listings stay exact on the fast paths: short prefixes, broad and narrow searches.

The index answers prefixes of one to four letters from its prefix lists (migration 0005), and
holds organisations in name order (0006), so `list_orgs` reads a search's page from its first
hits; all must give exactly what the indexed words and a full sort give.
"""

from __future__ import annotations

import gc
import sqlite3
from contextlib import closing

import pytest

from directory_app.domain.text import sort_key
from directory_app.services.queries import OrgFilter, Queries
from directory_app.store import search
from directory_app.store.database import open_directory
from tests.benchmarks import generator, writers


@pytest.fixture(scope="module", autouse=True)
def _no_garbage_left():
    # Engines and sessions leave reference cycles; collect them here, so that a later test
    # that counts references (test_stack's None count) does not see them go mid-loop.
    yield
    gc.collect()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("paging") / "generated.sqlite"
    writers.write_directory(generator.generate(600, seed=11), path)
    return path


@pytest.fixture(scope="module")
def queries(generated):
    directory = open_directory(generated, read_only=True)
    yield Queries(directory)
    directory.close()


def _matching_ids(path, expr):
    with closing(sqlite3.connect(path)) as con:
        return {r[0] for r in con.execute(
            "SELECT r.org_id FROM org_fts f JOIN org_rank r ON r.rank = f.rowid "
            "WHERE org_fts MATCH ?", (expr,))}


def _ids_by_words(path, terms):
    """Organisations whose indexed text has, for every term, a word starting with it."""
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute("SELECT r.org_id, names, people, contacts, body FROM org_fts f "
                           "JOIN org_rank r ON r.rank = f.rowid").fetchall()
    found = set()
    for rowid, *texts in rows:
        words = " ".join(t or "" for t in texts).split()
        if all(any(w.startswith(term) for w in words) for term in terms):
            found.add(rowid)
    return found


@pytest.mark.parametrize("query", ["m", "s", "h", "a", "z", "0", "7", "me", "mos", "mosc",
                                   "prav", "pravo", "human r", "r 1", "с", "пр", "прав"])
def test_short_prefixes_find_exactly_the_words_that_start_with_them(generated, query):
    from directory_app.domain.text import query_terms

    expected = _ids_by_words(generated, query_terms(query))
    assert expected, query   # the generated directory has words for every one of these
    assert _matching_ids(generated, search.match_expression(query)) == expected


def _reference_page(generated, query, limit, offset, descending):
    ids = _matching_ids(generated, search.match_expression(query))
    with closing(sqlite3.connect(generated)) as con:
        names = dict(con.execute("SELECT id, name FROM organisation"))
    ordered = sorted(ids, key=lambda i: (sort_key(names[i]), i), reverse=descending)
    return ordered[offset:offset + limit]


@pytest.mark.parametrize("query", ["m", "пр", "human rights", "мемориал", "Perm", "zzz"])
@pytest.mark.parametrize("limit,offset", [(10, 0), (25, 40), (200, 0)])
@pytest.mark.parametrize("descending", [False, True])
def test_search_pages_are_the_fully_sorted_hits(generated, queries, query, limit, offset,
                                                descending):
    page = queries.list_orgs(OrgFilter(query=query), limit=limit, offset=offset,
                             descending=descending)
    assert [r.id for r in page] == _reference_page(generated, query, limit, offset, descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("typed", ["правозащитный центр", "human rights", "Nizhny Novgorod",
                                   "memorial", "s m"])
def test_typing_gives_the_sorted_hits_at_every_keystroke(generated, typed, descending):
    """One Queries, as the window has, asked for a capped count and the first page and a later
    one at every letter typed."""
    directory = open_directory(generated, read_only=True)
    try:
        q = Queries(directory)
        for n in range(1, len(typed) + 1):
            flt = OrgFilter(query=typed[:n])
            q.count_orgs_at_most(flt, 12)
            for limit, offset in ((20, 0), (7, 30), (5, 3)):
                page = q.list_orgs(flt, limit=limit, offset=offset, descending=descending)
                assert [r.id for r in page] == _reference_page(
                    generated, typed[:n], limit, offset, descending), typed[:n]
    finally:
        directory.close()


@pytest.mark.parametrize("query", ["m", "мемориал", "human rights", "zzz"])
def test_counting_a_search_in_the_index_agrees_with_the_table(queries, query):
    nis = next(r["id"] for r in queries.region_tree() if r["name"] == "NIS")
    in_index = queries.count_orgs(OrgFilter(query=query))
    # A region filter takes the general path (ids looked up in the table); NIS holds them all.
    assert in_index == queries.count_orgs(OrgFilter(query=query, region_id=nis))
    assert in_index == len(queries.list_orgs(OrgFilter(query=query), limit=10_000))


@pytest.mark.parametrize("sort", ["city", "kind", "phone", "last_verified"])
def test_pages_sorted_on_other_columns_keep_their_order(queries, sort):
    page = queries.list_orgs(OrgFilter(query="пр"), sort=sort, limit=50)
    everything = queries.list_orgs(OrgFilter(query="пр"), sort=sort, limit=10_000)
    assert [r.id for r in page] == [r.id for r in everything[:50]]
    if sort != "last_verified":     # dates: NULLs first, checked by the page comparison only
        keys = [getattr(r, sort) or "" for r in everything]
        assert keys == sorted(keys)
