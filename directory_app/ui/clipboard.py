"""What "Copy" puts on the clipboard: e-mail addresses for a Bcc line, entries as handbook text.

Everything goes through a publication profile (`exchange.profiles`), exactly as exports do:
public items only unless the user chooses a wider profile.
"""

from __future__ import annotations

from collections.abc import Iterable

from directory_app.exchange.profiles import Profile, apply_profile
from directory_app.services.formatting import handbook_text
from directory_app.services.queries import Queries


def _emails(contacts: Iterable[dict], profile: Profile, *, of_person: bool) -> list[str]:
    return [c["value"].strip() for c in contacts
            if c["kind"] == "email" and c.get("value")
            and profile.allows_contact(c, of_person=of_person)]


def bcc_line(queries: Queries, profile: Profile, org_ids: Iterable[int] = (),
             person_ids: Iterable[int] = ()) -> str:
    """The addresses of the chosen organisations and people, once each, comma-separated."""
    found: list[str] = []
    for org_id in org_ids:
        org = queries.org_detail(org_id, with_offices=False)
        if org:
            found += _emails(org["contacts"], profile, of_person=False)
    for person_id in person_ids:
        person = queries.person_detail(person_id)
        if person is None:
            continue
        view = profile.person_view(person)
        if view is not None:
            found += _emails(view["contacts"], profile, of_person=True)
    seen: set[str] = set()
    unique = [a for a in found if not (a.casefold() in seen or seen.add(a.casefold()))]
    return ", ".join(unique)


def handbook_entries(queries: Queries, profile: Profile, org_ids: Iterable[int]) -> str:
    """The chosen organisations as the handbook prints them, separated by blank lines."""
    texts = []
    for org_id in org_ids:
        org = queries.org_detail(org_id)
        if org:
            texts.append(handbook_text(apply_profile(org, profile)))
    return "\n".join(texts)
