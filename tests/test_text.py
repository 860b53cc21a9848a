from hypothesis import given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from directory_app.domain.text import _fast_table, latinise, query_terms, search_key, sort_key


def test_fast_table_agrees_with_unidecode():
    """The str.translate shortcut must give exactly what Unidecode gives (ё aside, read as е)."""
    for code, replacement in _fast_table().items():
        if chr(code) in "ёЁ":
            continue
        assert replacement == unidecode(chr(code)), hex(code)


def test_latinise_matches_unidecode_on_mixed_text():
    text = "Правозащитный центр «Мемориал», Ģirts Ørsted, 北京"
    assert latinise(text) == unidecode(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_latinise_matches_unidecode_on_any_text(text):
    """Characters outside the fast table are added to it as met; the result stays Unidecode's."""
    assert latinise(text) == unidecode(text.replace("ё", "е").replace("Ё", "Е"))


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
    import unicodedata

    from directory_app.domain.text import _invisible

    every = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert every == set(_invisible())
