"""Alembic migrations: the head constant, upgrading an old file, and models matching migrations."""

import shutil
import sqlite3

from alembic import command
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from directory_app.paths import backups_dir_for
from directory_app.services.queries import Queries
from directory_app.store import integrity, migrate, search
from directory_app.store.database import open_directory

from .conftest import Path

FIXTURE = Path(__file__).parent / "fixtures" / "directory-0001.sqlite"


def test_head_constant_matches_scripts(directory):
    script = ScriptDirectory.from_config(migrate.alembic_config(directory))
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_new_file_is_at_head(directory):
    assert migrate.current_revision(directory) == migrate.HEAD_REVISION


def test_models_and_migrations_agree(directory):
    """`alembic check` fails when a model changed without a migration (FTS tables excluded)."""
    try:
        command.check(migrate.alembic_config(directory))
    except CommandError as exc:  # pragma: no cover - the message is the useful part
        raise AssertionError(f"models differ from migrations: {exc}") from exc


def test_old_revision_is_upgraded_with_backup_and_indexed(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    d = open_directory(path)
    try:
        assert migrate.current_revision(d) == migrate.HEAD_REVISION
        backups = list(backups_dir_for(path).glob("*.sqlite"))
        assert len(backups) == 1 and "before-migration" in backups[0].name
        old = sqlite3.connect(backups[0])
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",)
        old.close()
        q = Queries(d)
        # data from before the search index existed is found after the upgrade, in both scripts
        assert [r["name"] for r in q.search("memorial")] == ["Правозащитный центр «Мемориал»"]
        assert [r["name"] for r in q.search("орлов")] == ["Правозащитный центр «Мемориал»"]
        assert integrity.check(d) == []
    finally:
        d.close()


def test_open_does_not_rerun_migrations(directory, monkeypatch):
    directory.close()
    calls = []
    monkeypatch.setattr(command, "upgrade", lambda *a, **k: calls.append(a))
    d = open_directory(directory.path)
    d.close()
    assert calls == []


def test_a_file_from_a_newer_version_is_refused_in_words_and_left_alone(tmp_path):
    import pytest

    from directory_app.store.database import StoreError

    path = tmp_path / "newer.sqlite"
    d = open_directory(path)
    d.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of NGO Directory"):
        open_directory(path)
    assert path.read_bytes() == before
    assert not list(backups_dir_for(path).glob("*.sqlite"))


def test_known_revisions_are_the_version_files(directory):
    script = ScriptDirectory.from_config(migrate.alembic_config(directory))
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def _fts_hits(path, queries):
    """Each query's organisation ids, read from the index (keyed by rank from 0006 on)."""
    con = sqlite3.connect(path)
    try:
        ranked = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'org_rank'").fetchone()
        sql = ("SELECT r.org_id FROM org_fts f JOIN org_rank r ON r.rank = f.rowid "
               "WHERE org_fts MATCH ?" if ranked else
               "SELECT rowid FROM org_fts WHERE org_fts MATCH ?")
        hits = {q: sorted(r[0] for r in con.execute(sql, (search.match_expression(q),)))
                for q in queries}
        tables = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'"))
    finally:
        con.close()
    return hits, tables


def test_migration_0005_rebuilds_the_index_with_short_prefixes_and_the_same_hits(directory,
                                                                                   sample):
    path = directory.path
    people_before = Queries(directory).count_people()
    config = migrate.alembic_config(directory)
    directory.close()
    queries = ["m", "me", "мем", "mosc", "prav", "орлов", "human rights", "с", "1"]
    command.downgrade(config, "0004_owner_order_indexes")
    before, old_tables = _fts_hits(path, queries)
    assert "prefix = '2 3'" in old_tables["org_fts"] and "detail" not in old_tables["org_fts"]
    assert any(before.values())
    upgraded = open_directory(path)
    try:
        assert migrate.current_revision(upgraded) == migrate.HEAD_REVISION
        assert Queries(upgraded).count_people() == people_before
        with upgraded.begin() as conn:
            assert search.index_problems(conn, deep=False) == []
    finally:
        upgraded.close()
    after, tables = _fts_hits(path, queries)
    assert after == before
    for name in ("org_fts", "person_fts"):
        assert "prefix = '1 2 3 4', detail = column" in tables[name]
    con = sqlite3.connect(path)
    try:  # the renamed index is whole: FTS5's own check passes
        for name in ("org_fts", "person_fts"):
            con.execute(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)")
        assert not con.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE '%fts_new%'").fetchall()
    finally:
        con.close()


def test_migration_0006_keys_the_index_by_rank_in_name_order_with_the_same_hits(directory,
                                                                                  sample):
    path = directory.path
    config = migrate.alembic_config(directory)
    directory.close()
    queries = ["m", "мем", "mosc", "prav", "орлов", "human rights", "с"]
    command.downgrade(config, "0005_search_index_detail")
    before, _ = _fts_hits(path, queries)
    con = sqlite3.connect(path)
    try:   # keyed by id again, and no ranks
        assert not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'org_rank'").fetchone()
        assert sorted(r[0] for r in con.execute("SELECT rowid FROM org_fts")) == sorted(
            r[0] for r in con.execute("SELECT id FROM organisation"))
    finally:
        con.close()
    assert any(before.values())
    upgraded = open_directory(path)
    try:
        assert migrate.current_revision(upgraded) == migrate.HEAD_REVISION
        with upgraded.begin() as conn:
            assert search.index_problems(conn) == []
            by_rank = [r[0] for r in conn.exec_driver_sql(
                "SELECT org_id FROM org_rank ORDER BY rank")]
            by_name = [r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM organisation ORDER BY sort_name, id")]
            assert by_rank == by_name and len(by_name) > 5
    finally:
        upgraded.close()
    after, tables = _fts_hits(path, queries)
    assert after == before
    assert "prefix = '1 2 3 4', detail = column" in tables["org_fts"]


def test_an_older_file_opened_read_only_is_refused_in_words_and_left_alone(directory, sample):
    import pytest

    from directory_app.store.database import StoreError

    path = directory.path
    config = migrate.alembic_config(directory)
    directory.close()
    command.downgrade(config, "0005_search_index_detail")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="older version of NGO Directory.*open for writing"):
        open_directory(path, read_only=True)
    assert path.read_bytes() == before
    open_directory(path).close()                # opened for writing, it is upgraded
    open_directory(path, read_only=True).close()
