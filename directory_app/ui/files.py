"""File > New, Open, Open Recent and Backups: which directory file the window shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from directory_app import paths
from directory_app.store import backup
from directory_app.store.connect import encryption_available
from directory_app.store.database import StoreError, open_directory
from directory_app.ui import settings as ui_settings
from directory_app.ui.opening import open_interactively

if TYPE_CHECKING:
    from directory_app.ui.actions import WindowActions
    from directory_app.ui.main_window import MainWindow

FILE_FILTER = "NGO Directory (*.sqlite *.db);;All files (*)"


class FileController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._recent_menu: QMenu | None = None

    def connect_actions(self, actions: WindowActions, recent_menu: QMenu) -> None:
        actions.new_directory.triggered.connect(self.new_directory)
        actions.new_encrypted_directory.triggered.connect(self.new_encrypted_directory)
        self._actions = actions
        self.retranslate()
        actions.open_directory.triggered.connect(self.choose_directory)
        actions.clear_recent.triggered.connect(self.clear_recent)
        actions.backup_now.triggered.connect(self.backup_now)
        actions.open_backups_folder.triggered.connect(self.open_backups_folder)
        self._recent_menu = recent_menu
        self._clear_recent_action = actions.clear_recent
        recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def retranslate(self) -> None:
        """Where SQLCipher is missing, the encrypted-directory action is off and says why."""
        action = self._actions.new_encrypted_directory
        available, _why = encryption_available()
        why = "" if available else self.tr(
            "Encryption is not offered: this copy of the app has no SQLCipher library (the "
            "Python package “sqlcipher3”). Plain directories work as usual.")
        action.setEnabled(available)
        action.setToolTip(why or action.text().replace("&", "").rstrip("…"))
        action.setStatusTip(why)

    def open_path(self, path: Path) -> bool:
        """Open a directory file in the window, telling the user in words if it cannot be."""
        if Path(path).resolve() == self.window.directory.path:
            return True  # already open here; a second open would wait on our own lock
        result = open_interactively(self.window, path)
        if result is None:
            return False
        self.window.set_directory(result.directory)
        self.window.show_notices(result.notices)
        return True

    def choose_directory(self) -> None:
        start = str(self.window.directory.path.parent)
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Directory"), start,
                                              FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def _new_path(self, title: str) -> Path | None:
        """A file name for a new directory, not one that exists; None if the user gave none."""
        start = str(self.window.directory.path.parent / "directory.sqlite")
        name, _ = QFileDialog.getSaveFileName(self.window, title, start, FILE_FILTER)
        if not name:
            return None
        path = Path(name)
        if path.exists():
            QMessageBox.warning(self.window, title,
                                self.tr("%1 already exists. Choose File > Open to open it.")
                                .replace("%1", str(path)))
            return None
        return path

    def new_directory(self) -> None:
        path = self._new_path(self.tr("New Directory"))
        if path is not None and self.open_path(path):
            self._offer_first_start()

    def new_encrypted_directory(self) -> None:
        """A new directory file encrypted with SQLCipher, its passphrase typed twice."""
        from directory_app.ui.passphrase_dialog import NewPassphraseDialog

        title = self.tr("New Encrypted Directory")
        path = self._new_path(title)
        if path is None:
            return
        dialog = NewPassphraseDialog(path.name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.problem():
            return
        try:
            directory = open_directory(path, exclusive=True, key=dialog.passphrase())
        except StoreError as exc:
            QMessageBox.critical(self.window, title, str(exc))
            return
        self.window.set_directory(directory)
        self.window.statusBar().showMessage(
            self.tr("%1 is encrypted; it opens only with its passphrase.")
            .replace("%1", path.name), 8000)
        self._offer_first_start()

    def _offer_first_start(self) -> None:
        from directory_app.ui.first_start import offer_first_start

        offer_first_start(self.window)

    def fill_recent_menu(self) -> None:
        menu = self._recent_menu
        menu.clear()
        current = self.window.directory.path
        files = [p for p in ui_settings.recent_files(self.window.settings) if p != current]
        for number, path in enumerate(files, 1):
            action = menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self._clear_recent_action)

    def clear_recent(self) -> None:
        ui_settings.clear_recent_files(self.window.settings)

    def backup_now(self) -> None:
        """Back up the open file off the GUI thread; say where the copy went."""
        window, directory = self.window, self.window.directory
        window.tasks.run_with_progress(
            window, self.tr("Backing up…"),
            lambda _progress, _cancelled: backup.make_backup(directory, reason="manual"),
            finished=lambda info: window.statusBar().showMessage(
                self.tr("Backup saved: %1").replace("%1", str(info.path)), 8000),
            failed=lambda message: QMessageBox.warning(window, self.tr("Backup failed"),
                                                       message))

    def open_backups_folder(self) -> None:
        folder = paths.backups_dir_for(self.window.directory.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
