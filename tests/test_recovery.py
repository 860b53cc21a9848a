"""Backups, restore, the write lock and damaged files."""

import json

import pytest

from directory_app.app import main
from directory_app.services.entries import Entries
from directory_app.services.queries import Queries
from directory_app.store import backup, integrity
from directory_app.store.database import InUseError, open_directory


def test_second_writer_is_refused_with_clear_message(tmp_path):
    first = open_directory(tmp_path / "d.sqlite", exclusive=True)
    try:
        with pytest.raises(InUseError, match="open in another window"):
            open_directory(tmp_path / "d.sqlite", exclusive=True)
        reader = open_directory(tmp_path / "d.sqlite")  # reading beside it is fine
        reader.close()
    finally:
        first.close()
    open_directory(tmp_path / "d.sqlite", exclusive=True).close()  # released on close


def test_cli_write_command_refused_while_window_has_file(tmp_path, capsys):
    window = open_directory(tmp_path / "d.sqlite", exclusive=True)
    try:
        assert main(["--db", str(tmp_path / "d.sqlite"), "load-sample"]) == 2
        assert "open in another window" in capsys.readouterr().err
        assert main(["--db", str(tmp_path / "d.sqlite"), "stats"]) == 0
    finally:
        window.close()


def test_restore_brings_back_old_state_and_keeps_current(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    assert main(["--db", db, "load-sample"]) == 0
    assert main(["--db", db, "backup"]) == 0
    d = open_directory(db)
    Entries(d).create_org(name="Added after the backup")
    d.close()
    capsys.readouterr()
    main(["--db", db, "backups", "--json"])
    listed = json.loads(capsys.readouterr().out)
    manual = [b for b in listed if b["reason"] == "manual"][0]
    assert main(["--db", db, "restore", manual["path"]]) == 0
    d = open_directory(db)
    try:
        assert Queries(d).count_orgs() == 15
        assert Queries(d).search("added after") == []
        assert integrity.check(d) == []
        reasons = {b.reason for b in backup.list_backups(d.path)}
        assert {"before-restore", "replaced", "manual"} <= reasons
    finally:
        d.close()


def test_daily_backup_once_a_day(directory, sample):
    assert backup.daily_backup_if_due(directory) is not None
    assert backup.daily_backup_if_due(directory) is None


def test_damaged_backup_is_not_restored(tmp_path, directory, sample):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(ValueError, match="not a usable backup"):
        backup.restore_backup(directory.path, bad)


def test_quick_health_notices_index_drift_and_repair_fixes_it(directory, sample):
    assert integrity.quick_health(directory) == []
    with directory.begin() as conn:
        conn.exec_driver_sql("DELETE FROM org_fts WHERE rowid = (SELECT rank FROM org_rank "
                             "ORDER BY rank LIMIT 1)")
    assert integrity.quick_health(directory)
    assert integrity.check(directory)
    integrity.repair_index(directory)
    assert integrity.check(directory) == []


def _damage(path):
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_damaged_file_opens_read_only_with_backup_offer_and_is_not_written(tmp_path):
    from directory_app.services.sample import load_sample
    from directory_app.store.opening import open_for_work

    d = open_directory(tmp_path / "d.sqlite")
    load_sample(Entries(d))
    with d.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    good = backup.make_backup(d, reason="manual")
    d.close()
    _damage(d.path)
    before = d.path.read_bytes()
    result = open_for_work(d.path)
    try:
        assert result.damaged and result.directory.read_only
        assert result.good_backup is not None and result.good_backup.path == good.path
        with pytest.raises(Exception, match="read-only"):
            Entries(result.directory).create_org(name="x")
    finally:
        result.directory.close()
    assert d.path.read_bytes() == before


def test_index_drift_is_repaired_on_open(tmp_path):
    from directory_app.store.opening import open_for_work

    d = open_directory(tmp_path / "d.sqlite")
    Entries(d).create_org(name="Memorial")
    with d.begin() as conn:
        conn.exec_driver_sql("DELETE FROM org_fts")
    d.close()
    result = open_for_work(d.path)
    try:
        assert not result.damaged and "rebuilt" in result.notices[-1]
        assert Queries(result.directory).search("memorial")
    finally:
        result.directory.close()


def test_a_cancelled_check_interrupts_a_running_statement():
    """The check's watcher reaches a statement that never calls back (the quick check's page
    walk is one step of SQLite's engine): this one ends only when interrupted."""
    import sqlite3
    import threading

    con = sqlite3.connect(":memory:")
    running, finished = threading.Event(), threading.Event()
    con.set_progress_handler(lambda: running.set() or 0, 1000)
    watcher = threading.Thread(target=integrity._interrupt_when,
                               args=(con, running.is_set, finished))
    watcher.start()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        con.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                    "WHERE n < 1000000000) SELECT count(*) FROM c").fetchone()
    watcher.join()
    finished.set()
    con.close()


def test_open_time_check_stops_when_cancelled(directory, sample):
    from directory_app.store.opening import diagnose

    assert diagnose(directory) == []
    with pytest.raises(integrity.CheckInterrupted):
        diagnose(directory, cancelled=lambda: True)
    assert diagnose(directory, cancelled=lambda: False) == []
