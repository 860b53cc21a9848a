"""Read-only listings the window pages through: people, region counts."""

from sqlalchemy import text

from directory_app.domain.enums import Privacy
from directory_app.services.queries import OrgFilter, PersonFilter, Queries
from directory_app.store import search


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


def test_is_empty_until_an_organisation_or_a_person_is_there(directory, entries, queries):
    assert queries.is_empty()
    person = entries.create_person(display_name="Olga Alone").id
    assert not queries.is_empty()
    entries.delete_person(person)
    assert queries.is_empty()
    entries.create_org(name="Alone")
    assert not queries.is_empty()


def test_region_counts_stop_when_cancelled_and_the_connection_reads_on(directory, sample,
                                                                       queries):
    import pytest
    from sqlalchemy.exc import OperationalError

    from tests.generate import generate_directory

    tree = {r["name"]: r["id"] for r in queries.region_tree()}
    # enough listings for SQLite to ask whether to stop while it counts
    generate_directory(directory, 3000, region_id=tree["Moscow"])
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return True

    with pytest.raises(OperationalError, match="interrupted"):
        queries.region_counts(cancelled)
    assert asked                    # SQLite asked while it counted, and stopped
    # the handler is gone with the block: the same pooled connection counts in full again
    counts = queries.region_counts()
    assert counts == queries.region_counts(lambda: False)
    assert counts[tree["NIS"]] == queries.count_orgs(OrgFilter(region_id=tree["NIS"])) > 750


def test_navigator_counts_stop_between_steps_when_cancelled(sample, queries):
    from directory_app.ui.navigator import count_everything

    full = count_everything(queries)
    assert full["all"] == queries.count_orgs() and any(k.startswith("region:") for k in full)
    assert count_everything(queries, lambda: True) is None
    calls = iter([False, False, True])
    assert count_everything(queries, lambda: next(calls, True)) is None
    assert count_everything(queries, lambda: False) == full


def test_sorted_search_pages_agree_whichever_plan_is_used(directory, queries, monkeypatch):
    """A search alone reads pages from the index in name order; with another filter, many hits
    walk the name index and few sort the hits. Each gives the true order, both directions."""
    from directory_app.services import queries as queries_module
    from tests.generate import generate_directory

    monkeypatch.setattr(queries_module, "_DENSE_MATCHES", 1000)
    generate_directory(directory, 1200)
    for query, many in (("office", True), ("мемориал", False)):
        expr = search.match_expression(query)
        for flt, extra in ((OrgFilter(query=query), ""),
                           (OrgFilter(query=query, top_level_only=True),
                            " AND parent_id IS NULL")):
            with directory.begin() as conn:
                expected = [r[0] for r in conn.execute(text(
                    "SELECT id FROM organisation WHERE id IN (SELECT r.org_id FROM org_fts f "
                    "JOIN org_rank r ON r.rank = f.rowid WHERE org_fts MATCH :q)"
                    f"{extra} ORDER BY sort_name, id"), {"q": expr})]
                assert Queries._many_matches(conn, flt) is many
            assert len(expected) > 5
            assert queries.count_orgs(flt) == len(expected)
            pages = [r.id for off in range(0, len(expected), 500)
                     for r in queries.list_orgs(flt, limit=500, offset=off)]
            assert pages == expected
            desc = [r.id for r in queries.list_orgs(flt, descending=True, limit=50)]
            assert desc == expected[::-1][:50]
            later = [r.id for r in queries.list_orgs(flt, descending=True, limit=7, offset=3)]
            assert later == expected[::-1][3:10]
            hinted = queries.list_orgs(flt, limit=50, matches=len(expected))
            assert [r.id for r in hinted] == expected[:50]
