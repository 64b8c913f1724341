"""The fifty-fourth round's leftovers, part f (2026-12-07): channels and commissions.

1. The CAC's basis said "marketplaces kept $62,000 of commissions" of a charter company whose
   $62,000 held $24,000 of commissions to corporate travel managers that BA121 flags: no
   marketplace. The words now say which part is which; the figure with them still counts
   both, as money paid for those customers.
2. BA121 flagged "Corporate travel manager commissions per booking" but not "Commissions to
   corporate travel managers", "Travel manager commissions" nor "Corp travel mgr comm.".
3. `plan` read a channel's lines without the business's trade, so at a staffing firm it took
   client payroll funds for money collected for others where the check did not.
4. The HTML basis of "Marketing ÷ all spend" gave the spend as listed beside a share worked
   out without money received or collected for others.

Every figure is worked out by hand in the docstrings; near names that stay silent are named."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import pytest

from bizaudit.core.commercial_bribery import gives_deciders

from .conftest import RunCli, WriteProfile
from .test_collected_money import _STUDIO
from .test_law_round54c import _CTM, _charter, _yaml
from .test_rules import _report

# -- 1: the CAC says which commissions are whose -------------------------------------------


def test_the_cac_names_the_marketplaces_part_and_the_restricted_part(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The charter profile: CAC $357.73 over 280 new customers (tests/test_law_round54c.py).
    Commissions kept on them: the travel agents' $38,000 + the travel managers' $24,000 =
    $62,000; with them, $357.73 + 62,000 ÷ 280 (= $221.43) = $579.16 a customer, and LTV
    $6,489.05 ÷ $579.16 = 11.2×. Before: "marketplaces kept $62,000 of commissions"; now the
    $38,000 is the marketplaces' and the $24,000 is named as the restricted commission BA121
    warns about, in the CAC, the ratio and the payback alike."""
    path = write_profile(_yaml(_charter()))
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    economics = report["profiles"][0]["economics"]
    split = (
        # (the $38,000 named by whom it was paid to, the travel agents, no marketplace: AV6 of
        # the round's second re-review; as a sentence names them since its leftovers)
        "$62,000 of commissions on these customers ($38,000 to the travel agents; $24,000 "
        f"paid as {_CTM!r}, a restricted commission BA121 warns about)"
    )
    # AZ2 of the fifty-eighth round (2026-12-07): the stated 45% is the margin after the
    # commissions, (1,900,000 − 62,000 − 980,000 cost of sales) ÷ 1,900,000 = 45.2%, against
    # (1,900,000 − 980,000) ÷ 1,900,000 = 48.4% before them: they are in each customer's
    # margin already, and no longer added to what a customer cost as well (reworked by hand;
    # the split is named as before)
    cac = economics["cac"]["basis"]
    once = f"; {split}, taken out of revenue, are in the stated 45% margin already"
    assert f"{once}: not counted again here" in cac
    ratio = economics["ltv_to_cac"]["basis"]
    assert (
        f"{once} (the listed costs give 45.2% after them, 48.4% before): not counted again here"
    ) in ratio
    assert f"{once}: not counted again here" in economics["payback_months"]["basis"]
    for basis in (cac, ratio, economics["payback_months"]["basis"]):
        assert "marketplaces kept $62,000" not in basis
        assert "$62,000 of commissions marketplaces kept" not in basis
    shown = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert "$38,000 to the travel agents; $24,000 paid as" in shown
    assert "kept by marketplaces" not in shown


def test_a_disclosed_commission_keeps_the_plain_words() -> None:
    """Near name: "... (disclosed to employer)" is not flagged (tests/test_law_round54c.py)
    and is read as sales, in the CAC: (48,000 + 24,000) ÷ 280 = $257.14; the travel agents'
    $38,000 is all that marketplaces kept, 38,000 ÷ 280 = $135.71 more, $392.86 with them,
    and nothing is named a restricted commission."""
    report = _report(_charter(f"{_CTM} (disclosed to employer)"))
    assert report.economics is not None
    basis = report.economics.cac.basis
    assert "restricted commission" not in basis
    # (whom they were paid to named, AV6 of the round's second re-review)
    assert "$38,000 of commissions to the travel agents on these customers" in basis
    assert "with them, $392.86 a customer" in basis


# -- 2: a commission to a corporate customer's travel manager, however worded ---------------


@pytest.mark.parametrize(
    "name",
    [
        "Commissions to corporate travel managers",
        "Travel manager commissions",
        "Corp travel mgr comm.",
        "Client travel coordinator commission",
        _CTM,
    ],
)
def test_a_travel_managers_commission_is_flagged_whatever_the_wording(name: str) -> None:
    """A commission a supplier pays a customer's travel manager is the secret commission of
    AS4 (Restatement (Third) of Agency §§8.02, 8.06, 2006, as core.commercial_bribery cites
    them), worded any way; BA121 names the line in the charter profile."""
    assert gives_deciders(name)
    found = [(f.rule, f.subject) for f in _report(_charter(name)).findings]
    assert ("BA121", name) in found


@pytest.mark.parametrize(
    "name",
    [
        "Sales manager commission",
        "Travel agent commissions",
        "Travel agency commissions 10%",
        "Commissions - corporate accounts (sales team)",
        "Commissions to corporate travel managers (disclosed to employer)",
        "Travel manager commissions - told to employer",
        "Our travel manager's commission",
        "Corporate travel manager salary",
        "Travel meals",
    ],
)
def test_near_names_stay_silent(name: str) -> None:
    """The business's own sales manager and sales team, a travel agent or agency (a reseller,
    whose commission is ordinary and disclosed), a commission the employer is told of, the
    business's own travel manager's pay, and its own travel: no BA121."""
    assert not gives_deciders(name)
    found = [(f.rule, f.subject) for f in _report(_charter(name)).findings]
    assert ("BA121", name) not in found


# -- 3: plan reads a channel's lines with the business's trade, as check does ---------------

_PAYROLL_CHANNEL = """
    version: 1
    business: {{name: {name}, industry: {industry}, period: FY2026}}
    revenue: 1200000
    activities:
      - {{name: Internal staff payroll, spend: 200000}}
      - {{name: Office rent, spend: 60000}}
      - {{name: Google Ads, spend: 24000}}
      - {{name: "Client payroll funds - Indeed placements", spend: 30000, kind: marketing,
         channel: indeed}}
    customers: {{new: 60, sources: {{google: 40, indeed: 20}}}}
    """


def _both(run_cli: RunCli, write_profile: WriteProfile, name: str, industry: str) -> Any:
    path = write_profile(textwrap.dedent(_PAYROLL_CHANNEL.format(name=name, industry=industry)))
    check = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    made = json.loads(run_cli("plan", path, "-f", "json").stdout)
    return check["profiles"][0], {c["name"]: c for c in made["channels"]}


def test_plan_and_check_agree_at_a_staffing_firm_and_a_payroll_bureau(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Staffing firm: "Client payroll funds - Indeed placements" ($30,000, joined to the 20
    customers who named Indeed) is its own cost, so the check prices the channel at 30,000 ÷
    20 = $1,500 with no BA116; before the mend `plan` left it alone saying the line "moves
    money ... (BA116)". Now plan says nothing of BA116 there. Payroll bureau: the same line is
    its clients' money, left out of every channel (BA116 names it), and `plan` finds no line
    joined to Indeed: neither prices it."""
    check, plan = _both(run_cli, write_profile, "Apex Staffing", "staffing")
    channels = {c["name"]: c for c in check["channels"]}
    assert channels["indeed"]["cac"] == "1500"
    assert not [f for f in check["findings"] if f["rule"] == "BA116"]
    assert "BA116" not in (plan["indeed"]["left_alone"] or "")
    check, plan = _both(run_cli, write_profile, "Apex Payroll Services", "b2b-services")
    channels = {c["name"]: c for c in check["channels"]}
    assert channels["indeed"]["cac"] is None
    assert [f["subject"] for f in check["findings"] if f["rule"] == "BA116"] == [
        "Client payroll funds - Indeed placements"
    ]
    assert plan["indeed"]["left_alone"] is not None
    assert "moves money" not in plan["indeed"]["left_alone"]


# -- 4: the basis of "Marketing ÷ all spend" shows its operands -----------------------------


def test_marketing_of_all_spend_shows_the_operands_it_is_worked_out_from(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The dance studio of tests/test_collected_money.py: marketing listed 67,000, less
    52,000 received or collected = 15,000; all spend 255,000 less the money in (40,000 +
    18,000 + 12,000 = 70,000) = 185,000; 15,000 ÷ 185,000 = 8.1%. The HTML basis showed
    "$67,000 ÷ $255,000 spent in all" beside it; now "$15,000 marketing ÷ $185,000", with
    what was left out and the figures as listed. The JSON's metrics.spend_counted (an
    addition) is 185,000; the terminal's row shows the same operands. The markdown shows no
    such share: its spend row gives the listed $67,000 of $255,000 and what is left out."""
    path = write_profile(textwrap.dedent(_STUDIO))
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    metrics = report["profiles"][0]["metrics"]
    assert metrics["spend_counted"] == "185000"
    html = run_cli("check", path, "-f", "html", "--exit-zero").stdout
    assert (
        "$15,000 marketing ÷ $185,000 spent in all, without the $70,000 listed as spent that "
        "BA116 reads as money received or collected for others ($67,000 ÷ $255,000 as listed)"
    ) in html
    # (the cell carries its column's name since the fifty-eighth round's AZQ3: stacked on a phone)
    assert (
        '<td class="prose" data-label="Worked out from">$67,000 ÷ $255,000 spent in all</td>'
    ) not in html
    assert "$67,000 ÷ $255,000 spent in all</td>" not in html
    shown = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert "8.1% $15,000 ÷ $185,000 spent in all, without money received or collected" in shown


def test_without_money_in_the_basis_is_the_spend_as_listed(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near case: the charter company lists no money received: spend_counted is all its
    spend, 610,000 + 240,000 + 130,000 + 95,000 + 36,000 + 120,000 + 6,000 + 68,000 + 36,000
    + 12,000 = 1,353,000 (the two commissions, 38,000 + 24,000, are revenue given up, no
    spend), and the terminal adds no operands."""
    path = write_profile(_yaml(_charter()))
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    assert report["profiles"][0]["metrics"]["spend_counted"] == "1353000"
    shown = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert "without money received or collected" not in shown
