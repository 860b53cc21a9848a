"""The app's own CSV format: its columns and how several values share one cell.

One row is one organisation with (optionally) one of its people: an organisation with three
people takes three rows that repeat its columns; the import recognises the repeats by the
organisation's UID. Cells that hold several values put one per line; a line with several parts
separates them with " | " (for example a phone "+7 495 225-31-18 | office | internal").

Column targets are written `owner.field`, where owner is `org` or `person`; contact kinds
(`phone`, `fax`, `hotline`, `email`, `website`, `messenger`) and address parts
(`address.street`, `address.city`, ...) are fields too.
"""

from __future__ import annotations

SEP = " | "
# A cell starting with one of these would be run as a formula by a spreadsheet.
FORMULA_STARTS = frozenset("=+-@\t\r")

ORG_COLUMNS: list[tuple[str, str]] = [
    ("Organisation UID", "org.uid"),
    ("Organisation", "org.name"),
    ("Other names", "org.other_names"),
    ("Kind", "org.kind"),
    ("Status", "org.status"),
    ("Parent UID", "org.parent_uid"),
    ("Parent", "org.parent"),
    ("Founded", "org.founded_year"),
    ("Size", "org.size"),
    ("Meeting rhythm", "org.meeting_rhythm"),
    ("Languages", "org.languages"),
    ("Description", "org.description"),
    ("Mission", "org.mission"),
    ("History", "org.history"),
    ("Activities", "org.activities"),
    ("Notes", "org.notes"),
    ("Source", "org.source"),
    ("Source date", "org.source_date"),
    ("Last verified", "org.last_verified"),
    ("Regions", "org.regions"),
    ("Focus areas", "org.tags"),
    ("Street", "org.address.street"),
    ("PO box", "org.address.po_box"),
    ("Postal code", "org.address.postal_code"),
    ("City", "org.address.city"),
    ("Address region", "org.address.region"),
    ("Country", "org.address.country"),
    ("Address label", "org.address.label"),
    ("Address privacy", "org.address.privacy"),
    ("Address text", "org.address.value"),
    ("More addresses", "org.addresses"),
    ("Phone", "org.phone"),
    ("Fax", "org.fax"),
    ("Hotline", "org.hotline"),
    ("E-mail", "org.email"),
    ("Website", "org.website"),
    ("Messenger", "org.messenger"),
    ("Publications", "org.publications"),
    ("Relations", "org.relations"),
    ("Organisation extra", "org.extra"),
]

PERSON_COLUMNS: list[tuple[str, str]] = [
    ("Person UID", "person.uid"),
    ("Person", "person.display_name"),
    ("Given name", "person.given_name"),
    ("Patronymic", "person.patronymic"),
    ("Family name", "person.family_name"),
    ("Role", "person.role"),
    ("Primary", "person.is_primary"),
    ("Role from", "person.start_date"),
    ("Role until", "person.end_date"),
    ("Person privacy", "person.privacy"),
    ("Consent", "person.consent"),
    ("Consent date", "person.consent_date"),
    ("Person notes", "person.notes"),
    ("Person phone", "person.phone"),
    ("Person fax", "person.fax"),
    ("Person hotline", "person.hotline"),
    ("Person e-mail", "person.email"),
    ("Person website", "person.website"),
    ("Person messenger", "person.messenger"),
    ("Person addresses", "person.addresses"),
    ("Person extra", "person.extra"),
]

OWN_COLUMNS = ORG_COLUMNS + PERSON_COLUMNS
OWN_TARGETS = dict(OWN_COLUMNS)

CONTACT_KINDS = ("phone", "fax", "hotline", "email", "website", "messenger")
ADDRESS_PARTS = ("street", "po_box", "postal_code", "city", "region", "country", "label",
                 "privacy", "value")
# The parts of an address written on one line of "More addresses" / "Person addresses".
ADDRESS_LINE = ("street", "po_box", "postal_code", "city", "region", "country", "label",
                "privacy", "value")
CONTACT_LINE = ("value", "label", "privacy", "service")

ORG_FIELDS = ("uid", "name", "kind", "status", "parent_uid", "parent", "founded_year", "size",
              "meeting_rhythm", "languages", "description", "mission", "history", "activities",
              "notes", "source", "source_date", "last_verified", "extra")
ORG_LISTS = ("other_names", "regions", "tags", "addresses", "publications", "relations")
PERSON_FIELDS = ("uid", "display_name", "given_name", "patronymic", "family_name", "role",
                 "department", "is_primary", "start_date", "end_date", "privacy", "consent",
                 "consent_date", "notes", "extra")
PERSON_LISTS = ("addresses",)


def all_targets() -> list[str]:
    """Every target a column can be mapped to, for the mapping page of the wizard."""
    out = [f"org.{f}" for f in ORG_FIELDS + ORG_LISTS + CONTACT_KINDS]
    out += [f"org.address.{p}" for p in ADDRESS_PARTS]
    out += [f"person.{f}" for f in PERSON_FIELDS + PERSON_LISTS + CONTACT_KINDS]
    out += [f"person.address.{p}" for p in ADDRESS_PARTS]
    return out


def join_parts(parts: list[str]) -> str:
    """One line of several parts, trailing empty parts dropped."""
    while parts and not parts[-1]:
        parts = parts[:-1]
    return SEP.join(p.replace("\n", " ") for p in parts)


def split_parts(line: str, names: tuple[str, ...]) -> dict[str, str]:
    """The parts of one line by name; missing parts are empty."""
    values = [p.strip() for p in line.split(SEP.strip())] if SEP.strip() in line else [line]
    values = [v.strip() for v in values]
    return {name: (values[i] if i < len(values) else "") for i, name in enumerate(names)}


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate (the import takes the ' off)."""
    return "'" + cell if cell[:1] in FORMULA_STARTS else cell


def truthy(value: str) -> bool:
    return value.strip().casefold() in {"yes", "y", "true", "1", "x", "да", "primary"}
