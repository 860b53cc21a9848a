"""Arbitrary bytes never crash the CSV import, and a dry run never writes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import ImportOptions, plan, run_import

CELLS = st.text(alphabet=st.sampled_from(list("Мемориал Agora,;\t\"'\n\r=+-@0123456789()ё№")),
                max_size=30)
HEADERS = st.sampled_from(["Название", "Телефон", "E-mail", "Organisation", "Phone", "City",
                           "Контактное лицо", "Founded", "Kind", "Regions", "Foo", ""])
CSV_TEXT = st.builds(
    lambda header, rows, delim: "\n".join(
        delim.join(r) for r in [header, *rows]),
    st.lists(HEADERS, min_size=1, max_size=6),
    st.lists(st.lists(CELLS, max_size=7), max_size=8),
    st.sampled_from([",", ";", "\t"]))
ENCODED = st.builds(lambda text, enc: text.encode(enc, "replace"), CSV_TEXT,
                    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"]))
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _counts(directory):
    with directory.begin() as conn:
        return [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("organisation", "person", "contactpoint", "changelog", "importbatch",
                          "region", "tag")]


def _try(directory, path, *, commit: bool):
    try:
        source = CsvImport(path)
        if commit:
            return run_import(directory, source, ImportOptions(on_duplicate="merge"),
                              cancelled=lambda: True)
        return plan(directory, source)
    except ExchangeError as exc:
        assert str(exc)
        return None


@SETTINGS
@given(data=st.one_of(st.binary(max_size=2000), ENCODED))
def test_arbitrary_bytes_never_crash_and_dry_run_writes_nothing(directory, tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    before = _counts(directory)
    report = _try(directory, path, commit=False)
    if report is not None:
        assert report.counts["records"] == len(report.items)
    assert _counts(directory) == before


@SETTINGS
@given(data=ENCODED)
def test_cancelled_commit_of_arbitrary_csv_writes_nothing(directory, tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    before = _counts(directory)
    report = _try(directory, path, commit=True)
    assert report is None or report.cancelled
    assert _counts(directory) == before
