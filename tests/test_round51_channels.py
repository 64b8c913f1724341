"""Findings of the fifty-first round's re-review (2026-12-06) on channels priced by a rate and
on what a kickback buys: AM3 (a tow company's motor clubs and rotation list, and the repair
shop's 4% floor; the headline CAC of a $1,500 membership), AM4 (a payment for referrals joined
to the source it buys) and the rest of AL10 (a broker-fed NEMT company's floor). Each expected
figure is worked by hand in the test's docstring."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from typing import Any

import yaml

from bizaudit.explain.economics import Basis

from .conftest import RunCli, WriteProfile
from .test_round47 import _json
from .test_rules import _facts

#: tow-healthy of the round's review (its review profiles), as YAML; {sources} and
#: {policy} are filled in by each test
_TOW = """\
    version: 1
    business: {{name: Ridgeline Towing & Recovery, industry: auto-repair, period: "2026"}}
    revenue: 1400000
    activities:
      - {{name: Google Ads - tow truck near me, spend: 24000}}
      - {{name: Google Business Profile and website SEO, spend: 9000}}
      - {{name: Motor club network fees (Agero dispatch software), spend: 6000}}
      - {{name: Police rotation list annual permit fee, spend: 2500}}
      - {{name: Tow drivers wages, spend: 420000}}
      - {{name: Fuel, spend: 150000}}
      - {{name: Truck payments (rollbacks and wreckers), spend: 180000}}
      - {{name: Commercial auto and on-hook insurance, spend: 110000}}
      - {{name: Impound lot lease, spend: 60000}}
      - {{name: Dispatcher wages, spend: 90000}}
      - {{name: Truck repairs and tires, spend: 60000}}
      - {{name: Bookkeeping and CPA, spend: 12000}}
    customers:
      new: 3100
      sources: {sources}
      average_revenue: 430
      gross_margin: 45%
      retention_rate: 10%
    owner_hours: {{delivery: 30, marketing: 2, sales: 4, admin: 15}}
    {policy}
    """

_HEALTHY = (
    "{AAA motor club: 1200, Agero: 600, police rotation: 500, google ads: 400, "
    "google search: 250, repeat fleet accounts: 150}"
)

#: tow-onechannel of the round's review: one motor club sends 1,850 of 2,000 calls
_ONE = {
    "business": {"name": "Ridgeline Towing", "industry": "auto-repair", "period": "2026"},
    "revenue": 450000,
    "activities": [
        {"name": "Agero network membership", "spend": 1500},
        {"name": "Tow drivers wages", "spend": 150000},
        {"name": "Fuel", "spend": 60000},
        {"name": "Truck payments", "spend": 70000},
        {"name": "Insurance", "spend": 40000},
    ],
    "customers": {
        "new": 2000,
        "sources": {"Agero": 1850, "google search": 150},
        "average_revenue": 225,
        "gross_margin": "35%",
        "retention_rate": "5%",
    },
    "owner_hours": {"delivery": 50, "marketing": 0, "sales": 1, "admin": 10},
}


def _tow(
    run_cli: RunCli, write_profile: WriteProfile, sources: str = _HEALTHY, policy: str = ""
) -> dict[str, Any]:
    return _json(run_cli, write_profile, _TOW.format(sources=sources, policy=policy))


def _ba101(report: dict[str, Any]) -> dict[str, Any]:
    found: list[dict[str, Any]] = [f for f in report["findings"] if f["rule"] == "BA101"]
    [ba101] = found
    return ba101


def test_a_tow_company_fed_by_contract_rates_is_warned_not_failed_on_a_repair_shops_floor(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AM3 (AL8): tow-healthy's marketing is 24,000 + 9,000 + 6,000 + 2,500 = $41,500, 2.96% of
    $1,400,000, under auto-repair's 4%; but its motor clubs (AAA 1,200 + Agero 600) and the
    police rotation list (500) send 2,300 of the 3,100 − 150 repeat = 2,950 new customers,
    2,300 ÷ 2,950 = 77.97%, "78%": more than half, at the rates they set. The range was
    published for repair shops that win customers by marketing: a warning naming them, and the
    check passes (nothing else fails); the gap, 56,000 − 41,500 = $14,500, is what would reach
    the range's low end, not a budget "at least"."""
    report = _tow(run_cli, write_profile)
    ba101 = _ba101(report)
    assert ba101["severity"] == "warning"
    assert report["passed"] is True
    assert "$41,500 of $1,400,000" in ba101["message"]
    assert (
        "but 2,300 of the 2,950 new customers (78%) came through Motor clubs and roadside "
        "networks (AAA, Agero) and Police and municipal tow rotation lists, which assign work "
        "at the rates they set: the range was published for businesses that win their "
        "customers by marketing, so it is no floor for yours"
    ) in ba101["message"]
    # no budget to reach a range that is no floor (AN3 of the round's second re-review,
    # tests/test_round51_rere2_rates.py)
    assert "so no budget is set to reach it" in ba101["advice"]
    assert "budget at least" not in ba101["advice"]


def test_a_tow_company_that_wins_most_calls_itself_is_still_held_to_the_floor(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near: the same books with 1,000 of 2,950 from AAA (33.9%, under half) and the rest won
    by its ads and search: the range measures it, and BA101 fails the run as before. And a
    minimum the owner set (policy: 4%) stays a floor whatever the channels."""
    ads = "{AAA motor club: 1000, google ads: 1500, google search: 450, repeat fleet accounts: 150}"
    report = _tow(run_cli, write_profile, ads)
    ba101 = _ba101(report)
    assert ba101["severity"] == "error"
    assert "rates they set" not in ba101["message"]
    assert report["passed"] is False
    owned = _tow(run_cli, write_profile, policy="policy: {min_marketing_share: 4%}")
    assert _ba101(owned)["severity"] == "error"
    assert "no floor for yours" not in _ba101(owned)["message"]


def test_a_broker_fed_nemt_company_is_warned_not_failed(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AL10's rest: nemt-referral spends $0 on marketing against medical's 1% of $900,000
    ($9,000); ModivCare, a Medicaid broker paying its state contract's rates, sends 250 of 300
    riders, 83.3%: a warning that names the broker, with BA128's advice still leading, and the
    check passes."""
    report = _json(
        run_cli,
        write_profile,
        """\
        version: 1
        business: {name: CareRide Medical Transportation, industry: medical, period: "2026"}
        revenue: 900000
        activities:
          - {name: Drivers wages, spend: 380000}
          - {name: Van leases, spend: 100000}
          - {name: Fuel, spend: 70000}
          - {name: Insurance, spend: 55000}
        customers:
          new: 300
          sources: {ModivCare: 250, discharge planner: 40, word of mouth: 10}
          average_revenue: 3000
          gross_margin: 30%
          retention_rate: 60%
        owner_hours: {delivery: 35, marketing: 0, sales: 2, admin: 20}
        """,
    )
    ba101 = _ba101(report)
    assert ba101["severity"] == "warning"
    assert report["passed"] is True
    assert (
        "250 of the 300 new customers (83.3%) came through Medicaid transportation brokers"
    ) in ba101["message"]
    assert ba101["advice"].startswith("most new customers (250 of 300) come through")
    assert "$9,000" not in ba101["advice"]  # no gap to a range that is no floor (AN3)


def test_a_motor_club_membership_is_no_funded_way_to_win_customers(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AM3 (b): tow-onechannel's only acquisition line is the $1,500 Agero membership, and
    Agero sends 1,850 of 2,000 calls (92.5%) at its contract's rates: no funded channel of its
    own, so not "a business with a funded, repeatable way", but "at risk" (no channel, referrals
    0%, within the maximum), and a reason says why the membership is not counted. tow-healthy
    keeps one funded channel, its Google Ads: its motor club fees and rotation permit are left
    out (its Google Business Profile line is not a funded channel, as before)."""
    one = _json(run_cli, write_profile, yaml.safe_dump({"version": 1, **_ONE}))
    assert one["predictability"]["verdict"] == "at risk"
    assert one["predictability"]["channels"] == []
    assert any(
        reason.startswith(
            "not counted as one: Agero network membership, the price of Motor clubs and "
            "roadside networks (AAA, Agero), which assigns work at the rates set by contract"
        )
        for reason in one["predictability"]["reasons"]
    )
    healthy = _tow(run_cli, write_profile)
    assert healthy["predictability"]["verdict"] == "business"
    assert healthy["predictability"]["channels"] == ["Google Ads - tow truck near me"]
    # near: with AAA under half the calls, its network fee is a channel as before
    ads = "{AAA motor club: 1000, google ads: 1500, google search: 450, repeat fleet accounts: 150}"
    assert (
        "Motor club network fees (Agero dispatch software)"
        in (_tow(run_cli, write_profile, ads)["predictability"]["channels"])
    )


def test_the_headline_cac_says_what_a_contract_channels_fee_per_customer_is() -> None:
    """AM3 (a): the blended CAC of tow-onechannel is $1,500 ÷ 2,000 = $0.75, the Agero
    membership over all calls, 1,850 of them Agero's (92.5%); without Agero, ($1,500 − $1,500)
    ÷ (2,000 − 1,850) = $0 ÷ 150. tow-healthy's is $41,500 ÷ 2,950 = $14.07; without the motor
    clubs' $6,000 and the rotation permit's $2,500, $33,000 ÷ (2,950 − 2,300) = $50.77 a
    customer won otherwise, and the LTV, $430 × 45% × (1 − 0.9^5) ÷ 0.9 = $193.50 × 1.1111 =
    $215, is 215 ÷ 50.77 = 4.2× that."""
    from bizaudit.core.channels import rate_priced  # (new in the round)

    facts = _facts(_ONE)
    cac, _, ratio, _ = Basis("USD").all(facts.economics, rated=rate_priced(facts.by_channel))
    # what the figure is leads, the blended division last (AN4 of the round's second re-review)
    assert cac.startswith("no cost of winning one: 1,850 of the")
    assert "2,000 (92.5%) came through Motor clubs and roadside networks (AAA, Agero)" in cac
    assert "not what won them" in cac
    assert "without them, $0 ÷ 150 new customers won otherwise = $0 a customer" in cac
    assert cac.endswith("; blended, ($1,500 acquisition marketing) ÷ 2,000 new customers")
    assert "the customers won otherwise cost $0" in ratio
    healthy = yaml.safe_load(textwrap.dedent(_TOW.format(sources=_HEALTHY, policy="")))
    facts = _facts({k: v for k, v in healthy.items() if k != "version"})
    cac, _, ratio, _ = Basis("USD").all(facts.economics, rated=rate_priced(facts.by_channel))
    assert "2,300 of the 2,950 (78%)" in cac
    assert "the $8,500 spent on them" in cac
    assert "$33,000 ÷ 650 new customers won otherwise = $50.77 a customer" in cac
    assert ratio.endswith("; blended, $215 LTV ÷ $14.07 CAC")
    assert "against the $50.77 a customer won otherwise cost, 4.2×" in ratio


def test_no_contract_channel_leaves_the_headline_cac_as_it_was() -> None:
    """Near: a business with no channel priced by its rate (Google Ads and search): no
    RatePriced, and the basis is the blended one alone ($20,000 ÷ 100 = $200)."""
    from bizaudit.core.channels import rate_priced  # (new in the round)

    facts = _facts(
        {
            "business": {"name": "Case", "industry": "auto-repair", "period": "2026"},
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 20000},
                {"name": "Rent", "spend": 40000},
            ],
            "customers": {
                "new": 100,
                "sources": {"google ads": 60, "google search": 40},
                "average_revenue": 3000,
                "gross_margin": "50%",
                "retention_rate": "60%",
            },
        }
    )
    assert rate_priced(facts.by_channel) is None
    assert Basis("USD").all(facts.economics, rated=None)[0] == (
        "($20,000 acquisition marketing) ÷ 100 new customers"
    )
    assert Decimal(200) == facts.economics.cac.value


_KICKBACK = """\
    version: 1
    business: {{name: Ridgeline Towing & Recovery, industry: auto-repair, period: "2026"}}
    revenue: 1400000
    activities:
      - {{name: "{line}", spend: 36000, kind: {kind}}}
      - {{name: Google Ads - tow truck near me, spend: 24000}}
      - {{name: Tow drivers wages, spend: 420000}}
      - {{name: Impound lot lease, spend: 60000}}
    customers:
      new: 3100
      sources: {{apartment complexes: 1400, police rotation: 600, AAA: 700, google ads: 400}}
      average_revenue: 430
      gross_margin: 45%
      retention_rate: 10%
    """

_PER_TOW = "$25 per tow paid to apartment complex managers (private property tows)"


def _kickback(
    run_cli: RunCli, write_profile: WriteProfile, line: str = _PER_TOW, kind: str = "cost-of-sales"
) -> tuple[dict[str, Any], str]:
    """The JSON report and the terminal's text (its words on one line each) of a tow company
    whose ``line`` ($36,000, read as ``kind``) may pay for the 1,400 tows 'apartment
    complexes' sent."""
    path = write_profile(_KICKBACK.format(line=line, kind=kind))
    text = " ".join(run_cli("check", "--exit-zero", path).stdout.split())
    return _json(run_cli, write_profile, _KICKBACK.format(line=line, kind=kind)), text


def test_a_kickback_read_as_cost_of_sales_is_joined_to_the_source_it_buys(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AM4: "$25 per tow paid to apartment complex managers", read as cost of sales (stated
    here, so that no vocabulary decides it), names the source "apartment complexes" in its
    words ('apartment', 'complex'): it buys those 1,400 tows. The channel is that source's,
    with its $36,000: 36,000 ÷ 1,400 = $25.714..., $25.71 a tow, said in the note (no CAC to
    grow by: BA114 warns about the line), and BA113 no longer asks what 'apartment complexes'
    is. Read as operations, the same."""
    for kind in ("cost-of-sales", "operations"):
        report, text = _kickback(run_cli, write_profile, kind=kind)
        [channel] = [c for c in report["channels"] if c["name"] == "apartment complexes"]
        assert (channel["spend"], channel["customers"], channel["activities"]) == (
            "36000",
            1400,
            [5],
        )
        assert channel["restricted_by"] == "BA114"
        assert not [f for f in report["findings"] if f["rule"] == "BA113"]
        assert (
            # (AV7 of the fifty-fourth round's second re-review: said as a cost to stop;
            # $36,000 ÷ 1,400 = $25.71)
            "its spend pays for what BA114 warns about: $36,000 paid on the 1,400 customers it "
            "lists (about $25.71 each): a cost to stop, not a price to compare, and no budget "
            "to grow"
        ) in text


def test_a_line_that_pays_no_one_for_the_tows_stays_apart_from_the_source(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near: "Apartment complex snow removal" names the source's words but pays for no
    referral, and "$25 per tow paid to drivers" pays per tow but names no apartment complex:
    neither joins; 'apartment complexes' stays a source of its own with nothing spent, and
    BA113 still asks what it is."""
    for line, kind in (
        ("Apartment complex snow removal", "operations"),
        ("$25 per tow paid to drivers (bonus)", "cost-of-sales"),
    ):
        report, _ = _kickback(run_cli, write_profile, line, kind)
        [channel] = [c for c in report["channels"] if c["name"] == "apartment complexes"]
        assert (channel["spend"], channel["activities"]) == ("0", [])
        assert [f["subject"] for f in report["findings"] if f["rule"] == "BA113"] == [
            "apartment complexes"
        ]


def test_a_per_trip_payment_to_referring_staff_joins_their_referrals(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AM4 (nemt-edge): "$20 per Medicaid trip paid to nursing home staff who book us"
    ($24,000, stated cost of sales) and the 150 riders 'nursing home staff' sent, read as
    referrals, are one channel: not free word of mouth, 24,000 ÷ 150 = $160 a rider. The 10
    'word of mouth' riders stay in the referrals channel, at $0."""
    report = _json(
        run_cli,
        write_profile,
        """\
        version: 1
        business: {name: CareRide Medical Transportation, industry: medical, period: "2026"}
        revenue: 900000
        activities:
          - name: "$20 per Medicaid trip paid to nursing home staff who book us"
            spend: 24000
            kind: cost-of-sales
          - {name: Drivers wages, spend: 380000}
          - {name: Van leases, spend: 100000}
        customers:
          new: 300
          sources: {nursing home staff: 150, ModivCare: 140, word of mouth: 10}
          average_revenue: 3000
          gross_margin: 30%
          retention_rate: 60%
        """,
    )
    [staff] = [c for c in report["channels"] if c["name"] == "nursing home staff"]
    assert (staff["spend"], staff["customers"], staff["activities"]) == ("24000", 150, [5])
    [word] = [c for c in report["channels"] if "word of mouth" in c["name"].lower()]
    assert (word["spend"], word["customers"]) == ("0", 10)
