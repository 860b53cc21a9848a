"""Loading the sample handbook (resources/sample/handbook.json) into a directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from directory_app.paths import sample_path
from directory_app.services.entries import Entries

_ORG_KEYS = ("name", "kind", "status", "founded_year", "size", "meeting_rhythm", "languages",
             "description", "mission", "history", "activities", "source", "source_date", "notes")
_PERSON_KEYS = ("given_name", "family_name", "patronymic", "display_name", "privacy", "consent")


def load_sample(entries: Entries, path: Path | None = None) -> dict[str, int]:
    """Add the sample's organisations, people and relations in one transaction.

    Returns the ids of the organisations by their key in the file.
    """
    data = json.loads((path or sample_path()).read_text(encoding="utf-8"))
    ids: dict[str, int] = {}
    with entries.transaction():
        for org in data["organisations"]:
            _add_org(entries, org, None, ids)
        for rel in data.get("relations", []):
            entries.relate(ids[rel["from"]], ids[rel["to"]], rel["kind"], rel.get("note", ""))
    return ids


def _add_org(entries: Entries, org: dict[str, Any], parent_id: int | None,
             ids: dict[str, int]) -> None:
    values = {k: org[k] for k in _ORG_KEYS if k in org}
    org_id = entries.create_org(parent_id=parent_id, **values).id
    ids[org["key"]] = org_id
    if org.get("other_names"):
        entries.set_other_names(org_id, org["other_names"])
    if org.get("publications"):
        entries.set_publications(org_id, org["publications"])
    if org.get("regions"):
        entries.set_regions(org_id, [entries.ensure_region_path(p) for p in org["regions"]])
    if org.get("tags"):
        entries.set_tags(org_id, org["tags"])
    for order, contact in enumerate(org.get("contacts", [])):
        entries.add_contact(org_id=org_id, sort_order=order, **contact)
    for person in org.get("people", []):
        person_values = {k: person[k] for k in _PERSON_KEYS if k in person}
        person_id = entries.create_person(**person_values).id
        entries.affiliate(person_id, org_id, person.get("role", ""))
        for contact in person.get("contacts", []):
            entries.add_contact(person_id=person_id, **contact)
    for office in org.get("offices", []):
        _add_org(entries, office, org_id, ids)
