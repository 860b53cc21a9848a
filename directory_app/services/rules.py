"""Cleaning and checking of field values before they are written.

Each function takes the user's values (a dict of column names) and returns the values to store,
or raises `ValidationError` naming the field.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from directory_app.domain.enums import (
    Consent,
    ContactKind,
    NameKind,
    OrgKind,
    OrgStatus,
    Privacy,
    RelationKind,
)
from directory_app.domain.text import sort_key
from directory_app.domain.validation import (
    ValidationError,
    check_email,
    check_required,
    check_url,
    normalise_phone,
)

ORG_FIELDS = {
    "name", "kind", "parent_id", "founded_year", "status", "size", "meeting_rhythm", "languages",
    "description", "mission", "history", "activities", "notes", "source", "source_date",
    "last_verified", "extra", "uid",
}
PERSON_FIELDS = {
    "given_name", "family_name", "patronymic", "display_name", "notes", "consent",
    "consent_date", "privacy", "extra", "uid",
}
CONTACT_FIELDS = {
    "kind", "label", "value", "service", "street", "po_box", "postal_code", "city", "region",
    "country", "sort_order", "privacy",
}


def _unknown(values: dict[str, Any], allowed: set[str], what: str) -> None:
    extra = set(values) - allowed
    if extra:
        raise ValidationError(sorted(extra)[0], f"is not a field of {what}")


def _choice(values: dict, field: str, enum: type) -> None:
    if field in values:
        try:
            values[field] = enum(values[field]).value
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise ValidationError(field, f"“{values[field]}” is not one of: {allowed}") from None


def _date(values: dict, field: str) -> None:
    value = values.get(field)
    if isinstance(value, str):
        if not value.strip():
            values[field] = None
            return
        try:
            values[field] = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"“{value}” is not a date (expected YYYY-MM-DD)") from None


def _strip_text(values: dict) -> None:
    """Surrounding blanks and NUL characters removed: NUL is no text, and SQLite's own text
    functions (`printf`, `length`, ...) end a value at one (https://sqlite.org/nulinstr.html)."""
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.replace("\x00", "").strip()


def normal_extra(text: str) -> str:
    """Extra properties (JSON) in the one form they are stored in: keys sorted, nothing for an
    empty value; text that is not JSON stays as it is. Exports write them as stored."""
    if not text:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def _extra(values: dict) -> None:
    if isinstance(values.get("extra"), str):
        values["extra"] = normal_extra(values["extra"])


def clean_org(values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    values = dict(values)
    _unknown(values, ORG_FIELDS, "an organisation")
    _strip_text(values)
    _extra(values)
    if creating or "name" in values:
        values["name"] = check_required(values.get("name", ""), "name")
        values["sort_name"] = sort_key(values["name"])
    _choice(values, "kind", OrgKind)
    _choice(values, "status", OrgStatus)
    _date(values, "source_date")
    _date(values, "last_verified")
    year = values.get("founded_year")
    if year == "":
        values["founded_year"] = None
    elif year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise ValidationError("founded_year", f"“{year}” is not a year") from None
        if not 1800 <= year <= date.today().year + 1:
            raise ValidationError("founded_year", f"{year} is not a plausible founding year")
        values["founded_year"] = year
    return values


def person_display_name(values: dict[str, Any]) -> str:
    parts = [values.get("given_name", ""), values.get("patronymic", ""),
             values.get("family_name", "")]
    return " ".join(p for p in parts if p)


def clean_person(values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    values = dict(values)
    _unknown(values, PERSON_FIELDS, "a person")
    _strip_text(values)
    _extra(values)
    if creating and not values.get("display_name"):
        values["display_name"] = person_display_name(values)
    if creating or "display_name" in values:
        values["display_name"] = check_required(values.get("display_name", ""), "display_name")
        values["sort_name"] = sort_key(values.get("family_name") or values["display_name"])
    _choice(values, "consent", Consent)
    _choice(values, "privacy", Privacy)
    _date(values, "consent_date")
    return values


def clean_contact(values: dict[str, Any], *, creating: bool, default_region: str = "RU"
                  ) -> tuple[dict[str, Any], str]:
    """Cleaned contact values and a warning ("" if none): phones that cannot be normalised are
    kept as written with a warning, never refused."""
    values = dict(values)
    _unknown(values, CONTACT_FIELDS, "a contact point")
    _strip_text(values)
    _choice(values, "kind", ContactKind)
    _choice(values, "privacy", Privacy)
    kind = ContactKind(values.get("kind", ContactKind.PHONE))
    warning = ""
    value = values.get("value", "")
    if kind == ContactKind.ADDRESS:
        if creating and not any(values.get(k) for k in
                                ("street", "po_box", "postal_code", "city", "country", "value")):
            raise ValidationError("street", "an address needs at least a street, PO box or city")
    elif "value" in values or creating:
        check_required(value, "value")
        if kind == ContactKind.EMAIL:
            values["value"] = check_email(value, "value")
        elif kind == ContactKind.WEBSITE:
            values["value"] = check_url(value, "value")
        elif kind.is_phone_like:
            result = normalise_phone(value, default_region)
            values["e164"] = result.e164
            warning = result.warning
    return values, warning


def clean_other_name(name: str, kind: str = NameKind.TRANSLATION.value, language: str = ""
                     ) -> dict[str, Any]:
    values = {"name": check_required(name, "other name"), "kind": kind, "language": language}
    _choice(values, "kind", NameKind)
    return values


def clean_relation_kind(kind: str) -> str:
    values = {"kind": kind}
    _choice(values, "kind", RelationKind)
    return values["kind"]
