"""The print benchmark, run small in the default test run (the full size is run by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))

import bench_print  # noqa: E402


def test_bench_print_small(qapp, capsys):
    rows = bench_print.run(50, ("pdf", "odt"))
    assert [r[0] for r in rows] == ["generate", "build draft", "write pdf", "write odt"]
    assert all(size == 50 and seconds >= 0 and peak > 0 for _, size, seconds, peak in rows)
    bench_print.print_table(rows)
    assert "write pdf" in capsys.readouterr().out
