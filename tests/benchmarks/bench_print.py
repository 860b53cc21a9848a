"""Benchmark: a print draft of N generated organisations to PDF (and the other formats).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_print.py [N ...]

prints a table of (operation, size, seconds, peak MB). Targets: 10,000 organisations to PDF in
under 60 s and under 1 GB. Peak MB is the process's peak resident size (ru_maxrss) after each
operation, so it only grows from row to row.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from directory_app.domain import models as m
from directory_app.domain.text import sort_key
from directory_app.store import search
from directory_app.store.database import Directory, open_directory

WORDS = ("human rights centre civic initiative regional legal aid ecological watch women's "
         "council youth memorial helsinki group foundation society union network").split()
CYRILLIC = "правозащитный центр гражданская инициатива региональная общественная помощь".split()
CITIES = [("Moscow", "121019"), ("St. Petersburg", "191186"), ("Kazan", "420111"),
          ("Perm", "614000"), ("Novosibirsk", "630099"), ("Tomsk", "634050")]
CONTACT = {"value": "", "street": "", "postal_code": "", "city": "", "country": "",
           "privacy": "public"}
LOREM = ("The group monitors detention conditions, gives free legal advice and publishes "
         "reports on the rights of prisoners, refugees and conscripts in the region. ")


def generate(directory: Directory, size: int, seed: int = 7) -> None:
    """`size` organisations with regions, contacts, other names and two people each.

    SQLAlchemy Core inserts in one transaction; the search index is rebuilt at the end.
    """
    rng = random.Random(seed)
    tables = {name: getattr(m, name).__table__ for name in
              ("Region", "Organisation", "OrgRegion", "ContactPoint", "OtherName", "Person",
               "Affiliation")}
    with directory.begin() as conn:
        conn.execute(insert(tables["Region"]), [{"id": 1, "name": "NIS", "parent_id": None},
                                                {"id": 2, "name": "Russia", "parent_id": 1}])
        regions = [{"id": 3 + i, "name": city, "parent_id": 2}
                   for i, (city, _code) in enumerate(CITIES)]
        conn.execute(insert(tables["Region"]), regions)
        orgs, links, contacts, names, people, affiliations = [], [], [], [], [], []
        for i in range(1, size + 1):
            words = rng.sample(WORDS, 3)
            name = f"{' '.join(words).title()} {i}"
            city_index = rng.randrange(len(CITIES))
            city, code = CITIES[city_index]
            orgs.append({"id": i, "uid": f"bench-{i}", "name": name, "sort_name": sort_key(name),
                         "kind": "ngo", "status": "active", "description": LOREM * 2,
                         "history": LOREM, "source": "Generated for the benchmark",
                         "last_verified": date(2024, 1 + i % 12, 1 + i % 28)})
            links.append({"org_id": i, "region_id": 3 + city_index})
            contacts += [
                {**CONTACT, "org_id": i, "kind": "address", "postal_code": code, "city": city,
                 "street": f"ul. Lenina {i % 90 + 1}", "country": "Russia"},
                {**CONTACT, "org_id": i, "kind": "phone", "value": f"+7 495 {i:07d}"},
                {**CONTACT, "org_id": i, "kind": "email", "value": f"info{i}@example.org"}]
            names.append({"org_id": i, "name": " ".join(rng.sample(CYRILLIC, 3)).capitalize(),
                          "kind": "translation", "language": "ru"})
            for j in (0, 1):
                pid = 2 * i + j
                family = f"Ivanov{pid}"
                people.append({"id": pid, "uid": f"bench-p{pid}", "given_name": "Anna",
                               "family_name": family, "display_name": f"Anna {family}",
                               "sort_name": sort_key(family), "privacy": "public",
                               "consent": "given"})
                affiliations.append({"person_id": pid, "org_id": i, "role": "Coordinator"})
        for table, rows in (("Organisation", orgs), ("OrgRegion", links),
                            ("ContactPoint", contacts), ("OtherName", names), ("Person", people),
                            ("Affiliation", affiliations)):
            conn.execute(insert(tables[table]), rows)
        search.rebuild_all(conn)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(size: int, formats: tuple[str, ...] = ("pdf",)) -> list[tuple[str, int, float, float]]:
    """Generate `size` organisations, print them; rows of (operation, size, seconds, peak MB)."""
    from PySide6.QtGui import QGuiApplication

    from directory_app.exchange.printing.build import DraftOptions, build_draft
    from directory_app.exchange.printing.writers import write_draft
    from directory_app.exchange.profiles import PUBLIC_HANDBOOK
    from directory_app.exchange.scope import Scope

    _app = QGuiApplication.instance() or QGuiApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        directory = open_directory(Path(folder) / "bench.sqlite")
        try:
            start = time.perf_counter()
            generate(directory, size)
            rows.append(("generate", size, time.perf_counter() - start, _peak_mb()))
            start = time.perf_counter()
            draft = build_draft(directory, Scope(), PUBLIC_HANDBOOK, DraftOptions())
            rows.append(("build draft", size, time.perf_counter() - start, _peak_mb()))
            for fmt in formats:
                start = time.perf_counter()
                write_draft(draft, Path(folder) / f"draft.{fmt}", fmt)
                rows.append((f"write {fmt}", size, time.perf_counter() - start, _peak_mb()))
        finally:
            directory.close()
    return rows


def print_table(rows: list[tuple[str, int, float, float]]) -> None:
    print(f"{'operation':<14} {'size':>7} {'seconds':>9} {'peak MB':>9}")
    for operation, size, seconds, peak in rows:
        print(f"{operation:<14} {size:>7} {seconds:>9.2f} {peak:>9.0f}")


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [10_000]
    for n in sizes:
        print_table(run(n, ("pdf", "odt", "docx", "html") if n <= 2000 else ("pdf",)))
