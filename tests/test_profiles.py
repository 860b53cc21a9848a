"""Publication profiles decide what leaves the machine."""

from directory_app.exchange.audit import list_exports, record_export
from directory_app.exchange.profiles import INTERNAL_FULL, PARTNERS, PUBLIC_HANDBOOK, apply_profile
from directory_app.exchange.scope import Scope


def test_public_profile_drops_internal_and_confidential(entries, queries):
    org = entries.create_org(name="Group").id
    entries.add_contact(org_id=org, kind="phone", value="812-247-40-46")
    entries.add_contact(org_id=org, kind="phone", value="812-000-00-01", privacy="internal")
    entries.add_contact(org_id=org, kind="email", value="x@y.org", privacy="confidential")
    shown = entries.create_person(display_name="Public Person", privacy="public").id
    hidden = entries.create_person(display_name="Internal Person").id  # internal by default
    for person in (shown, hidden):
        entries.affiliate(person, org, "Contact")
    detail = queries.org_detail(org)
    public = apply_profile(detail, PUBLIC_HANDBOOK)
    assert [c["value"] for c in public["contacts"]] == ["812-247-40-46"]
    assert [p["display_name"] for p in public["people"]] == ["Public Person"]
    partners = apply_profile(detail, PARTNERS)
    assert len(partners["contacts"]) == 2 and len(partners["people"]) == 2
    assert len(apply_profile(detail, INTERNAL_FULL)["contacts"]) == 3


def test_refused_consent_replaced_by_role_and_home_address_withheld(entries, queries):
    org = entries.create_org(name="St. Petersburg group").id
    person = entries.create_person(display_name="Anatoly Chezlov", privacy="public",
                                   consent="refused").id
    entries.add_contact(person_id=person, kind="phone", value="812-247-40-46")
    entries.affiliate(person, org, "Coordinator")
    other = entries.create_person(display_name="Open Person", privacy="public").id
    entries.add_contact(person_id=other, kind="address", street="Home st. 1", city="Moscow")
    entries.affiliate(other, org, "Contact")
    people = apply_profile(queries.org_detail(org), PUBLIC_HANDBOOK)["people"]
    assert people[0]["display_name"] == "Coordinator, St. Petersburg group"
    assert people[0]["contacts"] == [] and "Chezlov" not in str(people[0])
    assert people[1]["contacts"] == []
    full = apply_profile(queries.org_detail(org), INTERNAL_FULL)["people"]
    assert full[1]["contacts"][0]["street"] == "Home st. 1"


def test_scope_and_audit(sample, directory, queries):
    moscow = Scope(region="NIS > Russia > West of the Urals > Moscow").org_ids(directory)
    names = [queries.org_detail(i)["name"] for i in moscow]
    assert "Memorial Human Rights Centre" in names and names == sorted(names, key=str.casefold)
    assert len(Scope(query="amnesty").org_ids(directory)) == 5
    assert Scope(ids=()).org_ids(directory) == []
    record_export(directory, format="csv", target="x.csv", profile=PUBLIC_HANDBOOK,
                  scope=Scope(region="Moscow"), count=len(moscow))
    assert list_exports(directory)[0]["scope"] == "region Moscow"


def test_user_profiles_saved_loaded_and_listed(capsys, tmp_path):
    import pytest

    from directory_app.app import main
    from directory_app.domain.enums import Privacy
    from directory_app.exchange.errors import ExchangeError
    from directory_app.exchange.profiles import Profile, get_profile, save_profile

    save_profile(Profile("board", "Board pack", Privacy.INTERNAL))
    assert get_profile("board pack").ceiling == Privacy.INTERNAL
    assert get_profile("public").name == "Public handbook"
    with pytest.raises(ExchangeError, match="choose one of"):
        get_profile("everything")
    with pytest.raises(ExchangeError, match="built-in"):
        save_profile(Profile("public", "Mine", Privacy.CONFIDENTIAL))
    assert main(["--db", str(tmp_path / "d.sqlite"), "profiles"]) == 0
    assert "Board pack" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "d.sqlite"), "exports"]) == 0
    assert "Nothing has been exported" in capsys.readouterr().out
