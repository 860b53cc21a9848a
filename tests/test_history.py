"""History of entries and reverting whole change-log batches (services/history.py)."""

import pytest

from directory_app.services.history import (
    RevertConflict,
    batch_changes,
    org_history,
    person_history,
    recent_batches,
    revert,
)
from directory_app.store.search import index_problems, search_org_ids


def stable(detail):
    """An org_detail without the timestamps that every write refreshes."""
    if isinstance(detail, dict):
        return {k: stable(v) for k, v in detail.items() if k != "updated_at"}
    if isinstance(detail, list):
        return [stable(v) for v in detail]
    return detail


def assert_index_ok(directory):
    with directory.begin() as conn:
        assert index_problems(conn) == []


def test_revert_update_restores_old_value_and_redo_reapplies(sample, entries, queries):
    org = sample["ai-russia"]
    before = stable(queries.org_detail(org))
    batch = entries.update_org(org, name="Amnesty Russia", founded_year=1991).batch
    assert queries.org_detail(org)["name"] == "Amnesty Russia"

    undo = revert(entries, batch)
    assert stable(queries.org_detail(org)) == before

    redo = revert(entries, undo)
    after_redo = queries.org_detail(org)
    assert after_redo["name"] == "Amnesty Russia" and after_redo["founded_year"] == 1991
    revert(entries, redo)
    assert stable(queries.org_detail(org)) == before


def test_revert_delete_brings_everything_back_with_ids(sample, entries, queries, directory):
    org = sample["ai-russia"]
    before = stable(queries.org_detail(org))
    assert before["offices"] and before["people"] and before["relations"] or before["tags"]
    batch = entries.delete_org(org).batch
    assert queries.org_detail(org) is None

    revert(entries, batch)
    assert stable(queries.org_detail(org)) == before
    assert_index_ok(directory)
    with directory.begin() as conn:
        assert org in search_org_ids(conn, "amnesty")


def test_revert_create_removes_rows_and_index(entries, queries, directory):
    with entries.transaction() as batch:
        org = entries.create_org(name="Rapid Reaction Centre").id
        entries.add_contact(org_id=org, kind="messenger", service="Skype", value="sos-center")
        entries.set_tags(org, ["human rights defenders"])
    revert(entries, batch)
    assert queries.org_detail(org) is None
    assert_index_ok(directory)
    with directory.begin() as conn:
        assert search_org_ids(conn, "rapid") == []


def test_revert_refuses_when_field_changed_again(sample, entries, queries):
    org = sample["memorial"]
    first = entries.update_org(org, size="large").batch
    entries.update_org(org, size="very large")
    with pytest.raises(RevertConflict, match="size was changed again"):
        revert(entries, first)
    assert queries.org_detail(org)["size"] == "very large"  # nothing written


def test_revert_create_refuses_when_something_was_added_since(entries):
    created = entries.create_org(name="New group")
    entries.add_contact(org_id=created.id, kind="phone", value="812-247-40-46")
    with pytest.raises(RevertConflict, match="contact point"):
        revert(entries, created.batch)


def test_revert_of_unknown_batch_is_refused(entries):
    with pytest.raises(RevertConflict, match="no change batch"):
        revert(entries, "nope")


def test_history_of_org_lists_contact_changes_and_reverts(sample, entries, directory, queries):
    org = sample["ai-russia"]
    phone = next(c for c in queries.org_detail(org)["contacts"] if c["kind"] == "phone")
    batch = entries.update_contact(phone["id"], value="495-291-29-04").batch
    history = org_history(directory, org)
    assert history[0].batch == batch
    change = history[0].changes[0]
    assert change.field == "value" and change.old == phone["value"]
    assert "495-291-29-04" in history[0].describe()

    undo = revert(entries, batch)
    history = org_history(directory, org)
    assert history[0].batch == undo and history[0].reverts == batch
    assert history[1].reverted_by == undo
    assert [b.batch for b in recent_batches(directory, 2)] == [undo, batch]
    assert batch_changes(directory, undo)[0].new == phone["value"]


def test_person_history_includes_roles(sample, entries, queries, directory):
    person = queries.org_detail(sample["ai-russia"])["people"][0]
    batch = entries.update_affiliation(person["affiliation_id"], role="Press contact").batch
    assert person_history(directory, person["person_id"])[0].batch == batch
