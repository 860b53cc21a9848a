"""Default widths of the results tables' columns, measured in the current language and font.

A column's default is wide enough for its header and for what it typically holds: every kind
(or privacy) label in the current language, a city, a phone number, a date. A column follows
the defaults (at start, and when the language changes) until the user gives it another width;
then that width is kept, and remembered between runs (see `window_state`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QStyle, QTableView

from directory_app.ui.labels import kind_labels, privacy_labels

# Typical contents (data, so the same in every language) for the columns whose contents are
# not a closed list of labels; a longer text is elided and shows whole in the tooltip.
ORG_NAME = "Memorial Human Rights Centre"
PERSON_NAME = "Svetlana Gannushkina"
PLACES = ("St. Petersburg", "Санкт-Петербург")
PHONE = "+7 495 225-31-17"
EMAIL = "info@amnesty.org.ru"
ROLES = ("Executive Secretary", "Ответственный секретарь")
DATE = "2026-11-25"
# The widths earlier versions set (and saved on every close, touched or not): a saved width
# equal to one of these is a default, not the user's choice, and follows the new defaults.
LEGACY_WIDTHS = {"orgs": (205, 125, 85, 85, 105, 105, 80),
                 "people": (160, 225, 140, 100, 115, 80)}
# A few pixels more than the text needs, so the longest label does not touch the grid.
SLACK = 6


def _texts_for(people: bool) -> list[Sequence[str]]:
    if people:
        return [(PERSON_NAME,), (ORG_NAME,), ROLES, (PHONE,), (EMAIL,),
                tuple(privacy_labels().values())]
    return [(ORG_NAME,), tuple(kind_labels().values()), PLACES, PLACES, (PHONE,), (EMAIL,),
            (DATE,)]


def cell_padding(view: QTableView) -> int:
    """What a cell adds to its text's width: the item delegate's margin on each side
    (the style's focus frame margin + 1) and the grid line."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 2 * margin + 1


def default_widths(view: QTableView, people: bool) -> list[int]:
    """Each column's default width in `view`'s font and the current language: its contents'
    or its header's (title, margins, sort arrow: Qt's own size hint), the wider."""
    metrics, header = view.fontMetrics(), view.horizontalHeader()
    padding = cell_padding(view)
    return [max(max(metrics.horizontalAdvance(text) for text in texts) + padding,
                header.sectionSizeHint(column)) + SLACK
            for column, texts in enumerate(_texts_for(people))]


def apply_defaults(view: QTableView, widths: Sequence[int],
                   previous: Sequence[int] | None = None) -> None:
    """Give the columns of `view` these default widths; with `previous` (the defaults in effect
    until now), only the columns still at their previous default: the others the user sized."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if previous is None or (column < len(previous)
                                and header.sectionSize(column) == previous[column]):
            header.resizeSection(column, width)


def follow_language(view: QTableView, people: bool, previous: Sequence[int]) -> list[int]:
    """After a language change: the new defaults, applied to the columns the user left alone;
    returns them."""
    widths = default_widths(view, people)
    apply_defaults(view, widths, previous)
    return widths
