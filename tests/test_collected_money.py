"""Money collected for others (BA116's "collected", ``Facts.collected``,
``profit.collected_for_others``): a leftover of the fifty-third round's own review, 2026-12-07.

The trade decides one reading: a payroll bureau's clients' payroll funds are money collected
for others, a staffing firm's are its own temps' pay (AR1 of the fifty-second round's third
re-review). The exception sat in core.metrics on top of core.financing's reading; it is now
decided once, in ``lines_that_move_money`` (``collected_in``), and every caller reads
``Facts.moves``. Nothing a report says changed: the staffing firm and the payroll bureau are
pinned side by side below.

Every expected figure is worked by hand in the test's docstring."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.financing import collected_in, lines_that_move_money, name_moves
from bizaudit.core.metrics import compute
from bizaudit.model.profile import Profile

from .conftest import RunCli, WriteProfile
from .test_round47 import _json


def _found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


_PAYROLL = """
    version: 1
    business: {{name: {name}, industry: {industry}, period: FY2026}}
    revenue: 1200000
    activities:
      - {{name: Client payroll funds disbursed, spend: 700000}}
      - {{name: Internal staff payroll, spend: 200000}}
      - {{name: Office rent, spend: 60000}}
      - {{name: Google Ads, spend: 24000}}
    customers: {{new: 40, sources: {{google: 40}}}}
    """


def test_a_staffing_firm_and_a_payroll_bureau_side_by_side(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The same lines, two trades. Spend 700,000 + 200,000 + 60,000 + 24,000 = 984,000;
    operating profit 1,200,000 - 984,000 = $216,000 in both.

    Staffing firm: "Client payroll funds disbursed" pays the temps it employs, its own cost
    (it is the principal: ASC 606-10-55-36 to 55-40, as AR1 cites it). Nothing is collected
    for others: margin 216,000 / 1,200,000 = 18%; marketing 24,000 / 1,200,000 = 2%; BA116
    silent, and no key figure names money collected for others.

    Payroll bureau: the same line is its clients' money (ASC 606-10-32-2, as AQ3 cites it):
    collected 700,000, own revenue 1,200,000 - 700,000 = 500,000; margin 216,000 / 500,000 =
    43.2%; marketing 24,000 / 500,000 = 4.8%. BA116 names the line, BA101's basis and the key
    figure name the $700,000 once each, as collected for others."""
    staffing = _json(
        run_cli, write_profile, _PAYROLL.format(name="Apex Staffing", industry="staffing")
    )
    assert staffing["profit"]["operating_profit"] == "216000"
    assert staffing["profit"]["collected_for_others"] == "0"
    assert staffing["profit"]["operating_margin"] == pytest.approx(0.18)
    assert staffing["metrics"]["marketing_share_of_revenue"] == pytest.approx(0.02)
    assert not _found(staffing, "BA116")
    bureau = _json(
        run_cli,
        write_profile,
        _PAYROLL.format(name="Apex Payroll Services", industry="b2b-services"),
    )
    assert bureau["profit"]["operating_profit"] == "216000"
    assert bureau["profit"]["collected_for_others"] == "700000"
    assert bureau["profit"]["operating_margin"] == pytest.approx(0.432)
    assert bureau["metrics"]["marketing_share_of_revenue"] == pytest.approx(0.048)
    # read as operations 'payroll', not marketing: no part of marketing_received
    assert bureau["metrics"]["marketing_received"] == "0"
    (named,) = _found(bureau, "BA116")
    assert named["subject"] == "Client payroll funds disbursed"
    assert "money collected for others and paid over to them" in named["message"]
    (share,) = _found(bureau, "BA101")
    assert (
        "marketing is 4.8% of net revenue ($24,000 of $500,000; $700,000 BA116 reads as "
        "collected for others and paid over to them, left out of revenue)" in share["message"]
    )


def test_the_staffing_firms_and_the_bureaus_summaries_agree_with_their_figures(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The summaries read the same decision (the figures above): the bureau's key figure names
    "$700,000 collected for others left out of revenue" and its margin "43.2% of revenue
    without the $700,000 collected for others"; the staffing firm's names neither."""
    staffing = run_cli(
        "check",
        write_profile(_PAYROLL.format(name="Apex Staffing", industry="staffing")),
        "-f",
        "markdown",
    ).stdout
    assert "| marketing spend | $24,000 of $984,000 spent in all | |" in staffing
    assert "collected for others" not in staffing
    bureau = run_cli(
        "check",
        write_profile(_PAYROLL.format(name="Apex Payroll Services", industry="b2b-services")),
        "-f",
        "markdown",
    ).stdout
    assert (
        "| marketing spend | $24,000 of $984,000 spent in all; $700,000 collected for others "
        "left out of revenue (BA116) | |"
    ) in bureau
    assert "43.2% of revenue without the $700,000 collected for others (BA116)" in bureau


@pytest.mark.parametrize(
    ("name", "staffing", "bureau"),
    [
        # a payroll bureau's clients' funds: the trade decides
        ("Client payroll funds", False, True),
        ("Client payroll funds disbursed", False, True),
        ("Payroll funds held for clients", False, True),
        ("Client payroll tax funds", False, True),
        # others' money whatever the trade: a staffing firm may pass rents or fees on too
        ("Owner payouts (rental proceeds paid to homeowners)", True, True),
        ("Practice collections remitted to clients", True, True),
    ],
)
def test_the_trade_decides_payroll_funds_alone(name: str, staffing: bool, bureau: bool) -> None:
    """``collected_in``: a line the words read as collected for others (``name_moves``) is so
    at a payroll bureau and wherever the trade is unknown (None); at a staffing firm only
    where it is not a client's payroll funds."""
    assert name_moves(name) == "collected"
    assert collected_in(name, "staffing") is staffing
    assert collected_in(name, "b2b-services") is bureau
    assert collected_in(name, None) is True


def test_lines_that_move_money_reads_the_trade_it_is_given() -> None:
    """The one place the reading is decided: the same activities, with the trade and without.
    A staffing firm's facts (``compute`` passes the vertical read) hold no "collected" line;
    the lines read with no trade keep the words' reading (as ``plan`` reads a channel's)."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Apex Staffing", "industry": "staffing"},
            "revenue": 1_000_000,
            "activities": [
                {"name": "Client payroll funds", "spend": 300_000},
                {"name": "Rent", "spend": 60_000},
            ],
        }
    )
    facts = compute(profile)
    assert facts.read_by is not None
    assert facts.read_by.id == "staffing"
    assert [kind for _, kind in facts.moves] == []
    assert facts.collected == 0
    assert [kind for _, kind in lines_that_move_money(facts.activities)] == ["collected"]
    assert lines_that_move_money(facts.activities, "staffing") == []
