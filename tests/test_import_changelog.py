"""The bulk writer's change-log snapshots (made by SQLite) are `changelog.snapshot`'s content."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from directory_app.exchange.bulk import BulkWriter
from directory_app.services.changelog import CHANGELOG, to_text
from directory_app.services.entries import AFFILIATION, CONTACT, ORG, ORG_TAG, PERSON, TAG


def _expected(row: dict, writer: BulkWriter) -> dict:
    """`changelog.snapshot` of the row as written, less its empty columns (the defaults)."""
    out = {}
    for key, value in row.items():
        if value is None or value == "":
            continue
        # The database hands datetimes back naive; the import logged its own (UTC) time.
        out[key] = writer.now_text if key in ("created_at", "updated_at") else to_text(value)
    return out


def test_snapshots_hold_every_value_as_text(directory):
    with directory.begin() as conn:
        writer = BulkWriter(conn, "b1")
        org = writer.insert(ORG, {"uid": "u-1", "name": "Фонд «Право» \"x\"\n№ 5",
                                  "sort_name": "фонд", "founded_year": 1990,
                                  "last_verified": date(2024, 2, 29), "description": ""})
        person = writer.insert(PERSON, {"uid": "p-1", "display_name": "Анна", "sort_name": "анна",
                                        "consent": True, "consent_date": date(2020, 1, 2)})
        writer.insert(CONTACT, {"org_id": org, "kind": "phone", "value": "+7 495 1",
                                "e164": "+74951", "sort_order": 0})
        writer.insert(AFFILIATION, {"org_id": org, "person_id": person, "role": "",
                                    "is_primary": False})
        tag = writer.insert(TAG, {"name": "дети"})
        writer.link(ORG_TAG, {"org_id": org, "tag_id": tag}, org)
        writer.flush()
        logged = conn.execute(select(CHANGELOG).where(CHANGELOG.c.batch == "b1")
                              .order_by(CHANGELOG.c.id)).mappings().all()
        assert len(logged) == 6
        for entry in logged:
            assert entry["field"] == "" and entry["old_value"] is None
            if entry["op"] == "link":
                assert entry["entity"] == "orgtag" and entry["entity_id"] == org
                assert json.loads(entry["new_value"]) == {"org_id": str(org), "tag_id": str(tag)}
                continue
            assert entry["op"] == "create"
            table = {t.name: t for t in (ORG, PERSON, CONTACT, AFFILIATION, TAG)}[entry["entity"]]
            row = conn.execute(select(table).where(table.c.id == entry["entity_id"])
                               ).mappings().one()
            assert json.loads(entry["new_value"]) == _expected(dict(row), writer), table.name
        org_snapshot = json.loads(logged[[e["entity"] for e in logged].index("organisation")]
                                  ["new_value"])
        assert org_snapshot["founded_year"] == "1990"
        assert org_snapshot["last_verified"] == "2024-02-29"
        assert "description" not in org_snapshot
        conn.rollback()


def test_link_snapshots_are_what_json_dumps_writes():
    from directory_app.exchange.bulk import _link_snapshot

    for values in ({"org_id": 1, "tag_id": 22}, {"org_id": 123456789, "region_id": 0},
                   {"org_id": 5, "region_id": None}, {"org_id": True, "tag_id": 3}):
        expected = json.dumps({k: to_text(v) for k, v in values.items() if v is not None},
                              ensure_ascii=False)
        assert _link_snapshot(values) == expected
