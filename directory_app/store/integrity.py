"""Health checks of a directory file: SQLite's own check, foreign keys, and the search index."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from directory_app.store import search

if TYPE_CHECKING:
    from directory_app.store.database import Directory


def check(directory: Directory) -> list[str]:
    """Every problem found, in words; an empty list means the file is healthy."""
    problems: list[str] = []
    with directory.begin() as conn:
        result = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
        if result != ["ok"]:
            problems.extend(f"database structure: {line}" for line in result[:20])
            return problems
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} rows point at entries that no longer exist")
        orphans = conn.exec_driver_sql(
            "SELECT count(*) FROM contactpoint WHERE (org_id IS NULL) = (person_id IS NULL)"
        ).scalar_one()
        if orphans:
            problems.append(f"{orphans} contact points belong to no entry or to two")
        problems.extend(search.index_problems(conn, deep=not directory.read_only))
    return problems


class CheckInterrupted(Exception):
    """The open-time check was stopped (the window is closing); it gives no verdict."""


def quick_health(directory: Directory, cancelled: Callable[[], bool] | None = None
                 ) -> list[str]:
    """The check made on every open: SQLite's quick check and index row counts.

    On a large file the quick check reads all of it; `cancelled` lets a closing window stop it
    within milliseconds (CheckInterrupted) instead of waiting for the end.
    """
    problems: list[str] = []
    con = directory.raw_connection(read_only=directory.read_only)
    finished = threading.Event()
    watcher = None
    if cancelled is not None:
        watcher = threading.Thread(target=_interrupt_when, args=(con, cancelled, finished),
                                   name="check-interrupter", daemon=True)
        watcher.start()
    try:
        result = [r[0] for r in con.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            return [f"database structure: {line}" for line in result[:20]]
        rows_by_table = {}
        for table, fts in (("organisation", "org_fts"), ("person", "person_fts")):
            rows = rows_by_table[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            indexed = con.execute(f"SELECT count(*) FROM {fts}").fetchone()[0]
            if rows != indexed:
                problems.append(f"the search index has {indexed} {table} rows, the table {rows}")
        ranks = con.execute("SELECT count(*) FROM org_rank").fetchone()[0]
        if ranks != rows_by_table["organisation"]:
            problems.append(f"the search index ranks {ranks} organisations, the table has "
                            f"{rows_by_table['organisation']}")
        if cancelled is not None and cancelled():   # (an interrupt that came too late)
            raise CheckInterrupted()
    except Exception:
        if cancelled is not None and cancelled():
            raise CheckInterrupted() from None
        raise
    finally:
        finished.set()
        if watcher is not None:
            watcher.join()
        con.close()
    return problems


def _interrupt_when(con, cancelled: Callable[[], bool], finished: threading.Event) -> None:
    """Interrupt `con` once `cancelled()` turns true, until `finished` is set. The quick
    check's first part (a walk over every page: 0.4 s of a 700 MB file) is one step of SQLite's
    engine, which never calls a progress handler; `interrupt`, from another thread, reaches
    it within milliseconds."""
    while not cancelled():
        if finished.wait(0.02):
            return
    con.interrupt()


def repair_index(directory: Directory) -> None:
    """Rebuild the full-text index from the tables (the tables are the truth)."""
    with directory.begin() as conn:
        search.rebuild_all(conn)
