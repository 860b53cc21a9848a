"""Starting the window: the Qt application, translations, the directory file, first start."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from directory_app import __version__, paths
from directory_app.memory import freeze_start_up_objects
from directory_app.services.entries import Entries
from directory_app.services.sample import load_sample
from directory_app.ui import settings as ui_settings
from directory_app.ui.features import install_features
from directory_app.ui.first_start import offer_first_start
from directory_app.ui.main_window import MainWindow
from directory_app.ui.opening import open_interactively
from directory_app.ui.translations import (
    install_translators,
    installed_translators,
    remove_translators,
)

translate = QCoreApplication.translate



def application() -> QApplication:
    """The one QApplication, named so that QSettings and the desktop know the app."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ngo-directory")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = paths.resources_dir() / "icons" / f"ngo-directory-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def build_window(db_path: Path, *, load_sample_first: bool = False) -> MainWindow | None:
    """Open the file and make the window; None (after telling the user) if it cannot be opened."""
    # The health check runs once the window shows (features.check_health): a large file opens
    # at once instead of after SQLite's quick check has read all of it.
    result = open_interactively(None, db_path, check=False)
    if result is None:
        return None
    directory = result.directory
    if load_sample_first and not directory.read_only:
        load_sample(Entries(directory))
    settings = ui_settings.app_settings()
    window = MainWindow(directory, settings)
    if load_sample_first:
        window.setWindowTitle(
            translate("Application", "Sample handbook (temporary copy) — NGO Directory"))
    else:
        ui_settings.add_recent_file(settings, directory.path)
    install_features(window)
    window.show_notices(result.notices)
    return window


def _exec(app: QApplication) -> int:
    return app.exec()


def run_gui(db_path: Path, load_sample: bool = False, *,
            event_loop: Callable[[QApplication], int] | None = None) -> int:
    """Show the window on `db_path` and run until it is closed; returns the exit code.

    `event_loop` replaces `app.exec()` (tests pass one that inspects the window and returns).
    """
    app = application()
    translators = install_translators(app, ui_settings.language(ui_settings.app_settings()))
    window = build_window(db_path, load_sample_first=load_sample)
    if window is None:
        return 1
    window.show()
    if os.environ.get("NGO_DIRECTORY_STARTUP_PROBE"):
        # For the start-up benchmark of the frozen app: report the shown window and quit.
        QTimer.singleShot(0, lambda: (print("MAIN_WINDOW_SHOWN", flush=True), app.quit()))
    elif not load_sample:
        # After the window is on screen, so the offer appears over it.
        QTimer.singleShot(0, lambda: offer_first_start(window))
    # Queued behind the above, once the window is on screen: start-up is not longer for it.
    QTimer.singleShot(0, freeze_start_up_objects)
    try:
        return (event_loop or _exec)(app)
    finally:
        window.directory.close()
        # Those of a language switch in Preferences too, not only the ones installed above.
        remove_translators(app, [*translators, *installed_translators()])
        window.deleteLater()
