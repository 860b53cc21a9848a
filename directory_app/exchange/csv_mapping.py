"""Column mapping: which column of a CSV file fills which field, and rows turned into records.

`guess_mapping` maps known headers automatically (the app's own export, address books, Russian
and English lists of organisations); the user can change any column, and save the result as a
named preset (JSON in `paths.config_dir()/presets/`). `Mapping.build` turns one row into a
`Record` holding an organisation and/or its contact person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from directory_app import paths
from directory_app.exchange import csv_format as fmt
from directory_app.exchange.csv_headers import BUILT_IN, SOURCE_NAMES, header_key
from directory_app.exchange.csv_read import CsvRow
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.records import (
    ContactIn,
    OrgIn,
    PersonIn,
    Record,
    RecordProblem,
    RelationIn,
)

_SPLIT = {
    "phone": re.compile(r"\s*(?:\n|;|,| ::: )\s*"),
    "email": re.compile(r"\s*(?:\n|;|,|:::)\s*"),
    "website": re.compile(r"\s*(?:\n|;|:::)\s*"),
    "messenger": re.compile(r"\s*(?:\n| ::: )\s*"),
    "tags": re.compile(r"\s*(?:\n|;| ::: )\s*"),
}
_SPLIT["fax"] = _SPLIT["hotline"] = _SPLIT["phone"]
_NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")
_LINES = re.compile(r"\s*\n\s*")
_SERVICE_SPLIT = re.compile(r"\s*:::\s*")
_PERSON_ATTRS = ("display_name", "given_name", "family_name", "patronymic", "role", "notes", "uid")
_PERSON_FIELDS = ("privacy", "consent", "consent_date")
_AFFILIATION = ("is_primary", "start_date", "end_date")
_ORG_ATTRS = ("name", "description", "notes", "uid", "kind")


@dataclass(frozen=True)
class ColumnMap:
    """Where one column goes: `owner.field`, with an optional label or label column."""

    target: str
    label: str = ""
    group: str = ""
    label_column: str = ""
    alt_label_column: str = ""
    service_column: str = ""

    @property
    def owner(self) -> str:
        return self.target.split(".", 1)[0]

    @property
    def field(self) -> str:
        return self.target.split(".", 1)[1]

    @classmethod
    def parse(cls, spec: str | dict[str, str]) -> ColumnMap:
        if isinstance(spec, dict):
            spec = dict(spec)
            target = spec.pop("target")
            made = cls.parse(target)
            return cls(made.target, spec.get("label", made.label),
                       spec.get("group", made.group), spec.get("label_column", ""),
                       spec.get("alt_label_column", ""), spec.get("service_column", ""))
        target, _, label = spec.partition("@")
        owner, _, field = target.partition(".")
        if owner not in ("org", "person") or not field:
            raise ExchangeError(f"“{spec}” is not a column target (expected org.… or person.…)")
        return cls(target, label, label)

    def to_spec(self) -> str | dict[str, str]:
        if not (self.label_column or self.service_column or self.alt_label_column) \
                and self.group == self.label:
            return self.target + (f"@{self.label}" if self.label else "")
        spec = {"target": self.target, "label": self.label, "group": self.group,
                "label_column": self.label_column, "alt_label_column": self.alt_label_column,
                "service_column": self.service_column}
        return {k: v for k, v in spec.items() if v}


class Mapping:
    """The targets of a file's columns (None: kept in the entry's extra properties)."""

    def __init__(self, header: list[str], columns: list[ColumnMap | None], source: str = "",
                 own: bool = False):
        if len(columns) != len(header):
            raise ExchangeError("the mapping must give one target (or none) for every column")
        self.header = header
        self.columns = columns
        self.source = source
        self.own = own
        index = {header_key(h): i for i, h in enumerate(header)}

        def find(name: str) -> int | None:
            return index.get(header_key(name)) if name else None
        self._plan = [None if c is None else (c, find(c.label_column), find(c.alt_label_column),
                                              find(c.service_column))
                      for c in columns]
        self._label_columns = {i for c in self._plan if c for i in c[1:] if i is not None}

    # -- describing -------------------------------------------------------------------------
    def describe(self) -> list[tuple[str, str]]:
        """(column, target or "") for every column, for reports and the wizard."""
        return [(h, c.target + (f"@{c.label}" if c and c.label else "") if c else "")
                for h, c in zip(self.header, self.columns, strict=True)]

    def to_preset(self, name: str, **options: Any) -> dict[str, Any]:
        return {"name": name, "columns": {h: (c.to_spec() if c else None)
                                          for h, c in zip(self.header, self.columns,
                                                          strict=True)},
                **options}

    # -- building records -------------------------------------------------------------------
    def build(self, row: CsvRow, source: str) -> Record:
        """One record from one row: its organisation and/or person, problems as errors."""
        cells = row.cells
        record = Record(source=source, position=row.number,
                        raw=dict(zip(self.header, cells, strict=False)))
        for column, reason in row.errors:
            record.errors.append(RecordProblem(column, reason))
        acc = _Accumulator(self.own)
        for index, plan in enumerate(self._plan):
            value = cells[index]
            if not value or value.isspace():
                continue
            if plan is None:
                if index not in self._label_columns and self.header[index]:
                    acc.unmapped[self.header[index]] = value.strip()
                continue
            column, label_i, alt_i, service_i = plan
            if value[0] == "'" and value[1:2] in _NEUTRALISED:
                value = value[1:]     # our own export's guard against spreadsheet formulas
            label = column.label or _cell(cells, label_i) or _cell(cells, alt_i)
            acc.add(column, self.header[index], value, label, _cell(cells, service_i))
            record.columns.setdefault(column.target, self.header[index])
        acc.finish(record)
        return record


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


class _Accumulator:
    """Collects the values of one row by target, then assembles the record."""

    def __init__(self, own: bool):
        self.own = own
        self.text: dict[tuple[str, str], list[str]] = {}
        self.contacts: dict[str, list[ContactIn]] = {"org": [], "person": []}
        self.addresses: dict[tuple[str, str], dict[str, str]] = {}
        self.lists: dict[tuple[str, str], list[str]] = {}
        self.unmapped: dict[str, str] = {}
        self.problems: list[RecordProblem] = []

    def add(self, column: ColumnMap, header: str, value: str, label: str, service: str) -> None:
        owner, field = column.owner, column.field
        if field in fmt.CONTACT_KINDS:
            self._contacts(owner, field, header, value, label, service)
        elif field.startswith("address."):
            part = field.split(".", 1)[1]
            address = self.addresses.setdefault((owner, column.group or label), {})
            address.setdefault("column", header)
            address[part] = f"{address[part]}, {value.strip()}" if address.get(part) \
                else value.strip()
            if label and not address.get("label"):
                address["label"] = label.lstrip("* ").strip()
        elif field in fmt.ORG_LISTS or field in fmt.PERSON_LISTS:
            self.lists.setdefault((owner, field), []).append(value)
        else:
            self.text.setdefault((owner, field), []).append(value.strip())

    def _contacts(self, owner, kind, header, value, label, service) -> None:
        splitter = _LINES if self.own else _SPLIT[kind]
        items = [v for v in splitter.split(value.strip()) if v]
        services = _SERVICE_SPLIT.split(service) if service else []
        for n, item in enumerate(items):
            parts = fmt.split_parts(item, fmt.CONTACT_LINE) if self.own else {"value": item}
            item_label = parts.get("label") or label
            pref = item_label.startswith("*")
            item_label = item_label.lstrip("* ").strip()
            item_kind = kind
            if kind == "phone" and "fax" in item_label.casefold():
                item_kind = "fax"
            item_service = parts.get("service") or (
                services[n] if n < len(services) else (services[0] if services else ""))
            self.contacts[owner].append(ContactIn(
                kind=item_kind, value=parts["value"], label=item_label,
                service=item_service.strip() if kind == "messenger" else "",
                privacy=parts.get("privacy") or None, pref=pref, column=header))

    def _one(self, owner: str, field: str) -> str:
        return ", ".join(v for v in self.text.get((owner, field), []) if v)

    def finish(self, record: Record) -> None:
        org = self._org()
        person = self._person()
        if org is not None and not org.name and not org.uid:
            if person is not None:
                person.contacts.extend(org.contacts)   # "Телефон" of a row with only a person
            org = None
        if person is not None and not _has_name(person):
            if org is not None:
                org.contacts.extend(person.contacts)   # a company row with no person's name
                person = None
            else:
                first = next((c.value for c in person.contacts
                              if c.kind in ("email", "phone")), "")
                person.display_name = first
                person = person if first else None
        if org is None and person is None and not record.errors:
            record.errors.append(RecordProblem(
                "", "has no name: neither an organisation nor a person (is the mapping right?)"))
        if self.unmapped:
            target = person if person is not None else org
            if target is not None:
                target.extra.setdefault("csv", {}).update(self.unmapped)
        record.org = org
        record.people = [person] if person is not None else []
        record.errors.extend(self.problems)

    def _org(self) -> OrgIn | None:
        has_any = any(k[0] == "org" for k in (*self.text, *self.lists, *self.addresses)) \
            or self.contacts["org"]
        if not has_any:
            return None
        org = OrgIn()
        values = {f: ", ".join(v for v in vs if v) for (owner, f), vs in self.text.items()
                  if owner == "org"}
        for field, value in values.items():
            if field in _ORG_ATTRS:
                setattr(org, field, value)
            elif field not in ("parent_uid", "parent", "extra"):
                org.fields[field] = value
        org.parent_uid = values.get("parent_uid", "")
        org.parent_name = values.get("parent", "")
        org.extra = self._extra("org")
        org.contacts = self._all_contacts("org")
        for line in self._lines("org", "other_names"):
            parts = fmt.split_parts(line, ("name", "kind", "language"))
            org.other_names.append({k: v for k, v in parts.items() if v} if self.own
                                   else line)
        org.regions = [[p.strip() for p in line.split(">") if p.strip()]
                       for line in self._lines("org", "regions")]
        org.tags = [t for v in self.lists.get(("org", "tags"), [])
                    for t in _SPLIT["tags"].split(v.strip()) if t]
        org.publications = [fmt.split_parts(line, ("title", "frequency", "language",
                                                   "description"))
                            for line in self._lines("org", "publications")]
        for line in self._lines("org", "relations"):
            parts = fmt.split_parts(line, ("kind", "name", "uid", "note"))
            org.relations.append(RelationIn(parts["kind"] or "partner", parts["name"],
                                            parts["uid"], parts["note"]))
        return org

    def _person(self) -> PersonIn | None:
        has_any = any(k[0] == "person" for k in (*self.text, *self.lists, *self.addresses)) \
            or self.contacts["person"]
        if not has_any:
            return None
        person = PersonIn()
        values = {f: ", ".join(v for v in vs if v) for (owner, f), vs in self.text.items()
                  if owner == "person"}
        for attr in _PERSON_ATTRS:
            if attr in values:
                setattr(person, attr, values[attr])
        department = values.get("department")
        if department:
            person.role = f"{person.role}, {department}" if person.role else department
        person.fields = {f: values[f] for f in _PERSON_FIELDS if values.get(f)}
        person.affiliation = {f: values[f] for f in _AFFILIATION if values.get(f)}
        person.extra = self._extra("person")
        person.contacts = self._all_contacts("person")
        return person

    def _lines(self, owner: str, field: str) -> list[str]:
        return [line for v in self.lists.get((owner, field), [])
                for line in v.strip().split("\n") if line.strip()]

    def _extra(self, owner: str) -> dict[str, Any]:
        text = self._one(owner, "extra")
        if not text:
            return {}
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if not isinstance(value, dict):
            self.problems.append(RecordProblem(f"{owner}.extra", "is not a JSON object"))
            return {}
        return value

    def _all_contacts(self, owner: str) -> list[ContactIn]:
        out: list[ContactIn] = []
        for (who, _group), parts in self.addresses.items():
            if who == owner and any(v for k, v in parts.items()
                                    if k not in ("label", "privacy", "column")):
                out.append(_address(parts))
        for line in self._lines(owner, "addresses"):
            out.append(_address(fmt.split_parts(line, fmt.ADDRESS_LINE)))
        return out + self.contacts[owner]


def _address(parts: dict[str, str]) -> ContactIn:
    return ContactIn(kind="address", value=parts.get("value", ""),
                     label=parts.get("label", ""), street=parts.get("street", ""),
                     po_box=parts.get("po_box", ""), postal_code=parts.get("postal_code", ""),
                     city=parts.get("city", ""), region=parts.get("region", ""),
                     country=parts.get("country", ""), privacy=parts.get("privacy") or None,
                     column=parts.get("column", ""))


def _has_name(person: PersonIn) -> bool:
    return bool(person.display_name or person.given_name or person.family_name or person.uid)


# -- guessing and presets --------------------------------------------------------------------
def guess_mapping(header: list[str]) -> Mapping:
    """Map every known header; the table that knows most of them decides ambiguous ones."""
    keys = [header_key(h) for h in header]
    scores = {name: sum(1 for k in keys if k in table) for name, table in BUILT_IN.items()}
    best = max(BUILT_IN, key=lambda name: scores[name])
    order = [best] + [n for n in BUILT_IN if n != best]
    columns: list[ColumnMap | None] = []
    for key in keys:
        spec = next((BUILT_IN[n][key] for n in order if key in BUILT_IN[n]), None)
        columns.append(ColumnMap.parse(spec) if spec else None)
    if "title" in keys and "job title" in keys:
        # Outlook's "Title" is an honorific (Dr., Mrs.), not a position.
        columns[keys.index("title")] = None
    own = best == "own" and scores["own"] > 0
    return Mapping(header, columns, SOURCE_NAMES[best] if scores[best] else "", own=own)


def mapping_from_preset(header: list[str], preset: dict[str, Any]) -> Mapping:
    """Apply a saved preset; columns it does not name are guessed."""
    guessed = guess_mapping(header)
    given = preset.get("columns", {})
    columns = []
    for h, guess in zip(header, guessed.columns, strict=True):
        if h in given:
            columns.append(ColumnMap.parse(given[h]) if given[h] else None)
        else:
            columns.append(guess)
    return Mapping(header, columns, preset.get("name", ""), own=bool(preset.get("own", False))
                   or guessed.own)


def presets_dir() -> Path:
    return paths.config_dir() / "presets"


def _preset_path(name: str) -> Path:
    safe = re.sub(r"[^\w.-]+", "-", name.strip()).strip("-.")
    if not safe:
        raise ExchangeError(f"“{name}” cannot be used as a preset name")
    return presets_dir() / f"{safe}.json"


def save_preset(name: str, mapping: Mapping, **options: Any) -> Path:
    path = _preset_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = mapping.to_preset(name, own=mapping.own, **options)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def load_preset(name: str) -> dict[str, Any]:
    path = _preset_path(name)
    if not path.is_file():
        known = ", ".join(list_presets()) or "none saved yet"
        raise ExchangeError(f"there is no mapping preset “{name}” (presets: {known})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ExchangeError(f"the preset file {path} is damaged: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
        raise ExchangeError(f"the preset file {path} is not a mapping preset")
    return data


def list_presets() -> list[str]:
    folder = presets_dir()
    if not folder.is_dir():
        return []
    names = []
    for path in sorted(folder.glob("*.json")):
        try:
            names.append(json.loads(path.read_text(encoding="utf-8")).get("name", path.stem))
        except (ValueError, AttributeError):
            continue
    return names
