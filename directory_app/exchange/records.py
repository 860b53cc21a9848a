"""Plain records that every import format produces and the import pipeline consumes.

A reader (CSV, vCard, ...) turns each row or card into one `Record`: an organisation and/or
people with their contact points, the position in the source for messages, and the problems
found while reading (a bad cell is an error of that record, not an exception).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ContactIn:
    kind: str                      # ContactKind value: address, phone, fax, email, website, ...
    value: str = ""
    label: str = ""
    service: str = ""              # messenger service (Skype, Telegram, ...)
    street: str = ""
    po_box: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    privacy: str | None = None     # None: the directory's default for the owner
    pref: bool = False
    column: str = ""               # where it came from (column or property), for messages


@dataclass
class PersonIn:
    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    patronymic: str = ""
    role: str = ""                 # role in the record's organisation (TITLE, Должность, ...)
    notes: str = ""
    uid: str = ""
    contacts: list[ContactIn] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)   # kept and written back on export
    fields: dict[str, Any] = field(default_factory=dict)  # privacy, consent, consent_date
    affiliation: dict[str, Any] = field(default_factory=dict)  # is_primary, start/end_date


@dataclass
class RelationIn:
    """A link from the record's organisation to another, found by UID or else by name."""

    kind: str = "partner"
    target_name: str = ""
    target_uid: str = ""
    note: str = ""


@dataclass
class OrgIn:
    name: str = ""
    kind: str | None = None
    # Plain names, or dicts with name, kind (NameKind) and language.
    other_names: list[str | dict[str, str]] = field(default_factory=list)
    description: str = ""
    notes: str = ""
    uid: str = ""
    units: list[str] = field(default_factory=list)        # ORG units / departments
    contacts: list[ContactIn] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    regions: list[list[str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)  # any other Organisation column
    parent_uid: str = ""
    parent_name: str = ""
    relations: list[RelationIn] = field(default_factory=list)
    publications: list[dict[str, str]] = field(default_factory=list)
    # A group's members (vCard MEMBER): "urn:uuid:…", "mailto:…" or a bare UID; they become
    # affiliations (people) or member_of relations (organisations) once the file is read.
    members: list[str] = field(default_factory=list)
    # True when the record only names the organisation (a person card's ORG): it is matched
    # or created, never updated, and a match is no duplicate of the record.
    reference: bool = False


@dataclass
class RecordProblem:
    column: str                    # the column, property or field concerned
    reason: str


@dataclass
class Record:
    """One row or card, ready for matching: what it holds and where it came from."""

    source: str                    # file name
    position: int                  # row number (1 = first data row) or card number
    org: OrgIn | None = None
    people: list[PersonIn] = field(default_factory=list)
    errors: list[RecordProblem] = field(default_factory=list)
    warnings: list[RecordProblem] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)   # original cells, for the rejects file
    # target ("org.kind") → the source column, for messages
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.source}, record {self.position}"
