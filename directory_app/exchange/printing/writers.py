"""One entry point for every draft format: `write_draft(draft, out, format, ...)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from directory_app.exchange.choices import DRAFT_FORMATS
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.printing.model import Draft

FORMATS = DRAFT_FORMATS


def write_draft(draft: Draft, out: Path, fmt: str, *, page_size: str = "A4",
                collation: str = "en", progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int | None:
    """Write `draft` to `out` in `fmt`; returns the number of pages when the format has pages.

    Cancelling raises `PrintCancelled` and leaves nothing at `out`.
    """
    out = Path(out)
    if fmt == "pdf":
        from directory_app.exchange.printing.pdf import PageSetup, write_pdf
        return write_pdf(draft, out, PageSetup(size=page_size), collation=collation,
                         progress=progress, cancelled=cancelled).pages
    if fmt == "odt":
        from directory_app.exchange.printing.odt import write_odt
        write_odt(draft, out, page_size=page_size, progress=progress, cancelled=cancelled)
        return None
    if fmt == "docx":
        from directory_app.exchange.printing.docx_writer import write_docx
        write_docx(draft, out, page_size=page_size, progress=progress, cancelled=cancelled)
        return None
    if fmt == "html":
        from directory_app.exchange.printing.html import write_html
        write_html(draft, out, collation=collation, progress=progress, cancelled=cancelled)
        return None
    raise ExchangeError(f"{out}: unknown draft format “{fmt}” (use one of {', '.join(FORMATS)})")
