"""Closed vocabularies of the directory, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    NGO = "ngo"
    LOCAL_GROUP = "local_group"
    BRANCH_OFFICE = "branch_office"
    INFORMATION_OFFICE = "information_office"
    RESOURCE_CENTRE = "resource_centre"
    NETWORK = "network"
    PUBLIC_BODY = "public_body"
    INTERNATIONAL = "international"


class OrgStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"
    UNVERIFIED = "unverified"
    PROPOSED = "proposed"


class Privacy(StrEnum):
    """How far an item may travel. Ordered: public < internal < confidential."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        return _PRIVACY_RANK[self]

    def allows(self, other: Privacy | str) -> bool:
        """True when an item of level `other` may be released under this ceiling."""
        return Privacy(other).rank <= self.rank


_PRIVACY_RANK = {Privacy.PUBLIC: 0, Privacy.INTERNAL: 1, Privacy.CONFIDENTIAL: 2}


class Consent(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    UNKNOWN = "unknown"


class ContactKind(StrEnum):
    ADDRESS = "address"
    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"
    WEBSITE = "website"
    MESSENGER = "messenger"
    HOTLINE = "hotline"

    @property
    def is_phone_like(self) -> bool:
        return self in (ContactKind.PHONE, ContactKind.FAX, ContactKind.HOTLINE)


class RelationKind(StrEnum):
    PARTNER = "partner"
    MEMBER_OF = "member_of"
    FOUNDING_MEMBER = "founding_member"
    BRANCH_OF = "branch_of"
    FUNDED_BY = "funded_by"
    ACCREDITED_BY = "accredited_by"


class NameKind(StrEnum):
    TRANSLATION = "translation"
    ABBREVIATION = "abbreviation"
    NATIVE = "native"
    FORMER = "former"


# Human-readable English labels; the GUI translates them through Qt.
KIND_LABELS = {
    OrgKind.NGO: "NGO",
    OrgKind.LOCAL_GROUP: "Local group",
    OrgKind.BRANCH_OFFICE: "Branch office",
    OrgKind.INFORMATION_OFFICE: "Information office",
    OrgKind.RESOURCE_CENTRE: "Resource centre",
    OrgKind.NETWORK: "Network or coalition",
    OrgKind.PUBLIC_BODY: "Public body",
    OrgKind.INTERNATIONAL: "International organisation",
}

RELATION_LABELS = {
    RelationKind.PARTNER: "Partner",
    RelationKind.MEMBER_OF: "Member of network",
    RelationKind.FOUNDING_MEMBER: "Founding member of",
    RelationKind.BRANCH_OF: "Branch of",
    RelationKind.FUNDED_BY: "Funded by",
    RelationKind.ACCREDITED_BY: "Accredited by",
}
