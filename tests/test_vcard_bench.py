"""The vCard benchmark runs end to end at 500 cards (no timing assertions here)."""

from __future__ import annotations

import math

from tests.benchmarks import bench_vcard, common


def test_benchmark_runs_at_500_cards(monkeypatch):
    monkeypatch.setenv(common.INPROCESS, "1")
    rows = bench_vcard.run(250)
    assert [r.operation for r in rows] == [
        "vobject readComponents (anchor)", "vobject serialize (anchor)",
        "vCard parse + map to records", "vCard import: parse, match, commit",
        "vCard import, reading in process", "vCard serialise (cards only)",
        "vCard export: read, profile, write"]
    for row in rows:
        assert row.size == 500 and row.seconds > 0 and row.unit == "cards/s"
        assert math.isclose(row.throughput, 500 / row.seconds)
        if row.anchor:
            assert row.ratio == row.seconds / row.anchor_seconds
    targeted = [r for r in rows if r.target]
    assert [r.operation for r in targeted] == ["vCard import: parse, match, commit",
                                               "vCard export: read, profile, write"]
    assert all(r.verdict in (common.PASS, common.FAIL) for r in targeted)
