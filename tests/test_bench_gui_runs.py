"""The GUI benchmark runs at a small size and reports its three rows (no timing asserted)."""

from __future__ import annotations


def test_bench_gui_reports_open_and_search(qapp):
    from tests.benchmarks import bench_gui

    rows = [r if isinstance(r, dict) else r.__dict__ for r in bench_gui.run(300)]
    assert [r["operation"].split(" (")[0] for r in rows] == [
        "gui: open file to first rows shown", "gui: search as you type p50",
        "gui: search as you type p95"]
    for row in rows:
        assert row["size"] == 300 and row["seconds"] > 0 and row["anchor_seconds"] > 0
