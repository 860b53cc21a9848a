"""The vCard benchmark runs end to end at a small size (no timing assertions here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def test_benchmark_runs_at_500_cards(tmp_path):
    path = Path(__file__).parent / "benchmarks" / "bench_vcard.py"
    spec = importlib.util.spec_from_file_location("bench_vcard", path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_vcard"] = bench      # dataclasses look their module up there
    try:
        spec.loader.exec_module(bench)
    finally:
        sys.modules.pop("bench_vcard", None)
    rows = bench.run(500, tmp_path)
    names = [r.operation for r in rows]
    assert names == ["parse (ours)", "parse + map to records", "import: parse, match, commit",
                     "serialise cards (ours)", "export: read, profile, write .vcf",
                     "vobject parse", "vobject serialise"]
    for row in rows:
        assert row.size == 500 and row.seconds > 0 and row.cards_per_s > 0
        assert row.peak_mb > 0
        if row.anchor:
            assert row.ratio == row.anchor_seconds / row.seconds
    assert "cards/s" in bench.table(rows)
