"""The fast path for Russian phones gives exactly what `phonenumbers` gives."""

from __future__ import annotations

import random

from directory_app.domain.validation import normalise_phone
from directory_app.exchange.phones import fast_ru, normalise

SHAPES = ["+7 ({a}) {b}-{c}-{d}", "8 ({a}) {b}-{c}-{d}", "({a}) {b}-{c}-{d}", "8{a}{b}{c}{d}",
          "+7{a}{b}{c}{d}", "{a} {b} {c} {d}", "8-{a}-{b}-{c}-{d}", "+7 {a} {b}{c}{d}",
          "{a}.{b}.{c}.{d}", "+7 ({a}){b}{c}{d}", "8 {a} {b} {c} {d}"]


def test_fast_path_agrees_with_phonenumbers():
    rnd = random.Random(7)
    accepted = 0
    for _ in range(6000):
        digits = f"{rnd.randint(0, 999999999999):012d}"
        area = rnd.choice(["495", "499", "812", "383", "343", "800", "900", "916", "095",
                           "096", "123", "301", "" + digits[:3]])
        text = rnd.choice(SHAPES).format(a=area, b=digits[3:6], c=digits[6:8], d=digits[8:10])
        fast = fast_ru(text)
        slow = normalise_phone(text, "RU")
        if fast is not None:
            accepted += 1
            assert fast == slow.e164, text
        assert normalise(text, "RU") == slow
    assert accepted > 2000          # the fast path takes the common shapes


def test_other_countries_and_odd_text_use_phonenumbers():
    assert fast_ru("+44 20 7946 0958") is None
    assert normalise("+44 20 7946 0958", "GB").e164 == "+442079460958"
    assert normalise("тел. по запросу", "RU").warning
    assert normalise("095-291-29-04").e164 == "+74952912904"


def test_validity_pattern_agrees_with_is_valid_number():
    """The one-regex validity check is phonenumbers' is_valid_number on every area code."""
    import phonenumbers

    from directory_app.exchange.phones import _valid_pattern, _valid_ru

    assert _valid_pattern() is not None          # the fast check is really in use
    rnd = random.Random(11)
    valid = 0
    for area in range(1000):
        for _ in range(12):
            national = f"{area:03d}{rnd.randint(0, 9999999):07d}"
            number = phonenumbers.PhoneNumber(country_code=7, national_number=int(national))
            expected = phonenumbers.is_valid_number(number)
            assert _valid_ru(national) == expected, national
            valid += expected
    assert valid > 2000
