"""Run every benchmark and print one table; write it to RESULTS.md with the machine and command.

    .venv/bin/python -m tests.benchmarks.run_all [--size 100000] [--only core csv]
                                                 [--out tests/benchmarks/RESULTS.md]

Every `tests/benchmarks/bench_<area>.py` with a `run(size) -> list[Row]` is found and run in
name order (`bench_core` first). `--size` is the number of organisations of the generated
directory; at the default 100,000 the run takes several minutes. Not part of the default test
run: `tests/test_benchmarks_smoke.py` runs every module once at 1,000 entries instead.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import platform
import shlex
import sqlite3
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from tests.benchmarks.common import ROOT, Row

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


def run_modules(modules: list[ModuleType], size: int, echo=print) -> tuple[list[Row], bool]:
    """Rows of every module; a module that fails gives an error row and the run goes on."""
    rows, ok = [], True
    for module in modules:
        name = module.__name__.rsplit(".", 1)[-1]
        echo(f"running {name} at {size:,} ...", file=sys.stderr)
        start = time.perf_counter()
        try:
            rows += module.run(size)
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


def report(rows: list[Row], command: str, started: datetime, seconds: float) -> str:
    return "\n".join([
        "# Benchmark results", "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC (the whole run took {seconds / 60:.1f} min)",
        f"- Machine: {machine()}",
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
    started, t0 = datetime.now(UTC), time.perf_counter()
    rows, ok = run_modules(discover(args.only), args.size)
    text = table(rows)
    print(text)
    if not args.no_write:
        given = sys.argv[1:] if argv is None else argv
        command = " ".join([".venv/bin/python -m tests.benchmarks.run_all",
                            *map(shlex.quote, given)]).strip()
        args.out.write_text(report(rows, command, started, time.perf_counter() - t0),
                            encoding="utf-8")
        shown = args.out.resolve()
        print(f"\nwritten to {shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
