"""Everything the full window adds to `MainWindow`: editors, import, export, print, backups,
and the idle lock. The window itself stays a shell that works (and is tested) without them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from directory_app.bundled_fonts import register_bundled_fonts
from directory_app.exchange.scope import Scope
from directory_app.store import backup
from directory_app.ui import settings as ui_settings
from directory_app.ui.backups_dialog import BackupsDialog
from directory_app.ui.editors.wiring import EditorHub
from directory_app.ui.idle_lock import IdleLock

# Written out in full calls (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate


class ExchangeActions(QObject):
    """File > Import, Export and Print Draft, over the window's current selection or search."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        actions = window.window_actions
        for action, slot in ((actions.import_file, self.import_file),
                             (actions.export_file, self.export_file),
                             (actions.print_draft, self.print_draft)):
            action.triggered.connect(slot)
            action.setEnabled(True)

    def _scope(self) -> Scope:
        """The selection when several rows are selected, else the current search, else all."""
        ids = self.window.selected_org_ids()
        if len(ids) > 1:
            return Scope(ids=tuple(ids))
        query = self.window.search_bar.edit.text().strip()
        return Scope(query=query) if query else Scope()

    def import_file(self) -> None:
        from directory_app.ui.import_wizard import ImportWizard

        if self.window.directory.read_only:
            QMessageBox.information(self.window, translate("Features", "Read-only"),
                                    translate("Features", "This directory is open read-only."))
            return
        ImportWizard(self.window.directory, parent=self.window).exec()
        self.window.refresh()

    def export_file(self) -> None:
        from directory_app.ui.export_dialog import ExportDialog

        ExportDialog(self.window.directory, self._scope(), self.window).exec()

    def print_draft(self) -> None:
        from directory_app.ui.print_dialog import PrintDialog

        PrintDialog(self.window.directory, self._scope(), self.window).exec()


def daily_backup(window) -> None:
    """The once-a-day backup, off the GUI thread; a failure is shown in the status bar."""
    directory = window.directory
    if directory.read_only:
        return

    def work(_progress, _cancelled):
        return backup.daily_backup_if_due(directory)

    def failed(message: str) -> None:
        window.statusBar().showMessage(
            translate("Features", "The daily backup failed: %1").replace("%1", message))

    window.tasks.start(work, failed=failed)


def check_health(window) -> None:
    """The open-time check, off the GUI thread; a damaged file is then reopened read-only with
    the newest good backup offered, a drifted search index rebuilt."""
    from directory_app.store.opening import diagnose, settle
    from directory_app.ui.opening import offer_restore

    directory = window.directory

    def work(_progress, cancelled):
        return diagnose(directory, cancelled)

    def finished(problems: list[str]) -> None:
        if window.directory is not directory:
            return
        if not problems:
            daily_backup(window)  # only a healthy file is worth a daily copy
            return
        result = settle(directory, problems)
        if result.damaged:
            result = offer_restore(window, result)
        window.set_directory(result.directory)
        window.show_notices(result.notices)

    window.tasks.start(work, finished=finished)


def install_features(window) -> None:
    """Give a freshly built main window its editors, exchange actions and safety features."""
    register_bundled_fonts()
    window.editor_hub = EditorHub(window)
    window.exchange_actions = ExchangeActions(window)
    restore = window.window_actions.restore_backup
    restore.triggered.connect(lambda: BackupsDialog(window).exec())
    restore.setEnabled(True)
    window.idle_lock = IdleLock(window, ui_settings.idle_lock_minutes(window.settings))
    check_health(window)
    window.directoryChanged.connect(lambda _d: daily_backup(window))
