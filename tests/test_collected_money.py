"""Money collected for others (BA116's "collected", ``Facts.collected``,
``profit.collected_for_others``): two leftovers of the fifty-third round's own review,
2026-12-07.

1. The trade decides one reading: a payroll bureau's clients' payroll funds are money collected
   for others, a staffing firm's are its own temps' pay (AR1 of the fifty-second round's third
   re-review). The exception sat in core.metrics on top of core.financing's reading; it is now
   decided once, in ``lines_that_move_money`` (``collected_in``), and every caller reads
   ``Facts.moves``. Nothing a report says changed: the staffing firm and the payroll bureau are
   pinned side by side below.
2. Money collected for others that the vocabulary reads as marketing (a studio's competition
   entry fees passed through) was counted in ``marketing_received`` and named as "money
   received" beside "collected for others": the same $40,000 twice. ``marketing_collected``
   (an addition to the JSON report's metrics) holds that part, and the key figures, BA101,
   BA110 and the HTML basis name each dollar once.

Every expected figure is worked by hand in the test's docstring."""

from __future__ import annotations

from decimal import Decimal
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
    assert staffing["metrics"]["marketing_collected"] == "0"
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
    assert bureau["metrics"]["marketing_collected"] == "0"
    (named,) = _found(bureau, "BA116")
    assert named["subject"] == "Client payroll funds disbursed"
    assert "money collected for others and paid over to them" in named["message"]
    (share,) = _found(bureau, "BA101")
    # revenue without what was collected for others is the business's own: BA101 names it
    # so, as the key figures do (AU2 of the fifty-fourth round; the figures are unchanged)
    assert (
        "marketing is 4.8% of own revenue ($24,000 of $500,000; $700,000 BA116 reads as "
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


_STUDIO = """
    version: 1
    business: {name: Pointe & Flex Dance Studio, industry: fitness, period: FY2026}
    revenue: 380000
    activities:
      - {name: "Competition entry fees collected from families, passed to competitions",
         spend: 40000}
      - {name: Costume fees (received from families), spend: 18000}
      - {name: Recital tickets (received), spend: 12000}
      - {name: Instagram ads, spend: 9000}
      - {name: Spring recital (theater rental), spend: 6000}
      - {name: Teachers paid per class, spend: 110000}
      - {name: Studio rent, spend: 60000}
    customers: {new: 80, sources: {instagram: 50, referrals: 30}}
    """


def test_a_studios_competition_fees_read_as_marketing_are_named_once(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """A dance studio: revenue $380,000 (tuition, and the $40,000 of competition fees it
    collects from families and passes to the competitions); the fees read as acquisition
    marketing ('competition entries'), costume fees and recital tickets money received.

    Marketing listed: 40,000 + 12,000 + 9,000 + 6,000 = 67,000. Left out of it: 40,000
    (collected for others) + 12,000 (recital tickets received) = 52,000 (marketing_received,
    as before), of which 40,000 collected (marketing_collected). Spent: 67,000 - 52,000 =
    15,000, of 380,000 - 40,000 = 340,000: 4.41%, under fitness's 6% low end (BA101, an
    error); the gap 0.06 x 340,000 - 15,000 = $5,400. All spend: 255,000 less the money in
    (40,000 + 18,000 + 12,000 = 70,000) = 185,000; 15,000 / 185,000 = 8.11%.

    Each dollar named once: "$12,000 ... money received" and "$40,000 ... collected for
    others ... left out of revenue and marketing"; never "$52,000" nor "$40,000 ... money
    received". (Before: "$52,000 listed as spent is money received" beside "$40,000 collected
    for others left out of revenue".)"""
    report = _json(run_cli, write_profile, _STUDIO)
    metrics = report["metrics"]
    assert metrics["marketing_received"] == "52000"  # unchanged in meaning
    assert metrics["marketing_collected"] == "40000"
    assert report["profit"]["collected_for_others"] == "40000"
    assert metrics["marketing_share_of_revenue"] == pytest.approx(15000 / 340000)
    assert metrics["marketing_share_of_spend"] == pytest.approx(15000 / 185000)
    (share,) = _found(report, "BA101")
    assert share["severity"] == "error"
    # revenue without what was collected for others is the business's own: BA101 names it
    # so, as the key figures do (AU2 of the fifty-fourth round; the figures are unchanged)
    assert (
        "marketing is 4.41% of own revenue ($15,000 of $340,000; $12,000 BA116 reads as money "
        "received, left out; $40,000 BA116 reads as collected for others and paid over to "
        "them, left out of revenue and marketing), under the 6% minimum"
    ) in share["message"]
    assert "the gap to the minimum is $5,400" in share["advice"]
    markdown = run_cli("check", write_profile(_STUDIO), "-f", "markdown").stdout
    assert (
        "| marketing spend | $67,000 of $255,000 spent in all; $12,000 listed as spent is "
        "money received, left out (BA116); $40,000 collected for others left out of revenue "
        "and marketing (BA116) | |"
    ) in markdown
    assert "$52,000" not in markdown
    assert "$40,000 listed as spent is money received" not in markdown
    html = run_cli("check", write_profile(_STUDIO), "-f", "html").stdout
    assert (
        "($67,000 marketing − $12,000 BA116 reads as money received − $40,000 BA116 reads as "
        "collected for others) ÷ $340,000 own revenue ($380,000 less $40,000 collected for "
        "others, BA116)"
    ) in html


def test_the_terminal_report_names_the_studios_fees_once(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The terminal's spend line: "marketing $67,000 (...); $12,000 of it money received, not
    spent (BA116); $40,000 of it collected for others, not spent (BA116)" (the figures above),
    where it had said "$52,000 of it money received"."""
    text = " ".join(run_cli("check", write_profile(_STUDIO)).stdout.split())
    assert "$12,000 of it money received, not spent (BA116)" in text
    assert "$40,000 of it collected for others, not spent (BA116)" in text
    assert "$52,000" not in text


def test_part_of_the_money_collected_listed_as_marketing(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The studio above, with $10,000 more of competition fees passed through, read as cost of
    sales ('passed through'): collected 40,000 + 10,000 = 50,000, of which 40,000 listed as
    marketing. Revenue without it 380,000 - 50,000 = 330,000; 15,000 / 330,000 = 4.55%.
    BA101 and the key figure: "$50,000 ... collected for others ..., left out of revenue,
    $40,000 of it out of marketing too"."""
    text = _STUDIO.replace(
        "      - {name: Studio rent, spend: 60000}",
        "      - {name: Studio rent, spend: 60000}\n"
        "      - {name: Competition fees (passed through to competitions), spend: 10000}",
    )
    report = _json(run_cli, write_profile, text)
    assert report["profit"]["collected_for_others"] == "50000"
    assert report["metrics"]["marketing_collected"] == "40000"
    assert report["metrics"]["marketing_share_of_revenue"] == pytest.approx(15000 / 330000)
    (share,) = _found(report, "BA101")
    # revenue without what was collected for others is the business's own: BA101 names it
    # so, as the key figures do (AU2 of the fifty-fourth round; the figures are unchanged)
    assert (
        "marketing is 4.55% of own revenue ($15,000 of $330,000; $12,000 BA116 reads as money "
        "received, left out; $50,000 BA116 reads as collected for others and paid over to "
        "them, left out of revenue, $40,000 of it out of marketing too)"
    ) in share["message"]
    markdown = run_cli("check", write_profile(text), "-f", "markdown").stdout
    assert (
        "; $50,000 collected for others left out of revenue, $40,000 of it out of marketing "
        "too (BA116) | |"
    ) in markdown


def test_above_the_range_the_studios_fees_are_named_once(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The studio with $60,000 of Instagram ads (and customers worth $1,200 at 40%): marketing
    listed 40,000 + 12,000 + 60,000 + 6,000 = 118,000, less the 52,000 left out = 66,000, of
    340,000: 19.4%, above fitness's 6-12%. BA110 says "(without the $12,000 BA116 reads as
    money received and the $40,000 BA116 reads as collected for others, out of revenue too)",
    not "$52,000 ... money received"."""
    text = _STUDIO.replace("Instagram ads, spend: 9000", "Instagram ads, spend: 60000").replace(
        "customers: {new: 80, sources: {instagram: 50, referrals: 30}}",
        "customers: {new: 80, sources: {instagram: 50, referrals: 30}, average_revenue: 1200, "
        'gross_margin: "40%", churn_rate: "5%"}',
    )
    report = _json(run_cli, write_profile, text)
    assert report["metrics"]["marketing_share_of_revenue"] == pytest.approx(66000 / 340000)
    (above,) = _found(report, "BA110")
    assert (
        "marketing is 19.4% of net revenue (without the $12,000 BA116 reads as money received "
        "and the $40,000 BA116 reads as collected for others, out of revenue too), above the "
        "6–12% range"
    ) in above["message"]


def test_money_collected_that_revenue_cannot_hold_stays_money_received(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Where the lines collected for others are not less than revenue, revenue cannot have
    counted them (``Facts.collected`` is 0): then nothing is left out of revenue, and the
    marketing lines stay named as money received, as before (each dollar still once). A
    studio whose revenue is $35,000 with the $40,000 line above: collected 0,
    marketing_collected 0, marketing_received 40,000 + 12,000 = 52,000."""
    report = _json(run_cli, write_profile, _STUDIO.replace("revenue: 380000", "revenue: 35000"))
    assert report["profit"]["collected_for_others"] == "0"
    assert report["metrics"]["marketing_collected"] == "0"
    assert report["metrics"]["marketing_received"] == "52000"
    markdown = run_cli(
        "check",
        write_profile(_STUDIO.replace("revenue: 380000", "revenue: 35000")),
        "-f",
        "markdown",
    ).stdout
    assert "$52,000 listed as spent is money received, left out (BA116)" in markdown
    assert "collected for others left out" not in markdown


def test_the_schema_documents_marketing_collected(run_cli: RunCli) -> None:
    """The addition is in the JSON report's schema (``bizaudit schema --report``), with what
    it is a part of."""
    import json

    schema = json.loads(run_cli("schema", "--report").stdout)
    text = json.dumps(schema)
    assert "marketing_collected" in text
    assert "the part of marketing_received" in text


def test_marketing_collected_is_a_decimal_of_the_facts() -> None:
    """The figure itself, on the facts: the studio's $40,000 (above); 0 with no such line."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Pointe Dance Studio", "industry": "fitness"},
            "revenue": 420_000,
            "activities": [
                {"name": "Competition entry fees (passed through)", "spend": 40_000},
                {"name": "Facebook and Instagram ads", "spend": 8_000},
            ],
        }
    )
    facts = compute(profile)
    assert facts.marketing_collected == Decimal(40_000)
    assert facts.marketing_received == Decimal(40_000)
    assert facts.collected == Decimal(40_000)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Competition fees collected from families (passed through)", "collected"),
        ("Competition fees collected from families - passed through", "collected"),
        ("Competition fees collected from families (passed through to competitions)", "collected"),
        ("Festival entry fees collected from parents (pass-thru)", "collected"),
        ("Client collections received and remitted to practices", "collected"),
        # near names: received, and nothing says it was passed on
        ("Costume fees collected from families", "received"),
        ("Recital ticket sales", "received"),
        ("Rental proceeds received", "received"),
        ("Vendor rebates received", "received"),
    ],
)
def test_fees_collected_and_passed_on_are_collected_not_received(name: str, kind: str) -> None:
    """Money received from families that the name says was passed on to the competitions is
    money collected for others, not money received (it had read so where "collected from" came
    before "passed through"); what nothing says was passed on stays money received."""
    assert name_moves(name) == kind


def test_a_studios_fees_passed_through_are_not_counted_as_money_in(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """A studio with revenue $380,000 and "Competition fees collected from families (passed
    through to competitions)" ($40,000, read as cost of sales), recital tickets received
    ($12,000, marketing), costume fees received ($30,000), Instagram ads $9,000, a recital
    $6,000, teachers $110,000, rent $60,000: spend 267,000, operating profit 380,000 - 267,000
    = $113,000 either way. The fees are collected for others: out of revenue, 380,000 -
    40,000 = 340,000; margin 113,000 / 340,000 = 33.2%; marketing (12,000 + 9,000 + 6,000 -
    12,000) / 340,000 = 15,000 / 340,000 = 4.41%; none of it marketing, so marketing_collected
    is 0. Read as money received (before), the margin was 113,000 / 380,000 = 29.7% and the
    $40,000 was counted once more as income in BA116's "without every such line"."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Pointe & Flex Dance Studio, industry: fitness, period: FY2026}
        revenue: 380000
        activities:
          - {name: Competition fees collected from families (passed through to competitions),
             spend: 40000}
          - {name: Costume fees collected from families, spend: 30000}
          - {name: Recital ticket sales, spend: 12000}
          - {name: Instagram ads, spend: 9000}
          - {name: Spring recital (theater rental and programs), spend: 6000}
          - {name: Teachers paid per class, spend: 110000}
          - {name: Studio rent, spend: 60000}
        customers: {new: 80, sources: {instagram: 50, referrals: 30}}
        """,
    )
    assert report["profit"]["operating_profit"] == "113000"
    assert report["profit"]["collected_for_others"] == "40000"
    assert report["profit"]["operating_margin"] == pytest.approx(113000 / 340000)
    assert report["metrics"]["marketing_share_of_revenue"] == pytest.approx(15000 / 340000)
    assert report["metrics"]["marketing_received"] == "12000"
    assert report["metrics"]["marketing_collected"] == "0"
    named = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    passed = named["Competition fees collected from families (passed through to competitions)"]
    assert "money collected for others and paid over to them" in passed
    assert "29.7% of revenue with it, 33.2% of $340,000 without it" in passed
