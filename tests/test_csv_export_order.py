"""CSV export read in id order: the file still follows the names, whatever the ids."""

from __future__ import annotations

import csv

import pytest

from directory_app.exchange.csv_export import ExportOptions, export_csv
from directory_app.exchange.profiles import INTERNAL_FULL
from directory_app.exchange.scope import Scope


def rows_of(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def reversed_names(entries):
    """Organisations created in reverse name order, so that ids run against the names."""
    ids = {}
    for name in ("Zeta", "Theta", "Eta", "Delta", "Alpha"):
        ids[name] = entries.create_org(name=name).id
        entries.add_contact(org_id=ids[name], kind="phone", value=f"+7 495 000-00-{len(ids)}")
    shared = entries.create_person(display_name="Shared Person", consent="given").id
    entries.affiliate(shared, ids["Zeta"], "chair")          # the smaller id: Zeta is older
    entries.affiliate(shared, ids["Delta"], "member")
    for name in ("Zeta", "Alpha"):
        person = entries.create_person(display_name=f"Staff of {name}", consent="given").id
        entries.add_contact(person_id=person, kind="email", value=f"{name.lower()}@example.org")
        entries.affiliate(person, ids[name], "staff")
    return ids


@pytest.mark.parametrize("rows", ["affiliations", "organisations"])
def test_rows_follow_the_names_not_the_ids(directory, reversed_names, tmp_path, rows):
    path = tmp_path / "out.csv"
    export_csv(directory, path, options=ExportOptions(rows=rows, profile=INTERNAL_FULL))
    names = [r["Organisation"] for r in rows_of(path)]
    assert names == sorted(names) and set(names) >= set(reversed_names)
    if rows == "affiliations":
        mail = {r["Person"]: r["Person e-mail"] for r in rows_of(path)}
        assert mail["Staff of Alpha"] == "alpha@example.org"
        assert mail["Staff of Zeta"] == "zeta@example.org"


def test_people_rows_take_the_first_organisation_by_name(directory, reversed_names, tmp_path):
    path = tmp_path / "people.csv"
    export_csv(directory, path, options=ExportOptions(rows="people", profile=INTERNAL_FULL))
    rows = rows_of(path)
    shared = [r for r in rows if r["Person"] == "Shared Person"]
    # Delta comes before Zeta by name, though Zeta has the smaller id and was read first.
    assert [(r["Organisation"], r["Role"]) for r in shared] == [("Delta", "member")]
    assert [r["Organisation"] for r in rows] == ["Alpha", "Delta", "Zeta"]


@pytest.mark.parametrize("rows", ["affiliations", "organisations", "people"])
def test_a_selection_gives_the_lines_of_the_whole_export(directory, reversed_names, tmp_path,
                                                         rows):
    """A small selection is read by lists of ids, the whole directory by passes over each
    table: both give the same lines."""
    options = ExportOptions(rows=rows, profile=INTERNAL_FULL)
    whole = tmp_path / "whole.csv"
    export_csv(directory, whole, options=options)
    lines = whole.read_bytes().split(b"\r\n")
    picked = [reversed_names["Delta"]]
    part = tmp_path / "part.csv"
    export_csv(directory, part, Scope(ids=tuple(picked)), options)
    got = part.read_bytes().split(b"\r\n")
    assert got[0] == lines[0] and len(got) > 2
    assert all(line in lines for line in got[1:] if line)


@pytest.mark.parametrize("selected", [False, True])
def test_first_address_fills_the_columns_and_the_rest_follow_in_their_order(
        directory, entries, tmp_path, selected):
    """Addresses in the order the editor gave them (sort order, not ids); the first within
    the profile fills the address columns, the others are lines of "More addresses"."""
    org = entries.create_org(name="Many Offices").id
    entries.add_contact(org_id=org, kind="address", city="Perm", street="=Lenina 1",
                        sort_order=2)
    entries.add_contact(org_id=org, kind="address", city="Kazan", sort_order=1)
    entries.add_contact(org_id=org, kind="address", city="Tver", sort_order=0,
                        privacy="confidential")
    entries.add_contact(org_id=org, kind="address", city="Omsk", sort_order=3)
    path = tmp_path / "out.csv"
    export_csv(directory, path, Scope(ids=(org,)) if selected else None,
               ExportOptions(rows="organisations"))
    (row,) = rows_of(path)
    assert row["City"] == "Kazan"           # Tver is confidential: not in a public export
    assert row["More addresses"].split("\n") == ["'=Lenina 1 |  |  | Perm", " |  |  | Omsk"]
