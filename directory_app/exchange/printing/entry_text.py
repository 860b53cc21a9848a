"""One organisation (as a publication profile lets it out) as the handbook's styled paragraphs.

The order follows the house style of the 1996 Post-Soviet Handbook: name, other names, address
block, phones, fax, e-mail and web; contacts with their roles; each branch or information
office with its own address and contacts; description, history and activities; publications;
a "Source:" line and the date last verified.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from directory_app.exchange.printing.model import IndexTerm, Para, Style, TermKind
from directory_app.services.formatting import address_lines, contact_line

_SHOWN_STATUS = {"dormant": "dormant", "closed": "closed", "proposed": "proposed"}
_TEXT_FIELDS = (("description", ""), ("mission", "Mission: "), ("history", ""),
                ("activities", ""))
_FACTS = (("size", "Size"), ("meeting_rhythm", "Meetings"), ("languages", "Languages"))


def entry_paras(org: dict[str, Any], *, internal: bool, office_of: str = "") -> list[Para]:
    """The paragraphs of one entry; `org` has already been through `apply_profile`."""
    others = [n["name"] for n in org.get("other_names", [])]
    terms = tuple(IndexTerm(TermKind.ORG, n) for n in [org["name"], *others])
    paras = [Para(Style.ENTRY_NAME, org["name"], terms=terms)]
    if others:
        paras.append(Para(Style.OTHER_NAMES, "(" + "; ".join(others) + ")"))
    paras.append(Para(Style.STATUS, _status_line(org, office_of)))
    paras.extend(_contact_paras(org.get("contacts", [])))
    paras.extend(_people_paras(org.get("people", [])))
    for office in org.get("offices", []):
        paras.extend(_office_paras(office))
    paras.extend(_body_paras(org))
    if internal and org.get("notes"):
        paras.append(Para(Style.NOTE, f"Internal notes: {org['notes']}", space_before=True))
    paras.extend(_source_paras(org))
    return paras


def person_index_text(person: dict[str, Any]) -> str:
    """How a person is listed in the index: family name first when it is known."""
    family = person.get("family_name") or ""
    rest = " ".join(p for p in (person.get("given_name"), person.get("patronymic")) if p)
    if family and rest:
        return f"{family}, {rest}"
    return person["display_name"]


def _status_line(org: dict[str, Any], office_of: str) -> str:
    parts = [org.get("kind_label") or org.get("kind", "")]
    if org.get("founded_year"):
        parts.append(f"founded {org['founded_year']}")
    if org.get("status") in _SHOWN_STATUS:
        parts.append(_SHOWN_STATUS[org["status"]])
    if office_of:
        parts.append(f"office of {office_of}")
    return ", ".join(p for p in parts if p)


def _contact_paras(contacts: list[dict[str, Any]]) -> list[Para]:
    lines = [(Style.ADDRESS, line) for c in contacts if c["kind"] == "address"
             for line in address_lines(c)]
    lines += [(Style.CONTACT, contact_line(c)) for c in contacts
              if c["kind"] != "address" and c.get("value")]
    return [Para(style, text, space_before=i == 0) for i, (style, text) in enumerate(lines)]


def _people_paras(people: list[dict[str, Any]]) -> list[Para]:
    out = []
    for i, person in enumerate(people):
        anonymised = person.get("anonymised")
        text = person["display_name"] if anonymised else \
            f"{person.get('role') or 'Contact'}: {person['display_name']}"
        terms = () if anonymised else (IndexTerm(TermKind.PERSON, person_index_text(person)),)
        out.append(Para(Style.PERSON, text, space_before=i == 0, terms=terms))
        out.extend(Para(Style.CONTACT, "    " + contact_line(c)) for c in person["contacts"]
                   if c["kind"] != "address" and c.get("value"))
    return out


def _office_paras(office: dict[str, Any]) -> list[Para]:
    paras = [Para(Style.OFFICE_NAME, office["name"], space_before=True,
                  terms=(IndexTerm(TermKind.ORG, office["name"]),))]
    contacts = _contact_paras(office.get("contacts", []))
    people = _people_paras(office.get("people", []))
    for para in contacts + people:
        para.space_before = False
    texts = [Para(Style.OFFICE_TEXT, prefix + office[key]) for key, prefix in _TEXT_FIELDS
             if office.get(key)]
    return paras + contacts + people + texts


def _body_paras(org: dict[str, Any]) -> list[Para]:
    paras = [Para(Style.TEXT, prefix + org[key], space_before=True)
             for key, prefix in _TEXT_FIELDS if org.get(key)]
    facts = [f"{label}: {org[key]}" for key, label in _FACTS if org.get(key)]
    paras += [Para(Style.FACTS, text, space_before=i == 0) for i, text in enumerate(facts)]
    if org.get("publications"):
        paras.append(Para(Style.LABEL, "Publications:", space_before=True))
        for pub in org["publications"]:
            head = pub["title"] + (f" ({pub['frequency']})" if pub.get("frequency") else "")
            paras.append(Para(Style.PUB_TITLE, head))
            if pub.get("description"):
                paras.append(Para(Style.PUB_TEXT, pub["description"]))
    if org.get("relations"):
        paras.append(Para(Style.LABEL, "Links:", space_before=True))
        paras += [Para(Style.FACTS, _relation_phrase(r)) for r in org["relations"]]
    return paras


# How a link reads from the side of the organisation it points at.
_INCOMING = {"partner": "Partner", "member_of": "Member", "founding_member": "Founding member",
             "branch_of": "Branch", "funded_by": "Funds it", "accredited_by": "Accredits it"}


def _relation_phrase(rel: dict[str, Any]) -> str:
    if rel["direction"] == "outgoing":
        return f"{rel['label']}: {rel['other_name']}"
    return f"{_INCOMING.get(rel['kind'], rel['label'])}: {rel['other_name']}"


def _source_paras(org: dict[str, Any]) -> list[Para]:
    paras = []
    if org.get("source"):
        paras.append(Para(Style.SOURCE, f"Source: {org['source']}"))
    verified = _as_date(org.get("last_verified"))
    source_date = _as_date(org.get("source_date"))
    if verified:
        line = f"Last verified: {_long_date(verified)}"
    elif source_date:
        line = f"Last verified: not yet (source dated {source_date:%B %Y})"
    else:
        line = "Last verified: not yet"
    paras.append(Para(Style.SOURCE, line))
    paras[0].space_before = True
    return paras


def _as_date(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _long_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"
