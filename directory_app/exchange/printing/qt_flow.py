"""A flow of paragraphs laid out by QTextDocument on an endless page, then cut into pages.

Paragraphs go into QTextDocuments of bounded size (so huge drafts stay inside Qt's 32-bit layout
coordinates); after layout every line becomes a `paginate.Line` in one global coordinate, and
each page is painted as one or more clipped slices of those documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from directory_app.exchange.printing.paginate import Line, page_of_lines, paginate

# Paragraphs per QTextDocument. A laid-out document costs about 2.5 kB a paragraph, so only one
# is alive at a time: laid out to measure, dropped, and built again when its pages are painted.
PARAS_PER_DOCUMENT = 4_000


@dataclass(frozen=True)
class ParaFormat:
    block: QTextBlockFormat
    char: QTextCharFormat


def _one_block(text: str) -> str:
    # A newline would start a new block and put paragraphs and their flags out of step.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028") \
        .replace("\u2029", "\u2028")


class Flow:
    """Paragraphs in order; `add` returns the paragraph's number, used to ask for its page."""

    def __init__(self, device: QPaintDevice, width: float):
        self.device = device
        self.width = width
        self._chunks: list[list[tuple[str, ParaFormat]]] = []
        self._flags: list[tuple[bool, bool]] = []   # (break before, keep with previous)
        self.lines: list[Line] = []
        self.para_line: list[int] = []              # first line of each paragraph
        self._line_doc: list[int] = []
        self._offsets: list[float] = []
        self._doc: tuple[int, QTextDocument] | None = None
        self.pages: list[tuple[int, int]] = []
        self.line_page: list[int] = []

    def add(self, text: str, fmt: ParaFormat, *, break_before: bool = False,
            keep_with_previous: bool = False) -> int:
        if not self._chunks or len(self._chunks[-1]) >= PARAS_PER_DOCUMENT:
            self._chunks.append([])
        self._chunks[-1].append((_one_block(text), fmt))
        self._flags.append((break_before, keep_with_previous))
        return len(self._flags) - 1

    def _document(self, number: int) -> QTextDocument:
        """The laid-out document of chunk `number` (the previous one is released)."""
        if self._doc is not None and self._doc[0] == number:
            return self._doc[1]
        self._doc = None
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setUndoRedoEnabled(False)
        doc.setTextWidth(self.width)
        cursor = QTextCursor(doc)
        # One edit block: Qt lays the text out once at the end instead of after every insert.
        cursor.beginEditBlock()
        for i, (text, fmt) in enumerate(self._chunks[number]):
            if i:
                cursor.insertBlock(fmt.block, fmt.char)
            else:
                cursor.setBlockFormat(fmt.block)
                cursor.setBlockCharFormat(fmt.char)
            cursor.insertText(text, fmt.char)
        cursor.endEditBlock()
        self._doc = (number, doc)
        return doc

    def layout(self, page_height: float, cancelled: Callable[[], bool] | None = None) -> None:
        """Lay out every document, collect its lines and cut them into pages."""
        para = 0
        offset = 0.0
        for number in range(len(self._chunks)):
            if cancelled is not None and cancelled():
                return
            doc = self._document(number)
            self._offsets.append(offset)
            block = doc.begin()
            while block.isValid():
                self._collect(block, para, offset, number)
                para += 1
                block = block.next()
            offset += doc.size().height()
        if len(self._chunks) > 1:
            self._doc = None
        self.pages = paginate(self.lines, page_height)
        self.line_page = page_of_lines(self.pages, len(self.lines))

    def _collect(self, block, para: int, offset: float, doc_number: int) -> None:
        layout = block.layout()
        top = layout.position().y() + offset
        count = layout.lineCount()
        break_before, keep = self._flags[para]
        self.para_line.append(len(self.lines))
        for i in range(count):
            rect = layout.lineAt(i).rect()
            if i == 0:
                breakable, force = not keep, break_before
            else:   # two lines at least at the foot and at the head of a page
                breakable, force = 2 <= i <= count - 2, False
            self.lines.append(Line(top + rect.top(), top + rect.bottom(), breakable, force))
            self._line_doc.append(doc_number)

    def page_of(self, para: int) -> int:
        """The page (0-based, within this flow) where paragraph `para` starts."""
        return self.line_page[self.para_line[para]]

    def paint_page(self, painter: QPainter, page: int, origin: QPointF) -> None:
        """Paint the lines of `page` with the page's first line at `origin`."""
        first, end = self.pages[page]
        page_top = self.lines[first].top
        start = first
        while start < end:
            doc_number = self._line_doc[start]
            stop = start
            while stop < end and self._line_doc[stop] == doc_number:
                stop += 1
            offset = self._offsets[doc_number]
            y0 = self.lines[start].top - offset
            y1 = self.lines[stop - 1].bottom - offset
            painter.save()
            painter.translate(origin.x(), origin.y() + self.lines[start].top - page_top - y0)
            self._document(doc_number).drawContents(painter, QRectF(0, y0, self.width, y1 - y0))
            painter.restore()
            start = stop
