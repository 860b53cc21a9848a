"""vCard writing: every card and file we write parses with vobject and reads back the same."""

from __future__ import annotations

import zipfile

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.exchange import vcard_write as vw
from directory_app.exchange.vcard_map import card_to_records
from directory_app.exchange.vcard_parse import read_text

ORG = {
    "uid": "org-1", "name": "Мемориал; Memorial, Moscow", "kind": "ngo",
    "description": "Line one\nline two, with comma; and semicolon \\ backslash",
    "notes": "internal only", "other_names": ["Memorial", "НИПЦ «Мемориал»"],
    "tags": ["history", "prisoners, political"], "regions": [["NIS", "Russia", "Moscow"]],
    "updated_at": "2026-11-24 10:00:00.000000",
    "contacts": [
        {"kind": "phone", "value": "+7 495 225-31-18", "label": "Приёмная"},
        {"kind": "fax", "value": "+7 495 225-31-19"},
        {"kind": "hotline", "value": "8 800 100-00-00"},
        {"kind": "email", "value": "nipc@memo.ru"},
        {"kind": "website", "value": "https://memo.ru/a,b"},
        {"kind": "messenger", "value": "@memorial", "service": "Telegram"},
        {"kind": "address", "street": "Karetny Ryad 5/10", "city": "Москва",
         "postal_code": "127006", "country": "Russia", "po_box": "",
         "value": "Karetny Ryad 5/10\n127006 Moscow"},
    ],
    "extra": '{"vcard": [["", "X-CUSTOM", {"X-P": ["a:b"]}, "kept\\\\, as is"], '
             '["", "PHOTO", {"ENCODING": ["b"], "TYPE": ["JPEG"]}, "/9j/4AAQSkZJ"]]}',
}
PERSON = {
    "uid": "p-1", "display_name": "Арсений Борисович Рогинский", "given_name": "Арсений",
    "family_name": "Рогинский", "patronymic": "Борисович", "notes": "met in 1991",
    "updated_at": "2026-11-24 10:00:00", "extra": "",
    "affiliations": [("Мемориал; Memorial, Moscow", "Chair"), ("Second Org", "Adviser")],
    "contacts": [{"kind": "email", "value": "ar@memo.ru", "label": "work mail"},
                 {"kind": "phone", "value": "+7 916 000-00-00"}],
}


@pytest.mark.parametrize("version", vw.VERSIONS)
def test_cards_parse_with_vobject_and_read_back(version):
    text = vw.org_card(ORG, version, internal=True) + vw.person_card(PERSON, version,
                                                                     internal=True)
    theirs = list(vobject.readComponents(text))
    assert [c.fn.value for c in theirs] == [ORG["name"], PERSON["display_name"]]
    assert theirs[0].uid.value == "org-1"
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75
    org_card, person_card = list(read_text(text))
    [org_record] = card_to_records(org_card, "x.vcf")
    org = org_record.org
    assert org.name == ORG["name"] and org.uid == "org-1" and org.kind == "ngo"
    assert org.description == ORG["description"] and org.notes == "internal only"
    assert org.other_names == ORG["other_names"] and org.tags == ORG["tags"]
    assert org.regions == [["NIS", "Russia", "Moscow"]]
    got = [(c.kind, c.value, c.label, c.service) for c in org.contacts]
    assert got == [("phone", "+7 495 225-31-18", "Приёмная", ""),
                   ("fax", "+7 495 225-31-19", "", ""), ("hotline", "8 800 100-00-00", "", ""),
                   ("email", "nipc@memo.ru", "", ""),
                   ("website", "https://memo.ru/a,b", "", ""),
                   ("messenger", "@memorial", "", "Telegram"),
                   ("address", "Karetny Ryad 5/10\n127006 Moscow", "", "")]
    address = org.contacts[-1]
    assert (address.street, address.city, address.postal_code, address.country) == (
        "Karetny Ryad 5/10", "Москва", "127006", "Russia")
    assert org.extra == {"vcard": [["", "X-CUSTOM", {"X-P": ["a:b"]}, "kept\\, as is"],
                                   ["", "PHOTO", {"ENCODING": ["b"], "TYPE": ["JPEG"]},
                                    "/9j/4AAQSkZJ"]]}
    first, second = card_to_records(person_card, "x.vcf")
    person = first.people[0]
    assert (person.display_name, person.given_name, person.family_name, person.patronymic) == (
        PERSON["display_name"], "Арсений", "Рогинский", "Борисович")
    assert person.uid == "p-1" and person.role == "Chair" and person.notes == "met in 1991"
    assert first.org.name == ORG["name"]
    assert second.org.name == "Second Org" and second.people[0].role == "Adviser"
    assert second.people[0].uid == "p-1"
    assert [(c.kind, c.value, c.label) for c in person.contacts] == [
        ("email", "ar@memo.ru", "work mail"), ("phone", "+7 916 000-00-00", "")]
    assert person.extra == {}


def test_organisation_markers_per_version():
    three = vw.org_card(ORG, "3.0")
    four = vw.org_card(ORG, "4.0")
    assert "X-ABShowAs:COMPANY\r\n" in three and "\nKIND:" not in three
    assert "KIND:org\r\n" in four and "X-ABShowAs" not in four
    assert "X-NGO-NOTES" not in three, "notes go out only under an internal profile"


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_text.filter(lambda s: s.strip()), description=_text, label=_text, value=_text,
       version=st.sampled_from(vw.VERSIONS))
def test_any_text_survives_a_round_trip(name, description, label, value, version):
    org = {"uid": "u", "name": name, "description": description,
           "contacts": [{"kind": "phone", "value": value or "1", "label": label},
                        {"kind": "address", "street": value, "city": label,
                         "value": description}]}
    text = vw.org_card(org, version)
    assert len(list(vobject.readComponents(text))) == 1
    [card] = list(read_text(text))
    assert card.first("FN").text == name.replace("\r\n", "\n").replace("\r", "\n")
    assert card.first("NOTE") is None or card.first("NOTE").text == description.replace(
        "\r\n", "\n").replace("\r", "\n")


def test_fold_never_cuts_a_character():
    line = "NOTE:" + "ж" * 100 + "z" * 7 + "€" * 40
    folded = vw.fold(line)
    assert all(len(p.encode()) <= 75 for p in folded.split("\r\n"))
    assert folded.replace("\r\n ", "").rstrip("\r\n") == line


def test_safe_file_names():
    used: set[str] = set()
    names = [vw.safe_file_name(n, used) for n in
             ["a/b\\c", "CON", "con.txt", "  ..  ", "Мемориал", "Мемориал", "x" * 300,
              'what?*:"<>|', "MEMORIAL", "memorial"]]
    assert names[:3] == ["a_b_c.vcf", "_CON.vcf", "_con.txt.vcf"]
    assert names[3] == "card.vcf"
    assert names[4:6] == ["Мемориал.vcf", "Мемориал (2).vcf"]
    assert len(names[6]) <= 104
    assert names[7] == "what_.vcf"
    assert names[8:] == ["MEMORIAL.vcf", "memorial (2).vcf"]
    assert all("/" not in n and "\\" not in n for n in names)


def _cards():
    return [vw.NamedCard(ORG["name"], vw.org_card(ORG)),
            vw.NamedCard(PERSON["display_name"], vw.person_card(PERSON)),
            vw.NamedCard("../../etc/passwd", vw.person_card({**PERSON, "uid": "p-2"}))]


def test_one_file_folder_and_zip(tmp_path):
    assert vw.write_vcf(_cards(), tmp_path / "all.vcf") == 3
    text = (tmp_path / "all.vcf").read_text(encoding="utf-8")
    assert len(list(vobject.readComponents(text))) == 3
    assert vw.write_folder(_cards(), tmp_path / "cards") == 3
    files = sorted(p.name for p in (tmp_path / "cards").iterdir())
    assert files == ["_.._etc_passwd.vcf", "Арсений Борисович Рогинский.vcf",
                     "Мемориал; Memorial, Moscow.vcf"]
    for path in (tmp_path / "cards").iterdir():
        assert len(list(vobject.readComponents(path.read_text(encoding="utf-8")))) == 1
    assert vw.write_zip(_cards(), tmp_path / "cards.zip") == 3
    with zipfile.ZipFile(tmp_path / "cards.zip") as archive:
        assert sorted(archive.namelist()) == files
        for name in archive.namelist():
            one = archive.read(name).decode("utf-8")
            assert len(list(vobject.readComponents(one))) == 1


def test_cancel_leaves_nothing(tmp_path):
    calls = iter([False, True])
    many = _cards() * 200
    for writer, target in ((vw.write_vcf, tmp_path / "a.vcf"),
                           (vw.write_folder, tmp_path / "dir"),
                           (vw.write_zip, tmp_path / "a.zip")):
        calls = iter([False, True])
        with pytest.raises(vw.ExportCancelled):
            writer(many, target, cancelled=lambda c=calls: next(c))
        assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_persons_kept_properties_only_under_an_internal_profile():
    person = {**PERSON, "extra": '{"vcard": [["", "BDAY", {}, "1946-03-30"]]}'}
    assert "BDAY:1946-03-30" in vw.person_card(person, internal=True)
    assert "BDAY" not in vw.person_card(person, internal=False)
    org = {**ORG, "extra": '{"vcard": [["", "X-CUSTOM", {}, "v"]]}'}
    assert "X-CUSTOM:v" in vw.org_card(org, internal=False)
