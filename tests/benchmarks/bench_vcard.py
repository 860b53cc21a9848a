"""vCard import and export speed beside vobject's own parse and serialisation of the same cards.

    .venv/bin/python tests/benchmarks/bench_vcard.py [CARDS]     (default 50,000)

Cards are generated (one organisation per ten people, Cyrillic names, phones, e-mails, an
address per organisation), written as one vCard 3.0 file, then in the same run:
- vobject `readComponents` of that file (the anchor for reading) and `serialize()` of every
  component it read (the anchor for writing);
- our parser alone, parser + mapping to records, and the import through the shared pipeline
  (parse, match, commit into an empty directory, with its backup and change log);
- our export of that directory back to one .vcf (bulk read, profile, cards, file).
Each row gives seconds, cards per second, peak Python memory (tracemalloc, measured in a second
run so that timing is not slowed), the anchor and the ratio to it. Targets: import and export
at least 3x their anchors.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import vobject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from directory_app.exchange import vcard_write as vw  # noqa: E402
from directory_app.exchange.pipeline import run_import  # noqa: E402
from directory_app.exchange.profiles import INTERNAL_FULL  # noqa: E402
from directory_app.exchange.vcard_export import export_vcard  # noqa: E402
from directory_app.exchange.vcard_import import VcardImport  # noqa: E402
from directory_app.exchange.vcard_map import cards_to_records  # noqa: E402
from directory_app.exchange.vcard_parse import read_path  # noqa: E402
from directory_app.store.database import open_directory  # noqa: E402

GIVEN = ["Александр", "Мария", "Сергей", "Елена", "Дмитрий", "Ольга", "Андрей", "Наталья",
         "Алексей", "Татьяна", "Игорь", "Светлана"]
FAMILY = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
          "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков"]
PATRONYMIC = ["Александрович", "Сергеевич", "Дмитриевич", "Андреевич", "Игоревич"]
CITIES = ["Москва", "Санкт-Петербург", "Казань", "Пермь", "Екатеринбург", "Новосибирск"]
WORDS = ["правозащитный", "центр", "Мемориал", "общество", "фонд", "помощи", "беженцам",
         "экологическая", "вахта", "союз", "комитет", "матерей"]


@dataclass
class Row:
    operation: str
    size: int
    seconds: float
    cards_per_s: float
    peak_mb: float
    anchor: str
    anchor_seconds: float
    ratio: float


def generate(size: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    n_orgs = max(1, size // 10)
    orgs = []
    for i in range(n_orgs):
        name = " ".join(rng.sample(WORDS, 3)).capitalize() + f" № {i + 1}"
        orgs.append({
            "uid": f"org-{i}", "name": name, "kind": "ngo",
            "description": f"{name}: помощь людям, {rng.choice(CITIES)}; с {1988 + i % 30} г.",
            "tags": ["права человека"], "other_names": [f"Org {i + 1}"],
            "contacts": [
                {"kind": "phone", "value": f"+7 495 {i // 10000 % 1000:03d}-{i % 10000:04d}"[:16],
                 "label": "приёмная"},
                {"kind": "email", "value": f"info{i}@org{i}.ru"},
                {"kind": "website", "value": f"https://org{i}.ru"},
                {"kind": "address", "street": f"ул. Ленина, д. {i % 200 + 1}",
                 "city": rng.choice(CITIES), "postal_code": f"{101000 + i % 800}",
                 "country": "Россия"}]})
    people = []
    for j in range(size - n_orgs):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        patronymic = rng.choice(PATRONYMIC)
        people.append({
            "uid": f"person-{j}", "display_name": f"{given} {patronymic} {family} {j}",
            "given_name": given, "family_name": f"{family} {j}", "patronymic": patronymic,
            "affiliations": [(orgs[j % n_orgs]["name"], "координатор")],
            "contacts": [{"kind": "phone", "value": f"+7 916 {j // 10000 % 1000:03d}-"
                                                    f"{j % 10000:04d}", "label": "мобильный"},
                         {"kind": "email", "value": f"person{j}@mail.ru"}]})
    return orgs, people


def _timed(work: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _peak_mb(work: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run(size: int = 50_000, workdir: Path | None = None, *, peaks: bool = True) -> list[Row]:
    """Measure everything at `size` cards; returns one row per operation."""
    own = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="bench-vcard-"))
    os.environ.setdefault("NGO_DIRECTORY_HOME", str(workdir / "home"))
    orgs, people = generate(size)
    source = workdir / "source.vcf"
    cards = [vw.NamedCard(o["name"], vw.org_card(o)) for o in orgs]
    cards += [vw.NamedCard(p["display_name"], vw.person_card(p)) for p in people]
    vw.write_vcf(cards, source)
    del cards
    text = source.read_text(encoding="utf-8")
    rows: list[Row] = []

    def vobject_parse():
        return list(vobject.readComponents(text))

    holder: dict[str, list] = {}

    def vobject_serialise():
        for component in holder["components"]:
            component.serialize()

    # vobject's anchors first, and its 50,000 components dropped before our runs: kept alive,
    # they would slow every garbage collection in the runs that follow.
    parse_s = _timed(lambda: holder.update(components=vobject_parse()))
    assert len(holder["components"]) == size
    serialise_s = _timed(vobject_serialise)
    anchor_rows = [Row("vobject parse", size, parse_s, size / parse_s, 0.0, "", 0.0, 0.0),
                   Row("vobject serialise", size, serialise_s, size / serialise_s, 0.0, "",
                       0.0, 0.0)]
    if peaks:
        anchor_rows[1].peak_mb = _peak_mb(vobject_serialise)
        holder.clear()
        anchor_rows[0].peak_mb = _peak_mb(vobject_parse)
    holder.clear()

    def ours_serialise():
        for o in orgs:
            vw.org_card(o)
        for p in people:
            vw.person_card(p)

    counter = iter(range(10_000))

    def import_once():
        target = open_directory(workdir / f"import-{next(counter)}.sqlite")
        try:
            report = run_import(target, VcardImport(source))
            assert report.counts["records"] == size and not report.counts["errors"]
        finally:
            target.close()

    exported = workdir / "export.vcf"

    def export_once():
        result = export_vcard(directory, exported, profile=INTERNAL_FULL)
        assert result.cards == size

    operations = [
        ("parse (ours)", lambda: list(read_path(source)), "vobject parse", parse_s),
        ("parse + map to records", lambda: list(cards_to_records(read_path(source), "s")),
         "vobject parse", parse_s),
        ("import: parse, match, commit", import_once, "vobject parse", parse_s),
        ("serialise cards (ours)", ours_serialise, "vobject serialise", serialise_s),
    ]
    for name, work, anchor, anchor_s in operations:
        seconds = _timed(work)
        rows.append(Row(name, size, seconds, size / seconds, 0.0, anchor, anchor_s,
                        anchor_s / seconds))
    directory = open_directory(workdir / "import-0.sqlite")
    try:
        seconds = _timed(export_once)
        rows.append(Row("export: read, profile, write .vcf", size, seconds, size / seconds, 0.0,
                        "vobject serialise", serialise_s, serialise_s / seconds))
        if peaks:
            works = {"parse (ours)": operations[0][1], "parse + map to records":
                     operations[1][1], "import: parse, match, commit": import_once,
                     "serialise cards (ours)": ours_serialise,
                     "export: read, profile, write .vcf": export_once}
            for row in rows:
                row.peak_mb = _peak_mb(works[row.operation])
    finally:
        directory.close()
    rows.extend(anchor_rows)
    if own:
        import shutil
        shutil.rmtree(workdir, ignore_errors=True)
    return rows


def table(rows: list[Row]) -> str:
    head = (f"{'operation':<36} {'cards':>7} {'seconds':>8} {'cards/s':>9} {'peak MB':>8} "
            f"{'anchor':<18} {'anchor s':>8} {'ratio':>6}")
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r.operation:<36} {r.size:>7} {r.seconds:>8.2f} {r.cards_per_s:>9,.0f} "
                     f"{r.peak_mb:>8.1f} {r.anchor:<18} "
                     + (f"{r.anchor_seconds:>8.2f} {r.ratio:>5.1f}x" if r.anchor else ""))
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)))
