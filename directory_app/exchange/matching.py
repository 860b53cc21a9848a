"""Finding entries an incoming record may duplicate: by UID, e-mail, phone, then fuzzy name.

Names are compared as `domain.text.search_key` folds them, so «Мемориал» and "Memorial" meet.
The fuzzy step scores with rapidfuzz only the few names that share a rare word with the
incoming one (blocking), which keeps it fast on a directory of 100,000 entries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import Connection

from directory_app.domain.text import search_key

FUZZY_THRESHOLD = 90
# A word shared by more names than this (e.g. "fond", "society") says nothing about identity.
COMMON_WORD = 300


@dataclass(frozen=True)
class Match:
    id: int
    how: str          # "uid", "e-mail", "phone", "name", "similar name"
    score: float = 100.0
    name: str = ""

    def describe(self) -> str:
        extra = f" ({self.score:.0f}%)" if self.how == "similar name" else ""
        return f"same {self.how} as “{self.name}”{extra}"


class _Index:
    """The identifying values of one kind of entry: uid, e-mails, phones and name words."""

    def __init__(self) -> None:
        self.uid: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.phone: dict[str, int] = {}
        self.key: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.keys: dict[int, str] = {}
        self.words: dict[str, list[int]] = defaultdict(list)

    def add(self, entry_id: int, uid: str, name: str, *, fuzzy: bool = True,
            key: str | None = None) -> None:
        if uid:
            self.uid[uid] = entry_id
        key = search_key(name) if key is None else key
        if fuzzy:                   # the directory's entries; repeats in a file need no name
            self.names[entry_id] = name
        if key:
            self.key.setdefault(key, entry_id)
            if fuzzy:
                self.keys[entry_id] = key
                for word in set(key.split()):
                    self.words[word].append(entry_id)

    def add_contact(self, entry_id: int, kind: str, value: str, e164: str) -> None:
        if kind == "email" and value:
            self.email.setdefault(value.casefold(), entry_id)
        elif e164:
            self.phone.setdefault(e164, entry_id)

    def find(self, uid: str, name: str, emails: list[str], phones: list[str],
             key: str | None = None) -> Match | None:
        if uid and uid in self.uid:
            return self._match(self.uid[uid], "uid")
        for email in emails:
            found = self.email.get(email.casefold())
            if found is not None:
                return self._match(found, "e-mail")
        for phone in phones:
            found = self.phone.get(phone)
            if found is not None:
                return self._match(found, "phone")
        key = search_key(name) if key is None else key
        if not key:
            return None
        if key in self.key:
            return self._match(self.key[key], "name")
        return self._fuzzy(key) if self.words else None

    def _fuzzy(self, key: str) -> Match | None:
        candidates: set[int] = set()
        for word in set(key.split()):
            ids = self.words.get(word, ())
            if len(ids) <= COMMON_WORD:
                candidates.update(ids)
        best, best_score = None, 0.0
        for entry_id in candidates:
            score = fuzz.token_sort_ratio(key, self.keys[entry_id],
                                          score_cutoff=FUZZY_THRESHOLD)
            if score > best_score:
                best, best_score = entry_id, score
        if best is None:
            return None
        return self._match(best, "similar name", best_score)

    def _match(self, entry_id: int, how: str, score: float = 100.0) -> Match:
        return Match(entry_id, how, score, self.names.get(entry_id, ""))


class Matcher:
    """The directory's organisations and people, loaded once per import."""

    def __init__(self) -> None:
        self.orgs = _Index()
        self.people = _Index()

    @classmethod
    def load(cls, conn: Connection) -> Matcher:
        matcher = cls()
        for org_id, uid, name in conn.exec_driver_sql(
                "SELECT id, uid, name FROM organisation"):
            matcher.orgs.add(org_id, uid, name)
        for org_id, name in conn.exec_driver_sql("SELECT org_id, name FROM othername"):
            matcher.orgs.key.setdefault(search_key(name), org_id)
        for person_id, uid, name in conn.exec_driver_sql(
                "SELECT id, uid, display_name FROM person"):
            matcher.people.add(person_id, uid, name)
        for org_id, person_id, kind, value, e164 in conn.exec_driver_sql(
                "SELECT org_id, person_id, kind, value, e164 FROM contactpoint "
                "WHERE kind IN ('email', 'phone', 'fax', 'hotline')"):
            index = matcher.orgs if org_id is not None else matcher.people
            index.add_contact(org_id if org_id is not None else person_id, kind, value, e164)
        return matcher
