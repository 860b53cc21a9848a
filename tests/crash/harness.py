"""Crash test: kill a writing process with SIGKILL at random moments, then check the file.

Two kinds of writer alternate: an editor (`Entries` transactions: an organisation, its contact
points and a counter, in one transaction, forever) and the real CSV import
(`ngo-directory --db FILE import import-N.csv`: backup, the pipeline, one transaction of
IMPORT_ROWS organisations with their contact person, phone, e-mail and city). Every reopen must
show the state before or after the interrupted transaction, never a part of one: for an import,
either no import batch and every table's row count as before, or the batch and all its rows;
and the integrity check (`PRAGMA quick_check`, foreign keys, the search index's consistency)
must pass.

    python -m tests.crash.harness --trials 50 [--mode edit|import|both]

The default test run calls `run_trials` with a few trials (tests/test_crash.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

CONTACTS_PER_ORG = 3
IMPORT_ROWS = 1500
# Tables whose row counts an import changes; all must be as before, or before + the import.
COUNTED = ("organisation", "person", "contactpoint", "affiliation", "region", "changelog",
           "importbatch", "org_fts", "org_rank", "person_fts")


def _child(db: str) -> None:
    """Edit forever, in transactions whose all-or-nothing shape the parent can check."""
    from directory_app.services.entries import Entries
    from directory_app.store.database import open_directory

    directory = open_directory(db)
    entries = Entries(directory)
    with directory.begin() as conn:
        n = conn.execute(text("SELECT count(*) FROM organisation WHERE name LIKE 'T-%'")
                         ).scalar_one()
    counter = _counter_id(entries)
    while True:
        n += 1
        with entries.transaction():
            org = entries.create_org(name=f"T-{n}").id
            for i in range(CONTACTS_PER_ORG):
                entries.add_contact(org_id=org, kind="phone", value=f"812-247-40-{i:02d}")
            entries.update_org(counter, size=str(n))


def write_import_file(path: Path, trial: int) -> None:
    """IMPORT_ROWS organisations no other trial has (names, phones and e-mails all new)."""
    lines = ["Название;Телефон;E-mail;Город;Контактное лицо;Должность"]
    for n in range(IMPORT_ROWS):
        lines.append(f"I{trial}-{n};+7 495 {100 + trial:03d}-{n // 100:02d}-{n % 100:02d};"
                     f"i{trial}-{n}@example.org;Москва;Person I{trial}-{n};координатор")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


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
            problems += _import_problems(conn)
        return problems
    finally:
        directory.close()


def _import_problems(conn) -> list[str]:
    """Each import is all there (finished batch, every row) or not there at all."""
    problems = []
    batches = {source: finished for source, finished in conn.execute(text(
        "SELECT source, finished_at FROM importbatch WHERE source LIKE 'import-%'"))}
    present = dict(conn.execute(text(
        "SELECT substr(name, 2, instr(name, '-') - 2) AS t, count(*) FROM organisation "
        "WHERE name LIKE 'I%-%' GROUP BY t")).all())
    people = dict(conn.execute(text(
        "SELECT substr(display_name, 9, instr(display_name, '-') - 9) AS t, count(*) "
        "FROM person WHERE display_name LIKE 'Person I%-%' GROUP BY t")).all())
    for source, finished in batches.items():
        trial = source.removeprefix("import-").removesuffix(".csv")
        if finished is None:
            problems.append(f"import batch {source} was never finished")
        if present.get(trial) != IMPORT_ROWS or people.get(trial) != IMPORT_ROWS:
            problems.append(f"import batch {source} has {present.get(trial, 0)} organisations "
                            f"and {people.get(trial, 0)} people of {IMPORT_ROWS}")
    for trial, n in present.items():
        if f"import-{trial}.csv" not in batches:
            problems.append(f"{n} organisations of import {trial} without its batch")
    return problems


def check_import_trial(before: dict[str, int], after: dict[str, int], trial: int,
                       db: Path) -> tuple[str, list[str]]:
    """("before" or "after", problems): the file's counts against the two allowed states."""
    con = sqlite3.connect(db)
    try:
        done = con.execute("SELECT count(*) FROM importbatch WHERE source = ?",
                           (f"import-{trial}.csv",)).fetchone()[0]
    finally:
        con.close()
    if not done:
        changed = {t: (before[t], after[t]) for t in COUNTED if before[t] != after[t]}
        return "before", [f"no batch, but counts changed: {changed}"] if changed else []
    expected = {"organisation": IMPORT_ROWS, "person": IMPORT_ROWS, "importbatch": 1,
                "affiliation": IMPORT_ROWS, "contactpoint": 3 * IMPORT_ROWS,
                "org_fts": IMPORT_ROWS, "org_rank": IMPORT_ROWS, "person_fts": IMPORT_ROWS}
    wrong = {t: after[t] - before[t] for t, n in expected.items() if after[t] - before[t] != n}
    return "after", [f"batch present, but rows added {wrong}"] if wrong else []


@dataclass
class TrialResult:
    trials: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    outcomes: dict[str, int] = field(default_factory=dict)   # "import before/after", "edit"

    def summary(self) -> str:
        seen = ", ".join(f"{k}: {v}" for k, v in sorted(self.outcomes.items()))
        return (f"{self.trials} kills, {len(self.failures)} failures, {self.seconds:.0f} s "
                f"({seen})")


def run_trials(trials: int, mode: str = "both", workdir: Path | None = None,
               max_delay: float = 1.0, seed: int = 1, import_delay: float = 2.0
               ) -> TrialResult:
    """Kill `trials` writers; edit trials after 0.6 + up to `max_delay` s, import trials
    after 0.3 + up to `import_delay` s (start-up, backup and the import itself)."""
    rng = random.Random(seed)
    root = Path(__file__).resolve().parents[2]
    workdir = Path(workdir or tempfile.mkdtemp(prefix="ngo-crash-"))
    db = workdir / "crash.sqlite"
    result = TrialResult()
    start = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(root), NGO_DIRECTORY_HOME=str(workdir / "home"))
    _prepare(db)
    for trial in range(trials):
        trial_mode = mode if mode != "both" else ("edit", "import")[trial % 2]
        if trial_mode == "import":
            source = workdir / f"import-{trial}.csv"
            write_import_file(source, trial)
            # "new": the names differ by a number only, which the fuzzy match calls similar.
            argv = [sys.executable, "-m", "directory_app", "--db", str(db), "import",
                    str(source), "--on-duplicate", "new"]
            delay = 0.3 + rng.random() * import_delay
            before = counts(db)
        else:
            argv = [sys.executable, "-m", "tests.crash.harness", "--child", str(db)]
            delay = 0.6 + rng.random() * max_delay
        started = time.time()
        proc = subprocess.Popen(argv, env=env, cwd=root, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        time.sleep(delay)
        outcome = trial_mode
        if proc.poll() is not None:
            error = proc.stderr.read().decode()[-300:]
            proc.stderr.close()
            if trial_mode == "edit" or proc.returncode != 0:
                result.failures.append(f"trial {trial}: writer exited early "
                                       f"({proc.returncode}): {error}")
                continue
            outcome = "import finished before the kill"
        else:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
            result.trials += 1
        problems = check_state(db)
        if trial_mode == "import":
            state, wrong = check_import_trial(before, counts(db), trial, db)
            problems += wrong
            if outcome == "import":
                outcome = ("import killed after its commit" if state == "after" else
                           "import killed in its transaction" if _backed_up(db, started)
                           else "import killed before its backup")
        result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
        result.failures += [f"trial {trial} ({trial_mode}, after {delay:.2f} s): {p}"
                            for p in problems]
    result.seconds = time.perf_counter() - start
    return result


def _backed_up(db: Path, since: float) -> bool:
    """Whether the import made its backup (its transaction begins right after)."""
    from directory_app.paths import backups_dir_for

    folder = backups_dir_for(db)
    return folder.is_dir() and any(f.stat().st_mtime >= since and "before-import" in f.name
                                   for f in folder.iterdir())


def _prepare(db: Path) -> None:
    from directory_app.store.database import open_directory

    open_directory(db).close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--mode", choices=("edit", "import", "both"), default="both")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    result = run_trials(args.trials, args.mode, seed=args.seed)
    print(result.summary())
    for failure in result.failures:
        print("  " + failure)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
