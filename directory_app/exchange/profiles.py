"""Publication profiles: what may leave the machine in an export, a print draft or the clipboard.

A profile sets the privacy ceiling, whether people's own (home) addresses go out, and what
happens to people who refused to be listed: they are replaced by their role
("Coordinator, St. Petersburg group"), never printed by name.
"""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass
from typing import Any

from directory_app import paths
from directory_app.domain.enums import Consent, Privacy
from directory_app.exchange.errors import ExchangeError


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

    def listing(self, privacy: str, consent: str) -> str | None:
        """How a person of this privacy and consent goes out: "named", "role" (replaced by
        their role) or None (left out). Exports ask once per pair, not once per person."""
        if not self.allows(privacy):
            return None
        named = consent == Consent.GIVEN or (consent == Consent.UNKNOWN
                                              and self.unknown_consent_listed)
        return "named" if named else "role"

    def person_view(self, person: dict[str, Any], org_name: str = "") -> dict[str, Any] | None:
        """The person as this profile lets them out: as is, replaced by their role, or None."""
        listing = self.listing(person.get("privacy", Privacy.INTERNAL),
                               person.get("consent", Consent.UNKNOWN))
        if listing is None:
            return None
        named = listing == "named"
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


def _profiles_file():
    return paths.config_dir() / "profiles.json"


def load_profiles() -> dict[str, Profile]:
    """The built-in profiles plus the user's own from `profiles.json` in the config folder."""
    profiles = dict(BUILT_IN)
    path = _profiles_file()
    if not path.exists():
        return profiles
    try:
        for item in json.loads(path.read_text(encoding="utf-8")):
            profile = Profile(key=item["key"], name=item.get("name", item["key"]),
                              ceiling=Privacy(item.get("ceiling", "public")),
                              home_addresses=bool(item.get("home_addresses", False)),
                              unknown_consent_listed=bool(item.get("unknown_consent_listed",
                                                                   True)))
            profiles[profile.key] = profile
    except (ValueError, KeyError, TypeError) as exc:
        raise ExchangeError(f"{path}: not a list of export profiles ({exc})") from exc
    return profiles


def save_profile(profile: Profile) -> None:
    """Add or replace one of the user's own profiles (built-in ones cannot be replaced)."""
    if profile.key in BUILT_IN:
        raise ExchangeError(f"“{profile.key}” is a built-in profile; choose another name")
    own = {k: p for k, p in load_profiles().items() if k not in BUILT_IN}
    own[profile.key] = profile
    path = _profiles_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    items = [{**asdict(p), "ceiling": p.ceiling.value} for p in own.values()]
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")


def get_profile(ref: str) -> Profile:
    """A profile by key or name (case-insensitive), or an error listing the choices."""
    profiles = load_profiles()
    for profile in profiles.values():
        if ref.casefold() in (profile.key.casefold(), profile.name.casefold()):
            return profile
    choices = ", ".join(f"{p.key} ({p.name})" for p in profiles.values())
    raise ExchangeError(f"there is no export profile “{ref}”; choose one of: {choices}")


def apply_profile(org: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """A copy of an organisation detail (from `Queries.org_detail`) with only what may go out."""
    out = copy.deepcopy(org)
    out["contacts"] = [c for c in out.get("contacts", []) if profile.allows_contact(c)]
    people = (profile.person_view(p, org["name"]) for p in out.get("people", []))
    out["people"] = [p for p in people if p is not None]
    out["offices"] = [apply_profile(o, profile) for o in out.get("offices", [])]
    return out
