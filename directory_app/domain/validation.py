"""Value rules: e-mail, phone, URL, names. Failures raise `ValidationError` naming the field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers


class ValidationError(ValueError):
    """A value the directory refuses, with the field it belongs to and the reason in words."""

    def __init__(self, field: str, reason: str, value: object = None):
        self.field = field
        self.reason = reason
        self.value = value
        super().__init__(f"{field}: {reason}")


# Deliberately permissive local part (RFC 5322 allows much), strict on the shape that matters:
# one @, a dotted domain, no spaces. Internationalised domains and local parts are accepted.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")


def check_email(value: str, field: str = "email") -> str:
    """Return the trimmed address, or raise if it is not an e-mail address."""
    text = value.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not _EMAIL.match(text) or ".." in text:
        raise ValidationError(
            field, f"“{value}” is not an e-mail address (expected name@example.org)", value)
    return text


def check_url(value: str, field: str = "website") -> str:
    """Return the URL with a scheme added when missing, or raise if it is not a web address."""
    text = value.strip()
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:  # "http://[" and other malformed hosts
        raise ValidationError(
            field, f"“{value}” is not a web address (expected example.org)", value) from None
    if parts.scheme not in ("http", "https", "ftp") or "." not in host or " " in text:
        raise ValidationError(
            field, f"“{value}” is not a web address (expected example.org)", value)
    return text


# A name or contact value longer than this is a wrong column or a broken file (a 10 MB line),
# and would make every list that shows it crawl.
MAX_REQUIRED = 2000


def check_required(value: str, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "is required and cannot be empty")
    if len(text) > MAX_REQUIRED:
        raise ValidationError(field, f"is {len(text):,} characters long (at most "
                                     f"{MAX_REQUIRED:,}): is it the right column?")
    return text


# Area codes that Russia renumbered; handbooks from the 1990s still carry the old ones.
# Moscow 095 became 495 in 2001 and Moscow region 096 became 496.
_OLD_RU_CODES = {"095": "495", "096": "496"}
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class PhoneResult:
    """A phone as written plus its E.164 form ("" when it could not be normalised)."""

    written: str
    e164: str
    warning: str = ""


def normalise_phone(value: str, default_region: str = "RU") -> PhoneResult:
    """Parse a phone number written any common way; never loses the written form.

    Handles old Russian codes (095-291-29-04 → +74952912904) and the domestic trunk 8.
    """
    written = value.strip()
    digits = "".join(_DIGITS.findall(written))
    if len(digits) < 5:
        return PhoneResult(written, "", f"“{value}” has too few digits for a phone number")
    candidate = _modernise(written, digits, default_region)
    try:
        parsed = phonenumbers.parse(candidate, default_region)
    except phonenumbers.NumberParseException as exc:
        return PhoneResult(written, "", f"“{value}” could not be read as a phone number ({exc})")
    if not phonenumbers.is_valid_number(parsed):
        return PhoneResult(written, "",
                           f"“{value}” is not a valid phone number for {default_region}")
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return PhoneResult(written, e164)


def _modernise(written: str, digits: str, region: str) -> str:
    """Rewrite a Russian number with a renumbered area code into today's national form."""
    if region != "RU" and not written.lstrip().startswith(("+7", "7", "8")):
        return written
    national = digits
    if written.lstrip().startswith("+7") or (len(digits) == 11 and digits[0] in "78"):
        national = digits[1:]
    if len(national) == 10 and national[:3] in _OLD_RU_CODES:
        return "+7" + _OLD_RU_CODES[national[:3]] + national[3:]
    return written


def check_phone(value: str, field: str = "phone", default_region: str = "RU") -> PhoneResult:
    """Like `normalise_phone`, but refuse text that has no phone number in it at all."""
    result = normalise_phone(value, default_region)
    if not result.e164 and len(_DIGITS.findall(value)) < 5:
        raise ValidationError(field, result.warning, value)
    return result
