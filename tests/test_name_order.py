"""The search index holds organisations in name order (`store/name_order.py`): every write keeps
the ranks in step with the names, so that pages of a search read from the index are the fully
sorted hits (checked keystroke by keystroke in test_search_paging.py)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from directory_app.domain.text import sort_key
from directory_app.services.merge import merge_orgs
from directory_app.services.queries import OrgFilter
from directory_app.store import name_order, search


def _names_in_rank_order(directory) -> list[str]:
    with directory.begin() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT o.name FROM org_rank r JOIN organisation o ON o.id = r.org_id "
            "ORDER BY r.rank")]


def _assert_in_step(directory, queries) -> None:
    with directory.begin() as conn:
        assert search.index_problems(conn) == []
        assert name_order.out_of_order(conn) == 0
    expected = [r.id for r in queries.list_orgs(OrgFilter(query="zq"), sort="kind")]
    expected.sort(key=lambda i: (sort_key(queries.org_detail(i)["name"]), i))
    assert [r.id for r in queries.list_orgs(OrgFilter(query="zq"))] == expected
    assert [r.id for r in queries.list_orgs(OrgFilter(query="zq"), descending=True)] == \
        expected[::-1]


def _write_a_history(entries) -> dict[str, int]:
    ids = {}
    for name in ("Zq Mmm", "Zq Ccc", "Zq Xxx", "Zq Aaa", "Zq Ccc", "Zq Ннн", "Zq Bbb"):
        ids.setdefault(name, entries.create_org(name=name).id)
    entries.update_org(ids["Zq Xxx"], name="Zq Abc")        # moves far up
    entries.update_org(ids["Zq Aaa"], description="the name stays")
    entries.update_org(ids["Zq Mmm"], name="Zq Яяя")        # moves to the end
    entries.delete_org(ids["Zq Bbb"])
    with entries.transaction():     # several in one gap, and several at each end, at once
        for name in ("Zq Ddd", "Zq Bcd", "Zq Eee", "Zq Ccb", "Zq A", "Zq Яяяя", "Zq Яяяяя"):
            ids[name] = entries.create_org(name=name).id
    return ids


@pytest.mark.parametrize("lookups", [10**9, 0], ids=["neighbours looked up", "one pass"])
def test_ranks_follow_every_write(entries, queries, directory, monkeypatch, lookups):
    monkeypatch.setattr(name_order, "_LOOKUP_AT_MOST", lookups)
    _write_a_history(entries)
    _assert_in_step(directory, queries)
    assert _names_in_rank_order(directory) == sorted(
        _names_in_rank_order(directory), key=sort_key)


def test_a_merge_keeps_the_ranks_in_step(entries, queries, directory):
    keep = entries.create_org(name="Zq Keep").id
    other = entries.create_org(name="Zq Another").id
    merge_orgs(entries, keep, other, {})
    _assert_in_step(directory, queries)
    with directory.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM org_rank").scalar_one() == \
            conn.exec_driver_sql("SELECT count(*) FROM organisation").scalar_one()


@pytest.mark.parametrize("lookups", [10**9, 0], ids=["neighbours looked up", "one pass"])
def test_a_used_up_gap_moves_a_few_neighbours_and_nothing_else(entries, queries, directory,
                                                               monkeypatch, lookups):
    monkeypatch.setattr(name_order, "STEP", 2)
    monkeypatch.setattr(name_order, "_LOOKUP_AT_MOST", lookups)
    names = [f"Zq {letter * 3}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXY"]
    with entries.transaction():
        ids = {name: entries.create_org(name=name).id for name in names}
    before = _ranks(directory)
    assert before[ids["Zq NNN"]] - before[ids["Zq MMM"]] == 2
    entries.create_org(name="Zq MMMa")         # the one free rank between them
    assert _ranks(directory).items() >= before.items()
    entries.create_org(name="Zq MMMb")         # none left: neighbours move
    after = _ranks(directory)
    moved = {name for name, org in ids.items() if after[org] != before[org]}
    assert moved and moved <= {f"Zq {letter * 3}" for letter in "EFGHIJKLMNOPQRSTU"}
    assert after[ids["Zq AAA"]] == before[ids["Zq AAA"]]
    assert after[ids["Zq YYY"]] == before[ids["Zq YYY"]]
    _assert_in_step(directory, queries)
    for n in range(40):                         # again and again in one place
        entries.create_org(name=f"Zq MMMb{n:02}")
    _assert_in_step(directory, queries)


def _ranks(directory) -> dict[int, int]:
    with directory.begin() as conn:
        return dict(conn.exec_driver_sql("SELECT org_id, rank FROM org_rank").all())


def test_ranks_are_spaced_apart_at_the_ends_and_spread_between_neighbours():
    step, base = name_order.STEP, name_order.BASE
    assert name_order._spaced(None, None, 3) == [base, base + step, base + 2 * step]
    assert name_order._spaced(10 * step, None, 2) == [11 * step, 12 * step]
    assert name_order._spaced(None, 10 * step, 2) == [8 * step, 9 * step]
    assert name_order._spaced(None, 3, 2) == [1, 2]          # no room for STEP: spread
    assert name_order._spaced(100, 200, 3) == [125, 150, 175]
    assert name_order._spaced(100, 102, 1) == [101]
    assert name_order._spaced(100, 102, 2) is None


def test_kept_counts_follow_changes(entries, queries, directory):
    flt = OrgFilter(query="Zyxwv")
    assert queries.count_orgs(flt) == 0
    assert queries.list_orgs(flt) == []
    org = entries.create_org(name="Zyxwv Foundation").id
    assert queries.count_orgs(flt) == 1
    assert [r.id for r in queries.list_orgs(flt)] == [org]
    # A change made through another connection of the same file counts too.
    with closing(sqlite3.connect(directory.path)) as con, con:
        con.execute("DELETE FROM org_fts WHERE rowid = (SELECT rank FROM org_rank "
                    "WHERE org_id = ?)", (org,))
    assert queries.count_orgs(flt) == 0


def test_a_page_from_the_first_hits_kept_follows_changes(entries, queries):
    for n in range(12):
        entries.create_org(name=f"Zq Group {n:02}")
    flt = OrgFilter(query="zq")
    assert queries.count_orgs_at_most(flt, 5) == (5, False)    # keeps the first six hits
    assert [r.name for r in queries.list_orgs(flt, limit=3, offset=2)] == [
        "Zq Group 02", "Zq Group 03", "Zq Group 04"]
    assert [r.name for r in queries.list_orgs(flt, limit=4, offset=4)] == [
        "Zq Group 04", "Zq Group 05", "Zq Group 06", "Zq Group 07"]    # beyond them
    entries.create_org(name="Zq Aaa")
    assert [r.name for r in queries.list_orgs(flt, limit=2)] == ["Zq Aaa", "Zq Group 00"]


def test_deletes_and_creates_in_one_transaction_and_ids_that_do_not_exist(entries, queries,
                                                                          directory):
    keep = entries.create_org(name="Zq Mmm").id
    gone = entries.create_org(name="Zq Nnn").id
    with entries.transaction():
        entries.delete_org(gone)
        entries.create_org(name="Zq Nnm")
        entries.update_org(keep, name="Zq Zzz")
    with directory.begin() as conn:
        search.reindex_orgs(conn, [gone, 987654])       # neither exists
    _assert_in_step(directory, queries)
    assert [r.name for r in queries.list_orgs(OrgFilter(query="zq"))] == ["Zq Nnm", "Zq Zzz"]


def test_a_rank_of_a_deleted_organisation_is_reported(entries, directory):
    entries.create_org(name="Zq Aaa")
    with directory.begin() as conn:
        conn.exec_driver_sql("INSERT INTO org_rank(rank, org_id) VALUES (5, 424242)")
        assert search.index_problems(conn, deep=False) == [
            "1 search index ranks point at deleted organisation rows"]


def test_negative_limits_read_as_sqlite_reads_them(entries, queries):
    for n in range(8):
        entries.create_org(name=f"Zq {n}")
    flt = OrgFilter(query="zq")
    assert queries.count_orgs_at_most(flt, 5) == (5, False)     # keeps the first six hits
    assert len(queries.list_orgs(flt, limit=-1)) == 8
    assert [r.name for r in queries.list_orgs(flt, limit=3, offset=-1)] == [
        "Zq 0", "Zq 1", "Zq 2"]


def test_kept_first_hits_go_with_a_rolled_back_write(entries, queries, directory):
    entries.create_org(name="Zq Bbb")
    flt = OrgFilter(query="zq")
    assert queries.count_orgs_at_most(flt, 5) == (1, True)
    with pytest.raises(RuntimeError), entries.transaction():
        entries.create_org(name="Zq Aaa")
        raise RuntimeError("cancelled")
    assert [r.name for r in queries.list_orgs(flt)] == ["Zq Bbb"]
    entries.create_org(name="Zq Aaa")
    assert queries.count_orgs_at_most(flt, 5) == (2, True)
    assert [r.name for r in queries.list_orgs(flt)] == ["Zq Aaa", "Zq Bbb"]
