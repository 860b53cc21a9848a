"""Ranks that put the organisations' search index in name order.

FTS5 returns the hits of a MATCH in rowid order. The rowid of an organisation's index row is its
rank in `org_rank`, and ranks grow with (sort_name, id), the order of every name-sorted listing.
A page of a search sorted by name is then the first hits FTS5 finds, and the query stops after
them, however many match: at 100,000 organisations the first page of "пра" (60,000 hits) took
13-20 ms to collect and walk in name order, and takes ~0.1 ms.

Ranks are spaced `STEP` apart, so that a new or renamed organisation takes a free rank between
its neighbours without moving them. When a gap is used up, `place` says where (`Crowded`) and the
caller moves a few neighbours on each side too (`around`), which spreads them all over a wider
gap. The step is small because FTS5 stores each hit's rowid as the difference from the one
before, in a varint: at 100,000 organisations the organisations' index took 89 MB keyed by id,
95 MB with ranks 16 apart, 118 MB 256 apart and 202 MB 2**32 apart. Ranks start in the middle
of the positive rowids, so that there is room before the first name as after the last.
Only `search.reindex_orgs` and `search.rebuild_all` write ranks, in the same transaction as the
index rows they key.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from itertools import islice

from sqlalchemy import Connection

STEP = 16
# The first rank of a fresh numbering; ranks stay between 0 and TOP (rowids are signed 64-bit).
BASE = 1 << 61
TOP = 1 << 62
# Up to this many organisations are placed by looking up each one's neighbours; more, by one
# pass over every organisation in name order (~0.1 s at 100,000).
_LOOKUP_AT_MOST = 500

def _in(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def drop(conn: Connection, ids: Sequence[int]) -> list[int]:
    """Remove the ranks of these organisations; the ranks they had (their index rowids)."""
    if not ids:
        return []
    listed = _in(ids)
    ranks = [r[0] for r in conn.exec_driver_sql(
        f"SELECT rank FROM org_rank WHERE org_id IN ({listed})")]
    if ranks:
        conn.exec_driver_sql(f"DELETE FROM org_rank WHERE org_id IN ({listed})")
    return ranks


class Crowded(Exception):
    """No free ranks between `before` and `after` (None: either end) for the organisations
    that go there."""

    def __init__(self, before: int | None, after: int | None):
        super().__init__(before, after)
        self.before, self.after = before, after


def place(conn: Connection, ids: Set[int]) -> dict[int, int]:
    """Give each organisation of `ids` that exists and has no rank one between its ranked
    neighbours in name order; {org_id: rank}. Raises Crowded, with nothing written, when a gap
    between two neighbours is too small for the organisations that go into it."""
    if len(ids) > _LOOKUP_AT_MOST:
        runs = _runs_by_walk(conn, ids)
    else:
        runs = _runs_by_lookup(conn, sorted(ids))
    ranks: dict[int, int] = {}
    for before, after, members in runs:
        spaced = _spaced(before, after, len(members))
        if spaced is None:
            raise Crowded(before, after)
        ranks.update(zip(members, spaced, strict=True))
    # written a slice at a time: a list of every pair at once added to a big import's peak
    pairs = iter(ranks.items())
    while batch := [(rank, org_id) for org_id, rank in islice(pairs, 5000)]:
        conn.exec_driver_sql("INSERT INTO org_rank(rank, org_id) VALUES (?, ?)", batch)
    return ranks


def around(conn: Connection, crowd: Crowded, count: int) -> list[int]:
    """Up to `count` organisations on each side of a crowded gap, from its ends outwards."""
    ids = []
    if crowd.before is not None:
        ids += [r[0] for r in conn.exec_driver_sql(
            "SELECT org_id FROM org_rank WHERE rank <= ? ORDER BY rank DESC LIMIT ?",
            (crowd.before, count))]
    if crowd.after is not None:
        ids += [r[0] for r in conn.exec_driver_sql(
            "SELECT org_id FROM org_rank WHERE rank >= ? ORDER BY rank LIMIT ?",
            (crowd.after, count))]
    return ids


def renumber(conn: Connection) -> None:
    """Rank every organisation afresh, STEP apart (the index must then be rebuilt)."""
    conn.exec_driver_sql("DELETE FROM org_rank")
    conn.exec_driver_sql(
        f"INSERT INTO org_rank(rank, org_id) SELECT {BASE} + row_number() OVER "
        f"(ORDER BY sort_name, id) * {STEP}, id FROM organisation")


def out_of_order(conn: Connection) -> int:
    """How many ranked organisations sort before the one ranked just below them (0 when the
    ranks follow name order)."""
    return conn.exec_driver_sql(
        "SELECT count(*) FROM (SELECT r.rank, lag(r.rank) OVER (ORDER BY o.sort_name, o.id) "
        "AS earlier FROM organisation o JOIN org_rank r ON r.org_id = o.id) "
        "WHERE rank <= earlier").scalar_one()


Run = tuple[int | None, int | None, list[int]]


def _runs_by_walk(conn: Connection, wanted: Set[int]) -> list[Run]:
    """Runs of consecutive unranked organisations of `wanted` in name order, each with the
    ranks just before and after it (None at either end)."""
    runs: list[Run] = []
    before: int | None = None
    members: list[int] = []
    for org_id, rank in conn.exec_driver_sql(
            "SELECT o.id, r.rank FROM organisation o LEFT JOIN org_rank r ON r.org_id = o.id "
            "ORDER BY o.sort_name, o.id"):
        if rank is not None:
            if members:
                runs.append((before, rank, members))
                members = []
            before = rank
        elif org_id in wanted:
            members.append(org_id)
    if members:
        runs.append((before, None, members))
    return runs


_NEIGHBOUR = ("SELECT r.rank FROM organisation o JOIN org_rank r ON r.org_id = o.id "
              "WHERE (o.sort_name, o.id) {cmp} (?, ?) "
              "ORDER BY o.sort_name {direction}, o.id {direction} LIMIT 1")


def _runs_by_lookup(conn: Connection, ids: Sequence[int]) -> list[Run]:
    """As `_runs_by_walk`, each organisation's neighbours looked up in the name index."""
    keyed = sorted(conn.exec_driver_sql(
        "SELECT o.sort_name, o.id FROM organisation o LEFT JOIN org_rank r ON r.org_id = o.id "
        f"WHERE o.id IN ({_in(ids)}) AND r.rank IS NULL").all()) if ids else []
    runs: list[Run] = []
    for sort_name, org_id in keyed:
        before = conn.exec_driver_sql(_NEIGHBOUR.format(cmp="<", direction="DESC"),
                                      (sort_name, org_id)).scalar()
        after = conn.exec_driver_sql(_NEIGHBOUR.format(cmp=">", direction="ASC"),
                                     (sort_name, org_id)).scalar()
        if runs and runs[-1][0] == before and runs[-1][1] == after:
            runs[-1][2].append(org_id)
        else:
            runs.append((before, after, [org_id]))
    return runs


def _spaced(before: int | None, after: int | None, count: int) -> list[int] | None:
    """`count` increasing ranks strictly between `before` and `after` (0 and TOP when None):
    from BASE when the directory has no ranks, STEP apart where a run ends the list, else
    evenly spread; None when they do not fit."""
    low = 0 if before is None else before
    high = TOP if after is None else after
    if before is None and after is None:
        low = BASE - STEP
    if after is None and low + STEP * count < high:
        return [low + STEP * (i + 1) for i in range(count)]
    if before is None and high - STEP * count > low:
        return [high - STEP * (count - i) for i in range(count)]
    step = (high - low) // (count + 1)
    if step < 1:
        return None
    return [low + step * (i + 1) for i in range(count)]
