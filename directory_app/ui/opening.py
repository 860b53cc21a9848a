"""Opening a directory file from the window: passphrase, file in use, damaged file, in words.

Wraps `store.opening.open_for_work` (write lock, migration, health check, read-only fallback)
with the dialogs a user needs; never lets a traceback through:
- an encrypted file asks for its passphrase (again, after a wrong one);
- a file another window or program is writing is offered read-only;
- a damaged file opens read-only, and the newest good backup is offered for restore
  (the damaged file is kept aside, never written over).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from directory_app.store import backup
from directory_app.store.connect import looks_encrypted
from directory_app.store.database import (
    InUseError,
    PassphraseNeeded,
    StoreError,
    open_directory,
)
from directory_app.store.opening import OpenResult, open_for_work

PASSPHRASE_ENV = "NGO_DIRECTORY_PASSPHRASE"
ATTEMPTS = 3

translate = QCoreApplication.translate


class Opening(QObject):
    """The counted texts of this module. A QObject of their context, because `pyside6-lupdate`
    gives a string plural forms only in a `self.tr(text, "", n)` call."""

    def good_backup(self, good: backup.BackupInfo) -> str:
        return self.tr("The newest good backup is from %1 (%n organisation(s)).", "",
                       good.organisations).replace("%1", f"{good.created:%Y-%m-%d %H:%M}")


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while the file opens: upgrading a file saved by an older version (its
    migrations and backup) takes seconds for a large directory, ~20 s at 100,000
    organisations, during which the window cannot answer."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def ask_passphrase(parent: QWidget | None, path: Path, wrong: bool = False) -> str | None:
    """The passphrase typed by the user, or None if they cancelled."""
    text = translate("Opening", "%1 is encrypted. Passphrase:").replace("%1", path.name)
    if wrong:
        text = translate("Opening", "That passphrase did not open the file.") + "\n" + text
    value, ok = QInputDialog.getText(parent, translate("Opening", "Encrypted Directory"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok and value else None


def open_interactively(parent: QWidget | None, path: Path, *, check: bool = True
                       ) -> OpenResult | None:
    """Open `path` for work, asking and telling the user as needed; None if it stays closed.

    With `check=False` the health check is the caller's (see `features.check_health`).
    """
    path = Path(path)
    key = os.environ.get(PASSPHRASE_ENV) if looks_encrypted(path) else None
    title = translate("Opening", "Cannot open the directory")
    for attempt in range(ATTEMPTS + 1):
        try:
            with busy_cursor():
                result = open_for_work(path, exclusive=True, key=key, check=check)
        except PassphraseNeeded:
            if attempt == ATTEMPTS:
                break
            key = ask_passphrase(parent, path, wrong=key is not None)
            if key is None:
                return None
            continue
        except InUseError as exc:
            return _offer_read_only(parent, path, key, str(exc))
        except StoreError as exc:
            QMessageBox.critical(parent, title, str(exc))
            return None
        return offer_restore(parent, result) if result.damaged else result
    QMessageBox.critical(parent, title, translate(
        "Opening", "%1 could not be opened with the passphrases given.").replace("%1", path.name))
    return None


def _offer_read_only(parent, path: Path, key: str | None, message: str) -> OpenResult | None:
    answer = QMessageBox.question(
        parent, translate("Opening", "Directory in use"),
        message + "\n\n" + translate(
            "Opening", "Open it read-only, to look things up without changing them?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Open:
        return None
    try:
        directory = open_directory(path, read_only=True, key=key)
    except StoreError as exc:
        QMessageBox.critical(parent, translate("Opening", "Cannot open the directory"), str(exc))
        return None
    return OpenResult(directory, notices=[translate("Opening", "Open read-only: another window "
                                                               "or program is writing to it.")])


def offer_restore(parent, result: OpenResult) -> OpenResult:
    directory = result.directory
    text = translate("Opening", "This directory file is damaged, so it is open read-only: "
                                "nothing can be changed.") + "\n\n" + "\n".join(result.problems[:5])
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Opening", "Damaged directory"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    restore = None
    good = result.good_backup
    if good is not None:
        box.setInformativeText(Opening().good_backup(good))
        restore = box.addButton(translate("Opening", "Restore That Backup"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Opening", "Continue Read-Only"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return result
    key = directory.key
    directory.close()
    try:
        with busy_cursor():
            aside = backup.restore_backup(directory.path, good.path, key)
            restored = open_directory(directory.path, exclusive=True, key=key)
    except (StoreError, ValueError, OSError) as exc:
        QMessageBox.critical(parent, translate("Opening", "Restore failed"), str(exc))
        return OpenResult(open_directory(directory.path, read_only=True, key=key),
                          problems=result.problems)
    notice = translate("Opening", "Restored the backup; the damaged file is kept as %1.")
    return OpenResult(restored, notices=[notice.replace("%1", aside.name)])
