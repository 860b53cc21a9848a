"""A deterministic generator of realistic directories for the benchmarks.

`generate(size, seed)` returns a `Dataset`: rows for every table of the directory, as tuples in
the column order of `COLUMNS`, with ids assigned. At `size` organisations it holds exactly
`size` organisations (15 % of them offices of another), `2 * size` people, `3 * size`
affiliations and `5 * size` contact points, plus region tree, tags, other names and relations;
the defaults give the 100,000-organisation directory of issue 9. The same seed always gives the
same rows.

Names mix Russian and English (each organisation is built from parts that exist in both
languages, and often carries the other language's form as a translation); phones come in the
formats handbooks print, old codes such as Moscow's 095 included; descriptions run to about 300
characters.

Writers (see `writers.py`) put a dataset into a directory file (SQLAlchemy Core bulk inserts,
then the FTS index), into an empty database with raw `sqlite3` (the benchmark's anchor), into a
CSV file and into vCard 3.0 text.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from directory_app.domain.text import latinise, search_key, sort_key
from tests.benchmarks import words as w

DEFAULT_SIZE = 100_000
SEED = 1996
OFFICE_SHARE = 0.15

# Column order of each table's tuples. tests/test_benchmarks_smoke.py checks these against the
# models, so a schema change shows up there rather than as a half-filled benchmark directory.
COLUMNS: dict[str, tuple[str, ...]] = {
    "region": ("id", "name", "parent_id", "sort_order"),
    "tag": ("id", "name"),
    "organisation": ("id", "uid", "name", "sort_name", "kind", "parent_id", "founded_year",
                     "status", "size", "meeting_rhythm", "languages", "description", "mission",
                     "history", "activities", "notes", "source", "source_date", "last_verified",
                     "extra", "created_at", "updated_at"),
    "othername": ("id", "org_id", "name", "kind", "language"),
    "orgregion": ("org_id", "region_id"),
    "orgtag": ("org_id", "tag_id"),
    "person": ("id", "uid", "given_name", "family_name", "patronymic", "display_name",
               "sort_name", "notes", "consent", "consent_date", "privacy", "extra", "created_at",
               "updated_at"),
    "affiliation": ("id", "person_id", "org_id", "role", "start_date", "end_date", "is_primary"),
    "contactpoint": ("id", "org_id", "person_id", "kind", "label", "value", "e164", "service",
                     "street", "po_box", "postal_code", "city", "region", "country",
                     "sort_order", "privacy"),
    "relation": ("id", "from_org_id", "to_org_id", "kind", "note"),
}
# Insert order: every foreign key points at a table earlier in the list.
TABLES = tuple(COLUMNS)

_EPOCH = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
_CITY_WEIGHTS = [12, 6] + [1] * (len(w.CITIES) - 2)   # Moscow and St. Petersburg dominate


@dataclass
class Dataset:
    """Generated rows per table (tuples in `COLUMNS` order) and what the writers need besides."""

    size: int
    seed: int
    tables: dict[str, list[tuple]] = field(default_factory=lambda: {t: [] for t in TABLES})
    region_paths: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.tables[table])

    def total_rows(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def dicts(self, table: str, start: int = 0, stop: int | None = None) -> list[dict]:
        cols = COLUMNS[table]
        return [dict(zip(cols, row, strict=True)) for row in self.tables[table][start:stop]]


def counts_for(size: int) -> dict[str, int]:
    """The exact number of main rows a dataset of `size` organisations holds."""
    return {"organisation": size, "person": 2 * size, "affiliation": 3 * size,
            "contactpoint": 5 * size}


def generate(size: int = DEFAULT_SIZE, seed: int = SEED) -> Dataset:
    if size < 2:
        raise ValueError("a generated directory needs at least two organisations")
    gen = _Generator(size, seed)
    gen.regions_and_tags()
    gen.organisations()
    gen.people()
    gen.contacts()
    gen.relations()
    return gen.ds


@dataclass
class _Org:
    lang: str
    city: int
    slug: str


class _Generator:
    def __init__(self, size: int, seed: int):
        self.ds = Dataset(size, seed)
        self.rng = random.Random(seed)
        self.t = self.ds.tables
        self.orgs: list[_Org] = []          # index = org id - 1
        self.person_lang: list[str] = []    # index = person id - 1
        self.person_slug: list[str] = []
        self.city_region: list[int] = []
        self.sort_orders: dict[tuple[str, int], int] = {}

    # -- helpers ----------------------------------------------------------------------------
    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self) -> datetime:
        return _EPOCH - timedelta(seconds=self.rng.randrange(0, 20 * 365 * 86400))

    def day(self, first_year: int) -> date:
        start = date(first_year, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(2026, 11, 1) - start).days))

    def description(self, lang: str, city: int) -> str:
        sentences = w.RU_SENTENCES if lang == "ru" else w.EN_SENTENCES
        c = w.CITIES[city]
        year = self.rng.randrange(1987, 2015)
        parts, length = [], 0
        for sentence in self.rng.sample(sentences, 6):
            parts.append(sentence.format(city_gen=c[1], city=c[2], year=year))
            length += len(parts[-1]) + 1
            if length >= 280:
                break
        return " ".join(parts)

    # -- tables -----------------------------------------------------------------------------
    def regions_and_tags(self) -> None:
        ids: dict[tuple[str, ...], int] = {}
        for city in w.CITIES:
            path = city[3]
            for depth in range(1, len(path) + 1):
                prefix = path[:depth]
                if prefix not in ids:
                    ids[prefix] = len(ids) + 1
                    parent = ids.get(prefix[:-1])
                    self.t["region"].append((ids[prefix], prefix[-1], parent, len(ids)))
                    self.ds.region_paths[ids[prefix]] = prefix
            self.city_region.append(ids[path])
        self.country_region = [ids[city[3][:2]] for city in w.CITIES]
        self.t["tag"].extend((i + 1, name) for i, name in enumerate(w.TAGS))

    def organisations(self) -> None:
        size = self.ds.size
        offices = int(size * OFFICE_SHARE)
        heads = size - offices
        for org_id in range(1, heads + 1):
            self.head_org(org_id)
        for org_id in range(heads + 1, size + 1):
            self.office(org_id, parent=self.rng.randrange(1, heads + 1))

    def head_org(self, org_id: int) -> None:
        rng = self.rng
        lang = "ru" if rng.random() < 0.6 else "en"
        city = rng.choices(range(len(w.CITIES)), _CITY_WEIGHTS)[0]
        ru, en, kind, abbr, slug = self.org_name(city)
        name, other = (ru, en) if lang == "ru" else (en, ru)
        slug = f"{slug}-{search_key(w.CITIES[city][2]).replace(' ', '-')}"
        self.add_org(org_id, name, kind, None, lang, city, slug)
        if rng.random() < 0.5:
            self.t["othername"].append((len(self.t["othername"]) + 1, org_id, other,
                                        "translation", "en" if lang == "ru" else "ru"))
        if rng.random() < 0.1:
            self.t["othername"].append((len(self.t["othername"]) + 1, org_id, abbr,
                                        "abbreviation", ""))
        for tag in rng.sample(range(1, len(w.TAGS) + 1), rng.randrange(1, 3)):
            self.t["orgtag"].append((org_id, tag))

    def org_name(self, city: int) -> tuple[str, str, str, str, str]:
        """(Russian name, English name, kind, abbreviation, e-mail/web slug)."""
        rng = self.rng
        noun_ru, gender, noun_en, kind = rng.choice(w.NOUNS)
        adj = rng.choice(w.ADJECTIVES)
        c = w.CITIES[city]
        template = rng.randrange(4)
        if template == 0:
            prop = rng.choice(w.PROPER)
            ru, en = f"{adj[gender]} {noun_ru} «{prop[0]}»", f"{prop[1]} {adj[3]} {noun_en}"
            slug = prop[1]
        elif template == 1:
            ru, en = f"{adj[gender]} {noun_ru} {c[1]}", f"{c[2]} {adj[3]} {noun_en}"
            slug = f"{adj[3]} {noun_en}"
        elif template == 2:
            purpose = rng.choice(w.PURPOSES)
            ru = f"{noun_ru.capitalize()} {purpose[0]} {c[1]}"
            en, slug = f"{c[2]} {noun_en} {purpose[1]}", purpose[1]
        else:
            prop = rng.choice(w.PROPER)
            ru, en = f"{noun_ru.capitalize()} «{prop[0]}»", f"{prop[1]} {noun_en}"
            slug = prop[1]
        if rng.random() < 0.08:
            kind = rng.choice(["resource_centre", "public_body", "international"])
        abbr = "".join(word[0] for word in ru.replace("«", "").split() if word[0].isalpha())
        return ru, en, kind, abbr.upper(), search_key(slug).replace(" ", "-")

    def office(self, org_id: int, parent: int) -> None:
        rng = self.rng
        head = self.orgs[parent - 1]
        city = rng.choices(range(len(w.CITIES)), _CITY_WEIGHTS)[0]
        c = w.CITIES[city]
        parent_name = self.t["organisation"][parent - 1][2]
        if head.lang == "ru":
            name = f"{parent_name} — отделение в г. {c[0]}"
        else:
            name = f"{parent_name} — {c[2]} office"
        kind = rng.choice(["branch_office", "information_office", "local_group"])
        slug = f"{head.slug}-{search_key(c[2]).replace(' ', '-')}"
        self.add_org(org_id, name, kind, parent, head.lang, city, slug)
        if rng.random() < 0.5:
            self.t["orgtag"].append((org_id, rng.randrange(1, len(w.TAGS) + 1)))

    def add_org(self, org_id, name, kind, parent, lang, city, slug) -> None:
        rng = self.rng
        created = self.stamp()
        verified = self.day(2019) if rng.random() < 0.7 else None
        status = rng.choices(["active", "dormant", "closed", "unverified"], [80, 8, 4, 8])[0]
        languages = "Russian" if lang == "ru" else rng.choice(["English", "Russian, English"])
        self.t["organisation"].append((
            org_id, self.uid(), name, sort_key(name), kind, parent, rng.randrange(1987, 2020),
            status, "", "", languages, self.description(lang, city), "", "", "", "",
            "Benchmark generator", None, verified, "", created,
            created + timedelta(days=rng.randrange(0, 400))))
        self.orgs.append(_Org(lang, city, slug))
        self.t["orgregion"].append((org_id, self.city_region[city]))
        if rng.random() < 0.1 and self.country_region[city] != self.city_region[city]:
            self.t["orgregion"].append((org_id, self.country_region[city]))

    def people(self) -> None:
        rng, size = self.rng, self.ds.size
        affiliations = self.t["affiliation"]
        # Every organisation gets one contact person; the second half of people join at random.
        for person_id in range(1, 2 * size + 1):
            org_id = person_id if person_id <= size else rng.randrange(1, size + 1)
            self.person(person_id, self.orgs[org_id - 1].lang)
            affiliations.append((len(affiliations) + 1, person_id, org_id,
                                 self.role(org_id), self.day(1995), None, True))
        for _ in range(size):
            person_id = rng.randrange(1, 2 * size + 1)
            org_id = rng.randrange(1, size + 1)
            if org_id == affiliations[person_id - 1][2]:
                org_id = org_id % size + 1
            affiliations.append((len(affiliations) + 1, person_id, org_id, self.role(org_id),
                                 self.day(1995), None, False))

    def role(self, org_id: int) -> str:
        return self.rng.choice(w.RU_ROLES if self.orgs[org_id - 1].lang == "ru" else w.EN_ROLES)

    def person(self, person_id: int, org_lang: str) -> None:
        rng = self.rng
        female = rng.random() < 0.55
        patronymic = ""
        if org_lang == "ru" or rng.random() < 0.5:
            given = rng.choice(w.RU_FEMALE if female else w.RU_MALE)
            family = rng.choice(w.RU_FAMILY)[1 if female else 0]
            if org_lang == "ru":
                patronymic = rng.choice(w.PATRONYMICS)[1 if female else 0]
            else:   # Russian people of English-language organisations, transliterated
                given, family = latinise(given), latinise(family)
        else:
            given, family = rng.choice(w.EN_GIVEN), rng.choice(w.EN_FAMILY)
        display = " ".join(p for p in (given, patronymic, family) if p)
        privacy = rng.choices(["public", "internal", "confidential"], [40, 55, 5])[0]
        consent = rng.choices(["given", "unknown", "refused"], [50, 45, 5])[0]
        created = self.stamp()
        self.t["person"].append((
            person_id, self.uid(), given, family, patronymic, display, sort_key(family), "",
            consent, self.day(2010) if consent == "given" else None, privacy, "", created,
            created + timedelta(days=rng.randrange(0, 400))))
        self.person_lang.append(org_lang)
        self.person_slug.append(f"{search_key(given)[:1]}.{search_key(family).replace(' ', '')}")

    def contacts(self) -> None:
        rng, size = self.rng, self.ds.size
        for org_id in range(1, size + 1):
            self.org_address(org_id)
            self.phone(org_id, None, "phone")
            self.email(org_id, None)
        for _ in range(size // 2):      # faxes, websites and second phones, 0.5 per organisation
            org_id = rng.randrange(1, size + 1)
            kind = rng.choices(["fax", "website", "phone"], [40, 40, 20])[0]
            if kind == "website":
                self.website(org_id)
            else:
                self.phone(org_id, None, kind)
        for _ in range(5 * size - len(self.t["contactpoint"])):   # 1.5 per organisation
            person_id = rng.randrange(1, 2 * size + 1)
            if rng.random() < 0.5:
                self.phone(None, person_id, "phone")
            else:
                self.email(None, person_id)

    def add_contact(self, org_id, person_id, kind, *, label="", value="", e164="", street="",
                    po_box="", postal_code="", city="", region="", country="") -> None:
        owner = ("o", org_id) if org_id else ("p", person_id)
        order = self.sort_orders.get(owner, 0)
        self.sort_orders[owner] = order + 1
        if org_id:
            privacy = "public"
        else:
            privacy = self.rng.choices(["public", "internal", "confidential"], [25, 70, 5])[0]
        rows = self.t["contactpoint"]
        rows.append((len(rows) + 1, org_id, person_id, kind, label, value, e164, "", street,
                     po_box, postal_code, city, region, country, order, privacy))

    def org_address(self, org_id: int) -> None:
        rng, org = self.rng, self.orgs[org_id - 1]
        c = w.CITIES[org.city]
        street_ru, street_en = rng.choice(w.STREETS)
        number = rng.randrange(1, 120)
        if org.lang == "ru":
            street, city, country = f"{street_ru}, д. {number}", c[0], ""
            po_box = f"а/я {rng.randrange(1, 999)}" if rng.random() < 0.3 else ""
            if rng.random() < 0.4:
                street += f", кв. {rng.randrange(1, 200)}"
        else:
            street, city, country = f"{street_en} {number}", c[2], c[8]
            po_box = f"PO Box {rng.randrange(1, 999)}" if rng.random() < 0.3 else ""
        postal = (c[7] + "".join(str(rng.randrange(10)) for _ in range(6)))[:6]
        self.add_contact(org_id, None, "address", label="Head office", street=street,
                         po_box=po_box, postal_code=postal, city=city, region=c[3][-2],
                         country=country)

    def phone(self, org_id, person_id, kind: str) -> None:
        rng = self.rng
        lang = self.orgs[org_id - 1].lang if org_id else self.person_lang[person_id - 1]
        city = self.orgs[org_id - 1].city if org_id else rng.choices(
            range(len(w.CITIES)), _CITY_WEIGHTS)[0]
        c = w.CITIES[city]
        old, new, cc = c[4], c[5], c[6]
        local = "".join(str(rng.randrange(10)) for _ in range(10 - len(new) if cc == "7" else 7))
        e164 = f"+{cc}{new}{local}"
        style = rng.randrange(6)
        if style < 2 and cc == "7":     # as the 1990s handbooks print them: old codes
            short = local[-(10 - len(old)):]
            body = f"{short[:-4]}-{short[-4:-2]}-{short[-2:]}"
            value = f"{old}-{body}" if style == 0 else f"({old}) {body}"
        elif style == 2:
            value = f"+{cc} ({new}) {local[:-4]}-{local[-4:-2]}-{local[-2:]}"
        elif style == 3:
            value = f"+{cc} {new} {local[:-4]} {local[-4:-2]} {local[-2:]}"
        elif style == 4 and cc == "7":
            value = f"8 ({new}) {local}"
        else:
            value = f"+{cc}-{new}-{local}"
        label = "" if lang == "en" or rng.random() < 0.7 else rng.choice(["офис", "моб.", "дом."])
        self.add_contact(org_id, person_id, kind, label=label, value=value, e164=e164)

    def email(self, org_id, person_id) -> None:
        rng = self.rng
        if org_id:
            local = self.orgs[org_id - 1].slug
            if rng.random() < 0.3:
                local = rng.choice(["info", "office", "mail", "hr"]) + str(org_id)
            else:
                local = f"{local}{org_id}"
        else:
            local = f"{self.person_slug[person_id - 1]}{person_id}"
        self.add_contact(org_id, person_id, "email", value=f"{local}@{rng.choice(w.MAIL_DOMAINS)}")

    def website(self, org_id: int) -> None:
        slug = self.orgs[org_id - 1].slug
        value = self.rng.choice([f"www.{slug}.ru", f"http://{slug}.org", f"https://{slug}.ru/"])
        self.add_contact(org_id, None, "website", value=value)

    def relations(self) -> None:
        rng, size = self.rng, self.ds.size
        networks = [r[0] for r in self.t["organisation"] if r[4] == "network"] or [1]
        rows = self.t["relation"]
        for rel_id in range(1, size // 2 + 1):
            kind = rng.choices(["partner", "member_of", "funded_by", "accredited_by"],
                               [60, 25, 10, 5])[0]
            source = rng.randrange(1, size + 1)
            target = rng.choice(networks) if kind == "member_of" else rng.randrange(1, size + 1)
            if target == source:
                target = source % size + 1
            note = rng.choice(["", "", "Joint projects since 2001", "Совместные программы"])
            rows.append((rel_id, source, target, kind, note))
