"""A short run of the SIGKILL crash test (the full run: `python -m tests.crash.harness`)."""

import sqlite3
import sys

import pytest

from tests.crash.harness import IMPORT_ROWS, check_import_trial, check_state, counts, run_trials


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_leave_before_or_after_state(tmp_path):
    result = run_trials(6, "both", workdir=tmp_path, max_delay=0.8, import_delay=2.0)
    assert result.failures == []
    assert result.trials + result.outcomes.get("import finished before the kill", 0) == 6
    assert result.outcomes["edit"] == 3
    assert sum(n for k, n in result.outcomes.items() if k.startswith("import")) == 3


def test_the_check_sees_a_partial_import(directory, entries):
    path = directory.path
    before = counts(path)
    entries.create_org(name="I8-1")                   # an import's row without its batch
    con = sqlite3.connect(path)
    with con:                                         # a batch without its rows
        con.execute("INSERT INTO importbatch (batch, source, format, started_at, summary) "
                    "VALUES ('x', 'import-7.csv', 'csv', '2026-01-01', '')")
    con.close()
    problems = check_state(path)
    assert "import batch import-7.csv was never finished" in problems
    assert f"import batch import-7.csv has 0 organisations and 0 people of {IMPORT_ROWS}" \
        in problems
    assert "1 organisations of import 8 without its batch" in problems
    state, wrong = check_import_trial(before, counts(path), 7, path)
    assert state == "after" and "'organisation': 1" in wrong[0]
    state, wrong = check_import_trial(before, counts(path), 9, path)
    assert state == "before" and "importbatch" in wrong[0]
