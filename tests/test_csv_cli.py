"""`ngo-directory import` and `export` as a user runs them."""

from __future__ import annotations

import json

from directory_app.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_import_export_round_trip(tmp_path, capsys):
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    assert run(capsys, "--db", a, "load-sample")[0] == 0
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    code, out, _ = run(capsys, "--db", a, "export", "--format", "csv", "--out", str(first),
                       "--privacy", "confidential")
    assert code == 0 and "Exported 19 rows" in out
    code, out, _ = run(capsys, "--db", b, "import", str(first), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] and data["counts"]["new"] == 19
    code, out, _ = run(capsys, "--db", b, "stats", "--json")
    assert json.loads(out)["organisation"] == 0
    code, out, _ = run(capsys, "--db", b, "import", str(first))
    assert code == 0 and "19 new" in out and "Backup before the import" in out
    run(capsys, "--db", b, "export", "--out", str(second), "--privacy", "confidential")
    assert first.read_bytes() == second.read_bytes()


def test_import_options_and_rejects(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    src = tmp_path / "list.txt"
    src.write_bytes("Название|Телефон|Год основания\nМемориал|8 (495) 225-31-18|1989\n"
                    "Агора|+7 843 000|двадцать\n".encode("koi8_r"))
    rejects = tmp_path / "rejects.csv"
    code, out, err = run(capsys, "--db", db, "import", str(src), "--encoding", "koi8-r",
                         "--delimiter", "|", "--rejects", str(rejects), "--country", "ru")
    assert code == 0, err
    assert "1 new" in out and "1 with errors" in out and "record 2: rejected" in out
    assert "Reason" in rejects.read_text(encoding="utf-8-sig").splitlines()[0]
    code, out, _ = run(capsys, "--db", db, "search", "memorial", "--json")
    assert json.loads(out)[0]["phone"] == "8 (495) 225-31-18"


def test_bad_input_is_one_line(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    binary = tmp_path / "data.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    code, out, err = run(capsys, "--db", db, "import", str(binary))
    assert code == 1 and err.count("\n") == 1 and "binary file" in err
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "a.xlsx"))
    assert code == 1 and "cannot import “.xlsx” files" in err
    code, _, err = run(capsys, "--db", db, "export", "--out", str(tmp_path / "x.csv"),
                       "--region", "Atlantis")
    assert code == 1 and "no region “Atlantis”" in err
    code, _, err = run(capsys, "--db", db, "export", "--format", "xls", "--out", "x")
    assert code == 1 and "not an export format" in err
