"""vCard export: scope → publication profile → cards → one .vcf, a folder of cards, or a zip.

The entries in scope are read in a handful of bulk queries (not one `org_detail` per
organisation, which costs milliseconds each) and every item passes the profile's own checks
(`Profile.allows_contact`, `Profile.person_view`) before it reaches a card. People the profile
would only name by their role (no consent) get no card: a card without a name or contacts is of
no use on a phone. A whole-directory export also carries the people with no affiliation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from directory_app.exchange import vcard_write as vw
from directory_app.exchange.audit import record_export
from directory_app.exchange.choices import VCARD_LAYOUTS
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.profiles import Profile
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory

LAYOUTS = VCARD_LAYOUTS
_CHUNK = 5000
_ORG_COLUMNS = ("id, uid, name, kind, description, notes, extra, updated_at, "
                "(SELECT p.uid FROM organisation p WHERE p.id = organisation.parent_id) "
                "AS parent_uid")
_PERSON_COLUMNS = ("p.id, p.uid, p.display_name, p.given_name, p.family_name, p.patronymic, "
                   "p.notes, p.extra, p.updated_at, p.privacy, p.consent")
_CONTACT_COLUMNS = ("org_id, person_id, kind, label, value, service, street, po_box, "
                    "postal_code, city, region, country, privacy")


@dataclass(frozen=True)
class ExportResult:
    target: Path
    cards: int
    organisations: int
    people: int


def export_vcard(directory: Directory, target: str | Path, *, profile: Profile,
                 scope: Scope | None = None, version: str = "3.0", layout: str = "file",
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the entries in scope as vCards and record the export in the audit log."""
    if version not in vw.VERSIONS:
        raise ExchangeError(f"vCard version {version!r} is not one we write (3.0 or 4.0)")
    if layout not in LAYOUTS:
        raise ExchangeError(f"unknown vCard layout {layout!r} (file, folder or zip)")
    scope = scope or Scope()
    target = Path(target)
    if not target.parent.is_dir():
        raise ExchangeError(f"{target}: the folder {target.parent} does not exist")
    orgs, people = gather(directory, scope, profile)
    cards = named_cards(orgs, people, version, internal=profile.marks_internal)
    writer = {"file": vw.write_vcf, "folder": vw.write_folder, "zip": vw.write_zip}[layout]
    try:
        count = writer(cards, target, total=len(orgs) + len(people), progress=progress,
                       cancelled=cancelled)
    except OSError as exc:
        raise ExchangeError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    record_export(directory, format=f"vcard {version}" + ("" if layout == "file" else
                                                           f" ({layout})"),
                  target=str(target), profile=profile, scope=scope, count=count)
    return ExportResult(target, count, len(orgs), len(people))


def named_cards(orgs: list[dict[str, Any]], people: list[dict[str, Any]], version: str, *,
                internal: bool) -> Iterator[vw.NamedCard]:
    for org in orgs:
        yield vw.NamedCard(org["name"], vw.org_card(org, version, internal=internal))
    for person in people:
        yield vw.NamedCard(person["display_name"],
                           vw.person_card(person, version, internal=internal))


# -- gathering ----------------------------------------------------------------------------------
def gather(directory: Directory, scope: Scope, profile: Profile
           ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The organisations and people in scope, as the profile lets them out."""
    org_ids = scope.org_ids(directory)
    whole = scope == Scope()
    with directory.begin() as conn:
        if scope.include_offices and not whole:
            org_ids = _with_offices(conn, org_ids)
        orgs = _orgs(conn, org_ids, whole)
        paths = _region_paths(conn)
        by_id = {org["id"]: org for org in orgs}
        for org_id, name, kind, language in _rows(
                conn, "SELECT org_id, name, kind, language FROM othername WHERE {ids} "
                "ORDER BY id", "org_id", org_ids, whole):
            by_id[org_id]["other_names"].append({"name": name, "kind": kind,
                                                 "language": language})
        for org_id, name in _rows(conn, "SELECT o.org_id, t.name FROM orgtag o JOIN tag t "
                                  "ON t.id = o.tag_id WHERE {ids} ORDER BY t.name",
                                  "o.org_id", org_ids, whole):
            by_id[org_id]["tags"].append(name)
        for org_id, region_id in _rows(conn, "SELECT org_id, region_id FROM orgregion "
                                       "WHERE {ids}", "org_id", org_ids, whole):
            by_id[org_id]["regions"].append(paths.get(region_id, []))
        for contact in _contacts(conn, "org_id", org_ids, whole):
            if profile.allows_contact(contact):
                by_id[contact["org_id"]]["contacts"].append(contact)
        people = _people(conn, by_id, org_ids, whole, profile)
    return orgs, people


def _rows(conn: Connection, sql: str, column: str, ids: list[int], whole: bool
          ) -> Iterator[tuple]:
    for result in _results(conn, sql, column, ids, whole):
        yield from result.fetchall()


def _dicts(conn: Connection, sql: str, column: str, ids: list[int], whole: bool
           ) -> Iterator[dict[str, Any]]:
    """Rows as dicts, built from plain tuples (SQLAlchemy's row mappings cost more)."""
    for result in _results(conn, sql, column, ids, whole):
        keys = list(result.keys())
        for row in result.fetchall():
            yield dict(zip(keys, row, strict=True))


def _results(conn: Connection, sql: str, column: str, ids: list[int], whole: bool):
    if whole:
        yield conn.exec_driver_sql(sql.format(ids="1 = 1"))
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ",".join(str(int(i)) for i in ids[start:start + _CHUNK])
        yield conn.exec_driver_sql(sql.format(ids=f"{column} IN ({chunk})"))


def _with_offices(conn: Connection, org_ids: list[int]) -> list[int]:
    seen = set(org_ids)
    out = list(org_ids)
    frontier = org_ids
    while frontier:
        found = [r[0] for r in _rows(conn, "SELECT id FROM organisation WHERE {ids} "
                                     "ORDER BY sort_name", "parent_id", frontier, False)]
        frontier = [i for i in found if i not in seen]
        seen.update(frontier)
        out.extend(frontier)
    return out


def _orgs(conn: Connection, org_ids: list[int], whole: bool) -> list[dict[str, Any]]:
    rows = {}
    for org in _dicts(conn, f"SELECT {_ORG_COLUMNS} FROM organisation WHERE {{ids}}", "id",
                      org_ids, whole):
        org.update(other_names=[], tags=[], regions=[], contacts=[])
        rows[org["id"]] = org
    if whole:
        return sorted(rows.values(), key=lambda o: (o["name"].casefold(), o["id"]))
    return [rows[i] for i in org_ids if i in rows]


def _region_paths(conn: Connection) -> dict[int, list[str]]:
    nodes = {r[0]: (r[1], r[2]) for r in conn.exec_driver_sql(
        "SELECT id, name, parent_id FROM region")}
    paths: dict[int, list[str]] = {}
    for region_id in nodes:
        path: list[str] = []
        node: int | None = region_id
        while node is not None and node in nodes and len(path) < 50:
            name, parent = nodes[node]
            path.append(name)
            node = parent
        paths[region_id] = path[::-1]
    return paths


def _contacts(conn: Connection, owner: str, ids: list[int], whole: bool
              ) -> Iterator[dict[str, Any]]:
    sql = (f"SELECT {_CONTACT_COLUMNS} FROM contactpoint WHERE {{ids}} "
           f"AND {owner} IS NOT NULL ORDER BY sort_order, id")
    yield from _dicts(conn, sql, owner, ids, whole)


def _people(conn: Connection, orgs: dict[int, dict[str, Any]], org_ids: list[int], whole: bool,
            profile: Profile) -> list[dict[str, Any]]:
    people: dict[int, dict[str, Any]] = {}
    links: list[tuple[int, int, str]] = []
    sql = (f"SELECT a.org_id, a.role, {_PERSON_COLUMNS} FROM affiliation a "
           "JOIN person p ON p.id = a.person_id WHERE {ids} "
           "ORDER BY a.is_primary DESC, a.id")
    for values in _dicts(conn, sql, "a.org_id", org_ids, whole):
        org_id, role = values.pop("org_id"), values.pop("role")
        people.setdefault(values["id"], values)
        links.append((values["id"], org_id, role or ""))
    if whole:
        for values in _dicts(conn, f"SELECT {_PERSON_COLUMNS} FROM person p WHERE NOT EXISTS "
                             "(SELECT 1 FROM affiliation a WHERE a.person_id = p.id) AND {ids}",
                             "p.id", [], True):
            people.setdefault(values["id"], values)
    for person in people.values():
        person.update(contacts=[], affiliations=[])
    for contact in _contacts(conn, "person_id", list(people), whole and bool(people)):
        person = people.get(contact["person_id"])
        if person is not None:
            person["contacts"].append(contact)
    out: list[dict[str, Any]] = []
    for person_id, org_id, role in links:
        person = people[person_id]
        person["affiliations"].append((orgs[org_id]["name"], role))
    for person in sorted(people.values(), key=lambda p: (p["display_name"].casefold(), p["id"])):
        org_name = person["affiliations"][0][0] if person["affiliations"] else ""
        person["role"] = person["affiliations"][0][1] if person["affiliations"] else ""
        view = profile.person_view(person, org_name)
        if view is None or view.get("anonymised"):
            continue
        out.append(view)
    return out


# -- chosen entries (copy to the clipboard, drag out of the window) ---------------------------
def entry_cards(directory: Directory, profile: Profile, *, org_ids: tuple[int, ...] = (),
                person_ids: tuple[int, ...] = (), version: str = "3.0") -> list[vw.NamedCard]:
    """Cards for the chosen organisations (not their offices or people) and the chosen people,
    as the profile lets them out; an entry the profile withholds gets no card."""
    orgs: list[dict[str, Any]] = []
    if org_ids:
        orgs, _people = gather(directory, Scope(ids=tuple(org_ids), include_offices=False),
                               profile)
    people: list[dict[str, Any]] = []
    if person_ids:
        with directory.begin() as conn:
            people = _chosen_people(conn, list(person_ids), profile)
    return list(named_cards(orgs, people, version, internal=profile.marks_internal))


def _chosen_people(conn: Connection, person_ids: list[int], profile: Profile
                   ) -> list[dict[str, Any]]:
    people = {p["id"]: p for p in _dicts(conn, f"SELECT {_PERSON_COLUMNS} FROM person p "
                                         "WHERE {ids}", "p.id", person_ids, False)}
    for person in people.values():
        person.update(contacts=[], affiliations=[])
    for person_id, org_name, role in _rows(
            conn, "SELECT a.person_id, o.name, a.role FROM affiliation a JOIN organisation o "
            "ON o.id = a.org_id WHERE {ids} ORDER BY a.is_primary DESC, a.id", "a.person_id",
            person_ids, False):
        people[person_id]["affiliations"].append((org_name, role or ""))
    for contact in _contacts(conn, "person_id", person_ids, False):
        people[contact["person_id"]]["contacts"].append(contact)
    out = []
    for person_id in person_ids:
        person = people.get(person_id)
        if person is None:
            continue
        first = person["affiliations"][0] if person["affiliations"] else ("", "")
        person["role"] = first[1]
        view = profile.person_view(person, first[0])
        if view is not None and not view.get("anonymised"):
            out.append(view)
    return out
