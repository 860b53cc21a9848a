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
def _fast_table() -> dict[int, str | None]:
    """Unidecode's own mapping for Cyrillic and Latin-1, as a `str.translate` table.

    Unidecode walks a string in Python, character by character; on a 100,000-entry directory
    that alone takes tens of seconds. `str.translate` with the same mapping runs in C, and
    `test_text.py` checks the two agree on every character in these blocks. The table also
    reads ё as е and drops invisible characters, so that one pass does all three.
    """
    table: dict[int, str | None] = dict(_invisible())
    for start, end in ((0x00C0, 0x0180), (0x0400, 0x0530)):
        for code in range(start, end):
            table[code] = unidecode(chr(code))
    for code, letter in ((ord("ё"), "e"), (ord("Ё"), "E")):
        table[code] = letter
    return table


def _learn(table: dict[int, str | None], text: str, fold=None) -> None:
    """Add the characters of `text` the table lacks, as Unidecode maps them (folded by `fold`).

    Other characters (« » — №, CJK ...) join the table one by one as they are met: Unidecode
    maps character by character, so this gives the same text without its Python loop over the
    whole string every time a name holds one of them.
    """
    for char in set(text):
        code = ord(char)
        if code >= 128 and code not in table:
            latin = unidecode(char)
            table[code] = latin if fold is None else fold(latin)


def latinise(text: str) -> str:
    """Transliterate to ASCII (Мемориал → Memorial), ё read as е, invisible characters dropped."""
    if text.isascii():
        return text
    table = _fast_table()
    out = text.translate(table)
    if out.isascii():
        return out
    _learn(table, out)
    return text.translate(table)


def _fold_key(latin: str) -> str:
    """What `search_key` makes of a piece of Latin text: lower-case words, apostrophes
    dropped (they come from soft and hard signs: Khel'sinki), anything else a space."""
    return _NON_WORD.sub(" ", latin.lower().replace("'", ""))


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str | None]:
    """`latinise` and `_fold_key` in one `str.translate` table: every character maps to
    lower-case letters, digits or spaces, so a key is one translate and a split."""
    table: dict[int, str | None] = {code: _fold_key(chr(code)) for code in range(128)}
    for code, latin in _fast_table().items():
        table[code] = None if latin is None else _fold_key(latin)
    return table


def search_key(text: str) -> str:
    """Lower-case Latin words separated by single spaces, for the full-text index."""
    if not text:
        return ""
    table = _key_table()
    out = text.translate(table)
    if not out.isascii():
        _learn(table, out, _fold_key)
        out = text.translate(table)
    return " ".join(out.split())


def sort_key(text: str) -> str:
    """Case-folded, ё-folded form used to order names (Cyrillic after Latin, as in the alphabet)."""
    if not text.isascii():
        # Invisible characters are not printable: the C check skips the translate for most text.
        if not text.isprintable():
            text = text.translate(_invisible())
        text = text.replace("ё", "е").replace("Ё", "Е")
    return text.casefold().strip()


def query_terms(query: str) -> list[str]:
    """The words of a user's query, folded like the index; empty when nothing searchable is left."""
    return search_key(query).split()
