"""Arbitrary text in entries never breaks a draft: every writer produces a file that reads back."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.exchange.printing.model import (
    Draft,
    Entry,
    IndexTerm,
    Para,
    Section,
    Style,
    TermKind,
)
from directory_app.exchange.printing.writers import write_draft

text = st.text(min_size=1, max_size=40)


@st.composite
def drafts(draw):
    sections = []
    for level, title in enumerate(draw(st.lists(text, min_size=1, max_size=3)), 1):
        entries = []
        for name in draw(st.lists(text, max_size=3)):
            body = draw(st.lists(st.tuples(st.sampled_from(list(Style)), text), max_size=4))
            paras = [Para(Style.ENTRY_NAME, name, terms=(IndexTerm(TermKind.ORG, name),))]
            paras += [Para(style, value, terms=(IndexTerm(TermKind.PERSON, value),))
                      for style, value in body]
            entries.append(Entry(1, name, paras))
        sections.append(Section((title,), entries, level=min(level, 4)))
    return Draft(title=draw(text), edition=date(2026, 1, 1), sections=sections,
                 internal=draw(st.booleans()))


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(draft=drafts())
def test_any_text_prints_in_every_format(qapp, tmp_path, draft):
    import docx
    from odf.opendocument import load

    for fmt in ("pdf", "odt", "docx", "html"):
        out = tmp_path / f"d.{fmt}"
        write_draft(draft, out, fmt)
        assert out.stat().st_size > 0
    load(str(tmp_path / "d.odt"))
    docx.Document(str(tmp_path / "d.docx"))
