"""Phone normalisation for bulk imports: a fast path for Russian numbers, `phonenumbers` else.

`phonenumbers.parse` costs about 50 µs a number, most of a 100,000-row import's time. Numbers
written the common Russian ways (+7 (495) 123-45-67, 8 495 123 45 67, (812) 315-98-36) are
read by one regular expression instead; the result is still checked with
`phonenumbers.is_valid_number`, and anything the fast path does not accept goes to
`domain.validation.normalise_phone`. `tests/test_csv_phones.py` shows both give the same result
on every number the fast path accepts.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from directory_app.domain.validation import PhoneResult, normalise_phone

_RU_SHAPE = re.compile(
    r"^(?:\+7|8)?[\s.\-]*\(?([1-9]\d{2})\)?[\s.\-]*(\d{3})[\s.\-]*(\d{2})[\s.\-]*(\d{2})$")
_OLD_RU_CODES = {"095": "495", "096": "496"}


def fast_ru(written: str) -> str | None:
    """E.164 of a Russian number in a common shape, or None when the slow path must decide."""
    match = _RU_SHAPE.match(written)
    if match is None:
        return None
    code, *rest = match.groups()
    national = _OLD_RU_CODES.get(code, code) + "".join(rest)
    number = phonenumbers.PhoneNumber(country_code=7, national_number=int(national))
    if not phonenumbers.is_valid_number(number):
        return None
    return "+7" + national


@lru_cache(maxsize=20_000)
def normalise(value: str, country: str = "RU") -> PhoneResult:
    """Like `normalise_phone` (same results), faster on common Russian numbers."""
    written = value.strip()
    if country == "RU":
        e164 = fast_ru(written)
        if e164 is not None:
            return PhoneResult(written, e164)
    return normalise_phone(value, country)
