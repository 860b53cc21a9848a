"""Every CSV file of ../shared/corpus/csv imports with the built-in mapping (no preset needed)."""

from __future__ import annotations

import json

import pytest

from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import ImportOptions, run_import


def import_file(directory, path):
    report = run_import(directory, CsvImport(path), ImportOptions())
    assert report.counts["errors"] == 0, report.to_dict()
    with directory.begin() as conn:
        people = [dict(r) for r in conn.exec_driver_sql("SELECT * FROM person").mappings()]
        orgs = [dict(r) for r in conn.exec_driver_sql(
            "SELECT * FROM organisation").mappings()]
        contacts = [dict(r) for r in conn.exec_driver_sql(
            "SELECT * FROM contactpoint ORDER BY id").mappings()]
        roles = [r[0] for r in conn.exec_driver_sql("SELECT role FROM affiliation")]
    return report, people, orgs, contacts, roles


def values(contacts, kind):
    return [c["value"] for c in contacts if c["kind"] == kind]


def test_google_contacts(directory, shared_dir):
    report, people, orgs, contacts, roles = import_file(
        directory, shared_dir / "corpus/csv/fkcontactsio__Google.csv")
    assert [p["given_name"] for p in people] == ["Max"]
    assert people[0]["family_name"] == "Mustermann"
    assert [o["name"] for o in orgs] == ["Firma"] and roles == ["Position, Abteilung"]
    emails = values(contacts, "email")
    assert "privat@folker-kinzel.de" in emails and "business 3@golker.de" in emails
    work = next(c for c in contacts if c["kind"] == "address" and c["label"] == "Work")
    assert (work["street"], work["city"], work["postal_code"]) == ("Eisenbahnstraße",
                                                                  "Leipzig", "04315")
    assert any(c["kind"] == "messenger" and c["service"] == "QQ" for c in contacts)
    assert "Kommentar ÄÄÄÄÄÄ" in people[0]["notes"]
    assert json.loads(people[0]["extra"])["csv"]["Nickname"] == "Maxl"
    assert report.counts["warnings"] > 0       # "Tel privat" is kept, with a warning


def test_outlook_web(directory, shared_dir):
    _r, people, orgs, contacts, roles = import_file(
        directory, shared_dir / "corpus/csv/fkcontactsio__Outlook365 Web.csv")
    assert people[0]["display_name"] == "Max Middle Name Mustermann"
    assert orgs[0]["name"] == "Firma" and roles == ["Position, Führungsetage"]
    assert "0123/579" in values(contacts, "fax")
    home = next(c for c in contacts if c["kind"] == "address" and c["label"] == "home")
    assert home["street"] == "Straße" and home["city"] == "Ort"
    assert json.loads(people[0]["extra"])["csv"]["Title"] == "Dr."


def test_thunderbird_german_windows_1252(directory, shared_dir):
    _r, people, orgs, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/fkcontactsio__ThunderbirdAnsi.csv")
    assert people[0]["display_name"] == "Dr. Max Middle Name Mustermann jr."
    assert people[0]["notes"] == "Kommentar für Maxl"
    assert orgs[0]["name"] == "Firma"
    assert "privat@folker-kinzel.de" in values(contacts, "email")


def test_windows_live_mail_semicolons(directory, shared_dir):
    _r, people, orgs, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/fkcontactsio__WindowsLiveMail.csv")
    assert (people[0]["given_name"], people[0]["family_name"]) == ("Max", "Mustermann")
    work = next(c for c in contacts if c["kind"] == "address" and c["label"] == "work")
    assert (work["street"], work["city"]) == ("Eisenbahnstraße", "Leipzig")
    assert people[0]["notes"] == "Kommentar Äöü"


def test_kmail(directory, shared_dir):
    _r, people, orgs, contacts, roles = import_file(
        directory, shared_dir / "corpus/csv/hordedata__KMail.csv")
    assert people[0]["display_name"] == "Firman" and orgs[0]["name"] == "Foo"
    assert roles == ["Web Developer, Foo Net"]
    assert values(contacts, "email") == ["firman@php.net"]
    assert values(contacts, "website") == ["http://php.hm/~firman"]


def test_yahoo_multiline_memo(directory, shared_dir):
    _r, people, orgs, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/hordedata__Yahoo.csv")
    assert people[0]["notes"] == "It's\nmultiline\nmemo."
    assert people[0]["display_name"] == "Firman Wandayandi"
    assert any(c["city"] == "Bandung" for c in contacts)


def test_outlook_windows(directory, shared_dir):
    _r, people, orgs, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/hordedata__bug_6311.csv")
    assert people[0]["display_name"] == "John Smith"
    assert orgs[0]["name"] == "International Inc"
    assert values(contacts, "phone") == ["(123) 555-2222", "(123) 555-3333"]
    assert people[0]["notes"] == "PHP\nPerl\nPython"


def test_legacy_gmail_utf16(directory, shared_dir):
    _r, people, orgs, contacts, roles = import_file(
        directory, shared_dir / "corpus/csv/roundcube__gmail.csv")
    assert people[0]["given_name"] == "Firstname" and people[0]["notes"] == 'note"note'
    assert orgs[0]["name"] == "company" and roles == ["jobtitle"]
    assert "home@aaa.pl" in values(contacts, "email")
    assert {"homefax", "workfax"} <= set(values(contacts, "fax"))


def test_thunderbird_english_with_awkward_cells(directory, shared_dir):
    report, people, orgs, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/thunderbird__export.csv")
    assert [p["display_name"] for p in people] == ["contact number one", "contact number two"]
    assert orgs == []
    assert people[1]["notes"] == "here's some unicode text…"
    assert json.loads(people[1]["extra"])["csv"]["Custom 4"] == "custom\n4"
    assert values(contacts, "email") == ["contact1@invalid", "contact2@invalid"]
    assert report.counts["warnings"] == 2      # not quite e-mail addresses, kept


def test_thunderbird_shift_jis(directory, shared_dir):
    _r, people, _o, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/thunderbird__shiftjis_addressbook.csv")
    assert people[0]["display_name"] == "名無しの権兵衛"
    assert values(contacts, "email") == ["名無しの権兵衛@host.invalid"]


def test_thunderbird_utf16(directory, shared_dir):
    _r, people, _o, contacts, _roles = import_file(
        directory, shared_dir / "corpus/csv/thunderbird__utf16_addressbook.csv")
    assert people[0]["display_name"] == "John Doe"
    assert values(contacts, "email") == ["johndoe@host.invalid"]


def test_ldif_is_named_not_csv(shared_dir):
    with pytest.raises(ExchangeError, match="LDIF"):
        CsvImport(shared_dir / "corpus/csv/thunderbird__export.ldif")


def test_every_corpus_csv_has_a_test():
    import inspect
    import sys

    from tests.conftest import SHARED
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    source = inspect.getsource(sys.modules[__name__])
    missing = [p.name for p in (SHARED / "corpus/csv").glob("*.csv") if p.name not in source]
    assert not missing
