"""The cells of an export, read chunk by chunk in a few set-based queries.

`Queries.org_detail` reads one organisation in ten queries; an export of 100,000 entries reads
each table once per chunk of a few thousand organisations instead, or, when the chunks cover
much of the directory in id order, once for the whole export, each statement's rows taken in
step with the chunks (`_Stream`). SQLite does the per-value work in C: it turns NULLs into
empty text, joins the parts of each line (`join_parts`) and neutralises formula cells
(`neutralise`); Python only groups the lines of list cells and puts the cells in order. The
publication profile is applied as SQL filters (contacts) and as one answer per privacy and
consent pair (people), never per cell.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Connection

from directory_app.domain.enums import Privacy
from directory_app.exchange.csv_format import (
    CONTACT_KINDS,
    FORMULA_STARTS,
    ORG_COLUMNS,
    PERSON_COLUMNS,
    SEP,
    neutralise,
)
from directory_app.exchange.profiles import Profile

CHUNK = 5000

Cells = list[str]


@dataclass
class Chunk:
    """Ready cells (neutralised) for some organisations in scope order, or for loose people."""

    # (organisation id, its ORG_COLUMNS cells), in the scope's order
    orgs: list[tuple[int, Cells]] = field(default_factory=list)
    # organisation id → [(person id, PERSON_COLUMNS cells)] in affiliation order; the cells are
    # None for someone the profile leaves out
    people: dict[int, list[tuple[int, Cells | None]]] = field(default_factory=dict)
    # (person id, cells or None) of people who belong to no organisation, by name
    loose: list[tuple[int, Cells | None]] = field(default_factory=list)


def normal_extra(text: str) -> str:
    """Extra properties as sorted JSON, so that a round trip writes the same text."""
    if not text:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


# -- SQL that computes cells --------------------------------------------------------------------
def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# The ids of a chunk are one JSON parameter, so that each statement is prepared once per export
# (a literal list of 2,000 ids made SQLite parse every statement again for every chunk).
_IDS = "SELECT value FROM json_each(?)"


def _ids(ids) -> tuple[str]:
    return (json.dumps([int(i) for i in ids]),)


# The code points of FORMULA_STARTS: `unicode()` of the first character is compared with them,
# a quarter cheaper than comparing `substr(x, 1, 1)` with one-character strings.
_FORMULA_CODES = ", ".join(str(ord(ch)) for ch in sorted(FORMULA_STARTS))


def _n(expr: str) -> str:
    """SQL for `neutralise(expr)`; NULL becomes empty text."""
    return (f"CASE WHEN unicode({expr}) IN ({_FORMULA_CODES}) "
            f"THEN '''' || {expr} ELSE ifnull({expr}, '') END")


def _public_or(expr: str) -> str:
    return f"CASE {expr} WHEN {_quote(Privacy.PUBLIC.value)} THEN '' ELSE {expr} END"


def _joined(parts: list[str]) -> str:
    """SQL for `join_parts(parts)`: trailing empty parts dropped, newlines inside made spaces."""
    shown = [f"replace(ifnull({p}, ''), char(10), ' ')" for p in parts]
    sep = f" || {_quote(SEP)} || "
    cases = " ".join(f"WHEN ifnull({parts[k - 1]}, '') != '' THEN {sep.join(shown[:k])}"
                     for k in range(len(parts), 0, -1))
    return f"CASE {cases} ELSE '' END"


_CONTACT_LINE = _joined(["value", "label", _public_or("privacy"), "service"])
_ADDRESS_PARTS = ["street", "po_box", "postal_code", "city", "region", "country", "label",
                  _public_or("privacy"), "value"]
_ADDRESS_LINE = _joined(_ADDRESS_PARTS)
_LINE = f"CASE kind WHEN 'address' THEN {_ADDRESS_LINE} ELSE {_CONTACT_LINE} END"
_EXTRA = "CASE WHEN {0} IN ('', '{{}}') THEN '' ELSE {0} END"

# The organisation columns read as they are, in ORG_COLUMNS order around the list cells.
_ORG_HEAD = ["o.uid", "o.name"]                                      # then "Other names"
_ORG_BODY = ["o.kind", "o.status", "p.uid", "p.name", "CAST(o.founded_year AS TEXT)", "o.size",
             "o.meeting_rhythm", "o.languages", "o.description", "o.mission", "o.history",
             "o.activities", "o.notes", "o.source", "o.source_date", "o.last_verified"]
_ORG_SQL = (f"SELECT o.id, {', '.join(_n(e) for e in _ORG_HEAD + _ORG_BODY)}, "
            f"{_EXTRA.format('o.extra')} FROM organisation o "
            "LEFT JOIN organisation p ON p.id = o.parent_id WHERE {of} ORDER BY o.id")



def _person_sql(owner: str, role: str, primary: str, start: str, end: str) -> str:
    """A person's columns, with the affiliation's (role, primary, from, until) among them."""
    own = ", ".join(_n(e) for e in ("p.uid", "p.display_name", "p.given_name", "p.patronymic",
                                    "p.family_name"))
    more = ", ".join(_n(e) for e in ("p.privacy", "p.consent", "p.consent_date", "p.notes"))
    return (f"SELECT {owner}, p.id, p.privacy, p.consent, {own}, {role}, {primary}, {start}, "
            f"{end}, {more}, {_EXTRA.format('p.extra')} ")


_AFFILIATED = _person_sql(
    "a.org_id", _n("a.role"), "CASE WHEN a.is_primary THEN 'yes' ELSE '' END",
    _n("a.start_date"), _n("a.end_date")) + (
    "FROM affiliation a JOIN person p ON p.id = a.person_id WHERE {of} "
    "ORDER BY a.org_id, a.is_primary DESC, a.id")
_LOOSE = _person_sql("NULL", "''", "''", "''", "''") + (
    "FROM person p WHERE p.id NOT IN (SELECT person_id FROM affiliation) "
    "ORDER BY p.sort_name, p.id")

_ORG_SLOTS = {kind: 10 + i for i, kind in enumerate(CONTACT_KINDS)}   # within the contact block
_PERSON_SLOTS = {kind: i for i, kind in enumerate(CONTACT_KINDS)}
_ORG_BLOCK = 16            # 9 parts of the first address, "More addresses", 6 contact kinds
_PERSON_BLOCK = 7          # 6 contact kinds, "Person addresses"
_EMPTY_ORG_BLOCK = ("",) * _ORG_BLOCK
_EMPTY_PERSON_BLOCK = ("",) * _PERSON_BLOCK


def _check_layout() -> None:
    """The slicing below assumes this order of the own format's columns; a column added to
    `csv_format` must be added here too, or every export would shift its cells."""
    org = [t for _h, t in ORG_COLUMNS]
    person = [t for _h, t in PERSON_COLUMNS]
    if not (org[2] == "org.other_names" and org[19:21] == ["org.regions", "org.tags"]
            and org[21] == "org.address.street" and org[30] == "org.addresses"
            and org[31:37] == [f"org.{k}" for k in CONTACT_KINDS]
            and org[37:] == ["org.publications", "org.relations", "org.extra"]
            and len(org) == 3 + len(_ORG_BODY) + 2 + _ORG_BLOCK + 3
            and person[13:19] == [f"person.{k}" for k in CONTACT_KINDS]
            and person[19:] == ["person.addresses", "person.extra"]):
        raise RuntimeError("csv_data does not follow the columns of csv_format")


_check_layout()


# -- reading ------------------------------------------------------------------------------------
class _Reader:
    def __init__(self, conn: Connection, profile: Profile):
        self.raw = conn.connection.driver_connection
        self.profile = profile
        self.org_levels = ", ".join(_quote(p.value) for p in Privacy if profile.allows(p))
        pairs = [f"{k}/{p.value}" for k in (*CONTACT_KINDS, "address") for p in Privacy
                 if profile.allows_contact({"privacy": p.value, "kind": k}, of_person=True)]
        self.person_pairs = ", ".join(_quote(p) for p in pairs) or "NULL"
        self.listing: dict[tuple[str, str], str | None] = {}
        self.paths = _region_paths(self.raw)
        self.streams: dict[str, _Stream] | None = None     # whole-table passes, by statement
        self.params: tuple = ()
        self.last = 0

    def rows(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        return self.raw.execute(sql, params)

    def select(self, sql: str, owner: str) -> Iterable[tuple]:
        """The rows of `sql` for the organisations of this chunk (and, in whole-table passes,
        for any others up to its last id). In `sql`, `{of}` stands for the filter on the
        `owner` column."""
        if self.streams is None:
            return self.raw.execute(sql.replace("{of}", f"{owner} IN ({_IDS})"), self.params)
        stream = self.streams.get(sql)
        if stream is None:
            stream = self.streams[sql] = _Stream(self.raw.execute(
                sql.replace("{of}", f"{owner} IS NOT NULL")))
        return stream.upto(self.last)

    def lines(self, sql: str, owner: str) -> dict[int, str]:
        """(owner, line) rows in order → owner → the lines as one neutralised cell."""
        out: dict[int, str] = {}
        get = out.get
        for owner_id, line in self.select(sql, owner):
            before = get(owner_id)
            out[owner_id] = line if before is None else before + "\n" + line
        for owner, cell in out.items():
            if cell[:1] in FORMULA_STARTS:      # neutralise(), for the whole cell
                out[owner] = "'" + cell
        return out

    def load(self, org_ids: list[int]) -> Chunk:
        self.params, self.last = _ids(org_ids), org_ids[-1]
        names = self.lines(f"SELECT org_id, {_joined(['name', 'kind', 'language'])} "
                           "FROM othername WHERE {of} ORDER BY org_id, id", "org_id")
        tags = self.lines("SELECT o.org_id, t.name FROM orgtag o JOIN tag t "
                          "ON t.id = o.tag_id WHERE {of} ORDER BY o.org_id, t.name", "o.org_id")
        publications = self.lines(
            f"SELECT org_id, {_joined(['title', 'frequency', 'language', 'description'])} "
            "FROM publication WHERE {of} ORDER BY org_id, sort_order, id", "org_id")
        relations = self.lines(
            f"SELECT r.from_org_id, {_joined(['r.kind', 't.name', 't.uid', 'r.note'])} "
            "FROM relation r JOIN organisation t ON t.id = r.to_org_id "
            "WHERE {of} ORDER BY r.from_org_id, r.id", "r.from_org_id")
        regions = self._regions()
        contacts = self._org_contacts()
        found = {}
        for r in self.select(_ORG_SQL, "o.id"):
            org_id = r[0]
            extra = r[-1]
            found[org_id] = [
                r[1], r[2], names.get(org_id, ""), *r[3:3 + len(_ORG_BODY)],
                regions.get(org_id, ""), tags.get(org_id, ""),
                *contacts.get(org_id, _EMPTY_ORG_BLOCK),
                publications.get(org_id, ""), relations.get(org_id, ""),
                neutralise(normal_extra(extra)) if extra else ""]
        chunk = Chunk(orgs=[(i, found[i]) for i in org_ids if i in found])
        chunk.people = self._people(rows=list(self.select(_AFFILIATED, "a.org_id")))
        return chunk

    def _regions(self) -> dict[int, str]:
        grouped: dict[int, list[str]] = {}
        paths = self.paths
        for org_id, region_id in self.select("SELECT org_id, region_id FROM orgregion "
                                             "WHERE {of} ORDER BY org_id", "org_id"):
            grouped.setdefault(org_id, []).append(paths[region_id])
        return {org_id: neutralise("\n".join(sorted(values)))
                for org_id, values in grouped.items()}

    def _org_contacts(self) -> dict[int, list[str]]:
        # {of} and are filled in by `select`
        where = f"{{of}} AND privacy IN ({self.org_levels})"
        out: dict[int, list[str]] = {}
        more: dict[int, list[int]] = {}
        # The first address fills the address columns; the others go to "More addresses",
        # whose lines are made afterwards for just those (few) rows: making the line of every
        # address in the pass cost a third of the pass.
        for org_id, point_id, *parts in self.select(
                f"SELECT org_id, id, {', '.join(_n(p) for p in _ADDRESS_PARTS)} "
                f"FROM contactpoint WHERE {where} AND kind = 'address' "
                "ORDER BY org_id, sort_order, id", "org_id"):
            if org_id in out:
                more.setdefault(org_id, []).append(point_id)
            else:
                out[org_id] = parts + ["", "", "", "", "", "", ""]
        if more:
            lines = dict(self.rows(f"SELECT id, {_ADDRESS_LINE} FROM contactpoint "
                                   f"WHERE id IN ({_IDS})",
                                   _ids([i for ids in more.values() for i in ids])))
            for org_id, ids in more.items():
                out[org_id][9] = neutralise("\n".join(lines[i] for i in ids))
        others = self.select(f"SELECT org_id, kind, {_CONTACT_LINE} FROM contactpoint "
                             f"WHERE {where} AND kind != 'address' "
                             "ORDER BY org_id, sort_order, id", "org_id")
        for org_id, kinds in _by_kind(others).items():
            block = out.get(org_id)
            if block is None:
                block = out[org_id] = [""] * _ORG_BLOCK
            for kind, values in kinds.items():
                slot = _ORG_SLOTS.get(kind)
                if slot is not None:
                    block[slot] = neutralise("\n".join(values))
        return out

    def _person_contacts(self, person_ids) -> dict[int, list[str]]:
        lines = _by_kind(self.rows(
            f"SELECT person_id, kind, {_LINE} FROM contactpoint "
            f"WHERE person_id IN ({_IDS}) "
            f"AND kind || '/' || privacy IN ({self.person_pairs}) "
            "ORDER BY person_id, sort_order, id", _ids(sorted(person_ids))))
        out = {}
        for person_id, kinds in lines.items():
            block = [""] * _PERSON_BLOCK
            for kind, values in kinds.items():
                slot = 6 if kind == "address" else _PERSON_SLOTS.get(kind)
                if slot is not None:
                    block[slot] = neutralise("\n".join(values))
            out[person_id] = block
        return out

    def _people(self, rows: list[tuple]) -> dict[int, list[tuple[int, Cells | None]]]:
        """Owner → [(person id, cells or None)] from rows of `_person_sql`."""
        contacts = self._person_contacts({r[1] for r in rows}) if rows else {}
        listing = self.listing
        out: dict[int, list[tuple[int, Cells | None]]] = {}
        for r in rows:
            key = (r[2], r[3])
            how = listing.get(key, False)
            if how is False:
                how = listing[key] = self.profile.listing(r[2], r[3])
            if how is None:
                cells = None
            elif how == "named":
                cells = [*r[4:17], *contacts.get(r[1], _EMPTY_PERSON_BLOCK),
                         neutralise(normal_extra(r[17])) if r[17] else ""]
            else:       # the role alone stands for someone who asked not to be listed
                cells = ["", "", "", "", "", *r[9:13]] + [""] * 12
            out.setdefault(r[0], []).append((r[1], cells))
        return out

    def loose(self) -> Iterator[Chunk]:
        cursor = self.raw.cursor()
        cursor.execute(_LOOSE)
        while rows := cursor.fetchmany(CHUNK):
            yield Chunk(loose=self._people(rows).get(None, []))


class _Stream:
    """A cursor ordered by its first column (the owner id), read up to a given owner at a time.

    Rows are fetched in blocks and each call's rows are found by bisection: looking at every
    row in Python to find where an owner's rows end cost a tenth of an export."""

    BLOCK = 5000

    def __init__(self, cursor):
        self.cursor = cursor
        self.rows: list[tuple] = []
        self.pos = 0
        self.done = False

    def upto(self, last: int) -> list[tuple]:
        out: list[tuple] = []
        while True:
            rows, pos = self.rows, self.pos
            if pos < len(rows):
                end = bisect_right(rows, last, lo=pos, key=_owner)
                out.extend(rows[pos:end])
                self.pos = end
                if end < len(rows):
                    return out
            if self.done:
                return out
            self.rows, self.pos = self.cursor.fetchmany(self.BLOCK), 0
            self.done = len(self.rows) < self.BLOCK


_owner = itemgetter(0)


def _by_kind(rows) -> dict[int, dict[str, list[str]]]:
    out: dict[int, dict[str, list[str]]] = {}
    get = out.get
    for owner, kind, line in rows:
        kinds = get(owner)
        if kinds is None:
            out[owner] = {kind: [line]}
        elif kind in kinds:
            kinds[kind].append(line)
        else:
            kinds[kind] = [line]
    return out


def chunks(conn: Connection, org_ids: list[int], profile: Profile) -> Iterator[Chunk]:
    """The organisations' cells in the order of `org_ids`, a few thousand at a time.

    Reading chunk by chunk keeps the cells of an export of 100,000 entries in tens of
    megabytes; only the region paths are held for the whole run. Ids in ascending order read
    each table along its owner-id index.
    """
    reader = _Reader(conn, profile)
    if _whole_tables(conn, org_ids):
        reader.streams = {}
    for start in range(0, len(org_ids), CHUNK):
        yield reader.load(org_ids[start:start + CHUNK])


def _whole_tables(conn: Connection, org_ids: list[int]) -> bool:
    """Whether to read each table in one pass along its owner-id index (one statement per
    table for the whole export) instead of one statement per chunk with a list of ids: for
    ascending ids that cover at least a quarter of the directory."""
    if not org_ids or any(a >= b for a, b in zip(org_ids, org_ids[1:], strict=False)):
        return False
    total = conn.connection.driver_connection.execute(
        "SELECT count(*) FROM organisation").fetchone()[0]
    return len(org_ids) * 4 >= total


def loose_chunks(conn: Connection, profile: Profile) -> Iterator[Chunk]:
    """The people who belong to no organisation, by name, a few thousand at a time."""
    yield from _Reader(conn, profile).loose()


def first_places(conn: Connection, place: dict[int, int]) -> dict[int, int]:
    """Person id → the smallest place (in `place`: organisation id → place) among the
    organisations the person is affiliated with; people of no organisation in `place` left out.
    """
    out: dict[int, int] = {}
    get = place.get
    for person_id, org_id in conn.connection.driver_connection.execute(
            "SELECT person_id, org_id FROM affiliation"):
        n = get(org_id)
        if n is not None and n < out.get(person_id, n + 1):
            out[person_id] = n
    return out


def _region_paths(raw) -> dict[int, str]:
    rows = {r[0]: (r[1], r[2]) for r in raw.execute("SELECT id, name, parent_id FROM region")}
    out: dict[int, str] = {}

    def path(region_id: int) -> str:
        if region_id not in out:
            name, parent = rows[region_id]
            out[region_id] = f"{path(parent)} > {name}" if parent in rows else name
        return out[region_id]
    for region_id in rows:
        path(region_id)
    return out
