"""Back-of-book indexes: terms sorted by collation and grouped under their initial letter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from directory_app.exchange.printing.model import Draft, TermKind


def index_groups(terms: Iterable[str], key: Callable[[str], Any]
                 ) -> list[tuple[str, list[str]]]:
    """[(letter, [term, ...]), ...] in dictionary order; ё is filed under Е, digits under #."""
    groups: list[tuple[str, list[str]]] = []
    for term in sorted(set(terms), key=key):
        letter = initial(term)
        if not groups or groups[-1][0] != letter:
            groups.append((letter, []))
        groups[-1][1].append(term)
    return groups


def initial(term: str) -> str:
    for char in term:
        if char.isalpha():
            return {"Ё": "Е"}.get(char.upper(), char.upper())
        if char.isdigit():
            return "#"
    return "#"


def draft_terms(draft: Draft, kind: TermKind) -> dict[str, list[int]]:
    """Every index term of `kind` with the positions (in `draft.entries()`) of its entries."""
    out: dict[str, list[int]] = {}
    for number, entry in enumerate(draft.entries()):
        for para in entry.paras:
            for term in para.terms:
                if term.kind == kind and number not in out.setdefault(term.text, []):
                    out[term.text].append(number)
    return out
