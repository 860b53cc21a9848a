"""Reading the directory: entry details, paged and sorted listings, search and statistics.

Results are plain dicts and dataclasses (JSON-ready), so the CLI prints them, the GUI models wrap
them, and exports filter them without any session staying open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from directory_app.domain.enums import KIND_LABELS, RELATION_LABELS, OrgKind, Privacy, RelationKind
from directory_app.store import search
from directory_app.store.database import Directory, interruptible

SORT_COLUMNS = {
    "name": "organisation.sort_name",
    "kind": "organisation.kind",
    "city": "city",
    "region": "region",
    "phone": "phone",
    "email": "email",
    "last_verified": "organisation.last_verified",
    "updated_at": "organisation.updated_at",
}

PERSON_SORT_COLUMNS = {
    "name": "person.sort_name",
    "organisation": "organisation",
    "role": "role",
    "phone": "phone",
    "email": "email",
    "privacy": "person.privacy",
    "updated_at": "person.updated_at",
}


@dataclass(frozen=True)
class OrgFilter:
    """What a listing shows: a search, a region subtree, a kind, a tag, or a worklist."""

    query: str = ""
    region_id: int | None = None
    kind: str | None = None
    tag_id: int | None = None
    needs_checking: bool = False
    recently_changed: bool = False
    top_level_only: bool = False


@dataclass(frozen=True)
class OrgRow:
    id: int
    name: str
    kind: str
    city: str
    region: str
    phone: str
    email: str
    last_verified: date | None


@dataclass(frozen=True)
class PersonFilter:
    """What a people listing shows: a search, the people of one organisation, or everyone."""

    query: str = ""
    org_id: int | None = None


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    organisation: str
    role: str
    phone: str
    email: str
    privacy: str


def _privacy_levels(ceiling: Privacy) -> str:
    return ",".join(f"'{p.value}'" for p in Privacy if ceiling.allows(p))


def _first_contact(kind: str, column: str, levels: str) -> str:
    return (f"(SELECT {column} FROM contactpoint c WHERE c.org_id = organisation.id "
            f"AND c.kind = '{kind}' AND c.privacy IN ({levels}) "
            f"ORDER BY c.sort_order, c.id LIMIT 1)")


def _where(flt: OrgFilter, *, walk_sort_index: bool = False) -> tuple[str, dict[str, Any]]:
    """The WHERE text and parameters for a filter.

    With `walk_sort_index`, the search is written `+organisation.id IN (...)`: the unary plus
    keeps SQLite from looking rows up by the matching ids, so it walks the name index in order
    and stops after one page. Sorting the hits costs ~0.6 µs each; the walk costs what lies
    before the page's last hit in name order (~17 ms when the hits all sort late, such as
    Cyrillic names after Latin ones), so it pays only for very common words: for 29,000 hits
    in 100,000 organisations, ~8 ms instead of ~18 ms (CPU time, warm cache).
    """
    clauses, params = ["1 = 1"], {}
    if flt.query.strip():
        match = search.org_match_clause(flt.query)
        if match is None:
            clauses.append("0 = 1")
        else:
            clauses.append(("+" if walk_sort_index else "") + match[0])
            params.update(match[1])
    if flt.region_id is not None:
        clauses.append(
            "organisation.id IN (SELECT org_id FROM orgregion WHERE region_id IN ("
            "WITH RECURSIVE sub(id) AS (SELECT :region_id UNION ALL "
            "SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id) SELECT id FROM sub))")
        params["region_id"] = flt.region_id
    if flt.kind:
        clauses.append("organisation.kind = :kind")
        params["kind"] = flt.kind
    if flt.tag_id is not None:
        clauses.append("organisation.id IN (SELECT org_id FROM orgtag WHERE tag_id = :tag_id)")
        params["tag_id"] = flt.tag_id
    if flt.needs_checking:
        clauses.append("(organisation.last_verified IS NULL OR organisation.last_verified < :old)")
        params["old"] = (date.today() - timedelta(days=365)).isoformat()
    if flt.recently_changed:
        clauses.append("organisation.updated_at >= :recent")
        params["recent"] = (date.today() - timedelta(days=30)).isoformat()
    if flt.top_level_only:
        clauses.append("organisation.parent_id IS NULL")
    return " AND ".join(clauses), params


def _search_only(flt: OrgFilter) -> bool:
    return bool(flt.query.strip()) and replace(flt, query="") == OrgFilter()


def _person_contact(kind: str, levels: str) -> str:
    return (f"(SELECT value FROM contactpoint c WHERE c.person_id = person.id "
            f"AND c.kind = '{kind}' AND c.privacy IN ({levels}) "
            f"ORDER BY c.sort_order, c.id LIMIT 1)")


def _person_where(flt: PersonFilter, ceiling: Privacy) -> tuple[str, dict[str, Any]]:
    clauses = [f"person.privacy IN ({_privacy_levels(ceiling)})"]
    params: dict[str, Any] = {}
    if flt.query.strip():
        expr = search.match_expression(flt.query)
        if expr is None:
            clauses.append("0 = 1")
        else:
            clauses.append("person.id IN (SELECT rowid FROM person_fts "
                           "WHERE person_fts MATCH :fts_q)")
            params["fts_q"] = expr
    if flt.org_id is not None:
        clauses.append("person.id IN (SELECT person_id FROM affiliation WHERE org_id = :org_id)")
        params["org_id"] = flt.org_id
    return " AND ".join(clauses), params


# Above this many hits of a search combined with other filters, a name-sorted page walks the
# name index (see `_where`); measured with tests/benchmarks/bench_gui.py at 100,000
# organisations. A search alone reads its page from the index in name order (`name_order`).
_DENSE_MATCHES = 15000


class _SearchCounts:
    """Search counts and the first hits of searches, kept while the data is unchanged.

    A keystroke then counts its search once when it is counted exactly (the window's count, and
    a plan that needs it). The window's capped count reads the first hits themselves (index
    rowids, in name order), and its page is taken from them: a word of five letters or more is
    not in the prefix lists, and FTS5 gathers the lists of every word it starts each time it
    is asked (~7 ms for "moscow" at 100,000 organisations). Whether the data changed is asked
    of the connection in use: `PRAGMA data_version` moves when another connection commits,
    `total_changes` when this one writes.
    """

    def __init__(self) -> None:
        self._by_connection: dict[int, tuple[Any, tuple[int, int], dict[str, int],
                                             dict[str, tuple[list[int], bool]]]] = {}

    def _held(self, conn: Connection) -> tuple:
        raw = conn.connection.driver_connection
        stamp = (raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes)
        held = self._by_connection.get(id(raw))
        if held is None or held[0] is not raw or held[1] != stamp:
            if len(self._by_connection) >= 8:
                self._by_connection.clear()
            # The connection is held, so that its id cannot name another one later.
            held = self._by_connection[id(raw)] = (raw, stamp, {}, {})
        for kept in held[2:]:
            if len(kept) > 64:
                kept.clear()
        return held

    def search(self, conn: Connection, query: str) -> int:
        expr = search.match_expression(query)
        if expr is None:
            return 0
        counts = self._held(conn)[2]
        if expr not in counts:
            counts[expr] = search.count_org_matches(conn, query)
        return counts[expr]

    def at_most(self, conn: Connection, query: str, cap: int) -> tuple[int, bool]:
        """(hits, True), or (cap, False) when there are more than `cap`: FTS5 reads the first
        `cap + 1` hits and stops (2 ms instead of 14 ms for "human r" at 100,000
        organisations)."""
        expr = search.match_expression(query)
        if expr is None:
            return 0, True
        _raw, _stamp, counts, firsts = self._held(conn)
        if expr in counts:
            return counts[expr], True
        kept = firsts.get(expr)
        if kept is None or (len(kept[0]) <= cap and not kept[1]):
            ranks = search.first_ranks(conn, query, cap + 1)
            kept = firsts[expr] = (ranks, len(ranks) <= cap)
        hits = len(kept[0])
        if hits <= cap:
            counts[expr] = hits
            return hits, True
        return cap, False

    def page_ranks(self, conn: Connection, query: str, limit: int, offset: int
                   ) -> list[int] | None:
        """The index rowids of a page in name order, when the first hits kept hold it."""
        kept = self._held(conn)[3].get(search.match_expression(query))
        if kept is None or limit < 0 or offset < 0:     # SQLite's readings of those differ
            return None
        ranks, complete = kept
        return ranks[offset:offset + limit] if complete or offset + limit <= len(ranks) else None


_FIRST_REGION = ("(SELECT r.name FROM orgregion o JOIN region r ON r.id = o.region_id "
                 "WHERE o.org_id = organisation.id ORDER BY r.id DESC LIMIT 1)")


def _shown_columns(conn: Connection, ids: list[int], levels: str
                   ) -> dict[int, tuple[str, str, str, str]]:
    """(city, region, phone, e-mail) of each organisation: its first address's city, its
    deepest region, its first phone and e-mail within the privacy levels."""
    if not ids:
        return {}
    id_list = ",".join(str(int(i)) for i in ids)
    first: dict[tuple[int, str], str] = {}
    for org_id, kind, value, city in conn.exec_driver_sql(
            "SELECT org_id, kind, value, city FROM contactpoint "
            f"WHERE org_id IN ({id_list}) AND kind IN ('address', 'phone', 'email') "
            f"AND privacy IN ({levels}) ORDER BY org_id, sort_order, id").all():
        first.setdefault((org_id, kind), (city if kind == "address" else value) or "")
    regions: dict[int, str] = {}
    for org_id, name in conn.exec_driver_sql(
            "SELECT o.org_id, r.name FROM orgregion o JOIN region r ON r.id = o.region_id "
            f"WHERE o.org_id IN ({id_list}) ORDER BY o.org_id, r.id DESC").all():
        regions.setdefault(org_id, name)
    return {i: (first.get((i, "address"), ""), regions.get(i, ""), first.get((i, "phone"), ""),
                first.get((i, "email"), "")) for i in ids}


class Queries:
    def __init__(self, directory: Directory, ceiling: Privacy = Privacy.CONFIDENTIAL):
        self.directory = directory
        self.ceiling = ceiling
        self._counts = _SearchCounts()

    # -- listings -------------------------------------------------------------------------
    def count_orgs(self, flt: OrgFilter = OrgFilter()) -> int:
        with self.directory.begin() as conn:
            if _search_only(flt):
                # Every organisation has exactly one index row: count in the index alone,
                # ~30 times faster than joining 30,000 hits back to the table.
                return self._counts.search(conn, flt.query)
            where, params = _where(flt)
            return conn.execute(text(f"SELECT count(*) FROM organisation WHERE {where}"),
                                params).scalar_one()

    def count_orgs_at_most(self, flt: OrgFilter, cap: int) -> tuple[int, bool]:
        """(matches, True), or (cap, False) when more than `cap` match: what a window shows
        as "1000+" while typing, counted without walking every hit."""
        if not flt.query.strip():   # a listing's size is shown as it is (and counted quickly)
            return self.count_orgs(flt), True
        with self.directory.begin() as conn:
            if _search_only(flt):
                return self._counts.at_most(conn, flt.query, cap)
            where, params = _where(flt)
            params["cap"] = cap + 1
            hits = conn.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM organisation "
                                     f"WHERE {where} LIMIT :cap)"), params).scalar_one()
        return (hits, True) if hits <= cap else (cap, False)

    def list_orgs(self, flt: OrgFilter = OrgFilter(), *, sort: str = "name",
                  descending: bool = False, limit: int = 200, offset: int = 0,
                  matches: int | None = None) -> list[OrgRow]:
        """One page of organisations, filtered and sorted in SQL.

        Two steps: the page's ids in order, then the shown contacts and regions of just those
        ids (correlated subqueries per row cost ten times more; they remain only in ORDER BY
        when the sort key is such a column). A search alone, sorted by name, takes its page's
        ids from the index, which holds organisations in name order. `matches`, when the caller
        has just counted the filter, saves counting again to choose a plan.
        """
        levels = _privacy_levels(self.ceiling)
        with self.directory.begin() as conn:
            if sort == "name" and _search_only(flt):
                ranks = (None if descending else
                         self._counts.page_ranks(conn, flt.query, limit, offset))
                ids = (search.org_ids_of_ranks(conn, ranks) if ranks is not None else
                       search.org_ids_by_name(conn, flt.query, descending=descending,
                                              limit=limit, offset=offset))
                rows = self._page_rows(conn, ids)
            else:
                rows = self._sorted_page(conn, flt, sort, descending, limit, offset, matches,
                                         levels)
            shown = _shown_columns(conn, [r.id for r in rows], levels)
        return [OrgRow(r.id, r.name, r.kind, *shown.get(r.id, ("", "", "", "")),
                       _as_date(r.last_verified)) for r in rows]

    _PAGE_COLUMNS = ("SELECT organisation.id, organisation.name, organisation.kind, "
                     "organisation.last_verified ")

    def _page_rows(self, conn: Connection, ids: list[int]) -> list:
        """The page columns of these organisations, in the order of `ids`."""
        if not ids:
            return []
        by_id = {r.id: r for r in conn.execute(text(
            f"{self._PAGE_COLUMNS}FROM organisation WHERE organisation.id IN "
            f"({','.join(str(int(i)) for i in ids)})"))}
        return [by_id[i] for i in ids if i in by_id]

    def _sorted_page(self, conn: Connection, flt: OrgFilter, sort: str, descending: bool,
                     limit: int, offset: int, matches: int | None, levels: str) -> list:
        """A page sorted by SQL: a search with other filters and many hits walks the name index
        (see `_where`), anything else sorts what the filter selects."""
        order = {"city": _first_contact("address", "city", levels),
                 "phone": _first_contact("phone", "value", levels),
                 "email": _first_contact("email", "value", levels),
                 "region": _FIRST_REGION}.get(sort) or SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
        direction = "DESC" if descending else "ASC"
        walk = False
        if flt.query.strip() and sort == "name":
            walk = (matches > _DENSE_MATCHES if matches is not None
                    else self._many_matches(conn, flt))
        where, params = _where(flt, walk_sort_index=walk)
        params.update(limit=limit, offset=offset)
        return conn.execute(text(
            f"{self._PAGE_COLUMNS}FROM organisation WHERE {where} "
            f"ORDER BY {order} {direction}, organisation.id {direction} "
            "LIMIT :limit OFFSET :offset"), params).all()

    @staticmethod
    def _many_matches(conn: Connection, flt: OrgFilter) -> bool:
        """True when a search matches so much that walking the name index beats sorting hits."""
        return (bool(flt.query.strip())
                and search.count_org_matches(conn, flt.query) > _DENSE_MATCHES)

    def count_people(self, flt: PersonFilter = PersonFilter()) -> int:
        where, params = _person_where(flt, self.ceiling)
        with self.directory.begin() as conn:
            return conn.execute(text(f"SELECT count(*) FROM person WHERE {where}"),
                                params).scalar_one()

    def list_people(self, flt: PersonFilter = PersonFilter(), *, sort: str = "name",
                    descending: bool = False, limit: int = 200, offset: int = 0
                    ) -> list[PersonRow]:
        """One page of people (only those the privacy ceiling allows), filtered and sorted in SQL.

        Organisation and role are those of the person's primary (else first) affiliation.
        """
        where, params = _person_where(flt, self.ceiling)
        levels = _privacy_levels(self.ceiling)
        order = PERSON_SORT_COLUMNS.get(sort, PERSON_SORT_COLUMNS["name"])
        direction = "DESC" if descending else "ASC"
        first_affiliation = ("FROM affiliation a JOIN organisation o ON o.id = a.org_id "
                             "WHERE a.person_id = person.id ORDER BY a.is_primary DESC, a.id "
                             "LIMIT 1")
        sql = (
            "SELECT person.id, person.display_name, person.privacy, "
            f"(SELECT o.name {first_affiliation}) AS organisation, "
            f"(SELECT a.role {first_affiliation}) AS role, "
            f"{_person_contact('phone', levels)} AS phone, "
            f"{_person_contact('email', levels)} AS email "
            f"FROM person WHERE {where} "
            f"ORDER BY {order} {direction}, person.id {direction} "
            "LIMIT :limit OFFSET :offset")
        params.update(limit=limit, offset=offset)
        with self.directory.begin() as conn:
            rows = conn.execute(text(sql), params).all()
        return [PersonRow(r.id, r.display_name, r.organisation or "", r.role or "",
                          r.phone or "", r.email or "", r.privacy) for r in rows]

    def region_counts(self, cancelled: Callable[[], bool] | None = None) -> dict[int, int]:
        """Organisations listed under each region or anywhere below it (each counted once);
        stopped (`OperationalError`) soon after `cancelled()` turns true."""
        sql = ("WITH RECURSIVE anc(region_id, ancestor) AS ("
               "SELECT id, id FROM region UNION ALL "
               "SELECT anc.region_id, r.parent_id FROM anc JOIN region r ON r.id = anc.ancestor "
               "WHERE r.parent_id IS NOT NULL) "
               "SELECT anc.ancestor, count(DISTINCT o.org_id) FROM orgregion o "
               "JOIN anc ON anc.region_id = o.region_id GROUP BY anc.ancestor")
        with self.directory.begin() as conn, interruptible(conn, cancelled):
            return {r[0]: r[1] for r in conn.exec_driver_sql(sql)}

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Best matches for a query, ranked, as summary dicts (the CLI's `search`)."""
        with self.directory.begin() as conn:
            ids = search.search_org_ids(conn, query, limit=limit)
        by_id = {r.id: r for r in self._rows_by_ids(ids)}
        return [asdict(by_id[i]) for i in ids if i in by_id]

    def _rows_by_ids(self, ids: list[int]) -> list[OrgRow]:
        if not ids:
            return []
        where_ids = ",".join(str(int(i)) for i in ids)
        levels = _privacy_levels(self.ceiling)
        sql = (
            "SELECT organisation.id, organisation.name, organisation.kind, "
            f"{_first_contact('address', 'city', levels)} AS city, '' AS region, "
            f"{_first_contact('phone', 'value', levels)} AS phone, "
            f"{_first_contact('email', 'value', levels)} AS email, organisation.last_verified "
            f"FROM organisation WHERE organisation.id IN ({where_ids})")
        with self.directory.begin() as conn:
            rows = conn.execute(text(sql)).all()
        return [OrgRow(r.id, r.name, r.kind, r.city or "", "", r.phone or "", r.email or "",
                       _as_date(r.last_verified)) for r in rows]

    # -- details --------------------------------------------------------------------------
    def org_detail(self, org_id: int, *, with_offices: bool = True) -> dict[str, Any] | None:
        """Everything about one organisation, with its offices, people, links and sources."""
        with self.directory.begin() as conn:
            return _org_detail(conn, org_id, self.ceiling, with_offices)

    def person_detail(self, person_id: int) -> dict[str, Any] | None:
        with self.directory.begin() as conn:
            person = _one(conn, "SELECT * FROM person WHERE id = :id", id=person_id)
            if person is None:
                return None
            person["contacts"] = _contacts(conn, "person_id", person_id, self.ceiling)
            person["affiliations"] = _all(
                conn, "SELECT a.id, a.org_id, o.name AS org_name, a.role, a.is_primary, "
                "a.start_date, a.end_date FROM affiliation a JOIN organisation o "
                "ON o.id = a.org_id WHERE a.person_id = :id ORDER BY a.is_primary DESC, a.id",
                id=person_id)
            return person

    def is_empty(self) -> bool:
        """Whether the directory has no organisation and no person (without counting them:
        the first-start check runs on the GUI thread, and `stats` takes 0.1 s at 100,000)."""
        with self.directory.begin() as conn:
            return bool(conn.exec_driver_sql(
                "SELECT NOT EXISTS (SELECT 1 FROM organisation) "
                "AND NOT EXISTS (SELECT 1 FROM person)").scalar_one())

    def stats(self) -> dict[str, int]:
        tables = ("organisation", "person", "affiliation", "contactpoint", "relation", "region",
                  "tag", "publication", "changelog")
        with self.directory.begin() as conn:
            return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                    for t in tables}

    def region_tree(self) -> list[dict[str, Any]]:
        """Regions with parent ids and the number of organisations listed directly under each."""
        with self.directory.begin() as conn:
            return _all(conn, "SELECT r.id, r.name, r.parent_id, "
                        "(SELECT count(*) FROM orgregion o WHERE o.region_id = r.id) AS orgs "
                        "FROM region r ORDER BY r.sort_order, r.name")

    def tags(self) -> list[dict[str, Any]]:
        with self.directory.begin() as conn:
            return _all(conn, "SELECT t.id, t.name, (SELECT count(*) FROM orgtag o "
                        "WHERE o.tag_id = t.id) AS orgs FROM tag t ORDER BY t.name")

    def kind_counts(self) -> dict[str, int]:
        with self.directory.begin() as conn:
            return {r[0]: r[1] for r in conn.exec_driver_sql(
                "SELECT kind, count(*) FROM organisation GROUP BY kind")}

    def org_names(self) -> list[tuple[int, str]]:
        """(id, name) of every organisation, for completers and pickers."""
        with self.directory.begin() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(
                "SELECT id, name FROM organisation ORDER BY sort_name")]


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _one(conn: Connection, sql: str, **params: Any) -> dict[str, Any] | None:
    row = conn.execute(text(sql), params).mappings().one_or_none()
    return dict(row) if row else None


def _all(conn: Connection, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(text(sql), params).mappings()]


def _contacts(conn: Connection, owner: str, owner_id: int, ceiling: Privacy) -> list[dict]:
    return _all(conn, f"SELECT * FROM contactpoint WHERE {owner} = :id AND privacy IN "
                f"({_privacy_levels(ceiling)}) ORDER BY sort_order, id", id=owner_id)


def region_path(conn: Connection, region_id: int) -> list[str]:
    rows = conn.execute(text(
        "WITH RECURSIVE up(id, name, parent_id, depth) AS ("
        "SELECT id, name, parent_id, 0 FROM region WHERE id = :id UNION ALL "
        "SELECT r.id, r.name, r.parent_id, up.depth + 1 FROM region r "
        "JOIN up ON r.id = up.parent_id)"
        " SELECT name FROM up ORDER BY depth DESC"), {"id": region_id})
    return [r[0] for r in rows]


def _org_detail(conn: Connection, org_id: int, ceiling: Privacy, with_offices: bool
                ) -> dict[str, Any] | None:
    org = _one(conn, "SELECT * FROM organisation WHERE id = :id", id=org_id)
    if org is None:
        return None
    org["kind_label"] = KIND_LABELS.get(OrgKind(org["kind"]), org["kind"])
    org["other_names"] = _all(conn, "SELECT id, name, kind, language FROM othername "
                              "WHERE org_id = :id ORDER BY id", id=org_id)
    org["contacts"] = _contacts(conn, "org_id", org_id, ceiling)
    levels = _privacy_levels(ceiling)
    people = _all(conn, "SELECT a.id AS affiliation_id, a.role, a.is_primary, a.start_date, "
                  "a.end_date, p.id AS person_id, p.display_name, p.given_name, p.family_name, "
                  "p.patronymic, p.privacy, p.consent FROM affiliation a JOIN person p "
                  f"ON p.id = a.person_id WHERE a.org_id = :id AND p.privacy IN ({levels}) "
                  "ORDER BY a.is_primary DESC, a.id", id=org_id)
    for person in people:
        person["contacts"] = _contacts(conn, "person_id", person["person_id"], ceiling)
    org["people"] = people
    org["publications"] = _all(conn, "SELECT id, title, frequency, language, description "
                               "FROM publication WHERE org_id = :id ORDER BY sort_order, id",
                               id=org_id)
    org["regions"] = [{"id": r["region_id"], "path": region_path(conn, r["region_id"])}
                      for r in _all(conn, "SELECT region_id FROM orgregion WHERE org_id = :id",
                                    id=org_id)]
    org["tags"] = [r["name"] for r in _all(
        conn, "SELECT t.name FROM orgtag o JOIN tag t ON t.id = o.tag_id WHERE o.org_id = :id "
        "ORDER BY t.name", id=org_id)]
    org["relations"] = _relations(conn, org_id)
    parent = _one(conn, "SELECT id, name FROM organisation WHERE id = :id", id=org["parent_id"])
    org["parent"] = parent
    org["offices"] = []
    if with_offices:
        for (child_id,) in conn.execute(text(
                "SELECT id FROM organisation WHERE parent_id = :id ORDER BY sort_name"),
                {"id": org_id}):
            org["offices"].append(_org_detail(conn, child_id, ceiling, with_offices=False))
    return org


def _relations(conn: Connection, org_id: int) -> list[dict[str, Any]]:
    """Links in both directions, each phrased from this organisation's side."""
    out = []
    for row in _all(conn, "SELECT r.id, r.kind, r.note, r.from_org_id, r.to_org_id, "
                    "f.name AS from_name, t.name AS to_name FROM relation r "
                    "JOIN organisation f ON f.id = r.from_org_id "
                    "JOIN organisation t ON t.id = r.to_org_id "
                    "WHERE r.from_org_id = :id OR r.to_org_id = :id ORDER BY r.id", id=org_id):
        outgoing = row["from_org_id"] == org_id
        out.append({
            "id": row["id"], "kind": row["kind"], "note": row["note"],
            "direction": "outgoing" if outgoing else "incoming",
            "label": RELATION_LABELS.get(RelationKind(row["kind"]), row["kind"]),
            "other_id": row["to_org_id"] if outgoing else row["from_org_id"],
            "other_name": row["to_name"] if outgoing else row["from_name"],
        })
    return out
