"""An entry as HTML in the handbook's house style, for the details pane.

Follows `services.formatting.handbook_text` (name, addresses, contacts, people, offices,
description, facts, publications, links, source), adds links to related entries
(`org:<id>`, `person:<id>`) and marks items that are not public.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from directory_app.services.formatting import address_lines
from directory_app.ui.labels import (
    contact_labels,
    kind_label,
    privacy_labels,
    relation_labels,
    status_labels,
)

translate = QCoreApplication.translate

_BADGE_COLOURS = {"internal": ("#8a5a00", "#fff3cd"), "confidential": ("#ffffff", "#b00020")}

STYLE = """
<style>
h2 { margin-bottom: 2px; }
h3 { margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
.muted { color: #666666; }
.office { margin-left: 12px; }
</style>
"""



def _words() -> dict[str, str]:
    """The pane's fixed words, translated (written out in full for lupdate)."""
    return {
        "Consent to be listed": translate("DetailsHtml", "Consent to be listed"),
        "Contact": translate("DetailsHtml", "Contact"),
        "Focus areas": translate("DetailsHtml", "Focus areas"),
        "Founded": translate("DetailsHtml", "Founded"),
        "Languages": translate("DetailsHtml", "Languages"),
        "Last verified": translate("DetailsHtml", "Last verified"),
        "Listed under": translate("DetailsHtml", "Listed under"),
        "Meetings": translate("DetailsHtml", "Meetings"),
        "Part of": translate("DetailsHtml", "Part of"),
        "Publications": translate("DetailsHtml", "Publications"),
        "Related organisations": translate("DetailsHtml", "Related organisations"),
        "Size": translate("DetailsHtml", "Size"),
        "Source": translate("DetailsHtml", "Source"),
        "given": translate("DetailsHtml", "given"),
        "never": translate("DetailsHtml", "never"),
        "refused": translate("DetailsHtml", "refused"),
        "unknown": translate("DetailsHtml", "unknown"),
    }


def _w(text: str) -> str:
    return _words().get(text, text)


def badge(privacy: str | None) -> str:
    """A visible marker for items that must not go into public prints and exports."""
    if not privacy or privacy == "public":
        return ""
    label = privacy_labels().get(privacy, privacy)
    colour, background = _BADGE_COLOURS.get(privacy, ("#666666", "#eeeeee"))
    return (f' <span style="color: {colour}; background-color: {background}; '
            f'font-size: small;">&nbsp;{escape(label)}&nbsp;</span>')


def link(scheme: str, entry_id: int, text: str) -> str:
    return f'<a href="{scheme}:{int(entry_id)}">{escape(text)}</a>'


def _lines(lines: list[str]) -> str:
    return "<br>".join(lines)


def contact_html(contacts: list[dict[str, Any]]) -> list[str]:
    """Address blocks first (postal order), then one line per phone, fax, e-mail, web, ..."""
    labels = contact_labels()
    out = []
    for contact in contacts:
        if contact["kind"] == "address":
            head = f"<i>{escape(contact['label'])}</i><br>" if contact.get("label") else ""
            out.append(head + _lines([escape(x) for x in address_lines(contact)])
                       + badge(contact.get("privacy")))
    for contact in contacts:
        kind = contact["kind"]
        if kind == "address":
            continue
        prefix = contact.get("service") if kind == "messenger" and contact.get("service") \
            else labels.get(kind, kind)
        value = escape(contact.get("value") or "")
        if kind == "email":
            value = f'<a href="mailto:{value}">{value}</a>'
        elif kind == "website":
            target = contact["value"] if "://" in contact["value"] else "http://" + contact["value"]
            value = f'<a href="{escape(target)}">{value}</a>'
        note = f' <span class="muted">({escape(contact["label"])})</span>' \
            if contact.get("label") else ""
        out.append(f"{escape(prefix)}: {value}{note}{badge(contact.get('privacy'))}")
    return out


def people_html(people: list[dict[str, Any]]) -> list[str]:
    out = []
    for person in people:
        role = person.get("role") or _w("Contact")
        line = f"{escape(role)}: {link('person', person['person_id'], person['display_name'])}"
        line += badge(person.get("privacy"))
        phones = [c for c in person.get("contacts", []) if c["kind"] != "address"]
        if phones:
            line += "<br>&nbsp;&nbsp;" + "; ".join(contact_html(phones))
        out.append(line)
    return out


def org_html(org: dict[str, Any]) -> str:
    """The organisation detail of `Queries.org_detail` as an HTML page."""
    parts = [STYLE, f"<h2>{escape(org['name'])}</h2>"]
    others = [n["name"] for n in org.get("other_names", [])]
    if others:
        parts.append(f"<p>({escape('; '.join(others))})</p>")
    facts = [kind_label(org["kind"])]
    if org.get("status") and org["status"] != "active":
        facts.append(status_labels().get(org["status"], org["status"]))
    parts.append(f'<p class="muted">{escape(", ".join(facts))}</p>')
    if org.get("parent"):
        parts.append(f"<p>{_w('Part of')}: "
                     f"{link('org', org['parent']['id'], org['parent']['name'])}</p>")
    block = contact_html(org.get("contacts", []))
    if block:
        parts.append(f"<p>{'<br>'.join(block)}</p>")
    people = people_html(org.get("people", []))
    if people:
        parts.append(f"<p>{'<br>'.join(people)}</p>")
    for office in org.get("offices", []):
        lines = [f"<b>{link('org', office['id'], office['name'])}</b>"]
        lines += contact_html(office.get("contacts", []))
        lines += people_html(office.get("people", []))
        parts.append(f'<p class="office">{"<br>".join(lines)}</p>')
    for key in ("description", "mission", "history", "activities"):
        if org.get(key):
            parts.append(f"<p>{escape(org[key])}</p>")
    parts.append(_facts_html(org))
    parts.append(_publications_html(org.get("publications", [])))
    parts.append(_relations_html(org.get("relations", [])))
    parts.append(_source_html(org))
    return "".join(p for p in parts if p)


def _facts_html(org: dict[str, Any]) -> str:
    facts = [(_w("Founded"), org.get("founded_year")), (_w("Size"), org.get("size")),
             (_w("Meetings"), org.get("meeting_rhythm")),
             (_w("Languages"), org.get("languages"))]
    lines = [f"{escape(label)}: {escape(str(value))}" for label, value in facts if value]
    if org.get("tags"):
        lines.append(f"{_w('Focus areas')}: {escape(', '.join(org['tags']))}")
    return f"<p>{'<br>'.join(lines)}</p>" if lines else ""


def _publications_html(publications: list[dict[str, Any]]) -> str:
    if not publications:
        return ""
    items = []
    for pub in publications:
        head = f"<b>{escape(pub['title'])}</b>"
        if pub.get("frequency"):
            head += f" ({escape(pub['frequency'])})"
        if pub.get("description"):
            head += f"<br>{escape(pub['description'])}"
        items.append(f"<p>{head}</p>")
    return f"<h3>{_w('Publications')}</h3>" + "".join(items)


def _relations_html(relations: list[dict[str, Any]]) -> str:
    if not relations:
        return ""
    labels = relation_labels()
    lines = []
    for rel in relations:
        outgoing, incoming = labels.get(rel["kind"], (rel["label"], rel["label"]))
        label = outgoing if rel["direction"] == "outgoing" else incoming
        line = f"{escape(label)}: {link('org', rel['other_id'], rel['other_name'])}"
        if rel.get("note"):
            line += f' <span class="muted">— {escape(rel["note"])}</span>'
        lines.append(line)
    return f"<h3>{_w('Related organisations')}</h3><p>{'<br>'.join(lines)}</p>"


def _source_html(org: dict[str, Any]) -> str:
    lines = []
    if org.get("source"):
        lines.append(f"{_w('Source')}: {escape(org['source'])}")
    verified = org.get("last_verified")
    lines.append(f"{_w('Last verified')}: {escape(str(verified)) if verified else _w('never')}")
    if org.get("regions"):
        paths = "; ".join(" &gt; ".join(escape(p) for p in r["path"]) for r in org["regions"])
        lines.append(f"{_w('Listed under')}: {paths}")
    return f'<p class="muted">{"<br>".join(lines)}</p>'


def person_html(person: dict[str, Any]) -> str:
    """The person detail of `Queries.person_detail` as an HTML page."""
    parts = [STYLE, f"<h2>{escape(person['display_name'])}{badge(person.get('privacy'))}</h2>"]
    full = " ".join(p for p in (person.get("given_name"), person.get("patronymic"),
                                person.get("family_name")) if p)
    if full and full != person["display_name"]:
        parts.append(f"<p>{escape(full)}</p>")
    roles = []
    for aff in person.get("affiliations", []):
        role = aff.get("role") or _w("Contact")
        roles.append(f"{escape(role)}: {link('org', aff['org_id'], aff['org_name'])}")
    if roles:
        parts.append(f"<p>{'<br>'.join(roles)}</p>")
    block = contact_html(person.get("contacts", []))
    if block:
        parts.append(f"<p>{'<br>'.join(block)}</p>")
    if person.get("notes"):
        parts.append(f"<p>{escape(person['notes'])}</p>")
    consent = {"given": _w("given"), "refused": _w("refused"), "unknown": _w("unknown")}
    parts.append(f'<p class="muted">{_w("Consent to be listed")}: '
                 f'{escape(consent.get(person.get("consent", "unknown"), ""))}</p>')
    return "".join(parts)


def empty_html(message: str) -> str:
    return f'{STYLE}<p class="muted">{escape(message)}</p>'
