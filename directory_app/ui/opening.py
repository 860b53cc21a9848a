"""Opening a directory file from the window: passphrase, file in use, damaged file, in words.

Wraps `store.opening.open_for_work` (write lock, migration, health check, read-only fallback)
with the dialogs a user needs; never lets a traceback through.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from directory_app.store.connect import looks_encrypted
from directory_app.store.database import InUseError, PassphraseNeeded, StoreError
from directory_app.store.opening import OpenResult, open_for_work

PASSPHRASE_ENV = "NGO_DIRECTORY_PASSPHRASE"
ATTEMPTS = 3

translate = QCoreApplication.translate


def ask_passphrase(parent: QWidget | None, path: Path, wrong: bool) -> str | None:
    """The passphrase typed by the user, or None if they cancelled."""
    text = translate("Opening", "%1 is encrypted. Passphrase:").replace("%1", path.name)
    if wrong:
        text = translate("Opening", "That passphrase did not open the file.") + "\n" + text
    value, ok = QInputDialog.getText(parent, translate("Opening", "Encrypted Directory"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok and value else None


def open_interactively(parent: QWidget | None, path: Path) -> OpenResult | None:
    """Open `path` for work, asking for a passphrase if needed; None after telling the user
    why it cannot be opened. A damaged file opens read-only, with a warning naming a backup."""
    path = Path(path)
    key = os.environ.get(PASSPHRASE_ENV) if looks_encrypted(path) else None
    title = translate("Opening", "Cannot open the directory")
    for attempt in range(ATTEMPTS + 1):
        try:
            result = open_for_work(path, exclusive=True, key=key)
        except PassphraseNeeded:
            if attempt == ATTEMPTS:
                break
            key = ask_passphrase(parent, path, wrong=key is not None)
            if key is None:
                return None
            continue
        except InUseError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return None
        except StoreError as exc:
            QMessageBox.critical(parent, title, str(exc))
            return None
        if result.damaged:
            _warn_damaged(parent, result)
        return result
    QMessageBox.critical(parent, title, translate(
        "Opening", "%1 could not be opened with the passphrases given.").replace("%1", path.name))
    return None


def _warn_damaged(parent: QWidget | None, result: OpenResult) -> None:
    text = translate("Opening", "This directory file is damaged, so it is open read-only: "
                                "nothing can be changed.") + "\n\n" + "\n".join(result.problems)
    if result.good_backup is not None:
        text += "\n\n" + translate("Opening", "The newest good backup is %1.").replace(
            "%1", str(result.good_backup.path))
    QMessageBox.warning(parent, translate("Opening", "Damaged directory"), text)
