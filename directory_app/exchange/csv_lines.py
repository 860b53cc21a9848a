"""The rows of a CSV export, built by SQLite a chunk of organisations at a time.

Turning every cell into a Python string cost most of an export (100,000 organisations have
about six million cells), so SQLite builds rows instead: `printf` joins an entry's cells,
`group_concat` joins the lines of list cells and, one level up, the records of a whole chunk,
which reaches Python as one `bytes` value that `bytes.split` cuts apart. Rows are UTF-8 bytes
with cells separated by 0xFF; records and their fields are separated by 0xFD and 0xFE, and the
addresses of one owner by 0xFC. None of these bytes occurs in UTF-8 text, so no stored value
can be taken for a separator. Three statements per chunk read the organisations (with their
list cells), their contact points and their people; Python puts an organisation's row together
from them, and `csv_quoting` makes CSV lines of a chunk's rows. (One statement joining all
three was slower: SQLite stores each grouped subquery of a join and indexes it first.)

An owner's contact points and publications come in their order because each statement groups
them along the index on (owner, sort_order), whose entries end with the rowid; tags and region
paths are sorted by name in Python (`_NamedCells`); the people of an organisation come in
the order of its affiliations (the index on org_id, whose entries end with the id), and Python
moves the primary ones first (`_primary_first`).
`tests/test_csv_lines.py` checks these orders on data whose ids run against them.

What the statements rely on in stored text (migration 0004 and the value rules): no NUL
character (`printf` would end a value there) and extra properties in their normal form
(`rules.normal_extra`), which the export writes as stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from directory_app.domain.enums import Consent, Privacy
from directory_app.exchange.csv_format import CONTACT_KINDS, ORG_COLUMNS, PERSON_COLUMNS, SEP
from directory_app.exchange.profiles import Profile

CHUNK = 5000

CELL = b"\xff"
FIELD = b"\xfe"
RECORD = b"\xfd"
ADDRESS = b"\xfc"

PEOPLE_ORG_COLUMNS = [("Organisation UID", "org.uid"), ("Organisation", "org.name")]


def layout(rows: str) -> list[str]:
    """The columns of an export of `rows` ("affiliations", "organisations" or "people"), in
    the app's own order: the cells of every row."""
    if rows == "organisations":
        return [h for h, _ in ORG_COLUMNS]
    if rows == "people":
        return [h for h, _ in PERSON_COLUMNS + PEOPLE_ORG_COLUMNS]
    return [h for h, _ in ORG_COLUMNS + PERSON_COLUMNS]


class Person(NamedTuple):
    """One person of an organisation (or of none): their row of PERSON_COLUMNS cells, or None
    for someone the profile leaves out."""

    person_id: int
    row: bytes | None


@dataclass
class Chunk:
    """Rows of some organisations, in id order (ascending)."""

    keys: list[int] = field(default_factory=list)      # the organisations' ids
    orgs: list[bytes] = field(default_factory=list)    # their rows of ORG_COLUMNS cells
    # organisation id → its people in affiliation order (primary first): the rows of those
    # the profile lets out (`Reader(people="rows")`), or every one as a Person ("persons")
    people: dict[int, list] = field(default_factory=dict)


# -- SQL -----------------------------------------------------------------------------------------
def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _printf(exprs: list[str]) -> str:
    """SQL joining `exprs` with the cell separator; NULL gives empty text, numbers their digits.
    The format is a blob literal (0xFF cannot be written in SQL text). `printf` ends a value at
    a NUL character, which is why stored text holds none (migration 0004); joining with `||`
    instead made the export 40 % slower."""
    fmt = "FF".join(["2573"] * len(exprs))          # "%s" between 0xFF bytes
    return f"printf(CAST(X'{fmt}' AS TEXT), {', '.join(exprs)})"


def _public_or(expr: str) -> str:
    return f"CASE {expr} WHEN 'public' THEN '' ELSE {expr} END"


def _joined(parts: list[str]) -> str:
    """SQL for `csv_format.join_parts(parts)`: trailing empty parts dropped, newlines inside
    made spaces."""
    shown = [f"replace(ifnull({p}, ''), char(10), ' ')" for p in parts]
    sep = f" || {_quote(SEP)} || "
    cases = " ".join(f"WHEN ifnull({parts[k - 1]}, '') != '' THEN {sep.join(shown[:k])}"
                     for k in range(len(parts), 0, -1))
    return f"CASE {cases} ELSE '' END"


def _lines(expr: str) -> str:
    return f"group_concat({expr}, char(10))"


def _records(sql: str) -> str:
    """One value holding every record (row) of `sql`, in its order."""
    return f"SELECT CAST(group_concat(rec, X'FD') AS BLOB) FROM ({sql})"


# Most contact points are a bare value: that line is made without the general case's tests.
_CONTACT_LINE = ("CASE WHEN label = '' AND service = '' AND privacy = 'public' "
                 "THEN replace(value, char(10), ' ') "
                 f"ELSE {_joined(['value', 'label', _public_or('privacy'), 'service'])} END")
_ADDRESS_PARTS = ["street", "po_box", "postal_code", "city", "region", "country", "label",
                  _public_or("privacy"), "value"]
_ADDRESS_LINE = _joined(_ADDRESS_PARTS)
_EXTRA = "CASE WHEN {0} IN ('', '{{}}') THEN '' ELSE {0} END"

# Region paths ("NIS > Russia > Moscow"); a region whose parent is missing starts a path.
_PATHS = ("WITH RECURSIVE path(id, text) AS ("
          "SELECT id, name FROM region WHERE parent_id IS NULL "
          "OR parent_id NOT IN (SELECT id FROM region) "
          "UNION ALL SELECT r.id, path.text || ' > ' || r.name FROM region r "
          "JOIN path ON r.parent_id = path.id) ")

# The organisation's own cells up to "Last verified", the ids of its regions and of its tags
# (Python turns them into "Regions" and "Focus areas": `_NamedCells`), then "Publications",
# "Relations" and its extra properties. {of} is the filter on an organisation id column.
_ORG_HEAD = ["o.uid", "o.name", "nm.cell", "o.kind", "o.status", "p.uid", "p.name",
             "o.founded_year", "o.size", "o.meeting_rhythm", "o.languages", "o.description",
             "o.mission", "o.history", "o.activities", "o.notes", "o.source", "o.source_date",
             "o.last_verified"]
_ORG_SQL = _records(
    f"SELECT o.id || X'FE' || {_printf(_ORG_HEAD)} || X'FE' || "
    "ifnull((SELECT group_concat(region_id) FROM orgregion WHERE org_id = o.id), '') || X'FE' || "
    "ifnull((SELECT group_concat(tag_id) FROM orgtag WHERE org_id = o.id), '') || X'FE' || "
    f"{_printf(['pb.cell', 'rl.cell', _EXTRA.format('o.extra')])} AS rec "
    "FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id "
    f"LEFT JOIN (SELECT org_id, {_lines(_joined(['name', 'kind', 'language']))} AS cell "
    "  FROM othername INDEXED BY ix_othername_org_id WHERE org_id {of} GROUP BY org_id) nm "
    "  ON nm.org_id = o.id "
    f"LEFT JOIN (SELECT org_id, "
    f"  {_lines(_joined(['title', 'frequency', 'language', 'description']))} AS cell "
    "  FROM publication INDEXED BY ix_publication_org_order WHERE org_id {of} "
    "  GROUP BY org_id) pb ON pb.org_id = o.id "
    f"LEFT JOIN (SELECT r.from_org_id AS org_id, "
    f"  {_lines(_joined(['r.kind', 't.name', 't.uid', 'r.note']))} AS cell "
    "  FROM relation r INDEXED BY ix_relation_from_org_id JOIN organisation t "
    "  ON t.id = r.to_org_id WHERE r.from_org_id {of} GROUP BY r.from_org_id) rl "
    "  ON rl.org_id = o.id "
    "WHERE o.id {of} ORDER BY o.id")


def _kind_cells(kinds: tuple[str, ...], line: str) -> list[str]:
    return [f"{_lines(line)} FILTER (WHERE kind = {_quote(k)})" for k in kinds]


def _org_contacts_sql(levels: str) -> str:
    """An organisation's contact block: its addresses' nine parts each (0xFC between them),
    then "Phone" to "Messenger" as cells."""
    addresses = (f"ifnull(group_concat({_printf(_ADDRESS_PARTS)}, X'FC') "
                 "FILTER (WHERE kind = 'address'), '')")
    return _records(
        f"SELECT org_id || X'FE' || {addresses} || X'FE' || "
        f"{_printf(_kind_cells(CONTACT_KINDS, _CONTACT_LINE))} AS rec "
        "FROM contactpoint INDEXED BY ix_contactpoint_org_order "
        f"WHERE org_id {{of}} AND privacy IN ({levels}) GROUP BY org_id")


def _person_contacts(pairs: str) -> str:
    """The person `p`'s contact cells ("Person phone" to "Person addresses"), as a subquery.

    Evaluated for each person the profile names in full and for no one else: grouping every
    person's contacts first and joining them took a third longer for the public profile
    (which names fewer people) and as long for the others."""
    cells = _kind_cells(CONTACT_KINDS, _CONTACT_LINE) + _kind_cells(("address",), _ADDRESS_LINE)
    # Most people have no contact points of their own: a look into the index settles that
    # for a quarter of what the empty grouping cost.
    return ("CASE WHEN EXISTS (SELECT 1 FROM contactpoint INDEXED BY "
            "ix_contactpoint_person_order WHERE person_id = p.id) THEN "
            f"(SELECT {_printf(cells)} FROM contactpoint INDEXED BY ix_contactpoint_person_order "
            f"WHERE person_id = p.id AND kind || '/' || privacy IN ({pairs})) "
            f"ELSE X'{'FF' * (len(cells) - 1)}' END")


_PERSON_OWN = ["p.uid", "p.display_name", "p.given_name", "p.patronymic", "p.family_name"]
_PRIMARY = len(_PERSON_OWN) + 1          # the cell "Primary" of a person's row
_PERSON_MORE = ["p.privacy", "p.consent", "p.consent_date", "p.notes"]


def _person_rec(owner: str, role: list[str], listing: dict[str, list[str]], pairs: str) -> str:
    """A record of `_people_sql`: owner, person id, then the person's row as the profile lets
    them out ("named": every cell; "role": only `role`'s four cells, "Role" to "Role until";
    otherwise nothing)."""
    full = _printf(_PERSON_OWN + role + _PERSON_MORE
                   + [_person_contacts(pairs), _EXTRA.format("p.extra")])
    role_only = _printf(["''"] * 5 + role + ["''"] * 4) + " || X'" + "FF" * 8 + "'"
    named = ", ".join(_quote(k) for k in listing["named"]) or "NULL"
    roles = ", ".join(_quote(k) for k in listing["role"]) or "NULL"
    pair = "p.privacy || '/' || p.consent"
    return (f"{owner} || X'FE' || p.id || X'FE' || CASE "
            f"WHEN {pair} IN ({named}) THEN {full} "
            f"WHEN {pair} IN ({roles}) THEN {role_only} ELSE '' END AS rec")


def _people_sql(listing: dict[str, list[str]], pairs: str) -> str:
    role = ["a.role", "CASE WHEN a.is_primary THEN 'yes' ELSE '' END", "a.start_date",
            "a.end_date"]
    return _records(
        f"SELECT {_person_rec('a.org_id', role, listing, pairs)} "
        "FROM affiliation a JOIN person p ON p.id = a.person_id "
        # (index order: with is_primary in the ORDER BY, SQLite sorted each organisation's
        # people, a sixth of the statement; `_primary_first` does it where there are several)
        "WHERE a.org_id {of} ORDER BY a.org_id, a.id")


_LOOSE_IDS = ("SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM affiliation) "
              "ORDER BY sort_name, id")


def _loose_sql(listing: dict[str, list[str]], pairs: str) -> str:
    """People who belong to no organisation, of a list of ids, by name."""
    ids = "SELECT value FROM json_each(:ids)"
    return _records(
        f"SELECT {_person_rec(_quote(''), [_quote('')] * 4, listing, pairs)} FROM person p "
        f"WHERE p.id IN ({ids}) ORDER BY p.sort_name, p.id")


def _check_layout() -> None:
    """The rows above follow this order of the own format's columns; a column added to
    `csv_format` must be added here too, or every export would shift its cells."""
    org = [t for _h, t in ORG_COLUMNS]
    person = [t for _h, t in PERSON_COLUMNS]
    if not (len(_ORG_HEAD) == 19 and org[19:21] == ["org.regions", "org.tags"]
            and org[21:31] == [*(f"org.address.{p}" for p in (
                "street", "po_box", "postal_code", "city", "region", "country", "label",
                "privacy", "value")), "org.addresses"]
            and org[31:] == [*(f"org.{k}" for k in CONTACT_KINDS), "org.publications",
                             "org.relations", "org.extra"]
            and len(person) == len(_PERSON_OWN) + 4 + len(_PERSON_MORE) + 8
            and person[_PRIMARY] == "person.is_primary"
            and person[13:] == [*(f"person.{k}" for k in CONTACT_KINDS), "person.addresses",
                                "person.extra"]):
        raise RuntimeError("csv_lines does not follow the columns of csv_format")


_check_layout()


# -- reading -------------------------------------------------------------------------------------
_NO_CONTACTS = CELL * 15                  # the 16 cells of an organisation's contact block
_NO_ADDRESS = CELL * 8


class Reader:
    """Reads chunks of organisations (and the people of none) through one DB-API connection,
    for one publication profile.

    `people`: "rows" for each organisation's people as the rows of those the profile lets out,
    "persons" for every one as a `Person`, None for none."""

    def __init__(self, raw, profile: Profile, *, contacts: bool = True,
                 people: str | None = "rows"):
        self.raw = raw
        levels = ", ".join(_quote(p) for p in ("public", "internal", "confidential")
                           if profile.allows(p))
        pairs = [f"{k}/{p}" for k in (*CONTACT_KINDS, "address")
                 for p in ("public", "internal", "confidential")
                 if profile.allows_contact({"privacy": p, "kind": k}, of_person=True)]
        self.pairs = ", ".join(_quote(p) for p in pairs) or "NULL"
        self.listing = people_listing(profile)
        self.org_sql = _ORG_SQL
        self.contacts_sql = _org_contacts_sql(levels or "NULL") if contacts else None
        self.people_sql = _people_sql(self.listing, self.pairs) if people else None
        self.people = people

    @cached_property
    def regions(self) -> _NamedCells:
        return _NamedCells(dict(self.raw.execute(_PATHS + "SELECT id, text FROM path")))

    @cached_property
    def tags(self) -> _NamedCells:
        return _NamedCells(dict(self.raw.execute("SELECT id, name FROM tag")))

    def chunk(self, ids: list[int], *, whole: bool) -> Chunk:
        """The rows of the organisations `ids` (ascending). With `whole`, every organisation
        between the first and the last id is wanted, so a range is cheaper than a list."""
        if whole:
            of, params = "BETWEEN :lo AND :hi", {"lo": ids[0], "hi": ids[-1]}
        else:
            of, params = ("IN (SELECT value FROM json_each(:ids))",
                          {"ids": json.dumps(ids)})
        contacts = {}
        if self.contacts_sql is not None:
            for rec in self._records(self.contacts_sql, of, params):
                org_id, addresses, kinds = rec.split(FIELD)
                contacts[int(org_id)] = _contact_block(addresses, kinds)
        chunk = Chunk()
        keys, orgs = chunk.keys, chunk.orgs
        regions, tags, no_contacts = self.regions.cell, self.tags.cell, _NO_CONTACTS
        for rec in self._records(self.org_sql, of, params):
            org_id, head, region_ids, tag_ids, tail = rec.split(FIELD)
            key = int(org_id)
            keys.append(key)
            orgs.append(b"".join((head, CELL, regions(region_ids), CELL, tags(tag_ids), CELL,
                                  contacts.get(key, no_contacts), CELL, tail)))
        if self.people_sql is not None:
            self._read_people(chunk.people, self._records(self.people_sql, of, params))
        return chunk

    def _read_people(self, people: dict[int, list], records: list[bytes]) -> None:
        """Each organisation's people from the people's records (in the order of its
        affiliations), the primary ones moved first."""
        if self.people == "persons":
            found = map(_person, records)
            primary_first = _person_primary_first
        else:       # the rows alone, of those the profile lets out
            found = ((int(org_id), row) for org_id, _person_id, row
                     in (rec.split(FIELD) for rec in records) if row)
            primary_first = _primary_first
        several = set()         # the organisations with more than one person
        for org_id, person in found:
            group = people.get(org_id)
            if group is None:
                people[org_id] = [person]
            else:
                group.append(person)
                several.add(org_id)
        for org_id in several:
            people[org_id].sort(key=primary_first)

    def loose(self) -> Iterator[list[Person]]:
        """People who belong to no organisation, by name, a chunk at a time."""
        ids = [r[0] for r in self.raw.execute(_LOOSE_IDS)]
        sql = _loose_sql(self.listing, self.pairs)
        for start in range(0, len(ids), CHUNK):
            params = {"ids": json.dumps(ids[start:start + CHUNK])}
            yield [_person(rec)[1] for rec in self._records(sql, "", params)]

    def _records(self, sql: str, of: str, params: dict) -> list[bytes]:
        value = self.raw.execute(sql.replace("{of}", of), params).fetchone()[0]
        return value.split(RECORD) if value else []


class _NamedCells:
    """Cells of names ("Regions", "Focus areas") from the ids SQLite lists, one name per line
    in name order. SQLite sorting each organisation's names (a sort and a grouping per chunk)
    took half of the organisations' statement; here organisations share sets of ids, and each
    set is sorted once per export (`str` order is the UTF-8 byte order of SQLite's ORDER BY).
    """

    def __init__(self, names: dict[int, str]):
        self.names = names
        self.cells: dict[bytes, bytes] = {b"": b""}

    def cell(self, ids: bytes) -> bytes:
        """The cell of `ids` ("3,12": ids in any order; an id without a name is left out)."""
        found = self.cells.get(ids)
        if found is None:
            named = (self.names.get(int(i)) for i in ids.split(b","))
            found = "\n".join(sorted(n for n in named if n is not None)).encode()
            self.cells[ids] = found
        return found


def _contact_block(addresses: bytes, kinds: bytes) -> bytes:
    """The 16 cells of an organisation's contact block: the first address's nine parts,
    "More addresses" (the others, one line each), then "Phone" to "Messenger"."""
    if not addresses:
        return _NO_ADDRESS + CELL + CELL + kinds
    if ADDRESS not in addresses:        # one address, as most organisations have
        return addresses + CELL + CELL + kinds
    first, *more = addresses.split(ADDRESS)
    return first + CELL + b"\n".join(_address_line(a) for a in more) + CELL + kinds


def _address_line(parts: bytes) -> bytes:
    """`csv_format.join_parts` of an address's nine parts, as bytes."""
    cells = parts.split(CELL)
    while cells and not cells[-1]:
        cells.pop()
    return SEP.encode().join(c.replace(b"\n", b" ") for c in cells)


def _primary_first(row: bytes | None) -> bool:
    """Sort key that puts the rows of primary affiliations first ("Primary" is "yes"); the
    sort is stable, so the rest keep their order. (Someone the profile leaves out has no row
    and no place in the export.)"""
    return row is None or row.split(CELL, _PRIMARY + 1)[_PRIMARY] != b"yes"


def _person_primary_first(person: Person) -> bool:
    return _primary_first(person.row)


def _person(rec: bytes) -> tuple[int | None, Person]:
    owner, person_id, row = rec.split(FIELD)
    return (int(owner) if owner else None), Person(int(person_id), row or None)


def people_listing(profile: Profile) -> dict[str, list[str]]:
    """The privacy/consent pairs of people by how the profile lets them out: "named" or
    "role" (pairs left out are in neither). The value rules keep both to their enumerations."""
    out: dict[str, list[str]] = {"named": [], "role": []}
    for privacy in Privacy:
        for consent in Consent:
            how = profile.listing(privacy.value, consent.value)
            if how is not None:
                out["named" if how == "named" else "role"].append(f"{privacy}/{consent}")
    return out


def first_places(raw, place: dict[int, int]) -> dict[int, int]:
    """Person id → the smallest place (in `place`: organisation id → place) among the
    organisations the person is affiliated with; people of no organisation in `place` left out.
    """
    out: dict[int, int] = {}
    get = place.get
    for person_id, org_id in raw.execute("SELECT person_id, org_id FROM affiliation"):
        n = get(org_id)
        if n is not None and n < out.get(person_id, n + 1):
            out[person_id] = n
    return out
