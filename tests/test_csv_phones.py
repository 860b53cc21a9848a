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
