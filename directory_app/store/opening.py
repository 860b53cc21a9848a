"""Opening a directory for work: lock, migrate, check health, fall back to read-only.

A damaged file is never written over: it is opened read-only, and the newest backup that passes
SQLite's check is offered. A search index out of step with the tables is rebuilt (it is derived
data), and the user is told.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from directory_app.store import backup, integrity
from directory_app.store.database import (
    Directory,
    InUseError,
    PassphraseNeeded,
    StoreError,
    open_directory,
)


@dataclass
class OpenResult:
    directory: Directory
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    good_backup: backup.BackupInfo | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def open_for_work(path: Path, *, exclusive: bool = True, key: str | None = None,
                  check: bool = True) -> OpenResult:
    """Open with the write lock; a damaged file comes back read-only with a backup to offer.

    With `check=False` the health check is left to the caller (the window runs `diagnose` off
    the GUI thread, so a large file shows at once, and then `settle`s the result).
    """
    try:
        directory = open_directory(path, exclusive=exclusive, key=key)
    except (InUseError, PassphraseNeeded):
        raise
    except StoreError as exc:
        if not Path(path).exists():
            raise
        return _read_only(Path(path), [str(exc)], key)
    if not check:
        return OpenResult(directory, notices=list(directory.messages))
    return settle(directory, diagnose(directory))


def diagnose(directory: Directory, cancelled=None) -> list[str]:
    """The open-time health check (SQLite's quick check, index row counts); reads only.

    Raises `integrity.CheckInterrupted` when `cancelled()` turns true while it runs.
    """
    try:
        return integrity.quick_health(directory, cancelled)
    except integrity.CheckInterrupted:
        raise
    except Exception as exc:  # a broken page can make any read fail
        return [f"database structure: {exc}"]


def settle(directory: Directory, problems: list[str]) -> OpenResult:
    """Act on `diagnose`: rebuild a drifted index, or reopen a damaged file read-only."""
    if problems and all(p.startswith("the search index") for p in problems):
        integrity.repair_index(directory)
        return OpenResult(directory, notices=[*directory.messages,
                                              "The search index was rebuilt."])
    if problems:
        directory.close()
        return _read_only(directory.path, problems, directory.key)
    return OpenResult(directory, notices=list(directory.messages))


def _read_only(path: Path, problems: list[str], key: str | None) -> OpenResult:
    good = backup.newest_good_backup(path, key)
    try:
        directory = open_directory(path, read_only=True, key=key)
    except StoreError as exc:
        raise StoreError(f"{path} is damaged and cannot be read ({problems[0]}); "
                         + (f"the newest good backup is {good.path.name}" if good
                            else "there is no backup to restore")) from exc
    return OpenResult(directory, problems=problems, good_backup=good)
