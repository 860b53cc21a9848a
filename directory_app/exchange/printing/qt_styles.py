"""Paragraph and character formats of the Qt (PDF and preview) drafts, in points."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextOption

from directory_app.exchange.printing.fonts import Fonts
from directory_app.exchange.printing.model import Style
from directory_app.exchange.printing.qt_flow import ParaFormat

BODY_PT = 9.5
GREY = QColor(90, 90, 90)

# style: (sans?, size pt, bold, italic, grey, left indent pt, justify)
_STYLE_SPEC = {
    Style.ENTRY_NAME: (False, 11.5, True, False, False, 0, False),
    Style.OTHER_NAMES: (False, BODY_PT, False, True, False, 0, False),
    Style.STATUS: (True, 7.5, False, False, True, 0, False),
    Style.ADDRESS: (False, BODY_PT, False, False, False, 0, False),
    Style.CONTACT: (False, BODY_PT, False, False, False, 0, False),
    Style.PERSON: (False, BODY_PT, False, False, False, 0, False),
    Style.OFFICE_NAME: (False, BODY_PT, True, False, False, 0, False),
    Style.TEXT: (False, BODY_PT, False, False, False, 0, True),
    Style.OFFICE_TEXT: (False, BODY_PT, False, False, False, 12, True),
    Style.FACTS: (False, BODY_PT, False, False, False, 0, False),
    Style.LABEL: (False, BODY_PT, True, False, False, 0, False),
    Style.PUB_TITLE: (False, BODY_PT, False, True, False, 0, False),
    Style.PUB_TEXT: (False, BODY_PT, False, False, False, 12, True),
    Style.SOURCE: (True, 7.5, False, True, True, 0, False),
    Style.NOTE: (True, 8, False, True, False, 0, False),
    Style.XREF: (False, BODY_PT, False, True, False, 0, False),
}
_HEADING_PT = {1: 18, 2: 14, 3: 12}


@dataclass
class QtStyles:
    """Formats for one device resolution.

    Page geometry is in device pixels (`px`); lengths inside text formats (margins, indents,
    tab stops) are in Qt's logical 96-dpi pixels (`lu`), which the layout scales to the device.
    """

    fonts: Fonts
    dpi: float

    def px(self, points: float) -> float:
        return points * self.dpi / 72

    @staticmethod
    def lu(points: float) -> float:
        return points * 96 / 72

    def _char(self, sans: bool, size: float, bold=False, italic=False, grey=False
              ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self.fonts.sans if sans else self.fonts.serif)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        fmt.setFont(font)
        if grey:
            fmt.setForeground(GREY)
        return fmt

    def _block(self, top: float = 0, bottom: float = 0, indent: float = 0,
               justify: bool = False) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self.lu(top))
        fmt.setBottomMargin(self.lu(bottom))
        fmt.setLeftMargin(self.lu(indent))
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeft)
        return fmt

    def para(self, style: Style, space_before: bool) -> ParaFormat:
        sans, size, bold, italic, grey, indent, justify = _STYLE_SPEC[style]
        top = 14 if style == Style.ENTRY_NAME else 5 if space_before else 0
        return ParaFormat(self._block(top, 0, indent, justify),
                          self._char(sans, size, bold, italic, grey))

    def heading(self, level: int) -> ParaFormat:
        size = _HEADING_PT.get(level, 11)
        block = self._block(top=22 if level > 1 else 0, bottom=6)
        return ParaFormat(block, self._char(True, size, bold=True))

    def title(self, size: float) -> ParaFormat:
        return ParaFormat(self._block(bottom=14), self._char(True, size, bold=True))

    def tabbed(self, right: float, *, bold: bool = False, size: float = BODY_PT,
               top: float = 0) -> ParaFormat:
        """A line with a right-aligned page number at `right` (device pixels).

        No left indent: Qt measures a right tab inconsistently once the block is indented, so
        contents lines are indented with em spaces in their text instead.
        """
        block = self._block(top=top)
        stop = right * 96 / self.dpi
        block.setTabPositions([QTextOption.Tab(stop, QTextOption.TabType.RightTab)])
        return ParaFormat(block, self._char(bold, size, bold=bold))

    def chrome(self, size: float = 7.5, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.fonts.sans)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font
