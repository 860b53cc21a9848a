"""Opening a directory file: engine, pragmas, sessions, and the migration step on open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from directory_app.store import connect, migrate
from directory_app.store.lock import DirectoryInUse, FileLock


class StoreError(Exception):
    """A directory file that cannot be opened or written; the message is meant for the user."""


class PassphraseNeeded(StoreError):
    """The file is encrypted and no (or a wrong) passphrase was given."""


class InUseError(StoreError):
    """The file is open for writing in another window or program."""


@dataclass
class Directory:
    """An open directory file. The one place that owns the engine; pass it to whoever needs it."""

    path: Path
    engine: Engine
    read_only: bool = False
    messages: list[str] = field(default_factory=list)
    lock: FileLock | None = None
    key: str | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session in one transaction: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A Core connection in one transaction, for bulk work and reads."""
        with self.engine.begin() as conn:
            yield conn

    def raw_connection(self, *, read_only: bool = False):
        """A DB-API connection to the same file, keyed when encrypted (backups, checks)."""
        return connect.connect(self.path, self.key, read_only=read_only)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _make_engine(path: Path, read_only: bool, key: str | None) -> Engine:
    def creator():
        return connect.connect(path, key, read_only=read_only, check_same_thread=False)

    # The URL names no file (the creator opens it), so say which pool a file database wants.
    engine = create_engine("sqlite://", module=connect.dbapi_module(key), creator=creator,
                           poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Take transaction control from pysqlite so BEGIN is emitted when SQLAlchemy begins,
        # not lazily before the first write (the documented SQLAlchemy recipe for SQLite).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA busy_timeout = 10000")
        # 64 MB of page cache (the default is 2 MB): a sorted search over 100,000 entries reads
        # thousands of scattered rows, ~40 % faster when they stay cached (bench_gui).
        cur.execute("PRAGMA cache_size = -65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def open_directory(path: Path | str, *, read_only: bool = False, backup_before_migrate: bool = True,
                   exclusive: bool = False, key: str | None = None) -> Directory:
    """Open (creating if needed) a directory file and bring its schema up to date.

    An existing file that needs migrating is first copied with the online backup API.
    With `exclusive`, the file's write lock is taken (InUseError if another program has it).
    With `key`, the file is (or is created) encrypted with SQLCipher.
    """
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a directory file")
    if read_only and not path.exists():
        raise StoreError(f"{path} does not exist")
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for {path}: {exc.strerror}") from exc
    _check_is_sqlite(path, key)
    lock = None
    if exclusive and not read_only:
        lock = FileLock(path)
        try:
            lock.acquire()
        except DirectoryInUse as exc:
            raise InUseError(str(exc)) from None
    directory = Directory(path=path, engine=_make_engine(path, read_only, key),
                          read_only=read_only, lock=lock, key=key)
    try:
        with directory.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        if not read_only:
            migrate.upgrade_if_needed(directory, backup=backup_before_migrate)
        else:
            _readable_as_it_is(directory)
    except StoreError:
        directory.close()
        raise
    except connect.PassphraseError as exc:
        directory.close()
        raise PassphraseNeeded(str(exc)) from None
    except Exception as exc:  # sqlite3 / SQLAlchemy errors are the user's file problems here
        directory.close()
        raise StoreError(f"cannot open {path}: {_first_line(exc)}") from exc
    return directory


def _readable_as_it_is(directory: Directory) -> None:
    """A file opened read-only cannot be upgraded: refuse one in an older format (its search
    index is not laid out as this version reads it) with words that say what to do."""
    current = migrate.current_revision(directory)
    if current is None or current == migrate.HEAD_REVISION:
        return
    if current in migrate.known_revisions():
        raise StoreError(f"{directory.path.name} was saved by an older version of NGO Directory "
                         f"(its format is “{current}”) and must be upgraded before it can be "
                         "read, which needs it open for writing: close the program that is "
                         "writing to it (or copy the file somewhere writable) and open it "
                         "again. The file has not been changed.")


@contextmanager
def page_cache(conn: Connection, kib: int | None) -> Iterator[None]:
    """Run the block with SQLite's page cache on `conn` at `kib` KiB (None: as it is), then
    restore it."""
    if kib is None:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        # A failed connection must not hide the error that ended the block.
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
        except DBAPIError:
            pass


@contextmanager
def interruptible(conn: Connection, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Run the block with its statements stopped soon after `cancelled()` turns true (they
    raise `OperationalError`: interrupted); None: as they are. A closing window waits for its
    background reads, and a count over 100,000 organisations takes a quarter of a second."""
    if cancelled is None:
        yield
        return
    raw = conn.connection.driver_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


def _check_is_sqlite(path: Path, key: str | None) -> None:
    if key is not None or not path.is_file() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) == connect.SQLITE_HEADER:
            return
    if connect.looks_encrypted(path):
        raise PassphraseNeeded(f"{path.name} is encrypted (or not a directory file): "
                               "open it with its passphrase")
    raise StoreError(f"{path} is not a directory file (not an SQLite database)")


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc)
    return text_.splitlines()[0] if text_ else exc.__class__.__name__
