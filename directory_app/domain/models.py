"""The directory's tables (SQLModel).

Enumerated fields are stored as their string values (see `enums.py`) rather than SQL enums, so
that adding a value never needs a table rebuild on SQLite. Every table with user data carries
`created_at`/`updated_at`; organisations and people also carry a stable `uid` used by vCard
exchange to update instead of duplicating.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from directory_app.domain.enums import Consent, ContactKind, OrgKind, OrgStatus, Privacy


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uid() -> str:
    return str(uuid.uuid4())


class Region(SQLModel, table=True):
    """A node of the region tree, e.g. NIS > Russia > West of the Urals > Moscow."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    parent_id: int | None = Field(default=None, foreign_key="region.id", index=True,
                                  ondelete="CASCADE")
    sort_order: int = 0


class Tag(SQLModel, table=True):
    """A focus area such as "prisoners of conscience" or "death penalty"."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Organisation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True)
    name: str = Field(index=True)
    # Lower-cased, ё-folded copy of the name: the sort key of every list, indexed so that the
    # first page of 100,000 names comes back in a millisecond.
    sort_name: str = Field(default="", index=True)
    kind: str = Field(default=OrgKind.NGO.value, index=True)
    parent_id: int | None = Field(default=None, foreign_key="organisation.id", index=True,
                                  ondelete="SET NULL")
    founded_year: int | None = None
    status: str = Field(default=OrgStatus.ACTIVE.value)
    size: str = ""
    meeting_rhythm: str = ""
    languages: str = ""
    description: str = ""
    mission: str = ""
    history: str = ""
    activities: str = ""
    notes: str = ""
    source: str = ""
    source_date: date | None = None
    last_verified: date | None = Field(default=None, index=True)
    # Properties from imported files that the model has no place for (JSON), written back on export.
    extra: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class OtherName(SQLModel, table=True):
    """Translations, abbreviations ("AI", "HRW") and native-script names of an organisation."""

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    name: str
    kind: str = "translation"
    language: str = ""


class OrgRegion(SQLModel, table=True):
    org_id: int = Field(foreign_key="organisation.id", primary_key=True, ondelete="CASCADE")
    region_id: int = Field(foreign_key="region.id", primary_key=True, index=True,
                           ondelete="CASCADE")


class OrgTag(SQLModel, table=True):
    org_id: int = Field(foreign_key="organisation.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, index=True, ondelete="CASCADE")


class Publication(SQLModel, table=True):
    # By owner and then order, so that an owner's publications come out in order (csv_lines).
    __table_args__ = (Index("ix_publication_org_order", "org_id", "sort_order"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="organisation.id", ondelete="CASCADE")
    title: str
    frequency: str = ""
    language: str = ""
    description: str = ""
    sort_order: int = 0


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True)
    given_name: str = ""
    family_name: str = ""
    patronymic: str = ""
    display_name: str = Field(index=True)
    sort_name: str = Field(default="", index=True)
    notes: str = ""
    consent: str = Field(default=Consent.UNKNOWN.value)
    consent_date: date | None = None
    privacy: str = Field(default=Privacy.INTERNAL.value)
    extra: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class Affiliation(SQLModel, table=True):
    """A person's role in an organisation."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    org_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    role: str = ""
    start_date: date | None = None
    end_date: date | None = None
    is_primary: bool = False


class ContactPoint(SQLModel, table=True):
    """A way to reach an organisation or a person: address, phone, fax, e-mail, web, messenger.

    Exactly one of `org_id` and `person_id` is set. Phones keep `value` as written and add
    `e164` when it can be normalised.
    """

    # By owner and then order, so that an owner's contact points come out in order (csv_lines).
    __table_args__ = (Index("ix_contactpoint_org_order", "org_id", "sort_order"),
                      Index("ix_contactpoint_person_order", "person_id", "sort_order"))

    id: int | None = Field(default=None, primary_key=True)
    org_id: int | None = Field(default=None, foreign_key="organisation.id", ondelete="CASCADE")
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="CASCADE")
    kind: str = ContactKind.PHONE.value
    label: str = ""
    value: str = ""
    e164: str = Field(default="", index=True)
    service: str = ""
    street: str = ""
    po_box: str = ""
    postal_code: str = ""
    city: str = Field(default="", index=True)
    region: str = ""
    country: str = ""
    sort_order: int = 0
    privacy: str = Field(default=Privacy.PUBLIC.value)


class Relation(SQLModel, table=True):
    """A directed, typed link: `from_org` is <kind> `to_org` (e.g. A partner B, A member_of N)."""

    id: int | None = Field(default=None, primary_key=True)
    from_org_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    to_org_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    kind: str = "partner"
    note: str = ""


class ChangeLog(SQLModel, table=True):
    """One changed field (or a created/deleted row, with a JSON snapshot) of one entity."""

    id: int | None = Field(default=None, primary_key=True)
    batch: str = Field(default="", index=True)
    entity: str = Field(index=True)
    entity_id: int = Field(index=True)
    op: str = "update"
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    at: datetime = Field(default_factory=utcnow, index=True)


class ImportBatch(SQLModel, table=True):
    """One import run, recorded so that it can be reported and rolled back as a whole."""

    id: int | None = Field(default=None, primary_key=True)
    batch: str = Field(index=True)
    source: str = ""
    format: str = ""
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    summary: str = ""
    undone_at: datetime | None = None


class ExportAudit(SQLModel, table=True):
    """One line per export or print: what left the machine, when, under which profile."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    format: str = ""
    target: str = ""
    profile: str = ""
    scope: str = ""
    count: int = 0
