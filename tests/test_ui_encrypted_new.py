"""File > New Encrypted Directory: passphrase twice, a SQLCipher file; disabled (and saying why)
where SQLCipher is missing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from directory_app.store.connect import encryption_available, looks_encrypted
from directory_app.store.database import PassphraseNeeded, open_directory
from directory_app.ui import files, first_start
from directory_app.ui.main_window import MainWindow
from directory_app.ui.passphrase_dialog import NewPassphraseDialog
from directory_app.ui.settings import app_settings


@pytest.fixture
def window(qtbot, directory):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    yield w
    w.directory.close()


def test_passphrase_typed_twice_and_long_enough(qtbot):
    dialog = NewPassphraseDialog("x.sqlite")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == ""
    qtbot.keyClicks(dialog.first, "short")
    assert "at least 8" in dialog.message.text() and not dialog.ok_button.isEnabled()
    dialog.first.setText("correct horse battery")
    qtbot.keyClicks(dialog.second, "correct horse")
    assert "not the same" in dialog.message.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.second, " battery")
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""


@pytest.mark.skipif(not encryption_available()[0], reason="sqlcipher3 missing")
def test_new_encrypted_directory_is_created_and_shown(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "secret.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    offered = []
    monkeypatch.setattr(first_start, "offer_first_start", lambda w: offered.append(w))

    def fill(dialog):
        dialog.first.setText("a long passphrase")
        dialog.second.setText("a long passphrase")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPassphraseDialog, "exec", fill)
    action = window.window_actions.new_encrypted_directory
    assert action.isEnabled() and action in window.menus.file_menu.actions()
    action.trigger()
    assert window.directory.path == target.resolve() and window.directory.encrypted
    assert offered == [window]
    window.entries.create_org(name="Memorial")
    window.directory.close()
    assert looks_encrypted(target)
    with pytest.raises(PassphraseNeeded):
        open_directory(target)
    again = open_directory(target, key="a long passphrase")
    try:
        assert again.engine is not None
    finally:
        again.close()


def test_cancelled_passphrase_creates_nothing(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "never.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(NewPassphraseDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    before = window.directory
    window.files.new_encrypted_directory()
    assert window.directory is before and not target.exists()


def test_without_sqlcipher_the_action_is_disabled_and_says_why(qtbot, directory, monkeypatch):
    monkeypatch.setattr(files, "encryption_available", lambda: (False, "no sqlcipher3"))
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    action = w.window_actions.new_encrypted_directory
    assert not action.isEnabled()
    assert "SQLCipher" in action.toolTip() and action.statusTip() == action.toolTip()
    assert w.menus.file_menu.toolTipsVisible()
    assert w.window_actions.new_directory.isEnabled()   # plain directories still work
