"""`ngo-directory print`, run as the user would, with the export audit."""

from __future__ import annotations

import json

from directory_app.app import main
from directory_app.exchange.audit import list_exports
from directory_app.store.database import open_directory


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_formats_labels_and_audit(qapp, tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    assert run(capsys, "--db", db, "load-sample")[0] == 0
    for fmt in ("pdf", "odt", "docx", "html"):
        out = tmp_path / f"draft.{fmt}"
        code, text, err = run(capsys, "--db", db, "print", "--format", fmt, "--out", str(out),
                              "--region", "NIS > Russia", "--json")
        assert code == 0, err
        report = json.loads(text)
        assert report["organisations"] == 9 and out.stat().st_size > 1000
    code, text, _ = run(capsys, "--db", db, "print", "--labels", "3x8", "--out",
                        str(tmp_path / "labels.pdf"), "--privacy", "internal")
    assert code == 0 and "4 labels on 1 page" in text
    directory = open_directory(tmp_path / "d.sqlite")
    try:
        audit = list_exports(directory)
    finally:
        directory.close()
    assert sorted(a["format"] for a in audit) == ["labels-3x8", "print-docx", "print-html",
                                                  "print-odt", "print-pdf"]
    assert {a["scope"] for a in audit if a["format"].startswith("print")} == \
        {"region NIS > Russia"}


def test_print_errors_are_one_line(qapp, tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    run(capsys, "--db", db, "load-sample")
    code, _, err = run(capsys, "--db", db, "print", "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    code, _, err = run(capsys, "--db", db, "print", "--out", str(tmp_path / "x.pdf"),
                       "--region", "Atlantis")
    assert code == 1 and "Atlantis" in err
    code, _, err = run(capsys, "--db", db, "print", "--out", str(tmp_path / "x.pdf"),
                       "--query", "zzzzqqq")
    assert code == 1 and "nothing to print" in err and not (tmp_path / "x.pdf").exists()
