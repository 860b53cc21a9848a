"""ODT, DOCX and HTML drafts read back; LibreOffice opens and converts them when installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from directory_app.exchange.printing.model import TermKind
from directory_app.exchange.printing.writers import write_draft
from tests.printing_helpers import sample_draft

MARK = "INTERNAL - not for distribution"


@pytest.fixture
def draft(qapp, sample, directory):
    return sample_draft(directory)


def _terms(draft, kind):
    return {t.text for e in draft.entries() for p in e.paras for t in p.terms if t.kind == kind}


def test_odt_has_outline_headings_entries_contents_and_index(draft, tmp_path):
    from odf import teletype, text
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    out = tmp_path / "draft.odt"
    write_draft(draft, out, "odt")
    doc = load(str(out))
    headings = [(h.getAttrNS(TEXTNS, "outline-level"), h.getAttrNS(TEXTNS, "style-name"),
                 teletype.extractText(h)) for h in doc.getElementsByType(text.H)]
    assert headings == [(str(s.level), f"Heading_20_{s.level}", s.title)
                        for s in draft.sections]
    names = [teletype.extractText(p) for p in doc.getElementsByType(text.P)
             if p.getAttrNS(TEXTNS, "style-name") == "Entry_20_Name"]
    assert names == [e.name for e in draft.entries()]
    toc = doc.getElementsByType(text.TableOfContent)
    assert len(toc) == 1
    source = toc[0].getElementsByType(text.TableOfContentSource)[0]
    assert source.getAttrNS(TEXTNS, "use-outline-level") == "true"
    assert len(doc.getElementsByType(text.AlphabeticalIndex)) == 1
    marks = doc.getElementsByType(text.AlphabeticalIndexMark)
    by_key = {}
    for mark in marks:
        by_key.setdefault(mark.getAttrNS(TEXTNS, "key1"), set()).add(
            mark.getAttrNS(TEXTNS, "string-value"))
    assert by_key["Organisations"] == _terms(draft, TermKind.ORG)
    assert by_key["People"] == _terms(draft, TermKind.PERSON)
    assert "Международная амнистия - Россия" in by_key["Organisations"]
    header = doc.masterstyles.getElementsByType(text.Chapter)
    assert header and header[0].getAttrNS(TEXTNS, "display") == "name"


def test_docx_has_heading_styles_entries_and_fields(draft, tmp_path):
    import docx

    out = tmp_path / "draft.docx"
    write_draft(draft, out, "docx")
    doc = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in doc.paragraphs
                if p.style.name.startswith("Heading")]
    assert headings == [(f"Heading {s.level}", s.title) for s in draft.sections]
    names = [p.text for p in doc.paragraphs if p.style.name == "Entry Name"]
    assert names == [e.name for e in draft.entries()]
    fields = [t.text.strip() for t in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText")]
    assert fields[0].startswith('TOC \\o "1-4"')
    xe_org = {f[4:f.index('" \\f')] for f in fields if f.endswith('\\f "o"')}
    xe_people = {f[4:f.index('" \\f')] for f in fields if f.endswith('\\f "p"')}
    assert xe_org == {t.replace(":", "\\:") for t in _terms(draft, TermKind.ORG)}
    assert xe_people == _terms(draft, TermKind.PERSON)
    assert sum(f.startswith("INDEX") for f in fields) == 2
    assert doc.settings.element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields") is not None


def test_internal_marking_in_header_and_footer(qapp, sample, directory, tmp_path):
    import docx
    from odf import teletype, text
    from odf.opendocument import load

    draft = sample_draft(directory, internal=True)
    write_draft(draft, tmp_path / "d.docx", "docx")
    section = docx.Document(str(tmp_path / "d.docx")).sections[0]
    assert MARK in section.header.paragraphs[0].text and MARK in section.footer.paragraphs[0].text
    write_draft(draft, tmp_path / "d.odt", "odt")
    chrome = " ".join(teletype.extractText(p) for p in
                      load(str(tmp_path / "d.odt")).masterstyles.getElementsByType(text.P))
    assert chrome.count(MARK) == 2
    write_draft(draft, tmp_path / "d.html", "html")
    assert MARK in (tmp_path / "d.html").read_text(encoding="utf-8")
    public = sample_draft(directory)
    write_draft(public, tmp_path / "p.html", "html")
    assert MARK not in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_html_links_contents_and_index(draft, tmp_path):
    out = tmp_path / "draft.html"
    write_draft(draft, out, "html")
    html = out.read_text(encoding="utf-8")
    assert html.index('id="s0">NIS</h1>') < html.index("Eurasian Human Rights Group")
    assert '<a href="#s3">Moscow</a>' in html and "Index of people" in html
    assert "Klazerstein, Eric — <a href=" in html


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["odt", "docx"])
def test_libreoffice_converts_to_pdf(draft, tmp_path, fmt):
    source = tmp_path / f"draft.{fmt}"
    write_draft(draft, source, fmt)
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(source)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and "Error" not in result.stdout + result.stderr, \
        result.stdout + result.stderr
    from tests.printing_helpers import pdf_pages

    text = " ".join(line for page in pdf_pages(tmp_path / "pdf" / "draft.pdf") for line in page)
    assert "Memorial Human Rights Centre" in text and "Moscow Helsinki Group" in text
