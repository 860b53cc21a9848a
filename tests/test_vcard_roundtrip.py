"""vCard through the shared import pipeline: round trips, corpus imports, nothing written
without a commit."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import ImportOptions, plan, run_import
from directory_app.exchange.profiles import INTERNAL_FULL, PUBLIC_HANDBOOK
from directory_app.exchange.scope import Scope
from directory_app.exchange.vcard_export import export_vcard
from directory_app.exchange.vcard_import import VcardImport
from directory_app.store.database import open_directory

TABLES = ("organisation", "person", "affiliation", "contactpoint", "othername", "orgtag",
          "orgregion", "region", "tag", "relation", "publication")


def snapshot(directory) -> dict[str, list]:
    """Every row of the entry tables, as they are."""
    with directory.begin() as conn:
        return {t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t}")), key=repr)
                for t in TABLES}


def content(directory) -> dict[str, Counter]:
    """What a round trip must bring back, by UID and name rather than row id."""
    with directory.begin() as conn:
        def rows(sql):
            return Counter(tuple(r) for r in conn.exec_driver_sql(sql))
        return {
            "orgs": rows("SELECT uid, name, kind, description, "
                         "(SELECT p.uid FROM organisation p WHERE p.id = o.parent_id) "
                         "FROM organisation o"),
            "people": rows("SELECT uid, display_name, given_name, family_name, patronymic, "
                           "notes, privacy FROM person"),
            "affiliations": rows("SELECT p.uid, o.uid, a.role FROM affiliation a "
                                 "JOIN person p ON p.id = a.person_id "
                                 "JOIN organisation o ON o.id = a.org_id"),
            "contacts": rows("SELECT coalesce(o.uid, p.uid), c.kind, c.value, c.label, "
                             "c.service, c.street, c.po_box, c.postal_code, c.city, c.region, "
                             "c.country, c.privacy FROM contactpoint c "
                             "LEFT JOIN organisation o ON o.id = c.org_id "
                             "LEFT JOIN person p ON p.id = c.person_id"),
            "other_names": rows("SELECT o.uid, n.name FROM othername n "
                                "JOIN organisation o ON o.id = n.org_id"),
            "tags": rows("SELECT o.uid, t.name FROM orgtag x JOIN tag t ON t.id = x.tag_id "
                         "JOIN organisation o ON o.id = x.org_id"),
            "regions": rows("SELECT o.uid, r.name FROM orgregion x "
                            "JOIN region r ON r.id = x.region_id "
                            "JOIN organisation o ON o.id = x.org_id"),
        }


@pytest.fixture
def filled(directory, sample, entries):
    """The sample handbook plus a person with two affiliations, labels and kept properties."""
    first, second = list(sample.values())[:2]
    person = entries.create_person(given_name="Анна", family_name="Петрова",
                                   patronymic="Ивановна", notes="two hats",
                                   privacy="confidential", consent="given").id
    entries.affiliate(person, first, "Coordinator", is_primary=True)
    entries.affiliate(person, second, "Board member")
    entries.add_contact(person_id=person, kind="phone", value="+7 916 123-45-67",
                        label="мобильный")
    entries.add_contact(person_id=person, kind="email", value="anna@example.org",
                        privacy="internal")
    entries.add_contact(person_id=person, kind="messenger", value="@anna", service="Telegram")
    entries.add_contact(org_id=first, kind="hotline", value="8 800 200-00-00", label="Hotline")
    entries.create_person(display_name="Loner Without Org")
    return directory


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_into_an_empty_directory(filled, tmp_path, version):
    out = tmp_path / f"all-{version}.vcf"
    result = export_vcard(filled, out, profile=INTERNAL_FULL, version=version)
    assert result.cards == result.organisations + result.people
    empty = open_directory(tmp_path / "empty.sqlite")
    try:
        report = run_import(empty, VcardImport(out))
        assert report.counts["errors"] == 0, report.to_dict()
        before, after = content(filled), content(empty)
        for key in before:
            assert after[key] == before[key], key
    finally:
        empty.close()


@pytest.mark.parametrize("choice", ["skip", "update", "merge"])
def test_round_trip_into_the_same_directory_changes_nothing(filled, tmp_path, choice):
    out = tmp_path / "all.vcf"
    export_vcard(filled, out, profile=INTERNAL_FULL)
    before = snapshot(filled)
    report = run_import(filled, VcardImport(out), ImportOptions(on_duplicate=choice))
    assert report.counts["errors"] == 0 and report.counts["new"] == 0, report.to_dict()
    assert snapshot(filled) == before


@pytest.mark.parametrize("layout", ["folder", "zip"])
def test_folder_and_zip_import_like_one_file(filled, tmp_path, layout):
    out = tmp_path / ("cards" if layout == "folder" else "cards.zip")
    export_vcard(filled, out, profile=INTERNAL_FULL, version="4.0", layout=layout)
    empty = open_directory(tmp_path / "empty.sqlite")
    try:
        report = run_import(empty, VcardImport(out))
        assert report.counts["errors"] == 0
        assert content(empty) == content(filled)
    finally:
        empty.close()


def test_public_export_keeps_the_ceiling(filled, tmp_path):
    out = tmp_path / "public.vcf"
    export_vcard(filled, out, profile=PUBLIC_HANDBOOK, scope=Scope(query="Amnesty"))
    text = out.read_text(encoding="utf-8")
    assert "Петрова" not in text and "anna@example.org" not in text
    assert "X-NGO-NOTES" not in text and "X-NGO-PRIVACY" not in text
    with filled.begin() as conn:
        audit = conn.exec_driver_sql("SELECT format, profile, scope, count FROM exportaudit"
                                     ).all()
    assert audit[-1][0] == "vcard 3.0" and audit[-1][1] == PUBLIC_HANDBOOK.name
    assert "Amnesty" in audit[-1][2] and audit[-1][3] == text.count("BEGIN:VCARD")


def test_every_corpus_file_imports(shared_dir, directory):
    # "merge": several files name the same company (TheCompany, IBM) and the same John Doe;
    # with "skip" the pipeline would leave out a new person whose ORG is already there.
    for path in sorted((shared_dir / "corpus" / "vcard").glob("*.vcf")):
        report = run_import(directory, VcardImport(path), ImportOptions(on_duplicate="merge"))
        assert report.counts["records"] >= 1, path.name
        assert report.counts["errors"] == 0, (path.name, report.to_dict())
    with directory.begin() as conn:
        people = {r[0] for r in conn.exec_driver_sql("SELECT display_name FROM person")}
        orgs = {r[0] for r in conn.exec_driver_sql("SELECT name FROM organisation")}
        emails = {r[0] for r in conn.exec_driver_sql(
            "SELECT value FROM contactpoint WHERE kind = 'email'")}
    assert {"Віталій Володимирович Кличко", "Piotr Iksiński", "Ǽgean ĽdaMonté",
            "Mr. Michael Angstadt Jr.", "安藤 ロイド 1"} <= people
    assert {"ACME Inc.", "IBM", "NIB", "KMS Außenstelle", "Horde Project"} <= orgs
    assert {"jan@horde.org", "piotr.iksinski@somedomain.com"} <= emails


def test_cancel_writes_nothing(filled, tmp_path):
    out = tmp_path / "all.vcf"
    export_vcard(filled, out, profile=INTERNAL_FULL)
    empty = open_directory(tmp_path / "empty.sqlite")
    try:
        before = snapshot(empty)
        report = run_import(empty, VcardImport(out), cancelled=lambda: True)
        assert report.cancelled and snapshot(empty) == before
    finally:
        empty.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(body=st.text(max_size=300), lines=st.lists(
    st.tuples(st.sampled_from(["FN", "N", "ORG", "TEL", "EMAIL", "ADR", "KIND", "X-ABShowAs",
                               "TITLE", "item1.X-ABLabel", "IMPP", "URL"]),
              st.text(max_size=40)), max_size=8))
def test_arbitrary_text_never_crashes_and_a_plan_writes_nothing(directory, tmp_path, body,
                                                                 lines):
    path = tmp_path / "random.vcf"
    cards = "BEGIN:VCARD\r\n" + "".join(f"{k}:{v}\r\n" for k, v in lines) + "END:VCARD\r\n"
    path.write_text(cards + body, encoding="utf-8", errors="surrogatepass")
    before = snapshot(directory)
    try:
        source = VcardImport(path)
    except Exception as exc:  # only a clear refusal of the file is allowed
        assert type(exc).__name__ == "ExchangeError"
        return
    try:
        plan(directory, source)
    except ExchangeError as exc:     # e.g. "no card found": a refusal that names the file
        assert str(exc).startswith("random.vcf: ")
    assert snapshot(directory) == before


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_corpus_through_export_parses_with_vobject_and_keeps_extras(shared_dir, directory,
                                                                     tmp_path, version):
    import vobject

    for path in sorted((shared_dir / "corpus" / "vcard").glob("*.vcf")):
        run_import(directory, VcardImport(path), ImportOptions(on_duplicate="merge"))
    out = tmp_path / "corpus-out.vcf"
    result = export_vcard(directory, out, profile=INTERNAL_FULL, version=version)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == result.cards > 30
    again = open_directory(tmp_path / "again.sqlite")
    try:
        run_import(again, VcardImport(out))
        for table in ("organisation", "person"):
            with directory.begin() as conn:
                before = sorted(map(tuple, conn.exec_driver_sql(
                    f"SELECT uid, extra FROM {table}")))
            with again.begin() as conn:
                after = sorted(map(tuple, conn.exec_driver_sql(
                    f"SELECT uid, extra FROM {table}")))
            assert after == before, table
    finally:
        again.close()


def test_export_progress_and_cancel(filled, tmp_path):
    from directory_app.exchange.vcard_write import ExportCancelled

    seen = []
    result = export_vcard(filled, tmp_path / "a.vcf", profile=INTERNAL_FULL,
                          progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (result.cards, result.cards)
    with pytest.raises(ExportCancelled):
        export_vcard(filled, tmp_path / "b.vcf", profile=INTERNAL_FULL, cancelled=lambda: True)
    assert not (tmp_path / "b.vcf").exists()
    with filled.begin() as conn:
        targets = [r[0] for r in conn.exec_driver_sql("SELECT target FROM exportaudit")]
    assert targets == [str(tmp_path / "a.vcf")]
