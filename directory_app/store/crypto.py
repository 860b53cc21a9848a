"""Encryption at rest: turning a plain directory file (and its backups) into SQLCipher files."""

from __future__ import annotations

from pathlib import Path

from directory_app.paths import backups_dir_for
from directory_app.store.connect import connect, dbapi_module, looks_encrypted, quote_key
from directory_app.store.lock import FileLock

MIN_PASSPHRASE = 8


class EncryptionError(Exception):
    """Conversion refused or failed; the plain file is left as it was."""


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptionError(f"the passphrase needs at least {MIN_PASSPHRASE} characters")


def encrypt_directory_file(db_path: Path, passphrase: str) -> int:
    """Encrypt the directory file and every backup of it in place; returns backups converted.

    Each file is exported to an encrypted copy, checked (opens with the key, same row counts),
    and only then put in place of the plain one. The caller must have closed the directory.
    """
    check_passphrase(passphrase)
    if looks_encrypted(db_path):
        raise EncryptionError(f"{db_path.name} is already encrypted")
    lock = FileLock(db_path)
    lock.acquire()
    try:
        backups = [p for p in sorted(backups_dir_for(db_path).glob("*.sqlite"))
                   if not looks_encrypted(p)]
        for path in [db_path, *backups]:
            _encrypt_one(path, passphrase)
        return len(backups)
    finally:
        lock.release()


def _encrypt_one(path: Path, passphrase: str) -> None:
    staged = path.with_name(path.name + ".encrypting")
    staged.unlink(missing_ok=True)
    module = dbapi_module(passphrase)
    plain = module.connect(path.as_posix())
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _counts(plain)
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {quote_key(passphrase)}",
                      (staged.as_posix(),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
        plain.execute("PRAGMA journal_mode = DELETE")
    finally:
        plain.close()
    check = connect(staged, passphrase)
    try:
        if _counts(check) != counts or check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise EncryptionError(f"the encrypted copy of {path.name} does not match; "
                                  "the plain file was kept")
    finally:
        check.close()
    staged.replace(path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _counts(con) -> dict[str, int]:
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts_%'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
