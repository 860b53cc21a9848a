"""CSV import and export of N rows, each beside a floor measured in the same run.

- import floor: the file read with Python's `csv` module, plus every row the import wrote (all
  tables, the full-text index left out) inserted again with raw `sqlite3` `executemany` into an
  empty database of the same schema. Target: import at least a third of the floor's rate.
- export floor: `csv.writer` writing the same output lines from memory. Target: a third.

Run: `python -m tests.benchmarks.bench_csv [ROWS]` (default 100,000) from the project root.
"""

from __future__ import annotations

import csv
import random
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from directory_app.exchange.csv_export import ExportOptions, export_csv
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.pipeline import ImportOptions, run_import
from directory_app.exchange.profiles import INTERNAL_FULL
from directory_app.store.database import open_directory

HEADER = ["Название", "Телефон", "Факс", "Адрес", "Город", "Контактное лицо", "Должность",
          "E-mail", "Сайт", "Направления"]
_WORDS = ["Правозащитный", "центр", "Мемориал", "фонд", "Гражданское", "содействие", "союз",
          "комитет", "матерей", "Помощь", "беженцам", "Экологическая", "вахта", "Право",
          "ребёнка", "Женский", "Кризисный", "Открытый", "Свободное", "слово", "Молодёжный"]
_CITIES = [("Москва", "495"), ("Санкт-Петербург", "812"), ("Новосибирск", "383"),
           ("Екатеринбург", "343"), ("Казань", "843"), ("Пермь", "342")]
_PEOPLE = ["Иванова Мария Петровна", "Петров Сергей", "Smith John", "Сидоров Алексей Иванович",
           "Кузнецова Ольга", "Орлов Дмитрий"]
_TAGS = ["права человека", "беженцы", "экология", "дети", "женщины", "свобода слова"]


def make_file(path: Path, rows: int, seed: int = 1) -> None:
    """A volunteer's spreadsheet: Russian headers, semicolons, Windows-1251, mixed phones."""
    rnd = random.Random(seed)
    with path.open("w", encoding="cp1251", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        for n in range(rows):
            city, code = rnd.choice(_CITIES)
            number = f"{rnd.randint(200, 999)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)}"
            phone = rnd.choice([f"+7 ({code}) {number}", f"8 {code} {number}",
                                f"({code}) {number}"])
            name = " ".join(rnd.sample(_WORDS, 3)) + f" № {n}"
            writer.writerow([name, phone, f"+7 {code} {number[:-2]}{rnd.randint(10, 99)}",
                             f"ул. Ленина, д. {rnd.randint(1, 200)}", city,
                             rnd.choice(_PEOPLE), "координатор", f"org{n}@example.org",
                             f"www.org{n}.ru", "; ".join(rnd.sample(_TAGS, 2))])


def _peak_mb() -> float:
    """The process's peak resident size so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _import_floor(source: Path, imported: Path, folder: Path) -> float:
    tables = [r[0] for r in sqlite3.connect(imported).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
        "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    src = sqlite3.connect(imported)
    data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    src.close()
    empty = folder / "floor.sqlite"
    open_directory(empty).close()
    started = time.perf_counter()
    with source.open(encoding="cp1251", newline="") as fh:
        for _row in csv.reader(fh, delimiter=";"):
            pass
    con = sqlite3.connect(empty)
    with con:
        for table, rows in data.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    con.close()
    return time.perf_counter() - started


def _export_floor(exported: Path, folder: Path) -> float:
    with exported.open(encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    started = time.perf_counter()
    with (folder / "floor.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(lines)
    return time.perf_counter() - started


def run(rows: int = 100_000) -> list[tuple]:
    """(operation, size, seconds, rows/s, peak MB, anchor, anchor seconds, ratio) rows."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "orgs.csv"
        make_file(source, rows)
        db_path = folder / "directory.sqlite"
        directory = open_directory(db_path)
        try:
            started = time.perf_counter()
            report = run_import(directory, CsvImport(source), ImportOptions())
            seconds = time.perf_counter() - started
            peak = _peak_mb()
            assert report.counts["records"] == rows, report.summary()
            floor = _import_floor(source, db_path, folder)
            results.append(("import", rows, seconds, rows / seconds, peak,
                            "csv read + raw executemany", floor, floor / seconds))
            out = folder / "export.csv"
            started = time.perf_counter()
            export_csv(directory, out, options=ExportOptions(profile=INTERNAL_FULL))
            seconds = time.perf_counter() - started
            peak = _peak_mb()
            floor = _export_floor(out, folder)
            results.append(("export", rows, seconds, rows / seconds, peak,
                            "csv.writer from memory", floor, floor / seconds))
        finally:
            directory.close()
    return results


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(f"{'operation':<10}{'rows':>9}{'seconds':>9}{'rows/s':>10}{'peak MB':>9}  "
          f"{'floor':<28}{'floor s':>8}{'ratio':>7}  (target ratio >= 0.33)")
    for op, size, sec, rate, peak, anchor, anchor_s, ratio in run(rows):
        print(f"{op:<10}{size:>9}{sec:>9.2f}{rate:>10.0f}{peak:>9.0f}  {anchor:<28}"
              f"{anchor_s:>8.2f}{ratio:>7.2f}")


if __name__ == "__main__":
    main()
