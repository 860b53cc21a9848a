"""Schema migrations with Alembic, run from code (no alembic.ini), with a backup first."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

    from directory_app.store.database import Directory

# The newest revision in store/migrations/versions. Kept here so that opening an up-to-date file
# does not import Alembic at all (it costs ~100 ms of start-up); test_migrations checks it.
HEAD_REVISION = "0006_search_in_name_order"


def migrations_dir() -> str:
    return str(resources.files("directory_app.store") / "migrations")


def known_revisions() -> set[str]:
    """The revisions this version can read: each file in versions/ is named for its own."""
    versions = resources.files("directory_app.store") / "migrations" / "versions"
    return {f.name[:-3] for f in versions.iterdir()
            if f.name.endswith(".py") and f.name[:1].isdigit()}


def alembic_config(directory: Directory) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", migrations_dir())
    cfg.attributes["engine"] = directory.engine
    return cfg


def current_revision(directory: Directory) -> str | None:
    """The revision stamped in the file, or None for a new (or pre-Alembic) file."""
    con = directory.raw_connection(read_only=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not row:
            return None
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    finally:
        con.close()


def has_user_tables(directory: Directory) -> bool:
    con = directory.raw_connection(read_only=True)
    try:
        return con.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0] > 0
    finally:
        con.close()


def upgrade_if_needed(directory: Directory, *, backup: bool = True) -> bool:
    """Bring the file to HEAD_REVISION. Returns True when a migration ran."""
    current = current_revision(directory)
    if current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions():
        from directory_app.store.database import StoreError

        raise StoreError(f"{directory.path.name} was saved by a newer version of NGO Directory "
                         f"(its format is “{current}”); install that version to open it. "
                         "The file has not been changed.")
    from alembic import command

    if backup and has_user_tables(directory):
        from directory_app.store.backup import make_backup

        made = make_backup(directory, reason=f"before-migration-from-{current or 'none'}")
        directory.messages.append(f"Backup before upgrading the file: {made.path.name}")
    command.upgrade(alembic_config(directory), "head")
    return True
