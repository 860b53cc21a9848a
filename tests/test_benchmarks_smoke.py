"""The CSV benchmark runs end to end at a small size (no timing assertions here)."""

from __future__ import annotations

from tests.benchmarks import bench_csv


def test_csv_benchmark_runs_at_1000_rows():
    rows = bench_csv.run(1000)
    assert [r[0] for r in rows] == ["import", "export"]
    for op, size, seconds, rate, peak, anchor, anchor_s, ratio in rows:
        assert size == 1000 and seconds > 0 and anchor_s > 0 and anchor
        assert rate > 0 and peak > 0 and ratio > 0, op
