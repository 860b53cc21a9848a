"""`ngo-directory export --format vcard` and `ngo-directory import FILE.vcf`."""

from __future__ import annotations

import json
import zipfile

import pytest
import vobject

from directory_app.app import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert run(capsys, "--db", path, "load-sample")[0] == 0
    return path


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_into_a_new_directory(db, tmp_path, capsys, version):
    out = tmp_path / "all.vcf"
    code, text, _ = run(capsys, "--db", db, "export", "--format", "vcard", "--out", out,
                        "--privacy", "internal", "--vcard-version", version, "--json")
    assert code == 0
    exported = json.loads(text)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == exported["rows"] == exported["organisations"] + exported["people"]
    assert all(c.version.value == version for c in cards)
    new = tmp_path / "new.sqlite"
    code, text, _ = run(capsys, "--db", new, "import", out, "--json")
    assert code == 0
    report = json.loads(text)
    assert report["format"] == "vcard" and report["counts"]["new"] == len(cards)
    code, text, _ = run(capsys, "--db", new, "import", out, "--json")
    assert json.loads(text)["counts"].get("new", 0) == 0


def test_folder_and_zip_layouts(db, tmp_path, capsys):
    folder, archive = tmp_path / "cards", tmp_path / "cards.zip"
    assert run(capsys, "--db", db, "export", "--format", "vcard", "--out", folder,
               "--vcard-layout", "folder", "--region", "NIS > Russia")[0] == 0
    assert run(capsys, "--db", db, "export", "--format", "vcard", "--out", archive,
               "--region", "NIS > Russia")[0] == 0
    names = sorted(p.name for p in folder.iterdir())
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == names
    assert all(n.endswith(".vcf") and "/" not in n for n in names)
    for source in (folder, archive):
        code, text, _ = run(capsys, "--db", tmp_path / f"{source.stem}.sqlite", "import",
                            source, "--dry-run", "--json")
        assert code == 0 and json.loads(text)["counts"]["new"] == len(names)


def test_bad_input_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.vcf"
    bad.write_text("hello", encoding="utf-8")
    code, out, err = run(capsys, "--db", tmp_path / "x.sqlite", "import", bad)
    assert code == 1 and "not a vCard file" in err and "Traceback" not in err
    code, out, err = run(capsys, "--db", tmp_path / "x.sqlite", "export", "--format", "vcard",
                         "--out", tmp_path / "no" / "such" / "dir.vcf")
    assert code == 1 and "does not exist" in err


def test_rejected_cards_are_reported_and_saved(tmp_path, capsys):
    import csv

    path = tmp_path / "mixed.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:Friends\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEMAIL:anna@example.org\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    rejects = tmp_path / "rejects.csv"
    code, out, _ = run(capsys, "--db", tmp_path / "r.sqlite", "import", path, "--rejects",
                       rejects)
    assert code == 0 and "1 new" in out and "record 1: rejected: FN" in out
    with rejects.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["Record"], r["NOTE"]) for r in rows] == [("1", "Friends")]
    assert "names no person" in rows[0]["Reason"]
