"""Plain-text renderings of entries in the handbook's house style.

Used by the command line (`show`), the clipboard ("copy as handbook text") and the print drafts.
"""

from __future__ import annotations

from typing import Any

_CONTACT_PREFIX = {"phone": "Tel", "fax": "Fax", "email": "E-mail", "website": "Web",
                   "hotline": "Hotline"}


def address_lines(contact: dict[str, Any]) -> list[str]:
    """An address block in the Russian postal order used by the handbook (code and city first)."""
    lines = []
    first = " ".join(p for p in (contact.get("postal_code"), contact.get("city")) if p)
    if first:
        lines.append(first)
    for key in ("street", "po_box", "region"):
        if contact.get(key):
            lines.append(contact[key])
    if contact.get("country") and contact["country"] not in ("Russia", "Россия"):
        lines.append(contact["country"])
    if contact.get("value") and not lines:
        lines.append(contact["value"])
    return lines


def contact_line(contact: dict[str, Any]) -> str:
    kind = contact["kind"]
    if kind == "messenger":
        return f"{contact.get('service') or 'Messenger'}: {contact['value']}"
    return f"{_CONTACT_PREFIX.get(kind, kind.title())}: {contact['value']}"


def contact_block(contacts: list[dict[str, Any]]) -> list[str]:
    lines = []
    for contact in contacts:
        if contact["kind"] == "address":
            lines.extend(address_lines(contact))
    for contact in contacts:
        if contact["kind"] != "address":
            lines.append(contact_line(contact))
    return lines


def people_lines(people: list[dict[str, Any]]) -> list[str]:
    return [f"{p['role'] or 'Contact'}: {p['display_name']}" for p in people]


def handbook_text(org: dict[str, Any]) -> str:
    """One entry as the handbook prints it: name, addresses, contacts, offices, description."""
    out = [org["name"]]
    others = [n["name"] for n in org.get("other_names", [])]
    if others:
        out.append("(" + "; ".join(others) + ")")
    out.append("")
    out.extend(contact_block(org.get("contacts", [])))
    if org.get("people"):
        out.append("")
        out.extend(people_lines(org["people"]))
    for office in org.get("offices", []):
        out.append("")
        out.append(office["name"])
        out.extend(contact_block(office.get("contacts", [])))
        out.extend(people_lines(office.get("people", [])))
    for key in ("description", "mission", "history", "activities"):
        if org.get(key):
            out.extend(["", org[key]])
    facts = [f"{label}: {org[key]}" for key, label in
             (("founded_year", "Founded"), ("size", "Size"), ("meeting_rhythm", "Meetings"),
              ("languages", "Languages")) if org.get(key)]
    if facts:
        out.extend(["", *facts])
    if org.get("publications"):
        out.extend(["", "Publications:"])
        for pub in org["publications"]:
            head = pub["title"] + (f" ({pub['frequency']})" if pub.get("frequency") else "")
            out.append(head)
            if pub.get("description"):
                out.append(pub["description"])
    if org.get("relations"):
        out.extend(["", "Links:"])
        out.extend(_relation_phrase(r) for r in org["relations"])
    if org.get("source"):
        out.extend(["", f"Source: {org['source']}"])
    if org.get("last_verified"):
        out.append(f"Last verified: {org['last_verified']}")
    if org.get("regions"):
        out.append("Listed under: " + "; ".join(" > ".join(r["path"]) for r in org["regions"]))
    return "\n".join(out).strip() + "\n"


def _relation_phrase(rel: dict[str, Any]) -> str:
    if rel["direction"] == "outgoing":
        return f"{rel['label']}: {rel['other_name']}"
    return f"{rel['other_name']} ({rel['label'].lower()} this organisation)"
