"""Opening a directory file from the window: passphrase, another window, damage, backups.

`open_interactively` asks what the user has to decide and tells them what happened:
- an encrypted file asks for its passphrase (again, after a wrong one);
- a file another window or program is writing is offered read-only;
- a damaged file opens read-only, and the newest good backup is offered for restore
  (the damaged file is kept aside, never written over);
- the once-a-day backup is made off the GUI thread after the window shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from directory_app.store import backup
from directory_app.store.connect import looks_encrypted
from directory_app.store.database import (
    Directory,
    InUseError,
    PassphraseNeeded,
    StoreError,
    open_directory,
)
from directory_app.store.opening import OpenResult, open_for_work


def _tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


def ask_passphrase(parent: QWidget | None, path: Path, retry: bool = False) -> str | None:
    """The passphrase typed by the user, or None when they cancel."""
    prompt = _tr("The directory “{name}” is encrypted. Passphrase:").format(name=path.name)
    if retry:
        prompt = _tr("That passphrase is not right.") + "\n" + prompt
    text, ok = QInputDialog.getText(parent, _tr("Encrypted directory"), prompt,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def open_interactively(parent: QWidget | None, path: Path) -> Directory | None:
    """Open `path` for work, asking and telling the user as needed; None if it stays closed."""
    path = Path(path)
    key = None
    if looks_encrypted(path):
        key = ask_passphrase(parent, path)
        if key is None:
            return None
    while True:
        try:
            result = open_for_work(path, key=key)
            break
        except PassphraseNeeded:
            key = ask_passphrase(parent, path, retry=True)
            if key is None:
                return None
        except InUseError as exc:
            return _offer_read_only(parent, path, key, str(exc))
        except StoreError as exc:
            QMessageBox.critical(parent, _tr("Cannot open the directory"), str(exc))
            return None
    if result.damaged:
        return _offer_restore(parent, result)
    return result.directory


def _offer_read_only(parent, path: Path, key: str | None, message: str) -> Directory | None:
    answer = QMessageBox.question(
        parent, _tr("Directory in use"),
        message + "\n\n" + _tr("Open it read-only, to look things up without changing them?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Open:
        return None
    try:
        return open_directory(path, read_only=True, key=key)
    except StoreError as exc:
        QMessageBox.critical(parent, _tr("Cannot open the directory"), str(exc))
        return None


def _offer_restore(parent, result: OpenResult) -> Directory | None:
    directory = result.directory
    text = _tr("“{name}” is damaged:").format(name=directory.path.name) + "\n" + \
        "\n".join(result.problems[:5]) + "\n\n" + \
        _tr("It has been opened read-only; nothing in it will be changed.")
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Damaged directory"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    restore = None
    if result.good_backup is not None:
        info = result.good_backup
        box.setInformativeText(_tr("The newest good backup is from {when} ({orgs} "
                                   "organisations).").format(
            when=f"{info.created:%Y-%m-%d %H:%M}", orgs=info.organisations))
        restore = box.addButton(_tr("Restore that backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Continue read-only"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return directory
    key = directory.key
    directory.close()
    try:
        backup.restore_backup(directory.path, result.good_backup.path, key)
        return open_directory(directory.path, exclusive=True, key=key)
    except (StoreError, ValueError, OSError) as exc:
        QMessageBox.critical(parent, _tr("Restore failed"), str(exc))
        return open_directory(directory.path, read_only=True, key=key)
