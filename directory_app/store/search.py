"""The full-text index (SQLite FTS5) and the queries that use it.

Documents are built from the tables and folded with `domain.text.search_key`; queries are folded
the same way and every word becomes a quoted prefix term, so user input can never be read as
FTS5 syntax (an unbalanced quote or a stray `NEAR(` is just text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence, Set
from functools import lru_cache

from sqlalchemy import Connection, text

from directory_app.domain.text import query_terms, search_key
from directory_app.store import name_order

_CHUNK = 2000
# Organisations' documents are built and indexed this many at a time: a handbook entry can hold
# kilobytes of text, and a chunk's documents, folded, are most of what a big import's indexing
# holds in memory.
_DOCUMENT_CHUNK = 1000


@lru_cache(maxsize=256)
def query_words(query: str) -> tuple[str, ...]:
    """The words of a user's query folded like the index (`query_terms`), kept for the next
    asker: a keystroke of a search asks three to five times, and folding costs ~0.2 ms."""
    return tuple(query_terms(query))


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for a user's query: every word a prefix, all required. None if empty.

    The index keeps prefixes of one to four characters (migration 0005), so the first
    keystrokes of a word are each answered from one prefix list."""
    terms = query_words(query)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _in(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def _words(*columns: str) -> str:
    """SQL text of the columns joined by spaces (NULL gives nothing)."""
    return " || ' ' || ".join(f"ifnull({c}, '')" for c in columns)


# Each entry's texts joined by SQLite (group_concat over the child tables' indexes), one row an
# entry: building them row by row in Python took most of an import's reindex.
_ORG_DOCUMENTS = (
    "SELECT o.id, o.name || ' ' || ifnull((SELECT group_concat(n.name, ' ') FROM othername n "
    "WHERE n.org_id = o.id), ''), "
    "(SELECT group_concat(" + _words("p.display_name", "a.role") + ", ' ') FROM affiliation a "
    "JOIN person p ON p.id = a.person_id WHERE a.org_id = o.id), "
    "(SELECT group_concat(" + _words("c.value", "c.label", "c.street", "c.po_box",
                                     "c.postal_code", "c.city", "c.region", "c.country")
    + ", ' ') FROM contactpoint c WHERE c.org_id = o.id), "
    + _words("o.description", "o.mission", "o.history", "o.activities", "o.notes",
             "o.languages") + " || ' ' || ifnull((SELECT group_concat(v, ' ') FROM ("
    "SELECT t.name AS v FROM orgtag ot JOIN tag t ON t.id = ot.tag_id WHERE ot.org_id = o.id "
    "UNION ALL SELECT title FROM publication WHERE org_id = o.id UNION ALL "
    "SELECT r.name FROM orgregion x JOIN region r ON r.id = x.region_id "
    "WHERE x.org_id = o.id)), '') "
    "FROM organisation o WHERE o.id IN ({ids})")
_PERSON_DOCUMENTS = (
    "SELECT p.id, " + _words("p.display_name", "p.given_name", "p.family_name",
                             "p.patronymic") + ", "
    "ifnull(p.notes, '') || ' ' || ifnull((SELECT group_concat(v, ' ') FROM ("
    "SELECT " + _words("a.role", "o.name") + " AS v FROM affiliation a "
    "JOIN organisation o ON o.id = a.org_id WHERE a.person_id = p.id UNION ALL "
    "SELECT " + _words("c.value", "c.city") + " FROM contactpoint c "
    "WHERE c.person_id = p.id)), '') "
    "FROM person p WHERE p.id IN ({ids})")


def org_documents(conn: Connection, ids: Sequence[int]) -> list[tuple[int, str, str, str, str]]:
    """(id, names, people, contacts, body) rows for the given organisations."""
    key = search_key
    return [(org_id, key(names), key(people or ""), key(contacts or ""), key(body))
            for org_id, names, people, contacts, body in conn.exec_driver_sql(
                _ORG_DOCUMENTS.format(ids=_in(ids)))]


def person_documents(conn: Connection, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(id, names, body) rows for the given people."""
    key = search_key
    return [(person_id, key(names), key(body)) for person_id, names, body in
            conn.exec_driver_sql(_PERSON_DOCUMENTS.format(ids=_in(ids)))]


def _drop_rows(conn: Connection, fts: str, chunk: Sequence[int]) -> None:
    """Delete the index rows of `chunk` (sorted ids) that exist.

    Looking each id up to delete it costs more than the insert that follows; an import's new
    entries have no rows yet, and one scan of the chunk's rowid range says which ids have.
    """
    existing = [r[0] for r in conn.exec_driver_sql(
        f"SELECT rowid FROM {fts} WHERE rowid BETWEEN ? AND ?", (chunk[0], chunk[-1]))]
    if not existing:
        return
    wanted = set(chunk)
    present = [i for i in existing if i in wanted]
    if present:
        conn.exec_driver_sql(f"DELETE FROM {fts} WHERE rowid IN ({_in(present)})")


def reindex_orgs(conn: Connection, ids: Iterable[int],
                 each_chunk: Callable[[], None] | None = None) -> None:
    """Bring these organisations' index rows in step with the tables (deleted ones drop out).

    Each row is keyed by the organisation's rank in name order (`name_order`): the old rows and
    ranks go, then the organisations that exist are ranked among the rest and indexed again.
    Where a gap between two ranks is used up, neighbours on each side are moved too (8, then
    32, 128, ...), until the gap they span has room for all.
    `each_chunk` is called before every chunk of ids: an import's cancel check raises there, so
    that a Cancel during the indexing of a big import is felt at once, not after it."""
    # (an import's set of ids is taken as it is: a copy of 143,000 costs its peak memory)
    ids = ids if isinstance(ids, Set) else set(ids)
    _unrank(conn, ids, each_chunk)
    moved, widen = set(), 8
    while True:
        try:
            ranks = name_order.place(conn, ids | moved if moved else ids)
            break
        except name_order.Crowded as crowd:
            neighbours = set(name_order.around(conn, crowd, widen)) - ids - moved
            _unrank(conn, neighbours, each_chunk)
            moved |= neighbours
            widen *= 4
    _insert_org_rows(conn, ranks, each_chunk)


def _unrank(conn: Connection, ids: Iterable[int],
            each_chunk: Callable[[], None] | None = None) -> None:
    """Remove these organisations' ranks and the index rows they key."""
    for chunk in _chunks(sorted(ids)):
        if each_chunk is not None:
            each_chunk()
        old = name_order.drop(conn, chunk)
        if old:
            conn.exec_driver_sql(f"DELETE FROM org_fts WHERE rowid IN ({_in(old)})")


def _insert_org_rows(conn: Connection, ranks: dict[int, int],
                     each_chunk: Callable[[], None] | None) -> None:
    """Index these organisations ({org_id: rank}), in rank order: FTS5 writes out what it holds
    in memory whenever a rowid is not above the last one, which inserts in id order made happen
    at every chunk (100,000 organisations' rows went in in 14.5 s so, in 10.8 s by rank)."""
    for chunk in _chunks(sorted(ranks, key=ranks.__getitem__), _DOCUMENT_CHUNK):
        if each_chunk is not None:
            each_chunk()
        docs = sorted((ranks[org_id], *rest) for org_id, *rest in org_documents(conn, chunk))
        if docs:
            conn.exec_driver_sql(
                "INSERT INTO org_fts(rowid, names, people, contacts, body) VALUES (?, ?, ?, ?, ?)",
                docs)


def _emptied(conn: Connection, fts: str) -> None:
    """Empty an index by dropping and creating it again as it is defined: FTS5 deletes the rows
    of a `DELETE FROM` one at a time (10 s for 100,000 organisations)."""
    definition = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (fts,)).scalar_one()
    conn.exec_driver_sql(f"DROP TABLE {fts}")
    conn.exec_driver_sql(definition)


def _index_every_org(conn: Connection) -> None:
    _emptied(conn, "org_fts")
    name_order.renumber(conn)
    ranks = dict(conn.exec_driver_sql("SELECT org_id, rank FROM org_rank").all())
    _insert_org_rows(conn, ranks, None)


def reindex_people(conn: Connection, ids: Iterable[int],
                   each_chunk: Callable[[], None] | None = None) -> None:
    """As `reindex_orgs`, for people."""
    ids = sorted(set(ids))
    for chunk in _chunks(ids):
        if each_chunk is not None:
            each_chunk()
        _drop_rows(conn, "person_fts", chunk)
        docs = person_documents(conn, chunk)
        if docs:
            conn.exec_driver_sql(
                "INSERT INTO person_fts(rowid, names, body) VALUES (?, ?, ?)", docs)


def rebuild_all(conn: Connection) -> None:
    """Drop and rebuild every index row (after a migration or a repair)."""
    _index_every_org(conn)
    _emptied(conn, "person_fts")
    person_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM person")]
    reindex_people(conn, person_ids)


def search_org_ids(conn: Connection, query: str, limit: int = 50, offset: int = 0) -> list[int]:
    """Organisation ids matching the query, best first (names weigh most)."""
    expr = match_expression(query)
    if expr is None:
        return []
    rows = conn.execute(
        # Head offices before their branches, then by relevance (names weigh most).
        text("SELECT o.id FROM org_fts f JOIN org_rank r ON r.rank = f.rowid "
             "JOIN organisation o ON o.id = r.org_id "
             "WHERE org_fts MATCH :q ORDER BY o.parent_id IS NOT NULL, "
             "bm25(org_fts, 10.0, 4.0, 2.0, 1.0) LIMIT :limit OFFSET :offset"),
        {"q": expr, "limit": limit, "offset": offset})
    return [r[0] for r in rows]


def search_person_ids(conn: Connection, query: str, limit: int = 50, offset: int = 0) -> list[int]:
    expr = match_expression(query)
    if expr is None:
        return []
    rows = conn.execute(
        text("SELECT rowid FROM person_fts WHERE person_fts MATCH :q "
             "ORDER BY bm25(person_fts, 10.0, 1.0) LIMIT :limit OFFSET :offset"),
        {"q": expr, "limit": limit, "offset": offset})
    return [r[0] for r in rows]


def org_match_clause(query: str) -> tuple[str, dict] | None:
    """A WHERE fragment restricting `organisation.id` to matches, for sorted, paged listings."""
    expr = match_expression(query)
    if expr is None:
        return None
    return ("organisation.id IN (SELECT r.org_id FROM org_fts f JOIN org_rank r "
            "ON r.rank = f.rowid WHERE org_fts MATCH :fts_q)", {"fts_q": expr})


def org_ids_by_name(conn: Connection, query: str, *, descending: bool = False,
                    limit: int = 200, offset: int = 0) -> list[int]:
    """Ids of organisations matching the query, in name order (sort_name, then id): the index
    returns its hits in rank order, so this reads only the hits up to the page's last."""
    expr = match_expression(query)
    if expr is None:
        return []
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT r.org_id FROM org_fts f JOIN org_rank r ON r.rank = f.rowid "
        f"WHERE org_fts MATCH ? ORDER BY f.rowid {'DESC' if descending else 'ASC'} "
        "LIMIT ? OFFSET ?", (expr, limit, offset))]


def first_ranks(conn: Connection, query: str, rows: int) -> list[int]:
    """The index rowids (ranks) of the first `rows` organisations matching, in name order."""
    expr = match_expression(query)
    if expr is None:
        return []
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT rowid FROM org_fts WHERE org_fts MATCH ? ORDER BY rowid LIMIT ?", (expr, rows))]


def org_ids_of_ranks(conn: Connection, ranks: Sequence[int]) -> list[int]:
    """The organisations with these ranks, in the order of `ranks`."""
    if not ranks:
        return []
    by_rank = dict(conn.exec_driver_sql(
        f"SELECT rank, org_id FROM org_rank WHERE rank IN ({_in(ranks)})").all())
    return [by_rank[r] for r in ranks if r in by_rank]


def count_org_matches(conn: Connection, query: str) -> int:
    expr = match_expression(query)
    if expr is None:
        return 0
    return conn.execute(text("SELECT count(*) FROM org_fts WHERE org_fts MATCH :q"),
                        {"q": expr}).scalar_one()


def index_problems(conn: Connection, deep: bool = True) -> list[str]:
    """Differences between the index and the tables, in words; empty when they agree.

    `deep` adds FTS5's own integrity check, which needs a writable connection.
    """
    problems = []
    checks = (("organisation", "org_fts",
               "SELECT count(*) FROM organisation WHERE id NOT IN (SELECT r.org_id FROM org_rank r "
               "JOIN org_fts f ON f.rowid = r.rank)",
               "SELECT count(*) FROM org_fts WHERE rowid NOT IN (SELECT r.rank FROM org_rank r "
               "JOIN organisation o ON o.id = r.org_id)"),
              ("person", "person_fts",
               "SELECT count(*) FROM person WHERE id NOT IN (SELECT rowid FROM person_fts)",
               "SELECT count(*) FROM person_fts WHERE rowid NOT IN (SELECT id FROM person)"))
    for table, fts, missing_sql, stale_sql in checks:
        missing = conn.exec_driver_sql(missing_sql).scalar_one()
        stale = conn.exec_driver_sql(stale_sql).scalar_one()
        if missing:
            problems.append(f"{missing} {table} rows are missing from the search index")
        if stale:
            problems.append(f"{stale} search index rows point at deleted {table} rows")
        if table == "organisation" and (loose := conn.exec_driver_sql(
                "SELECT count(*) FROM org_rank WHERE org_id NOT IN (SELECT id FROM organisation)"
                ).scalar_one()):
            problems.append(f"{loose} search index ranks point at deleted organisation rows")
        if table == "organisation" and (disordered := name_order.out_of_order(conn)):
            problems.append(f"{disordered} organisations are out of name order in the search "
                            "index")
        if not deep:
            continue
        try:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # FTS5 reports corruption as a generic database error
            problems.append(f"the {fts} index is damaged: {exc}")
    return problems
