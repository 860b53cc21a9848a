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


def private_marker(privacy: str) -> str:
    """The marker shown beside items that are not public ("" for public ones)."""
    if privacy == "internal":
        return _tr("🔒 internal")
    if privacy == "confidential":
        return _tr("🔒 confidential")
    return ""
