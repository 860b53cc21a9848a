"""A whole import recorded as one batch and rolled back later, from the command line."""

import json

from directory_app.app import main
from directory_app.services.queries import Queries
from directory_app.store.database import open_directory

CSV = "Название,Телефон,Город\nСолдатские матери,095-291-29-04,Москва\nАгора,812-247-40-46,Казань\n"


def test_import_listed_and_undone(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    assert main(["--db", db, "load-sample"]) == 0
    source = tmp_path / "groups.csv"
    source.write_text(CSV, encoding="cp1251")
    assert main(["--db", db, "import", str(source), "--on-duplicate", "new"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "imports", "--json"]) == 0
    imports = json.loads(capsys.readouterr().out)
    assert imports[0]["source"] == "groups.csv" and imports[0]["counts"]["new"] == 2
    assert main(["--db", db, "undo-import", str(imports[0]["id"])]) == 0
    d = open_directory(db)
    try:
        assert Queries(d).count_orgs() == 15
        assert Queries(d).search("солдатские") == []
    finally:
        d.close()
    capsys.readouterr()
    assert main(["--db", db, "undo-import", str(imports[0]["id"])]) == 1
    assert "already undone" in capsys.readouterr().err


def test_undo_refused_after_later_edit(tmp_path, capsys):
    from directory_app.services.entries import Entries

    db = str(tmp_path / "d.sqlite")
    source = tmp_path / "groups.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["--db", db, "import", str(source)]) == 0
    d = open_directory(db)
    org = Queries(d).search("агора")[0]["id"]
    Entries(d).update_org(org, size="12 members")
    d.close()
    capsys.readouterr()
    assert main(["--db", db, "undo-import", "1"]) == 1
    err = capsys.readouterr().err
    assert "cannot be undone" in err and "Traceback" not in err
