"""vCard import: the contacts a card marks as preferred come first among the entry's contacts."""

from __future__ import annotations

import pytest

from directory_app.exchange.pipeline import run_import
from directory_app.exchange.vcard_import import VcardImport


@pytest.mark.parametrize("marker", ["TEL;TYPE=work,pref", "TEL;PREF=1;TYPE=work"])
def test_preferred_phone_is_first(directory, tmp_path, marker):
    path = tmp_path / "card.vcf"
    version = "3.0" if "TYPE=work,pref" in marker else "4.0"
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:Anna Petrova\r\nN:Petrova;Anna;;;\r\n"
        "TEL;TYPE=home:+7 495 111-11-11\r\n"
        "EMAIL:anna@example.org\r\n"
        f"{marker}:+7 495 222-22-22\r\n"
        "END:VCARD\r\n", encoding="utf-8")
    run_import(directory, VcardImport(path))
    with directory.begin() as conn:
        rows = conn.exec_driver_sql("SELECT kind, value FROM contactpoint "
                                    "WHERE person_id IS NOT NULL ORDER BY sort_order, id").all()
    assert [tuple(r) for r in rows] == [("phone", "+7 495 222-22-22"),
                                        ("phone", "+7 495 111-11-11"),
                                        ("email", "anna@example.org")]


def test_without_a_preference_the_file_order_stays(directory, tmp_path):
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ivan Orlov\r\nN:Orlov;Ivan;;;\r\n"
                    "TEL:+7 495 111-11-11\r\nTEL:+7 495 222-22-22\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    run_import(directory, VcardImport(path))
    with directory.begin() as conn:
        values = conn.exec_driver_sql("SELECT value FROM contactpoint "
                                      "ORDER BY sort_order, id").scalars().all()
    assert values == ["+7 495 111-11-11", "+7 495 222-22-22"]


def test_google_contacts_star_marks_the_preferred_phone(directory, tmp_path):
    from directory_app.exchange.csv_import import CsvImport

    path = tmp_path / "google.csv"
    path.write_text("Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,"
                    "Phone 2 - Type,Phone 2 - Value\r\n"
                    "Anna Petrova,Anna,Petrova,Home,+7 495 111-11-11,* Mobile,+7 916 222-22-22\r\n",
                    encoding="utf-8")
    run_import(directory, CsvImport(path))
    with directory.begin() as conn:
        rows = conn.exec_driver_sql("SELECT value, label FROM contactpoint "
                                    "ORDER BY sort_order, id").all()
    assert [tuple(r) for r in rows] == [("+7 916 222-22-22", "Mobile"),
                                        ("+7 495 111-11-11", "Home")]
