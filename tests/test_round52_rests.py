"""The fifty-second review round's rests, mended after its branches were merged (2026-12-07):
BA101, the score and the margin judge a business that collects money for others (a rental
manager's owners' proceeds, a billing company's practices' collections) on its own revenue,
as BA115 and BA116 already did (AO5 and AO6). Expected figures are worked by hand."""

from __future__ import annotations

from typing import Any

from .conftest import RunCli, WriteProfile
from .test_round47 import _json

_BILLING = """
    version: 1
    business: {{name: ClearClaim Billing Services, industry: consulting}}
    revenue: {revenue}
    activities:
      {collections}
      - {{name: LinkedIn ads, spend: 33000}}
      - {{name: Billers and coders wages, spend: 480000}}
      - {{name: Office rent, spend: 222000}}
"""


def _billing(run_cli: RunCli, write_profile: WriteProfile, collected: int) -> dict[str, Any]:
    """The reviewer's billing company: $1,200,000 of its own fees, and ``collected`` of its
    practices' collections counted in revenue and listed as paid over to them."""
    line = (
        f"- {{name: Practice collections remitted to clients, spend: {collected}}}"
        if collected
        else ""
    )
    text = _BILLING.format(revenue=1_200_000 + collected, collections=line)
    return _json(run_cli, write_profile, text)


def _ba101(report: dict[str, Any]) -> dict[str, Any]:
    found: list[dict[str, Any]] = [f for f in report["findings"] if f["rule"] == "BA101"]
    assert len(found) == 1
    return found[0]


def test_money_collected_for_others_is_no_part_of_the_revenue_marketing_is_held_to(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO6: revenue $21,200,000, of which $20,000,000 the practices' collections, remitted.
    Marketing $33,000 ÷ ($21,200,000 − $20,000,000) = 2.75% (not 33,000 ÷ 21,200,000 = 0.16%
    and "add $1,451,000"); operating profit 21,200,000 − 20,000,000 − 33,000 − 480,000 −
    222,000 = $465,000, a margin of 465,000 ÷ 1,200,000 = 38.75% (not 2.2%). The JSON says
    what was left out, and BA101 names it. Near: the same books without the collections
    (revenue $1,200,000) give the same share and margin, and nothing left out."""
    report = _billing(run_cli, write_profile, 20_000_000)
    assert report["metrics"]["marketing_share_of_revenue"] == 0.0275
    assert report["profit"]["operating_profit"] == "465000"
    assert report["profit"]["operating_margin"] == 0.3875
    assert report["profit"]["collected_for_others"] == "20000000"
    message = _ba101(report)["message"]
    # revenue without what was collected for others is the business's own: BA101 names it
    # so, as the key figures do (AU2 of the fifty-fourth round; the figures are unchanged)
    assert message.startswith("marketing is 2.75% of own revenue ($33,000 of $1,200,000; ")
    assert "$20,000,000 BA116 reads as collected for others and paid over to them" in message
    assert "1,451,000" not in _ba101(report)["advice"]
    assert not [f for f in report["findings"] if f["rule"] == "BA115"]
    own = _billing(run_cli, write_profile, 0)
    assert own["metrics"]["marketing_share_of_revenue"] == 0.0275
    assert own["profit"]["operating_margin"] == 0.3875
    assert own["profit"]["collected_for_others"] == "0"
    assert "collected for others" not in _ba101(own)["message"]
    assert own["score"] == report["score"]


def test_a_rental_managers_marketing_is_a_share_of_its_fees_not_the_owners_rents(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO5: a rental manager's $4,200,000 of gross bookings, $2,800,000 of them paid over to
    the homeowners. Real estate's range is of gross income (an agent's GCI), so the share is
    of $4,200,000 − $2,800,000 = $1,400,000: ($25,000 + $30,000 + $6,000) ÷ 1,400,000 = 4.36%,
    not 61,000 ÷ 4,200,000 = 1.45% (revenue net of what it collected for others: "net
    revenue"); still under the 6% low end, so BA101 still fails, with
    a gap of 0.06 × 1,400,000 − 61,000 = $23,000 (not $191,000)."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Gulf Coast Vacation Rentals, industry: real-estate}
        revenue: 4200000
        activities:
          - {name: Owner payouts (rental proceeds paid to homeowners), spend: 2800000}
          - {name: Owner acquisition mailers, spend: 25000}
          - {name: Guest Google Ads, spend: 30000}
          - {name: Magazine ads, spend: 6000}
          - {name: Office rent, spend: 48000}
          - {name: Staff wages, spend: 600000}
        """,
    )
    found = _ba101(report)
    # revenue without what was collected for others is the business's own: BA101 names it
    # so, as the key figures do (AU2 of the fifty-fourth round; the figures are unchanged)
    assert found["message"].startswith("marketing is 4.36% of own revenue ($61,000 of $1,400,000; ")
    assert "$23,000" in found["advice"]
    assert "191,000" not in found["advice"]
    assert report["profit"]["collected_for_others"] == "2800000"
    # 4,200,000 − 2,800,000 − 61,000 − 48,000 − 600,000 = 691,000 of 1,400,000 = 49.357...%
    assert report["profit"]["operating_profit"] == "691000"
    assert round(report["profit"]["operating_margin"], 5) == 0.49357


def test_what_a_liquor_store_takes_from_suppliers_is_ba119s_alone_even_at_no_spend(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO2's rest: at a liquor store, "Slotting fees received from distributor" had BA119
    ("no supplier rebate to take off the cost of goods") beside BA116 ("take it out of the
    costs: money a supplier pays back comes off that cost"): two findings advising opposite
    things. BA119 alone now speaks of it. And a line of money taken, listed at $0 (income, not
    spend, as the reviewer's books did), is read for BA119 too. Near: a grocery's slotting
    money is BA116's supplier money, as before, and no BA119."""
    store = """
        version: 1
        business: {{name: {name}, industry: retail}}
        revenue: 2400000
        activities:
          - {{name: Slotting fees received from distributor for shelf space, spend: 10000}}
          - {{name: Co-op advertising money from spirits supplier, spend: 0}}
          - {{name: Google Ads, spend: 30000}}
          - {{name: Store rent, spend: 96000}}
    """
    liquor = _json(run_cli, write_profile, store.format(name="Bottle Shop on Main"))
    lines = {f["message"].split("'")[1] for f in liquor["findings"] if f["rule"] == "BA119"}
    assert lines == {
        "Slotting fees received from distributor for shelf space",
        "Co-op advertising money from spirits supplier",
    }
    assert not [f for f in liquor["findings"] if f["rule"] == "BA116"]
    grocery = _json(run_cli, write_profile, store.format(name="Main Street Grocery"))
    assert not [f for f in grocery["findings"] if f["rule"] == "BA119"]
    assert [f for f in grocery["findings"] if f["rule"] == "BA116"]


def test_ba101_says_which_flagged_ads_stay_in_the_share(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AP6 of the round's re-review: a liquor store's marketing is $12,000 of newspaper ads a
    distributor paid (BA119), $4,000 on an ad whose words BA120 faults ("Below cost!": cured
    by rewording, so its spend stays the store's own) and $3,000 of free tastings with a
    purchase (BA120) = $19,000, 1.9% of $1,000,000, under retail's 2%: a gap of $1,000.
    "$15,000 of it pays for what BA119 and BA120 warn about" had left the $4,000 out unsaid;
    the message now says it stays in, and the gap without the $15,000 is $16,000."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Bottle Shop on Main, industry: retail}
        revenue: 1000000
        activities:
          - {name: Newspaper ads paid by distributor, spend: 12000}
          - {name: 'Ads - "Below cost! Vodka cheaper than wholesale"', spend: 4000}
          - {name: Free wine tasting with every purchase over $50, spend: 3000}
          - {name: Store rent, spend: 50000}
        """,
    )
    message = _ba101(report)["message"]
    assert message.startswith("marketing is 1.9% of revenue ($19,000 of $1,000,000)")
    assert (
        "$15,000 of it pays for what BA119 and BA120 warn about (its $4,000 of ads BA120 asks "
        "to reword stays in: a new wording cures them), so without it the gap is $16,000"
    ) in message


def test_every_report_names_the_revenue_a_margin_and_a_share_are_of(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ5 of the round's second re-review: the billing company's findings gave its margin and
    marketing share of its own $1,200,000, while the summaries said "(38.8%)" beside
    "$21,200,000 revenue" and "Marketing ÷ revenue 2.8%" with no word of the $20,000,000 left
    out. Every report now names it: 465,000 ÷ 1,200,000 = 38.75%, shown "38.8%" (the margin's
    places, apart from the 20% mark); 33,000 ÷ 1,200,000 = 2.75%. Near: the same books without
    the collections name no such base."""
    path = write_profile(
        _BILLING.format(
            revenue=21_200_000,
            collections="- {name: Practice collections remitted to clients, spend: 20000000}",
        )
    )
    base = "revenue without the $20,000,000 collected for others (BA116)"
    terminal = " ".join(run_cli("check", path).stdout.split())
    assert f"operating profit $465,000 (38.8% of {base})" in terminal
    assert "$20,000,000 collected for others left out of revenue (BA116)" in terminal
    markdown = run_cli("check", path, "-f", "markdown").stdout
    assert f"| operating profit | $465,000 | 38.8% of {base} |" in markdown
    html = " ".join(run_cli("check", path, "-f", "html").stdout.split())
    assert f"38.8% of {base}" in html
    assert (
        "÷ $1,200,000 own revenue ($21,200,000 less $20,000,000 collected for others, BA116)"
        in html
    )
    own = write_profile(_BILLING.format(revenue=1_200_000, collections=""), "own.yaml")
    assert "collected for others" not in run_cli("check", own).stdout
    assert "collected for others" not in run_cli("check", own, "-f", "markdown").stdout


def test_marketing_over_all_spend_leaves_out_money_received(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ1's rest (the second re-review): "Marketing ÷ all spend" counted a marketing line BA116
    reads as money received, which BA101 leaves out. A hardware store's $10,000 of Google Ads,
    a $4,000 co-op advertising reimbursement received (money in, listed as marketing) and
    $26,000 of rent: (14,000 − 4,000) ÷ (40,000 − 4,000) = 10,000 ÷ 36,000 = 0.2777... (it
    had read 14,000 ÷ 40,000 = 35%). Marketing ÷ revenue, as before, 10,000 ÷ 500,000 = 2%."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Harbor Hardware, industry: retail}
        revenue: 500000
        activities:
          - {name: Google Ads, spend: 10000}
          - {name: Co-op advertising reimbursement received from vendor, spend: 4000}
          - {name: Office rent, spend: 26000}
        """,
    )
    metrics = report["metrics"]
    assert metrics["marketing_received"] == "4000"
    assert round(metrics["marketing_share_of_spend"], 6) == round(10_000 / 36_000, 6)
    assert metrics["marketing_share_of_revenue"] == 0.02


def test_a_staffing_firms_payroll_funds_are_its_own_cost(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AR1 of the round's third re-review: at a staffing firm "Client payroll funds" (and
    "... disbursed") pay the temps it employs: its cost, with its billings its gross revenue.
    Read as a payroll bureau's clients' money, they took $600,000 out of $1,000,000 of revenue
    (margin 4% → 10%). Now the profit, 1,000,000 − 60,000 − 300,000 − 300,000 − 300,000 =
    $40,000, is 4% of the whole $1,000,000, and nothing is left out. Near: a payroll
    bureau (b2b-services) keeps the reading: its clients' funds are collected for them."""
    text = """
        version: 1
        business: {{name: {name}, industry: {industry}}}
        revenue: 1000000
        activities:
          - {{name: Rent, spend: 60000}}
          - {{name: Client payroll funds, spend: 300000}}
          - {{name: Temp worker payroll, spend: 300000}}
          - {{name: Client payroll funds disbursed, spend: 300000}}
    """
    staffing = _json(run_cli, write_profile, text.format(name="Apex Staffing", industry="staffing"))
    assert staffing["profit"]["collected_for_others"] == "0"
    assert staffing["profit"]["operating_margin"] == 0.04
    assert not [f for f in staffing["findings"] if f["rule"] == "BA116"]
    bureau = _json(
        run_cli, write_profile, text.format(name="Apex Payroll Services", industry="b2b-services")
    )
    assert bureau["profit"]["collected_for_others"] == "600000"


def test_without_every_such_line_says_money_received_is_counted_in(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AR4 of the round's third re-review: a CPA's two lines of money received, $10,000 each,
    profit 1,000,000 − 10,000 − 10,000 − 60,000 = $920,000. Without one line: 930,000; without
    both and each counted as money in, 920,000 + 2 × 20,000 = $960,000, which the finding
    called just "without every such line" (without them it is $940,000). It now says the
    money received among them is counted as money in."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Main Street CPAs, industry: accounting}
        revenue: 1000000
        activities:
          - {name: Vendor rebates received, spend: 10000}
          - {name: MDF reimbursement received, spend: 10000}
          - {name: Office rent, spend: 60000}
        """,
    )
    [first, *_] = [f for f in report["findings"] if f["rule"] == "BA116"]
    assert (
        "$960,000 (96%) without every such line, the money received among them counted as money in"
    ) in first["message"]


def test_a_property_managers_owner_distributions_are_asked_which_owner(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The second re-review's near case: at a property manager, "Owner distributions" is read
    as the owner's draw (its only pay), which it may be; or the rents paid over to the property
    owners it manages for. BA116's advice now says how to name the second. Near: the same line
    at a plumber names no property owners; and at a "Management Consulting" firm neither."""
    text = """
        version: 1
        business: {{name: {name}, industry: {industry}}}
        revenue: 900000
        activities:
          - {{name: Owner distributions, spend: 400000}}
          - {{name: Office rent, spend: 40000}}
    """
    asked = "if these are the rents paid over to the property owners you manage for"
    for name, industry, said in (
        ("Lakeside Property Management", "real-estate", True),
        ("Gulf Shore Vacation Rentals", "real-estate", True),
        ("Ace Plumbing", "home-services", False),
        ("Northwind Management Consulting", "consulting", False),
    ):
        report = _json(run_cli, write_profile, text.format(name=name, industry=industry))
        [found] = [f for f in report["findings"] if f["rule"] == "BA116"]
        assert "profit the owner takes out" in found["message"]
        assert (asked in found["advice"]) is said, name
