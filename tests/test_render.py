"""The terminal report, checked against golden files at 80 columns with no colour.

To accept an intended change of layout: BIZAUDIT_UPDATE_GOLDEN=1 pytest tests/test_render.py,
then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import EXAMPLES, RunCli

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("example", ["coaching", "agency", "cafe", "startup"])
def test_rich_report_matches_golden(run_cli: RunCli, example: str) -> None:
    result = run_cli("check", f"examples/{example}.yaml")
    text = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
    golden = GOLDEN / f"{example}.txt"
    if os.environ.get("BIZAUDIT_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert all(len(line) <= 80 for line in text.splitlines())


def test_several_profiles_end_with_a_summary(run_cli: RunCli) -> None:
    result = run_cli("check", EXAMPLES)
    assert result.stdout.rstrip().splitlines()[-1] == "Summary 4 profiles audited, 2 failed"


def test_findings_show_where_and_what_to_do(run_cli: RunCli) -> None:
    result = run_cli("check", "examples/cafe.yaml")
    assert "examples/cafe.yaml:14" in result.stdout  # BA101 at the revenue line
    assert "→ budget at least €31,000 a period" in result.stdout  # 10% of 310,000
    # The flyers ran once, which is why they are not counted as a channel.
    assert "marketing/acquire (one-off)" in result.stdout
