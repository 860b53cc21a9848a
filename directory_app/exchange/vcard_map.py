"""From a vCard to the import pipeline's `Record`s.

- A card is an organisation when it says so (`KIND:org`, Apple's `X-ABShowAs:COMPANY`), or when
  it names no person (no N parts, FN empty or equal to the ORG name) but has an ORG.
- Otherwise it is a person, affiliated to the organisation named in ORG (matched or created by
  the pipeline) with TITLE, else ROLE, as the role. Further affiliations (`affN.ORG` with
  `affN.TITLE`, or a second ORG) become further records of the same person (same UID), so
  that the pipeline links the one person to each organisation.
- TEL, EMAIL, URL, IMPP, ADR become contact points; a label comes from `itemN.X-ABLabel` of
  the same group (Apple's `_$!<Mobile>!$_` reads "Mobile") and TYPE home/work/cell ... are kept
  as a label when no X-ABLabel is given.
- ORG units (departments) are kept as X-NGO-UNITS; CATEGORIES of a person too (people have no
  focus areas).
- Properties the directory has no place for are kept in `extra["vcard"]` as
  [group, NAME, params, value] and written back on export. Binary PHOTO/LOGO data stays there as
  base64.
- A contact group (`KIND:group`) becomes an organisation of kind network (or its X-NGO-KIND);
  its MEMBER lines (urn:uuid:, mailto: or a bare UID) become affiliations of the people and
  member_of relations of the organisations they name, resolved by the pipeline once the whole
  file is read.
- A person's ORG only names the organisation (`OrgIn.reference`): it is matched or created,
  never updated from the person's card, and a match makes no duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from directory_app.domain.enums import OrgKind
from directory_app.exchange.records import ContactIn, OrgIn, PersonIn, Record, RecordProblem
from directory_app.exchange.vcard_parse import Card, Property, split_list
from directory_app.exchange.vcard_write import EXTRA_KEY, structured, unparam, valid_data

GROUP_KIND = OrgKind.NETWORK.value      # what a contact group (KIND:group) becomes
_USED = {"VERSION", "PRODID", "REV", "UID", "FN", "N", "TEL", "EMAIL", "URL", "IMPP", "ADR",
         "NOTE", "KIND", "X-ABSHOWAS", "X-NGO-KIND", "X-NGO-REGION",
         "X-NGO-NOTES", "X-NGO-PARENT", "X-NGO-PRIVACY", "X-NGO-CONSENT"}
_ORG_USED = {"NICKNAME", "CATEGORIES", "MEMBER"}
_LABEL_NAMES = {"X-ABLABEL"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# TYPE values that say what a TEL is rather than where it is.
_PHONE_KINDS = {"fax": "fax", "x-hotline": "hotline"}
_NOISE_TYPES = {"pref", "voice", "internet", "x400", "x-internet", "postal", "parcel", "dom",
                "intl", "text", "msg", "x-ablabel"}
_TYPE_LABELS = {"home": "home", "work": "work", "cell": "mobile", "mobile": "mobile",
                "pager": "pager", "main": "main", "other": "other", "iphone": "iPhone",
                "car": "car", "isdn": "ISDN", "video": "video", "bbs": "BBS", "modem": "modem",
                "textphone": "textphone", "school": "school"}
_IM_SCHEMES = {"xmpp": "XMPP", "skype": "Skype", "aim": "AIM", "ymsgr": "Yahoo", "msnim": "MSN",
               "icq": "ICQ", "sip": "SIP", "tg": "Telegram", "gtalk": "Google Talk",
               "qq": "QQ", "irc": "IRC", "signal": "Signal", "whatsapp": "WhatsApp"}
_X_IM = {"X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype", "X-JABBER": "XMPP", "X-AIM": "AIM",
         "X-ICQ": "ICQ", "X-MSN": "MSN", "X-YAHOO": "Yahoo", "X-GTALK": "Google Talk",
         "X-QQ": "QQ", "X-TELEGRAM": "Telegram", "X-SIP": "SIP", "X-MS-IMADDRESS": "IM"}
_CONTACT_NAMES = {"TEL", "EMAIL", "URL", "IMPP", "ADR", *_X_IM}


def cards_to_records(cards: Iterable[Card], source: str) -> Iterator[Record]:
    for card in cards:
        yield from card_to_records(card, source)


def card_to_records(card: Card, source: str) -> list[Record]:
    record = Record(source=source, position=card.number)
    for problem in card.problems:
        record.warnings.append(RecordProblem("card", problem))
    kind = _first_text(card, "KIND").strip().lower()
    labels = _labels(card)
    orgs = _orgs(card)
    name = _name(card)
    fn = _first_text(card, "FN").strip()
    show_as = _first_text(card, "X-ABSHOWAS").upper()
    # A card whose display name is its organisation's name is the organisation's own card,
    # whatever N says (Google writes N from the company name).
    is_company = bool(orgs) and (fn.casefold() == orgs[0][0][0].casefold()
                                 or (not fn and not any(name)))
    if kind in ("org", "group") or show_as == "COMPANY" or is_company:
        _fill_org(record, card, orgs, fn, labels)
        if kind == "group":
            record.org.kind = record.org.kind or GROUP_KIND
        return [record]
    return _person_records(record, card, orgs, name, fn, labels)


# -- organisations ----------------------------------------------------------------------------
def _fill_org(record: Record, card: Card, orgs, fn: str, labels) -> None:
    org_parts = orgs[0][0] if orgs else []
    org = OrgIn(name=(org_parts[0] if org_parts else "") or fn,
                units=[u for u in org_parts[1:] if u])
    org.uid = _first_text(card, "UID").strip()
    org.description = "\n\n".join(p.text for p in card.all("NOTE"))
    org.notes = _first_text(card, "X-NGO-NOTES")
    kind = _first_text(card, "X-NGO-KIND").strip()
    org.kind = kind or None
    org.parent_uid = _first_text(card, "X-NGO-PARENT").strip()
    org.regions = [[part.strip() for part in p.text.split(">") if part.strip()]
                   for p in card.all("X-NGO-REGION")]
    org.tags = [t for p in card.all("CATEGORIES") for t in split_list(p.value)]
    org.other_names = _other_names(card)
    org.members = [p.text.strip() for p in card.all("MEMBER") if p.text.strip()]
    org.contacts = _contacts(card, labels, is_org=True)
    consumed = {id(orgs[0][1])} if orgs else set()
    org.extra = _extra(card, _USED - {"N"} | _ORG_USED, labels, consumed, record)
    _keep_units(org.extra, org.units)
    if not org.name:
        record.errors.append(RecordProblem("FN", "the organisation card has no name"))
    record.org = org
    record.raw = _raw(card)


def _other_names(card: Card) -> list[str | dict[str, str]]:
    names: list[str | dict[str, str]] = []
    for prop in card.all("NICKNAME"):
        kind, language = prop.param("X-NGO-KIND"), prop.param("LANGUAGE")
        for name in split_list(prop.value):
            if kind or language:
                names.append({"name": name, "kind": kind[0] if kind else "translation",
                              "language": language[0] if language else ""})
            else:
                names.append(name)
    return names


# -- people -----------------------------------------------------------------------------------
def _person_records(record: Record, card: Card, orgs, name: list[str], fn: str, labels
                    ) -> list[Record]:
    family, given, additional = (name + ["", "", ""])[:3]
    person = PersonIn(family_name=family, given_name=given, patronymic=additional)
    person.uid = _first_text(card, "UID").strip()
    person.contacts = _contacts(card, labels, is_org=False)
    person.display_name = fn or " ".join(p for p in (given, additional, family) if p) \
        or _fallback_name(person)
    person.notes = "\n\n".join(p.text for p in card.all("NOTE"))
    for key in ("privacy", "consent"):
        value = _first_text(card, f"X-NGO-{key.upper()}").strip().lower()
        if value:
            person.fields[key] = value
    record.raw = _raw(card)
    record.people = [person]
    if not person.display_name:
        record.errors.append(RecordProblem("FN", "the card names no person or organisation "
                                           "and has no e-mail or phone"))
    roles = _roles(card)
    consumed: set[int] = set()
    seen: set[str] = set()
    records = [record]
    for parts, prop in orgs:
        key = parts[0].casefold()
        if not key or key in seen:
            continue
        seen.add(key)
        consumed.add(id(prop))
        role, role_prop = _role_for(roles, prop.group.casefold())
        if role_prop is not None:
            consumed.add(id(role_prop))
        org = OrgIn(name=parts[0], units=[u for u in parts[1:] if u], reference=True)
        if record.org is None:
            person.role = role
            record.org = org
        else:
            also = PersonIn(display_name=person.display_name, given_name=given,
                            family_name=family, patronymic=additional, uid=person.uid,
                            role=role)
            records.append(Record(source=record.source, position=record.position, org=org,
                                  people=[also], raw=record.raw))
    person.extra = _extra(card, _USED, labels, consumed, record)
    if record.org is not None:
        _keep_units(person.extra, record.org.units)
    return records


def _keep_units(extra: dict, units: list[str]) -> None:
    """ORG units (departments) have no column: they are kept as X-NGO-UNITS, written back."""
    if units:
        extra.setdefault(EXTRA_KEY, []).append(["", "X-NGO-UNITS", {}, structured(units)])


def _fallback_name(person: PersonIn) -> str:
    for contact in person.contacts:
        if contact.kind == "email" and contact.value:
            return contact.value
    for contact in person.contacts:
        if contact.value:
            return contact.value
    return ""


def _roles(card: Card) -> dict[str, list[tuple[str, Property]]]:
    """Roles by ORG group ("" for ungrouped), in card order: the TITLEs, else the ROLEs."""
    roles: dict[str, list[tuple[str, Property]]] = {}
    for name in ("TITLE", "ROLE"):
        found: dict[str, list[tuple[str, Property]]] = {}
        for prop in card.all(name):
            text = prop.text.strip()
            if text:
                found.setdefault(prop.group.casefold(), []).append((text, prop))
        for group, items in found.items():
            roles.setdefault(group, items)
    return roles


def _role_for(roles: dict[str, list[tuple[str, Property]]], group: str
              ) -> tuple[str, Property | None]:
    """The next role of a group: ungrouped ORGs take the ungrouped TITLEs in order."""
    items = roles.get(group)
    if not items:
        return "", None
    return items.pop(0)


# -- shared -----------------------------------------------------------------------------------
def _first_text(card: Card, name: str) -> str:
    prop = card.first(name)
    return prop.text if prop is not None else ""


def _name(card: Card) -> list[str]:
    prop = card.first("N")
    if prop is None:
        return []
    parts = [p.strip() for p in prop.parts]
    return parts if any(parts[:3]) else []


def _orgs(card: Card) -> list[tuple[list[str], Property]]:
    out = []
    for prop in card.all("ORG"):
        parts = [p.strip() for p in prop.parts]
        if any(parts):
            out.append((parts, prop))
    # The ungrouped ORG is the primary one (our exports put further ones in affN groups).
    out.sort(key=lambda item: bool(item[1].group))
    return out


def _labels(card: Card) -> dict[str, str]:
    labels = {}
    for prop in card.properties:
        if prop.group and prop.name in _LABEL_NAMES:
            text = prop.text.strip()
            match = _APPLE_LABEL.match(text)
            labels[prop.group.casefold()] = match.group(1) if match else text
    return labels


def _label(prop: Property, labels: dict[str, str], skip: set[str], types: list[str]) -> str:
    """The label: the group's X-ABLabel, else the TYPE values that name a place or device
    (`types` is `prop.types`, worked out once by the caller)."""
    if prop.group:
        label = labels.get(prop.group.casefold())
        if label is not None:
            return label
    words = [_TYPE_LABELS.get(t, t) for t in types
             if t not in _NOISE_TYPES and t not in skip and t in _TYPE_LABELS]
    return ", ".join(words)


def _pref(prop: Property, types: list[str]) -> bool:
    """`prop.pref` with the TYPE values already worked out."""
    return "pref" in types or any(v.strip() == "1" for v in prop.params.get("PREF", ()))


def _contacts(card: Card, labels: dict[str, str], *, is_org: bool) -> list[ContactIn]:
    """Contact points; on an organisation's card TYPE=work says nothing and is not a label."""
    out: list[ContactIn] = []
    for prop in card.properties:
        if prop.name not in _CONTACT_NAMES:
            continue
        before = len(out)
        _contact(prop, labels, {"work"} if is_org else set(), out)
        if len(out) > before and prop.param("X-NGO-PRIVACY"):
            out[-1].privacy = prop.param("X-NGO-PRIVACY")[0].strip().lower()
    return [c for c in out if c.value or (c.kind == "address" and any(
        (c.street, c.po_box, c.city, c.region, c.postal_code, c.country)))]


def _contact(prop: Property, labels: dict[str, str], skip: set[str], out: list[ContactIn]
             ) -> None:
    name = prop.name
    if name == "TEL":
        value = prop.text.strip()
        if value.lower().startswith("tel:"):
            value = value[4:]
        types = prop.types
        kind = next((_PHONE_KINDS[t] for t in types if t in _PHONE_KINDS), "phone")
        out.append(ContactIn(kind=kind, value=value, label=_label(prop, labels, skip, types),
                             pref=_pref(prop, types)))
    elif name in ("EMAIL", "URL"):
        types = prop.types
        out.append(ContactIn(kind="email" if name == "EMAIL" else "website",
                             value=prop.text.strip(), label=_label(prop, labels, skip, types),
                             pref=_pref(prop, types)))
    elif name == "IMPP" or name in _X_IM:
        out.append(_messenger(prop, labels))
    elif name == "ADR":
        out.append(_address(prop, labels, skip))


def _messenger(prop: Property, labels: dict[str, str]) -> ContactIn:
    value = prop.text.strip()
    service = ""
    for key in ("X-SERVICE-TYPE", "X-SERVICE"):
        if prop.param(key):
            service = unparam(prop.param(key)[0])
            break
    if not service:
        service = _X_IM.get(prop.name, "")
    if not service and ":" in value:
        service = _IM_SCHEMES.get(value.split(":", 1)[0].lower(), "")
    types = prop.types
    return ContactIn(kind="messenger", value=value, service=service,
                     label=_label(prop, labels, set(), types), pref=_pref(prop, types))


def _address(prop: Property, labels: dict[str, str], skip: set[str]) -> ContactIn:
    parts = (prop.parts + [""] * 7)[:7]
    po_box, extended, street, city, region, code, country = (p.strip() for p in parts)
    street = "\n".join(p for p in (extended, street) if p)
    label_param = prop.param("LABEL")
    types = prop.types
    return ContactIn(kind="address", po_box=po_box, street=street, city=city, region=region,
                     postal_code=code, country=country,
                     value=unparam(label_param[0]) if label_param else "",
                     label=_label(prop, labels, skip, types), pref=_pref(prop, types))


def _extra(card: Card, used: set[str], labels: dict[str, str], consumed: set[int],
           record: Record) -> dict:
    """What the directory has no place for, as [group, NAME, params, value] lists: properties
    not in `used`, except the ORG/TITLE/ROLE lines in `consumed` (ids), empty ORGs and broken
    base64 data (left out with a warning)."""
    consumed_groups = {p.group.casefold() for p in card.properties
                       if p.group and (p.name in used or id(p) in consumed)}
    kept = []
    for prop in card.properties:
        name = prop.name
        if name in ("ORG", "TITLE", "ROLE"):
            if id(prop) not in consumed and prop.value.strip(" ;"):
                kept.append(prop)
            continue
        if name in used or name in _X_IM or (name == "N" and not prop.value.strip(" ;")):
            continue
        if name in _LABEL_NAMES and prop.group.casefold() in consumed_groups:
            continue
        if not valid_data(prop.params, prop.value):
            record.warnings.append(RecordProblem(name, "its base64 data is broken (cut short?) "
                                                 "and was left out"))
            continue
        kept.append(prop)
    if not kept:
        return {}
    return {EXTRA_KEY: [[p.group, p.name, p.params, _line_breaks_escaped(p.value)]
                        for p in kept]}


def _line_breaks_escaped(value: str) -> str:
    """Kept values are stored as vCard text; line breaks from QUOTED-PRINTABLE become \\n."""
    if "\n" in value or "\r" in value:
        return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return value


def _raw(card: Card) -> dict[str, str]:
    """The card's first value of each property as written (binary data left out), for the
    rejects report."""
    raw: dict[str, str] = {}
    for prop in card.properties:
        if prop.name not in raw and "ENCODING" not in prop.params:
            raw[prop.name] = prop.value[:200]
    return raw
