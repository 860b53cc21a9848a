"""DB-API connections to directory files, plain (sqlite3) or encrypted (SQLCipher).

Every raw connection in the storage package is made here, so that an encrypted directory, its
backups and its migrations all get the key, and the rest of the code does not care.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseError(Exception):
    """The file is encrypted and the passphrase is missing or wrong."""


def encryption_available() -> tuple[bool, str]:
    """Whether SQLCipher can be used here, and if not, why (in words for the user)."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False, ("encryption needs the SQLCipher library (Python package “sqlcipher3”), "
                       "which is not installed with this copy of the app")
    return True, ""


def dbapi_module(key: str | None) -> Any:
    if key is None:
        return sqlite3
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise PassphraseError(encryption_available()[1]) from exc
    return dbapi2


def quote_key(key: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + key.replace("'", "''") + "'"


def connect(path: Path | str, key: str | None = None, *, read_only: bool = False,
            check_same_thread: bool = True, timeout: float = 10.0) -> Any:
    """Open a DB-API connection; with a key, through SQLCipher (wrong key → PassphraseError)."""
    module = dbapi_module(key)
    target = Path(path).as_posix()
    if read_only:
        con = module.connect(f"file:{target}?mode=ro", uri=True, timeout=timeout,
                             check_same_thread=check_same_thread)
    else:
        con = module.connect(target, timeout=timeout, check_same_thread=check_same_thread)
    if key is not None:
        # SQLCipher otherwise writes HMAC failures of a wrong key to stderr.
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = {quote_key(key)}")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError:
            con.close()
            raise PassphraseError(f"{Path(path).name}: wrong passphrase") from None
    return con


def looks_encrypted(path: Path) -> bool:
    """True for a file that looks like SQLCipher's: no SQLite header, random-looking bytes."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as fh:
        head = fh.read(4096)
    return not head.startswith(SQLITE_HEADER) and not _looks_like_text(head)


def _looks_like_text(head: bytes) -> bool:
    """Encrypted pages look random; a text or office file does not."""
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return len(set(head)) < 200


def database_errors(key: str | None) -> tuple[type[Exception], ...]:
    return (sqlite3.DatabaseError, dbapi_module(key).DatabaseError)
