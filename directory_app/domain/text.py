"""Text folding for sorting and cross-script search.

`search_key` turns any text into lower-case Latin words: Cyrillic is transliterated with the
tables of Unidecode, ё is folded to е first (Russian writers use them interchangeably), and
case and diacritics are dropped. Indexing and queries both go through it, so `memorial`,
`Мемориал` and `МЕМОРИАЛ` meet on the same token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_YO = str.maketrans({"ё": "е", "Ё": "Е"})
# Invisible format characters (zero-width spaces and joiners, bidi controls, soft hyphens, BOM)
# pasted from web pages and phones: dropped from search and sort keys so that "Мемо\u200bриал"
# still sorts and searches as one word.
# Cf characters outside the BMP live in these blocks (checked against all of Unicode in
# test_text.py); scanning only them keeps the table's one-time cost to a few milliseconds.
_ASTRAL_CF_BLOCKS = ((0x110B0, 0x110D0), (0x13430, 0x13460), (0x1BCA0, 0x1BCB0),
                     (0x1D170, 0x1D180), (0xE0000, 0xE0080))


@lru_cache(maxsize=1)
def _invisible() -> dict[int, None]:
    codes = [*range(0x10000), *(c for lo, hi in _ASTRAL_CF_BLOCKS for c in range(lo, hi))]
    return {c: None for c in codes if unicodedata.category(chr(c)) == "Cf"}
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1)
def _fast_table() -> dict[int, str]:
    """Unidecode's own mapping for Cyrillic and Latin-1, as a `str.translate` table.

    Unidecode walks a string in Python, character by character; on a 100,000-entry directory
    that alone takes tens of seconds. `str.translate` with the same mapping runs in C, and
    `test_text.py` checks the two agree on every character in these blocks.
    """
    table = {}
    for start, end in ((0x00C0, 0x0180), (0x0400, 0x0530)):
        for code in range(start, end):
            table[code] = unidecode(chr(code))
    for code, letter in ((ord("ё"), "e"), (ord("Ё"), "E")):
        table[code] = letter
    return table


def latinise(text: str) -> str:
    """Transliterate to ASCII (Мемориал → Memorial), ё read as е, invisible characters dropped."""
    text = text.translate(_YO)
    if not text.isascii():
        text = text.translate(_invisible())
    if text.isascii():
        return text
    table = _fast_table()
    text = text.translate(table)
    if text.isascii():
        return text
    # Other characters (« » — №, CJK ...) join the table one by one as they are met: Unidecode
    # maps character by character, so this gives the same text without its Python loop over
    # the whole string every time a name holds one of them.
    for char in set(text):
        if ord(char) >= 128 and ord(char) not in table:
            table[ord(char)] = unidecode(char)
    return text.translate(table)


def search_key(text: str) -> str:
    """Lower-case Latin words separated by single spaces, for the full-text index."""
    if not text:
        return ""
    # Apostrophes come from soft and hard signs (Khel'sinki); dropping them keeps words whole.
    folded = latinise(text).lower().replace("'", "")
    return " ".join(_NON_WORD.split(folded)).strip()


def sort_key(text: str) -> str:
    """Case-folded, ё-folded form used to order names (Cyrillic after Latin, as in the alphabet)."""
    if not text.isascii():
        text = text.translate(_invisible())
    return text.translate(_YO).casefold().strip()


def query_terms(query: str) -> list[str]:
    """The words of a user's query, folded like the index; empty when nothing searchable is left."""
    return search_key(query).split()
