"""The draft as an OpenDocument text (odfpy) for editors in LibreOffice.

Region headings use the built-in "Heading 1..4" styles with outline levels, so the table of
contents is a real `text:table-of-content` field built from the outline. Organisation and people
names carry `text:alphabetical-index-mark`s keyed "Organisations" and "People", gathered by one
`text:alphabetical-index` field. Both fields are stored filled in (without page numbers);
Tools > Update > Update All in LibreOffice numbers them. The running header shows the current
level-1 section through a chapter field, the footer the page number.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    Header,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.text import (
    AlphabeticalIndex,
    AlphabeticalIndexEntryTemplate,
    AlphabeticalIndexMark,
    AlphabeticalIndexSource,
    Chapter,
    H,
    IndexBody,
    IndexEntryPageNumber,
    IndexEntryTabStop,
    IndexEntryText,
    IndexTitle,
    IndexTitleTemplate,
    P,
    PageNumber,
    Span,
    TableOfContent,
    TableOfContentEntryTemplate,
    TableOfContentSource,
)

from directory_app.exchange.printing.build import check_cancel
from directory_app.exchange.printing.collation import collation_key
from directory_app.exchange.printing.index import draft_terms, index_groups
from directory_app.exchange.printing.model import Draft, TermKind
from directory_app.exchange.printing.model import Style as ParaStyle
from directory_app.exchange.printing.safe_output import atomic_output

PAGE = {"A4": ("21cm", "29.7cm"), "Letter": ("8.5in", "11in")}
SERIF, SANS = "'DejaVu Serif'", "'DejaVu Sans'"
INDEX_KEYS = {TermKind.ORG: "Organisations", TermKind.PERSON: "People"}
HEADING_LEVELS = 4
INDENTED = {ParaStyle.OFFICE_TEXT, ParaStyle.PUB_TEXT}

# paragraph style: (display name, font, size pt, bold, italic, grey, justify)
_PARA_STYLES = {
    ParaStyle.ENTRY_NAME: ("Entry Name", SERIF, 11.5, True, False, False, False),
    ParaStyle.OTHER_NAMES: ("Entry Other Names", SERIF, 9.5, False, True, False, False),
    ParaStyle.STATUS: ("Entry Status", SANS, 7.5, False, False, True, False),
    ParaStyle.ADDRESS: ("Entry Address", SERIF, 9.5, False, False, False, False),
    ParaStyle.CONTACT: ("Entry Contact", SERIF, 9.5, False, False, False, False),
    ParaStyle.PERSON: ("Entry Person", SERIF, 9.5, False, False, False, False),
    ParaStyle.OFFICE_NAME: ("Entry Office", SERIF, 9.5, True, False, False, False),
    ParaStyle.TEXT: ("Entry Text", SERIF, 9.5, False, False, False, True),
    ParaStyle.OFFICE_TEXT: ("Entry Office Text", SERIF, 9.5, False, False, False, True),
    ParaStyle.FACTS: ("Entry Facts", SERIF, 9.5, False, False, False, False),
    ParaStyle.LABEL: ("Entry Label", SERIF, 9.5, True, False, False, False),
    ParaStyle.PUB_TITLE: ("Entry Publication", SERIF, 9.5, False, True, False, False),
    ParaStyle.PUB_TEXT: ("Entry Publication Text", SERIF, 9.5, False, False, False, True),
    ParaStyle.SOURCE: ("Entry Source", SANS, 7.5, False, True, True, False),
    ParaStyle.NOTE: ("Entry Internal Note", SANS, 8, False, True, False, False),
    ParaStyle.XREF: ("Entry Cross Reference", SERIF, 9.5, False, True, False, False),
}


def style_name(display: str) -> str:
    """ODF's encoding of a display name as a style name ("Heading 1" → "Heading_20_1")."""
    return display.replace(" ", "_20_")


class _OdtDraft:
    def __init__(self, draft: Draft, page_size: str):
        self.draft = draft
        self.doc = OpenDocumentText()
        self.page_size = page_size
        self._define_styles()

    # -- styles -------------------------------------------------------------------------
    def _paragraph_style(self, display: str, font: str, size: float, *, bold=False,
                         italic=False, grey=False, justify=False, top="0cm", bottom="0cm",
                         parent: str | None = None, keep=False, break_before=False,
                         outline: int | None = None, tabs: str | None = None,
                         indent: str = "0cm", automatic=False) -> Style:
        attrs = {"name": style_name(display), "family": "paragraph"}
        if not automatic:
            attrs["displayname"] = display
        if parent:
            attrs["parentstylename"] = parent
        if outline:
            attrs["defaultoutlinelevel"] = str(outline)
        style = Style(**attrs)
        props = {"margintop": top, "marginbottom": bottom, "marginleft": indent}
        if justify:
            props["textalign"] = "justify"
        if keep:
            props["keepwithnext"] = "always"
        if break_before:
            props["breakbefore"] = "page"
        paragraph = ParagraphProperties(**props)
        if tabs:
            stops = TabStops()
            stops.addElement(TabStop(position=tabs, type="right", leaderstyle="dotted",
                                     leadertext="."))
            paragraph.addElement(stops)
        style.addElement(paragraph)
        text = {"fontfamily": font, "fontsize": f"{size}pt",
                "fontweight": "bold" if bold else "normal",
                "fontstyle": "italic" if italic else "normal"}
        if grey:
            text["color"] = "#5a5a5a"
        style.addElement(TextProperties(**text))
        (self.doc.automaticstyles if automatic else self.doc.styles).addElement(style)
        return style

    def _define_styles(self) -> None:
        width = "17cm" if self.page_size == "A4" else "6.9in"
        self._paragraph_style("Standard", SERIF, 9.5)
        self._paragraph_style("Heading", SANS, 14, bold=True, top="0.5cm", bottom="0.2cm",
                              keep=True)
        for level, size in zip(range(1, HEADING_LEVELS + 1), (18, 14, 12, 11), strict=True):
            self._paragraph_style(f"Heading {level}", SANS, size, bold=True, parent="Heading",
                                  outline=level, keep=True, break_before=level == 1,
                                  top="0cm" if level == 1 else "0.6cm")
        self._paragraph_style("Title", SANS, 24, bold=True, top="6cm", bottom="0.6cm")
        self._paragraph_style("Subtitle", SANS, 13, bottom="0.4cm")
        self._paragraph_style("Edition", SANS, 12)
        self._paragraph_style("Title Info", SANS, 9, italic=True, top="8cm")
        self._paragraph_style("Contents Heading", SANS, 18, bold=True, bottom="0.4cm",
                              break_before=True)
        for level in range(1, HEADING_LEVELS + 1):
            self._paragraph_style(f"Contents {level}", SERIF if level > 1 else SANS, 9.5,
                                  bold=level == 1, tabs=width)
        self._paragraph_style("Index Heading", SANS, 18, bold=True, bottom="0.4cm",
                              break_before=True)
        self._paragraph_style("Index Separator", SANS, 11, bold=True, top="0.3cm", keep=True)
        self._paragraph_style("Index 1", SANS, 10.5, bold=True, top="0.3cm", keep=True)
        self._paragraph_style("Index 2", SERIF, 9.5, tabs=width)
        self._paragraph_style("Header", SANS, 8)
        self._paragraph_style("Footer", SANS, 8)
        for style, (display, font, size, bold, italic, grey, justify) in _PARA_STYLES.items():
            keep = style in (ParaStyle.ENTRY_NAME, ParaStyle.OTHER_NAMES, ParaStyle.STATUS,
                             ParaStyle.OFFICE_NAME, ParaStyle.LABEL)
            top = "0.45cm" if style == ParaStyle.ENTRY_NAME else "0cm"
            indent = "0.45cm" if style in INDENTED else "0cm"
            self._paragraph_style(display, font, size, bold=bold, italic=italic, grey=grey,
                                  justify=justify, top=top, keep=keep, indent=indent)
            self._paragraph_style(f"{display} Spaced", font, size, bold=bold, italic=italic,
                                  grey=grey, justify=justify, top="0.18cm", keep=keep,
                                  indent=indent, parent=style_name(display))
        self._page_layout()

    def _page_layout(self) -> None:
        width, height = PAGE[self.page_size]
        layout = PageLayout(name="DraftPage")
        layout.addElement(PageLayoutProperties(pagewidth=width, pageheight=height,
                                               printorientation="portrait", margintop="1.2cm",
                                               marginbottom="1.2cm", marginleft="2cm",
                                               marginright="1.8cm"))
        self.doc.automaticstyles.addElement(layout)
        master = MasterPage(name="Standard", pagelayoutname=layout)
        header = Header()
        line = P(stylename="Header")
        line.addElement(Chapter(display="name", outlinelevel="1"))
        line.addText(f" — {self.draft.title}")
        header.addElement(line)
        footer = Footer()
        foot = P(stylename="Footer")
        if self.draft.internal:
            foot.addText(f"{self.draft.INTERNAL_MARK} — ")
        foot.addText("Page ")
        foot.addElement(PageNumber(selectpage="current"))
        footer.addElement(foot)
        if self.draft.internal:
            line.addText(f" — {self.draft.INTERNAL_MARK}")
        master.addElement(header)
        master.addElement(footer)
        self.doc.masterstyles.addElement(master)

    # -- content ------------------------------------------------------------------------
    def front_matter(self) -> None:
        text = self.doc.text
        text.addElement(P(stylename="Title", text=self.draft.title))
        if self.draft.subtitle:
            text.addElement(P(stylename="Subtitle", text=self.draft.subtitle))
        text.addElement(P(stylename="Edition", text=self.draft.edition_text()))
        text.addElement(P(stylename="Title_20_Info",
                          text=f"{self.draft.entry_count_text()}. Scope: {self.draft.scope}. "
                               f"Profile: {self.draft.profile}."))
        text.addElement(self._toc())

    def _toc(self) -> TableOfContent:
        toc = TableOfContent(name="Table of Contents1", protected="true")
        source = TableOfContentSource(outlinelevel=str(HEADING_LEVELS), useoutlinelevel="true",
                                      useindexmarks="false")
        source.addElement(IndexTitleTemplate(stylename="Contents_20_Heading", text="Contents"))
        for level in range(1, HEADING_LEVELS + 1):
            template = TableOfContentEntryTemplate(outlinelevel=str(level),
                                                   stylename=f"Contents_20_{level}")
            template.addElement(IndexEntryText())
            template.addElement(IndexEntryTabStop(type="right", leaderchar="."))
            template.addElement(IndexEntryPageNumber())
            source.addElement(template)
        toc.addElement(source)
        body = IndexBody()
        title = IndexTitle(name="Table of Contents1_Head")
        title.addElement(P(stylename="Contents_20_Heading", text="Contents"))
        body.addElement(title)
        for section in self.draft.sections:
            level = min(section.level, HEADING_LEVELS)
            body.addElement(P(stylename=f"Contents_20_{level}", text=section.title))
        toc.addElement(body)
        return toc

    def body(self, progress, cancelled) -> None:
        text = self.doc.text
        total = max(len(self.draft.sections), 1)
        for number, section in enumerate(self.draft.sections):
            check_cancel(cancelled)
            level = min(section.level, HEADING_LEVELS)
            text.addElement(H(outlinelevel=str(level), stylename=f"Heading_20_{level}",
                              text=section.title))
            for entry in section.entries:
                for para in entry.paras:
                    display = _PARA_STYLES[para.style][0]
                    if para.space_before:
                        display += " Spaced"
                    paragraph = P(stylename=style_name(display))
                    for term in para.terms:
                        paragraph.addElement(AlphabeticalIndexMark(
                            stringvalue=term.text, key1=INDEX_KEYS[term.kind]))
                    paragraph.addElement(Span(text=para.text))
                    text.addElement(paragraph)
            if progress is not None:
                progress(number + 1, total)

    def back_matter(self, collation: str) -> None:
        index = AlphabeticalIndex(name="Alphabetical Index1")
        source = AlphabeticalIndexSource(alphabeticalseparators="true", combineentries="true",
                                         ignorecase="true", commaseparated="false",
                                         language="en", country="GB")
        source.addElement(IndexTitleTemplate(stylename="Index_20_Heading", text="Index"))
        for level, style in (("separator", "Index_20_Separator"), ("1", "Index_20_1"),
                             ("2", "Index_20_2")):
            template = AlphabeticalIndexEntryTemplate(outlinelevel=level, stylename=style)
            template.addElement(IndexEntryText())
            if level == "2":
                template.addElement(IndexEntryTabStop(type="right", leaderchar="."))
                template.addElement(IndexEntryPageNumber())
            source.addElement(template)
        index.addElement(source)
        body = IndexBody()
        title = IndexTitle(name="Alphabetical Index1_Head")
        title.addElement(P(stylename="Index_20_Heading", text="Index"))
        body.addElement(title)
        key = collation_key(collation)
        for kind in (TermKind.ORG, TermKind.PERSON):
            terms = draft_terms(self.draft, kind)
            if not terms:
                continue
            body.addElement(P(stylename="Index_20_1", text=INDEX_KEYS[kind]))
            for _letter, group in index_groups(terms, key):
                for term in group:
                    body.addElement(P(stylename="Index_20_2", text=term))
        index.addElement(body)
        self.doc.text.addElement(index)


def write_odt(draft: Draft, out: Path, *, page_size: str = "A4", collation: str = "en",
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
    odt = _OdtDraft(draft, page_size)
    odt.front_matter()
    odt.body(progress, cancelled)
    odt.back_matter(collation)
    check_cancel(cancelled)
    with atomic_output(out) as tmp:
        odt.doc.save(str(tmp))
