"""Building a print draft from the directory: scope → publication profile → sections by region.

Each organisation is printed once, under the deepest of its regions; under its other regions a
cross-reference points there. Branch and information offices are printed inside their parent's
entry when the parent is in scope (with a cross-reference under the office's own region), and as
entries of their own otherwise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from directory_app.domain.enums import Privacy
from directory_app.exchange.choices import DRAFT_TITLE
from directory_app.exchange.printing.collation import collation_key
from directory_app.exchange.printing.entry_text import entry_paras
from directory_app.exchange.printing.fetch import org_details
from directory_app.exchange.printing.model import Draft, Entry, Para, Section, Style
from directory_app.exchange.profiles import Profile, apply_profile
from directory_app.exchange.scope import Scope, _region_id
from directory_app.store.database import Directory

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
NO_REGION = ("Other organisations",)


class PrintCancelled(Exception):
    """The user cancelled a draft; nothing was written."""


@dataclass(frozen=True)
class DraftOptions:
    title: str = DRAFT_TITLE
    subtitle: str = ""
    edition: date | None = None
    collation: str = "en"          # locale whose dictionary order sorts names


def print_profile(profile: Profile) -> Profile:
    """The profile as printing applies it: confidential items are never printed."""
    if profile.ceiling.allows(Privacy.CONFIDENTIAL):
        return dataclasses.replace(profile, ceiling=Privacy.INTERNAL)
    return profile


def check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise PrintCancelled("the print draft was cancelled")


def build_draft(directory: Directory, scope: Scope, profile: Profile,
                options: DraftOptions = DraftOptions(), *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Draft:
    """The draft of everything in `scope`, as `profile` (capped below confidential) lets it out."""
    profile = print_profile(profile)
    key = collation_key(options.collation)
    ids = scope.org_ids(directory)
    in_scope = set(ids)
    regions = _RegionTree.load(directory, key, scope.region)
    placed: dict[tuple[str, ...], list[Entry]] = {}
    for done, detail in enumerate(org_details(directory, ids, profile.ceiling), 1):
        check_cancel(cancelled)
        if not (detail["parent"] and detail["parent"]["id"] in in_scope):
            _place(apply_profile(detail, profile), regions, placed, profile)
        if progress is not None:
            progress(done, len(ids))
    draft = Draft(title=options.title, subtitle=options.subtitle,
                  edition=options.edition or date.today(), scope=scope.describe(),
                  profile=profile.name, internal=profile.marks_internal)
    paths = regions.ordered_paths(placed)
    top = min((len(p) for p in paths), default=1)
    for path in paths:
        entries = sorted(placed.get(path, []), key=lambda e: key(e.name))
        draft.sections.append(Section(path, entries, level=len(path) - top + 1))
    return draft


def _place(org: dict[str, Any], regions: _RegionTree, placed: dict, profile: Profile) -> None:
    parent = org["parent"]["name"] if org.get("parent") else ""
    paths = regions.paths_of(org)
    home = paths[0] if paths else NO_REGION
    placed.setdefault(home, []).append(
        Entry(org["id"], org["name"], entry_paras(org, internal=profile.marks_internal,
                                                  office_of=parent)))
    for path in paths[1:]:
        placed.setdefault(path, []).append(_xref(org["name"], f"see {home[-1]}"))
    for office in org.get("offices", []):
        for path in regions.paths_of(office):
            if path != home:
                placed.setdefault(path, []).append(
                    _xref(office["name"], f"see {org['name']} ({home[-1]})"))


def _xref(name: str, pointer: str) -> Entry:
    return Entry(0, name, [Para(Style.XREF, f"{name}: {pointer}")], xref=True)


class _RegionTree:
    """Region paths in print order (tree order, siblings by sort order then collated name)."""

    def __init__(self, rows: list[dict[str, Any]], key, root: int | None):
        self.by_id = {r["id"]: r for r in rows}
        children: dict[int | None, list[dict[str, Any]]] = {}
        for row in rows:
            children.setdefault(row["parent_id"], []).append(row)
        self.order: dict[int, int] = {}
        self.path: dict[int, tuple[str, ...]] = {}
        self._walk(children, None, (), key, root is None, root)

    def _walk(self, children, parent, prefix, key, inside: bool, root) -> None:
        for row in sorted(children.get(parent, []), key=lambda r: (r["sort_order"],
                                                                   key(r["name"]))):
            path = (*prefix, row["name"])
            now_inside = inside or row["id"] == root
            if now_inside:
                self.order[row["id"]] = len(self.order)
                self.path[row["id"]] = path
            self._walk(children, row["id"], path, key, now_inside, root)

    @classmethod
    def load(cls, directory: Directory, key, region: str | None) -> _RegionTree:
        with directory.begin() as conn:
            root = _region_id(conn, region) if region else None
            rows = [dict(r) for r in conn.execute(text(
                "SELECT id, name, parent_id, sort_order FROM region")).mappings()]
        return cls(rows, key, root)

    def paths_of(self, org: dict[str, Any]) -> list[tuple[str, ...]]:
        """The org's regions inside the scope, the one it is printed under (deepest) first."""
        ids = [r["id"] for r in org.get("regions", []) if r["id"] in self.order]
        ids.sort(key=lambda i: (-len(self.path[i]), self.order[i]))
        return [self.path[i] for i in ids]

    def ordered_paths(self, placed: dict[tuple[str, ...], list]) -> list[tuple[str, ...]]:
        """Every path with entries, with its ancestors as headings, in tree order."""
        wanted = {p[:n] for p in placed for n in range(1, len(p) + 1)}
        paths = [p for _, p in sorted((self.order[i], p) for i, p in self.path.items())
                 if p in wanted]
        return paths + ([NO_REGION] if NO_REGION in placed else [])
