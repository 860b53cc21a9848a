"""Recognising an organisation in pasted text (exchange/text_extract.py)."""

from hypothesis import given
from hypothesis import strategies as st

from directory_app.exchange.text_extract import contact_items, extract


def seed(shared_dir, prefix):
    return next((shared_dir / "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def values(contacts, kind):
    return [c.value for c in contacts if c.kind == kind]


def test_handbook_entry_002(shared_dir):
    draft = extract(seed(shared_dir, "002"))
    assert draft.name == "Amnesty International - Russia"
    assert values(draft.contacts, "phone") == ["095-291-29-04"]
    assert values(draft.contacts, "fax") == ["095-291-29-04"]
    address = next(c for c in draft.contacts if c.kind == "address")
    assert (address.postal_code, address.city, address.po_box) == ("121019", "Moscow", "PO Box 212")
    assert [(p.name, p.role) for p in draft.people] == [
        ("Boris Suvorov", "Contact"), ("Asya Lashizeva", "Contact")]
    spb, info = draft.offices
    assert spb.city == "St. Petersburg" and values(spb.contacts, "phone") == ["812-247-40-46"]
    assert [p.name for p in spb.people] == ["Anatoly Chezlov"]
    assert info.name == "Moscow Information Office"
    assert [(p.name, p.role) for p in info.people] == [("Eric Klazerstein", "Coordinator")]
    assert draft.withheld_emails == 2 and values(draft.all_contacts(), "email") == []
    assert draft.description.startswith("Amnesty International is a non-profit")
    assert "Sponsored by" not in draft.description
    assert draft.publications[0].title == "Amnesty International Bulletin"
    assert "Post-Soviet Handbook" in draft.source


def test_article_as_web_page_and_as_pdf_text(shared_dir):
    for prefix in ("000", "001"):
        draft = extract(seed(shared_dir, prefix))
        assert ("Sergei Nikitin", "Director of the Russian Resource Centre") in [
            (p.name, p.role) for p in draft.people]
    assert values(extract(seed(shared_dir, "001")).contacts, "website") == ["www.amnesty.org.ru"]


def test_skype_in_running_text(shared_dir):
    draft = extract(seed(shared_dir, "003"))
    skype = [c for c in draft.contacts if c.kind == "messenger"]
    assert [(c.service, c.value) for c in skype] == [("Skype", "sos-center")]


def test_russian_entry():
    draft = extract("Правозащитный центр «Мемориал»\n\n127051, г. Москва, Малый Каретный пер., 12\n"
                    "Тел.: (495) 650-78-83, 699-11-65\nФакс: (495) 699-11-65\n"
                    "E-mail: info@memo.ru\nСайт: www.memo.ru\nа/я 212\n"
                    "Директор: Олег Орлов\n")
    assert draft.name == "Правозащитный центр «Мемориал»"
    address = draft.contacts[0]
    assert (address.postal_code, address.city, address.street) == (
        "127051", "Москва", "Малый Каретный пер., 12")
    assert address.po_box == "а/я 212"
    assert values(draft.contacts, "phone") == ["(495) 650-78-83", "699-11-65"]
    assert values(draft.contacts, "fax") == ["(495) 699-11-65"]
    assert values(draft.contacts, "email") == ["info@memo.ru"]
    assert values(draft.contacts, "website") == ["www.memo.ru"]
    assert [(p.name, p.role) for p in draft.people] == [("Олег Орлов", "Директор")]


def test_bare_numbers_and_combined_tel_fax():
    assert values(contact_items("095-291-29-04"), "phone") == ["095-291-29-04"]
    both = contact_items("Tel/Fax: +7 812 247 40 46")
    assert [c.kind for c in both] == ["phone", "fax"]
    assert contact_items("Founded in 1992") is None
    assert contact_items("121019") is None  # a postal code is not a phone


def test_banner_lines_are_not_the_name():
    assert extract("INDEPENDENT NEWS\n\nAgora Human Rights Association\nTel: 843 123 45 67"
                   ).name == "Agora Human Rights Association"


@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    draft = extract(text)
    assert isinstance(draft.name, str)
