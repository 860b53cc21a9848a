"""The draft as a Word document (python-docx) for editors.

Region headings use Word's built-in "Heading 1..4" styles; the contents are a TOC field over
them; every organisation and person name carries an XE field (type "o" or "p"), gathered by two
INDEX fields. The document asks Word to update its fields when opened (`w:updateFields`), which
fills in the page numbers. The running header is a STYLEREF field to the current Heading 1, the
footer a PAGE field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor

from directory_app.exchange.printing.build import check_cancel
from directory_app.exchange.printing.model import Draft, TermKind
from directory_app.exchange.printing.model import Style as ParaStyle

PAGE = {"A4": (Cm(21), Cm(29.7)), "Letter": (Inches(8.5), Inches(11))}
SERIF, SANS = "Times New Roman", "Arial"
HEADING_LEVELS = 4
INDEX_TYPES = {TermKind.ORG: ("o", "Index of organisations"),
               TermKind.PERSON: ("p", "Index of people")}

# style: (name, font, size pt, bold, italic, grey, justify)
_PARA_STYLES = {
    ParaStyle.ENTRY_NAME: ("Entry Name", SERIF, 12, True, False, False, False),
    ParaStyle.OTHER_NAMES: ("Entry Other Names", SERIF, 10, False, True, False, False),
    ParaStyle.STATUS: ("Entry Status", SANS, 7.5, False, False, True, False),
    ParaStyle.ADDRESS: ("Entry Address", SERIF, 10, False, False, False, False),
    ParaStyle.CONTACT: ("Entry Contact", SERIF, 10, False, False, False, False),
    ParaStyle.PERSON: ("Entry Person", SERIF, 10, False, False, False, False),
    ParaStyle.OFFICE_NAME: ("Entry Office", SERIF, 10, True, False, False, False),
    ParaStyle.TEXT: ("Entry Text", SERIF, 10, False, False, False, True),
    ParaStyle.OFFICE_TEXT: ("Entry Office Text", SERIF, 10, False, False, False, True),
    ParaStyle.FACTS: ("Entry Facts", SERIF, 10, False, False, False, False),
    ParaStyle.LABEL: ("Entry Label", SERIF, 10, True, False, False, False),
    ParaStyle.PUB_TITLE: ("Entry Publication", SERIF, 10, False, True, False, False),
    ParaStyle.PUB_TEXT: ("Entry Publication Text", SERIF, 10, False, False, False, True),
    ParaStyle.SOURCE: ("Entry Source", SANS, 7.5, False, True, True, False),
    ParaStyle.NOTE: ("Entry Internal Note", SANS, 8, False, True, False, False),
    ParaStyle.XREF: ("Entry Cross Reference", SERIF, 10, False, True, False, False),
}
_KEEP_WITH_NEXT = {ParaStyle.ENTRY_NAME, ParaStyle.OTHER_NAMES, ParaStyle.STATUS,
                   ParaStyle.OFFICE_NAME, ParaStyle.LABEL}


def add_field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (begin, instruction, separate, shown result, end) in `paragraph`."""
    def fld(kind: str):
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)
        return run

    fld("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    fld("separate")
    if placeholder:
        paragraph.add_run(placeholder)
    fld("end")


def xe_text(term: str) -> str:
    """An index term quoted for an XE field: quotes become typographic, colons are escaped."""
    return term.replace('"', "”").replace(":", "\\:")


class _DocxDraft:
    def __init__(self, draft: Draft, page_size: str):
        self.draft = draft
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = PAGE[page_size]
        section.left_margin, section.right_margin = Cm(2), Cm(1.8)
        section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)
        self._styles()
        self._header_footer(section)
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name, normal.font.size = SERIF, Pt(10)
        normal.paragraph_format.space_after = Pt(0)
        for level, size in zip(range(1, HEADING_LEVELS + 1), (18, 14, 12, 11), strict=True):
            heading = styles[f"Heading {level}"]
            heading.font.name, heading.font.size = SANS, Pt(size)
            heading.font.color.rgb = RGBColor(0, 0, 0)
            heading.paragraph_format.page_break_before = level == 1
            heading.paragraph_format.keep_with_next = True
        for style, (name, font, size, bold, italic, grey, justify) in _PARA_STYLES.items():
            for spaced in (False, True):
                para = styles.add_style(name + (" Spaced" if spaced else ""),
                                        WD_STYLE_TYPE.PARAGRAPH)
                para.base_style = normal
                para.font.name, para.font.size = font, Pt(size)
                para.font.bold, para.font.italic = bold, italic
                if grey:
                    para.font.color.rgb = RGBColor(0x5A, 0x5A, 0x5A)
                fmt = para.paragraph_format
                fmt.space_before = Pt(14 if style == ParaStyle.ENTRY_NAME else
                                      5 if spaced else 0)
                fmt.space_after = Pt(0)
                fmt.keep_with_next = style in _KEEP_WITH_NEXT
                if style in (ParaStyle.OFFICE_TEXT, ParaStyle.PUB_TEXT):
                    fmt.left_indent = Pt(12)
                if justify:
                    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        index_heading = styles.add_style("Index Heading", WD_STYLE_TYPE.PARAGRAPH)
        index_heading.base_style = styles["Title"]
        index_heading.paragraph_format.page_break_before = True

    def _header_footer(self, section) -> None:
        header = section.header.paragraphs[0]
        add_field(header, 'STYLEREF "Heading 1"')
        header.add_run(f"    {self.draft.title}").italic = True
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.draft.internal:
            header.add_run(f"    {self.draft.INTERNAL_MARK}").bold = True
            footer.add_run(f"{self.draft.INTERNAL_MARK}    ").bold = True
        add_field(footer, "PAGE", "1")

    def front_matter(self) -> None:
        doc = self.doc
        doc.add_paragraph(self.draft.title, style="Title")
        if self.draft.subtitle:
            doc.add_paragraph(self.draft.subtitle, style="Subtitle")
        doc.add_paragraph(self.draft.edition_text(), style="Subtitle")
        info = doc.add_paragraph(f"{self.draft.entry_count_text()}. Scope: {self.draft.scope}. "
                                 f"Profile: {self.draft.profile}.")
        info.runs[0].add_break(WD_BREAK.PAGE)
        doc.add_paragraph("Contents", style="TOC Heading")
        add_field(doc.add_paragraph(), f'TOC \\o "1-{HEADING_LEVELS}" \\h \\z \\u',
                  "Right-click and choose Update Field to list the contents.")

    def body(self, progress, cancelled) -> None:
        total = max(len(self.draft.sections), 1)
        for number, section in enumerate(self.draft.sections):
            check_cancel(cancelled)
            self.doc.add_heading(section.title, level=min(section.level, HEADING_LEVELS))
            for entry in section.entries:
                for para in entry.paras:
                    name = _PARA_STYLES[para.style][0] + (" Spaced" if para.space_before else "")
                    paragraph = self.doc.add_paragraph(para.text, style=name)
                    for term in para.terms:
                        kind = INDEX_TYPES[term.kind][0]
                        add_field(paragraph, f'XE "{xe_text(term.text)}" \\f "{kind}"')
            if progress is not None:
                progress(number + 1, total)

    def back_matter(self) -> None:
        for kind, (code, title) in INDEX_TYPES.items():
            if not any(t.kind == kind for e in self.draft.entries() for p in e.paras
                       for t in p.terms):
                continue
            self.doc.add_paragraph(title, style="Index Heading")
            # No \h (letter headings): LibreOffice 7.4 fails to open a file that has them.
            add_field(self.doc.add_paragraph(), f'INDEX \\f "{code}" \\e "\t"',
                      "Right-click and choose Update Field to build the index.")


def write_docx(draft: Draft, out: Path, *, page_size: str = "A4",
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    from directory_app.exchange.printing.safe_output import atomic_output

    docx = _DocxDraft(draft, page_size)
    docx.front_matter()
    docx.body(progress, cancelled)
    docx.back_matter()
    check_cancel(cancelled)
    with atomic_output(out) as tmp:
        docx.doc.save(str(tmp))
