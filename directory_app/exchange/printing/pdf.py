"""The draft on paper: title page, contents, entries by region, indexes, with page numbers.

`PagedDraft` lays the draft out for one paged device (a QPdfWriter, or the QPrinter of the
print preview) and paints it. Layout is two-pass: the body is laid out once; the contents are
laid out until their own length is known, so the page numbers they print are the pages where
the headings really are; the indexes come last, when every entry's page is known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from directory_app.exchange.printing.build import PrintCancelled, check_cancel
from directory_app.exchange.printing.collation import collation_key
from directory_app.exchange.printing.fonts import print_fonts
from directory_app.exchange.printing.hyphenate import hyphenate
from directory_app.exchange.printing.index import index_groups
from directory_app.exchange.printing.model import Draft, Style, TermKind
from directory_app.exchange.printing.qt_flow import Flow
from directory_app.exchange.printing.qt_styles import QtStyles
from directory_app.exchange.printing.safe_output import atomic_output

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MM = 72 / 25.4
# A page may start after these, never between them and the paragraph that follows.
_KEEP_NEXT = {Style.ENTRY_NAME, Style.OTHER_NAMES, Style.STATUS, Style.OFFICE_NAME, Style.LABEL,
              Style.PUB_TITLE}
_KEEP_PREVIOUS = {Style.OTHER_NAMES, Style.STATUS}
_JUSTIFIED = {Style.TEXT, Style.OFFICE_TEXT, Style.PUB_TEXT}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PageSetup:
    size: str = "A4"
    dpi: int = 300
    margins_mm: tuple[float, float, float, float] = (14, 18, 12, 20)   # top, right, bottom, left
    header_mm: float = 10
    footer_mm: float = 10


@dataclass
class PrintedPages:
    """What was printed where (1-based page numbers), for the caller and the tests."""

    pages: int = 0
    contents: list[tuple[int, str, int]] = field(default_factory=list)   # level, title, page
    entries: dict[int, int] = field(default_factory=dict)               # org id → page
    body_first: int = 0


def page_layout(setup: PageSetup) -> QPageLayout:
    return QPageLayout(QPageSize(PAGE_SIZES[setup.size]), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


class PagedDraft:
    def __init__(self, draft: Draft, device: QPagedPaintDevice, setup: PageSetup = PageSetup(),
                 collation: str = "en"):
        self.draft = draft
        self.device = device
        self.setup = setup
        self.styles = QtStyles(print_fonts(), device.logicalDpiY())
        self.key = collation_key(collation)
        px = self.styles.px
        full = page_layout(setup).fullRectPoints()
        top, right, bottom, left = (m * MM for m in setup.margins_mm)
        self.page_w, self.page_h = px(full.width()), px(full.height())
        self.content = QRectF(px(left), px(top + setup.header_mm * MM),
                              px(full.width() - left - right),
                              px(full.height() - top - bottom - (setup.header_mm
                                                                 + setup.footer_mm) * MM))
        self.header_y, self.footer_y = px(top), self.content.bottom() + px(setup.footer_mm * MM)
        self.body = self.toc = None
        self.indexes: list[tuple[str, Flow]] = []
        self.result = PrintedPages()
        self._headings: list[tuple[int, int, tuple[str, ...]]] = []   # para, level, path
        self._entry_paras: list[tuple[int, int]] = []                 # para, org id
        self._terms: list[tuple[int, object]] = []                    # para, term

    # -- layout -------------------------------------------------------------------------
    def prepare(self, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> PrintedPages:
        self.body = self._build_body(progress, cancelled)
        self.body.layout(self.content.height(), cancelled)
        check_cancel(cancelled)
        toc_pages = -1
        while True:   # the contents' length decides where the body starts, and the reverse
            self.toc = self._build_toc(first_body=2 + max(toc_pages, 1))
            self.toc.layout(self.content.height())
            if len(self.toc.pages) == toc_pages:
                break
            toc_pages = len(self.toc.pages)
        self.result.body_first = 2 + toc_pages
        index_first = self.result.body_first + len(self.body.pages)
        self.indexes = []
        for title, kind in (("Index of organisations", TermKind.ORG),
                            ("Index of people", TermKind.PERSON)):
            flow = self._build_index(title, kind)
            if flow is not None:
                flow.layout(self.content.height())
                self.indexes.append((title, flow))
        self.result.pages = index_first - 1 + sum(len(f.pages) for _, f in self.indexes)
        self.result.contents = self._contents()
        self.result.entries = {org: self._page(para) for para, org in self._entry_paras}
        return self.result

    def _page(self, para: int) -> int:
        return self.result.body_first + self.body.page_of(para)

    def _build_body(self, progress, cancelled) -> Flow:
        flow = Flow(self.device, self.content.width())
        total = max(len(self.draft.sections), 1)
        for number, section in enumerate(self.draft.sections):
            check_cancel(cancelled)
            para = flow.add(section.title, self.styles.heading(section.level),
                            break_before=section.level == 1 and number > 0)
            self._headings.append((para, section.level, section.path))
            keep = True
            for entry in section.entries:
                keep = self._add_entry(flow, entry, keep)
            if progress is not None:
                progress(number + 1, total)
        return flow

    def _add_entry(self, flow: Flow, entry, keep_first: bool) -> bool:
        previous = None
        for i, para in enumerate(entry.paras):
            keep = keep_first if i == 0 else (para.style in _KEEP_PREVIOUS
                                              or previous in _KEEP_NEXT
                                              or para.style == previous == Style.SOURCE)
            text = hyphenate(para.text) if para.style in _JUSTIFIED else para.text
            number = flow.add(text, self.styles.para(para.style, para.space_before),
                              keep_with_previous=keep)
            if i == 0 and not entry.xref:
                self._entry_paras.append((number, entry.org_id))
            self._terms.extend((number, term) for term in para.terms)
            previous = para.style
        return False

    def _contents(self) -> list[tuple[int, str, int]]:
        return [(level, path[-1], self._page(para)) for para, level, path in self._headings]

    def _build_toc(self, first_body: int) -> Flow:
        self.result.body_first = first_body
        flow = Flow(self.device, self.content.width())
        flow.add("Contents", self.styles.title(18))
        right = self.content.width()
        for level, title, page in self._contents():
            indent = "\u2003" * 2 * (level - 1)
            flow.add(f"{indent}{title}\t{page}", self.styles.tabbed(right, bold=level == 1,
                                                             top=6 if level == 1 else 0))
        return flow

    def _build_index(self, title: str, kind: TermKind) -> Flow | None:
        pages: dict[str, set[int]] = {}
        for para, term in self._terms:
            if term.kind == kind:
                pages.setdefault(term.text, set()).add(self._page(para))
        if not pages:
            return None
        flow = Flow(self.device, self.content.width())
        flow.add(title, self.styles.title(18))
        right = self.content.width()
        for letter, terms in index_groups(pages, self.key):
            flow.add(letter, self.styles.tabbed(right, bold=True, size=11, top=8))
            for i, text in enumerate(terms):
                numbers = ", ".join(str(p) for p in sorted(pages[text]))
                flow.add(f"{text}\t{numbers}", self.styles.tabbed(right),
                         keep_with_previous=i == 0)
        return flow

    # -- painting -------------------------------------------------------------------------
    def paint(self, painter: QPainter, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
        total = self.result.pages
        self._title_page(painter)
        number = 1
        runs = [(self.toc, lambda _p: "Contents")]
        runs.append((self.body, self._section_at))
        runs.extend((flow, lambda _p, t=title: t) for title, flow in self.indexes)
        for flow, header in runs:
            for page in range(len(flow.pages)):
                check_cancel(cancelled)
                self.device.newPage()
                number += 1
                self._chrome(painter, number, header(page))
                flow.paint_page(painter, page, self.content.topLeft())
                if progress is not None:
                    progress(number, total)

    def _section_at(self, page: int) -> str:
        first_line = self.body.pages[page][0]
        path: tuple[str, ...] = ()
        for para, _level, section in self._headings:
            if self.body.para_line[para] > first_line:
                break
            path = section
        if not path:
            path = next((s for p, _l, s in self._headings if self.body.page_of(p) == page), ())
        return " › ".join(path)

    def _chrome(self, painter: QPainter, number: int, header: str) -> None:
        px = self.styles.px
        left, right = self.content.left(), self.content.right()
        width = self.content.width()
        painter.setPen(QPen(Qt.GlobalColor.black, px(0.4)))
        painter.setFont(self.styles.chrome(8))
        head = QRectF(left, self.header_y, width, px(12))
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
        painter.setFont(self.styles.chrome(8, italic=True))
        painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         self.draft.title if len(header) < 60 else "")
        rule = self.header_y + px(15)
        painter.drawLine(QPointF(left, rule), QPointF(right, rule))
        foot = QRectF(left, self.footer_y - px(12), width, px(12))
        painter.setFont(self.styles.chrome(9))
        painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         str(number))
        self._internal_mark(painter, foot)

    def _internal_mark(self, painter: QPainter, foot: QRectF) -> None:
        if self.draft.internal:
            painter.setFont(self.styles.chrome(8, bold=True))
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             self.draft.INTERNAL_MARK)

    def _title_page(self, painter: QPainter) -> None:
        px = self.styles.px
        box = QRectF(self.content.left(), self.page_h * 0.28, self.content.width(), px(200))
        painter.setPen(Qt.GlobalColor.black)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        lines = [(self.draft.title, 24, True), (self.draft.subtitle, 13, False),
                 (self.draft.edition_text(), 12, False)]
        y = box.top()
        for text, size, bold in lines:
            if not text:
                continue
            painter.setFont(self.styles.chrome(size, bold=bold))
            rect = painter.boundingRect(QRectF(box.left(), y, box.width(), px(400)), flags, text)
            painter.drawText(QRectF(box.left(), y, box.width(), rect.height()), flags, text)
            y += rect.height() + px(size)
        painter.setFont(self.styles.chrome(9, italic=True))
        info = (f"{self.draft.entry_count_text()}. Scope: {self.draft.scope}. "
                f"Profile: {self.draft.profile}.")
        painter.drawText(QRectF(box.left(), self.page_h * 0.75, box.width(), px(40)), flags, info)
        foot = QRectF(self.content.left(), self.footer_y - px(12), self.content.width(), px(12))
        self._internal_mark(painter, foot)


def write_pdf(draft: Draft, out: Path, setup: PageSetup = PageSetup(), *, collation: str = "en",
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> PrintedPages:
    """Write the draft as a PDF with embedded fonts; on cancel nothing is left at `out`."""
    with atomic_output(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(setup.dpi)
        writer.setPageLayout(page_layout(setup))
        writer.setTitle(draft.title)
        writer.setCreator("NGO Directory")
        paged = PagedDraft(draft, writer, setup, collation)
        half = _halves(progress)
        result = paged.prepare(half(0), cancelled)
        painter = QPainter(writer)
        try:
            paged.paint(painter, half(1), cancelled)
        finally:
            painter.end()
        del writer
    return result


def _halves(progress: Progress | None):
    """Progress of a two-phase job (layout, then painting) as one bar of 0..1000."""
    def phase(n: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, total: progress(500 * n + 500 * done // max(total, 1), 1000)
    return phase


__all__ = ["PageSetup", "PagedDraft", "PrintCancelled", "PrintedPages", "write_pdf"]
