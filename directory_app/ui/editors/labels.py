"""Translated names of the vocabularies the editors offer in their drop-down lists.

Written out in full so that `lupdate` finds every string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorLabels", text)


def org_kinds() -> dict[str, str]:
    return {
        "ngo": _tr("NGO"),
        "local_group": _tr("Local group"),
        "branch_office": _tr("Branch office"),
        "information_office": _tr("Information office"),
        "resource_centre": _tr("Resource centre"),
        "network": _tr("Network or coalition"),
        "public_body": _tr("Public body"),
        "international": _tr("International organisation"),
    }


def statuses() -> dict[str, str]:
    return {
        "active": _tr("Active"),
        "dormant": _tr("Dormant"),
        "closed": _tr("Closed"),
        "unverified": _tr("Unverified"),
        "proposed": _tr("Proposed"),
    }


def privacy_levels() -> dict[str, str]:
    return {
        "public": _tr("Public"),
        "internal": _tr("Internal"),
        "confidential": _tr("Confidential"),
    }


def contact_kinds() -> dict[str, str]:
    return {
        "address": _tr("Address"),
        "phone": _tr("Phone"),
        "fax": _tr("Fax"),
        "hotline": _tr("Hotline"),
        "email": _tr("E-mail"),
        "website": _tr("Web address"),
        "messenger": _tr("Messenger"),
    }


def relation_kinds() -> dict[str, str]:
    return {
        "partner": _tr("Partner"),
        "member_of": _tr("Member of network"),
        "founding_member": _tr("Founding member of"),
        "branch_of": _tr("Branch of"),
        "funded_by": _tr("Funded by"),
        "accredited_by": _tr("Accredited by"),
    }


def consents() -> dict[str, str]:
    return {
        "unknown": _tr("Not asked"),
        "given": _tr("Given"),
        "refused": _tr("Refused"),
    }


def name_kinds() -> dict[str, str]:
    return {
        "translation": _tr("Translation"),
        "abbreviation": _tr("Abbreviation"),
        "native": _tr("Native script"),
        "former": _tr("Former name"),
    }


def field_names() -> dict[str, str]:
    """Names of the columns that History and Merge show."""
    return {
        "name": _tr("Name"), "kind": _tr("Kind"), "status": _tr("Status"),
        "founded_year": _tr("Founded in"), "size": _tr("Size"), "meeting_rhythm": _tr("Meetings"),
        "languages": _tr("Languages"), "description": _tr("Description"),
        "mission": _tr("Mission"), "history": _tr("History"), "activities": _tr("Activities"),
        "notes": _tr("Notes"), "source": _tr("Source"), "source_date": _tr("Date of the source"),
        "last_verified": _tr("Last verified"), "display_name": _tr("Display name"),
        "given_name": _tr("Given name"), "patronymic": _tr("Patronymic"),
        "family_name": _tr("Family name"), "consent": _tr("Consent"),
        "consent_date": _tr("Date of consent"), "privacy": _tr("Privacy"),
        "value": _tr("Value"), "label": _tr("Label"), "service": _tr("Service"),
        "street": _tr("Street"), "po_box": _tr("PO box"), "postal_code": _tr("Postal code"),
        "city": _tr("City"), "region": _tr("Region"), "country": _tr("Country"),
        "role": _tr("Role"), "parent_id": _tr("Parent organisation"),
        "org_id": _tr("Organisation"), "person_id": _tr("Person"),
        "sort_order": _tr("Order"), "sort_name": _tr("Sort key"), "e164": _tr("Phone (E.164)"),
        "from_org_id": _tr("From"), "to_org_id": _tr("To"), "note": _tr("Note"),
        "title": _tr("Title"), "frequency": _tr("Frequency"), "language": _tr("Language"),
        "is_primary": _tr("Primary"), "start_date": _tr("Start"), "end_date": _tr("End"),
    }


def entity_names() -> dict[str, str]:
    return {
        "organisation": _tr("Organisation"), "person": _tr("Person"),
        "contactpoint": _tr("Contact point"), "othername": _tr("Other name"),
        "publication": _tr("Publication"), "affiliation": _tr("Role"),
        "relation": _tr("Relation"), "orgregion": _tr("Region"), "orgtag": _tr("Focus area"),
        "region": _tr("Region"),
    }


def operations() -> dict[str, str]:
    return {"create": _tr("added"), "delete": _tr("deleted"), "update": _tr("changed"),
            "link": _tr("linked"), "unlink": _tr("unlinked")}


def private_marker(privacy: str) -> str:
    """The marker shown beside items that are not public ("" for public ones)."""
    if privacy == "internal":
        return _tr("🔒 internal")
    if privacy == "confidential":
        return _tr("🔒 confidential")
    return ""
