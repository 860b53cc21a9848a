"""The draft as one self-contained HTML page: contents and indexes link to the entries."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from directory_app.exchange.printing.build import check_cancel
from directory_app.exchange.printing.collation import collation_key
from directory_app.exchange.printing.index import draft_terms, index_groups
from directory_app.exchange.printing.model import Draft, TermKind
from directory_app.exchange.printing.safe_output import atomic_output

CSS = """
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10pt; max-width: 44em;
       margin: 2em auto; line-height: 1.35; }
h1, h2, h3, h4, .title { font-family: "DejaVu Sans", Arial, sans-serif; }
h1 { page-break-before: always; }
.entry { margin-top: 1.2em; page-break-inside: avoid; }
.entry p { margin: 0; }
.entry p.spaced { margin-top: 0.45em; }
.entry_name { font-weight: bold; font-size: 115%; }
.other_names, .pub_title, .xref { font-style: italic; }
.status, .source { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 75%;
                   color: #5a5a5a; }
.source { font-style: italic; }
.office_name, .label { font-weight: bold; }
.text, .pub_text { text-align: justify; }
.pub_text, .office_text { margin-left: 1.5em; text-align: justify; }
.toc a, .index a { text-decoration: none; color: inherit; }
.internal { position: fixed; bottom: 0; left: 0; right: 0; text-align: center;
            font-weight: bold; background: #fff; }
"""


def write_html(draft: Draft, out: Path, *, collation: str = "en",
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    parts = [f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
             f"<title>{escape(draft.title)}</title><style>{CSS}</style></head><body>"]
    if draft.internal:
        parts.append(f'<div class="internal">{escape(draft.INTERNAL_MARK)}</div>')
    parts.append(f'<p class="title" style="font-size:200%;font-weight:bold">'
                 f"{escape(draft.title)}</p>")
    if draft.subtitle:
        parts.append(f'<p class="title">{escape(draft.subtitle)}</p>')
    parts.append(f"<p>{escape(draft.edition_text())}. {escape(draft.entry_count_text())}. "
                 f"Scope: {escape(draft.scope)}. Profile: {escape(draft.profile)}.</p>")
    parts.append('<nav class="toc"><h2>Contents</h2>')
    for number, section in enumerate(draft.sections):
        indent = 1.5 * (section.level - 1)
        parts.append(f'<div style="margin-left:{indent}em"><a href="#s{number}">'
                     f"{escape(section.title)}</a></div>")
    parts.append("</nav>")
    entry_number = 0
    for number, section in enumerate(draft.sections):
        check_cancel(cancelled)
        level = min(section.level, 4)
        parts.append(f'<h{level} id="s{number}">{escape(section.title)}</h{level}>')
        for entry in section.entries:
            anchor = "" if entry.xref else f' id="e{entry_number}"'
            entry_number += 0 if entry.xref else 1
            parts.append(f'<div class="entry"{anchor}>')
            for para in entry.paras:
                classes = para.style.value + (" spaced" if para.space_before else "")
                parts.append(f'<p class="{classes}">{escape(para.text)}</p>')
            parts.append("</div>")
        if progress is not None:
            progress(number + 1, len(draft.sections))
    parts.extend(_indexes(draft, collation))
    parts.append("</body></html>\n")
    with atomic_output(out) as tmp:
        tmp.write_text("\n".join(parts), encoding="utf-8")


def _indexes(draft: Draft, collation: str) -> list[str]:
    key = collation_key(collation)
    entries = draft.entries()
    parts = []
    for kind, title in ((TermKind.ORG, "Index of organisations"),
                        (TermKind.PERSON, "Index of people")):
        terms = draft_terms(draft, kind)
        if not terms:
            continue
        parts.append(f'<section class="index"><h1>{title}</h1>')
        for letter, group in index_groups(terms, key):
            parts.append(f"<h4>{escape(letter)}</h4>")
            for term in group:
                links = ", ".join(f'<a href="#e{n}">{escape(entries[n].name)}</a>'
                                  for n in terms[term])
                parts.append(f"<div>{escape(term)} — {links}</div>")
        parts.append("</section>")
    return parts
