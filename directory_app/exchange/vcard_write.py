"""vCard 3.0 and 4.0 writing: cards for organisations and people, and the files that hold them.

Cards are built from plain dicts (see `vcard_export.py` for how they are gathered under a
publication profile) and serialised by hand rather than through vobject objects: building a
vobject component per card runs at about 6,500 cards a second here, string building at several
times that (tests/benchmarks/bench_vcard.py). Every file written is read back by vobject in
tests/test_vcard_write.py.

Layout of a card, so that a re-import finds everything again:
- UID is the entry's `uid` column; REV its `updated_at`.
- Organisations: FN and ORG = name (units after it), `KIND:org` (4.0) or `X-ABShowAs:COMPANY`
  (3.0), NICKNAME = other names (one each, with X-NGO-KIND and LANGUAGE), CATEGORIES = focus
  areas, NOTE = description, X-NGO-KIND,
  X-NGO-REGION (one per region path "NIS > Russia"), X-NGO-PARENT (the UID of the organisation
  it is an office of), X-NGO-NOTES (only under a profile that may release internal items).
- People: FN, N (family; given; patronymic), ORG + TITLE for the first affiliation, and
  `affN.ORG` + `affN.TITLE` for each further one; NOTE = notes, X-NGO-PRIVACY and
  X-NGO-CONSENT (internal profiles only).
- Contact points: TEL (TYPE=voice, fax, or x-hotline), EMAIL, URL, IMPP (X-SERVICE-TYPE), ADR
  (the free-form address in a LABEL parameter); a label goes in `itemN.X-ABLabel`; under an
  internal profile a non-public item carries an X-NGO-PRIVACY parameter.
- Properties kept from an imported card (the entry's `extra` JSON, key "vcard") are written back
  as they came: an organisation's always, a person's only under an internal profile (they may
  hold a birthday, a spouse's name, a photo).
"""

from __future__ import annotations

import binascii
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PRODID = "-//NGO Directory//vCard export//EN"
VERSIONS = ("3.0", "4.0")
EXTRA_KEY = "vcard"
_PHONE_TYPES = {"phone": "voice", "fax": "fax", "hotline": "x-hotline"}


# -- values -----------------------------------------------------------------------------------
def escape(value: str) -> str:
    """A TEXT value: backslash, comma, semicolon and line breaks escaped."""
    if not value:
        return ""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if "," in value:
        value = value.replace(",", "\\,")
    if ";" in value:
        value = value.replace(";", "\\;")
    if "\n" in value or "\r" in value:
        value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return value


def structured(parts: Iterable[str]) -> str:
    return ";".join(escape(p or "") for p in parts)


def text_list(items: Iterable[str]) -> str:
    return ",".join(escape(i) for i in items if i)


_PARAM_UNSAFE = re.compile(r'[;:,"\r\n\^]')


def param_value(value: str) -> str:
    """A parameter value, quoted when it must be, with RFC 6868 caret escapes (^n ^' ^^)."""
    if not _PARAM_UNSAFE.search(value):
        return value
    value = (value.replace("^", "^^").replace('"', "^'").replace("\r\n", "^n")
             .replace("\n", "^n").replace("\r", "^n"))
    return f'"{value}"'


def unparam(value: str) -> str:
    """Undo RFC 6868 caret escapes in a parameter value."""
    if "^" not in value:
        return value
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"', "^": "^"}.get(m.group(1),
                                                                          m.group(0)), value)


def fold(line: str) -> str:
    """Fold a content line at 75 octets without cutting a UTF-8 sequence; CRLF at the end."""
    if len(line) <= 75 and line.isascii():
        return line + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    pieces = []
    start = 0
    limit = 75
    n = len(data)
    while start < n:
        end = min(start + limit, n)
        while end < n and 0x80 <= data[end] <= 0xBF:
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start = end
        limit = 74
    return "\r\n ".join(pieces) + "\r\n"


def rev(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return ""
    if not isinstance(value, datetime):
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# -- cards ------------------------------------------------------------------------------------
class _Card:
    """Content lines of one card being built, with a counter for item groups."""

    __slots__ = ("lines", "items", "version", "kept", "reserved")

    def __init__(self, version: str, extra: Any = None):
        self.version = version
        self.lines = ["BEGIN:VCARD\r\n", f"VERSION:{version}\r\n", f"PRODID:{PRODID}\r\n"]
        self.items = 0
        self.kept = _kept(extra)
        # Groups of kept properties (item9.X-ABDATE + item9.X-ABLabel) are not reused for ours.
        self.reserved = {str(item[0]).casefold() for item in self.kept if item[0]}

    def add(self, head: str, value: str) -> None:
        self.lines.append(fold(f"{head}:{value}"))

    def group(self) -> str:
        self.items += 1
        while f"item{self.items}" in self.reserved:
            self.items += 1
        return f"item{self.items}"

    def text(self) -> str:
        self.lines.append("END:VCARD\r\n")
        return "".join(self.lines)


def _types(version: str, values: list[str]) -> str:
    """TYPE=a,b: valid in 3.0 and 4.0 alike (RFC 2426 4.2.x, RFC 6350 5.6)."""
    return ";TYPE=" + ",".join(values) if values else ""


def _contact(card: _Card, contact: dict[str, Any], work: bool, internal: bool) -> None:
    kind = contact.get("kind", "")
    label = contact.get("label") or ""
    where = ["work"] if work else []
    if kind in _PHONE_TYPES:
        name, types = "TEL", [*where, _PHONE_TYPES[kind]]
        value = escape(contact.get("value", ""))
        params = _types(card.version, types)
    elif kind == "email":
        name, value = "EMAIL", escape(contact.get("value", ""))
        params = _types(card.version, where if card.version == "4.0" else ["internet", *where])
    elif kind == "website":
        name, value = "URL", escape(contact.get("value", ""))
        params = _types(card.version, where)
    elif kind == "messenger":
        name, value = "IMPP", escape(contact.get("value", ""))
        service = contact.get("service") or ""
        params = f";X-SERVICE-TYPE={param_value(service)}" if service else ""
    elif kind == "address":
        name = "ADR"
        value = structured((contact.get("po_box", ""), "", contact.get("street", ""),
                            contact.get("city", ""), contact.get("region", ""),
                            contact.get("postal_code", ""), contact.get("country", "")))
        params = _types(card.version, where)
        if contact.get("value"):
            params += f";LABEL={param_value(contact['value'])}"
    else:
        return
    privacy = contact.get("privacy") or "public"
    if internal and privacy != "public":
        params += f";X-NGO-PRIVACY={privacy}"
    if label:
        group = card.group()
        card.add(f"{group}.{name}{params}", value)
        card.add(f"{group}.X-ABLabel", escape(label))
    else:
        card.add(f"{name}{params}", value)


def _kept(extra: Any) -> list[list]:
    """The properties kept from an imported card (the entry's `extra` JSON, key "vcard")."""
    if isinstance(extra, str):
        if not extra:
            return []
        try:
            extra = json.loads(extra)
        except ValueError:
            return []
    if not isinstance(extra, dict):
        return []
    items = extra.get(EXTRA_KEY, ())
    return [item for item in items if isinstance(item, list | tuple) and len(item) == 4]


def _extra(card: _Card) -> None:
    """Properties kept from an imported card, written back as they came."""
    for group, name, params, value in card.kept:
        if not valid_data(params, value):
            continue
        head = (f"{group}." if group else "") + str(name)
        for key, values in (params or {}).items():
            head += f";{key}=" + ",".join(param_value(str(v)) for v in values)
        value = str(value)
        if "\n" in value or "\r" in value:   # decoded QUOTED-PRINTABLE line breaks
            value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
        card.add(head, value)


def valid_data(params: Any, value: Any) -> bool:
    """False for a base64 value (ENCODING=b/BASE64) that does not decode: readers such as
    vobject refuse the whole file for one truncated PHOTO."""
    encodings = (params or {}).get("ENCODING", ()) if isinstance(params, dict) else ()
    if not any(str(e).upper() in ("B", "BASE64") for e in encodings):
        return True
    try:
        binascii.a2b_base64(str(value).encode("ascii"))
    except (binascii.Error, UnicodeEncodeError):
        return False
    return True


def org_card(org: dict[str, Any], version: str = "3.0", *, internal: bool = False) -> str:
    card = _Card(version, org.get("extra"))
    add = card.add
    if org.get("uid"):
        add("UID", escape(org["uid"]))
    if version == "4.0":
        add("KIND", "org")
    add("FN", escape(org["name"]))
    if version == "3.0":
        add("N", ";;;;")
    add("ORG", structured([org["name"], *org.get("units", ())]))
    if version == "3.0":
        add("X-ABShowAs", "COMPANY")
    for other in org.get("other_names", ()):
        if isinstance(other, str):
            add("NICKNAME", escape(other))
            continue
        params = f";X-NGO-KIND={param_value(other['kind'])}" if other.get("kind") else ""
        if other.get("language"):
            params += f";LANGUAGE={param_value(other['language'])}"
        add(f"NICKNAME{params}", escape(other["name"]))
    if org.get("tags"):
        add("CATEGORIES", text_list(org["tags"]))
    if org.get("description"):
        add("NOTE", escape(org["description"]))
    if internal and org.get("notes"):
        add("X-NGO-NOTES", escape(org["notes"]))
    if org.get("kind"):
        add("X-NGO-KIND", escape(org["kind"]))
    for path in org.get("regions", ()):
        add("X-NGO-REGION", escape(" > ".join(path)))
    if org.get("parent_uid"):
        add("X-NGO-PARENT", escape(org["parent_uid"]))
    for contact in org.get("contacts", ()):
        _contact(card, contact, work=True, internal=internal)
    _extra(card)
    if org.get("updated_at"):
        add("REV", rev(org["updated_at"]))
    return card.text()


def person_card(person: dict[str, Any], version: str = "3.0", *, internal: bool = False) -> str:
    card = _Card(version, person.get("extra"))
    add = card.add
    if person.get("uid"):
        add("UID", escape(person["uid"]))
    if version == "4.0":
        add("KIND", "individual")
    add("FN", escape(person["display_name"]))
    add("N", structured((person.get("family_name", ""), person.get("given_name", ""),
                         person.get("patronymic", ""), "", "")))
    for index, (org_name, role) in enumerate(person.get("affiliations", ())):
        prefix = "" if index == 0 else f"aff{index + 1}."
        add(f"{prefix}ORG", structured([org_name]))
        if role:
            add(f"{prefix}TITLE", escape(role))
    if internal and person.get("notes"):
        add("NOTE", escape(person["notes"]))
    if internal:
        for key in ("privacy", "consent"):
            if person.get(key):
                add(f"X-NGO-{key.upper()}", escape(person[key]))
    for contact in person.get("contacts", ()):
        _contact(card, contact, work=False, internal=internal)
    if internal:   # a person's kept properties (birthday, spouse, photo ...) are not public
        _extra(card)
    if person.get("updated_at"):
        add("REV", rev(person["updated_at"]))
    return card.text()


# -- files ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NamedCard:
    """A card's text and the name to give its own file (FN of the entry)."""

    name: str
    text: str


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, used: set[str], suffix: str = ".vcf") -> str:
    """A file name from an entry name: no path separators, no characters or names that
    Windows refuses, not hidden, at most 100 characters, unique (case-insensitively) in `used`."""
    base = _UNSAFE_NAME.sub("_", name).strip().strip(".").strip() or "card"
    base = base[:100].rstrip(". ") or "card"
    if base.split(".")[0].upper() in _RESERVED:
        base = f"_{base}"
    candidate = base
    number = 1
    while (candidate + suffix).casefold() in used:
        number += 1
        candidate = f"{base} ({number})"
    used.add((candidate + suffix).casefold())
    return candidate + suffix


Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class ExportCancelled(Exception):
    """The user cancelled; nothing was left at the target."""


def _each(cards: Iterable[NamedCard], total: int, progress: Progress, cancelled: Cancelled
          ) -> Iterator[NamedCard]:
    for index, card in enumerate(cards, 1):
        if cancelled is not None and index % 200 == 1 and cancelled():
            raise ExportCancelled
        yield card
        if progress is not None and (index % 500 == 0 or index == total):
            progress(index, total)


def write_vcf(cards: Iterable[NamedCard], target: Path, *, total: int = 0,
              progress: Progress = None, cancelled: Cancelled = None) -> int:
    """All cards in one UTF-8 .vcf; written to a temporary file and moved into place."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".vcard-", suffix=".part", dir=target.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            for card in _each(cards, total, progress, cancelled):
                out.write(card.text)
                count += 1
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def write_folder(cards: Iterable[NamedCard], target: Path, *, total: int = 0,
                 progress: Progress = None, cancelled: Cancelled = None) -> int:
    """One file per card in `target` (created; must be absent or empty)."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        from directory_app.exchange.errors import ExchangeError
        raise ExchangeError(f"{target}: the folder for the cards must be new or empty")
    tmp = Path(tempfile.mkdtemp(prefix=".vcards-", dir=target.parent))
    used: set[str] = set()
    count = 0
    try:
        for card in _each(cards, total, progress, cancelled):
            (tmp / safe_file_name(card.name, used)).write_text(card.text, encoding="utf-8",
                                                               newline="")
            count += 1
        if target.exists():
            target.rmdir()
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


def write_zip(cards: Iterable[NamedCard], target: Path, *, total: int = 0,
              progress: Progress = None, cancelled: Cancelled = None) -> int:
    """One file per card inside a zip archive."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".vcards-", suffix=".part", dir=target.parent)
    os.close(fd)
    used: set[str] = set()
    count = 0
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for card in _each(cards, total, progress, cancelled):
                archive.writestr(safe_file_name(card.name, used), card.text.encode("utf-8"))
                count += 1
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
