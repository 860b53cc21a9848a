"""The import engine: one record at a time, normalised, matched, decided and written.

The same engine runs the dry run (a `BulkWriter` in dry mode, nothing written) and the commit,
so the preview and what is written cannot disagree. Records that repeat an entry of the same
file (an organisation on several rows, one per contact person) are merged into it quietly;
matches in the directory are duplicates, handled as the options say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select, text

from directory_app.domain.models import new_uid
from directory_app.domain.text import search_key, sort_key
from directory_app.exchange import cleaning
from directory_app.exchange.bulk import BulkWriter
from directory_app.exchange.cleaning import RecordError
from directory_app.exchange.matching import Match, Matcher, _Index
from directory_app.exchange.records import OrgIn, PersonIn, Record, RecordProblem
from directory_app.services.changelog import update_row
from directory_app.services.entries import (
    AFFILIATION,
    CONTACT,
    ORG,
    ORG_REGION,
    ORG_TAG,
    OTHER_NAME,
    PERSON,
    PUBLICATION,
    REGION,
    RELATION,
    TAG,
)
from directory_app.services.rules import clean_other_name, clean_relation_kind

# Merge states (about 1.5 KB each) kept at once; see `Importer._remember`.
STATES_KEPT = 10_000
_UPDATABLE_ORG = ("kind", "status", "founded_year", "size", "meeting_rhythm", "languages",
                  "description", "mission", "history", "activities", "notes", "source",
                  "source_date", "last_verified", "extra")
_UPDATABLE_PERSON = ("given_name", "family_name", "patronymic", "notes", "consent",
                     "consent_date", "privacy", "extra")


@dataclass
class PlanItem:
    """What happens to one record: status new / update / duplicate / error, and the action."""

    position: int
    status: str
    action: str = ""                 # create, update, merge, new, skip, reject
    summary: str = ""
    match: str = ""
    errors: list[RecordProblem] = field(default_factory=list)
    warnings: list[RecordProblem] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)
    record: Record | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"position": self.position, "status": self.status, "action": self.action,
                "summary": self.summary, "match": self.match,
                "errors": [f"{p.column}: {p.reason}" if p.column else p.reason
                           for p in self.errors],
                "warnings": [f"{p.column}: {p.reason}" if p.column else p.reason
                             for p in self.warnings]}


class _State:
    """What an entry already has, so merging adds no second copy.

    One per entry touched by the import (100,000 of them in a big file): slotted, and its sets
    made only when something is put in them.
    """

    __slots__ = ("contacts", "names", "tags", "regions", "publications", "next_order")

    def __init__(self) -> None:
        self.contacts = self.names = self.tags = self.regions = self.publications = None
        self.next_order = 0

    def add(self, what: str, key: Any) -> bool:
        """Remember `key` under `what`; False when it was there already."""
        values = getattr(self, what)
        if values is None:
            setattr(self, what, {key})
            return True
        if key in values:
            return False
        values.add(key)
        return True


class Importer:
    def __init__(self, conn: Connection, batch: str, *, country: str = "RU",
                 on_duplicate: str = "skip", choices: dict[int, str] | None = None,
                 dry: bool = False):
        self.conn = conn
        self.country = country.upper()
        self.on_duplicate = on_duplicate
        self.choices = choices or {}
        self.writer = BulkWriter(conn, batch, dry=dry)
        self.dry = dry
        self.batch = batch
        self.matcher = Matcher.load(conn)
        self.in_file_orgs = _Index()
        self.in_file_people = _Index()
        self.org_state: dict[int, _State] = {}
        self.person_state: dict[int, _State] = {}
        self.affiliations: set[tuple[int, int]] = set()
        self.new_orgs: set[int] = set()
        self.new_people: set[int] = set()
        self.regions = {(r[1], r[2]): r[0] for r in conn.exec_driver_sql(
            "SELECT id, parent_id, name FROM region")}
        self.tags = {r[1]: r[0] for r in conn.exec_driver_sql("SELECT id, name FROM tag")}
        self.relations = {tuple(r) for r in conn.exec_driver_sql(
            "SELECT from_org_id, to_org_id, kind FROM relation")}
        self.deferred_parents: list[tuple[int, OrgIn, Record]] = []
        self.deferred_relations: list[tuple[int, OrgIn, Record]] = []
        self.deferred_members: list[tuple[int, OrgIn, Record]] = []
        self.touched_orgs: set[int] = set()
        self.touched_people: set[int] = set()
        self.late_warnings: list[tuple[int, RecordProblem]] = []

    # -- one record ---------------------------------------------------------------------------
    def process(self, record: Record) -> PlanItem:
        item = PlanItem(record.position, "new", warnings=list(record.warnings))
        if record.errors:
            return self._reject(item, record, record.errors)
        try:
            org = self._prepare_org(record, item) if record.org else None
            people = [self._prepare_person(record, p, item) for p in record.people]
        except RecordError as exc:
            return self._reject(item, record, [exc.problem])
        # An organisation the record only names is referenced, whatever the choice: a new
        # person of an existing organisation is new, not a duplicate.
        org_match = org["match"] if org and not org["org"].reference else None
        matches = [m for m in [org_match, *(p["match"] for p in people)] if m]
        choice = self.choices.get(record.position, self.on_duplicate)
        if matches:
            item.status = "update" if all(m.how == "uid" for m in matches) else "duplicate"
            item.match = "; ".join(m.describe() for m in matches)
            item.action = choice
            if choice == "skip":
                item.summary = "not imported (duplicate)"
                return item
        else:
            item.action = "create"
        org_id = self._apply_org(org, choice) if org else None
        for person in people:
            person_id = self._apply_person(person, choice)
            if org_id is not None:
                self._affiliate(person_id, org_id, person["affiliation"])
        item.summary = self._summary(org, people)
        return item

    def _reject(self, item: PlanItem, record: Record, problems: list[RecordProblem]) -> PlanItem:
        item.status, item.action, item.errors, item.raw = "error", "reject", problems, record.raw
        return item

    @staticmethod
    def _summary(org: dict | None, people: list[dict]) -> str:
        parts = []
        if org:
            parts.append(f"{org['values']['name']} ({org['verb']})")
        parts.extend(f"{p['values']['display_name']} ({p['verb']})" for p in people)
        return " + ".join(parts)

    # -- preparing: clean and match -------------------------------------------------------------
    def _contacts(self, record: Record, owner: str, contacts, item: PlanItem) -> list[dict]:
        """Cleaned contact values, the ones the file marks as preferred (vCard TYPE=pref or
        PREF=1, "* " labels of Google Contacts) first: the directory says which of an entry's
        phones or e-mails comes first by their order, and the window, exports and handbook
        show the first."""
        if any(c.pref for c in contacts):
            contacts = sorted(contacts, key=lambda c: not c.pref)
        out = []
        for contact in contacts:
            values = cleaning.contact_values(record, owner, contact, self.country, item.warnings)
            if values is not None:
                out.append(values)
        return out

    def _prepare_org(self, record: Record, item: PlanItem) -> dict[str, Any]:
        org = record.org
        if org.reference and not org.uid:
            # A person's ORG naming an organisation met earlier in the file: nothing to clean.
            name = org.name.strip()
            same = self.in_file_orgs.key.get(sort_key(name)) if name else None
            if same is not None:
                return {"values": {"name": name}, "contacts": [], "names": [], "in_file": same,
                        "match": None, "org": org, "record": record, "verb": "same as above"}
        values = cleaning.org_values(record, org)
        contacts = self._contacts(record, "org", org.contacts, item)
        names = [clean_other_name(n) if isinstance(n, str) else clean_other_name(**n)
                 for n in org.other_names if (n if isinstance(n, str) else n.get("name"))]
        # Repeats within the file are the same name as written (case and ё aside); only the
        # directory needs the cross-script key, and only when it has entries to compare.
        key = values["sort_name"]
        same = self.in_file_orgs.find(values.get("uid", ""), values["name"], [], [], key)
        if same is not None and same.how in ("uid", "name"):
            return {"values": values, "contacts": contacts, "names": names, "in_file": same.id,
                    "match": None, "org": org, "record": record, "verb": "same as above"}
        emails = [c["value"] for c in contacts if c["kind"] == "email"]
        phones = [c["e164"] for c in contacts if c["e164"]]
        match = self.matcher.orgs.find(values.get("uid", ""), values["name"], emails, phones,
                                       search_key(values["name"]) if self.matcher.orgs.names
                                       else "")
        return {"values": values, "contacts": contacts, "names": names, "in_file": None,
                "match": match, "org": org, "record": record, "key": key,
                "verb": "new organisation" if match is None else "existing organisation"}

    def _prepare_person(self, record: Record, person: PersonIn, item: PlanItem
                        ) -> dict[str, Any]:
        values = cleaning.person_values(record, person)
        contacts = self._contacts(record, "person", person.contacts, item)
        emails = [c["value"] for c in contacts if c["kind"] == "email"]
        affiliation = cleaning.affiliation_values(record, person)
        same = self.in_file_people.find(values.get("uid", ""), "", emails, [])
        if same is not None:
            return {"values": values, "contacts": contacts, "in_file": same.id, "match": None,
                    "affiliation": affiliation, "verb": "same as above"}
        phones = [c["e164"] for c in contacts if c["e164"]]
        key = values["sort_name"]
        match = self.matcher.people.find(values.get("uid", ""), values["display_name"],
                                         emails, phones,
                                         search_key(values["display_name"])
                                         if self.matcher.people.names else "")
        return {"values": values, "contacts": contacts, "in_file": None, "match": match,
                "affiliation": affiliation, "key": key,
                "verb": "new person" if match is None else "existing person"}

    # -- applying --------------------------------------------------------------------------------
    def _apply_org(self, org: dict[str, Any], choice: str) -> int:
        match: Match | None = org["match"]
        values = org["values"]
        if org["in_file"] is not None:
            org_id = org["in_file"]
        elif match is not None and org["org"].reference:
            org_id = match.id
        elif match is not None and choice in ("update", "merge"):
            org_id = match.id
            self._update(ORG, org_id, values, _UPDATABLE_ORG, overwrite=choice == "update")
        else:
            if match is not None and match.how == "uid":
                values = {k: v for k, v in values.items() if k != "uid"}
            org_id = self._create(ORG, values, self.in_file_orgs, org["key"])
            self.new_orgs.add(org_id)
        source: OrgIn = org["org"]
        # What the entry has is only needed when the record brings something to add (a person
        # card's ORG names its organisation and nothing more).
        if org["contacts"] or org["names"] or source.publications or source.regions \
                or source.tags:
            state = self._fresh_state(self.org_state, org_id) \
                if org["in_file"] is None and org_id in self.new_orgs \
                else self._org_state(org_id)
            self._add_contacts(state, org_id, None, org["contacts"])
            self._add_children(org_id, state, org)
        self.touched_orgs.add(org_id)
        if source.parent_uid or source.parent_name:
            self.deferred_parents.append((org_id, source, org["record"]))
        if source.relations:
            self.deferred_relations.append((org_id, source, org["record"]))
        if source.members:
            self.deferred_members.append((org_id, source, org["record"]))
        for contact in org["contacts"]:
            if contact["kind"] == "email":       # a group's MEMBER may name it by e-mail
                self.in_file_orgs.add_contact(org_id, "email", contact["value"], "")
        return org_id

    def _apply_person(self, person: dict[str, Any], choice: str) -> int:
        match: Match | None = person["match"]
        values = person["values"]
        if person["in_file"] is not None:
            person_id = person["in_file"]
        elif match is not None and choice in ("update", "merge"):
            person_id = match.id
            self._update(PERSON, person_id, values, _UPDATABLE_PERSON,
                         overwrite=choice == "update")
        else:
            if match is not None and match.how == "uid":
                values = {k: v for k, v in values.items() if k != "uid"}
            person_id = self._create(PERSON, values, self.in_file_people, person["key"])
            self.new_people.add(person_id)
        for contact in person["contacts"]:
            if contact["kind"] == "email":
                self.in_file_people.add_contact(person_id, "email", contact["value"], "")
        if person["contacts"]:
            state = self._fresh_state(self.person_state, person_id) \
                if person["in_file"] is None and person_id in self.new_people \
                else self._person_state(person_id)
            self._add_contacts(state, None, person_id, person["contacts"])
        self.touched_people.add(person_id)
        return person_id

    def _create(self, table, values: dict[str, Any], index: _Index, key: str) -> int:
        given_uid = values.get("uid", "")
        if not given_uid:
            values = {**values, "uid": new_uid()}
        new_id = self.writer.insert(table, values)
        name = values.get("name") or values.get("display_name", "")
        # A UID made here cannot be named by another record of the file: not worth indexing.
        index.add(new_id, given_uid, name, fuzzy=False, key=key)
        return new_id

    def _update(self, table, row_id: int, values: dict[str, Any], allowed: tuple[str, ...],
                *, overwrite: bool) -> None:
        if self.dry:
            return
        current = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().one()
        changes = {k: values[k] for k in allowed if k in values and values[k] not in ("", None)
                   and (overwrite or current[k] in ("", None))}
        if changes:
            update_row(self.conn, table, row_id, changes, self.batch)

    def _add_contacts(self, state: _State, org_id, person_id, contacts: list[dict]) -> None:
        for values in contacts:
            if not state.add("contacts", cleaning.contact_key(values)):
                continue
            self.writer.insert(CONTACT, {**values, "org_id": org_id, "person_id": person_id,
                                         "sort_order": state.next_order})
            state.next_order += 1

    def _add_children(self, org_id: int, state: _State, org: dict[str, Any]) -> None:
        source: OrgIn = org["org"]
        for name in org["names"]:
            if state.add("names", (name["name"], name["kind"], name["language"])):
                self.writer.insert(OTHER_NAME, {"org_id": org_id, **name})
                self.in_file_orgs.key.setdefault(sort_key(name["name"]), org_id)
        for order, pub in enumerate(source.publications):
            if pub.get("title") and state.add("publications", pub["title"]):
                self.writer.insert(PUBLICATION, {
                    "org_id": org_id, "title": pub["title"],
                    "frequency": pub.get("frequency", ""), "language": pub.get("language", ""),
                    "description": pub.get("description", ""), "sort_order": order})
        for path in source.regions:
            region_id = self._region(path)
            if region_id is not None and state.add("regions", region_id):
                self.writer.link(ORG_REGION, {"org_id": org_id, "region_id": region_id}, org_id)
        for tag in source.tags:
            tag_id = self._tag(tag.strip())
            if tag_id is not None and state.add("tags", tag_id):
                self.writer.link(ORG_TAG, {"org_id": org_id, "tag_id": tag_id}, org_id)

    def _region(self, path: list[str]) -> int | None:
        parent = None
        for name in (p.strip() for p in path if p.strip()):
            found = self.regions.get((parent, name))
            if found is None:
                found = self.writer.insert(REGION, {"name": name, "parent_id": parent})
                self.regions[(parent, name)] = found
            parent = found
        return parent

    def _tag(self, name: str) -> int | None:
        if not name:
            return None
        if name not in self.tags:
            self.tags[name] = self.writer.insert(TAG, {"name": name})
        return self.tags[name]

    def _affiliate(self, person_id: int, org_id: int, values: dict[str, Any]) -> None:
        if (person_id, org_id) in self.affiliations:
            return
        self.affiliations.add((person_id, org_id))
        if person_id in self.new_people or org_id in self.new_orgs or not self._affiliated(
                person_id, org_id):
            self.writer.insert(AFFILIATION, {"person_id": person_id, "org_id": org_id,
                                             **values})
            self.touched_orgs.add(org_id)
            self.touched_people.add(person_id)

    def _affiliated(self, person_id: int, org_id: int) -> bool:
        return self.conn.execute(text(
            "SELECT 1 FROM affiliation WHERE person_id = :p AND org_id = :o"),
            {"p": person_id, "o": org_id}).first() is not None

    # What an entry already has is read from the database when a second record comes for it
    # (after flushing, so the entries this import made are there too): keeping it in memory
    # for every entry of a 100,000-row file would cost hundreds of megabytes. A dry run writes
    # nothing, so it remembers what it would have written instead.
    def _fresh_state(self, states: dict[int, _State], entry_id: int) -> _State:
        state = _State()
        if self.dry:
            self._remember(states, entry_id, state)
        return state

    def _org_state(self, org_id: int) -> _State:
        if org_id not in self.org_state:
            self.writer.ensure_written(ORG, org_id)
            self._remember(self.org_state, org_id,
                           _existing_state(self.conn, "org_id", org_id))
        return self.org_state[org_id]

    def _person_state(self, person_id: int) -> _State:
        if person_id not in self.person_state:
            self.writer.ensure_written(PERSON, person_id)
            self._remember(self.person_state, person_id,
                           _existing_state(self.conn, "person_id", person_id))
        return self.person_state[person_id]

    def _remember(self, states: dict[int, _State], entry_id: int, state: _State) -> None:
        """Keep `state`, forgetting the older half once STATES_KEPT are held (a 1 GB file).

        The commit flushes first, so a forgotten entry's state is read back from the database
        in full; a dry run has no such copy, so for an entry that comes back after that many
        others it may count a contact point twice in `created` (never in what is written).
        """
        if len(states) >= STATES_KEPT:
            self.writer.flush()
            for old in list(islice(states, STATES_KEPT // 2)):
                del states[old]
        states[entry_id] = state

    # -- after the last record ----------------------------------------------------------------
    def finish(self) -> None:
        """Resolve parents and relations (they may point forward in the file), then flush."""
        self.writer.flush()
        parents = []
        for org_id, org, record in self.deferred_parents:
            parent = self._find_org(org.parent_uid, org.parent_name)
            if parent is None or parent == org_id:
                self.late_warnings.append((record.position, RecordProblem(
                    record.columns.get("org.parent_uid") or record.columns.get("org.parent", ""),
                    f"parent “{org.parent_name or org.parent_uid}” is not in the directory "
                    "or the file; imported without it")))
                continue
            parents.append((org_id, parent))
        for org_id, org, record in self.deferred_relations:
            self._relations(org_id, org, record)
        for org_id, org, record in self.deferred_members:
            self._members(org_id, org, record)
        self.writer.flush()
        if not self.dry:
            for org_id, parent in parents:
                update_row(self.conn, ORG, org_id, {"parent_id": parent}, self.batch)
        self.touched_orgs.update(p for _o, p in parents)

    def _relations(self, org_id: int, org: OrgIn, record: Record) -> None:
        for rel in org.relations:
            target = self._find_org(rel.target_uid, rel.target_name)
            where = record.columns.get("org.relations", "relations")
            try:
                kind = clean_relation_kind(rel.kind)
            except Exception as exc:  # ValidationError names the field; we name the column
                self.late_warnings.append((record.position, RecordProblem(where, str(exc))))
                continue
            if target is None or target == org_id:
                self.late_warnings.append((record.position, RecordProblem(
                    where, f"related organisation “{rel.target_name or rel.target_uid}” is not "
                           "in the directory or the file; link left out")))
                continue
            if (org_id, target, kind) in self.relations:
                continue
            self.relations.add((org_id, target, kind))
            self.writer.insert(RELATION, {"from_org_id": org_id, "to_org_id": target,
                                          "kind": kind, "note": rel.note})
            self.touched_orgs.update((org_id, target))

    def _members(self, group_id: int, org: OrgIn, record: Record) -> None:
        """A group's members: people are affiliated to it, organisations become member_of."""
        where = record.columns.get("org.members", "MEMBER")
        for ref in org.members:
            person = _find_member(ref, self.in_file_people, self.matcher.people)
            if person is not None:
                self._affiliate(person, group_id, {"role": "", "is_primary": False,
                                                   "start_date": None, "end_date": None})
                continue
            member = _find_member(ref, self.in_file_orgs, self.matcher.orgs)
            if member is None or member == group_id:
                self.late_warnings.append((record.position, RecordProblem(
                    where, f"member “{ref}” is not in the directory or the file; left out")))
                continue
            if (member, group_id, "member_of") not in self.relations:
                self.relations.add((member, group_id, "member_of"))
                self.writer.insert(RELATION, {"from_org_id": member, "to_org_id": group_id,
                                              "kind": "member_of", "note": ""})
                self.touched_orgs.update((member, group_id))

    def _find_org(self, uid: str, name: str) -> int | None:
        for index in (self.in_file_orgs, self.matcher.orgs):
            if uid and uid in index.uid:
                return index.uid[uid]
        for index, key in ((self.in_file_orgs, sort_key(name)),
                           (self.matcher.orgs, search_key(name))):
            if key and key in index.key:
                return index.key[key]
        return None


def _find_member(ref: str, *indexes: _Index) -> int | None:
    """The entry a vCard MEMBER names: by UID (as written, or without "urn:uuid:"), or by
    e-mail for "mailto:"."""
    lower = ref.lower()
    if lower.startswith("mailto:"):
        email = ref[7:].strip().casefold()
        return next((i.email[email] for i in indexes if email in i.email), None)
    uids = [ref, ref[9:]] if lower.startswith("urn:uuid:") else [ref]
    return next((i.uid[u] for u in uids for i in indexes if u in i.uid), None)


_CONTACT_KEY_COLUMNS = ("kind", "street", "city", "postal_code", "value", "e164", "sort_order")


def _existing_state(conn: Connection, owner: str, owner_id: int) -> _State:
    state = _State()
    run = conn.exec_driver_sql
    rows = [dict(zip(_CONTACT_KEY_COLUMNS, r, strict=True)) for r in run(
        f"SELECT {', '.join(_CONTACT_KEY_COLUMNS)} FROM contactpoint WHERE {owner} = ?",
        (owner_id,))]
    state.contacts = {cleaning.contact_key(row) for row in rows}
    state.next_order = max((row["sort_order"] + 1 for row in rows), default=0)
    if owner == "org_id":
        state.names = {tuple(r) for r in run(
            "SELECT name, kind, language FROM othername WHERE org_id = ?", (owner_id,))}
        state.tags = {r[0] for r in run("SELECT tag_id FROM orgtag WHERE org_id = ?",
                                        (owner_id,))}
        state.regions = {r[0] for r in run("SELECT region_id FROM orgregion WHERE org_id = ?",
                                           (owner_id,))}
        state.publications = {r[0] for r in run(
            "SELECT title FROM publication WHERE org_id = ?", (owner_id,))}
    return state
