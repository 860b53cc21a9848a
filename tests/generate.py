"""Generated directories of any size for model tests and the GUI benchmark (Core inserts)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from directory_app.domain import models as m
from directory_app.domain.text import sort_key
from directory_app.store import search
from directory_app.store.database import Directory

LATIN = ["Human", "Rights", "Memorial", "Youth", "Helsinki", "Legal", "Women", "Ecology",
         "Civic", "Freedom", "Refugee", "Press", "Prison", "Soldiers", "Mothers", "Dignity"]
CYRILLIC = ["Мемориал", "Правозащитный", "Экологический", "Молодёжный", "Женский",
            "Гражданский", "Свобода", "Солдатские", "Матери", "Достоинство", "Пресса",
            "Беженцы", "Право", "Надежда", "Голос", "Союз"]
TAILS = ["Centre", "Group", "Network", "Foundation", "Центр", "Группа", "Фонд", "Сеть"]
CITIES = ["Moscow", "Kazan", "Perm", "Tver", "Omsk", "Samara", "Pskov", "Tomsk", "Ufa", "Orel"]
GIVEN = ["Anna", "Boris", "Olga", "Ivan", "Мария", "Сергей", "Елена", "Дмитрий"]
FAMILY = ["Ivanova", "Petrov", "Sidorova", "Orlov", "Кузнецова", "Смирнов", "Попова", "Соколов"]
KINDS = ["ngo", "ngo", "ngo", "local_group", "network", "resource_centre", "branch_office"]


def generate_directory(directory: Directory, orgs: int, people: int = 0, seed: int = 1,
                       region_id: int | None = None) -> list[int]:
    """Add `orgs` organisations (a phone, an e-mail and an address each) and `people` people
    affiliated with them; every fourth organisation is listed under `region_id`. Returns ids."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with directory.begin() as conn:
        first = (conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM organisation")
                 .scalar_one() + 1)
        ids = list(range(first, first + orgs))
        org_rows, contacts = [], []
        for i in ids:
            words = rng.sample(LATIN if i % 2 else CYRILLIC, 2)
            name = f"{words[0]} {words[1]} {rng.choice(TAILS)} {i}"
            verified = date.today() - timedelta(days=rng.randrange(0, 900)) if i % 3 else None
            org_rows.append(dict(
                id=i, uid=str(uuid.UUID(int=rng.getrandbits(128))), name=name,
                sort_name=sort_key(name), kind=rng.choice(KINDS), status="active",
                size="", meeting_rhythm="", languages="", description=f"{name} works in "
                f"{rng.choice(CITIES)} on {' and '.join(rng.sample(LATIN, 3)).lower()}.",
                mission="", history="", activities="", notes="", source="", extra="",
                last_verified=verified, created_at=now, updated_at=now))
            city = rng.choice(CITIES)
            base = dict(person_id=None, label="", e164="", service="", street="", po_box="",
                        postal_code="", city="", region="", country="", sort_order=0,
                        privacy="public", org_id=i)
            contacts.append({**base, "kind": "address", "value": "", "city": city,
                             "country": "Russia"})
            contacts.append({**base, "kind": "phone", "value": f"+7 495 {i % 1000:03d}-{i:05d}"})
            contacts.append({**base, "kind": "email", "value": f"office{i}@example.org"})
        conn.execute(insert(m.Organisation.__table__), org_rows)
        conn.execute(insert(m.ContactPoint.__table__), contacts)
        if region_id is not None:
            conn.execute(insert(m.OrgRegion.__table__),
                         [{"org_id": i, "region_id": region_id} for i in ids[::4]])
        person_ids = _people(conn, rng, ids, people, now) if people else []
        search.reindex_orgs(conn, ids)
        search.reindex_people(conn, person_ids)
    return ids


def _people(conn, rng: random.Random, org_ids: list[int], count: int, now) -> list[int]:
    first = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM person").scalar_one() + 1
    ids = list(range(first, first + count))
    rows, affiliations = [], []
    for i in ids:
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        rows.append(dict(id=i, uid=str(uuid.UUID(int=rng.getrandbits(128))), given_name=given,
                         family_name=family, patronymic="", display_name=f"{given} {family}",
                         sort_name=sort_key(f"{family} {given}"), notes="", consent="unknown",
                         privacy="public" if i % 2 else "internal", extra="",
                         created_at=now, updated_at=now))
        affiliations.append(dict(person_id=i, org_id=rng.choice(org_ids), role="Coordinator",
                                 is_primary=True))
    conn.execute(insert(m.Person.__table__), rows)
    conn.execute(insert(m.Affiliation.__table__), affiliations)
    return ids
