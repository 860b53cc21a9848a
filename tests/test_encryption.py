"""Encryption at rest with SQLCipher: create, convert, wrong passphrase, encrypted backups."""

import pytest

from directory_app.app import main
from directory_app.services.entries import Entries
from directory_app.services.queries import Queries
from directory_app.services.sample import load_sample
from directory_app.store import backup, crypto, integrity
from directory_app.store.connect import encryption_available, looks_encrypted
from directory_app.store.database import PassphraseNeeded, open_directory

pytestmark = pytest.mark.skipif(not encryption_available()[0], reason="sqlcipher3 missing")
SECRET = "correct horse battery"


def test_created_encrypted_is_unreadable_without_key(tmp_path):
    d = open_directory(tmp_path / "e.sqlite", key=SECRET)
    load_sample(Entries(d))
    assert [r["name"] for r in Queries(d).search("мемориал")] == ["Memorial Human Rights Centre"]
    assert integrity.check(d) == []
    made = backup.make_backup(d, reason="manual")
    d.close()
    raw = (tmp_path / "e.sqlite").read_bytes()
    assert b"Memorial" not in raw and b"Amnesty" not in raw
    assert looks_encrypted(made.path) and b"Amnesty" not in made.path.read_bytes()
    assert backup.describe_backup(made.path, SECRET).organisations == 15
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        open_directory(tmp_path / "e.sqlite")
    with pytest.raises(PassphraseNeeded, match="wrong passphrase"):
        open_directory(tmp_path / "e.sqlite", key="not the one")


def test_convert_plain_directory_and_backups(tmp_path, capsys, monkeypatch):
    db = tmp_path / "p.sqlite"
    assert main(["--db", str(db), "load-sample"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    monkeypatch.setenv("NGO_DIRECTORY_NEW_PASSPHRASE", SECRET)
    assert main(["--db", str(db), "encrypt"]) == 0
    assert "1 backups" in capsys.readouterr().out
    assert looks_encrypted(db)
    assert all(looks_encrypted(b.path) for b in backup.list_backups(db, SECRET))
    code = main(["--db", str(db), "stats"])
    assert code == 2 and "NGO_DIRECTORY_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("NGO_DIRECTORY_PASSPHRASE", SECRET)
    assert main(["--db", str(db), "search", "memorial"]) == 0
    assert "Memorial" in capsys.readouterr().out
    monkeypatch.setenv("NGO_DIRECTORY_PASSPHRASE", "wrong wrong")
    assert main(["--db", str(db), "stats"]) == 2
    assert "wrong passphrase" in capsys.readouterr().err


def test_short_passphrase_refused_and_file_untouched(tmp_path):
    d = open_directory(tmp_path / "p.sqlite")
    Entries(d).create_org(name="X")
    d.close()
    before = (tmp_path / "p.sqlite").read_bytes()
    with pytest.raises(crypto.EncryptionError, match="at least"):
        crypto.encrypt_directory_file(tmp_path / "p.sqlite", "short")
    assert (tmp_path / "p.sqlite").read_bytes() == before
