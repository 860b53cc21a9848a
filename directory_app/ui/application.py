"""Starting the window: the Qt application, translations, the directory file, first start."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from directory_app import __version__, paths
from directory_app.services.entries import Entries
from directory_app.services.sample import load_sample
from directory_app.store.database import StoreError, open_directory
from directory_app.ui import settings as ui_settings
from directory_app.ui.first_start import offer_first_start
from directory_app.ui.main_window import MainWindow
from directory_app.ui.translations import install_translators

translate = QCoreApplication.translate



def application() -> QApplication:
    """The one QApplication, named so that QSettings and the desktop know the app."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ngo-directory")
    return app


def build_window(db_path: Path, *, load_sample_first: bool = False) -> MainWindow | None:
    """Open the file and make the window; None (after telling the user) if it cannot be opened."""
    try:
        directory = open_directory(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, translate("Application", "Cannot open the directory"), str(exc))
        return None
    if load_sample_first and not directory.read_only:
        load_sample(Entries(directory))
    settings = ui_settings.app_settings()
    window = MainWindow(directory, settings)
    if load_sample_first:
        window.setWindowTitle(
            translate("Application", "Sample handbook (temporary copy) — NGO Directory"))
    else:
        ui_settings.add_recent_file(settings, directory.path)
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
    if not load_sample:
        # After the window is on screen, so the offer appears over it.
        QTimer.singleShot(0, lambda: offer_first_start(window))
    try:
        return (event_loop or _exec)(app)
    finally:
        window.directory.close()
        for translator in translators:
            app.removeTranslator(translator)
        window.deleteLater()
