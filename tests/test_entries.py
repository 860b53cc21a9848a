"""The service layer: model, validation, change log, offices and links."""

import json

import pytest
from sqlalchemy import text

from directory_app.domain.validation import ValidationError


def changelog(directory, **where):
    clause = " AND ".join(f"{k} = :{k}" for k in where) or "1=1"
    with directory.begin() as conn:
        return [dict(r) for r in conn.execute(
            text(f"SELECT * FROM changelog WHERE {clause} ORDER BY id"), where).mappings()]


def test_create_org_with_everything_a_handbook_entry_has(entries, queries):
    org = entries.create_org(name="Amnesty International - Russia", kind="ngo",
                             size="5-15 members", meeting_rhythm="monthly", founded_year=1992,
                             description="d", history="h", activities="a", mission="m",
                             source="CCSI", source_date="1996-03-01").id
    entries.set_other_names(org, ["AI", {"name": "Международная амнистия", "language": "ru"}])
    entries.set_publications(org, [{"title": "Bulletin", "frequency": "Monthly"}])
    entries.set_regions(org, [entries.ensure_region_path(["NIS", "Russia", "Moscow"])])
    entries.set_tags(org, ["death penalty"])
    entries.add_contact(org_id=org, kind="address", postal_code="121019", city="Moscow",
                        po_box="PO Box 212")
    phone = entries.add_contact(org_id=org, kind="phone", value="095-291-29-04")
    assert phone.warnings == []
    office = entries.create_org(name="St. Petersburg group", kind="local_group", parent_id=org).id
    person = entries.create_person(given_name="Anatoly", family_name="Chezlov").id
    entries.affiliate(person, office, "Contact")

    detail = queries.org_detail(org)
    assert detail["founded_year"] == 1992
    assert [n["name"] for n in detail["other_names"]] == ["AI", "Международная амнистия"]
    assert detail["publications"][0]["frequency"] == "Monthly"
    assert detail["regions"][0]["path"] == ["NIS", "Russia", "Moscow"]
    assert detail["tags"] == ["death penalty"]
    phones = [c for c in detail["contacts"] if c["kind"] == "phone"]
    assert phones[0]["value"] == "095-291-29-04" and phones[0]["e164"] == "+74952912904"
    assert detail["offices"][0]["people"][0]["display_name"] == "Anatoly Chezlov"


def test_name_is_required(entries):
    with pytest.raises(ValidationError) as err:
        entries.create_org(name="   ")
    assert err.value.field == "name"


@pytest.mark.parametrize(("values", "field"), [
    ({"kind": "email", "value": "not-an-address"}, "value"),
    ({"kind": "website", "value": "two words"}, "value"),
    ({"kind": "phone", "value": ""}, "value"),
    ({"kind": "pager", "value": "1"}, "kind"),
    ({"kind": "phone", "value": "1234567", "privacy": "secret"}, "privacy"),
])
def test_invalid_contact_raises_typed_error_and_writes_nothing(entries, directory, values, field):
    org = entries.create_org(name="X").id
    before = changelog(directory)
    with pytest.raises(ValidationError) as err:
        entries.add_contact(org_id=org, **values)
    assert err.value.field == field
    assert changelog(directory) == before


def test_unknown_org_field_and_bad_year_are_refused(entries):
    with pytest.raises(ValidationError, match="not a field"):
        entries.create_org(name="X", colour="red")
    with pytest.raises(ValidationError) as err:
        entries.create_org(name="X", founded_year="long ago")
    assert err.value.field == "founded_year"


def test_unparseable_phone_is_kept_with_warning(entries, queries):
    org = entries.create_org(name="X").id
    result = entries.add_contact(org_id=org, kind="phone", value="ask at the desk, room 12345")
    assert result.warnings
    contact = queries.org_detail(org)["contacts"][0]
    assert contact["value"] == "ask at the desk, room 12345" and contact["e164"] == ""


def test_change_log_records_every_field_change(entries, directory):
    org = entries.create_org(name="Old name").id
    batch = entries.update_org(org, name="New name", size="10").batch
    rows = changelog(directory, batch=batch)
    assert {(r["field"], r["old_value"], r["new_value"]) for r in rows} >= {
        ("name", "Old name", "New name"), ("size", "", "10")}
    assert all(r["entity"] == "organisation" and r["entity_id"] == org for r in rows)
    created = changelog(directory, op="create", entity="organisation")
    assert json.loads(created[0]["new_value"])["name"] == "Old name"


def test_update_with_same_values_logs_nothing(entries, directory):
    org = entries.create_org(name="Same").id
    batch = entries.update_org(org, name="Same").batch
    assert changelog(directory, batch=batch) == []


def test_delete_org_takes_offices_contacts_and_links(entries, queries, directory):
    org = entries.create_org(name="Head").id
    office = entries.create_org(name="Branch", parent_id=org).id
    other = entries.create_org(name="Partner").id
    entries.add_contact(org_id=office, kind="phone", value="812-247-40-46")
    entries.relate(org, other, "partner")
    batch = entries.delete_org(org).batch
    assert queries.org_detail(org) is None
    assert queries.org_detail(office) is None
    assert queries.org_detail(other)["relations"] == []
    deleted = {(r["entity"], r["op"]) for r in changelog(directory, batch=batch)}
    assert ("contactpoint", "delete") in deleted and ("relation", "delete") in deleted


def test_failed_transaction_leaves_nothing(entries, queries):
    with pytest.raises(ValidationError), entries.transaction():
        entries.create_org(name="Half-made")
        entries.create_org(name="")
    assert queries.count_orgs() == 0
    assert queries.search("half") == []


def test_relations_read_from_both_sides(entries, sample, queries):
    rrc = queries.org_detail(sample["rapid-reaction"])
    founders = {r["other_name"] for r in rrc["relations"] if r["kind"] == "founding_member"}
    assert founders == {"Moscow Helsinki Group", "Youth Human Rights Movement"}
    mhg = queries.org_detail(sample["mhg"])
    assert mhg["relations"][0]["direction"] == "outgoing"
    assert mhg["relations"][0]["other_name"].startswith("Rapid Reaction Centre")


def test_self_relation_and_missing_target_refused(entries):
    org = entries.create_org(name="A").id
    with pytest.raises(ValidationError):
        entries.relate(org, org)
    with pytest.raises(ValidationError) as err:
        entries.relate(org, 999)
    assert err.value.field == "to_org_id"


def test_read_only_directory_refuses_writes(tmp_path, sample, directory):
    from directory_app.services.entries import Entries
    from directory_app.store.database import open_directory

    ro = open_directory(directory.path, read_only=True)
    try:
        with pytest.raises(ValidationError, match="read-only"):
            Entries(ro).create_org(name="X")
    finally:
        ro.close()
