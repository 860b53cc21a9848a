"""Translated names of the core's closed vocabularies (kinds, relations, contacts, privacy).

The core keeps English labels for the CLI; the window shows these, through Qt's translator.
Each string is written out in full so that `lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate



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
        parts.append(translate("Labels", "%1 selected").replace("%1", str(len(scope.ids))))
    return ", ".join(parts) or translate("Labels", "the whole directory")
