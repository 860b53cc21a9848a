import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from directory_app.domain.text import (
    _fast_table,
    _invisible,
    latinise,
    query_terms,
    search_key,
    sort_key,
)


def test_fast_table_agrees_with_unidecode():
    """The str.translate shortcut must give exactly what Unidecode gives (ё aside, read as е;
    invisible characters dropped)."""
    invisible = _invisible()
    for code, replacement in _fast_table().items():
        if chr(code) in "ёЁ":
            continue
        if code in invisible:
            assert replacement is None
            continue
        assert replacement == unidecode(chr(code)), hex(code)


def _reference_key(text: str) -> str:
    """search_key as first written: Unidecode over the whole text, then lower-case words."""
    for char in invisible_chars(text):
        text = text.replace(char, "")
    folded = unidecode(text.replace("ё", "е").replace("Ё", "Е")).lower().replace("'", "")
    return " ".join(re.split(r"[^0-9a-z]+", folded)).strip()


def invisible_chars(text: str) -> set[str]:
    return {c for c in text if ord(c) in _invisible()}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_search_key_matches_unidecode_reference(text):
    """The one-table search key gives what Unidecode over the whole text would give."""
    assert search_key(text) == _reference_key(text)


def test_search_key_reference_on_punctuation_and_scripts():
    for text in ["«Мемориал» — № 5", "Хельсинкская группа, д. 7", "Ģirts Ørsted 北京 Ω",
                 "Фонд «Право ребёнка»\u200b", "O'Brien & Co.", "ЪЬъь", "  "]:
        assert search_key(text) == _reference_key(text), text


def test_latinise_matches_unidecode_on_mixed_text():
    text = "Правозащитный центр «Мемориал», Ģirts Ørsted, 北京"
    assert latinise(text) == unidecode(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_latinise_matches_unidecode_on_any_text(text):
    """Characters outside the fast table are added to it as met; the result stays Unidecode's,
    apart from invisible (format, Cf) characters, which latinise drops by design."""
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    assert latinise(text) == unidecode(visible.replace("ё", "е").replace("Ё", "Е"))


def test_latinise_drops_invisible_characters_unidecode_would_spell():
    assert unidecode("\ufff9") != ""
    assert latinise("a\ufff9b\u200b") == "ab"


def test_search_key_folds_case_script_and_yo():
    assert search_key("МЕМОРИАЛ") == search_key("Memorial") == "memorial"
    assert search_key("Ёлка") == search_key("Елка")
    assert search_key("Хельсинкская") == "khelsinkskaia"


def test_query_terms_strip_fts_syntax():
    assert query_terms('"memorial" OR (NEAR* ^x') == ["memorial", "or", "near", "x"]
    assert query_terms("***") == []


def test_sort_key_folds_yo_and_case():
    assert sort_key("Ёжик") == sort_key("ежик")


def test_invisible_characters_dropped_from_keys():
    assert search_key("Мемо\u200bриал") == "memorial"
    assert search_key("\u202eМемориал\u202c\ufeff") == "memorial"
    assert sort_key("\u200bZeta\u00ad") == "zeta"


def test_invisible_table_covers_every_format_character():
    import sys

    from directory_app.domain.text import _invisible

    every = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert every == set(_invisible())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_sort_key_matches_translate_reference(text):
    """Skipping the invisible-character pass for printable text changes nothing."""
    expected = text.translate(_invisible()).replace("ё", "е").replace("Ё", "Е")
    assert sort_key(text) == expected.casefold().strip()
