"""Large CSV files: no size limit, a dry run whose report stays bounded, Cancel midway.

The files are tens of megabytes, generated here (`bench_bigcsv.make_file`, rows of ~7 KB with
long texts); `tests/benchmarks/bench_bigcsv.py` runs the same at 1 GB.
"""

from __future__ import annotations

import tracemalloc

import pytest

from directory_app.exchange import pipeline
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.pipeline import ImportOptions, plan, run_import
from directory_app.store import integrity
from tests.benchmarks.bench_bigcsv import make_file

MB = 2**20
TABLES = ("organisation", "person", "contactpoint", "affiliation", "othername", "region", "tag",
          "changelog", "importbatch", "org_fts", "org_rank", "person_fts")


def snapshot(directory):
    """Row counts of every table, and the change log itself."""
    with directory.begin() as conn:
        rows = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in TABLES}
        log = conn.exec_driver_sql("SELECT * FROM changelog ORDER BY id").all()
    return rows, [tuple(r) for r in log]


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rows = make_file(path, 24 * MB)
    return path, rows


def test_dry_run_report_stays_bounded_with_exact_counts(directory, big_csv, monkeypatch):
    path, rows = big_csv
    monkeypatch.setattr(pipeline, "KEEP_AT_MOST", 400)
    monkeypatch.setattr(pipeline, "KEEP_RECORDS", 50)
    tracemalloc.start()
    try:
        report = plan(directory, CsvImport(path))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.counts["records"] == report.counts["new"] == rows > 3000
    assert len(report.items) == 400 and report.unlisted == rows - 400
    assert [i.position for i in report.items] == list(range(1, 401))
    assert all(i.record is not None for i in report.items[:50])
    assert all(i.record is None for i in report.items[50:])
    assert "The first 400 are listed." in report.summary()
    assert report.to_dict()["unlisted"] == rows - 400
    # The whole file is 24 MB; what the dry run held at its peak is a fraction of it.
    assert peak < path.stat().st_size / 3, f"{peak / MB:.1f} MB traced"


def test_no_size_limit_and_problem_rows_listed_first(directory, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "KEEP_AT_MOST", 30)
    path = tmp_path / "many.csv"
    lines = [f"Org {n},org{n}@example.org" if n % 100 else f"Org {n},not-an-email"
             for n in range(1, 3001)]
    path.write_text("Name,E-mail\n" + "\n".join(lines) + "\n", encoding="utf-8")
    report = run_import(directory, CsvImport(path), ImportOptions(preview=5), dry_run=True)
    assert report.counts["records"] == 3000 and report.counts["warnings"] == 30
    # the first five rows, then the rows with a warning, until the cap
    assert [i.position for i in report.items][:5] == [1, 2, 3, 4, 5]
    assert [i.position for i in report.items][5:] == [100 * k for k in range(1, 26)]
    assert report.unlisted == 5


def test_cancel_midway_leaves_the_directory_unchanged(directory, sample, big_csv):
    path, _rows = big_csv
    before = snapshot(directory)
    seen: list[int] = []
    checks: list[int] = []

    def cancelled() -> bool:
        checks.append(1)
        return len(checks) >= 3              # the third check: record 1,500 of the file

    report = run_import(directory, CsvImport(path), ImportOptions(), cancelled=cancelled,
                        progress=lambda done, _total: seen.append(done))
    assert report.cancelled and report.import_batch_id is None
    assert seen == [500, 1000]               # it was midway, with rows written, when cancelled
    assert snapshot(directory) == before
    assert integrity.check(directory) == []
    assert integrity.quick_health(directory) == []
    # and the directory still takes the whole file afterwards
    report = run_import(directory, CsvImport(path), ImportOptions())
    assert not report.cancelled and report.counts["new"] == _rows
    assert integrity.check(directory) == []


def test_cancel_during_indexing_is_felt_at_once(directory, sample, big_csv, monkeypatch):
    """Every record read, then Cancel while the search index is built: rolled back within a
    chunk of the index, not after all of it."""
    from directory_app.store import search

    monkeypatch.setattr(search, "_CHUNK", 100)
    path, rows = big_csv
    before = snapshot(directory)
    state = {"read": False, "chunks": 0}
    real = search.org_documents

    def counting_documents(conn, ids):
        state["chunks"] += 1
        return real(conn, ids)

    monkeypatch.setattr(search, "org_documents", counting_documents)

    def progress(done, total):
        state["read"] = done >= rows

    def cancelled() -> bool:
        return state["read"] and state["chunks"] >= 2

    report = run_import(directory, CsvImport(path), ImportOptions(), cancelled=cancelled,
                        progress=progress)
    assert report.cancelled
    assert state["chunks"] == 2 < rows // 100       # stopped inside the indexing
    assert snapshot(directory) == before
    assert integrity.check(directory) == []


def _contacts_per_org(directory) -> list[tuple]:
    with directory.begin() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT o.name, group_concat(c.value, ' | ') FROM organisation o "
            "JOIN contactpoint c ON c.org_id = o.id GROUP BY o.id ORDER BY o.name")]


def test_forgotten_merge_states_are_read_back_in_a_commit(directory, tmp_path, monkeypatch):
    """An organisation repeated far down the file (after more than STATES_KEPT others) gets
    its second row's contacts merged without a duplicate, as with every state kept."""
    from directory_app.exchange import importer
    from directory_app.store.database import open_directory

    path = tmp_path / "repeats.csv"
    # three passes over 40 organisations: a phone; the phone and an e-mail; all of it again
    # and a web site (the e-mail of the second pass may still be in the write buffer)
    rows = [f"Org {n};+7 495 100-{n:02d}-00;;" for n in range(40)]
    rows += [f"Org {n};+7 495 100-{n:02d}-00;org{n}@example.org;" for n in range(40)]
    rows += [f"Org {n};+7 495 100-{n:02d}-00;org{n}@example.org;org{n}.example.org"
             for n in range(40)]
    path.write_text("Название;Телефон;E-mail;Сайт\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    report = run_import(directory, CsvImport(path), ImportOptions())
    expected = _contacts_per_org(directory)
    assert report.counts["records"] == 120 and len(expected) == 40
    assert all(len(values.split(" | ")) == 3 for _name, values in expected)
    monkeypatch.setattr(importer, "STATES_KEPT", 6)
    small = open_directory(tmp_path / "small.sqlite")
    try:
        dry = plan(small, CsvImport(path))
        assert dry.created["organisation"] == 40 and dry.counts["errors"] == 0
        run_import(small, CsvImport(path), ImportOptions())
        assert _contacts_per_org(small) == expected
        assert integrity.check(small) == []
    finally:
        small.close()


@pytest.mark.parametrize("big", [True, False])
def test_a_big_file_imports_with_a_small_page_cache_then_restores_it(directory, tmp_path,
                                                                     monkeypatch, big):
    from directory_app.exchange import pipeline
    from directory_app.store import search

    path = tmp_path / "few.csv"
    path.write_text("Name;Phone\nMemorial;+7 495 225-31-17\n", encoding="utf-8")
    if big:         # "big" for this test: the file at hand
        monkeypatch.setattr(pipeline, "BIG_FILE_BYTES", path.stat().st_size)
    seen = []
    real = search.reindex_orgs

    def spying(conn, ids, each_chunk=None):
        seen.append(conn.exec_driver_sql("PRAGMA cache_size").scalar())
        return real(conn, ids, each_chunk)

    monkeypatch.setattr(search, "reindex_orgs", spying)
    with directory.begin() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    report = run_import(directory, CsvImport(path), ImportOptions())
    assert report.counts["new"] == 1
    assert seen == ([-pipeline.BIG_FILE_CACHE_KIB] if big else [before])
    assert -pipeline.BIG_FILE_CACHE_KIB != before
    with directory.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
