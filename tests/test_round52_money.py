"""Findings of the fifty-second review round (2026-12-07) on other people's money: a vacation
rental manager's owners' rental proceeds and a medical billing company's practices'
collections (AO5, AO6), read as money collected for others (BA116 "collected"), out of
revenue and costs both. Each expected figure is worked by hand in the test's docstring."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.financing import held_not_spent

from .conftest import RunCli, WriteProfile
from .test_round47 import _json


def _found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


_RENTALS = """
    version: 1
    business: {name: Gulf Shore Vacation Rentals, industry: real-estate, period: "2026"}
    revenue: 4200000
    activities:
      - {name: Owner payouts (rental proceeds paid to homeowners), spend: 2800000}
      - {name: Occupancy and sales taxes remitted, spend: 480000}
      - {name: Housekeeping and cleaners, spend: 420000}
      - {name: Airbnb host-only fee 15%, spend: 210000, kind: contra-revenue}
      - {name: Security deposits refunded to guests, spend: 60000}
      - {name: Owner acquisition mailers, spend: 25000}
      - {name: Guest Google Ads, spend: 30000}
      - {name: Ads - owner brochure, spend: 6000}
      - {name: Reservations staff wages, spend: 42000}
      - {name: Office rent, spend: 48000}
    customers: {new: 14, sources: {owner referrals: 6, mailers: 8}}
    """


def test_a_rental_managers_owner_payouts_are_the_owners_money(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO5: "Owner payouts (rental proceeds paid to homeowners)" ($2,800,000) had been
    operations 'rental', and BA115 had called the manager's margin thin on its gross bookings.

    Net revenue 4,200,000 - 210,000 (Airbnb) = 3,990,000; costs 2,800,000 + 480,000 + 420,000 +
    60,000 + 25,000 + 30,000 + 6,000 + 42,000 + 48,000 = 3,911,000; operating profit 79,000
    (79 / 3,990 = 1.98%, "2%"). Without the payouts, in revenue and costs both, the profit is
    the same and the revenue the fees: 3,990,000 - 2,800,000 = 1,190,000, 79 / 1,190 = 6.6%.
    BA115 judges 79,000 + 60,000 (the guests' deposits, surely no cost) = 139,000 on
    1,190,000: 11.7%, not thin (it had been 139 / 3,990 = 3.5%)."""
    report = _json(run_cli, write_profile, _RENTALS)
    messages = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    payouts = messages["Owner payouts (rental proceeds paid to homeowners)"]
    assert "money collected for others and paid over to them" in payouts
    assert (
        "the operating profit, $79,000, is the same either way: 2% of net revenue with it, "
        "6.6% of $1,190,000 without it" in payouts
    )
    assert "Security deposits refunded to guests" in messages
    assert not _found(report, "BA115")
    assert report["profit"]["operating_profit"] == "79000"


def test_a_billing_companys_practice_collections_are_the_practices_money(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO6: "Practice collections remitted to clients" ($20,000,000) had been an unknown name
    counted as operations (BA106 asked its kind), and BA115 had called a 38.8% margin 2.2%.

    Costs 20,000,000 + 480,000 + 36,000 + 15,000 + 60,000 + 144,000 = 20,735,000 on
    21,200,000: profit 465,000 (465 / 21,200 = 2.19%, "2.2%"). Without the collections, in
    revenue and costs both: 465,000 of 1,200,000 = 38.75%, "38.8%", not thin."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: ClearClaim Billing, industry: consulting, period: "2026"}
        revenue: 21200000
        activities:
          - {name: Practice collections remitted to clients, spend: 20000000}
          - {name: Billers and coders wages, spend: 480000}
          - {name: Clearinghouse fees, spend: 36000}
          - {name: LinkedIn ads, spend: 15000}
          - {name: Office rent, spend: 60000}
          - {name: Account managers salaries, spend: 144000}
        customers: {new: 8, sources: {linkedin: 8}}
        """,
    )
    (moved,) = _found(report, "BA116")
    assert moved["subject"] == "Practice collections remitted to clients"
    assert "2.2% of revenue with it, 38.8% of $1,200,000 without it" in moved["message"]
    assert not _found(report, "BA115")
    assert not [
        f for f in _found(report, "BA106") if "Practice collections" in f.get("subject", "")
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Owner payouts (rental proceeds paid to homeowners)",
        "Rental income paid to owners",
        "Homeowner payouts",
        "Owner payouts - rental",
        "Practice collections remitted to clients",
        "Client collections deposited and paid over to practices",
        "1200 Client colls - pass thru",
    ],
)
def test_money_collected_for_others_is_read_so(name: str) -> None:
    """AO5 and AO6: the wordings of the review and its isolations."""
    assert held_not_spent(name) == "collected"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Security deposits refunded to guests", "in trust"),
        ("Guest security deposits refunded", "in trust"),
        # near names that must not move: a business owner's draw, a roofer's yard-sign cash,
        # a collection agency's fee, sales tax (its own reading), the business's own deposit
        ("Owner distributions", None),
        ("Owner payouts", None),
        ("Distributions to owners", None),
        ("Cash paid to homeowners", None),
        ("Homeowner referral bonus paid to homeowners", None),
        ("Collections agency fees", None),
        ("Client collections software", None),
        ("Consignor payouts", None),
        ("Remitted sales tax", "pass-through"),
        ("Security deposit refund", None),
        ("Rent remitted to property owners (trust)", "in trust"),
    ],
)
def test_near_names_keep_their_reading(name: str, kind: str | None) -> None:
    """AO5: guests' deposits given back are held money (BA116's deposit given back); the near
    names keep what they read as before."""
    assert held_not_spent(name) == kind


def _manager(owner: str) -> str:
    return f"""
        version: 1
        business: {{name: Gulf Shore Vacation Rentals, industry: real-estate, period: "2026"}}
        revenue: 1400000
        activities:
          - {{name: Housekeeping and cleaners, spend: 420000}}
          - {{name: Guest Google Ads and direct booking site, spend: 30000}}
          - {{name: {owner}acquisition - mailers, spend: 25000}}
          - {{name: Office and reservations staff, spend: 210000}}
          - {{name: Office rent, spend: 48000}}
        customers:
          new: 14
          sources: {{referrals: 10, mailers: 4}}
          average_revenue: 23000
          gross_margin: 45%
          retention_rate: 88%
        """


def test_a_rental_managers_guest_ads_are_asked_about_in_the_cost_of_an_owner(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO8: a vacation rental manager's guest Google Ads were counted in the cost of winning an
    owner, and BA203 warned of 15.9 months to earn one back.

    Judged CAC (the 4 customers who did not come by referral): (30,000 + 25,000) ÷ 4 = 13,750;
    a month of margin 23,000 × 45% ÷ 12 = 862.50; 13,750 ÷ 862.50 = 15.94, "15.9 months".
    Without the guest-side line: 25,000 ÷ 4 = 6,250, and 6,250 ÷ 862.50 = 7.25, "7.2 months",
    within the 12-month rule of thumb: BA203 asks (information) rather than warns."""
    report = _json(run_cli, write_profile, _manager("Owner "))
    (slow,) = _found(report, "BA203")
    assert slow["severity"] == "info"
    assert "15.9 months to earn back" in slow["message"]
    assert (
        "it counts 'Guest Google Ads and direct booking site' ($30,000), which buys guests or "
        "tenants, not the owners counted as new customers: without it a customer costs $6,250 "
        "and earns it back in 7.2 months" in slow["message"]
    )
    assert "'kind: cost-of-sales' on the guest- and tenant-side lines" in slow["advice"]


def test_guest_ads_where_no_line_names_owners_are_not_asked_about(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO8, the other side: where neither a line nor a source names owners, the business's
    customers may be the guests themselves; BA203 warns as before (15.9 months, by hand as
    above) and asks nothing of the guest line."""
    report = _json(run_cli, write_profile, _manager(""))
    (slow,) = _found(report, "BA203")
    assert slow["severity"] == "warning"
    assert "guests or tenants" not in slow["message"]


def test_a_stores_lottery_and_atm_income_is_money_received(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO10: a liquor store's "Lottery commissions" had read as a sales commission it pays and
    "4110 ATM fee inc" as an operating fee: income it earns, listed among its spending.

    Costs 1,500,000 + 250,000 + 90,000 + 10,000 + 4,000 = 1,854,000 on 2,000,000: profit
    146,000 (7.3%). Without the lottery line, 146,000 + 10,000 = 156,000 (7.8%); money
    received listed as spent counts twice (out of the costs, in as income): 146,000 + 2 ×
    10,000 = 166,000 (8.3%); both lines so, 146,000 + 20,000 + 8,000 = 174,000 (8.7%)."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Corner Spirits, industry: retail, period: "2026"}
        revenue: 2000000
        activities:
          - {name: Liquor and beer purchases, spend: 1500000}
          - {name: Store clerks wages, spend: 250000}
          - {name: Store rent, spend: 90000}
          - {name: Lottery commissions, spend: 10000}
          - {name: 4110 ATM fee inc, spend: 4000}
        """,
    )
    messages = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    lottery = messages["Lottery commissions"]
    assert "money the business received" in lottery
    assert "$146,000 (7.3% of revenue) with it, $156,000 (7.8%) without it" in lottery
    assert "$174,000 (8.7%) without every such line" in lottery
    assert "$166,000 (8.3%) counted as money received" in lottery
    assert "money the business received" in messages["4110 ATM fee inc"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Lottery commissions", "received"),
        ("4100 Lotto comm", "received"),
        ("4110 ATM fee inc", "received"),
        ("Commissions earned", "received"),
        ("Fee income", "received"),
        # near names that must not move: commissions and fees the business pays
        ("Sales commissions", None),
        ("Commission income share to agents", None),
        ("Commissions earned by reps", None),
        ("Enrollment lottery ads - bus benches", None),
        ("Lottery terminal fees", None),
        ("Stripe fee inc VAT", None),
        ("ATM fees", None),
        ("ATM machine lease", None),
    ],
)
def test_income_listed_as_spent_is_read_so(name: str, kind: str | None) -> None:
    """AO10: commissions and fees earned are money received; those paid are not."""
    from bizaudit.core.financing import name_moves

    assert name_moves(name) == kind
