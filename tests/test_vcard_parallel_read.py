"""Reading a vCard file in a child process (`exchange/parallel_read.py`) gives what reading it
in process gives: the same records in the same order, the same import, the same errors."""

from __future__ import annotations

import multiprocessing
import os
import re
import sqlite3
import time
from pathlib import Path

import pytest

from directory_app.exchange import parallel_read
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import run_import
from directory_app.exchange.vcard_import import VcardImport, _file_records
from directory_app.store.database import open_directory

# Tables whose rows an import writes; times and batch ids differ between two runs.
TABLES = ("organisation", "person", "affiliation", "contactpoint", "othername", "tag",
          "orgtag", "relation", "changelog")
VARYING = {"created_at", "updated_at", "at", "batch"}
STAMP = re.compile(r'"(created|updated)_at":"[^"]*"')
PARENT = os.getpid()


def _cards_file(tmp_path: Path, cards: int) -> Path:
    from directory_app.exchange import vcard_write as vw
    from tests.benchmarks.bench_vcard import generate

    orgs, people = generate(cards)
    named = [vw.NamedCard(o["name"], vw.org_card(o)) for o in orgs]
    named += [vw.NamedCard(p["display_name"], vw.person_card(p)) for p in people]
    # A broken card in the middle: its error must come with the same record number.
    named.insert(len(named) // 2, vw.NamedCard("broken", "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                         "END:VCARD\r\n"))
    path = tmp_path / "cards.vcf"
    vw.write_vcf(named, path)
    return path


def _rows(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in con.execute(f"pragma table_info('{table}')")
                    if r[1] not in VARYING]
            rows = con.execute(f"select {', '.join(cols)} from {table} order by rowid")
            # Change-log snapshots carry the times too.
            out[table] = [tuple(STAMP.sub("", v) if isinstance(v, str) else v for v in row)
                          for row in rows]
        return out
    finally:
        con.close()


def _import(path: Path, db: Path, *, child: bool, monkeypatch) -> tuple[list, dict]:
    monkeypatch.setenv(parallel_read.ENV_SWITCH, "force" if child else "0")
    directory = open_directory(db)
    try:
        report = run_import(directory, VcardImport(path), keep_records=True)
    finally:
        directory.close()
    return [item.to_dict() for item in report.items], dict(report.counts)


@pytest.fixture
def small_files_too(monkeypatch):
    monkeypatch.setattr(parallel_read, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel_read, "BATCH", 7)   # many batches, one ending mid-file
    monkeypatch.setenv(parallel_read.ENV_SWITCH, "force")


def test_the_child_gives_the_same_import(tmp_path, monkeypatch, small_files_too):
    path = _cards_file(tmp_path, 300)
    assert parallel_read.worth_a_child(path)
    items_in, counts_in = _import(path, tmp_path / "a.sqlite", child=False,
                                  monkeypatch=monkeypatch)
    items_child, counts_child = _import(path, tmp_path / "b.sqlite", child=True,
                                        monkeypatch=monkeypatch)
    assert counts_child == counts_in and counts_in["records"] == 301
    assert counts_in["errors"] == 1
    assert items_child == items_in
    rows_in, rows_child = _rows(tmp_path / "a.sqlite"), _rows(tmp_path / "b.sqlite")
    assert len(rows_in["person"]) > 200 and len(rows_in["contactpoint"]) > 500
    assert rows_child == rows_in
    assert not multiprocessing.active_children()


def test_every_corpus_file_reads_the_same_in_a_child(shared_dir, small_files_too):
    files = sorted((shared_dir / "corpus" / "vcard").glob("*.vcf"))
    assert files
    for file in files:
        source = VcardImport(file)
        in_process = [r for records in _file_records(file, file.name) for r in records]
        in_child = list(source.records())
        assert [(r.position, r.source) for r in in_child] == \
               [(r.position, r.source) for r in in_process], file.name
        assert in_child == in_process, file.name


def _fails_in_the_child(path: str, source: str):
    for number, records in enumerate(_file_records(path, source), start=1):
        if number == 20 and os.getpid() != PARENT:
            raise ValueError("the child broke")
        yield records


def _dies_in_the_child(path: str, source: str):
    for number, records in enumerate(_file_records(path, source), start=1):
        if number == 30 and os.getpid() != PARENT:
            os._exit(3)
        yield records


def _fails_everywhere(path: str, source: str):
    for number, records in enumerate(_file_records(path, source), start=1):
        if number == 25:
            raise ExchangeError(f"{source}, card {number}: unreadable")
        yield records


def _hangs_in_the_child(path: str, source: str):
    for number, records in enumerate(_file_records(path, source), start=1):
        if number == 40 and os.getpid() != PARENT:
            time.sleep(60)
        yield records


@pytest.mark.parametrize("reader", [_fails_in_the_child, _dies_in_the_child,
                                    _hangs_in_the_child])
def test_a_failing_child_is_taken_over_in_process(tmp_path, monkeypatch, small_files_too,
                                                  reader):
    monkeypatch.setattr(parallel_read, "STALL_SECONDS", 0.5)
    path = _cards_file(tmp_path, 100)
    expected = [r for records in _file_records(path, "cards.vcf") for r in records]
    got = list(parallel_read.read_in_child(path, "cards.vcf", reader))
    assert [r.position for r in got] == [r.position for r in expected]
    assert got == expected
    assert not multiprocessing.active_children()


def test_an_error_is_the_in_process_one(tmp_path, small_files_too):
    path = _cards_file(tmp_path, 100)
    got = []
    with pytest.raises(ExchangeError, match=r"cards\.vcf, card 25: unreadable"):
        for record in parallel_read.read_in_child(path, "cards.vcf", _fails_everywhere):
            got.append(record.position)
    assert got == list(range(1, 25))
    assert not multiprocessing.active_children()


def test_closing_the_reader_stops_the_child(tmp_path, small_files_too):
    path = _cards_file(tmp_path, 300)
    records = parallel_read.read_in_child(path, "cards.vcf", _file_records)
    assert next(records).position == 1
    assert multiprocessing.active_children()
    records.close()
    assert not multiprocessing.active_children()


def test_a_cancelled_import_leaves_no_child_and_nothing_written(tmp_path, monkeypatch,
                                                                small_files_too):
    path = _cards_file(tmp_path, 600)
    directory = open_directory(tmp_path / "c.sqlite")
    try:
        report = run_import(directory, VcardImport(path), cancelled=lambda: True)
    finally:
        directory.close()
    assert report.cancelled
    assert not multiprocessing.active_children()
    assert not _rows(tmp_path / "c.sqlite")["person"]


def test_small_files_the_switch_and_a_busy_machine_read_in_process(tmp_path, monkeypatch):
    path = _cards_file(tmp_path, 20)
    monkeypatch.setattr(parallel_read.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel_read.os, "getloadavg", lambda: (0.3, 0.5, 0.5))
    assert not parallel_read.worth_a_child(path)          # below MIN_BYTES
    monkeypatch.setattr(parallel_read, "MIN_BYTES", 0)
    assert parallel_read.worth_a_child(path)
    monkeypatch.setattr(parallel_read.os, "getloadavg", lambda: (1.9, 1.0, 1.0))
    assert not parallel_read.worth_a_child(path)          # both cores busy
    monkeypatch.setenv(parallel_read.ENV_SWITCH, "force")
    assert parallel_read.worth_a_child(path)
    monkeypatch.setenv(parallel_read.ENV_SWITCH, "0")
    monkeypatch.setattr(parallel_read.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert not parallel_read.worth_a_child(path)
    monkeypatch.setattr(parallel_read.os, "cpu_count", lambda: 1)
    monkeypatch.delenv(parallel_read.ENV_SWITCH)
    assert not parallel_read.worth_a_child(path)          # one core


def test_the_spawn_start_method_gives_the_same_records(tmp_path, monkeypatch, small_files_too):
    """macOS and Windows start the child with spawn: a new interpreter that imports the reader."""
    monkeypatch.setattr(parallel_read, "_start_method", lambda: "spawn")
    path = _cards_file(tmp_path, 60)
    expected = [r for records in _file_records(path, "cards.vcf") for r in records]
    assert list(parallel_read.read_in_child(path, "cards.vcf", _file_records)) == expected
    assert not multiprocessing.active_children()
