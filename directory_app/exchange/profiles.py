"""Publication profiles: what may leave the machine in an export, a print draft or the clipboard.

A profile sets the privacy ceiling, whether people's own (home) addresses go out, and what
happens to people who refused to be listed: they are replaced by their role
("Coordinator, St. Petersburg group"), never printed by name.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from directory_app.domain.enums import Consent, Privacy


@dataclass(frozen=True)
class Profile:
    key: str
    name: str
    ceiling: Privacy
    home_addresses: bool = False
    # People whose consent is unknown are listed only when this is True (it is for the built-in
    # profiles: handbooks list people from public sources; a refusal is always honoured).
    unknown_consent_listed: bool = True

    def allows(self, privacy: str) -> bool:
        return self.ceiling.allows(privacy)

    def allows_contact(self, contact: dict[str, Any], *, of_person: bool = False) -> bool:
        if not self.allows(contact.get("privacy", Privacy.PUBLIC)):
            return False
        return not (of_person and contact.get("kind") == "address" and not self.home_addresses)

    def person_view(self, person: dict[str, Any], org_name: str = "") -> dict[str, Any] | None:
        """The person as this profile lets them out: as is, replaced by their role, or None."""
        if not self.allows(person.get("privacy", Privacy.INTERNAL)):
            return None
        consent = person.get("consent", Consent.UNKNOWN)
        named = consent == Consent.GIVEN or (consent == Consent.UNKNOWN
                                              and self.unknown_consent_listed)
        out = dict(person)
        out["contacts"] = [c for c in person.get("contacts", [])
                           if self.allows_contact(c, of_person=True)]
        if named:
            return out
        role = person.get("role") or "Contact"
        out.update(display_name=", ".join(p for p in (role, org_name) if p), given_name="",
                   family_name="", patronymic="", contacts=[], person_id=None, anonymised=True)
        return out

    @property
    def marks_internal(self) -> bool:
        """Drafts that may include internal items say so on every page."""
        return self.ceiling != Privacy.PUBLIC


PUBLIC_HANDBOOK = Profile("public", "Public handbook", Privacy.PUBLIC)
PARTNERS = Profile("partners", "Partners", Privacy.INTERNAL)
INTERNAL_FULL = Profile("internal", "Internal full", Privacy.CONFIDENTIAL, home_addresses=True)
BUILT_IN = {p.key: p for p in (PUBLIC_HANDBOOK, PARTNERS, INTERNAL_FULL)}


def profile_for_privacy(level: str) -> Profile:
    """The built-in profile for a `--privacy public|internal|confidential` option."""
    return {Privacy.PUBLIC: PUBLIC_HANDBOOK, Privacy.INTERNAL: PARTNERS,
            Privacy.CONFIDENTIAL: INTERNAL_FULL}[Privacy(level)]


def apply_profile(org: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """A copy of an organisation detail (from `Queries.org_detail`) with only what may go out."""
    out = copy.deepcopy(org)
    out["contacts"] = [c for c in out.get("contacts", []) if profile.allows_contact(c)]
    people = (profile.person_view(p, org["name"]) for p in out.get("people", []))
    out["people"] = [p for p in people if p is not None]
    out["offices"] = [apply_profile(o, profile) for o in out.get("offices", [])]
    return out
