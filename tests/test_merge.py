"""Merging duplicates (services/merge.py) and counting what a delete takes (services/impact.py)."""

import functools

import pytest

from directory_app.domain.validation import ValidationError
from directory_app.services.history import revert
from directory_app.services.impact import deletion_impact, person_deletion_impact
from directory_app.services.merge import (
    merge_orgs,
    merge_people,
    org_merge_preview,
    person_merge_preview,
)
from directory_app.store.search import index_problems, search_org_ids
from tests.test_history import stable


@pytest.fixture(params=["set-wise", "row by row"])
def undo(request):
    """history.revert by either path; both must give the same directory."""
    return functools.partial(revert, row_by_row=request.param == "row by row")


@pytest.fixture
def duplicates(entries):
    """Two entries for the same group, as two imports would leave them."""
    with entries.transaction():
        a = entries.create_org(name="Amnesty International - Russia", founded_year=1992,
                               size="30-40 groups").id
        b = entries.create_org(name="AI Russia", description="Letter-writing campaigns",
                               founded_year=1991).id
        entries.add_contact(org_id=a, kind="phone", value="095-291-29-04")
        entries.add_contact(org_id=b, kind="phone", value="+7 495 291 29 04")  # same number
        entries.add_contact(org_id=b, kind="fax", value="095-291-29-04")
        entries.add_contact(org_id=b, kind="email", value="info@amnesty.org.ru", privacy="internal")
        boris = entries.create_person(given_name="Boris", family_name="Suvorov").id
        asya = entries.create_person(given_name="Asya", family_name="Lashizeva").id
        entries.affiliate(boris, a, "Contact")
        entries.affiliate(boris, b, "Contact")
        entries.affiliate(asya, b, "Contact")
        partner = entries.create_org(name="Memorial").id
        entries.relate(b, partner, "partner")
        entries.relate(a, b, "partner")
        entries.set_tags(b, ["death penalty"])
        entries.set_other_names(b, ["AI"])
        entries.create_org(name="St. Petersburg group", parent_id=b)
    return a, b, partner


def test_preview_lists_differences_and_what_moves(directory, duplicates):
    a, b, _ = duplicates
    preview = org_merge_preview(directory, a, b)
    assert {"name", "founded_year", "size", "description"} <= set(preview.differing)
    assert preview.moves["contact points"] == 2 and preview.duplicates["contact points"] == 1
    assert preview.moves["offices"] == 1 and preview.moves["focus areas"] == 1


def test_merge_moves_everything_and_revert_restores_both(directory, entries, queries, duplicates,
                                                        undo):
    a, b, partner = duplicates
    before = (stable(queries.org_detail(a)), stable(queries.org_detail(b)))
    batch = merge_orgs(entries, a, b, use_other=["description"])

    kept = queries.org_detail(a)
    assert queries.org_detail(b) is None
    assert kept["description"] == "Letter-writing campaigns" and kept["founded_year"] == 1992
    kinds = sorted(c["kind"] for c in kept["contacts"])
    assert kinds == ["email", "fax", "phone"]  # the same phone written twice is kept once
    assert sorted(p["display_name"] for p in kept["people"]) == ["Asya Lashizeva", "Boris Suvorov"]
    assert [r["other_id"] for r in kept["relations"]] == [partner]  # a→b became a→a: dropped
    assert kept["tags"] == ["death penalty"]
    assert {n["name"] for n in kept["other_names"]} == {"AI", "AI Russia"}
    assert [o["name"] for o in kept["offices"]] == ["St. Petersburg group"]
    with directory.begin() as conn:
        assert index_problems(conn) == []
        assert a in search_org_ids(conn, "lashizeva")

    undo(entries, batch)
    assert (stable(queries.org_detail(a)), stable(queries.org_detail(b))) == before
    with directory.begin() as conn:
        assert index_problems(conn) == []


def test_merge_people_moves_contacts_and_roles(entries, queries, directory, undo):
    org = entries.create_org(name="Memorial").id
    keep = entries.create_person(given_name="Sergei", family_name="Nikitin").id
    other = entries.create_person(display_name="S. Nikitin", notes="Director").id
    entries.affiliate(other, org, "Director")
    entries.add_contact(person_id=other, kind="email", value="nikitin@example.org")
    assert person_merge_preview(directory, keep, other).moves == {"contact points": 1, "roles": 1}
    batch = merge_people(entries, keep, other, use_other=["notes"])
    person = queries.person_detail(keep)
    assert person["notes"] == "Director" and person["display_name"] == "Sergei Nikitin"
    assert [a["role"] for a in person["affiliations"]] == ["Director"]
    assert queries.person_detail(other) is None
    undo(entries, batch)
    assert queries.person_detail(other)["affiliations"][0]["org_id"] == org


def test_merge_refuses_self_and_unknown_fields(entries, duplicates):
    a, b, _ = duplicates
    with pytest.raises(ValidationError):
        merge_orgs(entries, a, a)
    with pytest.raises(ValidationError):
        merge_orgs(entries, a, b, use_other=["uid"])


def test_deletion_impact_counts_offices_and_their_rows(directory, duplicates):
    a, b, _ = duplicates
    impact = deletion_impact(directory, b)
    assert impact.offices == ["St. Petersburg group"]
    assert (impact.contact_points, impact.affiliations, impact.relations) == (3, 2, 2)
    assert impact.people_left_without_organisation == 1  # Asya; Boris stays with a
    assert "2 people's role(s)" in impact.lines()
    assert deletion_impact(directory, 9999) is None
    assert person_deletion_impact(directory, 1).affiliations == 2


def test_delete_takes_offices_of_offices_and_revert_restores_the_tree(entries, queries,
                                                                      directory, undo):
    head = entries.create_org(name="Head").id
    office = entries.create_org(name="Office", parent_id=head).id
    sub = entries.create_org(name="Sub-office", parent_id=office).id
    assert deletion_impact(directory, head).offices == ["Office", "Sub-office"]
    batch = entries.delete_org(head).batch
    assert queries.org_detail(sub) is None  # not left behind with its parent cleared
    undo(entries, batch)
    assert queries.org_detail(sub)["parent"]["id"] == office


def test_merge_with_own_sub_office_makes_no_loop(entries, queries, undo):
    head = entries.create_org(name="Memorial").id
    office = entries.create_org(name="Memorial Perm", parent_id=head).id
    sub = entries.create_org(name="Memorial (Perm group)", parent_id=office).id
    batch = merge_orgs(entries, sub, head)
    kept = queries.org_detail(sub)
    assert kept["parent"] is None and [o["id"] for o in kept["offices"]] == [office]
    assert queries.org_detail(office)["parent"]["id"] == sub
    undo(entries, batch)
    assert queries.org_detail(sub)["parent"]["id"] == office


def test_merge_backs_up_the_file_first(entries, directory):
    from directory_app.services.merge import merge_orgs
    from directory_app.store.backup import list_backups

    keep = entries.create_org(name="Memorial").id
    other = entries.create_org(name="Memorial HRC").id
    merge_orgs(entries, keep, other)
    backups = list_backups(directory.path)
    assert [b.reason for b in backups] == ["before-merge"] and backups[0].organisations == 2
