"""Core benchmarks: create, open, search as you type, back up, memory, start-up.

Each operation runs in a fresh process (see `common.isolated`) and is compared with an anchor
measured in the same run:

- create the directory from the generator: SQLAlchemy Core bulk inserts, then the FTS index;
  anchor: raw `sqlite3` `executemany` of the same rows into an empty database of the same schema;
- open and show the first page: `open_directory` + `Queries.list_orgs(limit=200)` +
  `count_orgs()`; anchor: raw `sqlite3` connect, first 200 names by sort key, count;
  target ≤ 0.3 s; the same process gives the resident memory (target ≤ 300 MB);
- search as you type: ten queries in both scripts typed prefix by prefix, each keystroke a
  `list_orgs(OrgFilter(query=...))` + `count_orgs`; anchor: the same FTS5 MATCH, raw, with the
  same LIMIT and a count; target p95 ≤ 20 ms;
- backup (`store.backup.make_backup`); anchor: a plain file copy;
- app start to the main window shown, offscreen (`start_probe.py`), the app byte-compiled as
  an installed one is; anchor: `python -c "import PySide6.QtWidgets, sqlmodel"`;
  target ≤ 2× anchor.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import sys
from importlib.util import find_spec
from pathlib import Path

from tests.benchmarks import common
from tests.benchmarks.common import Row, Timer, percentile, ratio, verdict

# Where the main window starts. `start_probe.py` runs `directory_app.app.main`, which imports
# this module for the GUI; until it exists the start benchmark is skipped with a note.
GUI_MODULE = "directory_app.ui.application"

# Ten queries, five in each script, as users type them (cross-script ones included).
SEARCHES = ["мемориал", "солдатские матери", "правозащитный центр Перми", "Соловьёва",
            "экологическая безопасность", "memorial", "human rights centre", "Nizhny Novgorod",
            "Soldiers' Mothers", "refugee assistance"]
PAGE = 200
FIRST_PAGE_TARGET = 0.3
SEARCH_P95_TARGET = 0.020
MEMORY_TARGET_MB = 300
START_TARGET_RATIO = 2.0


def run(size: int) -> list[Row]:
    repeats = 5 if size >= 10_000 else 1
    rows, db = create_rows(size)
    rows += open_rows(size, db, repeats)
    rows += search_rows(size, db)
    rows += backup_rows(size, db)
    rows += start_rows(size, db, repeats)
    return rows


# -- create -----------------------------------------------------------------------------------
def _create_job(size: int, path: str) -> dict[str, float]:
    from tests.benchmarks import generator, writers

    with Timer() as t:
        ds = generator.generate(size)
    phases = writers.write_directory(ds, Path(path))
    return {"generate": t.seconds, "rows": ds.total_rows(), **phases}


def _anchor_job(size: int, template: str, path: str) -> float:
    from tests.benchmarks import generator, writers

    rows = writers.raw_rows(generator.generate(size))
    shutil.copyfile(template, path)
    with Timer() as t:
        writers.write_raw(rows, Path(path))
    return t.seconds


def create_rows(size: int) -> tuple[list[Row], Path]:
    db = common.generated_path(size)
    made, peak = common.isolated(_create_job, size, str(db))
    template = common.empty_directory("empty-schema")
    anchor_s, anchor_peak = common.isolated(
        _anchor_job, size, str(template), str(common.work_dir() / "anchor.sqlite"))
    n = made["rows"]
    create_s = made["insert"] + made["index"]
    anchor = "raw sqlite3 executemany, same rows"
    return [
        Row("generate rows in memory", size, made["generate"], n / made["generate"], "rows/s",
            note=f"{n:,} rows in all tables"),
        Row("create: Core bulk inserts", size, made["insert"], n / made["insert"], "rows/s",
            peak, anchor, anchor_s, ratio(made["insert"], anchor_s),
            note=f"peak includes the generated rows in memory; anchor peak {anchor_peak:.0f} MB"),
        Row("create: build FTS index", size, made["index"], size * 3 / made["index"],
            "entries/s", note="search.rebuild_all over organisations and people (3 × size)"),
        Row("create: inserts + FTS index", size, create_s, n / create_s, "rows/s", peak, anchor,
            anchor_s, ratio(create_s, anchor_s),
            note=f"schema creation (open + migrations) apart: {made['open']:.2f} s"),
    ], db


# -- open and first page, memory --------------------------------------------------------------
def _open_job(path: str) -> dict[str, float]:
    from directory_app.services.queries import Queries
    from directory_app.store.database import open_directory

    with Timer() as t:
        directory = open_directory(path)
        queries = Queries(directory)
        page = queries.list_orgs(limit=PAGE)
        total = queries.count_orgs()
    rss = common.current_rss_mb()
    directory.close()
    with Timer() as a:
        con = sqlite3.connect(path)
        raw = con.execute("SELECT id, name FROM organisation ORDER BY sort_name, id LIMIT ?",
                          (PAGE,)).fetchall()
        con.execute("SELECT count(*) FROM organisation").fetchone()
        con.close()
    assert len(page) == len(raw), (len(page), len(raw))
    return {"seconds": t.seconds, "anchor": a.seconds, "rss": rss, "total": total}


def open_rows(size: int, db: Path, repeats: int) -> list[Row]:
    runs = [common.isolated(_open_job, str(db)) for _ in range(repeats)]
    seconds = common.median([r["seconds"] for r, _ in runs])
    anchor_s = common.median([r["anchor"] for r, _ in runs])
    peak = max(p for _, p in runs)
    return [
        Row("open and show the first page", size, seconds, peak_mb=peak,
            anchor="raw sqlite3: first 200 names + count", anchor_seconds=anchor_s,
            ratio=ratio(seconds, anchor_s), target=f"≤ {FIRST_PAGE_TARGET} s",
            verdict=verdict(seconds <= FIRST_PAGE_TARGET),
            note=f"median of {repeats} fresh processes; imports not counted"),
        Row("resident memory, directory open", size, math.nan, peak_mb=peak,
            target=f"≤ {MEMORY_TARGET_MB} MB", verdict=verdict(peak <= MEMORY_TARGET_MB),
            note="peak RSS of a headless process after open + first page (no Qt)"),
    ]


# -- search as you type -----------------------------------------------------------------------
def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix a user types, skipping those that search the same words as the one before."""
    from directory_app.domain.text import query_terms

    out, last = [], None
    for q in queries:
        for i in range(1, len(q) + 1):
            terms = query_terms(q[:i])
            if terms and terms != last:
                out.append(q[:i])
            last = terms
        last = None
    return out


def _search_job(path: str) -> dict[str, list[float]]:
    from directory_app.memory import freeze_start_up_objects
    from directory_app.services.queries import OrgFilter, Queries
    from directory_app.store import search
    from directory_app.store.database import open_directory

    common.warm_file(path)
    directory = open_directory(path, read_only=True)
    queries = Queries(directory)
    con = sqlite3.connect(path)
    app, raw, hits = [], [], []
    queries.list_orgs(OrgFilter(query="warm up"), limit=PAGE)   # compile, load the first pages
    # As the window's process does once it is shown (ui.application.run_gui).
    freeze_start_up_objects()
    for prefix in keystrokes(SEARCHES):
        flt = OrgFilter(query=prefix)
        with Timer() as t:
            queries.list_orgs(flt, limit=PAGE)
            count = queries.count_orgs(flt)
        app.append(t.seconds)
        with Timer() as t:
            expr = search.match_expression(prefix)
            con.execute("SELECT rowid FROM org_fts WHERE org_fts MATCH ? LIMIT ?",
                        (expr, PAGE)).fetchall()
            con.execute("SELECT count(*) FROM org_fts WHERE org_fts MATCH ?", (expr,)).fetchone()
        raw.append(t.seconds)
        hits.append(count)
    con.close()
    directory.close()
    return {"app": app, "raw": raw, "hits": hits}


def search_rows(size: int, db: Path) -> list[Row]:
    from directory_app.domain.text import query_terms

    result, peak = common.isolated(_search_job, str(db))
    app, raw = result["app"], result["raw"]
    worst = max(range(len(app)), key=app.__getitem__)
    prefixes = keystrokes(SEARCHES)
    note = (f"{len(app)} keystrokes of {len(SEARCHES)} queries; slowest "
            f"'{prefixes[worst]}' {app[worst] * 1000:.0f} ms ({result['hits'][worst]:,} hits); "
            "file read once first (common.warm_file)")
    rows = []
    for q in (50, 95):
        s, a = percentile(app, q), percentile(raw, q)
        target = f"≤ {SEARCH_P95_TARGET * 1000:.0f} ms" if q == 95 else ""
        rows.append(Row(f"search as you type, p{q}", size, s, len(app) / sum(app), "keys/s",
                        peak, f"raw FTS5 MATCH, p{q}", a, ratio(s, a), target,
                        verdict(s <= SEARCH_P95_TARGET) if q == 95 else "",
                        note if q == 95 else ""))
    # The same keystrokes without those whose words include a single letter ("m", "human r"):
    # what a search field that waits for the second letter of a word would see.
    longer = [i for i, p in enumerate(prefixes) if min(map(len, query_terms(p))) > 1]
    s = percentile([app[i] for i in longer], 95)
    a = percentile([raw[i] for i in longer], 95)
    rows.append(Row("search as you type, p95, words of 2+ letters", size, s, anchor=
                    "raw FTS5 MATCH, p95", anchor_seconds=a, ratio=ratio(s, a), peak_mb=peak,
                    note=f"{len(longer)} of the {len(app)} keystrokes: those with no one-letter "
                         "word"))
    return rows


# -- backup -----------------------------------------------------------------------------------
def _backup_job(path: str, target: str, copy: str) -> dict[str, float]:
    from directory_app.store.backup import make_backup
    from directory_app.store.database import open_directory

    directory = open_directory(path, read_only=True)
    with Timer() as t:
        make_backup(directory, to=Path(target))
    directory.close()
    with Timer() as a:
        shutil.copyfile(path, copy)
    return {"seconds": t.seconds, "anchor": a.seconds}


def backup_rows(size: int, db: Path) -> list[Row]:
    work = common.work_dir()
    result, peak = common.isolated(_backup_job, str(db), str(work / "backup.sqlite"),
                                   str(work / "copy.sqlite"))
    mb = db.stat().st_size / 1e6
    return [Row("backup (online backup API)", size, result["seconds"], mb / result["seconds"],
                "MB/s", peak, "plain file copy", result["anchor"],
                ratio(result["seconds"], result["anchor"]), note=f"file of {mb:.0f} MB")]


# -- start-up ---------------------------------------------------------------------------------
def gui_available() -> bool:
    try:
        return find_spec(GUI_MODULE) is not None
    except ModuleNotFoundError:
        return False


def start_rows(size: int, db: Path, repeats: int) -> list[Row]:
    env = common.python_env()
    anchor_cmd = [sys.executable, "-c", "import PySide6.QtWidgets, sqlmodel"]
    probe = [sys.executable, str(Path(__file__).with_name("start_probe.py")), str(db)]
    version = [sys.executable, "-m", "directory_app", "--version"]
    # Byte-compiled first, as pip compiles what it installs (the anchor's libraries are): where
    # PYTHONDONTWRITEBYTECODE is set, as on the machines these runs use, each start compiled
    # the app's ~110 modules again (0.2 s).
    common.run_command([sys.executable, "-m", "compileall", "-q",
                        str(common.ROOT / "directory_app")], env)
    anchor, app, cli, peaks, shown = [], [], [], [], True
    for _ in range(repeats):    # interleaved, so that drift in the machine's load hits both
        anchor.append(common.run_command(anchor_cmd, env)[0])
        cli.append(common.run_command(version, env)[0])
        if gui_available():
            seconds, peak, code, out = common.run_command(probe, env)
            app.append(seconds)
            peaks.append(peak)
            shown = shown and code == 0 and "MAIN_WINDOW_SHOWN" in out
    anchor_s = common.median(anchor)
    anchor_name = 'python -c "import PySide6.QtWidgets, sqlmodel"'
    rows = [Row("CLI start: ngo-directory --version", size, common.median(cli),
                anchor=anchor_name, anchor_seconds=anchor_s,
                ratio=ratio(common.median(cli), anchor_s),
                note=f"median of {repeats}; imports the CLI only, no Qt")]
    target = f"≤ {START_TARGET_RATIO:g}× anchor"
    if not app:
        rows.append(Row("app start to main window shown", size, math.nan, anchor=anchor_name,
                        anchor_seconds=anchor_s, target=target, verdict=common.SKIPPED,
                        note=f"{GUI_MODULE} is not on this branch yet"))
        return rows
    seconds = common.median(app)
    r = ratio(seconds, anchor_s)
    ok = shown and r is not None and r <= START_TARGET_RATIO
    rows.append(Row("app start to main window shown", size, seconds, peak_mb=max(peaks),
                    anchor=anchor_name, anchor_seconds=anchor_s, ratio=r, target=target,
                    verdict=verdict(ok),
                    note=f"median of {repeats}, offscreen, on the generated directory"
                         + ("" if shown else "; NO main window was shown")))
    rows.append(Row("resident memory, main window open", size, math.nan, peak_mb=max(peaks),
                    target=f"≤ {MEMORY_TARGET_MB} MB",
                    verdict=verdict(max(peaks) <= MEMORY_TARGET_MB),
                    note="peak RSS of the app process at its first shown window"))
    return rows
