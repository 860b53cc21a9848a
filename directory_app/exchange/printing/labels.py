"""Mailing labels and envelopes: postal address blocks on common label sheets, as a PDF.

Addresses go through the same scope and publication profile as the drafts (confidential items
never print). The block follows the country's order: for Russia the handbook's (postal code and
city on the first line, then street and PO box); elsewhere street, PO box, the city line
(postal code before or after the city as that country writes it) and the country in capitals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from directory_app.exchange.printing.build import check_cancel, print_profile
from directory_app.exchange.printing.fonts import print_fonts
from directory_app.exchange.printing.safe_output import atomic_output
from directory_app.exchange.profiles import Profile, apply_profile
from directory_app.exchange.scope import Scope
from directory_app.services.queries import Queries
from directory_app.store.database import Directory

RUSSIA = {"russia", "russian federation", "россия", "российская федерация", "ru"}
# Countries that write the postal code after the city ("London WC1X 0DW", "Boston MA 02110").
CITY_FIRST = {"united kingdom", "uk", "great britain", "england", "scotland", "wales",
              "ireland", "united states", "usa", "us", "canada", "australia"}


@dataclass(frozen=True)
class LabelSheet:
    key: str
    title: str
    page: QPageSize.PageSizeId
    columns: int
    rows: int
    width_mm: float
    height_mm: float
    top_mm: float
    left_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    padding_mm: float = 3
    landscape: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


IN = 25.4
SHEETS = {s.key: s for s in (
    LabelSheet("3x8", "A4, 3 × 8 labels of 70 × 37 mm", QPageSize.PageSizeId.A4, 3, 8,
               70, 37, 0.5, 0, 70, 37),
    LabelSheet("5160", "Letter, Avery 5160 (3 × 10, 2⅝ × 1 in)", QPageSize.PageSizeId.Letter, 3,
               10, 2.625 * IN, 1 * IN, 0.5 * IN, 0.1875 * IN, 2.75 * IN, 1 * IN, 2),
    LabelSheet("dl", "DL envelopes (220 × 110 mm), address in the window",
               QPageSize.PageSizeId.EnvelopeDL, 1, 1, 90, 45, 50, 110, 90, 45, 0, landscape=True),
)}


def postal_block(name: str, address: dict[str, Any]) -> list[str]:
    """The lines of one address label: the addressee, then the address in its country's order."""
    country = (address.get("country") or "").strip()
    code, city = address.get("postal_code", ""), address.get("city", "")
    street_lines = [address[k] for k in ("street", "po_box") if address.get(k)]
    if not country or country.casefold() in RUSSIA:
        first = " ".join(p for p in (code, city) if p)
        lines = [first, *street_lines, address.get("region", "")]
    else:
        city_first = country.casefold() in CITY_FIRST
        city_line = " ".join(p for p in ((city, code) if city_first else (code, city)) if p)
        lines = [*street_lines, city_line, address.get("region", ""), country.upper()]
    lines = [line for line in lines if line]
    if not lines and address.get("value"):
        lines = [address["value"]]
    return [name, *lines]


def label_addresses(directory: Directory, scope: Scope, profile: Profile,
                    cancelled: Callable[[], bool] | None = None) -> tuple[list[list[str]], int]:
    """Address blocks of the organisations in scope, and how many had no printable address."""
    profile = print_profile(profile)
    queries = Queries(directory, ceiling=profile.ceiling)
    blocks, missing = [], 0
    for org_id in scope.org_ids(directory):
        check_cancel(cancelled)
        detail = queries.org_detail(org_id, with_offices=False)
        org = apply_profile(detail, profile) if detail else None
        address = next((c for c in (org or {}).get("contacts", []) if c["kind"] == "address"),
                       None)
        if address is None:
            missing += 1
            continue
        blocks.append(postal_block(org["name"], address))
    return blocks, missing


def write_labels(blocks: list[list[str]], out: Path, sheet: LabelSheet, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Print the blocks on `sheet`, in order, row by row; returns the number of pages."""
    fonts = print_fonts()
    pages = max(1, -(-len(blocks) // sheet.per_page))
    with atomic_output(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        orientation = QPageLayout.Orientation.Landscape if sheet.landscape else \
            QPageLayout.Orientation.Portrait
        writer.setPageLayout(QPageLayout(QPageSize(sheet.page), orientation,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle("Mailing labels")
        mm = writer.resolution() / IN
        painter = QPainter(writer)
        try:
            for number, block in enumerate(blocks):
                check_cancel(cancelled)
                slot = number % sheet.per_page
                if number and slot == 0:
                    writer.newPage()
                row, column = divmod(slot, sheet.columns)
                box = QRectF((sheet.left_mm + column * sheet.pitch_x_mm + sheet.padding_mm) * mm,
                             (sheet.top_mm + row * sheet.pitch_y_mm + sheet.padding_mm) * mm,
                             (sheet.width_mm - 2 * sheet.padding_mm) * mm,
                             (sheet.height_mm - 2 * sheet.padding_mm) * mm)
                _draw_block(painter, box, block, fonts.sans)
                if progress is not None:
                    progress(number + 1, len(blocks))
        finally:
            painter.end()
        del writer
    return pages


def _draw_block(painter: QPainter, box: QRectF, lines: list[str], family: str) -> None:
    """The block at the largest size (10 pt down to 6 pt) whose wrapped lines fit the label."""
    for tenths in range(100, 55, -5):
        fonts = [_font(family, tenths / 10, bold) for bold in (True, False)]
        metrics = [QFontMetricsF(f, painter.device()) for f in fonts]
        wrapped = [(0, part) for part in _wrap(lines[0], metrics[0], box.width())]
        wrapped += [(1, part) for line in lines[1:] for part in _wrap(line, metrics[1],
                                                                      box.width())]
        if metrics[1].lineSpacing() * len(wrapped) <= box.height():
            break
    y = box.top()
    for which, line in wrapped:
        if y + metrics[which].lineSpacing() > box.bottom() + 0.5:
            break   # even at 6 pt it does not fit: the label shows what it can, never overprints
        painter.setFont(fonts[which])
        rect = QRectF(box.left(), y, box.width(), metrics[which].lineSpacing())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics[which].elidedText(line, Qt.TextElideMode.ElideRight,
                                                   box.width()))
        y += metrics[which].lineSpacing()


def _font(family: str, size: float, bold: bool) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap; a single word wider than the label stays whole (and is elided)."""
    out: list[str] = []
    for word in text.split():
        if out and metrics.horizontalAdvance(f"{out[-1]} {word}") <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out or [""]


__all__ = ["SHEETS", "LabelSheet", "label_addresses", "postal_block", "write_labels"]
