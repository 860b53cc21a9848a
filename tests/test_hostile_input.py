"""Hostile input that issue 7 lists and the format tests do not already cover.

Covered elsewhere: arbitrary bytes as CSV (test_csv_fuzz) and vCard (test_vcard_parse,
test_vcard_roundtrip), a PNG named .csv (test_csv_read, test_csv_cli), the safe-file-name rule
itself (test_vcard_write), formula cells through export and back (test_csv_export), hostile
names in Entries and FTS syntax (test_search), typed text through the table models
(test_ui_models). Here: 10 MB lines, binary files named .vcf, hostile names through the whole
per-card export, SQL/formula/RTL/zero-width names through import → export, and arbitrary text
typed into the main window's search box.
"""

from __future__ import annotations

import csv
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.cli import run as cli_run
from directory_app.exchange.csv_export import ExportOptions, export_csv
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import ImportOptions, plan, run_import
from directory_app.exchange.profiles import INTERNAL_FULL
from directory_app.exchange.vcard_export import export_vcard
from directory_app.exchange.vcard_import import VcardImport
from directory_app.store import integrity
from directory_app.store.database import open_directory
from tests.test_big_import import snapshot

TEN_MB = "x" * (10 * 2**20)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 8

# Names a volunteer's spreadsheet or an attacker's file may carry.
HOSTILE_NAMES = [
    "Robert'); DROP TABLE organisation;--",
    "x\" OR 1=1; --",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+7 (495) 123-45-67",
    "-2+3",
    "@SUM(A1:A9)",
    "\u202eMemorial\u202c",                      # right-to-left override
    "منظمة العفو الدولية",                        # Arabic, right to left
    "ארגון זכויות האדם",                          # Hebrew
    "Мемо\u200bриал",                              # zero-width space inside a word
    "Agora\u200d\u200c\ufeff",                     # zero-width joiner, non-joiner, BOM
    "Свобода\u00ad слова",                         # soft hyphen
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cli(argv: list[str], capsys) -> tuple[int, str, str]:
    from directory_app.app import build_parser

    args = build_parser().parse_args(argv)
    code = cli_run(args, args.db)
    out, err = capsys.readouterr()
    return code, out, err


# -- 10 MB lines ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, where", [
    ("Name,Notes\nMemorial," + TEN_MB + "\nAgora,y\n", "row 1"),
    ('Name,Notes\nMemorial,"' + TEN_MB + '"\n', "row 1"),
    ("Name," + TEN_MB, "header"),
])
def test_ten_megabyte_line_in_a_csv(directory, tmp_path, capsys, text, where):
    path = tmp_path / "long.csv"
    path.write_text(text, encoding="utf-8")
    before = snapshot(directory)
    with pytest.raises(ExchangeError, match=rf"long.csv, {where}: a cell is longer than 1024"):
        plan(directory, CsvImport(path))
    code, out, err = cli(["--db", str(directory.path), "import", str(path)], capsys)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert f"long.csv, {where}: a cell is longer than 1024 KiB" in err
    assert snapshot(directory) == before


def test_ten_megabyte_line_in_a_vcard(directory, tmp_path, capsys):
    path = tmp_path / "long.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + TEN_MB + "\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ivan Petrov\r\nNOTE:" + TEN_MB[:3000]
                    + "\r\nEND:VCARD\r\n", encoding="utf-8")
    before = snapshot(directory)
    report = plan(directory, VcardImport(path))
    assert report.counts["records"] == 2 and report.counts["errors"] == 1
    bad = report.rejected[0]
    assert bad.position == 1
    assert any("10,485,760 characters long" in e.reason for e in bad.errors)
    code, out, err = cli(["--db", str(directory.path), "import", str(path)], capsys)
    assert code == 0 and "1 with errors" in out and "Traceback" not in out + err
    after = snapshot(directory)[0]
    assert after["person"] == before[0]["person"] + 1 and after["importbatch"] == 1
    assert integrity.check(directory) == []


def test_ten_megabyte_note_in_a_vcard_rejects_that_card(directory, tmp_path):
    path = tmp_path / "note.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Ivanova\r\nNOTE:" + TEN_MB
                    + "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ivan Petrov\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    report = plan(directory, VcardImport(path))
    assert report.counts["records"] == 2 and report.counts["errors"] == 1
    [bad] = report.rejected
    assert bad.position == 1
    assert [(e.column, e.reason) for e in bad.errors] == [
        ("NOTE", "is 10,485,760 characters long (at most 1,048,576): is the file broken?")]


def test_a_vcard_file_of_one_endless_line_says_no_card_was_found(directory, tmp_path, capsys):
    path = tmp_path / "one-line.vcf"
    path.write_text("BEGIN:VCARD" + TEN_MB, encoding="utf-8")
    before = snapshot(directory)
    with pytest.raises(ExchangeError, match="one-line.vcf: no card found"):
        plan(directory, VcardImport(path))
    code, out, err = cli(["--db", str(directory.path), "import", str(path)], capsys)
    assert code == 1 and err.count("\n") == 1 and "no card found" in err
    assert snapshot(directory) == before


# -- binary files with a text name ------------------------------------------------------------
@pytest.mark.parametrize("data", [PNG, os.urandom(64 * 1024), b"\x00" * 5000],
                         ids=["png", "random", "zeros"])
@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
def test_binary_file_with_a_text_name(directory, tmp_path, capsys, data, suffix):
    path = tmp_path / f"photo{suffix}"
    path.write_bytes(data)
    reader = VcardImport if suffix == ".vcf" else CsvImport
    expected = ("not a vCard file" if suffix == ".vcf" else
                "is empty" if not data.strip(b"\x00") else "is a binary file")
    with pytest.raises(ExchangeError, match=expected):
        plan(directory, reader(path))
    code, out, err = cli(["--db", str(directory.path), "import", str(path)], capsys)
    assert code == 1 and err.count("\n") == 1 and expected in err
    assert snapshot(directory)[0]["importbatch"] == 0


# -- per-card export of entries whose names are paths -----------------------------------------
PATH_NAMES = ["../../etc/passwd", "..\\..\\windows\\system32", "a/b/c", "/absolute", "..",
              "CON", "nul.txt", "COM1", "  .  ", "name:with*wild?chars|<>\"", "x" * 400]


@pytest.mark.parametrize("layout", ["folder", "zip"])
def test_per_card_export_keeps_every_file_inside_the_target(directory, entries, tmp_path,
                                                            layout):
    for name in PATH_NAMES:
        org = entries.create_org(name=name).id
        person = entries.create_person(display_name=name, privacy="public",
                                       consent="given").id
        entries.affiliate(person, org, "coordinator")
    target = tmp_path / "out" / ("cards" if layout == "folder" else "cards.zip")
    target.parent.mkdir()
    result = export_vcard(directory, target, profile=INTERNAL_FULL, layout=layout)
    assert result.cards == 2 * len(PATH_NAMES)
    if layout == "folder":
        files = [p for p in target.rglob("*") if p.is_file()]
        names = [p.name for p in files]
        assert all(p.resolve().parent == target.resolve() for p in files)
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["cards"]
    else:
        with zipfile.ZipFile(target) as archive:
            names = archive.namelist()
    assert len(names) == len(set(names)) == 2 * len(PATH_NAMES)
    for name in names:
        assert "/" not in name and "\\" not in name and name not in ("..", ".")
        assert not name.startswith((".", " ")) and len(name.encode()) <= 255
        assert name.split(".")[0].upper() not in ("CON", "NUL", "COM1", "PRN", "AUX")
    # and the cards come back with the names as they were
    other = open_directory(tmp_path / "other.sqlite")
    try:
        run_import(other, VcardImport(target), ImportOptions(on_duplicate="new"))
        with other.begin() as conn:
            orgs = {r[0] for r in conn.exec_driver_sql("SELECT name FROM organisation")}
    finally:
        other.close()
    assert orgs == {n.strip() for n in PATH_NAMES}


# -- SQL-, formula-looking, right-to-left and zero-width names through import → export -----------
def _write_volunteer_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Название", "Контактное лицо", "Примечание", "Город"])
        for n, name in enumerate(HOSTILE_NAMES):
            writer.writerow([name, HOSTILE_NAMES[-1 - n], name, "Москва"])


def test_hostile_names_survive_csv_import_and_export(directory, tmp_path):
    source = tmp_path / "hostile.csv"
    _write_volunteer_csv(source)
    report = run_import(directory, CsvImport(source), ImportOptions(on_duplicate="new"))
    assert report.counts["new"] == len(HOSTILE_NAMES) and report.counts["errors"] == 0
    with directory.begin() as conn:
        stored = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT name, notes FROM organisation ORDER BY id")]
        people = [r[0] for r in conn.exec_driver_sql(
            "SELECT display_name FROM person ORDER BY id")]
    assert stored == [(n.strip(), n.strip()) for n in HOSTILE_NAMES]
    assert people == [n.strip() for n in reversed(HOSTILE_NAMES)]
    assert integrity.check(directory) == []          # the tables are all still there
    out = tmp_path / "export.csv"
    export_csv(directory, out, options=ExportOptions(rows="affiliations",
                                                     profile=INTERNAL_FULL))
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    guarded = {"'" + n if n.startswith(FORMULA_START) else n
               for n in (n.strip() for n in HOSTILE_NAMES)}
    assert {row["Organisation"] for row in rows} == guarded      # rows come sorted by name
    assert all(row["Notes"] == row["Organisation"] for row in rows)
    # the own format reads back to the very same names (the guard comes off)
    again = open_directory(tmp_path / "again.sqlite")
    try:
        run_import(again, CsvImport(out), ImportOptions(on_duplicate="new"))
        with again.begin() as conn:
            back = {r[0] for r in conn.exec_driver_sql("SELECT name FROM organisation")}
    finally:
        again.close()
    assert back == {n.strip() for n in HOSTILE_NAMES}


def test_hostile_names_survive_vcard_export_and_import(directory, entries, tmp_path):
    for name in HOSTILE_NAMES:
        entries.create_person(display_name=name, notes=name, privacy="public", consent="given")
    path = tmp_path / "hostile.vcf"
    export_vcard(directory, path, profile=INTERNAL_FULL)
    other = open_directory(tmp_path / "other.sqlite")
    try:
        run_import(other, VcardImport(path), ImportOptions(on_duplicate="new"))
        with other.begin() as conn:
            back = {tuple(r) for r in conn.exec_driver_sql(
                "SELECT display_name, notes FROM person")}
    finally:
        other.close()
    assert back == {(n.strip(), n.strip()) for n in HOSTILE_NAMES}


# -- the search box, typed into ----------------------------------------------------------------
@pytest.fixture
def window(qtbot, directory, sample):
    from directory_app.ui.main_window import MainWindow
    from directory_app.ui.settings import app_settings

    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.show()
    return w


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=40),
                      st.sampled_from(['"', "NEAR(", "a OR", "*", "^x", "-", "(((", "'\"",
                                       "col:x", "\u202e", "\u200b", "AND AND", "%", "_"])))
def test_anything_typed_in_the_search_box(window, text):
    bar = window.search_bar
    bar.edit.setText(text)
    bar.edit.returnPressed.emit()                 # what Enter does, without the debounce wait
    model = window.org_model
    assert model.rowCount() == min(model.total, model.first_page_size)
    if model.total == 0 and bar.text:
        assert bar.hits.text() == "No results"
        assert f"Nothing matches “{bar.text}”" in window.empty_label.text()
