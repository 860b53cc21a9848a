"""Property: any sequence of edits, each its own batch, reverted newest first, leaves the
directory exactly as it was, and reverting those reverts brings every edit back — by either
revert path, with the search index in step."""

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory_app.domain.validation import ValidationError
from directory_app.services.entries import Entries
from directory_app.services.history import batch_changes, revert
from directory_app.services.merge import merge_orgs, merge_people
from directory_app.services.queries import Queries
from directory_app.store.database import open_directory
from directory_app.store.search import index_problems
from tests.test_history import stable

OPS = st.lists(st.tuples(st.sampled_from(["create", "rename", "phone", "drop_contact", "delete",
                                           "relate", "tags", "merge", "person",
                                           "drop_person", "merge_people", "role"]),
                         st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=8)


def snapshot_all(directory):
    queries = Queries(directory)
    orgs = {i: stable(queries.org_detail(i)) for i, _n in queries.org_names()}
    return orgs, queries.stats()


def same(state, other) -> bool:
    """Equal entries and counts; the change log grows and unused tags stay, by design."""
    def counts(stats):
        return {k: v for k, v in stats.items() if k not in ("changelog", "tag")}
    return state[0] == other[0] and counts(state[1]) == counts(other[1])


def apply(entries, queries, op, a, b):
    ids = [i for i, _n in queries.org_names()]
    pick = ids[a % len(ids)] if ids else None
    other = ids[b % len(ids)] if ids else None
    if op == "create" or pick is None:
        return entries.create_org(name=f"Org {a}-{b}", parent_id=pick if b % 3 == 0 else None
                                  ).batch
    if op == "rename":
        return entries.update_org(pick, name=f"Renamed {b}", size=str(a)).batch
    if op == "phone":
        return entries.add_contact(org_id=pick, kind="phone", value=f"495 {a:03d} {b:04d}").batch
    if op == "drop_contact":
        contacts = queries.org_detail(pick)["contacts"]
        return entries.delete_contact(contacts[b % len(contacts)]["id"]).batch if contacts else None
    if op == "delete":
        return entries.delete_org(pick).batch
    if op == "relate":
        return entries.relate(pick, other, "partner").batch if pick != other else None
    if op == "tags":
        return entries.set_tags(pick, [f"tag {a % 3}", f"tag {b % 4}"]).batch
    with entries.directory.begin() as conn:
        people = [r[0] for r in conn.exec_driver_sql("SELECT id FROM person ORDER BY id")]
    if op == "drop_person":
        return entries.delete_person(people[a % len(people)]).batch if people else None
    if op == "merge_people":
        keep, gone = (people[a % len(people)], people[b % len(people)]) if people else (0, 0)
        return merge_people(entries, keep, gone, ["notes"]) if keep != gone else None
    if op == "role":
        return entries.affiliate(people[a % len(people)], other, f"Role {b}").batch \
            if people else None
    if op == "person":
        with entries.transaction() as batch:
            person = entries.create_person(display_name=f"Person {a}").id
            entries.affiliate(person, pick, "Coordinator")
        return batch
    return merge_orgs(entries, pick, other, ["name"]) if pick != other else None


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS, row_by_row=st.booleans())
def test_reverting_every_batch_newest_first_restores_the_start(tmp_path_factory, ops,
                                                               row_by_row):
    directory = open_directory(tmp_path_factory.mktemp("prop") / "d.sqlite")
    try:
        entries, queries = Entries(directory), Queries(directory)
        with entries.transaction():
            first = entries.create_org(name="Memorial", size="large").id
            entries.add_contact(org_id=first, kind="email", value="info@memo.ru")
            entries.create_org(name="Agora", parent_id=first)
        start = snapshot_all(directory)
        batches = []
        for op, a, b in ops:
            try:
                batch = apply(entries, queries, op, a, b)
            except ValidationError:
                continue
            if batch and batch_changes(directory, batch):  # an edit that changed nothing
                batches.append(batch)
        end = snapshot_all(directory)
        undo = functools.partial(revert, entries, row_by_row=row_by_row)
        undone = [undo(batch) for batch in reversed(batches)]
        assert same(snapshot_all(directory), start)
        for batch in reversed(undone):  # redo, oldest first
            undo(batch)
        assert same(snapshot_all(directory), end)
        with directory.begin() as conn:
            assert index_problems(conn) == []
    finally:
        directory.close()
