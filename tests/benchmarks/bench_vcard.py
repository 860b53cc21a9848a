"""vCard import and export beside vobject's own parse and serialisation of the same cards.

    .venv/bin/python -m tests.benchmarks.bench_vcard [ORGANISATIONS]   (default 25,000)

`size` is the number of organisations, as for every benchmark here; the cards are 2 × size:
one card per organisation (a tenth of them) and per person, generated with Cyrillic names,
phones, e-mails and addresses, written as one vCard 3.0 file. In the same run:
- anchors: vobject `readComponents` of that file, and `serialize()` of every component read;
- our parser alone; the import through the shared pipeline (parse, match, commit into an empty
  directory, with its backup, change log and search index); our serialisation of the same
  cards; our export of the imported directory (bulk read, profile, cards, one .vcf).
Ratios are times (`seconds / anchor seconds`). The import is timed twice: reading the file in a
child process (`exchange/parallel_read.py`, forced here; the app does it when the load average
leaves a core free), and in process. The first needs a free second core to be faster.
Targets: import and export at least 3 times their anchor's rate, i.e. ratio ≤ 0.33. Heavy steps
run in fresh processes for their peak RSS (the import's is its parent's, not its reading child's).
"""

from __future__ import annotations

import gc
import random
import sys
import time
from pathlib import Path

from tests.benchmarks import common
from tests.benchmarks.common import Row

TARGET = 1 / 3
GIVEN = ["Александр", "Мария", "Сергей", "Елена", "Дмитрий", "Ольга", "Андрей", "Наталья",
         "Алексей", "Татьяна", "Игорь", "Светлана"]
FAMILY = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
          "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков"]
PATRONYMIC = ["Александрович", "Сергеевич", "Дмитриевич", "Андреевич", "Игоревич"]
CITIES = ["Москва", "Санкт-Петербург", "Казань", "Пермь", "Екатеринбург", "Новосибирск"]
WORDS = ["правозащитный", "центр", "Мемориал", "общество", "фонд", "помощи", "беженцам",
         "экологическая", "вахта", "союз", "комитет", "матерей"]


def generate(cards: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """Organisation and person dicts (as `vcard_export` gathers them) for `cards` cards."""
    rng = random.Random(seed)
    n_orgs = max(1, cards // 10)
    orgs = []
    for i in range(n_orgs):
        name = " ".join(rng.sample(WORDS, 3)).capitalize() + f" № {i + 1}"
        orgs.append({
            "uid": f"org-{i}", "name": name, "kind": "ngo",
            "description": f"{name}: помощь людям, {rng.choice(CITIES)}; с {1988 + i % 30} г.",
            "tags": ["права человека"], "other_names": [f"Org {i + 1}"],
            "contacts": [
                {"kind": "phone", "value": f"+7 495 {i // 10000 % 1000:03d}-{i % 10000:04d}",
                 "label": "приёмная"},
                {"kind": "email", "value": f"info{i}@org{i}.ru"},
                {"kind": "website", "value": f"https://org{i}.ru"},
                {"kind": "address", "street": f"ул. Ленина, д. {i % 200 + 1}",
                 "city": rng.choice(CITIES), "postal_code": f"{101000 + i % 800}",
                 "country": "Россия"}]})
    people = []
    for j in range(cards - n_orgs):
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


# -- jobs: module-level, so that `common.isolated` can run them in a fresh process -------------
def _write_job(cards: int, path: str) -> int:
    from directory_app.exchange import vcard_write as vw

    orgs, people = generate(cards)
    named = [vw.NamedCard(o["name"], vw.org_card(o)) for o in orgs]
    named += [vw.NamedCard(p["display_name"], vw.person_card(p)) for p in people]
    return vw.write_vcf(named, Path(path))


def _timed(work) -> float:
    gc.collect()
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _vobject_parse_job(path: str) -> float:
    import vobject

    text = Path(path).read_text(encoding="utf-8")
    return _timed(lambda: list(vobject.readComponents(text)))


def _vobject_serialise_job(path: str) -> float:
    import vobject

    components = list(vobject.readComponents(Path(path).read_text(encoding="utf-8")))

    def work():
        for component in components:
            component.serialize()
    return _timed(work)


def _parse_job(path: str) -> float:
    from directory_app.exchange.vcard_map import cards_to_records
    from directory_app.exchange.vcard_parse import read_path

    return _timed(lambda: list(cards_to_records(read_path(path), "bench.vcf")))


def _serialise_job(cards: int) -> float:
    from directory_app.exchange import vcard_write as vw

    orgs, people = generate(cards)

    def work():
        for org in orgs:
            vw.org_card(org)
        for person in people:
            vw.person_card(person)
    return _timed(work)


def _import_job(path: str, db_path: str, reading: str = "force") -> float:
    """`reading`: "force" reads the file in a child process, "0" in process."""
    import os

    from directory_app.exchange import parallel_read
    from directory_app.exchange.pipeline import run_import
    from directory_app.exchange.vcard_import import VcardImport
    from directory_app.store.database import open_directory

    before = os.environ.get(parallel_read.ENV_SWITCH)
    os.environ[parallel_read.ENV_SWITCH] = reading
    directory = open_directory(db_path)
    try:
        started = time.perf_counter()
        report = run_import(directory, VcardImport(path))
        seconds = time.perf_counter() - started
    finally:
        directory.close()
        if before is None:
            del os.environ[parallel_read.ENV_SWITCH]
        else:
            os.environ[parallel_read.ENV_SWITCH] = before
    if report.counts["errors"]:
        raise RuntimeError(report.summary())
    return seconds


def _export_job(db_path: str, out: str) -> float:
    from directory_app.exchange.profiles import INTERNAL_FULL
    from directory_app.exchange.vcard_export import export_vcard
    from directory_app.store.database import open_directory

    directory = open_directory(db_path)
    try:
        started = time.perf_counter()
        export_vcard(directory, out, profile=INTERNAL_FULL)
        return time.perf_counter() - started
    finally:
        directory.close()


def run(size: int = 25_000) -> list[Row]:
    """2 × size cards: import and export, each beside vobject's parse or serialisation."""
    cards = 2 * size
    folder = common.work_dir() / "vcard"
    folder.mkdir(exist_ok=True)
    source = folder / f"cards-{cards}.vcf"
    common.isolated(_write_job, cards, str(source))
    parse_s, parse_mb = common.isolated(_vobject_parse_job, str(source))
    serialise_s, serialise_mb = common.isolated(_vobject_serialise_job, str(source))
    ours_parse_s, ours_parse_mb = common.isolated(_parse_job, str(source))
    db_path = common.empty_directory(f"vcard-import-{cards}")
    import_s, import_mb = common.isolated(_import_job, str(source), str(db_path))
    inproc_db = common.empty_directory(f"vcard-import-inproc-{cards}")
    inproc_s, inproc_mb = common.isolated(_import_job, str(source), str(inproc_db), "0")
    ours_serialise_s, ours_serialise_mb = common.isolated(_serialise_job, cards)
    export_s, export_mb = common.isolated(_export_job, str(db_path), str(folder / "out.vcf"))

    def row(name, seconds, peak, anchor="", anchor_s=None, target=False, note=""):
        r = common.ratio(seconds, anchor_s) if anchor else None
        return Row(name, cards, seconds, cards / seconds, "cards/s", peak, anchor,
                   anchor_s if anchor else None, r,
                   "≤ ⅓ × anchor (3× its rate)" if target else "",
                   common.verdict(r is not None and r <= TARGET) if target else
                   common.NO_TARGET, note)

    return [
        row("vobject readComponents (anchor)", parse_s, parse_mb),
        row("vobject serialize (anchor)", serialise_s, serialise_mb),
        row("vCard parse + map to records", ours_parse_s, ours_parse_mb, "vobject parse",
            parse_s),
        row("vCard import: parse, match, commit", import_s, import_mb, "vobject parse",
            parse_s, target=True, note="parse and mapping (a third of the work) run in a child "
                                     "process beside matching, rows, change log, search index "
                                     "and commit: wall time needs a free second core"),
        row("vCard import, reading in process", inproc_s, inproc_mb, "vobject parse", parse_s,
            note="what the import does when no core is free (load average) or the file is "
                 "small"),
        row("vCard serialise (cards only)", ours_serialise_s, ours_serialise_mb,
            "vobject serialize", serialise_s),
        row("vCard export: read, profile, write", export_s, export_mb, "vobject serialize",
            serialise_s, target=True),
    ]


if __name__ == "__main__":
    from tests.benchmarks.run_all import table

    print(table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 25_000)))
