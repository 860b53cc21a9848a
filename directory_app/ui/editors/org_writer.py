"""Writing an organisation editor's form in one batch (no Qt here, so it is tested directly)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from directory_app.services.entries import Entries

CONTACT_VALUES = ("kind", "label", "value", "service", "street", "po_box", "postal_code", "city",
                  "region", "country", "privacy")


@dataclass
class OrgForm:
    """What the editor holds: field values and the rows of its lists, with what was removed."""

    org_id: int | None
    values: dict[str, Any]
    other_names: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    regions: list[int] | None = None   # region ids; None leaves the listing as it is
    contacts: list[dict[str, Any]] = field(default_factory=list)
    removed_contacts: list[int] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    removed_people: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    removed_relations: list[dict[str, Any]] = field(default_factory=list)
    publications: list[dict[str, Any]] = field(default_factory=list)
    new_offices: list[dict[str, Any]] = field(default_factory=list)


def person_names(name: str) -> dict[str, str]:
    """Given, patronymic and family name from a written name ("Boris Suvorov")."""
    parts = name.split()
    if len(parts) == 2:
        return {"given_name": parts[0], "family_name": parts[1], "display_name": name}
    if len(parts) == 3 and parts[1].lower().endswith(("вич", "вна", "ична", "ович", "евич")):
        return {"given_name": parts[0], "patronymic": parts[1], "family_name": parts[2],
                "display_name": name}
    return {"display_name": name}


def write_org(entries: Entries, form: OrgForm) -> tuple[str, int]:
    """Write everything that differs from the stored entry; returns (batch, organisation id)."""
    with entries.transaction() as batch:
        if form.org_id is None:
            org_id = entries.create_org(**form.values).id
        else:
            org_id = form.org_id
            entries.update_org(org_id, **form.values)
        entries.set_other_names(org_id, form.other_names)
        entries.set_tags(org_id, form.tags)
        if form.regions is not None:
            entries.set_regions(org_id, form.regions)
        entries.set_publications(org_id, form.publications)
        _write_contacts(entries, org_id, form.contacts, form.removed_contacts)
        _write_people(entries, org_id, form.people, form.removed_people)
        _write_relations(entries, org_id, form.relations, form.removed_relations)
        for office in form.new_offices:
            _write_office(entries, org_id, office)
    return batch, org_id


def _write_contacts(entries, org_id, contacts, removed) -> None:
    for contact_id in removed:
        entries.delete_contact(contact_id)
    for order, contact in enumerate(contacts):
        values = {k: contact.get(k) or "" for k in CONTACT_VALUES}
        values["privacy"] = values["privacy"] or "public"
        values["sort_order"] = order
        if contact.get("id"):
            entries.update_contact(contact["id"], **values)
        else:
            entries.add_contact(org_id=org_id, **values)


def _write_people(entries, org_id, people, removed) -> None:
    for row in removed:
        entries.remove_affiliation(row["id"])
    for row in people:
        if row.get("id") is None:
            person_id = entries.create_person(privacy=row.get("privacy") or "internal",
                                              **person_names(row["display_name"].strip())).id
            entries.affiliate(person_id, org_id, row.get("role", "").strip())
            continue
        if row["role"] != row.get("stored_role"):
            entries.update_affiliation(row["id"], role=row["role"].strip())
        if row["privacy"] != row.get("stored_privacy"):
            entries.update_person(row["person_id"], privacy=row["privacy"])


def _write_relations(entries, org_id, relations, removed) -> None:
    for row in removed:
        entries.unrelate(row["id"])
    for row in relations:
        if row.get("id") is not None and (row["kind"], row["note"]) == row.get("stored"):
            continue
        if row.get("id") is not None:  # no update for relations: replace it, same direction
            entries.unrelate(row["id"])
        ends = (org_id, row["other_id"]) if row.get("outgoing", True) else (row["other_id"],
                                                                             org_id)
        entries.relate(*ends, row["kind"], row.get("note") or "")


def _write_office(entries, org_id, office) -> None:
    kind = "information_office" if "information" in office["name"].lower() else "branch_office"
    office_id = entries.create_org(name=office["name"], kind=kind, parent_id=org_id).id
    contacts = office.get("contacts", [])
    if office.get("city") and not any(c.get("kind") == "address" for c in contacts):
        contacts = [{"kind": "address", "city": office["city"]}, *contacts]
    for order, contact in enumerate(contacts):
        values = {k: contact.get(k) or "" for k in CONTACT_VALUES}
        values["privacy"] = values["privacy"] or "public"
        entries.add_contact(org_id=office_id, sort_order=order, **values)
    for person in office.get("people", []):
        person_id = entries.create_person(**person_names(person["name"])).id
        entries.affiliate(person_id, office_id, person.get("role", ""))
