"""Helpers shared by the print-draft tests: building drafts and reading PDF pages back."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from directory_app.exchange.printing.build import DraftOptions, build_draft
from directory_app.exchange.profiles import PARTNERS, PUBLIC_HANDBOOK
from directory_app.exchange.scope import Scope

TITLE = "Human rights organisations in Russia and the NIS"


def sample_draft(directory, *, internal: bool = False, scope: Scope | None = None):
    return build_draft(directory, scope or Scope(), PARTNERS if internal else PUBLIC_HANDBOOK,
                       DraftOptions(title=TITLE, subtitle="Sample handbook"))


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page's text lines, whitespace and ligatures normalised."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(path)).pages:
        text = unicodedata.normalize("NFKC", page.extract_text())
        pages.append([re.sub(r"\s+", " ", line).strip() for line in text.splitlines()
                      if line.strip()])
    return pages


def contents_entries(pages: list[list[str]]) -> list[tuple[str, int]]:
    """(title, page) pairs read from the contents pages of a PDF draft."""
    out: list[tuple[str, int]] = []
    for lines in pages[1:]:
        if not lines or lines[0] != "Contents":
            break
        body = lines[lines.index("Contents", 1) + 1:] if "Contents" in lines[1:] else []
        out += [(title, int(number)) for title, number in zip(body[::2], body[1::2],
                                                                strict=False)]
    return out
