"""The benchmark suite runs (on tiny inputs). Timings are never asserted: machines are noisy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"


def test_bench_quick_runs_and_reports_every_measurement() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    # (a') needs check-jsonschema, which a dev install has and a test install may not.
    names = [row["name"].strip()[:3] for row in rows if not row["name"].startswith("(a')")]
    expected = ["(a)", "(b)", "pea", "(c)", "(c)", "(d)", "tim", "(e)", "(e)", "pea"]
    assert names == expected
    assert all(row["ours"] > 0 and row["floor"] > 0 for row in rows)
