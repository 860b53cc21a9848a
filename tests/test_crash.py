"""A short run of the SIGKILL crash test (the full run: `python -m tests.crash.harness`)."""

import sys

import pytest

from tests.crash.harness import run_trials


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_leave_before_or_after_state(tmp_path):
    result = run_trials(4, "both", workdir=tmp_path, max_delay=0.8)
    assert result.trials == 4
    assert result.failures == []
