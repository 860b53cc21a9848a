"""Page breaking rules and name collation of the print drafts (no Qt layout needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from directory_app.exchange.printing.collation import collation_key
from directory_app.exchange.printing.index import index_groups
from directory_app.exchange.printing.paginate import Line, paginate


def lines(spec: str, height: float = 10) -> list[Line]:
    """'b' breakable, 'k' kept with the previous line, 'f' forced page start."""
    return [Line(i * height, (i + 1) * height, c != "k", c == "f") for i, c in enumerate(spec)]


def test_page_ends_before_the_last_breakable_line():
    # A heading (b) kept with its entry's first lines (k k) moves to the next page whole.
    assert paginate(lines("bbbbkk" + "b"), 45) == [(0, 3), (3, 7)]


def test_forced_break_and_overlong_block():
    assert paginate(lines("bbfbb"), 100) == [(0, 2), (2, 5)]
    assert paginate(lines("bkkkkk"), 25) == [(0, 2), (2, 4), (4, 6)]


@given(st.lists(st.sampled_from("bkf"), min_size=1, max_size=60),
       st.floats(min_value=5, max_value=200))
def test_every_line_on_exactly_one_page_in_order(spec, height):
    pages = paginate(lines("".join(spec)), height)
    assert pages[0][0] == 0 and pages[-1][1] == len(spec)
    assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(pages, pages[1:], strict=False))


def test_collation_for_russian_and_english_names():
    key = collation_key("en")
    names = ["Мемориал", "«Агора»", "Ёлка", "ель", "amnesty", "Agora", "Group 10", "Group 2"]
    assert sorted(names, key=key) == ["Agora", "amnesty", "Group 2", "Group 10", "«Агора»",
                                      "Ёлка", "ель", "Мемориал"]
    ru = collation_key("ru")
    assert sorted(["Agora", "Мемориал"], key=ru) == ["Мемориал", "Agora"]


def test_index_letters_file_yo_under_ye():
    groups = index_groups(["Ёлкин", "Ельцов", "Amnesty", "1st group"], collation_key("en"))
    assert [letter for letter, _ in groups] == ["#", "A", "Е"]
    assert groups[2][1] == ["Ёлкин", "Ельцов"]   # ё sorts as е: к before ь
