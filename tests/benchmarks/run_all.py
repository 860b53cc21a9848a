"""Run every benchmark and print one table; write it to RESULTS.md with the machine and command.

    .venv/bin/python -m tests.benchmarks.run_all [--size 100000] [--only core csv]
                                                 [--out tests/benchmarks/RESULTS.md]

Every `tests/benchmarks/bench_<area>.py` with a `run(size) -> list[Row]` is found and run in
name order (`bench_core` first); rows in other shapes are read by `common.as_row`. `--size` is
the number of organisations of the generated directory (a module may work on a share of it, see
SCALE); at the default 100,000 the run takes several minutes. Not part of the default test run:
`tests/test_benchmarks_smoke.py` runs every module once at 1,000 entries instead.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import platform
import shlex
import sqlite3
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from tests.benchmarks import common
from tests.benchmarks.common import ROOT, Row, as_row, verdict

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "RESULTS.md"
HEADERS = ("operation", "size", "time", "throughput", "peak MB", "anchor", "ratio", "target",
           "result")


def discover(only: list[str] | None = None) -> list[ModuleType]:
    """The benchmark modules, `bench_core` first, then by name."""
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    names.sort(key=lambda n: n != "bench_core")
    if only:
        wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in only}
        names = [n for n in names if n in wanted]
    return [importlib.import_module(f"tests.benchmarks.{n}") for n in names]


# What each area's issue measures at the default size, as a share of the organisations: the
# print draft has 10,000 entries (issue 9), the vCard benchmark 50,000 cards (issue 5). A module
# may say so itself with a module-level `BENCH_SCALE`.
SCALE = {"bench_print": 0.1, "bench_vcard": 0.5}
# Targets from the issues for modules whose rows carry none: (module, operation starts with) ->
# (target in words, largest time ratio to the anchor that meets it).
TARGETS = {
    ("bench_csv", "import"): ("≥ 1/3 of the floor's rate", 3.0),
    ("bench_csv", "export"): ("≥ 1/3 of the floor's rate", 3.0),
    ("bench_vcard", "import"): ("≥ 3× vobject's parse rate", 1 / 3),
    ("bench_vcard", "export"): ("≥ 3× vobject's serialise rate", 1 / 3),
}


def module_size(module: ModuleType, size: int) -> int:
    name = module.__name__.rsplit(".", 1)[-1]
    scale = getattr(module, "BENCH_SCALE", SCALE.get(name, 1.0))
    return max(1, round(size * scale))


def collect(module: ModuleType, size: int) -> list[Row]:
    """A module's rows at `size` organisations, as `Row`s, with the issues' targets applied."""
    name = module.__name__.rsplit(".", 1)[-1]
    rows = [as_row(item) for item in module.run(module_size(module, size))]
    area = name.removeprefix("bench_")
    for row in rows:
        for (mod, prefix), (target, limit) in TARGETS.items():
            if mod == name and row.operation.startswith(prefix) and not row.target:
                row.target = target
                if row.ratio is not None:
                    row.verdict = verdict(row.ratio <= limit)
        if area != "core" and not row.operation.startswith(area):
            row.operation = f"{area}: {row.operation}"     # "import" alone says too little
    return rows


def _collect_named(module_name: str, size: int) -> list[Row]:
    return collect(importlib.import_module(module_name), size)


def run_modules(modules: list[ModuleType], size: int, echo=print) -> tuple[list[Row], bool]:
    """Rows of every module; a module that fails gives an error row and the run goes on."""
    rows, ok = [], True
    for module in modules:
        name = module.__name__.rsplit(".", 1)[-1]
        echo(f"running {name} at {module_size(module, size):,} ...", file=sys.stderr)
        start = time.perf_counter()
        try:
            # Each area in a fresh process: one area's leftovers (a gigabyte of objects for the
            # garbage collector to walk) must not slow the next one's timings.
            common.work_dir()
            area_rows, _peak = common.isolated(_collect_named, module.__name__, size)
            rows += area_rows
        except Exception as exc:
            ok = False
            traceback.print_exc()
            rows.append(Row(f"{name}: failed", size, math.nan, verdict="error",
                            note=f"{type(exc).__name__}: {exc}".splitlines()[0]))
        echo(f"  {name} done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return rows, ok


def fmt_seconds(seconds: float | None) -> str:
    if seconds is None or math.isnan(seconds):
        return "—"
    if seconds < 0.001:
        return f"{seconds * 1000:.2f} ms"
    if seconds < 0.1:
        return f"{seconds * 1000:.1f} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_number(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def cells(row: Row) -> list[str]:
    anchor = f"{row.anchor}: {fmt_seconds(row.anchor_seconds)}" if row.anchor else "—"
    return [
        row.operation, f"{row.size:,}", fmt_seconds(row.seconds),
        f"{fmt_number(row.throughput)} {row.unit}" if row.throughput else "—",
        fmt_number(row.peak_mb), anchor, f"×{row.ratio:.2f}" if row.ratio is not None else "—",
        row.target or "—", row.verdict or "—",
    ]


def table(rows: list[Row]) -> str:
    """A Markdown table (readable as plain text too), with numbered notes under it."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    notes = []
    for row in rows:
        c = cells(row)
        if row.note:
            notes.append(row.note)
            c[0] += f" [{len(notes)}]"
        lines.append("| " + " | ".join(c) + " |")
    lines.append("")
    lines += [f"[{i}] {note}" for i, note in enumerate(notes, 1)]
    return "\n".join(lines)


def machine() -> str:
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = []
    for dist in ("PySide6-Essentials", "SQLAlchemy", "sqlmodel"):
        try:
            from importlib.metadata import version

            versions.append(f"{dist} {version(dist)}")
        except Exception:
            pass
    return (f"{platform.platform()}, {platform.machine()}, {os.cpu_count()} cores, "
            f"{ram:.1f} GiB RAM, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, " + ", ".join(versions))


def code_version() -> str:
    """The commit measured, with its subject (and a mark when the tree has local changes)."""
    try:
        head = subprocess.run(["git", "log", "-1", "--format=%h %s"], cwd=ROOT, text=True,
                              capture_output=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, text=True, capture_output=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    return (head or "unknown") + (" (with uncommitted changes)" if dirty.strip() else "")


def report(rows: list[Row], command: str, started: datetime, seconds: float,
           load: tuple[float, float, float] | None = None) -> str:
    busy = f"; load average {load[0]:.1f} when the run began" if load else ""
    return "\n".join([
        "# Benchmark results", "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC (the whole run took {seconds / 60:.1f} min)",
        f"- Machine: {machine()}{busy}",
        f"- Code: {code_version()}",
        f"- Command: `{command}`", "",
        "Ratio = time ÷ the anchor's time in the same run (×2.00: twice as long). Peak MB is "
        "the peak resident memory of the process that ran the operation. Every operation "
        "runs on the directory made by `tests/benchmarks/generator.py` (mixed Russian and "
        "English; organisations, 2× people, 3× affiliations, 5× contact points).", "",
        table(rows), "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run_all",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000,
                        help="organisations in the generated directory (default: %(default)s)")
    parser.add_argument("--only", nargs="+", metavar="AREA",
                        help="run only these modules (core, csv, vcard, print, ui, ...)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="where to write the Markdown report (default: %(default)s)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Other work on the machine slows everything alike; the load says how much to trust absolutes.
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    started, t0 = datetime.now(UTC), time.perf_counter()
    rows, ok = run_modules(discover(args.only), args.size)
    text = table(rows)
    print(text)
    if not args.no_write:
        given = sys.argv[1:] if argv is None else argv
        command = " ".join([".venv/bin/python -m tests.benchmarks.run_all",
                            *map(shlex.quote, given)]).strip()
        args.out.write_text(report(rows, command, started, time.perf_counter() - t0, load),
                            encoding="utf-8")
        shown = args.out.resolve()
        print(f"\nwritten to {shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
