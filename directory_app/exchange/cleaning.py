"""Incoming records turned into column values, with the directory's own value rules.

Problems that make an entry impossible (an organisation kind the directory does not know, a
founding year of 3024) are errors of the record; a phone that cannot be normalised or an
address that is not quite an e-mail address is kept as written, with a warning.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from directory_app.domain.enums import ContactKind, Privacy
from directory_app.domain.validation import (
    ValidationError,
    check_email,
    check_url,
)
from directory_app.exchange import phones
from directory_app.exchange.csv_format import truthy
from directory_app.exchange.records import ContactIn, OrgIn, PersonIn, Record, RecordProblem
from directory_app.services import rules

_ORG_SIMPLE = ("name", "description", "notes", "uid", "kind")
# The enums as plain lookups: calling an Enum per contact point cost more than the rest of it.
_KINDS = {k.value: k.value for k in ContactKind}
_PHONE_LIKE = {k.value for k in ContactKind if k.is_phone_like}
_PRIVACY = {p.value for p in Privacy}
# Web addresses of the everyday shape (www.org.ru, https://org.ru/about), which `check_url`
# always accepts (test_csv_pipeline.py checks that): it need not parse them.
_PLAIN_URL = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#]\S*)?\Z")


class RecordError(Exception):
    """A value that makes a record impossible to import; names the column."""

    def __init__(self, column: str, reason: str):
        super().__init__(f"{column}: {reason}")
        self.problem = RecordProblem(column, reason)


def _column(record: Record, owner: str, field: str) -> str:
    return record.columns.get(f"{owner}.{field}", field)


def org_values(record: Record, org: OrgIn) -> dict[str, Any]:
    values: dict[str, Any] = {k: getattr(org, k) for k in _ORG_SIMPLE if getattr(org, k)}
    values.update(org.fields)
    try:
        values = rules.clean_org(values, creating=True)
    except ValidationError as exc:
        raise RecordError(_column(record, "org", exc.field), exc.reason) from None
    # Already in the stored form (`rules.normal_extra`), without parsing it again.
    if org.extra:
        values["extra"] = json.dumps(org.extra, ensure_ascii=False, sort_keys=True)
    return values


def person_values(record: Record, person: PersonIn) -> dict[str, Any]:
    values: dict[str, Any] = {k: getattr(person, k) for k in (
        "display_name", "given_name", "family_name", "patronymic", "notes", "uid")
        if getattr(person, k)}
    values.update(person.fields)
    try:
        values = rules.clean_person(values, creating=True)
    except ValidationError as exc:
        raise RecordError(_column(record, "person", exc.field), exc.reason) from None
    if person.extra:
        values["extra"] = json.dumps(person.extra, ensure_ascii=False, sort_keys=True)
    return values


def affiliation_values(record: Record, person: PersonIn) -> dict[str, Any]:
    values: dict[str, Any] = {"role": person.role.strip(), "is_primary": False,
                              "start_date": None, "end_date": None}
    for key, value in person.affiliation.items():
        if key == "is_primary":
            values[key] = truthy(str(value)) if not isinstance(value, bool) else value
        elif key in ("start_date", "end_date"):
            values[key] = _date(record, key, value)
    return values


def _date(record: Record, field: str, value: Any) -> date | None:
    if isinstance(value, date) or not value:
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise RecordError(_column(record, "person", field),
                          f"“{value}” is not a date (expected YYYY-MM-DD)") from None


def _where(record: Record, owner: str, contact: ContactIn) -> str:
    return contact.column or _column(record, owner, contact.kind)


def contact_values(record: Record, owner: str, contact: ContactIn, country: str,
                   warnings: list[RecordProblem]) -> dict[str, Any] | None:
    """Column values of a contact point, or None when it holds nothing."""
    kind = _KINDS.get(contact.kind)
    if kind is None:
        raise RecordError(_where(record, owner, contact),
                          f"“{contact.kind}” is not a kind of contact")
    privacy = contact.privacy or Privacy.PUBLIC.value
    if privacy not in _PRIVACY:
        warnings.append(RecordProblem(_where(record, owner, contact),
                                      f"“{privacy}” is not a privacy level; made public"))
        privacy = Privacy.PUBLIC.value
    text = contact.value.strip()
    if not text and kind != "address":
        return None
    values = {"kind": kind, "label": contact.label.strip(), "value": text,
              "service": contact.service.strip(), "street": contact.street.strip(),
              "po_box": contact.po_box.strip(), "postal_code": contact.postal_code.strip(),
              "city": contact.city.strip(), "region": contact.region.strip(),
              "country": contact.country.strip(), "privacy": privacy, "e164": ""}
    problem = ""
    if kind == "address":
        parts = ("street", "po_box", "postal_code", "city", "region", "country", "value")
        return values if any(values[p] for p in parts) else None
    if kind == "email":
        try:
            values["value"] = check_email(text)
        except ValidationError as exc:
            problem = exc.reason
    elif kind == "website" and not _PLAIN_URL.match(text):
        try:
            check_url(text)
        except ValidationError as exc:
            problem = exc.reason
    elif kind in _PHONE_LIKE:
        result = phones.normalise(text, country)
        values["e164"] = result.e164
        problem = result.warning
    if problem:
        warnings.append(RecordProblem(_where(record, owner, contact),
                                      f"{problem}; kept as written"))
    return values


def contact_key(values: dict[str, Any]) -> tuple:
    """What makes two contact points the same, for merging without duplicates."""
    if values["kind"] == "address":
        return ("address", values["street"].casefold(), values["city"].casefold(),
                values["postal_code"], values["value"].casefold())
    return (values["kind"], values["e164"] or values["value"].casefold())
