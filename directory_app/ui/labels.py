"""Translated names of the core's closed vocabularies (kinds, relations, contacts, privacy).

The core keeps English labels for the CLI; the window shows these, through Qt's translator.
Each string is written out in full so that `lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_labels() -> dict[str, str]:
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


def relation_labels() -> dict[str, tuple[str, str]]:
    """(outgoing, incoming) phrasing of each relation kind."""
    return {
        "partner": (_tr("Partner of"), _tr("Partner")),
        "member_of": (_tr("Member of network"), _tr("Network member")),
        "founding_member": (_tr("Founding member of"), _tr("Founded by")),
        "branch_of": (_tr("Branch of"), _tr("Branch")),
        "funded_by": (_tr("Funded by"), _tr("Funds")),
        "accredited_by": (_tr("Accredited by"), _tr("Accredits")),
    }


def contact_labels() -> dict[str, str]:
    return {
        "address": _tr("Address"),
        "phone": _tr("Tel"),
        "fax": _tr("Fax"),
        "email": _tr("E-mail"),
        "website": _tr("Web"),
        "messenger": _tr("Messenger"),
        "hotline": _tr("Hotline"),
    }


def status_labels() -> dict[str, str]:
    return {
        "active": _tr("active"),
        "dormant": _tr("dormant"),
        "closed": _tr("closed"),
        "unverified": _tr("unverified"),
        "proposed": _tr("proposed"),
    }


def privacy_labels() -> dict[str, str]:
    return {
        "public": _tr("public"),
        "internal": _tr("internal"),
        "confidential": _tr("confidential"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)
