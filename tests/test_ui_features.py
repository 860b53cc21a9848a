"""The full window as `ngo-directory` builds it: editors, import, export and print are live."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from directory_app.store import backup
from directory_app.ui.application import build_window


@pytest.fixture
def full_window(qtbot, directory, sample):
    directory.close()
    window = build_window(directory.path)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.tasks.wait(5000)
    window.directory.close()


def test_every_editing_and_exchange_action_is_live(full_window):
    a = full_window.window_actions
    for action in (a.new_organisation, a.new_person, a.edit_current, a.delete_current,
                   a.merge_selected, a.mark_verified, a.show_history, a.import_file,
                   a.export_file, a.print_draft):
        assert action.isEnabled(), action.text()


def test_daily_backup_made_off_the_gui_thread(qtbot, full_window):
    qtbot.waitUntil(lambda: any(b.reason == "daily"
                                for b in backup.list_backups(full_window.directory.path)),
                    timeout=10000)


@pytest.mark.parametrize(("action", "dialog_class"), [
    ("export_file", "directory_app.ui.export_dialog.ExportDialog"),
    ("print_draft", "directory_app.ui.print_dialog.PrintDialog"),
    ("import_file", "directory_app.ui.import_wizard.ImportWizard"),
])
def test_exchange_actions_open_their_dialogs_on_the_search(qtbot, full_window, monkeypatch,
                                                           action, dialog_class):
    import importlib

    module_name, cls_name = dialog_class.rsplit(".", 1)
    cls = getattr(importlib.import_module(module_name), cls_name)
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", fake_exec)
    full_window.search_bar.edit.setText("amnesty")
    getattr(full_window.window_actions, action).trigger()
    assert len(opened) == 1
    if action != "import_file":
        assert opened[0].scope.query == "amnesty"


def test_backups_dialog_lists_and_restores(qtbot, full_window):
    from directory_app.services.queries import Queries
    from directory_app.ui.backups_dialog import BackupsDialog

    window = full_window
    window.tasks.wait(5000)
    made = backup.make_backup(window.directory, reason="manual")
    window.entries.create_org(name="Added after the backup")
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    row = next(i for i, info in enumerate(dialog.infos) if info.path == made.path)
    assert dialog.table.item(row, 2).text() == "15"
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected()
    assert Queries(window.directory).count_orgs() == 15
    assert not window.directory.read_only
    assert any(b.reason == "before-restore" for b in backup.list_backups(window.directory.path))


def test_idle_lock_minutes_come_from_preferences(qtbot, directory, sample):
    from directory_app.ui import settings as ui_settings
    from directory_app.ui.preferences import PreferencesDialog

    settings = ui_settings.app_settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.idle_lock.setValue(3)
    dialog.accept()
    assert ui_settings.idle_lock_minutes(ui_settings.app_settings()) == 3
    directory.close()
    window = build_window(directory.path)
    qtbot.addWidget(window)
    try:
        assert window.idle_lock.watcher._timer.interval() == 3 * 60_000
    finally:
        window.tasks.wait(5000)
        window.directory.close()


def test_damage_found_after_the_window_shows_reopens_read_only(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from directory_app.services.entries import Entries
    from directory_app.services.sample import load_sample
    from directory_app.store.database import open_directory
    from tests.test_recovery import _damage

    d = open_directory(tmp_path / "d.sqlite")
    load_sample(Entries(d))
    with d.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup.make_backup(d, reason="manual")
    d.close()
    _damage(d.path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = build_window(d.path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.directory.read_only, timeout=10000)
    assert shown and "damaged" in shown[0]
    window.tasks.wait(5000)
    window.directory.close()
