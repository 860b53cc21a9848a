"""Crash test: kill a writing process with SIGKILL at random moments, then check the file.

Every reopen must show the state before or after the interrupted transaction (never a part of
one), and the integrity check (SQLite's and the search index's) must pass.

    python -m tests.crash.harness --trials 50 [--mode edit|bulk|both]

The default test run calls `run_trials` with a few trials (tests/test_crash.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

CONTACTS_PER_ORG = 3
BULK_SIZE = 2000


def _child(db: str, mode: str) -> None:
    """Write forever, in transactions whose all-or-nothing shape the parent can check."""
    from directory_app.services.entries import Entries
    from directory_app.store.database import open_directory

    directory = open_directory(db)
    entries = Entries(directory)
    with directory.begin() as conn:
        n = conn.execute(text("SELECT count(*) FROM organisation WHERE name LIKE 'T-%'")
                         ).scalar_one()
        b = conn.execute(text("SELECT count(DISTINCT substr(name, 1, instr(name, ':'))) "
                              "FROM organisation WHERE name LIKE 'B%:%'")).scalar_one()
    counter = _counter_id(entries)
    while True:
        if mode == "edit":
            n += 1
            with entries.transaction():
                org = entries.create_org(name=f"T-{n}").id
                for i in range(CONTACTS_PER_ORG):
                    entries.add_contact(org_id=org, kind="phone", value=f"812-247-40-{i:02d}")
                entries.update_org(counter, size=str(n))
        else:
            b += 1
            with entries.transaction():
                for i in range(BULK_SIZE):
                    entries.create_org(name=f"B{b}:{i}", description="bulk " * 20)


def _counter_id(entries) -> int:
    with entries.directory.begin() as conn:
        found = conn.execute(text("SELECT id FROM organisation WHERE name = 'Counter'")).first()
    return found[0] if found else entries.create_org(name="Counter", size="0").id


def check_state(db: Path) -> list[str]:
    """Problems found in the file after a kill; empty when it is consistent."""
    from directory_app.store import integrity
    from directory_app.store.database import open_directory

    directory = open_directory(db)
    try:
        problems = integrity.check(directory)
        with directory.begin() as conn:
            created = conn.execute(text("SELECT count(*) FROM organisation WHERE name LIKE 'T-%'")
                                   ).scalar_one()
            counter = conn.execute(text("SELECT size FROM organisation WHERE name = 'Counter'")
                                   ).scalar_one_or_none()
            if counter is not None and int(counter or 0) != created:
                problems.append(f"counter says {counter}, {created} edit transactions present")
            partial = conn.execute(text(
                "SELECT count(*) FROM organisation o WHERE o.name LIKE 'T-%' AND "
                "(SELECT count(*) FROM contactpoint c WHERE c.org_id = o.id) != :k"),
                {"k": CONTACTS_PER_ORG}).scalar_one()
            if partial:
                problems.append(f"{partial} organisations with a partial set of contacts")
            sizes = conn.execute(text(
                "SELECT substr(name, 1, instr(name, ':')) AS b, count(*) FROM organisation "
                "WHERE name LIKE 'B%:%' GROUP BY b")).all()
            problems += [f"bulk batch {b} has {c} of {BULK_SIZE} rows" for b, c in sizes
                         if c != BULK_SIZE]
        return problems
    finally:
        directory.close()


@dataclass
class TrialResult:
    trials: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run_trials(trials: int, mode: str = "both", workdir: Path | None = None,
               max_delay: float = 1.0, seed: int = 1) -> TrialResult:
    rng = random.Random(seed)
    workdir = Path(workdir or tempfile.mkdtemp(prefix="ngo-crash-"))
    db = workdir / "crash.sqlite"
    result = TrialResult()
    start = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for trial in range(trials):
        trial_mode = mode if mode != "both" else ("edit", "bulk")[trial % 2]
        proc = subprocess.Popen([sys.executable, "-m", "tests.crash.harness", "--child", str(db),
                                 "--mode", trial_mode], env=env,
                                cwd=Path(__file__).resolve().parents[2],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Let start-up finish (imports, first open) before the random moment begins.
        time.sleep(0.6 + rng.random() * max_delay)
        if proc.poll() is not None:
            result.failures.append(f"trial {trial}: writer exited early: "
                                   f"{proc.stderr.read().decode()[-300:]}")
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        result.trials += 1
        result.failures += [f"trial {trial} ({trial_mode}): {p}" for p in check_state(db)]
    result.seconds = time.perf_counter() - start
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--mode", choices=("edit", "bulk", "both"), default="both")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.mode)
        return 0
    result = run_trials(args.trials, args.mode)
    print(f"{result.trials} kills, {len(result.failures)} failures, {result.seconds:.0f} s")
    for failure in result.failures:
        print("  " + failure)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
