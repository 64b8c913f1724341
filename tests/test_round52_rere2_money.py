"""The fifty-second review round's second re-review (2026-12-07), findings AQ1, AQ3, AQ6 and
AQ7: money the business earns as its trade, money collected for others, a fee given back to
the customer, and fines."""

from __future__ import annotations

import json
from typing import Any

from bizaudit.core.classify import classify
from bizaudit.core.financing import collects, name_moves
from tests.conftest import RunCli, WriteProfile


def _profile(name: str, industry: str, lines: list[tuple[str, int]]) -> str:
    """A profile of $1,000,000 revenue, $60,000 rent and the lines given."""
    activities = "".join(f"- name: {line}\n  spend: {spend}\n" for line, spend in lines)
    return (
        f"version: 1\nbusiness:\n  name: {name}\n  industry: {industry}\n  currency: USD\n"
        "revenue: 1000000\nactivities:\n- name: Rent\n  spend: 60000\n"
        f"{activities}"
        "customers:\n  new: 100\n  sources:\n    google ads: 50\n    word of mouth: 50\n"
    )


def _json(run_cli: RunCli, write_profile: WriteProfile, text: str) -> dict[str, Any]:
    """The JSON report of one profile given as YAML text."""
    result = run_cli("check", write_profile(text), "-f", "json")
    report: dict[str, Any] = json.loads(result.stdout)["profiles"][0]
    return report


def _findings(report: dict[str, Any], rule: str) -> dict[str, dict[str, Any]]:
    """The findings of one rule, by the line they name."""
    return {f["subject"]: f for f in report["findings"] if f["rule"] == rule}


# --- AQ1: an agent whose trade is commissions earns them as its revenue ----------------------


def test_a_real_estate_agents_commissions_earned_are_its_revenue_not_other_income(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ1: a real-estate agent's "Commissions earned" is its gross commission income, the
    revenue its own range is measured on: BA116 tells it to check that revenue counts it, not
    to list it as other income. A staffing agency declared consulting (its name gives the
    trade away) the same. A store's "Lottery commissions" stay other income (incidental)."""
    for name, industry in (("Maple Realty", "real-estate"), ("Apex Staffing Agency", "consulting")):
        report = _json(
            run_cli,
            write_profile,
            _profile(name, industry, [("Commissions earned", 10000)]),
        )
        found = _findings(report, "BA116")["Commissions earned"]
        assert "it is your revenue: check that revenue counts it" in found["advice"], name
        assert "list it as other income" not in found["advice"], name
        assert "operating revenue" in found["message"], name
    store = _json(
        run_cli,
        write_profile,
        _profile("Quick Mart", "retail", [("Lottery commissions", 10000)]),
    )
    advice = _findings(store, "BA116")["Lottery commissions"]["advice"]
    assert "list it as other income" in advice
    assert "it is your revenue" not in advice


def test_a_referral_fee_received_with_a_disclosure_is_no_marketing(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ1: "Referral fees received from financial advisor (disclosed to clients)" had read
    as marketing/acquire 'referral fee' (the "to" of "disclosed to" taken for a payment out)
    while BA116 read it as money received; "Marketing ÷ all spend" counted it: $10,000 of
    $70,000 = 14.3%. Now read as earned (operations, unread): marketing $0 ÷ $70,000 = 0. A
    fee paid to advisors is still marketing."""
    line = "Referral fees received from financial advisor (disclosed to clients)"
    assert classify(line).category == "operations"
    assert classify(line).purpose is None
    assert classify("Referral fees paid to advisors").category == "marketing"
    assert classify("Commissions earned by reps").category == "sales"
    report = _json(run_cli, write_profile, _profile("Lee & Co CPAs", "accounting", [(line, 10000)]))
    assert report["metrics"]["marketing_share_of_spend"] == 0
    assert line in _findings(report, "BA116")


# --- AQ6: a fee given back to the customer reduces revenue ------------------------------------


def test_a_placement_fee_rebate_to_the_family_is_contra_revenue(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ6: "Placement fee rebate to family" read as operations by 'placement fees' (a
    marketplace's fee) while the community's "Move-in rebate to family" read contra-revenue;
    money given back to a customer reduces revenue (ASC 606-10-32-25): the $10,000 is the
    report's contra-revenue, not its operations ($60,000 of rent alone). A marketplace's
    "Placement fees" stay operations."""
    assert classify("Placement fee rebate to family").category == "contra-revenue"
    assert classify("Placement fee rebates").category == "contra-revenue"
    assert classify("Move-in rebate to family").category == "contra-revenue"
    assert classify("Amazon placement fees").category == "operations"
    assert classify("Inbound placement fee").category == "operations"
    report = _json(
        run_cli,
        write_profile,
        _profile(
            "Golden Years Senior Placement",
            "home-care",
            [("Placement fee rebate to family", 10000)],
        ),
    )
    line = next(a for a in report["activities"] if a["name"] == "Placement fee rebate to family")
    assert line["category"] == "contra-revenue"
    assert report["spend"]["contra-revenue"] == "10000"
    assert report["spend"]["operations"] == "60000"


# --- AQ3: money collected for others in two more wordings -------------------------------------


def test_taxes_collected_and_a_payroll_bureaus_client_funds_are_collected_for_others(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ3: a restaurant's "Taxes collected and remitted" read as operations 'tax' with no
    finding, beside "Sales taxes collected and remitted" read as collected for others; a
    payroll company's "Client payroll funds disbursed" read as operations 'payroll' beside
    "Remittances to clients". Both are amounts collected for third parties (ASC 606-10-32-2):
    out of revenue and costs. A business's own taxes, payroll and rent are not."""
    assert name_moves("Taxes collected and remitted") == "pass-through"
    assert collects("Taxes collected and remitted", "pass-through")
    assert name_moves("Client payroll funds disbursed") == "collected"
    assert name_moves("Payroll funds for clients") == "collected"
    for own in (
        "Payroll taxes",
        "Payroll",
        "Property taxes",
        "Taxes and licenses",
        "Payments to landlord",
        "Client services payroll",
        "Payroll taxes collected",
        "Payroll funding fees",
    ):
        assert name_moves(own) is None, own
    # the restaurant: revenue $1,000,000, "Taxes collected and remitted" $300,000 and rent
    # $60,000. Out of revenue and costs: revenue $700,000, costs $60,000, profit $640,000
    # either way; BA101's base is $700,000
    diner = _json(
        run_cli,
        write_profile,
        _profile("Joe's Diner", "restaurant", [("Taxes collected and remitted", 300000)]),
    )
    assert "Taxes collected and remitted" in _findings(diner, "BA116")
    (ba101,) = _findings(diner, "BA101").values()
    assert "$0 of $700,000" in ba101["message"]
    bureau = _json(
        run_cli,
        write_profile,
        _profile(
            "Summit Payroll Services", "b2b-services", [("Client payroll funds disbursed", 300000)]
        ),
    )
    found = _findings(bureau, "BA116")["Client payroll funds disbursed"]
    assert "money collected for others" in found["message"]


# --- AQ7: fines, penalties and parking tickets are known names --------------------------------


def test_fines_penalties_and_parking_tickets_are_operations_without_a_ba106_warning(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AQ7: "Parking fines", "Health code fines", "Late payment penalties to suppliers",
    "Fines and penalties" and "Parking tickets" were unknown names, each with a BA106
    warning; a fine or penalty the business pays is an operating cost, known. Five lines,
    five warnings before, none now. Not "Fine dining ads" (marketing), "Google penalty
    recovery", "Event tickets for clients" (still unknown), "Ticketing software" or "Penalty
    box sponsorship"; a retailer's compliance fines charged back off a supplier's invoices
    are contra-revenue (ASC 606-10-32-25)."""
    fines = [
        "Parking fines",
        "Health code fines",
        "Late payment penalties to suppliers",
        "Fines and penalties",
        "Parking tickets",
    ]
    for name in fines:
        found = classify(name)
        assert (found.category, found.confidence) == ("operations", "high"), name
    assert classify("Fine dining ads").category == "marketing"
    assert classify("Google penalty recovery").confidence == "none"
    assert classify("Event tickets for clients").confidence == "none"
    assert classify("Ticketing software").reason == "'software' → operations"
    assert classify("Penalty box sponsorship").category == "marketing"
    assert classify("Retailer compliance fines").category == "contra-revenue"
    report = _json(
        run_cli, write_profile, _profile("Taco Town", "restaurant", [(n, 10000) for n in fines])
    )
    assert _findings(report, "BA106") == {}
