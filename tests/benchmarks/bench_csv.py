"""CSV import and export of N rows, each beside a floor measured in the same run.

- import floor: the file read with Python's `csv` module, plus every row the import wrote (all
  tables, the full-text index and its name ranks left out) inserted again with raw `sqlite3`
  `executemany` into an empty database of the same schema. Target: import at least a third of
  the floor's rate (ratio = seconds / floor seconds ≤ 3).
- export floor: `csv.writer` writing the same output lines from memory. Target: the same. The
  export and its floor each run five times, in turns, each in a fresh process; each side is
  the median of its five.
  The export reads the organisations in id order, a chunk of 5,000 at a time in three
  statements whose rows SQLite builds whole (`exchange/csv_lines.py`), formats a chunk's rows
  in a few passes over its bytes (`csv_quoting.py`) and puts each organisation's lines in name
  order through spill files (`csv_pieces.py`); on Linux, with two cores or more, forked child
  processes read chunks of the directory beside the parent (`export_parts.py`). About half of
  its time is SQLite, reading and grouping a million rows.

Run: `python -m tests.benchmarks.bench_csv [ROWS]` (default 100,000) from the project root, or
with all the others through `tests.benchmarks.run_all`.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from directory_app.exchange.csv_export import ExportOptions, export_csv
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.pipeline import ImportOptions, run_import
from directory_app.exchange.profiles import INTERNAL_FULL
from directory_app.store.database import open_directory
from tests.benchmarks import common
from tests.benchmarks.common import Row

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


def _import_floor(source: Path, imported: Path, folder: Path) -> float:
    tables = [r[0] for r in sqlite3.connect(imported).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('alembic_version', 'org_rank')")]
    src = sqlite3.connect(imported)
    data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    src.close()
    empty = common.empty_directory(f"csv-floor-{imported.stem}")
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


# Export and floor runs, taken in turns (see `run`).
EXPORTS = 5


def _export_floor(exported: Path, folder: Path) -> float:
    with exported.open(encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    started = time.perf_counter()
    with (folder / "floor.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(lines)
    return time.perf_counter() - started


def _import_job(source: str, db_path: str) -> float:
    directory = open_directory(db_path)
    try:
        started = time.perf_counter()
        report = run_import(directory, CsvImport(source), ImportOptions())
        seconds = time.perf_counter() - started
    finally:
        directory.close()
    if report.counts["errors"]:
        raise RuntimeError(report.summary())
    return seconds


def _export_job(db_path: str, out: str) -> float:
    directory = open_directory(db_path)
    try:
        started = time.perf_counter()
        export_csv(directory, out, options=ExportOptions(profile=INTERNAL_FULL))
        return time.perf_counter() - started
    finally:
        directory.close()


def run(size: int = 100_000) -> list[Row]:
    """Import a file of `size` rows into an empty directory, export it, each beside its floor.

    Import and export run in fresh processes (`common.isolated`) for their peak memory.
    """
    folder = common.work_dir() / "csv"
    folder.mkdir(exist_ok=True)
    source = folder / f"orgs-{size}.csv"
    make_file(source, size)
    db_path = common.empty_directory(f"csv-import-{size}")
    out = folder / f"export-{size}.csv"
    # Both jobs before the floors: Linux keeps a process's peak RSS across fork and exec, so a
    # child started after the floor has loaded every row would report the floor's memory.
    import_s, import_peak = common.isolated(_import_job, str(source), str(db_path))
    # The export takes 1-2 s and its floor 0.5 s, and a single run of either moved by a third
    # from one run to the next on this machine, whose speed swings over minutes: each side is
    # the median of five, run in turns (export, floor, export, ...) so that both sides see the
    # same spells. The floor runs in a fresh process too, so that this one never holds its rows.
    exports, floors = [], []
    for _ in range(EXPORTS):
        exports.append(common.isolated(_export_job, str(db_path), str(out)))
        floors.append(common.isolated(_export_floor, out, folder)[0])
    export_s = statistics.median(seconds for seconds, _peak in exports)
    export_peak = max(peak for _seconds, peak in exports)
    floor = _import_floor(source, db_path, folder)
    rows = [Row("CSV import: detect, map, phones, match, commit, index", size, import_s,
                size / import_s, "rows/s", import_peak, "csv read + raw executemany of its rows",
                floor, common.ratio(import_s, floor), "≤ 3× anchor",
                common.verdict(import_s <= 3 * floor),
                "cp1251, semicolons, Russian headers; organisation + contact person per row")]
    floor = statistics.median(floors)
    rows.append(Row("CSV export: own format, one row per affiliation", size, export_s,
                    size / export_s, "rows/s", export_peak, "csv.writer of the same lines",
                    floor, common.ratio(export_s, floor), "≤ 3× anchor",
                    common.verdict(export_s <= 3 * floor),
                    f"61 columns, UTF-8; medians of {EXPORTS} fresh processes each, export "
                    f"and floor in turns (export {_spread(s for s, _peak in exports)}, floor "
                    f"{_spread(floors)})"))
    return rows


def _spread(seconds) -> str:
    values = sorted(seconds)
    return f"{values[0]:.2f}–{values[-1]:.2f} s"


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(f"{'operation':<54}{'rows':>8}{'seconds':>9}{'rows/s':>9}{'peak MB':>9}  "
          f"{'anchor s':>9}{'ratio':>7}  target")
    for r in run(size):
        print(f"{r.operation:<54}{r.size:>8}{r.seconds:>9.2f}{r.throughput:>9.0f}"
              f"{r.peak_mb:>9.0f}  {r.anchor_seconds:>9.2f}{r.ratio:>7.2f}  {r.target} "
              f"{r.verdict}")


if __name__ == "__main__":
    main()
