"""The command line, run as a user would (a real process for the end-to-end case)."""

import json
import os
import subprocess
import sys

import pytest

from directory_app.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    code, out, _ = run(capsys, "--db", str(path), "load-sample")
    assert code == 0 and "15 organisations" in out
    return str(path)


def test_search_both_scripts(db, capsys):
    for query in ("memorial", "мемориал"):
        code, out, _ = run(capsys, "--db", db, "search", query, "--json")
        assert code == 0
        assert [r["name"] for r in json.loads(out)] == ["Memorial Human Rights Centre"]


def test_show_amnesty_json_has_phone_spb_contact_and_publication(db, capsys):
    _, out, _ = run(capsys, "--db", db, "search", "amnesty", "--json")
    hits = json.loads(out)
    assert hits[0]["name"] == "Amnesty International - Russia"
    code, out, _ = run(capsys, "--db", db, "show", str(hits[0]["id"]), "--json")
    assert code == 0
    org = json.loads(out)
    assert {"kind": "phone", "value": "095-291-29-04", "e164": "+74952912904"}.items() <= \
        org["contacts"][1].items()
    spb = [o for o in org["offices"] if "St. Petersburg" in o["name"]][0]
    assert spb["people"][0]["display_name"] == "Anatoly Chezlov"
    assert spb["contacts"][1]["value"] == "812-247-40-46"
    assert org["publications"][0]["title"] == "Amnesty International Bulletin"


def test_show_text_is_handbook_style(db, capsys):
    code, out, _ = run(capsys, "--db", db, "show", "Amnesty International - Russia")
    assert code == 0
    assert "PO Box 212" in out and "Tel: 095-291-29-04" in out
    assert "Coordinator: Eric Klazerstein" in out


def test_check_stats_backup(db, capsys, tmp_path):
    assert run(capsys, "--db", db, "check")[0] == 0
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["organisation"] == 15
    target = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "--db", db, "backup", "--to", str(target), "--json")
    assert code == 0 and target.exists() and json.loads(out)["organisations"] == 15


def test_user_errors_are_one_line_without_traceback(tmp_path, capsys, db):
    code, out, err = run(capsys, "--db", db, "show", "999999")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    code, _, err = run(capsys, "--db", str(not_db), "stats")
    assert code == 2 and "not an SQLite database" in err and err.count("\n") == 1
    assert not_db.read_text() == "hello"  # never written over


def test_entry_point_runs_as_module(tmp_path):
    env = dict(os.environ, NGO_DIRECTORY_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-m", "directory_app", "--db", str(tmp_path / "x"),
                           "stats", "--json"], capture_output=True, text=True, env=env,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["organisation"] == 0


def test_default_db_lives_in_user_data_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NGO_DIRECTORY_HOME", str(tmp_path / "home"))
    assert run(capsys, "stats")[0] == 0
    assert (tmp_path / "home" / "data" / "directory.sqlite").exists()
