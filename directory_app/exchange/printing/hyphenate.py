"""Soft hyphens for justified paragraphs: Qt breaks lines at them but does not hyphenate itself.

Without them a justified paragraph in a handbook column opens wide gaps between words. Pyphen
carries the TeX hyphenation patterns for English and Russian; words are hyphenated with the
patterns of their script and cached, since a directory repeats its vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
_LONG_WORD = re.compile(r"[^\W\d_]{7,}")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=2)
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang)


@lru_cache(maxsize=100_000)
def _hyphenate_word(word: str) -> str:
    lang = "ru_RU" if _CYRILLIC.search(word) else "en_GB"
    return _dictionary(lang).inserted(word, hyphen=SOFT_HYPHEN)


def hyphenate(text: str) -> str:
    """`text` with soft hyphens at the break points of its words of seven letters or more."""
    return _LONG_WORD.sub(lambda m: _hyphenate_word(m.group()), text)
