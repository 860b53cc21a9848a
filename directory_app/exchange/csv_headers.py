"""Known column headers of other software, and the targets they map to.

Address books (Google Contacts, Outlook, Outlook.com, Thunderbird in English and German, Yahoo,
KAddressBook/KMail, Windows Live Mail) describe a person who may work in a company; the
generic table describes lists of organisations as Russian and English spreadsheets title them.
A target is `owner.field[@label]`; `person.phone@work` is a phone labelled "work".
"""

from __future__ import annotations

import re

from directory_app.exchange.csv_format import OWN_COLUMNS


def header_key(header: str) -> str:
    """A header folded for lookup: case, ё, spaces, trailing colons and asterisks ignored."""
    text = header.replace("ё", "е").replace("Ё", "Е").casefold().strip().strip(":*").strip()
    return re.sub(r"\s+", " ", text)


OWN = {header_key(h): t for h, t in OWN_COLUMNS}


def _google() -> dict[str, str | dict]:
    table: dict[str, str | dict] = {
        "name": "person.display_name", "given name": "person.given_name",
        "additional name": "person.patronymic", "family name": "person.family_name",
        "first name": "person.given_name", "middle name": "person.patronymic",
        "last name": "person.family_name", "notes": "person.notes",
        "organization 1 - name": "org.name", "organization 1 - title": "person.role",
        "organization 1 - department": "person.department",
        "organization name": "org.name", "organization title": "person.role",
        "organization department": "person.department",
    }
    for n in range(1, 10):
        for what, kind in (("E-mail", "email"), ("Phone", "phone"), ("Website", "website")):
            table[f"{what} {n} - value"] = {
                "target": f"person.{kind}", "label_column": f"{what} {n} - Type",
                "alt_label_column": f"{what} {n} - Label"}
        table[f"im {n} - value"] = {"target": "person.messenger",
                                    "label_column": f"IM {n} - Type",
                                    "service_column": f"IM {n} - Service"}
        for part, field in (("street", "street"), ("city", "city"), ("po box", "po_box"),
                            ("region", "region"), ("postal code", "postal_code"),
                            ("country", "country")):
            table[f"address {n} - {part}"] = {
                "target": f"person.address.{field}", "group": f"address {n}",
                "label_column": f"Address {n} - Type", "alt_label_column": f"Address {n} - Label"}
    return table


_OUTLOOK = {
    "first name": "person.given_name", "middle name": "person.patronymic",
    "last name": "person.family_name", "company": "org.name", "department": "person.department",
    "job title": "person.role", "notes": "person.notes",
    "e-mail address": "person.email", "e-mail 2 address": "person.email",
    "e-mail 3 address": "person.email", "web page": "person.website",
    "personal web page": "person.website@home", "imaddress": "person.messenger",
    "business phone": "person.phone@work", "business phone 2": "person.phone@work",
    "home phone": "person.phone@home", "home phone 2": "person.phone@home",
    "mobile phone": "person.phone@mobile", "car phone": "person.phone@car",
    "other phone": "person.phone@other", "primary phone": "person.phone@main",
    "company main phone": "org.phone", "assistant's phone": "person.phone@assistant",
    "pager": "person.phone@pager", "callback": "person.phone@callback",
    "radio phone": "person.phone@radio", "tty/tdd phone": "person.phone@tty",
    "isdn": "person.phone@isdn", "telex": "person.phone@telex",
    "business fax": "person.fax@work", "home fax": "person.fax@home",
    "other fax": "person.fax@other",
}
for _where, _label in (("business", "work"), ("home", "home"), ("other", "other")):
    for _part, _field in (("street", "street"), ("street 2", "street"), ("street 3", "street"),
                          ("city", "city"), ("state", "region"), ("postal code", "postal_code"),
                          ("country/region", "country"), ("country", "country"),
                          ("address po box", "po_box")):
        _OUTLOOK[f"{_where} {_part}"] = f"person.address.{_field}@{_label}"

_THUNDERBIRD = {
    "display name": "person.display_name", "primary email": "person.email",
    "secondary email": "person.email", "screen name": "person.messenger",
    "work phone": "person.phone@work", "fax number": "person.fax",
    "pager number": "person.phone@pager", "mobile number": "person.phone@mobile",
    "organization": "org.name", "web page 1": "person.website@work",
    "web page 2": "person.website@home",
    # German Thunderbird
    "vorname": "person.given_name", "nachname": "person.family_name",
    "anzeigename": "person.display_name", "primare e-mail-adresse": "person.email",
    "primäre e-mail-adresse": "person.email", "sekundäre e-mail-adresse": "person.email",
    "messenger-name": "person.messenger", "tel. dienstlich": "person.phone@work",
    "tel. privat": "person.phone@home", "fax-nummer": "person.fax",
    "pager-nummer": "person.phone@pager", "mobil-tel.-nr.": "person.phone@mobile",
    "arbeitstitel": "person.role", "abteilung": "person.department",
    "organisation": "org.name", "webseite 1": "person.website@work",
    "webseite 2": "person.website@home", "notizen": "person.notes",
}
for _where, _de, _label in (("home", "privat", "home"), ("work", "dienstlich", "work")):
    for _part, _depart, _field in (("address", "adresse", "street"),
                                   ("address 2", "adresse 2", "street"),
                                   ("city", "ort", "city"), ("state", "bundesland", "region"),
                                   ("zipcode", "plz", "postal_code"),
                                   ("country", "land", "country")):
        _THUNDERBIRD[f"{_where} {_part}"] = f"person.address.{_field}@{_label}"
        _THUNDERBIRD[f"{_de}: {_depart}"] = f"person.address.{_field}@{_label}"

_YAHOO = {
    "first": "person.given_name", "middle": "person.patronymic", "last": "person.family_name",
    "email": "person.email", "alternate email 1": "person.email",
    "alternate email 2": "person.email", "home": "person.phone@home",
    "work": "person.phone@work", "fax": "person.fax", "mobile": "person.phone@mobile",
    "other": "person.phone@other", "yahoo! phone": "person.phone@yahoo",
    "primary": "person.phone@main", "personal website": "person.website@home",
    "business website": "person.website@work", "title": "person.role", "company": "org.name",
    "work address": "person.address.street@work", "work city": "person.address.city@work",
    "work county": "person.address.region@work",
    "work post code": "person.address.postal_code@work",
    "work country": "person.address.country@work",
    "home address": "person.address.street@home", "home town": "person.address.city@home",
    "home county": "person.address.region@home",
    "home post code": "person.address.postal_code@home",
    "home country": "person.address.country@home", "comments": "person.notes",
    "yahoo! id": "person.messenger@Yahoo",
}

_KMAIL = {
    "formatted name": "person.display_name", "family name": "person.family_name",
    "given name": "person.given_name", "additional names": "person.patronymic",
    "business phone": "person.phone@work", "home phone": "person.phone@home",
    "mobile phone": "person.phone@mobile", "home fax": "person.fax@home",
    "business fax": "person.fax@work", "car phone": "person.phone@car",
    "isdn": "person.phone@isdn", "pager": "person.phone@pager",
    "email address": "person.email", "title": "person.role", "role": "person.role",
    "organization": "org.name", "note": "person.notes", "url": "person.website",
    "department": "person.department", "im address": "person.messenger",
}
for _where, _label in (("home", "home"), ("business", "work")):
    for _part, _field in (("street", "street"), ("locality", "city"), ("region", "region"),
                          ("postal code", "postal_code"), ("country", "country")):
        _KMAIL[f"{_where} address {_part}"] = f"person.address.{_field}@{_label}"

_WINDOWS_LIVE = {
    "2. vorname": "person.patronymic", "name": "person.display_name",
    "e-mail-adresse": "person.email", "telefon (privat)": "person.phone@home",
    "fax (privat)": "person.fax@home", "mobiltelefon": "person.phone@mobile",
    "webseite (privat)": "person.website@home", "webseite (geschäftlich)": "person.website@work",
    "telefon (geschäftlich)": "person.phone@work", "fax (geschäftlich)": "person.fax@work",
    "pager": "person.phone@pager", "firma": "org.name", "position": "person.role",
    "abteilung": "person.department", "notizen": "person.notes",
}
for _de, _label in (("privat", "home"), ("geschäftlich", "work")):
    for _part, _field in (("straße", "street"), ("ort", "city"), ("postleitzahl", "postal_code"),
                          ("bundesland", "region"), ("land/region", "country")):
        _WINDOWS_LIVE[f"{_part} ({_de})"] = f"person.address.{_field}@{_label}"

# Lists of organisations as Russian and English spreadsheets title their columns.
GENERIC = {
    "название": "org.name", "наименование": "org.name", "организация": "org.name",
    "название организации": "org.name", "наименование организации": "org.name",
    "телефон": "org.phone", "телефоны": "org.phone", "тел.": "org.phone", "тел": "org.phone",
    "факс": "org.fax", "адрес": "org.address.street", "почтовый адрес": "org.address.street",
    "юридический адрес": "org.address.street", "индекс": "org.address.postal_code",
    "город": "org.address.city", "населенный пункт": "org.address.city",
    "страна": "org.address.country", "область": "org.address.region",
    "регион": "org.regions", "контактное лицо": "person.display_name",
    "фио": "person.display_name", "руководитель": "person.display_name",
    "должность": "person.role", "e-mail": "org.email", "email": "org.email",
    "e-mail адрес": "org.email", "эл. почта": "org.email", "эл.почта": "org.email",
    "электронная почта": "org.email", "почта": "org.email", "сайт": "org.website",
    "веб-сайт": "org.website", "web": "org.website", "www": "org.website",
    "описание": "org.description", "деятельность": "org.activities",
    "направления деятельности": "org.tags", "направления": "org.tags", "тематика": "org.tags",
    "миссия": "org.mission", "история": "org.history", "примечание": "org.notes",
    "примечания": "org.notes", "комментарий": "org.notes", "год основания": "org.founded_year",
    "источник": "org.source", "фамилия": "person.family_name", "имя": "person.given_name",
    "отчество": "person.patronymic", "мобильный": "person.phone@mobile",
    "мобильный телефон": "person.phone@mobile", "горячая линия": "org.hotline",
    "организация (англ.)": "org.other_names",
    # English organisation lists
    "organisation": "org.name", "organization": "org.name", "organisation name": "org.name",
    "organization name": "org.name", "ngo": "org.name", "phone": "org.phone",
    "telephone": "org.phone", "tel": "org.phone", "fax": "org.fax", "address": "org.address.street",
    "street": "org.address.street", "city": "org.address.city", "town": "org.address.city",
    "postal code": "org.address.postal_code", "postcode": "org.address.postal_code",
    "zip": "org.address.postal_code", "country": "org.address.country",
    "region": "org.regions", "website": "org.website", "web site": "org.website",
    "url": "org.website", "e-mail address": "org.email", "description": "org.description",
    "notes": "org.notes", "contact person": "person.display_name", "contact": "person.display_name",
    "position": "person.role", "job title": "person.role", "title": "person.role",
    "focus areas": "org.tags", "tags": "org.tags", "founded": "org.founded_year",
}

ADDRESS_BOOK: dict[str, str | dict] = {}
for _table in (_google(), _OUTLOOK, _THUNDERBIRD, _YAHOO, _KMAIL, _WINDOWS_LIVE):
    for _key, _target in _table.items():
        ADDRESS_BOOK.setdefault(_key, _target)

# The built-in tables, tried in this order when guessing which one a file follows.
BUILT_IN = {name: {header_key(k): v for k, v in table.items()}
            for name, table in (("own", OWN), ("address-book", ADDRESS_BOOK),
                                ("generic", GENERIC))}
SOURCE_NAMES = {"own": "NGO Directory export", "address-book": "address book export",
                "generic": "list of organisations"}
