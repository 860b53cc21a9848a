import sqlite3

from directory_app.store import backup


def test_backup_is_consistent_and_listed(sample, directory):
    info = backup.make_backup(directory, reason="manual")
    assert info.organisations == 15 and info.people == 11
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert [b.path for b in backup.list_backups(directory.path)] == [info.path]


def test_old_backups_pruned(sample, directory):
    for _ in range(5):
        backup.make_backup(directory, reason="auto", keep=3)
    assert len(backup.list_backups(directory.path)) == 3
