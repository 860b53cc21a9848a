"""What every benchmark module shares: the result row, timing and memory helpers, and inputs.

A benchmark module is a file `tests/benchmarks/bench_<area>.py` with a function
`run(size: int) -> list[Row]`; `run_all` finds and runs them all. `size` is the number of
organisations of the generated directory (100,000 by default); a module scales its own work
from it (the smoke test calls every module with 1,000).

Ratios are times: `ratio = seconds / anchor_seconds`, so 2.0 means "twice as long as the
anchor" (and, for throughput, half its rate). Peak memory is the peak resident set size of the
process that ran the operation: heavy operations run in a fresh process (`isolated`), so that
one operation's memory never hides in another's.
"""

from __future__ import annotations

import atexit
import math
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PASS, FAIL, NO_TARGET, SKIPPED = "pass", "fail", "", "skipped"
INPROCESS = "NGO_BENCH_INPROCESS"


@dataclass
class Row:
    """One line of the results table."""

    operation: str
    size: int                          # entries the operation worked on
    seconds: float                     # NaN when skipped
    throughput: float | None = None    # entries per second (or `unit`)
    unit: str = ""                     # e.g. "rows/s", "cards/s", "MB/s"
    peak_mb: float | None = None       # peak RSS of the process that ran it
    anchor: str = ""                   # what the operation is compared with
    anchor_seconds: float | None = None
    ratio: float | None = None         # seconds / anchor_seconds
    target: str = ""                   # in words, e.g. "≤ 20 ms", "≤ 2× anchor"
    verdict: str = NO_TARGET           # pass, fail, skipped, or "" when there is no target
    note: str = ""                     # what the reader needs to read the line right


_ROW_FIELDS = ("operation", "size", "seconds", "throughput", "unit", "peak_mb", "anchor",
               "anchor_seconds", "ratio", "target", "verdict", "note")
_ALIASES = {"cards_per_s": "throughput", "rows_per_s": "throughput", "rate": "throughput"}


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) and value > 0 else None


def as_row(item: Any) -> Row:
    """A `Row` from what a module returned: a Row, an object or dict with Row's field names
    (or `cards_per_s`/`rows_per_s` for throughput), or a tuple `(operation, size, seconds,
    throughput, peak_mb, anchor, anchor_seconds, ...)` or `(operation, size, seconds, peak_mb,
    ...)`. The ratio is always recomputed as seconds / anchor_seconds, so that one table has
    one meaning of "ratio" whatever the module meant by it.
    """
    if isinstance(item, Row):
        return replace(item, ratio=ratio(item.seconds, item.anchor_seconds))
    if isinstance(item, tuple | list):
        item = list(item)
        if len(item) >= 7 and isinstance(item[5], str):
            names = ("operation", "size", "seconds", "throughput", "peak_mb", "anchor",
                     "anchor_seconds")
        else:
            names = ("operation", "size", "seconds", "peak_mb")
        fields = dict(zip(names, item, strict=False))
    else:
        get = item.get if isinstance(item, dict) else lambda k, d=None: getattr(item, k, d)
        fields = {f: get(f) for f in _ROW_FIELDS}
        for alias, name in _ALIASES.items():
            if fields.get(name) is None and get(alias) is not None:
                fields[name] = get(alias)
    seconds = fields.get("seconds")
    seconds = float(seconds) if isinstance(seconds, int | float) else math.nan
    size = int(fields.get("size") or 0)
    anchor_s = _number(fields.get("anchor_seconds"))
    throughput = _number(fields.get("throughput"))
    if throughput is None and size and seconds > 0:
        throughput = size / seconds
    return Row(str(fields.get("operation") or "?"), size, seconds, throughput,
               str(fields.get("unit") or ("entries/s" if throughput else "")),
               _number(fields.get("peak_mb")), str(fields.get("anchor") or ""),
               anchor_s, ratio(seconds, anchor_s), str(fields.get("target") or ""),
               str(fields.get("verdict") or ""), str(fields.get("note") or ""))


def ratio(seconds: float, anchor_seconds: float | None) -> float | None:
    if anchor_seconds is None or not anchor_seconds > 0 or math.isnan(seconds):
        return None
    return seconds / anchor_seconds


def verdict(ok: bool) -> str:
    return PASS if ok else FAIL


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


class Timer:
    """`with Timer() as t: ...` then `t.seconds`."""

    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.start


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def warm_file(path: Path | str) -> None:
    """Read a file once so that the operating system holds it in memory, as it does a file in
    use on any machine with memory to spare. Search latency is meant to measure the app: the
    virtual machines these benchmarks run on drop cached files within minutes, and after the
    big-CSV area has streamed gigabytes, every search read the directory from disk again."""
    with open(path, "rb") as fh:
        while fh.read(1 << 20):
            pass


def current_rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def _measured(fn: Callable[..., Any], args: tuple) -> tuple[Any, float]:
    result = fn(*args)
    return result, peak_rss_mb()


def isolated(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """Run `fn(*args)` in a fresh interpreter; returns its result and that process's peak MB.

    `fn` must be a module-level function and its arguments and result picklable. With
    NGO_BENCH_INPROCESS=1 (the smoke test) it runs in this process instead, and the peak is
    this process's: quick, but the memory figures then mean nothing.
    """
    if os.environ.get(INPROCESS) == "1":
        return _measured(fn, args)
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_measured, fn, args).result()


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_command(argv: list[str], env: dict[str, str] | None = None, timeout: float = 120
                ) -> tuple[float, float, int, str]:
    """Run a command; returns (wall seconds, its peak RSS in MB, exit code, stdout).

    The child is reaped with `os.wait4`, which gives that one child's resource usage.
    """
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        # In a session of its own, so that a timeout kills the whole group: a one-file build's
        # boot loader runs the app as its child, which a kill of the boot loader would orphan.
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
                                start_new_session=True)
        killer = threading.Timer(timeout, _kill_group, (proc,))
        killer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return seconds, usage.ru_maxrss / 1024, proc.returncode, text


# -- inputs shared by the benchmark modules -------------------------------------------------

_work: Path | None = None


WORK_ENV = "NGO_BENCH_WORK"


def work_dir() -> Path:
    """A temporary folder for this run's files, removed at exit by the process that made it;
    child processes of the run share it (through WORK_ENV)."""
    global _work
    if _work is None:
        shared = os.environ.get(WORK_ENV)
        if shared:
            _work = Path(shared)
        else:
            _work = Path(tempfile.mkdtemp(prefix="ngo-bench-"))
            atexit.register(shutil.rmtree, _work, ignore_errors=True)
            os.environ[WORK_ENV] = str(_work)
    return _work


def _build_directory(size: int, seed: int, path: str) -> dict[str, float]:
    from tests.benchmarks import generator, writers

    return writers.write_directory(generator.generate(size, seed), Path(path))


def generated_path(size: int, seed: int | None = None) -> Path:
    """Where this run keeps the generated directory of `size` (it may not exist yet)."""
    from tests.benchmarks.generator import SEED

    return work_dir() / f"generated-{size}-{SEED if seed is None else seed}.sqlite"


def generated_directory(size: int, seed: int | None = None) -> Path:
    """A directory file generated at `size`, built once per run (in its own process).

    Treat it as read-only; take `fresh_copy` to write into one.
    """
    from tests.benchmarks.generator import SEED

    seed = SEED if seed is None else seed
    path = generated_path(size, seed)
    if not path.exists():
        isolated(_build_directory, size, seed, str(path))
    return path


def fresh_copy(size: int, name: str) -> Path:
    """A private copy of the generated directory of `size`, to write into."""
    from directory_app.store.backup import copy_database

    target = work_dir() / f"{name}-{size}.sqlite"
    copy_database(generated_directory(size), target)
    return target


def empty_directory(name: str) -> Path:
    """A new, empty directory file with the current schema (migrated, no rows)."""
    from directory_app.store.database import open_directory

    path = work_dir() / f"{name}.sqlite"
    if path.exists():
        path.unlink()
    open_directory(path, backup_before_migrate=False).close()
    return path


def _write_file(kind: str, size: int, path: str, limit: int | None) -> int:
    from tests.benchmarks import generator, writers

    ds = generator.generate(size)
    write = writers.write_csv if kind == "csv" else writers.write_vcards
    return write(ds, Path(path), limit)


def csv_file(size: int, limit: int | None = None) -> Path:
    """The generated directory of `size` as a CSV file (one row per organisation)."""
    path = work_dir() / f"generated-{size}-{limit}.csv"
    if not path.exists():
        isolated(_write_file, "csv", size, str(path), limit)
    return path


def vcard_file(size: int, limit: int | None = None) -> Path:
    """The generated directory of `size` as vCard 3.0, one card per person (2 × size)."""
    path = work_dir() / f"generated-{size}-{limit}.vcf"
    if not path.exists():
        isolated(_write_file, "vcard", size, str(path), limit)
    return path


def python_env() -> dict[str, str]:
    """The environment for child Pythons: offscreen Qt, the project importable."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Settings, recent files and backups of the started app go to this run's folder.
    env["NGO_DIRECTORY_HOME"] = str(work_dir() / "home")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env
