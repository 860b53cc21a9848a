"""Opening from the window: passphrase prompts, a file in use, a damaged file, idle lock."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from directory_app.services.entries import Entries
from directory_app.services.queries import Queries
from directory_app.services.sample import load_sample
from directory_app.store import backup
from directory_app.store.connect import encryption_available
from directory_app.store.database import open_directory
from directory_app.ui.opening import open_interactively

SECRET = "correct horse battery"


def _answers(monkeypatch, texts):
    asked = []

    def get_text(parent, title, label, echo):
        asked.append(label)
        value = texts.pop(0) if texts else None
        return (value or "", value is not None)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return asked


@pytest.mark.skipif(not encryption_available()[0], reason="sqlcipher3 missing")
def test_encrypted_file_asks_again_after_wrong_passphrase(tmp_path, monkeypatch, qtbot):
    d = open_directory(tmp_path / "e.sqlite", key=SECRET)
    Entries(d).create_org(name="Memorial")
    d.close()
    asked = _answers(monkeypatch, ["wrong one", SECRET])
    directory = open_interactively(None, tmp_path / "e.sqlite").directory
    try:
        assert directory.encrypted
        assert len(asked) == 2 and "did not open" in asked[1]
        assert Queries(directory).search("memorial")
    finally:
        directory.close()


@pytest.mark.skipif(not encryption_available()[0], reason="sqlcipher3 missing")
def test_cancelled_passphrase_opens_nothing(tmp_path, monkeypatch, qtbot):
    d = open_directory(tmp_path / "e.sqlite", key=SECRET)
    d.close()
    _answers(monkeypatch, [])
    assert open_interactively(None, tmp_path / "e.sqlite") is None


def test_file_in_use_offered_read_only(tmp_path, monkeypatch, qtbot):
    holder = open_directory(tmp_path / "d.sqlite", exclusive=True)
    messages = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, buttons: messages.append(text)
        or QMessageBox.StandardButton.Open))
    try:
        directory = open_interactively(None, tmp_path / "d.sqlite").directory
        assert directory.read_only
        assert "open in another window" in messages[0]
        directory.close()
    finally:
        holder.close()


def test_damaged_file_restored_from_newest_good_backup(tmp_path, monkeypatch, qtbot):
    from tests.test_recovery import _damage

    d = open_directory(tmp_path / "d.sqlite")
    load_sample(Entries(d))
    with d.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup.make_backup(d, reason="manual")
    d.close()
    _damage(d.path)
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        restore = [b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        restore[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    cursors = []
    real_restore = backup.restore_backup

    def watched_restore(*args):
        cursors.append(QApplication.overrideCursor().shape())
        return real_restore(*args)

    monkeypatch.setattr(backup, "restore_backup", watched_restore)
    directory = open_interactively(None, d.path).directory
    try:
        assert cursors == [Qt.CursorShape.WaitCursor]   # the restore, as slow as an open
        assert QApplication.overrideCursor() is None
        assert "damaged" in shown[0]
        assert not directory.read_only and Queries(directory).count_orgs() == 15
        assert any(b.reason == "replaced" for b in backup.list_backups(d.path))
    finally:
        directory.close()


@pytest.mark.skipif(not encryption_available()[0], reason="sqlcipher3 missing")
def test_idle_lock_hides_window_and_asks_passphrase(tmp_path, monkeypatch, qtbot):
    from directory_app.ui import idle_lock
    from directory_app.ui.idle_lock import IdleLock

    class Window(QWidget):
        def __init__(self, directory):
            super().__init__()
            self.directory = directory

        def set_directory(self, directory):
            self.directory = directory

    window = Window(open_directory(tmp_path / "e.sqlite", key=SECRET, exclusive=True))
    qtbot.addWidget(window)
    window.show()
    seen_hidden = []
    asked = _answers(monkeypatch, [SECRET])
    cursors = []
    real_open = idle_lock.open_directory

    def watched_open(*args, **kwargs):
        cursors.append(QApplication.overrideCursor().shape())
        return real_open(*args, **kwargs)

    monkeypatch.setattr(idle_lock, "open_directory", watched_open)
    lock = IdleLock(window, minutes=0.001)
    lock.locked.connect(lambda: seen_hidden.append(window.isHidden()))
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        pass
    assert seen_hidden == [True] and asked
    assert cursors == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None
    assert window.isVisible() and Queries(window.directory).count_orgs() == 0
    lock.watcher.stop()
    window.directory.close()


def test_the_wait_cursor_shows_while_a_file_opens_and_never_stays(tmp_path, monkeypatch,
                                                                  qtbot):
    from directory_app.ui import opening

    seen = []
    real = opening.open_for_work

    def watched(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(opening, "open_for_work", watched)
    result = open_interactively(None, tmp_path / "w.sqlite")
    result.directory.close()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    # and not while a dialog asks the user something: a file in use is offered read-only
    holder = open_directory(tmp_path / "w.sqlite", exclusive=True)
    try:
        cursors = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda *a, **k: cursors.append(QApplication.overrideCursor()) or
            QMessageBox.StandardButton.No))
        assert open_interactively(None, tmp_path / "w.sqlite") is None
        assert cursors == [None]
    finally:
        holder.close()
