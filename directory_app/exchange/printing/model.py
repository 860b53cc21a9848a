"""The print draft as plain data: front matter, sections by region, entries as styled paragraphs.

Every writer (PDF, ODT, DOCX, HTML) renders this one model, so all formats print the same
entries, in the same order, with the same privacy rules. The model holds no Qt and no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Style(StrEnum):
    """Paragraph styles of an entry; each writer maps them to its own formatting."""

    ENTRY_NAME = "entry_name"        # the organisation's name, bold
    OTHER_NAMES = "other_names"      # abbreviations and translations, italic
    STATUS = "status"                # kind, status and year founded, small
    ADDRESS = "address"              # one line of a postal address
    CONTACT = "contact"              # Tel:, Fax:, E-mail:, Web:
    PERSON = "person"                # Role: Name
    OFFICE_NAME = "office_name"      # a branch or information office inside an entry
    TEXT = "text"                    # description, mission, history, activities
    OFFICE_TEXT = "office_text"      # an office's own description, indented under its name
    FACTS = "facts"                  # Founded, Size, Meetings, Languages
    LABEL = "label"                  # "Publications:", "Links:"
    PUB_TITLE = "pub_title"
    PUB_TEXT = "pub_text"
    SOURCE = "source"                # "Source: ..." and the date last verified
    NOTE = "note"                    # internal notes (internal drafts only)
    XREF = "xref"                    # "Name: see Moscow" under another region


class TermKind(StrEnum):
    ORG = "org"
    PERSON = "person"


@dataclass(frozen=True)
class IndexTerm:
    """A name that goes to the back-of-book index, with the page of the paragraph holding it."""

    kind: TermKind
    text: str


@dataclass
class Para:
    style: Style
    text: str
    space_before: bool = False       # a blank line before it, as in the handbook
    terms: tuple[IndexTerm, ...] = ()


@dataclass
class Entry:
    """An organisation's entry, or a cross-reference (`xref`) to an entry printed elsewhere."""

    org_id: int
    name: str
    paras: list[Para]
    xref: bool = False


@dataclass
class Section:
    """A region heading, with the entries listed directly under it (maybe none)."""

    path: tuple[str, ...]
    entries: list[Entry] = field(default_factory=list)
    level: int = 1                   # heading level: 1 for the top of the printed tree

    @property
    def title(self) -> str:
        return self.path[-1]


@dataclass
class Draft:
    title: str
    edition: date
    subtitle: str = ""
    scope: str = "whole directory"
    profile: str = "Public handbook"
    internal: bool = False
    sections: list[Section] = field(default_factory=list)

    INTERNAL_MARK = "INTERNAL - not for distribution"

    def entries(self) -> list[Entry]:
        """The printed entries (not cross-references), in print order."""
        return [e for s in self.sections for e in s.entries if not e.xref]

    def entry_count_text(self) -> str:
        count = len(self.entries())
        return f"{count} organisation" + ("" if count == 1 else "s")

    def edition_text(self) -> str:
        return f"Edition of {self.edition.day} {self.edition:%B %Y}"
