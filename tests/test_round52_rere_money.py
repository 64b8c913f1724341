"""Findings of the fifty-second round's re-review (2026-12-07) on other people's money and
income listed as spent: money collected for others in more wordings (AP4), one margin for one
profit (AP5), and income a store earns as an agent (AP7). Each expected figure is worked by
hand in the test's docstring."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.financing import held_not_spent

from .conftest import RunCli, WriteProfile
from .test_round47 import _json
from .test_round52_money import _RENTALS


def _found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # AP4: the reviewer's wordings
        ("Homeowner rent disbursements", "collected"),
        ("Remittances to physician groups", "collected"),
        ("Collections forwarded to practices", "collected"),
        ("Disbursements to homeowners", "collected"),
        ("Landlords' rental payouts", "collected"),
        ("Collections paid over to providers", "collected"),
        # a law firm's clients' money paid out of trust: in trust, as round 45 reads IOLTA
        ("Client trust disbursements", "in trust"),
        ("IOLTA deposits paid out", "in trust"),
        # the wording that already worked
        ("Remittances to property owners", "collected"),
        # near names that must not move: the business's own rent, dues, a collection agency's
        # fee, a tax (its own reading), the owner's draw, a refund or a referral to a client
        ("Rent", None),
        ("Rent paid to landlord", None),
        ("Rent remitted to landlord", None),
        ("Physician group dues", None),
        ("Collections agency fees", None),
        ("Remitted sales tax", "pass-through"),
        ("Owner distributions", None),
        ("Distributions to owners", None),
        ("Refunds remitted to clients", None),
        ("Referral bonus paid to clients", None),
        ("Payments to providers", None),
        ("Trust account bank fees", None),
        ("Client trust account software", None),
    ],
)
def test_money_collected_for_others_in_other_words(name: str, kind: str | None) -> None:
    """AP4: money remitted, disbursed, forwarded or paid over to the owners, practices,
    physicians, providers or clients it was collected for is theirs, whatever the wording."""
    assert held_not_spent(name) == kind


def test_a_managers_homeowner_rent_disbursements_are_the_owners_money(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AP4: "Homeowner rent disbursements" ($2,000,000) had read as the manager's own 'rent',
    no finding, and its margin of fees as thin (AO5 again).

    Revenue 2,600,000; costs 2,000,000 + 300,000 (cleaners) + 100,000 (office) + 40,000 (ads) =
    2,440,000; profit 160,000: 160 / 2,600 = 6.2% of revenue with the disbursements; without
    them in revenue and costs both, 160 / (2,600 - 2,000 = 600) = 26.7%."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Coastal Vacation Rental Management, industry: real-estate}
        revenue: 2600000
        activities:
          - {name: Homeowner rent disbursements, spend: 2000000}
          - {name: Housekeeping and cleaners, spend: 300000}
          - {name: Office rent, spend: 100000}
          - {name: Guest Google Ads, spend: 40000}
        """,
    )
    messages = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    line = messages["Homeowner rent disbursements"]
    assert "money collected for others and paid over to them" in line
    assert "6.2% of revenue with it, 26.7% of $600,000 without it" in line
    assert not any("thin" in f["message"] for f in _found(report, "BA115"))


#: the first reviewer's vrm-edge books (test_round52_money's), with the owner's week
_EDGE = (
    _RENTALS.rstrip(" ") + "    owner_hours: {delivery: 30, marketing: 5, sales: 3, admin: 12}\n"
)


def test_one_profit_one_margin_in_one_report(run_cli: RunCli, write_profile: WriteProfile) -> None:
    """AP5: the summary gave the margin of revenue without the owners' money, BA116's other
    lines and BA118 of net revenue; and the occupancy taxes collected from guests stayed in.

    Net revenue 4,200,000 - 210,000 = 3,990,000; costs 2,800,000 + 480,000 + 420,000 + 60,000
    + 25,000 + 30,000 + 6,000 + 42,000 + 48,000 = 3,911,000; profit 79,000. Collected for
    others: the payouts and the occupancy taxes, 2,800,000 + 480,000 = 3,280,000; the base
    3,990,000 - 3,280,000 = 710,000; 79 / 710 = 11.1%. The guests' deposits: 79,000 + 60,000
    = 139,000, 139 / 710 = 19.6%. The payouts alone: 79 / (3,990 - 2,800 = 1,190) = 6.6%; the
    taxes alone: 79 / (3,990 - 480 = 3,510) = 2.25%, "2.3%". BA101 (of gross revenue in real
    estate): 25,000 + 30,000 + 6,000 = 61,000 of 4,200,000 - 3,280,000 = 920,000 = 6.6%, within
    the 6-8% range: no error (it had been 61 / 1,400 = 4.36%)."""
    report = _json(run_cli, write_profile, _EDGE)
    assert abs(report["profit"]["operating_margin"] - 79000 / 710000) < 1e-9
    assert report["profit"]["collected_for_others"] == "3280000"
    messages = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    assert (
        "$79,000 (11.1% of revenue without the money collected for others) with it, "
        "$139,000 (19.6%) without it" in messages["Security deposits refunded to guests"]
    )
    taxes = messages["Occupancy and sales taxes remitted"]
    assert "is the same either way: 2% of net revenue with it, 2.3% of $3,510,000 without it" in (
        taxes
    )
    assert "11.1% of $710,000 without every such line, as the report gives it" in taxes
    (owner,) = _found(report, "BA118")
    assert "$79,000 (11.1% of revenue without the money collected for others)" in owner["message"]
    assert not [f for f in _found(report, "BA101") if f["severity"] == "error"]
    assert not any("2% of net revenue)" in f["message"] for f in report["findings"])


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("Occupancy and sales taxes remitted", True),
        ("Lodging tax remitted", True),
        ("Sales tax collected and remitted", True),
        # near names that keep F18's reading, a cost in part: a sales tax may be the
        # seller's own; a use tax is; VAT is out of revenue already (surely no cost)
        ("Sales tax remitted", False),
        ("Sales tax", False),
        ("Sales tax payable", False),
        ("Use tax remitted", False),
        ("VAT collected and paid to HMRC", False),
    ],
)
def test_tax_collected_from_customers_is_collected_for_others(name: str, taken: bool) -> None:
    """AP5: a tax the words say was collected from customers, or a guest's occupancy tax
    remitted, is out of revenue and costs both."""
    from bizaudit.core.financing import collected_tax

    assert collected_tax(name) is taken


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # AP7: income earned as an agent, and a fine, are no cost of selling
        ("Lottery commissions", "operations", None),
        ("Commissions earned", "operations", None),
        ("ATM commissions", "operations", None),
        ("Referral fee income", "operations", None),
        ("Sales to minors fines", "operations", None),
        ("Fine for sales to minors", "operations", None),
        # near names that must not move: commissions the business pays, fees it pays, an ad
        # for fine dining, what is paid out of commissions earned
        ("Sales commissions", "sales", "convert"),
        ("Recruiter commissions", "sales", "convert"),
        ("Commissions earned by reps", "sales", "convert"),
        ("Lottery terminal fees", "operations", None),
        ("Fine dining ads", "marketing", "acquire"),
    ],
)
def test_income_and_fines_are_no_selling(name: str, category: str, purpose: str | None) -> None:
    """AP7: a line the findings call income or a penalty is not counted in the sales share."""
    from bizaudit.core.classify import classify

    reading = classify(name)
    assert (reading.category, reading.purpose) == (category, purpose)


def test_a_stores_lottery_commission_is_other_income_not_a_suppliers_rebate(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AP7: "Lottery commissions" had read as sales/convert 'commission' and BA116 had said to
    take it "off the cost of the supplier's goods (ASC 705-20)"; a lottery's commission is
    what the store earns as the lottery's agent (ASC 606-10-55-36 to 55-40), other income.

    Costs 60,000 (rent) + 10,000 (lottery) + 10,000 (fines) = 80,000 on 1,000,000: profit
    920,000 (92%); without the commission 930,000 (93%). None of it is selling: the lottery's
    money is income, the fine a penalty (operations, beside BA120's "not a cost of selling")."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Bottle Shop on Main, industry: retail}
        revenue: 1000000
        activities:
          - {name: Rent, spend: 60000}
          - {name: Lottery commissions, spend: 10000}
          - {name: Sales to minors fines, spend: 10000}
        """,
    )
    categories = {a["name"]: a["category"] for a in report["activities"]}
    assert categories["Lottery commissions"] == "operations"
    assert categories["Sales to minors fines"] == "operations"
    (lottery,) = [f for f in _found(report, "BA116") if f["subject"] == "Lottery commissions"]
    assert "a commission or fee it earns as an agent" in lottery["message"]
    assert "$920,000 (92% of revenue) with it, $930,000 (93%) without it" in lottery["message"]
    assert "list it as other income" in lottery["advice"]
    assert "ASC 705-20" not in lottery["advice"]
