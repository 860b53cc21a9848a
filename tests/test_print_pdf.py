"""PDF print drafts, read back with pypdf: order, headings, contents, indexes, privacy, cancel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from directory_app.exchange.printing.build import PrintCancelled
from directory_app.exchange.printing.collation import collation_key
from directory_app.exchange.printing.pdf import PageSetup, write_pdf
from directory_app.exchange.profiles import INTERNAL_FULL
from directory_app.exchange.scope import Scope
from tests.printing_helpers import TITLE, contents_entries, pdf_pages, sample_draft

MARK = "INTERNAL - not for distribution"


@pytest.fixture
def public_pdf(qapp, sample, directory, tmp_path):
    draft = sample_draft(directory)
    out = tmp_path / "draft.pdf"
    result = write_pdf(draft, out)
    return draft, result, pdf_pages(out)


def body_lines(page: list[str]) -> list[str]:
    """A page's lines without the running header, the title and the page number."""
    lines = [line for line in page if line != MARK]
    return lines[3:]


def heading_positions(body: list[str], draft) -> list[int]:
    """Where each section's heading is in the body text: its title, followed by what the
    section starts with (its first entry, or the next heading). Finding the title alone would
    also find address lines such as "St. Petersburg"."""
    out, start = [], 0
    for number, section in enumerate(draft.sections):
        if section.entries:
            following = section.entries[0].paras[0].text
        else:
            following = draft.sections[number + 1].title
        start = next(i for i in range(start, len(body) - 1)
                     if body[i] == section.title and body[i + 1] == following)
        out.append(start)
    return out


def test_fonts_are_installed(qapp):
    assert QFontDatabase.families(), "no fonts: every glyph would print as an empty box"


def test_entries_in_order_under_their_region_headings(public_pdf):
    draft, result, pages = public_pdf
    body = [line for page in pages[result.body_first - 1:] for line in body_lines(page)]
    headings = ["NIS", "Russia", "West of the Urals", "Moscow", "St. Petersburg"]
    assert [s.title for s in draft.sections] == headings
    positions = heading_positions(body, draft)
    moscow = body[positions[3]:positions[4]]
    names = [n for n in ("Amnesty International - Russia", "Memorial Human Rights Centre",
                         "Moscow Helsinki Group") if n in moscow]
    assert len(names) == 3
    assert sorted(names, key=lambda n: moscow.index(n)) == names
    nis = body[positions[0]:positions[1]]
    assert nis.index("Amnesty International - Russia: see Moscow") \
        < nis.index("Eurasian Human Rights Group") \
        < nis.index("International Federation for Human Rights") \
        < nis.index("Youth Human Rights Movement")
    # Every printed entry sits under the heading of its section, in collated order.
    key = collation_key("en")
    ends = positions[1:] + [len(body)]
    for section, start, end in zip(draft.sections, positions, ends, strict=True):
        names = [e.name for e in section.entries if not e.xref]
        assert names == sorted(names, key=key)
        found = [body.index(n, start) for n in names]
        assert found == sorted(found) and all(i < end for i in found)


def test_contents_page_numbers_point_at_the_headings(public_pdf):
    draft, result, pages = public_pdf
    contents = contents_entries(pages)
    assert [title for title, _ in contents] == [s.title for s in draft.sections]
    page_of_line = [i + 1 for i, page in enumerate(pages) if i + 1 >= result.body_first
                    for _line in body_lines(page)]
    body = [line for page in pages[result.body_first - 1:] for line in body_lines(page)]
    for (title, number), position in zip(contents, heading_positions(body, draft), strict=True):
        assert page_of_line[position] == number, title
    assert TITLE in " ".join(pages[0]) and result.pages == len(pages)


def test_index_pages_point_at_the_people(public_pdf):
    _draft, _result, pages = public_pdf
    start = next(i for i, p in enumerate(pages) if "Index of people" in body_lines(p))
    lines = body_lines(pages[start])[1:]
    checked = 0
    for term, number in zip(lines, lines[1:], strict=False):
        if "," in term and number.isdigit():
            family, given = (p.strip() for p in term.split(",", 1))
            assert any(family in line and given in line for line in pages[int(number) - 1]), term
            checked += 1
    assert checked >= 10


def test_cyrillic_fonts_are_embedded(public_pdf, tmp_path):
    from pypdf import PdfReader

    _draft, _result, pages = public_pdf
    assert any("Международная амнистия - Россия" in line for p in pages for line in p)
    reader = PdfReader(str(tmp_path / "draft.pdf"))
    fonts = reader.pages[2]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_internal_draft_is_marked_on_every_page(qapp, sample, directory, tmp_path, public_pdf):
    out = tmp_path / "internal.pdf"
    write_pdf(sample_draft(directory, internal=True), out)
    pages = pdf_pages(out)
    assert len(pages) > 5 and all(MARK in page for page in pages)
    assert not any(MARK in page for page in public_pdf[2])


def test_confidential_never_printed_and_refusal_honoured(qapp, sample, directory, entries,
                                                         tmp_path):
    org = sample["memorial"]
    entries.add_contact(org_id=org, kind="phone", value="+7 495 111-22-33", privacy="internal")
    entries.add_contact(org_id=org, kind="email", value="secret@memo.ru",
                        privacy="confidential")
    hidden = entries.create_person(display_name="Hidden Person", privacy="confidential").id
    entries.affiliate(hidden, org, "Treasurer")
    refused = entries.create_person(given_name="Ivan", family_name="Refusenik",
                                    privacy="public", consent="refused").id
    entries.affiliate(refused, org, "Lawyer")
    texts = {}
    for name, internal in (("public", False), ("internal", True)):
        out = tmp_path / f"{name}.pdf"
        write_pdf(sample_draft(directory, internal=internal), out)
        texts[name] = "\n".join(line for page in pdf_pages(out) for line in page)
    from directory_app.exchange.printing.build import DraftOptions, build_draft

    out = tmp_path / "full.pdf"
    write_pdf(build_draft(directory, Scope(), INTERNAL_FULL, DraftOptions()), out)
    texts["full"] = "\n".join(line for page in pdf_pages(out) for line in page)
    for text in texts.values():
        assert "secret@memo.ru" not in text and "Hidden Person" not in text
        assert "Refusenik" not in text and "Lawyer, Memorial Human Rights Centre" in text
    assert "+7 495 111-22-33" not in texts["public"]
    assert "+7 495 111-22-33" in texts["internal"] and MARK in texts["full"]


def test_letter_pages_and_region_scope(qapp, sample, directory, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "moscow.pdf"
    draft = sample_draft(directory, scope=Scope(region="Moscow"))
    write_pdf(draft, out, PageSetup(size="Letter"))
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert [s.title for s in draft.sections] == ["Moscow"]
    assert draft.sections[0].level == 1
    text = "\n".join(line for page in pdf_pages(out) for line in page)
    assert "Memorial Human Rights Centre" in text and "Agora Human Rights Association" not in text


def test_cancel_leaves_no_file_and_keeps_the_old_one(qapp, sample, directory, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "draft.pdf"
    out.write_bytes(b"old draft")
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(PrintCancelled):
        write_pdf(sample_draft(directory), out, progress=progress,
                  cancelled=lambda: len(calls) >= 3)
    assert out.read_bytes() == b"old draft"
    assert [p.name for p in out.parent.iterdir()] == ["draft.pdf"]
    write_pdf(sample_draft(directory), out, progress=progress)
    assert out.read_bytes().startswith(b"%PDF") and calls[-1] == (1000, 1000)
