"""Mailing labels: sheet layouts and postal address blocks in each country's order."""

from __future__ import annotations

import pytest

from directory_app.exchange.printing.labels import (
    SHEETS,
    label_addresses,
    postal_block,
    write_labels,
)
from directory_app.exchange.profiles import PUBLIC_HANDBOOK
from directory_app.exchange.scope import Scope
from tests.printing_helpers import pdf_pages


def test_russian_address_starts_with_postal_code_and_city():
    address = {"postal_code": "121019", "city": "Moscow", "street": "G-19",
               "po_box": "PO Box 212", "country": "Russia"}
    assert postal_block("Amnesty International - Russia", address) == [
        "Amnesty International - Russia", "121019 Moscow", "G-19", "PO Box 212"]


@pytest.mark.parametrize(("country", "city_line"), [("Germany", "10117 Berlin"),
                                                    ("United Kingdom", "Berlin 10117")])
def test_other_countries_street_then_city_then_country(country, city_line):
    address = {"postal_code": "10117", "city": "Berlin", "street": "Unter den Linden 1",
               "country": country}
    assert postal_block("X", address) == ["X", "Unter den Linden 1", city_line, country.upper()]


def _many_orgs(entries, count):
    for i in range(count):
        org = entries.create_org(name=f"Group {i + 1:02d}").id
        entries.add_contact(org_id=org, kind="address", postal_code=f"1{i:05d}",
                            city="Kazan", street=f"ul. Pushkina {i + 1}", country="Russia")
    entries.create_org(name="No address")


@pytest.mark.parametrize(("sheet", "per_page"), [("3x8", 24), ("5160", 30)])
def test_labels_per_page(qapp, directory, entries, tmp_path, sheet, per_page):
    _many_orgs(entries, 40)
    blocks, missing = label_addresses(directory, Scope(), PUBLIC_HANDBOOK)
    assert len(blocks) == 40 and missing == 1
    out = tmp_path / "labels.pdf"
    pages = write_labels(blocks, out, SHEETS[sheet])
    text = pdf_pages(out)
    assert pages == len(text) == 2
    counts = [sum(line.startswith("Group ") for line in page) for page in text]
    assert counts == [per_page, 40 - per_page]
    assert text[0][0] == "Group 01" and text[0][1] == "100000 Kazan"


def test_confidential_address_is_not_printed(qapp, directory, entries, tmp_path):
    org = entries.create_org(name="Shelter").id
    entries.add_contact(org_id=org, kind="address", city="Perm", street="Secret st. 5",
                        privacy="confidential")
    blocks, missing = label_addresses(directory, Scope(), PUBLIC_HANDBOOK)
    assert blocks == [] and missing == 1
