"""How fast a whole batch is reverted (undo of an import, of a large merge).

Writes N organisations, each with two contact points and one person with a role, in one batch
(as an import would), then reverts it set-wise (`history.revert`, the default) and, on a second
copy, change by change (`row_by_row=True`, the anchor), and reverts each revert again (redo).
Prints a table; nothing is asserted.

    .venv/bin/python tests/benchmarks/revert_speed.py [N]     (default N = 2000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from directory_app.services.entries import Entries
from directory_app.services.history import batch_changes, revert
from directory_app.store.database import open_directory
from directory_app.store.search import index_problems


def _write(entries: Entries, count: int) -> str:
    with entries.transaction() as batch:
        for i in range(count):
            org = entries.create_org(name=f"Organisation {i}", description="benchmark").id
            entries.add_contact(org_id=org, kind="phone", value=f"495 123 {i % 10000:04d}")
            entries.add_contact(org_id=org, kind="email", value=f"org{i}@example.org")
            person = entries.create_person(given_name="Person", family_name=f"N{i}").id
            entries.affiliate(person, org, "Coordinator")
    return batch


def _measure(folder: Path, count: int, row_by_row: bool) -> tuple[int, float, float]:
    directory = open_directory(folder / ("rows.sqlite" if row_by_row else "sets.sqlite"))
    entries = Entries(directory)
    batch = _write(entries, count)
    changes = len(batch_changes(directory, batch))
    start = time.perf_counter()
    undone = revert(entries, batch, row_by_row=row_by_row)
    undo_s = time.perf_counter() - start
    start = time.perf_counter()
    revert(entries, undone, row_by_row=row_by_row)
    redo_s = time.perf_counter() - start
    with directory.begin() as conn:
        assert not index_problems(conn)
    directory.close()
    return changes, undo_s, redo_s


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        changes, set_undo, set_redo = _measure(folder, count, row_by_row=False)
        _changes, row_undo, row_redo = _measure(folder, count, row_by_row=True)
    print(f"{'operation':<34}{'changes':>9}{'set-wise s':>12}{'row by row s':>14}{'ratio':>8}")
    for name, a, b in (("undo (remove created rows)", set_undo, row_undo),
                       ("redo (restore them with their ids)", set_redo, row_redo)):
        print(f"{name:<34}{changes:>9}{a:>12.2f}{b:>14.2f}{a / b:>8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
