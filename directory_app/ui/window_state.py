"""What the window remembers between runs: geometry, toolbars, splitter, column widths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

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
    if splitter is not None:
        window.splitter.restoreState(splitter)
    for key, view in (("orgs", window.org_view), ("people", window.people_view)):
        header = settings.value(f"columns/{key}")
        if header is not None:
            view.horizontalHeader().restoreState(header)


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("columns/orgs", window.org_view.horizontalHeader().saveState())
    settings.setValue("columns/people", window.people_view.horizontalHeader().saveState())
    settings.sync()
