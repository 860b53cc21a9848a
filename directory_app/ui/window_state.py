"""What the window remembers between runs: geometry, toolbars, splitter, column widths.

Column widths and the navigator's width are saved with the defaults in effect at the time: on
the next start a column (or the navigator) whose width was its default takes the new default
(the language or the font may have changed); a width the user gave it is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from directory_app.ui import column_widths

if TYPE_CHECKING:
    from directory_app.ui.main_window import MainWindow

DEFAULT_SIZE = (1400, 860)


def restore(window: MainWindow, settings: QSettings) -> None:
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    splitter = settings.value("window/splitter")
    if splitter is not None and window.splitter.restoreState(splitter):
        previous = _widths(settings.value("window/navigator-default"))
        sizes = _widths(settings.value("window/splitter-sizes"))
        if previous and len(sizes) == len(window.splitter.sizes()):
            window.follow_navigator_default(previous[0], sizes)
    for key, view in (("orgs", window.org_view), ("people", window.people_view)):
        header = settings.value(f"columns/{key}")
        if header is not None and view.horizontalHeader().restoreState(header):
            previous = _widths(settings.value(f"columns/{key}-defaults"))
            column_widths.apply_defaults(view, view.default_widths,
                                         previous or column_widths.LEGACY_WIDTHS[key])


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/navigator-default", str(window.navigator_default))
    settings.setValue("window/splitter-sizes", ",".join(map(str, window.splitter.sizes())))
    for key, view in (("orgs", window.org_view), ("people", window.people_view)):
        settings.setValue(f"columns/{key}", view.horizontalHeader().saveState())
        settings.setValue(f"columns/{key}-defaults", ",".join(map(str, view.default_widths)))
    settings.sync()


def _widths(value) -> list[int]:
    """Widths saved as "205,125,…"; [] when absent or unreadable."""
    try:
        return [int(part) for part in str(value or "").split(",") if part]
    except ValueError:
        return []
