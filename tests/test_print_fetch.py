"""The draft's batch loader returns exactly what `Queries.org_detail` returns."""

from __future__ import annotations

import pytest

from directory_app.domain.enums import Privacy
from directory_app.exchange.printing import fetch
from directory_app.services.queries import Queries


def _normalised(detail):
    detail = dict(detail)
    detail["regions"] = sorted(detail["regions"], key=lambda r: r["id"])
    detail["offices"] = [_normalised(o) for o in detail["offices"]]
    return detail


@pytest.mark.parametrize("ceiling", list(Privacy))
def test_batch_details_equal_org_detail(sample, directory, entries, monkeypatch, ceiling):
    org = sample["memorial"]
    entries.add_contact(org_id=org, kind="email", value="x@memo.ru", privacy="confidential")
    entries.add_contact(org_id=org, kind="phone", value="+7 495 000-00-01", privacy="internal")
    person = entries.create_person(display_name="Inner Circle", privacy="internal").id
    entries.add_contact(person_id=person, kind="phone", value="+7 495 000-00-02")
    entries.affiliate(person, org, "Treasurer")
    entries.relate(org, sample["mhg"], "partner")
    monkeypatch.setattr(fetch, "BATCH", 4)   # several batches, offices across batches
    queries = Queries(directory, ceiling=ceiling)
    ids = [row[0] for row in queries.org_names()]
    got = list(fetch.org_details(directory, ids, ceiling))
    assert [d["id"] for d in got] == ids
    for detail in got:
        assert _normalised(detail) == _normalised(queries.org_detail(detail["id"]))
