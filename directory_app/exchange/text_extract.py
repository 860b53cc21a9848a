"""Recognising an organisation in a pasted block of text (a handbook entry, a web page).

The result is a draft for the user to review, never written on its own: the name (first meaningful
line), contact points (phones, fax, e-mail, web, messengers, postal code, PO box and city), named
contacts with roles, offices introduced by "In St. Petersburg:" or a heading such as "Moscow
Information Office" with their own contacts, description paragraphs, publications and the source
note. E-mail addresses that a web site replaced with "[email protected]" are counted as withheld.

Hand-written rules rather than a library: no maintained package parses handbook-style contact
blocks in Russian and English; the cases are pinned by tests/test_text_extract.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class ContactDraft:
    kind: str  # a ContactKind value
    value: str = ""
    label: str = ""
    service: str = ""
    street: str = ""
    po_box: str = ""
    postal_code: str = ""
    city: str = ""


@dataclass
class PersonDraft:
    name: str
    role: str = ""


@dataclass
class OfficeDraft:
    name: str
    city: str = ""
    contacts: list[ContactDraft] = field(default_factory=list)
    people: list[PersonDraft] = field(default_factory=list)


@dataclass
class PublicationDraft:
    title: str
    description: str = ""


@dataclass
class OrgDraft:
    name: str = ""
    contacts: list[ContactDraft] = field(default_factory=list)
    people: list[PersonDraft] = field(default_factory=list)
    offices: list[OfficeDraft] = field(default_factory=list)
    description: str = ""
    publications: list[PublicationDraft] = field(default_factory=list)
    source: str = ""
    withheld_emails: int = 0

    def all_contacts(self) -> list[ContactDraft]:
        return self.contacts + [c for o in self.offices for c in o.contacts]

    def all_people(self) -> list[PersonDraft]:
        return self.people + [p for o in self.offices for p in o.people]


_LABEL = r"\s*[.:]?\s*:?\s*"
_PHONE_LABEL = re.compile(
    r"^(?:tel|phone|telephone|ph|тел|телефон|телефоны)(?:\s*/\s*(fax|факс))?" + _LABEL + "(.+)$",
    re.I)
_FAX_LABEL = re.compile(r"^(?:fax|факс)" + _LABEL + "(.+)$", re.I)
_HOTLINE_LABEL = re.compile(r"^(?:hot ?line|горячая линия)" + _LABEL + "(.+)$", re.I)
_EMAIL_LABEL = re.compile(r"^(?:e-?mail|эл\.?\s*почта|электронная почта)" + _LABEL + "(.*)$",
                          re.I)
_WEB_LABEL = re.compile(r"^(?:web|web ?site|website|url|internet|home ?page|сайт|веб-сайт)"
                        + _LABEL + "(.+)$", re.I)
_MESSENGER = re.compile(r"\b(skype|telegram|whatsapp|icq|viber|signal)\s*[:\-]?\s*"
                        r"(@?[\w.\-]*\w)", re.I)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_WITHHELD = re.compile(r"\[\s*email[\s\xa0]*protected\s*\]", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s,;()<>«»\"]+[^\s,;()<>«»\".]", re.I)
_PO_BOX = re.compile(r"(?:p\.?\s?o\.?\s*box|post office box|а/я|а\\я|абонентский ящик)\s*№?\s*"
                     r"(\d+)", re.I)
_POSTAL = re.compile(r"^(\d{6})\b[,\s]*(.*)$")
_BARE_PHONE = re.compile(r"^\+?[\d\s\-()]{7,}$")
_PERSON_NAME = r"[A-ZА-ЯЁ][a-zа-яё'\-]+(?:\s+[A-ZА-ЯЁ]\.?)?(?:\s+[A-ZА-ЯЁ][a-zа-яё'\-]+){1,2}"
_ROLES = (r"contact(?: person)?|coordinator|director|executive director|chair(?:man|woman|person)?"
          r"|president|head|secretary|executive secretary|editor|manager|contact"
          r"|контакт(?:ное лицо)?|координатор|директор|председатель|руководитель|президент"
          r"|секретарь|ответственный секретарь|редактор")
_ROLE_LINE = re.compile(rf"^({_ROLES})\s*:\s*(.+)$", re.I)
_NAME_COMMA_ROLE = re.compile(
    rf"({_PERSON_NAME}),\s+(?i:the\s+)?((?i:(?:executive\s+)?(?:director|coordinator|chair\w*"
    rf"|president|head|secretary|директор|координатор|председатель|руководитель)(?:\s+(?:of|по)"
    rf"\s+(?:the\s+)?[^,.;\"”]+)?))")
_IN_CITY = re.compile(r"^(?i:in|в|во)\s+([A-ZА-ЯЁ][\w.\- ]{1,40}):\s*$")
_OFFICE_WORDS = re.compile(r"\b(office|branch|bureau|group|centre|center|chapter|representation"
                           r"|бюро|офис|отделение|филиал|представительство|группа|центр)\b", re.I)
_PUBLICATIONS = re.compile(r"^(?:publications?|издания|публикации)\s*:?\s*$", re.I)
_SOURCE = re.compile(r"(based on information|was sent to|source:|источник|last updated"
                     r"|обновлено)", re.I)
_CLUTTER = re.compile(r"^(?:published|posted|source|by|read more|next in|view as|support|share"
                      r"|home|menu|опубликовано|источник)\b", re.I)


def _split_numbers(text: str) -> list[str]:
    parts = [p.strip(" .") for p in re.split(r"[,;]|\s{2,}", text)]
    return [p for p in parts if sum(ch.isdigit() for ch in p) >= 5]


def contact_items(line: str) -> list[ContactDraft] | None:
    """The contact points a labelled or bare contact line holds; None if it is not one."""
    if m := _PHONE_LABEL.match(line):
        numbers = _split_numbers(m.group(2))
        kinds = ("phone", "fax") if m.group(1) else ("phone",)
        return [ContactDraft(kind, n) for n in numbers for kind in kinds]
    if m := _FAX_LABEL.match(line):
        return [ContactDraft("fax", n) for n in _split_numbers(m.group(1))]
    if m := _HOTLINE_LABEL.match(line):
        return [ContactDraft("hotline", n) for n in _split_numbers(m.group(1))] or \
            [ContactDraft("hotline", m.group(1).strip())]
    if m := _EMAIL_LABEL.match(line):
        return [ContactDraft("email", e) for e in _EMAIL.findall(m.group(1))]
    if m := _WEB_LABEL.match(line):
        return [ContactDraft("website", u) for u in _URL.findall(m.group(1))] or \
            [ContactDraft("website", m.group(1).strip())]
    if _BARE_PHONE.match(line) and sum(ch.isdigit() for ch in line) >= 7:
        return [ContactDraft("phone", line.strip())]
    if len(line.split()) <= 3 and (_URL.fullmatch(line.strip()) or _EMAIL.fullmatch(line.strip())):
        kind = "email" if "@" in line else "website"
        return [ContactDraft(kind, line.strip())]
    return None


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12


@dataclass
class _State:
    draft: OrgDraft
    target: OrgDraft | OfficeDraft
    address: ContactDraft | None = None
    seen_contact: bool = False
    in_prose: bool = False
    in_publications: bool = False
    in_footer: bool = False


def extract(text: str) -> OrgDraft:
    """A draft organisation from pasted text (empty fields when nothing was recognised)."""
    text = text.replace("\r\n", "\n").replace("\xa0", " ")
    draft = OrgDraft()
    draft.withheld_emails = len(_WITHHELD.findall(text))
    lines = [ln.strip() for ln in text.split("\n")]
    state = _State(draft, draft)
    prose: list[list[str]] = []
    for index, line in enumerate(lines):
        if not line:
            state.address = None
            continue
        if not draft.name:
            if _name_candidate(line):
                draft.name = line.strip(" -–—:")
            continue
        if _handle_structure(state, line, lines[index + 1:]):
            continue
        _prose_line(state, line, prose)
    _finish_prose(draft, prose)
    _people_in_prose(draft, text)
    _messengers_and_urls(draft, text)
    return draft


def _name_candidate(line: str) -> bool:
    words = line.split()
    if _CLUTTER.match(line) or contact_items(line) or len(line) > 120:
        return False
    if line.isupper() and len(words) <= 3:  # a site's banner ("INDEPENDENT NEWS")
        return False
    return any(ch.isalpha() for ch in line)


def _next_line(rest: list[str]) -> str:
    return next((ln for ln in rest if ln), "")


def _handle_structure(state: _State, line: str, rest: list[str]) -> bool:
    """Contact lines, address lines, role lines and office headings; False for other text."""
    if _PUBLICATIONS.match(line):
        state.in_publications = True
        return True
    if m := _IN_CITY.match(line):
        city = m.group(1).strip()
        state.target = OfficeDraft(city, city)
        state.draft.offices.append(state.target)
        return True
    if (m := _ROLE_LINE.match(line)) and len(m.group(2).split()) <= 6:
        for name in re.split(r",|;| and | и ", m.group(2)):
            if name.strip():
                state.target.people.append(PersonDraft(name.strip(" ."), m.group(1).capitalize()))
        state.seen_contact = True
        return True
    if _WITHHELD.search(line) and len(line.split()) <= 4:
        return True
    if _address_line(state, line):
        return True
    items = contact_items(line)
    if items is not None:
        state.target.contacts.extend(items)
        state.seen_contact = True
        return True
    if state.address is not None and len(line.split()) <= 4:
        state.address.street = ", ".join(p for p in (state.address.street, line) if p)
        return True
    if (state.seen_contact and not state.in_prose and len(line.split()) <= 6
            and not line.endswith((".", ":"))
            and (_OFFICE_WORDS.search(line) or _starts_contacts(_next_line(rest)))):
        state.target = OfficeDraft(line)
        state.draft.offices.append(state.target)
        return True
    return False


def _starts_contacts(line: str) -> bool:
    return bool(_POSTAL.match(line) or _PO_BOX.search(line) or contact_items(line)
                or _ROLE_LINE.match(line))


def _address_line(state: _State, line: str) -> bool:
    postal = _POSTAL.match(line)
    box = _PO_BOX.search(line)
    if not postal and not (box and len(line.split()) <= 5):
        return False
    if state.address is None:
        state.address = ContactDraft("address")
        state.target.contacts.append(state.address)
        state.seen_contact = True
    if postal:
        state.address.postal_code = postal.group(1)
        city, _, street = postal.group(2).partition(",")
        state.address.city = re.sub(r"^(г\.|город)\s*", "", city.strip())
        if street.strip():
            state.address.street = street.strip()
        if isinstance(state.target, OfficeDraft) and not state.target.city:
            state.target.city = state.address.city
    if box:
        state.address.po_box = box.group(0).strip()
    return True


def _prose_line(state: _State, line: str, prose: list[list[str]]) -> None:
    if _is_prose(line):
        state.in_prose = True
    if not state.in_prose and not state.in_publications:
        return
    kind = "publication" if state.in_publications else "text"
    if _SOURCE.search(line):
        kind = "source"
        state.in_footer = True  # what follows a source note is the site's footer
    elif state.in_footer:
        return
    last = prose[-1][-1] if prose else ""
    if (prose and prose[-1][0] == kind and len(last) >= 40
            and not last.endswith((".", "!", "?", "»", "”"))):
        prose[-1].append(line)  # a hard line break inside a sentence (text from a PDF)
    else:
        prose.append([kind, line])


def _finish_prose(draft: OrgDraft, prose: list[list[str]]) -> None:
    description, source = [], []
    for kind, *parts in prose:
        paragraph = " ".join(parts)
        if kind == "source":
            source.append(paragraph)
        elif kind == "publication":
            if not _is_prose(paragraph) and len(paragraph) <= 100:
                draft.publications.append(PublicationDraft(paragraph))
            elif draft.publications and not draft.publications[-1].description:
                draft.publications[-1].description = paragraph
        elif _is_prose(paragraph):
            description.append(paragraph)
    draft.description = "\n\n".join(description)
    draft.source = " ".join(source)


def _people_in_prose(draft: OrgDraft, text: str) -> None:
    flat = re.sub(r"\s+", " ", text)
    known = {p.name for p in draft.all_people()}
    for m in _NAME_COMMA_ROLE.finditer(flat):
        name, role = m.group(1), m.group(2).strip()
        if name not in known:
            draft.people.append(PersonDraft(name, role[0].upper() + role[1:]))
            known.add(name)


def _messengers_and_urls(draft: OrgDraft, text: str) -> None:
    have = {(c.kind, c.value.lower()) for c in draft.all_contacts()}
    for m in _MESSENGER.finditer(text):
        handle = m.group(2).rstrip(".")
        if ("messenger", handle.lower()) not in have:
            draft.contacts.append(ContactDraft("messenger", handle, service=m.group(1).title()))
            have.add(("messenger", handle.lower()))
    # Addresses named as the organisation's site in running text ("its new website, www...").
    for sentence in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", text)):
        if not re.search(r"web ?site|\bsite\b|сайт", sentence, re.I):
            continue
        for url in _URL.findall(sentence):
            if ("website", url.lower()) not in have:
                draft.contacts.append(ContactDraft("website", url))
                have.add(("website", url.lower()))
