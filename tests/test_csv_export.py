"""CSV export: the own format's round trip, profiles, columns, encodings, formula guard."""

from __future__ import annotations

import csv

import pytest

from directory_app.exchange.csv_export import ExportOptions, export_csv, neutralise
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import ImportOptions, run_import
from directory_app.exchange.profiles import INTERNAL_FULL
from directory_app.exchange.scope import Scope
from directory_app.store.database import open_directory

TABLES = ("organisation", "person", "affiliation", "contactpoint", "relation", "region", "tag",
          "orgregion", "orgtag", "othername", "publication")


def rows_of(path, delimiter=","):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def content(directory):
    """Every entry by value (no ids), to compare two directories."""
    with directory.begin() as conn:
        q = conn.exec_driver_sql
        return {
            "orgs": sorted(q("SELECT o.uid, o.name, o.kind, o.status, o.founded_year, o.size, "
                             "o.description, o.history, o.source, o.source_date, p.uid "
                             "FROM organisation o LEFT JOIN organisation p "
                             "ON p.id = o.parent_id").all()),
            "people": sorted(q("SELECT uid, display_name, given_name, family_name, privacy, "
                               "consent FROM person").all()),
            "affiliations": sorted(q("SELECT p.uid, o.uid, a.role, a.is_primary FROM "
                                     "affiliation a JOIN person p ON p.id = a.person_id "
                                     "JOIN organisation o ON o.id = a.org_id").all()),
            "contacts": sorted(q("SELECT coalesce(o.uid, p.uid), c.kind, c.label, c.value, "
                                 "c.e164, c.street, c.po_box, c.postal_code, c.city, c.country, "
                                 "c.privacy, c.service FROM contactpoint c LEFT JOIN "
                                 "organisation o ON o.id = c.org_id LEFT JOIN person p "
                                 "ON p.id = c.person_id").all()),
            "relations": sorted(q("SELECT f.uid, t.uid, r.kind, r.note FROM relation r "
                                  "JOIN organisation f ON f.id = r.from_org_id "
                                  "JOIN organisation t ON t.id = r.to_org_id").all()),
            "regions": sorted(q("SELECT o.uid, r.name FROM orgregion x JOIN organisation o "
                                "ON o.id = x.org_id JOIN region r ON r.id = x.region_id").all()),
            "tags": sorted(q("SELECT o.uid, t.name FROM orgtag x JOIN organisation o "
                             "ON o.id = x.org_id JOIN tag t ON t.id = x.tag_id").all()),
            "names": sorted(q("SELECT o.uid, n.name, n.kind, n.language FROM othername n "
                              "JOIN organisation o ON o.id = n.org_id").all()),
            "counts": {t: q(f"SELECT count(*) FROM {t}").scalar_one() for t in TABLES},
        }


@pytest.mark.parametrize("flush_every", [20_000, 3])
def test_own_format_round_trips_the_sample(directory, sample, tmp_path, monkeypatch,
                                           flush_every):
    # Flushing every few rows makes repeated organisations meet their earlier rows in the
    # database rather than in the write buffer.
    monkeypatch.setattr("directory_app.exchange.bulk.FLUSH_EVERY", flush_every)
    first = tmp_path / "first.csv"
    export_csv(directory, first, options=ExportOptions(profile=INTERNAL_FULL))
    other = open_directory(tmp_path / "empty.sqlite")
    try:
        report = run_import(other, CsvImport(first), ImportOptions())
        assert report.counts["errors"] == 0 and report.counts["warnings"] == 0
        second = tmp_path / "second.csv"
        export_csv(other, second, options=ExportOptions(profile=INTERNAL_FULL))
        assert first.read_bytes() == second.read_bytes()
        assert content(other) == content(directory)
        assert content(other)["counts"]["organisation"] == 15
    finally:
        other.close()


def test_reimporting_the_own_format_updates_instead_of_duplicating(directory, sample, queries,
                                                                   tmp_path):
    path = tmp_path / "a.csv"
    export_csv(directory, path, options=ExportOptions(profile=INTERNAL_FULL))
    before = queries.stats()
    report = run_import(directory, CsvImport(path), ImportOptions(on_duplicate="update"))
    assert report.counts["new"] == 0 and report.counts["errors"] == 0
    after = queries.stats()
    assert {k: after[k] for k in TABLES if k in after} == {k: before[k] for k in TABLES
                                                           if k in before}


def test_public_profile_leaves_out_internal_people(directory, sample, queries, tmp_path):
    path = tmp_path / "public.csv"
    export_csv(directory, path)
    rows = rows_of(path)
    with directory.begin() as conn:
        internal = {r[0] for r in conn.exec_driver_sql(
            "SELECT display_name FROM person WHERE privacy != 'public'")}
        public = {r[0] for r in conn.exec_driver_sql(
            "SELECT display_name FROM person WHERE privacy = 'public'")}
    names = {r["Person"] for r in rows}
    assert not internal & names and public <= names
    assert {r["Organisation"] for r in rows} == {n for _i, n in queries.org_names()}


def test_rows_per_organisation_and_person_with_columns(directory, sample, tmp_path):
    path = tmp_path / "orgs.csv"
    result = export_csv(directory, path, options=ExportOptions(
        rows="organisations", columns=["organisation", "City", "Phone"], delimiter=";"))
    rows = rows_of(path, ";")
    assert result.columns == ["Organisation", "City", "Phone"] and len(rows) == 15
    amnesty = next(r for r in rows if r["Organisation"] == "Amnesty International - Russia")
    assert amnesty["City"] == "Moscow" and amnesty["Phone"] == "095-291-29-04"
    path = tmp_path / "people.csv"
    export_csv(directory, path, options=ExportOptions(rows="people", profile=INTERNAL_FULL))
    people = rows_of(path)
    assert len(people) == 11 and all(r["Organisation"] for r in people)
    with pytest.raises(ExchangeError, match="“Colour” is not a column"):
        export_csv(directory, path, options=ExportOptions(columns=["Colour"]))


def test_scope_by_region(directory, sample, tmp_path):
    path = tmp_path / "spb.csv"
    export_csv(directory, path, Scope(region="St. Petersburg"),
               ExportOptions(rows="organisations"))
    names = [r["Organisation"] for r in rows_of(path)]
    assert names and all("Moscow" not in n for n in names)


def test_formula_cells_are_neutralised_and_read_back(directory, entries, tmp_path):
    org = entries.create_org(name="=HYPERLINK(\"http://evil\")", notes="@SUM(A1)",
                             description="-2+3").id
    entries.add_contact(org_id=org, kind="phone", value="+7 495 123-45-67")
    path = tmp_path / "f.csv"
    export_csv(directory, path, options=ExportOptions(rows="organisations"))
    row = rows_of(path)[0]
    assert row["Organisation"] == "'=HYPERLINK(\"http://evil\")"
    assert row["Notes"] == "'@SUM(A1)" and row["Description"] == "'-2+3"
    assert row["Phone"] == "'+7 495 123-45-67"
    assert [neutralise(c) for c in ("\tx", "\rx", "plain", "")] == ["'\tx", "'\rx", "plain", ""]
    other = open_directory(tmp_path / "o.sqlite")
    try:
        run_import(other, CsvImport(path), ImportOptions())
        with other.begin() as conn:
            name, notes = conn.exec_driver_sql("SELECT name, notes FROM organisation").one()
        assert (name, notes) == ("=HYPERLINK(\"http://evil\")", "@SUM(A1)")
    finally:
        other.close()


def test_windows_1251_reports_characters_that_do_not_fit(directory, entries, tmp_path):
    entries.create_org(name="Мемориал")
    entries.create_org(name="Ελληνική Ένωση", notes="ok")
    path = tmp_path / "cp.csv"
    with pytest.raises(ExchangeError, match=r"row 1, column Organisation: .*“Ε” \(U\+0395\)"):
        export_csv(directory, path, options=ExportOptions(rows="organisations",
                                                          encoding="cp1251"))
    assert not path.exists() and not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("parallel", ["0", "force"])
def test_windows_1251_numbers_the_rows_as_they_would_be_written(directory, entries, tmp_path,
                                                               monkeypatch, parallel):
    """Rows are counted in the file's order: an organisation's people each take a row, and the
    people of no organisation come after every organisation, whichever part read them."""
    from directory_app.exchange import export_parts

    monkeypatch.setenv(export_parts.ENV_SWITCH, parallel)
    monkeypatch.setattr(export_parts.os, "cpu_count", lambda: 2)
    first = entries.create_org(name="Alpha").id
    for n in range(3):
        entries.affiliate(entries.create_person(display_name=f"Person {n}").id, first)
    entries.create_org(name="Beta Ελλάδα")
    entries.create_org(name="Gamma")
    entries.create_person(display_name="Ζωή")
    path = tmp_path / "cp.csv"
    with pytest.raises(ExchangeError) as caught:
        export_csv(directory, path, options=ExportOptions(encoding="cp1251",
                                                          profile=INTERNAL_FULL))
    message = str(caught.value)
    assert "row 4, column Organisation: “Ε” (U+0395)" in message
    assert "row 6, column Person: “Ζ” (U+0396)" in message
    assert not path.exists() and not list(tmp_path.glob("*.part"))


def test_windows_1251_and_bom(directory, entries, tmp_path):
    entries.create_org(name="Мемориал «Пермь» — №1")
    path = tmp_path / "cp.csv"
    export_csv(directory, path, options=ExportOptions(rows="organisations", encoding="cp1251"))
    assert "Мемориал «Пермь» — №1".encode("cp1251") in path.read_bytes()
    export_csv(directory, path, options=ExportOptions(rows="organisations",
                                                      encoding="utf-8-sig"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbfOrganisation UID,")


def test_cancelled_export_leaves_nothing(directory, entries, tmp_path):
    for n in range(1100):
        entries.create_org(name=f"Org {n}")
    path = tmp_path / "c.csv"
    assert export_csv(directory, path, cancelled=lambda: True) is None
    assert list(tmp_path.glob("c.csv*")) == []


def test_export_is_audited(directory, sample, tmp_path):
    from directory_app.exchange.audit import list_exports

    export_csv(directory, tmp_path / "a.csv")
    entry = list_exports(directory)[0]
    assert entry["format"] == "csv" and entry["profile"] == "Public handbook"
    assert entry["count"] > 0


@pytest.mark.parametrize("rows", ["affiliations", "organisations", "people"])
def test_reading_in_chunks_gives_the_same_file(directory, sample, entries, tmp_path,
                                               monkeypatch, rows):
    person = entries.create_person(display_name="Loose Person").id
    entries.affiliate(person, sample["memorial"], "advisor")
    entries.affiliate(person, sample["mhg"], "member")       # two organisations, two chunks
    entries.create_person(display_name="Nobody's Volunteer")
    options = ExportOptions(rows=rows, profile=INTERNAL_FULL)
    whole = tmp_path / "whole.csv"
    export_csv(directory, whole, options=options)
    monkeypatch.setattr("directory_app.exchange.csv_lines.CHUNK", 2)
    chunked = tmp_path / "chunked.csv"
    export_csv(directory, chunked, options=options)
    assert whole.read_bytes() == chunked.read_bytes()
    if rows == "people":
        names = [r["Person"] for r in rows_of(chunked)]
        assert names.count("Loose Person") == 1 and "Nobody's Volunteer" in names
