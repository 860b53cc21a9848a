"""History of entries and reverting whole change-log batches (services/history.py)."""

import functools

import pytest

from directory_app.services.history import (
    RevertCancelled,
    RevertConflict,
    batch_changes,
    org_history,
    person_history,
    recent_batches,
    revert,
)
from directory_app.store.search import index_problems, search_org_ids


@pytest.fixture(params=["set-wise", "row by row"])
def undo(request):
    """history.revert by either path; both must give the same directory."""
    return functools.partial(revert, row_by_row=request.param == "row by row")


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


def test_revert_update_restores_old_value_and_redo_reapplies(sample, entries, queries, undo):
    org = sample["ai-russia"]
    before = stable(queries.org_detail(org))
    batch = entries.update_org(org, name="Amnesty Russia", founded_year=1991).batch
    assert queries.org_detail(org)["name"] == "Amnesty Russia"

    undone = undo(entries, batch)
    assert stable(queries.org_detail(org)) == before

    redo = undo(entries, undone)
    after_redo = queries.org_detail(org)
    assert after_redo["name"] == "Amnesty Russia" and after_redo["founded_year"] == 1991
    undo(entries, redo)
    assert stable(queries.org_detail(org)) == before


def test_revert_delete_brings_everything_back_with_ids(sample, entries, queries, directory,
                                                       undo):
    org = sample["ai-russia"]
    before = stable(queries.org_detail(org))
    assert before["offices"] and before["people"] and before["relations"] or before["tags"]
    batch = entries.delete_org(org).batch
    assert queries.org_detail(org) is None

    undo(entries, batch)
    assert stable(queries.org_detail(org)) == before
    assert_index_ok(directory)
    with directory.begin() as conn:
        assert org in search_org_ids(conn, "amnesty")


def test_revert_create_removes_rows_and_index(entries, queries, directory, undo):
    with entries.transaction() as batch:
        org = entries.create_org(name="Rapid Reaction Centre").id
        entries.add_contact(org_id=org, kind="messenger", service="Skype", value="sos-center")
        entries.set_tags(org, ["human rights defenders"])
    undo(entries, batch)
    assert queries.org_detail(org) is None
    assert_index_ok(directory)
    with directory.begin() as conn:
        assert search_org_ids(conn, "rapid") == []


def test_revert_removes_a_tag_the_batch_created(sample, entries, queries, directory, undo):
    org = sample["ai-russia"]
    tags_before = queries.tags()
    batch = entries.set_tags(org, ["brand new topic"]).batch
    with directory.begin() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM tag")}
    assert "brand new topic" in names
    undo(entries, batch)
    with directory.begin() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM tag")}
    assert "brand new topic" not in names
    assert queries.tags() == tags_before


def test_revert_refuses_when_field_changed_again(sample, entries, queries, undo):
    org = sample["memorial"]
    first = entries.update_org(org, size="large").batch
    entries.update_org(org, size="very large")
    with pytest.raises(RevertConflict, match="size was changed again"):
        undo(entries, first)
    assert queries.org_detail(org)["size"] == "very large"  # nothing written


def test_revert_create_refuses_when_something_was_added_since(entries, undo):
    created = entries.create_org(name="New group")
    entries.add_contact(org_id=created.id, kind="phone", value="812-247-40-46")
    with pytest.raises(RevertConflict, match="contact point"):
        undo(entries, created.batch)


def test_revert_of_unknown_batch_is_refused(entries, undo):
    with pytest.raises(RevertConflict, match="no change batch"):
        undo(entries, "nope")


def test_history_of_org_lists_contact_changes_and_reverts(sample, entries, directory, queries,
                                                          undo):
    org = sample["ai-russia"]
    phone = next(c for c in queries.org_detail(org)["contacts"] if c["kind"] == "phone")
    batch = entries.update_contact(phone["id"], value="495-291-29-04").batch
    history = org_history(directory, org)
    assert history[0].batch == batch
    change = history[0].changes[0]
    assert change.field == "value" and change.old == phone["value"]
    assert "495-291-29-04" in history[0].describe()

    undone = undo(entries, batch)
    history = org_history(directory, org)
    assert history[0].batch == undone and history[0].reverts == batch
    assert history[1].reverted_by == undone
    assert [b.batch for b in recent_batches(directory, 2)] == [undone, batch]
    assert batch_changes(directory, undone)[0].new == phone["value"]


def test_person_history_includes_roles(sample, entries, queries, directory):
    person = queries.org_detail(sample["ai-russia"])["people"][0]
    batch = entries.update_affiliation(person["affiliation_id"], role="Press contact").batch
    assert person_history(directory, person["person_id"])[0].batch == batch


def test_batch_that_creates_edits_and_deletes_rows_reverts_whole(sample, entries, queries,
                                                                  directory, undo):
    org = sample["memorial"]
    before = stable(queries.org_detail(org))
    with entries.transaction() as batch:
        office = entries.create_org(name="Perm office", parent_id=org).id
        phone = entries.add_contact(org_id=office, kind="phone", value="342 212 00 00").id
        entries.update_contact(phone, value="342 212 00 01")
        entries.update_org(office, name="Perm branch")
        entries.update_org(org, size="big")
        entries.update_org(org, size="bigger")
        for contact in queries.org_detail(org)["contacts"][:1]:
            entries.delete_contact(contact["id"])
        entries.set_tags(org, ["archives"])
    undo(entries, batch)
    assert stable(queries.org_detail(org)) == before
    assert queries.org_detail(office) is None
    assert_index_ok(directory)


def test_id_reused_within_a_batch_still_reverts(entries, queries, undo):
    keep = entries.create_org(name="Keeps its id").id
    with entries.transaction() as batch:
        gone = entries.create_org(name="Short-lived").id
        entries.delete_org(gone)
        again = entries.create_org(name="Takes the same id").id
    assert again == gone  # SQLite hands out the freed id again
    undo(entries, batch)
    assert queries.org_detail(again) is None and queries.org_detail(keep)["name"] == "Keeps its id"


def test_long_revert_reports_progress_and_can_be_cancelled(sample, entries, queries, undo):
    batch = entries.delete_org(sample["ai-russia"]).batch
    with pytest.raises(RevertCancelled):
        undo(entries, batch, cancelled=lambda: True)
    assert queries.org_detail(sample["ai-russia"]) is None  # nothing written
    steps = []
    undo(entries, batch, progress=lambda done, total: steps.append((done, total)))
    assert steps and steps[-1][0] == steps[-1][1]
    assert queries.org_detail(sample["ai-russia"]) is not None
