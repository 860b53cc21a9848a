"""Every corpus vCard maps to the people, organisations, phones and e-mails the file holds."""

from __future__ import annotations

import pytest

from directory_app.exchange.vcard_map import card_to_records, cards_to_records
from directory_app.exchange.vcard_parse import read_bytes, read_path

N = "Ñ"

# file → one tuple per record: (person display name or None, organisation name or None,
# phones, e-mails). Phones and e-mails are those of the person (or of the organisation when
# the card is an organisation's own), as the file writes them.
EXPECTED = {
    "aosp__v21_japanese_2.vcf": [("安藤 ロイド 1", None, [], [])],
    "aosp__v30_ios_613_multiline.vcf": [
        ("Bob Smith", "Smith Auto Repair", ["(650) 555-1212"], ["bob@smithauto.com"])],
    # FN and ORG are the same text: the organisation's own card.
    "eds__5.vcf": [(None, "十城目管理大型知座", ["十城目管理大型知座"] * 4,
                    ["weird@weird.com"])],
    "ezvcard__John_Doe_ANDROID.vcf": [
        ("john.doe@company.com", None, [], ["john.doe@company.com"]),
        ("jane.doe@company.com", None, [], ["jane.doe@company.com"]),
        (f"{N} {N} {N} {N} {N}", None, ["123456789"], []),
        (" ".join([N] * 11), None, ["123456", "234567", "3456789", "45678901"], []),
        (f"{N} {N} {N} {N}", N * 12, ["123456", "123456", "123456"],
         ["bob@company.com", N * 14]),
        (N * 4, N * 44, ["55556666"], ["henry@company.com"]),
        (N * 4, N * 44 + "\ufffd", [], []),
    ],
    "ezvcard__John_Doe_EVOLUTION.vcf": [
        ("Mr. John Richter, James Doe Sr.", "IBM", ["905-666-1234", "905-555-1234"],
         ["john.doe@ibm.com"])],
    "ezvcard__John_Doe_IPHONE.vcf": [
        ("Mr. John Richter James Doe Sr.", "IBM",
         ["905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234",
          "905-111-1234", "905-222-1234"], ["john.doe@ibm.com"])],
    "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": [
        ("Mr. John Richter,James Doe Sr.", "IBM",
         ["905-777-1234", "905-666-1234", "905-555-1234", "905-888-1234", "905-999-1234",
          "905-111-1234", "905-222-1234"], ["john.doe@ibm.com"])],
    "ezvcard__fullcontact.vcf": [
        ("Prefix FirstName MiddleName LastName Suffix", "Organization1",
         [f"555-555-111{i}" for i in range(1, 10)],
         ["home@example.com", "work@example.com", "school@example.com", "other@example.com",
          "custom@example.com"]),
        ("Prefix FirstName MiddleName LastName Suffix", "Organization2", [], [])],
    "ezvcard__gmail-single2.vcf": [
        ("VCard Test", "TheCompany", [f"55555511{i}" for i in range(11, 22)],
         ["email@example.com", "homeemail@example.com", "workemail@example.com",
          "otheremail@example.com", "customcategory@example.com"])],
    "ezvcard__outlook-2007.vcf": [
        ("Mr. Michael Angstadt Jr.", "TheCompany",
         ["(111) 555-1111", "(111) 555-2222", "(111) 555-4444", "(111) 555-3333"],
         ["mike.angstadt@gmail.com"])],
    "ezvcard__rfc6350-example.vcf": [
        ("Simon Perreault", "Viagenie", ["+1-418-656-9254;ext=102", "+1-418-262-6501"],
         ["simon.perreault@viagenie.ca"])],
    "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf": [
        ("John Doe", "TheOrganization",
         ["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"],
         ["doe.john@hotmail.com", "additional-email@company.com",
          "additional-email1@company.com", "additional-email2@company.com",
          "additional-email3@company.com"])],
    "fkvcards__Outlook v2.vcf": [
        ("Herr Max Anderer Mustermann sen.", "Musterfirma GmbH",
         ["+49 (0611) 123456 - 11", "+49 (0611) 123456 - 12", "+49 (0611) 123456 - 14",
          "+49 (0611) 123456 - 13"], ["max.mustermann@musterfirma.de"])],
    "fkvcards__Ukrainian.vcf": [("Віталій Володимирович Кличко", None, [], [])],
    "fkvcards__v3Utf16Bom.vcf": [
        ("Folker Kinzel", None, ["0123-45678"], ["email1@wumms.de", "email2@folker-kinzel.de"]),
        (None, "KMS Außenstelle", ["03443-303776", "03443-333440"], ["blablö@blub.com"])],
    "fkvcards__v4.vcf": [
        ("Möhrke Gerda", "KiTa Öhrdingen", ["034441/ 2 22 67", "034441/ 39 23 34"],
         ["info@kinderland-blubblub.de"]),
        ("Dr. Max Horst Mustermann jr. Maxl SED", "SED",
         ["Privattelefon", "Diensttelefon", "Fax", "Fax privat", "Fax geschäftlich",
          "Festnetz", "Mobil", "Pager", "sonstige", "ohne"],
         ["privat@freenet.de", "geschaeftlich@freenet.de", "sonstige@freenet.de",
          "nichts@wabbel.de"])],
    "gammu__evolution.vcf": [(None, "NIB", ["1300135540"], [])],
    "kcontacts__vcard10.vcf": [
        (None, "Bike Shop", [], []),
        ("Field after Address broken", None, [], []),
        ("Field after Address not broken", None, [], []),
        ("Dr. med. Surname Name", None, [], []),
        ("Second Doctor", None, [], [])],
    "kcontacts__vcard9.vcf": [("βγδεαβγδ1" * 11, None, [], [])],
    "khard__org.vcf": [(None, "ACME Inc.", [], [])],
    "roundcube__thebat.vcf": [("Piotr Iksiński", None, [], ["piotr.iksinski@somedomain.com"])],
    "roundcube__utf-16_sample.vcf": [("Ǽgean ĽdaMonté", None, [], [])],
    "thunderbird__dos_vcard_addressbook.vcf": [("Name Surname", None, [], ["example@gmail.com"])],
    "turba__bug_9207.vcf": [
        ("Mr. Jan K. Schneiderö", "Horde Project",
         ["+49 521 555123", "+49 521 555456", "+49 177 555123", "+49 521 555789",
          "+49 123 555789"], ["jan@horde.org"])],
    "turba__dimitris.vcf": [
        ("Dimitris Daskopoulos", "Aristotle Univeristy of Thessaloniki",
         ["+30 31 998492", "+30 31 998490"], ["dimitris@ccf.auth.gr"])],
    "vcard4android__allfields-vcard3.vcf": [
        ("Ämi Display", "ABC, Inc.", ["+49 1234 56788", "+1-800-MYFAX"],
         ["private@example.com", "work@example.com"])],
}


def _summary(record):
    if record.people:
        person = record.people[0]
        contacts = person.contacts
        who = person.display_name
    else:
        contacts = record.org.contacts
        who = None
    phones = [c.value for c in contacts if c.kind in ("phone", "fax", "hotline")]
    emails = [c.value for c in contacts if c.kind == "email"]
    return who, record.org.name if record.org else None, phones, emails


def test_every_corpus_file_maps_to_what_it_holds(shared_dir):
    files = sorted((shared_dir / "corpus" / "vcard").glob("*.vcf"))
    assert {f.name for f in files} == set(EXPECTED)
    for path in files:
        records = list(cards_to_records(read_path(path), path.name))
        assert [_summary(r) for r in records] == EXPECTED[path.name], path.name
        assert all(not r.errors for r in records), path.name


def test_corpus_details(shared_dir):
    folder = shared_dir / "corpus" / "vcard"

    def records(name):
        return list(cards_to_records(read_path(folder / name), name))

    [iphone] = records("ezvcard__John_Doe_IPHONE.vcf")
    person = iphone.people[0]
    assert (person.given_name, person.family_name, person.role) == ("John", "Doe",
                                                                    "Money Counter")
    assert iphone.org.units == ["Accounting"]
    labels = {c.value: c.label for c in person.contacts}
    assert labels["905-222-1234"] == "AssistantPhone" and labels["905-555-1234"] == "mobile"
    assert labels["http://www.ibm.com"] == "HomePage"
    kept = [item[1] for item in person.extra["vcard"]]
    assert "PHOTO" in kept and "X-ABLABEL" not in kept and "BDAY" in kept
    assert ["", "X-NGO-UNITS", {}, "Accounting"] in person.extra["vcard"]
    [android] = records("ezvcard__John_Doe_ANDROID.vcf")[:1]
    assert ["", "CATEGORIES", {}, "My Contacts"] in android.people[0].extra["vcard"]
    photo = next(i for i in person.extra["vcard"] if i[1] == "PHOTO")
    assert photo[3].startswith("/9j/") and " " not in photo[3]
    [acme] = records("khard__org.vcf")
    assert acme.org.uid == "429A43AB-52F2-4714-AA62-077528A12464" and not acme.people
    [allfields] = records("vcard4android__allfields-vcard3.vcf")
    assert allfields.org.units == ["North American Division", "Marketing"]
    assert allfields.people[0].role == "Director, Research and Development"
    messengers = [(c.value, c.service) for c in allfields.people[0].contacts
                  if c.kind == "messenger"]
    assert ("skype:echo@example.com", "Skype") in messengers
    assert "ROLE" in [item[1] for item in allfields.people[0].extra["vcard"]]
    [turba] = records("turba__bug_9207.vcf")
    work = [c for c in turba.people[0].contacts if c.kind == "address"][1]
    assert (work.street, work.city, work.region, work.country) == (
        "Hübschestr. 19", "Köln", "Allgäu", "Denmark")


def test_company_cards_and_groups():
    data = (b"BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Acme\nORG:Acme\nX-ABShowAs:COMPANY\n"
            b"TEL;TYPE=WORK:1\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Friends\nMEMBER:urn:uuid:1\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:3.0\nNOTE:nothing to name\nEND:VCARD\n")
    company, group, empty = (card_to_records(c, "f.vcf")[0] for c in read_bytes(data))
    assert company.org.name == "Acme" and not company.people
    assert [(c.kind, c.value, c.label) for c in company.org.contacts] == [("phone", "1", "")]
    assert not group.errors and not group.people
    assert (group.org.name, group.org.kind, group.org.members) == (
        "Friends", "network", ["urn:uuid:1"])
    assert empty.errors and "names no person" in empty.errors[0].reason


@pytest.mark.parametrize("title, role, expected", [("Chair", "", "Chair"),
                                                  ("", "Coordinator", "Coordinator"),
                                                  ("Chair", "Coordinator", "Chair")])
def test_title_or_role_is_the_role(title, role, expected):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:A B", "ORG:Org"]
    lines += [f"TITLE:{title}"] if title else []
    lines += [f"ROLE:{role}"] if role else []
    [record] = card_to_records(next(read_bytes("\n".join(lines + ["END:VCARD"]).encode())),
                               "f.vcf")
    assert record.people[0].role == expected
