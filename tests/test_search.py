"""Full-text search: both scripts, prefixes, case, ё, and an index kept in step with writes."""

import pytest


def names(queries, q):
    return [r["name"] for r in queries.search(q)]


@pytest.mark.parametrize("query", ["memorial", "мемориал", "МЕМОРИАЛ", "Memo", "мемор"])
def test_memorial_found_in_both_scripts(sample, queries, query):
    assert "Memorial Human Rights Centre" in names(queries, query)


def test_latin_name_found_by_cyrillic_transliteration(sample, queries):
    # "Агора" typed in Cyrillic finds the Latin name "Agora"
    assert names(queries, "агора") == ["Agora Human Rights Association"]
    assert "Moscow Helsinki Group" in names(queries, "хельсинк")


def test_yo_equals_ye(sample, queries):
    assert names(queries, "Молодежное") == names(queries, "Молодёжное") == [
        "Youth Human Rights Movement"]


def test_amnesty_first_and_people_and_phones_searchable(sample, queries):
    assert names(queries, "amnesty")[0] == "Amnesty International - Russia"
    assert names(queries, "никитин") == ["Russian Resource Centre"]
    assert "Amnesty International - Russia" in names(queries, "095")


@pytest.mark.parametrize("hostile", ['"', "AND", "NEAR(", "*", "a OR", "'); DROP TABLE x;--",
                                     "\u200b", "", "   "])
def test_fts_syntax_in_queries_is_harmless(sample, queries, hostile):
    queries.search(hostile)  # must not raise


def test_index_follows_update_and_delete(entries, queries):
    org = entries.create_org(name="Agora").id
    entries.update_org(org, name="Zeta")
    assert names(queries, "agora") == []
    assert names(queries, "зета") == ["Zeta"]
    entries.delete_org(org)
    assert names(queries, "zeta") == []


def test_people_names_reindex_their_organisation(entries, queries):
    org = entries.create_org(name="Group").id
    person = entries.create_person(given_name="Anatoly", family_name="Chezlov").id
    entries.affiliate(person, org, "Contact")
    assert names(queries, "chezlov") == ["Group"]
    entries.update_person(person, family_name="Ivanov", display_name="Anatoly Ivanov")
    assert names(queries, "chezlov") == []
    assert names(queries, "иванов") == ["Group"]


def test_listing_filters_sort_and_count(sample, queries):
    from directory_app.services.queries import OrgFilter

    flt = OrgFilter(query="amnesty")
    rows = queries.list_orgs(flt, sort="name")
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert queries.count_orgs(flt) == len(rows) == 5
    desc = queries.list_orgs(OrgFilter(), sort="name", descending=True)
    assert desc[0].name == "Youth Human Rights Movement"
    moscow = [r for r in queries.region_tree() if r["name"] == "Moscow"][0]
    in_moscow = {r.name for r in queries.list_orgs(OrgFilter(region_id=moscow["id"]))}
    assert "Memorial Human Rights Centre" in in_moscow and "Agora Human Rights Association" \
        not in in_moscow
    nis = [r for r in queries.region_tree() if r["name"] == "NIS"][0]
    assert queries.count_orgs(OrgFilter(region_id=nis["id"])) == queries.count_orgs()


def test_arbitrary_search_text_never_crashes(sample, queries):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from directory_app.services.queries import OrgFilter

    @settings(max_examples=300, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=60))
    def check(query):
        rows = queries.list_orgs(OrgFilter(query=query), limit=5)
        assert queries.count_orgs(OrgFilter(query=query)) >= len(rows)
        queries.search(query)

    check()


@pytest.mark.parametrize("name", ["Мемо\u200bриал", "\u202eMemorial\u202c", "منظمة العفو الدولية",
                                  "'; DROP TABLE organisation; --", "=HYPERLINK(\"x\")"])
def test_hostile_names_are_stored_as_written_and_searchable(entries, queries, name):
    from directory_app.domain.text import query_terms

    org = entries.create_org(name=name).id
    assert queries.org_detail(org)["name"] == name
    assert [r["id"] for r in queries.search(" ".join(query_terms(name)))] == [org]
    assert queries.count_orgs() == 1


def test_zero_width_inside_a_word_does_not_split_it(entries, queries):
    entries.create_org(name="Мемо\u200bриал")
    assert names(queries, "memorial") == ["Мемо\u200bриал"]
