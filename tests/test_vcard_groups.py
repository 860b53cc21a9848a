"""vCard import: groups (KIND:group with MEMBER) and people of organisations already there."""

from __future__ import annotations

import pytest

from directory_app.exchange.pipeline import ImportOptions, run_import
from directory_app.exchange.vcard_import import VcardImport


def _vcf(tmp_path, name: str, *cards: str):
    path = tmp_path / name
    path.write_text("".join(f"BEGIN:VCARD\r\n{c.strip()}\r\nEND:VCARD\r\n" for c in cards),
                    encoding="utf-8")
    return VcardImport(path)


def _rows(directory, sql: str) -> list[tuple]:
    with directory.begin() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


ACME = "VERSION:4.0\r\nKIND:org\r\nFN:Acme Foundation\r\nUID:org-acme\r\nEMAIL:office@acme.org"


@pytest.mark.parametrize("choice", ["skip", "update", "merge", "new"])
def test_new_person_of_an_existing_organisation_is_created_and_affiliated(directory, tmp_path,
                                                                          choice):
    run_import(directory, _vcf(tmp_path, "acme.vcf", ACME))
    person = ("VERSION:3.0\r\nN:Petrova;Anna;;;\r\nFN:Anna Petrova\r\nORG:Acme Foundation\r\n"
              "TITLE:Chair\r\nEMAIL:anna@example.org")
    report = run_import(directory, _vcf(tmp_path, "anna.vcf", person),
                        ImportOptions(on_duplicate=choice))
    assert (report.counts["new"], report.counts["duplicates"], report.counts["skipped"]) == (
        1, 0, 0)
    assert _rows(directory, "SELECT name, kind FROM organisation") == [
        ("Acme Foundation", "ngo")]
    assert _rows(directory, "SELECT p.display_name, o.uid, a.role FROM affiliation a "
                            "JOIN person p ON p.id = a.person_id "
                            "JOIN organisation o ON o.id = a.org_id") == [
        ("Anna Petrova", "org-acme", "Chair")]


def test_known_person_is_still_a_duplicate_and_skipped(directory, tmp_path):
    person = "VERSION:3.0\r\nFN:Anna Petrova\r\nORG:Acme Foundation\r\nEMAIL:anna@example.org"
    run_import(directory, _vcf(tmp_path, "a.vcf", ACME, person))
    report = run_import(directory, _vcf(tmp_path, "b.vcf", person.replace("Acme", "Other")),
                        ImportOptions(on_duplicate="skip"))
    assert (report.counts["duplicates"], report.counts["skipped"]) == (1, 1)
    assert _rows(directory, "SELECT count(*) FROM organisation") == [(1,)]


def test_group_card_becomes_a_network_with_its_members(directory, tmp_path):
    existing = "VERSION:3.0\r\nFN:Boris Ivanov\r\nUID:person-boris\r\nEMAIL:boris@example.org"
    run_import(directory, _vcf(tmp_path, "boris.vcf", existing))
    group = ("VERSION:4.0\r\nKIND:group\r\nFN:Eco coalition\r\nUID:group-1\r\n"
             "NOTE:Groups working on the river\r\n"
             "MEMBER:urn:uuid:person-anna\r\nMEMBER:mailto:BORIS@example.org\r\n"
             "MEMBER:urn:uuid:org-acme\r\nMEMBER:urn:uuid:nobody")
    anna = "VERSION:4.0\r\nFN:Anna Petrova\r\nUID:urn:uuid:person-anna\r\nEMAIL:anna@x.org"
    # The group comes first: its members are resolved once the whole file is read.
    report = run_import(directory, _vcf(tmp_path, "coalition.vcf", group, ACME, anna))
    assert report.counts["errors"] == 0 and report.counts["new"] == 3
    assert _rows(directory, "SELECT kind, description FROM organisation WHERE uid = 'group-1'"
                 ) == [("network", "Groups working on the river")]
    members = _rows(directory, "SELECT p.display_name FROM affiliation a "
                               "JOIN person p ON p.id = a.person_id "
                               "JOIN organisation o ON o.id = a.org_id "
                               "WHERE o.uid = 'group-1' ORDER BY 1")
    assert members == [("Anna Petrova",), ("Boris Ivanov",)]
    assert _rows(directory, "SELECT f.uid, r.kind, t.uid FROM relation r "
                            "JOIN organisation f ON f.id = r.from_org_id "
                            "JOIN organisation t ON t.id = r.to_org_id") == [
        ("org-acme", "member_of", "group-1")]
    assert [(pos, p.column) for pos, p in report.late_warnings] == [(1, "MEMBER")]
    assert "nobody" in report.late_warnings[0][1].reason


def test_group_kind_from_the_card_wins(directory, tmp_path):
    group = "VERSION:4.0\r\nKIND:group\r\nFN:Perm group\r\nX-NGO-KIND:local_group"
    run_import(directory, _vcf(tmp_path, "g.vcf", group))
    assert _rows(directory, "SELECT name, kind FROM organisation") == [
        ("Perm group", "local_group")]
