"""Text as XML 1.0 allows it: ODT and DOCX files with control characters do not open."""

from __future__ import annotations

import re
from dataclasses import replace

from directory_app.exchange.printing.model import Draft, Para

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (tab, newline and return stay)."""
    return _NOT_XML.sub("", text)


def xml_safe_draft(draft: Draft) -> Draft:
    """A copy of `draft` whose every string is `xml_safe`."""
    def para(p: Para) -> Para:
        terms = tuple(replace(t, text=xml_safe(t.text)) for t in p.terms)
        return replace(p, text=xml_safe(p.text), terms=terms)

    sections = [replace(s, path=tuple(xml_safe(n) for n in s.path),
                        entries=[replace(e, name=xml_safe(e.name), paras=[para(p) for p in e.paras])
                                 for e in s.entries])
                for s in draft.sections]
    return replace(draft, title=xml_safe(draft.title), subtitle=xml_safe(draft.subtitle),
                   scope=xml_safe(draft.scope), sections=sections)
