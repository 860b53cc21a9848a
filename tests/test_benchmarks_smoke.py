"""The benchmarks run in the default suite at 1,000 entries, so they never rot.

No timing is asserted here (speed is read from `tests/benchmarks/RESULTS.md`); what is asserted
is that the generator makes what it promises and every benchmark module returns sane rows.
"""

from __future__ import annotations

import csv
import math
import os
import sqlite3
from contextlib import closing
from datetime import datetime

import pytest
from sqlmodel import SQLModel

from directory_app.domain import models  # noqa: F401  (registers the tables)
from directory_app.services.queries import OrgFilter, Queries
from directory_app.store import search
from directory_app.store.database import open_directory
from tests.benchmarks import common, generator, run_all, writers
from tests.benchmarks.bench_core import keystrokes
from tests.benchmarks.common import Row

SIZE = 1_000
VERDICTS = {common.PASS, common.FAIL, common.SKIPPED, common.NO_TARGET}


@pytest.fixture(scope="module")
def dataset():
    return generator.generate(SIZE)


@pytest.fixture(scope="module")
def built(dataset, tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "generated.sqlite"
    writers.write_directory(dataset, path)
    return path


def test_generator_makes_the_promised_counts(dataset):
    for table, n in generator.counts_for(SIZE).items():
        assert dataset.count(table) == n, table
    orgs = dataset.tables["organisation"]
    offices = [o for o in orgs if o[5] is not None]
    assert len(offices) == int(SIZE * generator.OFFICE_SHARE)
    assert all(o[5] < o[0] for o in offices)            # parents come first
    assert dataset.count("relation") == SIZE // 2
    assert {"NIS", "Russia", "West of the Urals", "Moscow"} <= {
        r[1] for r in dataset.tables["region"]}


def test_generator_mixes_scripts_and_formats(dataset):
    names = [o[2] for o in dataset.tables["organisation"]]
    cyrillic = sum(1 for n in names if any("а" <= ch <= "я" for ch in n.lower()))
    assert 0.4 * SIZE < cyrillic < 0.8 * SIZE
    descriptions = [len(o[11]) for o in dataset.tables["organisation"]]
    assert 250 <= sum(descriptions) / SIZE <= 400
    values = [c[5] for c in dataset.tables["contactpoint"] if c[3] == "phone"]
    assert any(v.startswith("095-") or v.startswith("(095)") for v in values)
    assert any(v.startswith("+7 (495)") for v in values)
    assert any(c[9].startswith(("а/я", "PO Box")) for c in dataset.tables["contactpoint"])


def test_generator_is_deterministic():
    a, b, c = generator.generate(300), generator.generate(300), generator.generate(300, seed=7)
    assert a.tables == b.tables
    assert a.tables["organisation"] != c.tables["organisation"]


def test_columns_are_the_models_columns():
    for table, columns in generator.COLUMNS.items():
        assert set(columns) == set(SQLModel.metadata.tables[table].columns.keys()), table


def test_generated_directory_is_complete_and_searchable(built):
    directory = open_directory(built)    # read-write: FTS5's integrity-check is an INSERT
    try:
        stats = Queries(directory).stats()
        for table, n in generator.counts_for(SIZE).items():
            assert stats[table] == n, table
        with directory.begin() as conn:
            assert search.index_problems(conn) == []
        queries = Queries(directory)
        # Cross-script: the Latin and the Cyrillic spelling find the same entries.
        latin = queries.count_orgs(OrgFilter(query="memorial"))
        assert latin > 0
        assert queries.count_orgs(OrgFilter(query="мемориал")) == latin
        assert queries.count_orgs(OrgFilter(query="095")) > 0
    finally:
        directory.close()


def test_raw_anchor_writes_the_same_rows(dataset, built, tmp_path):
    anchor = tmp_path / "anchor.sqlite"
    open_directory(anchor, backup_before_migrate=False).close()
    writers.write_raw(writers.raw_rows(dataset), anchor)
    with closing(sqlite3.connect(anchor)) as raw, closing(sqlite3.connect(built)) as core:
        for table in generator.TABLES:
            sql = f"SELECT * FROM {table} ORDER BY rowid"
            assert raw.execute(sql).fetchall() == core.execute(sql).fetchall(), table


def test_csv_file_has_the_documented_layout(dataset, tmp_path):
    path = tmp_path / "orgs.csv"
    assert writers.write_csv(dataset, path) == SIZE
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == writers.CSV_COLUMNS
        rows = list(reader)
    assert len(rows) == SIZE
    first = dataset.tables["organisation"][0]
    assert rows[0]["name"] == first[2] and rows[0]["description"] == first[11]
    assert all(r["name"] and r["city"] and r["phone"] and r["contact_name"] for r in rows)
    assert any(" > " in r["region"] for r in rows)


def test_vcards_parse_with_vobject(dataset, tmp_path):
    import vobject

    path = tmp_path / "people.vcf"
    assert writers.write_vcards(dataset, path) == 2 * SIZE
    with open(path, encoding="utf-8", newline="") as fh:
        cards = list(vobject.readComponents(fh.read()))
    assert len(cards) == 2 * SIZE
    for card, person in zip(cards[:200], dataset.tables["person"], strict=False):
        assert card.uid.value == person[1]
        assert card.fn.value == person[5]
        assert card.n.value.family == person[3] and card.n.value.given == person[2]
        assert card.org.value[0]
    with open(path, "rb") as fh:
        lines = fh.read().split(b"\r\n")
    assert max(len(line) for line in lines) <= 75          # folded, as RFC 2425 asks


def test_keystrokes_skip_prefixes_that_search_the_same_words():
    assert keystrokes(["ab c"]) == ["a", "ab", "ab c"]
    assert keystrokes(["Ёж", "x"]) == ["Ё", "Ёж", "x"]


def test_percentile_interpolates():
    assert common.percentile([4, 1, 3, 2], 50) == 2.5
    assert common.percentile(list(range(101)), 95) == 95
    assert math.isnan(common.percentile([], 50))


def test_isolated_runs_in_a_fresh_process(monkeypatch):
    monkeypatch.delenv(common.INPROCESS, raising=False)
    pid, peak = common.isolated(os.getpid)
    assert pid != os.getpid()
    assert peak > 1


def test_table_renders_missing_values_and_notes():
    rows = [Row("a", 10, 0.0123, 810.0, "rows/s", 55.5, "raw", 0.01, 1.23, "≤ 2× anchor",
                "pass", note="first"),
            Row("b", 10, math.nan, verdict="skipped")]
    text = run_all.table(rows)
    assert "| a [1] | 10 | 12.3 ms | 810 rows/s | 55.5 | raw: 10.0 ms | ×1.23 |" in text
    assert "| b | 10 | — | — | — | — | — | — | skipped |" in text
    assert text.endswith("[1] first")
    assert "Machine:" in run_all.report(rows, "cmd", datetime.now(), 1.0)


def _check_row(row: Row) -> None:
    assert isinstance(row, Row)
    assert row.operation and row.size > 0
    assert isinstance(row.seconds, float)
    assert math.isnan(row.seconds) or row.seconds >= 0
    for value in (row.throughput, row.peak_mb, row.anchor_seconds):
        assert value is None or (isinstance(value, float) and value > 0), row
    if row.ratio is not None:
        assert math.isfinite(row.ratio) and row.ratio > 0
        assert row.ratio == pytest.approx(row.seconds / row.anchor_seconds)
    elif row.anchor_seconds and not math.isnan(row.seconds):
        pytest.fail(f"{row.operation}: an anchor but no ratio")
    assert row.verdict in VERDICTS, row.verdict
    if row.target:
        assert row.verdict, f"{row.operation} has a target but no verdict"


@pytest.mark.parametrize("module", run_all.discover(), ids=lambda m: m.__name__.rsplit(".")[-1])
def test_benchmark_module_runs_at_1000(module, monkeypatch):
    monkeypatch.setenv(common.INPROCESS, "1")
    rows = module.run(SIZE)
    assert rows, "a benchmark module returned no rows"
    for row in rows:
        _check_row(row)
    if module.__name__.endswith("bench_core"):
        names = {r.operation for r in rows}
        assert {"open and show the first page", "search as you type, p95",
                "create: inserts + FTS index", "backup (online backup API)"} <= names
        directory = open_directory(common.generated_path(SIZE), read_only=True)
        try:
            assert Queries(directory).count_orgs() == SIZE
            assert Queries(directory).stats()["contactpoint"] == 5 * SIZE
        finally:
            directory.close()
