"""The windowed frozen app starts without stdout/stderr; printing must still work."""

from __future__ import annotations

import sys

import pytest

from directory_app import app
from directory_app.console import ensure_streams


@pytest.fixture
def no_streams(monkeypatch):
    """Call it inside the test (pytest's capture resets the streams between phases) to start
    as a windowed frozen app does; the replacement streams are closed afterwards."""
    opened: list = []

    def start_without_streams():
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(sys, "stderr", None)
        return opened

    yield start_without_streams
    for stream in set(opened):
        stream.close()


def test_missing_streams_are_replaced(no_streams):
    opened = no_streams()
    ensure_streams()
    opened.extend([sys.stdout, sys.stderr])
    assert sys.stdout is not None and sys.stderr is not None
    print("report", file=sys.stdout)
    assert sys.stderr.isatty() is False     # print progress checks this


def test_present_streams_are_kept():
    before = sys.stdout
    ensure_streams()
    assert sys.stdout is before


def test_cli_runs_without_streams(no_streams, tmp_path):
    opened = no_streams()
    code = app.main(["--db", str(tmp_path / "d.sqlite"), "stats"])
    opened.extend([sys.stdout, sys.stderr])
    assert code == 0
    assert sys.stdout is not None
