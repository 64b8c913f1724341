"""A profile that lists only part of the spending (one card or bank account's statement):
`import` says so, and `check` and `plan` state no operating profit rather than one that is
most of the revenue. Every figure below is worked out by hand in the comments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import RunCli, WriteProfile

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"

# $100,000 of revenue, $2,500 on the card: $2,000 of Google Ads and $500 of office supplies.
CARD = """\
    version: 1
    business: {{name: Card Only{spending}}}
    revenue: 100000
    activities:
      - {{name: Google Ads, spend: 2000}}
      - {{name: Office supplies, spend: 500}}
    customers: {{new: 20, sources: {{google ads: 20}}}}
"""


def report(run_cli: RunCli, path: Path, *args: str) -> dict[str, Any]:
    result = run_cli("check", path, "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    found: dict[str, Any] = json.loads(result.stdout)["profiles"][0]
    return found


def finding(profile: dict[str, Any], rule: str) -> dict[str, Any]:
    return next(f for f in profile["findings"] if f["rule"] == rule)


@pytest.mark.parametrize(
    ("export", "args", "partial"),
    [
        ("card-chase.csv", ["--currency", "USD", "--revenue", "40000"], True),
        ("bank-with-type.csv", ["--currency", "USD", "--revenue", "40000"], True),
        ("statement-card.qfx", ["--revenue", "40000"], True),
        ("qbo-transaction-detail-by-account.csv", ["--currency", "USD"], False),
    ],
)
def test_a_statement_is_written_as_part_of_the_spending(
    run_cli: RunCli, export: str, args: list[str], partial: bool
) -> None:
    result = run_cli("import", EXPORTS / export, "-o", "-", *args)
    assert result.exit_code == 0, result.stderr
    assert ("\n  spending: partial\n" in result.stdout) is partial


def test_revenue_given_for_a_short_export_is_said_to_be_the_periods(run_cli: RunCli) -> None:
    # card-chase.csv runs 2025-10-01 to 2025-11-24: 55 days, 2 months
    result = run_cli(
        "import", EXPORTS / "card-chase.csv", "-o", "-", "--currency", "USD", "--revenue", "9k"
    )
    assert result.exit_code == 0, result.stderr
    assert (
        "# Revenue as given with --revenue. It is the revenue of the period above (2 months), "
        "not a year's.\nrevenue: 9000\n"
    ) in result.stdout


def test_no_profit_is_stated_and_ba101_says_what_is_missing(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    whole = report(run_cli, write_profile(CARD.format(spending=""), "whole.yaml"))
    part = report(run_cli, write_profile(CARD.format(spending=", spending: partial"), "part.yaml"))
    # Whole: 100,000 - 2,500 = 97,500 of profit, 97.5%.
    assert whole["profit"]["operating_profit"] == "97500"
    assert whole["profit"]["operating_margin"] == pytest.approx(0.975)
    assert part["profit"]["operating_profit"] is None
    assert part["profit"]["operating_margin"] is None
    # 2,000 of 100,000 is 2%, under 10%: 10,000 needed, 8,000 more.
    said = finding(part, "BA101")
    assert said["message"] == (
        "marketing is 2% of revenue ($2,000 of $100,000), under the 10% minimum (the default); "
        "the profile lists only part of the spending (spending: partial), so marketing paid "
        "from other accounts is not counted"
    )
    assert said["advice"].startswith(
        "budget at least $10,000 a period for attracting and keeping customers ($8,000 more)"
    )
    # Only the whole profile can say what the $8,000 does to the profit: 97,500 → 89,500.
    assert "operating profit $97,500 → $89,500" in finding(whole, "BA101")["advice"]


def test_a_loss_or_a_thin_margin_is_not_read_from_part_of_the_costs(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    # Of 100,000: 20,000 of ads, 500 of newsletter and the rent, a 1,000 loss or a 3% margin.
    # The score without caps is over 79 (marketing 30 of 30, referral independence 15, one of
    # two channels 7.5, retention 10: 62.5 of 70, 89), so each cap holds it down and is named.
    text = (
        "version: 1\nbusiness: {{name: Card Only{spending}}}\nrevenue: 100000\nactivities:\n"
        "  - {{name: Google Ads, spend: 20000}}\n  - {{name: Newsletter, spend: 500}}\n"
        "  - {{name: Rent, spend: {rent}}}\n"
        "customers: {{new: 20, sources: {{google ads: 20}}, average_revenue: 5000,\n"
        "  gross_margin: 60%, retention_rate: 80%}}\n"
    )
    rents = {"loss": 80500, "thin": 76500}
    for spending, expected in (
        ("", {"loss": "BA111", "thin": "BA115"}),
        (", spending: partial", {}),
    ):
        for name, rent in rents.items():
            path = write_profile(text.format(spending=spending, rent=rent), f"{name}.yaml")
            profile = report(run_cli, path)
            found = {f["rule"] for f in profile["findings"]} & {"BA111", "BA115"}
            assert found == ({expected[name]} if name in expected else set())
            caps = " ".join(c["reason"] for c in profile["score_caps"])
            assert (f"({expected[name]})" in caps) if expected else ("BA11" not in caps)


def test_check_and_plan_say_the_profit_is_not_known(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    path = write_profile(CARD.format(spending=", spending: partial"))
    shown = run_cli("check", path)
    assert "operating profit not known: only part of the spending is listed" in " ".join(
        shown.stdout.split()
    )
    planned = run_cli("plan", path, "-f", "json")
    assert planned.exit_code == 0, planned.stderr
    data = json.loads(planned.stdout)
    assert data["operating_profit"] is None
    assert data["planned_operating_profit"] is None
    text = " ".join(run_cli("plan", path, "--budget", "3000").stdout.split())
    assert "Operating result: not known, as the profile lists only part of the spending" in text
