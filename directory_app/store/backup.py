"""Backups with SQLite's online backup API: consistent copies while the file is open."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from directory_app.paths import backups_dir_for
from directory_app.store.connect import PassphraseError, connect, database_errors

if TYPE_CHECKING:
    from directory_app.store.database import Directory

DEFAULT_KEEP = 20
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    organisations: int
    people: int


def copy_database(source: Path, target: Path, key: str | None = None) -> None:
    """Copy one SQLite file to another with the online backup API (safe while in use).

    An encrypted directory's copy is encrypted with the same key.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = connect(source, key, read_only=True)
    try:
        dst = connect(tmp, key)
        try:
            src.backup(dst)
            # A backup is a single file: no WAL beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def make_backup(directory: Directory, reason: str = "manual", to: Path | None = None,
                keep: int = DEFAULT_KEEP) -> BackupInfo:
    """Back up the directory to `to` or to its backups folder, pruning old automatic ones."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    if to is None:
        folder = backups_dir_for(directory.path)
        target = folder / f"{directory.path.stem}-{stamp}-{_SAFE.sub('-', reason)}.sqlite"
    else:
        target = Path(to).expanduser()
        if target.is_dir():
            target = target / f"{directory.path.stem}-{stamp}.sqlite"
    copy_database(directory.path, target, directory.key)
    if to is None:
        prune_backups(directory.path, keep, directory.key)
    return describe_backup(target, directory.key)


def list_backups(db_path: Path, key: str | None = None) -> list[BackupInfo]:
    """Backups in the file's backups folder, newest first."""
    folder = backups_dir_for(db_path)
    if not folder.is_dir():
        return []
    infos = [describe_backup(p, key) for p in folder.glob("*.sqlite")]
    return sorted(infos, key=lambda b: b.created, reverse=True)


def prune_backups(db_path: Path, keep: int, key: str | None = None) -> None:
    automatic = [b for b in list_backups(db_path, key) if b.reason != "manual"]
    for info in automatic[keep:]:
        info.path.unlink(missing_ok=True)


def describe_backup(path: Path, key: str | None = None) -> BackupInfo:
    created = datetime.fromtimestamp(path.stat().st_mtime)
    match = re.search(r"-\d{8}-\d{6}(?:-\d+)?-(.+)\.sqlite$", path.name)
    reason = match.group(1) if match else "manual"
    orgs = people = -1
    try:
        con = connect(path, key, read_only=True)
        try:
            orgs = con.execute("SELECT count(*) FROM organisation").fetchone()[0]
            people = con.execute("SELECT count(*) FROM person").fetchone()[0]
        finally:
            con.close()
    except (PassphraseError, *database_errors(key)):
        pass  # an unreadable backup is listed with unknown counts rather than hidden
    return BackupInfo(path, created, reason, orgs, people)


def daily_backup_if_due(directory: Directory, keep: int = DEFAULT_KEEP) -> BackupInfo | None:
    """Make the once-a-day backup when the newest backup is more than a day old (or none)."""
    newest = next(iter(list_backups(directory.path, directory.key)), None)
    if newest is not None and (datetime.now() - newest.created).total_seconds() < 86400:
        return None
    if not directory.path.exists() or directory.path.stat().st_size == 0:
        return None
    return make_backup(directory, reason="daily", keep=keep)


def restore_backup(db_path: Path, source: Path, key: str | None = None) -> Path:
    """Put a backup in place of the directory file; returns where the replaced file was kept.

    The current file is never written over: it is moved aside as `<name>.replaced-<stamp>`
    (a damaged file stays available for rescue). The caller must have closed the directory.
    """
    from directory_app.store.lock import FileLock

    source = Path(source)
    _check_backup(source, key)
    lock = FileLock(db_path)
    lock.acquire()
    try:
        staged = db_path.with_name(db_path.name + ".restoring")
        copy_database(source, staged, key)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = backups_dir_for(db_path) / f"{db_path.stem}-{stamp}-replaced{db_path.suffix}"
        aside.parent.mkdir(parents=True, exist_ok=True)
        if db_path.exists():
            db_path.replace(aside)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                side.replace(aside.with_name(aside.name + suffix))
        staged.replace(db_path)
        return aside
    finally:
        lock.release()


def _check_backup(path: Path, key: str | None = None) -> None:
    if not path.is_file():
        raise FileNotFoundError(f"there is no backup {path}")
    try:
        con = connect(path, key, read_only=True)
    except (PassphraseError, *database_errors(key)) as exc:
        raise ValueError(f"{path.name} is not a usable backup: {exc}") from None
    try:
        result = con.execute("PRAGMA quick_check").fetchone()[0]
        con.execute("SELECT count(*) FROM organisation").fetchone()
    except database_errors(key) as exc:
        raise ValueError(f"{path.name} is not a usable backup: {exc}") from None
    finally:
        con.close()
    if result != "ok":
        raise ValueError(f"{path.name} is damaged ({result})")


def newest_good_backup(db_path: Path, key: str | None = None) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check, for recovery offers."""
    for info in list_backups(db_path, key):
        try:
            _check_backup(info.path, key)
        except (ValueError, FileNotFoundError):
            continue
        return info
    return None
