"""`ngo-directory --self-test` passes here and reports a failing step without a traceback."""

import os
import subprocess
import sys


def _run(tmp_path, **env):
    environment = dict(os.environ, NGO_DIRECTORY_HOME=str(tmp_path / "home"),
                       QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "-m", "directory_app", "--self-test"],
                          capture_output=True, text=True, env=environment, timeout=180)


def test_self_test_passes_every_step(tmp_path):
    proc = _run(tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    steps = [line for line in lines if line.startswith(("PASS", "FAIL"))]
    assert len(steps) >= 9 and all(line.startswith("PASS") for line in steps)
    assert {"migrations", "search", "csv", "vcard", "pdf", "window"} <= {
        line.split()[1] for line in steps}
    assert lines[-1] == f"self-test: {len(steps)} of {len(steps)} steps passed"


def test_failing_step_reported_in_one_line_and_others_still_run(monkeypatch):
    from directory_app import selftest

    def broken(ctx):
        raise ValueError("sample file unreadable")

    steps = [("migrations", selftest._open), ("sample", broken), ("integrity", selftest._integrity)]
    monkeypatch.setattr(selftest, "STEPS", steps)
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert lines[1].startswith("FAIL  sample") and "sample file unreadable" in lines[1]
    assert lines[2].startswith("PASS  integrity")
    assert lines[-1] == "self-test: 2 of 3 steps passed"
