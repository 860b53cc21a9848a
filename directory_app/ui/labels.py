"""Translated names of the core's closed vocabularies (kinds, relations, contacts, privacy).

The core keeps English labels for the CLI; the window shows these, through Qt's translator: the
lower-case forms read inside sentences (details, tables), the capitalised ones are what the
editors' drop-down lists, History and Merge offer. Each string is written out in full so that
`lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


class Labels(QObject):
    """The counted labels. A QObject of their context, because `pyside6-lupdate` gives a string
    plural forms only in a `self.tr(text, "", n)` call."""

    def selected(self, count: int) -> str:
        return self.tr("%n selected", "", count)


def kind_labels() -> dict[str, str]:
    return {
        "ngo": translate("Labels", "NGO"),
        "local_group": translate("Labels", "Local group"),
        "branch_office": translate("Labels", "Branch office"),
        "information_office": translate("Labels", "Information office"),
        "resource_centre": translate("Labels", "Resource centre"),
        "network": translate("Labels", "Network or coalition"),
        "public_body": translate("Labels", "Public body"),
        "international": translate("Labels", "International organisation"),
    }


def relation_labels() -> dict[str, tuple[str, str]]:
    """(outgoing, incoming) phrasing of each relation kind."""
    return {
        "partner": (translate("Labels", "Partner of"), translate("Labels", "Partner")),
        "member_of": (translate("Labels", "Member of network"),
                      translate("Labels", "Network member")),
        "founding_member": (translate("Labels", "Founding member of"),
                            translate("Labels", "Founded by")),
        "branch_of": (translate("Labels", "Branch of"), translate("Labels", "Branch")),
        "funded_by": (translate("Labels", "Funded by"), translate("Labels", "Funds")),
        "accredited_by": (translate("Labels", "Accredited by"), translate("Labels", "Accredits")),
    }


def contact_labels() -> dict[str, str]:
    return {
        "address": translate("Labels", "Address"),
        "phone": translate("Labels", "Tel"),
        "fax": translate("Labels", "Fax"),
        "email": translate("Labels", "E-mail"),
        "website": translate("Labels", "Web"),
        "messenger": translate("Labels", "Messenger"),
        "hotline": translate("Labels", "Hotline"),
    }


def status_labels() -> dict[str, str]:
    return {
        "active": translate("Labels", "active"),
        "dormant": translate("Labels", "dormant"),
        "closed": translate("Labels", "closed"),
        "unverified": translate("Labels", "unverified"),
        "proposed": translate("Labels", "proposed"),
    }


def privacy_labels() -> dict[str, str]:
    return {
        "public": translate("Labels", "public"),
        "internal": translate("Labels", "internal"),
        "confidential": translate("Labels", "confidential"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


def scope_text(scope) -> str:
    """What an export or print covers (`exchange.scope.Scope`), as `Scope.describe` says it."""
    parts = []
    if scope.region:
        parts.append(translate("Labels", "region %1").replace("%1", scope.region))
    if scope.kind:
        parts.append(translate("Labels", "kind %1").replace(
            "%1", kind_labels().get(scope.kind, scope.kind)))
    if scope.tag:
        parts.append(translate("Labels", "focus area %1").replace("%1", scope.tag))
    if scope.query:
        parts.append(translate("Labels", "search “%1”").replace("%1", scope.query))
    if scope.ids is not None:
        parts.append(Labels().selected(len(scope.ids)))
    return ", ".join(parts) or translate("Labels", "the whole directory")


# -- the editors' lists, History and Merge ------------------------------------------------

def org_kinds() -> dict[str, str]:
    return kind_labels()


def statuses() -> dict[str, str]:
    return {
        "active": translate("EditorLabels", "Active"),
        "dormant": translate("EditorLabels", "Dormant"),
        "closed": translate("EditorLabels", "Closed"),
        "unverified": translate("EditorLabels", "Unverified"),
        "proposed": translate("EditorLabels", "Proposed"),
    }


def privacy_levels() -> dict[str, str]:
    return {
        "public": translate("EditorLabels", "Public"),
        "internal": translate("EditorLabels", "Internal"),
        "confidential": translate("EditorLabels", "Confidential"),
    }


def contact_kinds() -> dict[str, str]:
    return {
        "address": translate("EditorLabels", "Address"),
        "phone": translate("EditorLabels", "Phone"),
        "fax": translate("EditorLabels", "Fax"),
        "hotline": translate("EditorLabels", "Hotline"),
        "email": translate("EditorLabels", "E-mail"),
        "website": translate("EditorLabels", "Web address"),
        "messenger": translate("EditorLabels", "Messenger"),
    }


def relation_kinds() -> dict[str, str]:
    return {
        "partner": translate("EditorLabels", "Partner"),
        "member_of": translate("EditorLabels", "Member of network"),
        "founding_member": translate("EditorLabels", "Founding member of"),
        "branch_of": translate("EditorLabels", "Branch of"),
        "funded_by": translate("EditorLabels", "Funded by"),
        "accredited_by": translate("EditorLabels", "Accredited by"),
    }


def consents() -> dict[str, str]:
    return {
        "unknown": translate("EditorLabels", "Not asked"),
        "given": translate("EditorLabels", "Given"),
        "refused": translate("EditorLabels", "Refused"),
    }


def name_kinds() -> dict[str, str]:
    return {
        "translation": translate("EditorLabels", "Translation"),
        "abbreviation": translate("EditorLabels", "Abbreviation"),
        "native": translate("EditorLabels", "Native script"),
        "former": translate("EditorLabels", "Former name"),
    }


def field_names() -> dict[str, str]:
    """Names of the columns that History and Merge show."""
    return {
        "name": translate("EditorLabels", "Name"),
        "kind": translate("EditorLabels", "Kind"),
        "status": translate("EditorLabels", "Status"),
        "founded_year": translate("EditorLabels", "Founded in"),
        "size": translate("EditorLabels", "Size"),
        "meeting_rhythm": translate("EditorLabels", "Meetings"),
        "languages": translate("EditorLabels", "Languages"),
        "description": translate("EditorLabels", "Description"),
        "mission": translate("EditorLabels", "Mission"),
        "history": translate("EditorLabels", "History"),
        "activities": translate("EditorLabels", "Activities"),
        "notes": translate("EditorLabels", "Notes"),
        "source": translate("EditorLabels", "Source"),
        "source_date": translate("EditorLabels", "Date of the source"),
        "last_verified": translate("EditorLabels", "Last verified"),
        "display_name": translate("EditorLabels", "Display name"),
        "given_name": translate("EditorLabels", "Given name"),
        "patronymic": translate("EditorLabels", "Patronymic"),
        "family_name": translate("EditorLabels", "Family name"),
        "consent": translate("EditorLabels", "Consent"),
        "consent_date": translate("EditorLabels", "Date of consent"),
        "privacy": translate("EditorLabels", "Privacy"),
        "value": translate("EditorLabels", "Value"),
        "label": translate("EditorLabels", "Label"),
        "service": translate("EditorLabels", "Service"),
        "street": translate("EditorLabels", "Street"),
        "po_box": translate("EditorLabels", "PO box"),
        "postal_code": translate("EditorLabels", "Postal code"),
        "city": translate("EditorLabels", "City"),
        "region": translate("EditorLabels", "Region"),
        "country": translate("EditorLabels", "Country"),
        "role": translate("EditorLabels", "Role"),
        "parent_id": translate("EditorLabels", "Parent organisation"),
        "org_id": translate("EditorLabels", "Organisation"),
        "person_id": translate("EditorLabels", "Person"),
        "sort_order": translate("EditorLabels", "Order"),
        "sort_name": translate("EditorLabels", "Sort key"),
        "e164": translate("EditorLabels", "Phone (E.164)"),
        "from_org_id": translate("EditorLabels", "From"),
        "to_org_id": translate("EditorLabels", "To"),
        "note": translate("EditorLabels", "Note"),
        "title": translate("EditorLabels", "Title"),
        "frequency": translate("EditorLabels", "Frequency"),
        "language": translate("EditorLabels", "Language"),
        "is_primary": translate("EditorLabels", "Primary"),
        "start_date": translate("EditorLabels", "Start"),
        "end_date": translate("EditorLabels", "End"),
    }


def entity_names() -> dict[str, str]:
    return {
        "organisation": translate("EditorLabels", "Organisation"),
        "person": translate("EditorLabels", "Person"),
        "contactpoint": translate("EditorLabels", "Contact point"),
        "othername": translate("EditorLabels", "Other name"),
        "publication": translate("EditorLabels", "Publication"),
        "affiliation": translate("EditorLabels", "Role"),
        "relation": translate("EditorLabels", "Relation"),
        "orgregion": translate("EditorLabels", "Region"),
        "orgtag": translate("EditorLabels", "Focus area"),
        "region": translate("EditorLabels", "Region"),
    }


def operations() -> dict[str, str]:
    return {
        "create": translate("EditorLabels", "added"),
        "delete": translate("EditorLabels", "deleted"),
        "update": translate("EditorLabels", "changed"),
        "link": translate("EditorLabels", "linked"),
        "unlink": translate("EditorLabels", "unlinked"),
    }


def private_marker(privacy: str) -> str:
    """The marker shown beside items that are not public ("" for public ones)."""
    if privacy == "internal":
        return translate("EditorLabels", "⚑ internal")
    if privacy == "confidential":
        return translate("EditorLabels", "⚑ confidential")
    return ""


def import_target(target: str) -> str:
    """A column's destination on the import wizard's mapping page ("person.email" reads
    "Person: E-mail", "org.address.city" reads "Organisation address: City")."""
    parts = target.split(".")
    owners = {("org", 2): translate("EditorLabels", "Organisation"),
              ("person", 2): translate("EditorLabels", "Person"),
              ("org", 3): translate("EditorLabels", "Organisation address"),
              ("person", 3): translate("EditorLabels", "Person's address")}
    names = {**field_names(), **contact_kinds(),
             "uid": translate("EditorLabels", "UID"),
             "parent_uid": translate("EditorLabels", "Parent organisation's UID"),
             "parent": translate("EditorLabels", "Parent organisation"),
             "extra": translate("EditorLabels", "Extra properties"),
             "other_names": translate("EditorLabels", "Other names"),
             "regions": translate("EditorLabels", "Regions"),
             "tags": translate("EditorLabels", "Focus areas"),
             "addresses": translate("EditorLabels", "Addresses"),
             "publications": translate("EditorLabels", "Publications"),
             "relations": translate("EditorLabels", "Partners and networks"),
             "department": translate("EditorLabels", "Department")}
    owner = owners.get((parts[0], len(parts)))
    if owner is None:
        return target
    return f"{owner}: {names.get(parts[-1], parts[-1])}"
