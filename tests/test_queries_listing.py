"""Read-only listings the window pages through: people, region counts."""

from directory_app.domain.enums import Privacy
from directory_app.services.queries import OrgFilter, PersonFilter, Queries


def test_people_listed_by_name_with_primary_organisation(sample, queries):
    rows = queries.list_people(limit=500)
    assert len(rows) == queries.count_people() == 11
    names = [r.name for r in rows]
    assert names == sorted(names, key=lambda n: n.split()[-1])  # family name first
    eric = next(r for r in rows if r.name == "Eric Klazerstein")
    assert eric.organisation == "Amnesty International - Moscow Information Office"
    assert eric.role == "Coordinator"


def test_people_search_both_scripts_and_paging(sample, queries):
    assert [r.name for r in queries.list_people(PersonFilter(query="никитин"))] == [
        "Sergei Nikitin"]
    assert queries.count_people(PersonFilter(query="nikit")) == 1
    first = queries.list_people(limit=5)
    second = queries.list_people(limit=5, offset=5)
    assert not {r.id for r in first} & {r.id for r in second}
    desc = queries.list_people(sort="name", descending=True, limit=500)
    assert [r.name for r in desc] == [r.name for r in queries.list_people(limit=500)][::-1]


def test_people_of_one_organisation(sample, queries):
    rows = queries.list_people(PersonFilter(org_id=sample["rapid-reaction"]))
    assert {r.role for r in rows} == {"Public Council member"}
    assert len(rows) == 4


def test_people_privacy_ceiling_and_contacts(entries, directory):
    pid = entries.create_person(display_name="Olga Open", privacy="public").id
    entries.add_contact(person_id=pid, kind="email", value="olga@example.org")
    entries.add_contact(person_id=pid, kind="phone", value="+7 495 123-45-67",
                        privacy="confidential")
    entries.create_person(display_name="Ivan Secret", privacy="confidential")
    public = Queries(directory, ceiling=Privacy.PUBLIC)
    full = Queries(directory, ceiling=Privacy.CONFIDENTIAL)
    assert [r.name for r in public.list_people()] == ["Olga Open"]
    assert public.list_people()[0].phone == ""
    assert public.list_people()[0].email == "olga@example.org"
    assert full.count_people() == 2
    olga = next(r for r in full.list_people() if r.name == "Olga Open")
    assert olga.phone == "+7 495 123-45-67"


def test_region_counts_include_subregions_once(sample, queries):
    tree = {r["name"]: r["id"] for r in queries.region_tree()}
    counts = queries.region_counts()
    for name in ("NIS", "Russia", "Moscow"):
        expected = queries.count_orgs(OrgFilter(region_id=tree[name]))
        assert counts.get(tree[name], 0) == expected
    assert counts[tree["NIS"]] == queries.count_orgs()
    assert counts[tree["Moscow"]] < counts[tree["Russia"]]
