"""A 1 GB CSV: the dry run over all of it, an import cancelled midway, the full import.

Issue 7: "a 1 GB CSV (import streams, memory stays under about 300 MB, Cancel works)". The file
is a handbook-style spreadsheet (Russian headers, UTF-8): a name, phone, e-mail, address and
contact person, and long texts (description, mission, history, activities) of about 1,000
characters each (Cyrillic: two bytes a character), so one row is about 7 KB. Its size is
`size × 10,000` bytes (1 GB at the default 100,000: 143,646 rows; 10 MB in the smoke test).

What the import keeps per row (the in-file indexes that find an organisation repeated further
down the file, the sets of new and touched entries) grows with the number of rows, not bytes
(about 0.5-0.7 KB a row); the write buffer and the dry run's listed records are bounded. The
peaks of the dry run and of the full import are the figures the ≤ 300 MB target is about.

Run: `python -m tests.benchmarks.bench_bigcsv [SIZE]` (default 100,000) from the project root.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import sys
import time
from pathlib import Path

from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.pipeline import ImportOptions, plan, run_import
from directory_app.store.database import open_directory
from tests.benchmarks import common
from tests.benchmarks.common import Row

BYTES_PER_SIZE = 10_000           # 100,000 → 1 GB
CANCEL_AFTER = 60.0               # seconds into the import at the default size
TARGET_MB = 300
HEADER = ["Название", "Телефон", "E-mail", "Адрес", "Город", "Контактное лицо", "Должность",
          "Описание", "Миссия", "История", "Деятельность"]
_WORDS = ("права человека правозащитный центр помощь беженцам мигрантам консультации "
          "юридическая защита образование экология дети женщины свобода слова мониторинг "
          "выборов доклады семинары волонтёры Москва Санкт-Петербург Пермь регион human "
          "rights legal aid refugees education monitoring volunteers").split()
_CITIES = [("Москва", "495"), ("Санкт-Петербург", "812"), ("Пермь", "342"), ("Казань", "843")]
_TABLES = ("organisation", "person", "contactpoint", "affiliation", "changelog", "importbatch",
           "org_fts", "org_rank", "person_fts")


def _texts(rnd: random.Random, count: int, length: int) -> list[str]:
    out = []
    for _ in range(count):
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < length:
            words.append(rnd.choice(_WORDS))
        out.append(" ".join(words).capitalize() + ".")
    return out


def make_file(path: Path, target_bytes: int, seed: int = 7) -> int:
    """Write the spreadsheet until it holds `target_bytes`; returns its data rows."""
    rnd = random.Random(seed)
    texts = _texts(rnd, 400, 1000)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        while fh.tell() < target_bytes:
            city, code = rnd.choice(_CITIES)
            n = rows
            writer.writerow([
                f"Организация {n} «{rnd.choice(_WORDS)}»",
                f"+7 ({code}) {200 + n % 800}-{10 + n % 90:02d}-{10 + n // 90 % 90:02d}",
                f"org{n}@example.org", f"ул. Ленина, д. {n % 200 + 1}", city,
                f"Иванова Мария {n}", "координатор",
                *(rnd.choice(texts) for _ in range(4))])
            rows += 1
    return rows


def counts(db: str) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLES}
    finally:
        con.close()


def _dry_run_job(source: str, db: str) -> dict:
    directory = open_directory(db)
    try:
        started = time.perf_counter()
        report = plan(directory, CsvImport(source))
        return {"seconds": time.perf_counter() - started, "records": report.counts["records"],
                "listed": len(report.items), "unlisted": report.unlisted}
    finally:
        directory.close()


def _cancel_job(source: str, db: str, after: float) -> dict:
    directory = open_directory(db)
    asked: list[float] = []

    def cancelled() -> bool:
        if not asked and time.perf_counter() - started >= after:
            asked.append(time.perf_counter())
        return bool(asked)

    done: list[int] = []
    try:
        started = time.perf_counter()
        report = run_import(directory, CsvImport(source), ImportOptions(),
                            cancelled=cancelled, progress=lambda n, _t: done.append(n))
        ended = time.perf_counter()
    finally:
        directory.close()
    return {"seconds": ended - started, "cancelled": report.cancelled,
            # from the moment Cancel is pressed (`after`), not from the pipeline's next check
            "latency": ended - started - after if asked else float("nan"),
            "records": done[-1] if done else 0}


def _import_job(source: str, db: str) -> dict:
    directory = open_directory(db)
    try:
        started = time.perf_counter()
        report = run_import(directory, CsvImport(source), ImportOptions())
        return {"seconds": time.perf_counter() - started, "records": report.counts["records"],
                "errors": report.counts["errors"]}
    finally:
        directory.close()


def run(size: int = 100_000) -> list[Row]:
    folder = common.work_dir() / "bigcsv"
    folder.mkdir(exist_ok=True)
    source = folder / f"big-{size}.csv"
    with common.Timer() as t:
        rows = make_file(source, size * BYTES_PER_SIZE)
    mb = source.stat().st_size / 2**20
    note = f"{mb:,.0f} MB, {rows:,} rows of ~{source.stat().st_size // rows:,} bytes"
    out = [Row("big CSV: write the file (csv.writer)", rows, t.seconds, mb / t.seconds, "MB/s",
               note=note)]

    db = common.empty_directory(f"bigcsv-dry-{size}")
    dry, peak = common.isolated(_dry_run_job, str(source), str(db))
    out.append(Row("big CSV: dry run (plan) over the whole file", dry["records"],
                   dry["seconds"], dry["records"] / dry["seconds"], "rows/s", peak,
                   target=f"≤ {TARGET_MB} MB", verdict=common.verdict(peak <= TARGET_MB),
                   note=f"{note}; {dry['listed']:,} records listed, {dry['unlisted']:,} not"))

    db = common.empty_directory(f"bigcsv-cancel-{size}")
    before = counts(str(db))
    after = CANCEL_AFTER * size / 100_000
    job, peak = common.isolated(_cancel_job, str(source), str(db), after)
    unchanged = job["cancelled"] and counts(str(db)) == before
    out.append(Row(f"big CSV: import cancelled after {after:.1f} s", rows,
                   job["seconds"], None, "", peak, target=f"≤ {TARGET_MB} MB, unchanged",
                   verdict=common.verdict(unchanged and peak <= TARGET_MB),
                   note=f"{job['records']:,} records read when cancelled; cancel to return "
                        f"{job['latency']:.2f} s (rollback); "
                        f"directory {'unchanged' if unchanged else 'CHANGED'}"))

    db = common.empty_directory(f"bigcsv-import-{size}")
    job, peak = common.isolated(_import_job, str(source), str(db))
    written = counts(str(db))
    out.append(Row("big CSV: full import of the whole file", job["records"], job["seconds"],
                   job["records"] / job["seconds"], "rows/s", peak, target=f"≤ {TARGET_MB} MB",
                   verdict=common.verdict(peak <= TARGET_MB and not job["errors"]
                                          and written["organisation"] == rows),
                   note=f"{written['organisation']:,} organisations, "
                        f"{written['person']:,} people, {written['changelog']:,} change-log "
                        "rows written in one transaction, then indexed"))
    source.unlink()
    return out


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for r in run(size):
        peak = f"{r.peak_mb:,.0f}" if r.peak_mb else "—"
        print(f"{r.operation:<46}{r.size:>10,}{r.seconds:>9.1f} s  peak {peak:>6} MB  "
              f"{r.target} {r.verdict}  {r.note}")


if __name__ == "__main__":
    main()
