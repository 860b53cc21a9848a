"""Opening a directory for work: lock, migrate, check health, fall back to read-only.

A damaged file is never written over: it is opened read-only, and the newest backup that passes
SQLite's check is offered. A search index out of step with the tables is rebuilt (it is derived
data), and the user is told.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from directory_app.store import backup, integrity
from directory_app.store.database import Directory, StoreError, open_directory


@dataclass
class OpenResult:
    directory: Directory
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    good_backup: backup.BackupInfo | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def open_for_work(path: Path, *, exclusive: bool = True) -> OpenResult:
    """Open with the write lock; a damaged file comes back read-only with a backup to offer."""
    try:
        directory = open_directory(path, exclusive=exclusive)
    except StoreError as exc:
        if not Path(path).exists() or "another window" in str(exc):
            raise
        return _read_only(Path(path), [str(exc)])
    try:
        problems = integrity.quick_health(directory)
    except Exception as exc:  # a broken page can make any read fail
        problems = [f"database structure: {exc}"]
    if problems and all(p.startswith("the search index") for p in problems):
        integrity.repair_index(directory)
        return OpenResult(directory, notices=[*directory.messages,
                                              "The search index was rebuilt."])
    if problems:
        directory.close()
        return _read_only(directory.path, problems)
    return OpenResult(directory, notices=list(directory.messages))


def _read_only(path: Path, problems: list[str]) -> OpenResult:
    good = backup.newest_good_backup(path)
    try:
        directory = open_directory(path, read_only=True)
    except StoreError as exc:
        raise StoreError(f"{path} is damaged and cannot be read ({problems[0]}); "
                         + (f"the newest good backup is {good.path.name}" if good
                            else "there is no backup to restore")) from exc
    return OpenResult(directory, problems=problems, good_backup=good)
