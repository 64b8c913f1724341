"""Findings of the fifty-first round's second re-review (2026-12-07) on businesses most of whose
new customers come at the rates contracts set (motor clubs, police rotation lists, Medicaid
brokers): AN3 (BA101's warning called the range "no floor for yours", then budgeted to reach
it, with two gaps; the banner compared the rest against a whole-revenue range) and AN4 (the
$0.75 CAC and 110.5× still headlined, BA202 was built on them, and the score held the share to
the range BA101 calls no floor). Each expected figure is worked by hand in the docstring."""

from __future__ import annotations

from typing import Any

import yaml

from .conftest import RunCli, WriteProfile
from .test_round47 import _json
from .test_round51_channels import _HEALTHY, _ONE, _tow


def _one(run_cli: RunCli, write_profile: WriteProfile) -> dict[str, Any]:
    return _json(run_cli, write_profile, yaml.safe_dump({"version": 1, **_ONE}))


def _rules(report: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in report["findings"]}


def _part(report: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in report["score_components"] if c["name"] == name]
    [part] = found
    return part


def test_no_room_to_spend_is_read_from_a_cac_that_is_no_cost_of_winning_one(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AN4: tow-onechannel's blended CAC is $1,500 ÷ 2,000 = $0.75, all of it Agero's
    membership, and Agero sends 1,850 of the 2,000 (92.5%); the LTV is $225 × 35% × (1 + 0.05
    + ...) = $78.75 × 1.0526 = $82.89, so 82.89 ÷ 0.75 = 110.5×. Without Agero the CAC is
    ($1,500 − $1,500) ÷ 150 = $0: nothing is judged from it, so BA202 ("worth 110.5× what it
    costs to win") does not fire. The CAC's basis leads with what it is."""
    report = _one(run_cli, write_profile)
    assert "BA202" not in _rules(report)
    cac = report["economics"]["cac"]["basis"]
    assert cac.startswith("no cost of winning one: 1,850 of the 2,000 (92.5%)")
    assert report["economics"]["ltv_to_cac"]["basis"].startswith(
        "no measure of what winning a customer costs"
    )
    # tow-healthy: without the $8,500 of motor-club fees and rotation permit, $33,000 ÷ 650 =
    # $50.77, and $215 ÷ $50.77 = 4.2×, under BA202's 5×: no room claimed (the blended 15.3×
    # had claimed it)
    assert "BA202" not in _rules(_tow(run_cli, write_profile))


def test_the_ratio_of_the_customers_won_otherwise_is_what_ba202_judges(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AN4: AAA sends 80 of 100 customers, Agero's fees cost $10,000 and Google Ads $10,000
    bring the other 20. Blended, $20,000 ÷ 100 = $200; the LTV is $10,000 × 40% × (1 + 0.1 +
    0.01 + 0.001 + 0.0001) = $4,000 × 1.1111 = $4,444.40, 22.2×. Won otherwise, $10,000 ÷ 20 =
    $500, and 4,444.40 ÷ 500 = 8.9×, over 5: BA202 fires on 8.9×, judged on the 20. Near: with
    AAA at 40 of 100 (under half), no channel is rate-priced and BA202 keeps the blended
    $20,000 ÷ 100 = $200, 22.2×."""

    def profile(aaa: int, ads: int) -> str:
        return yaml.safe_dump(
            {
                "version": 1,
                "business": {"name": "Tow Co", "industry": "auto-repair", "period": "2026"},
                "revenue": 1000000,
                "activities": [
                    {"name": "Rent", "spend": 10000},
                    {"name": "Agero network fees", "spend": 10000},
                    {"name": "Google Ads", "spend": 10000},
                ],
                "customers": {
                    "new": 100,
                    "sources": {"aaa": aaa, "google ads": ads},
                    "average_revenue": 10000,
                    "gross_margin": "40%",
                    "retention_rate": "10%",
                },
                "owner_hours": {"delivery": 40, "marketing": 5, "sales": 0, "admin": 5},
            }
        )

    report = _json(run_cli, write_profile, profile(80, 20))
    [ba202] = [f for f in report["findings"] if f["rule"] == "BA202"]
    assert ba202["message"].startswith(
        "a customer is worth 8.9× what it costs to win (judged on the 20 customers won "
        "otherwise: the 80 who came at a contract's rate"
    )
    near = _json(run_cli, write_profile, profile(40, 60))
    [ba202] = [f for f in near["findings"] if f["rule"] == "BA202"]
    assert ba202["message"].startswith("a customer is worth 22.2× what it costs to win")
    assert "contract's rate" not in ba202["message"]


def test_the_score_does_not_hold_the_share_to_a_range_ba101_calls_no_floor(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AN4: tow-onechannel's parts. Marketing investment, 30: 0.33% against auto-repair's 4%,
    (0.0033/0.04)² = 0.0069, 0.2 points, where BA101 says that range is no floor for a business
    92.5% fed by a motor club: now not scored, as where only marketplaces' commissions meet it.
    The rest are right for it: customer economics 20 (the 150 won otherwise cost $0, under a
    third of the $82.89 they are worth: full marks), referral independence 15 (0% referrals),
    predictable acquisition 0 (no funded channel of its own: BA128's risk), retention 0
    (nothing spent), owner time 0 (0 of 61 hours). Was (0.2 + 20 + 15) ÷ 100 = 35, "Critical";
    now (20 + 15) ÷ 70 = 50, "Weak". tow-healthy: (20 + 15 + 15 × ½ + 10 × (2/51) ÷ 10%) ÷ 70
    = (42.5 + 3.92) ÷ 70 = 66.3 → 66 (was 63, with 30 × (2.96/4)² = 16.5 points)."""
    one = _one(run_cli, write_profile)
    assert one["score"] == 50
    part = _part(one, "marketing investment")
    assert part["earned"] is None
    assert "not scored: most new customers come at the rates contracts set" in part["basis"]
    assert one["verdict"].startswith("Weak")
    assert _tow(run_cli, write_profile)["score"] == 66
    # near: AAA under half the calls, the range measures it and the part is scored (2.96%:
    # (0.0296/0.04)² = 0.549), as it is where the owner set the minimum (policy: 4%)
    ads = "{AAA motor club: 1000, google ads: 1500, google search: 450, repeat fleet accounts: 150}"
    assert _part(_tow(run_cli, write_profile, ads), "marketing investment")["earned"] is not None
    owned = _tow(run_cli, write_profile, _HEALTHY, "policy: {min_marketing_share: 4%}")
    assert _part(owned, "marketing investment")["earned"] is not None


def test_a_range_that_is_no_floor_gets_no_budget_but_what_the_others_cost(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AN3: tow-healthy's BA101 says the 4% range is no floor for a business 78% fed by motor
    clubs and a rotation list, and no longer budgets $56,000 (4% of $1,400,000) to reach it:
    it judges the 650 customers won otherwise, $33,000 ÷ 650 = $50.77 each, against the $215
    LTV ($430 × 45% × 1.1111): 215 ÷ 50.77 = 4.2×, over 3×, so they pay back. tow-onechannel's
    150 others cost nothing ($1,500 − $1,500 = $0 beside Agero): no budget, no figure to judge."""
    report = _tow(run_cli, write_profile)
    [ba101] = [f for f in report["findings"] if f["rule"] == "BA101"]
    advice = ba101["advice"]
    assert "$56,000" not in advice
    assert "$14,500" not in advice
    assert "so no budget is set to reach it" in advice
    assert (
        "the 650 customers won otherwise cost $50.77 each ($33,000 ÷ 650, the CAC without those "
        "channels), against $215 a customer is worth (the lifetime value): 4.2×, over the 3× "
        "rule of thumb: it pays back"
    ) in advice
    one = _one(run_cli, write_profile)
    [ba101] = [f for f in one["findings"] if f["rule"] == "BA101"]
    assert "the 150 customers won otherwise cost no budget" in ba101["advice"]
    assert "gap" not in ba101["advice"]
    # near: AAA under half, the range is a floor and the budget to reach it stays: 4% of
    # $1,400,000 = $56,000
    ads = "{AAA motor club: 1000, google ads: 1500, google search: 450, repeat fleet accounts: 150}"
    [near] = [f for f in _tow(run_cli, write_profile, ads)["findings"] if f["rule"] == "BA101"]
    assert "$56,000" in near["advice"]


def test_one_finding_gives_no_two_gaps_and_never_grows_a_kickback(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AN3: the re-review's q14. AAA sends 80 of 100; Agero's fees ($10,000) and "$25 per tow
    paid to apartment managers" ($10,000, BA114) are the marketing, 2% of $1,000,000 under 4%.
    The message had "without it the gap is $30,000" and the advice "the gap ... is $20,000":
    now neither gap. The 20 others cost ($20,000 − $10,000) ÷ 20 = $500 each, all of it the
    kickback line; LTV $10,000 × 40% × 1.1111 = $4,444.40, 8.9×: it pays back, but nothing is
    to grow before the $10,000 is replaced."""
    report = _json(
        run_cli,
        write_profile,
        yaml.safe_dump(
            {
                "version": 1,
                "business": {"name": "Tow Co", "industry": "auto-repair", "period": "2026"},
                "revenue": 1000000,
                "activities": [
                    {"name": "Rent", "spend": 10000},
                    {"name": "Agero network fees", "spend": 10000},
                    {"name": "$25 per tow paid to apartment managers", "spend": 10000},
                ],
                "customers": {
                    "new": 100,
                    "sources": {"aaa": 80, "google search": 20},
                    "average_revenue": 10000,
                    "gross_margin": "40%",
                    "retention_rate": "10%",
                },
                "owner_hours": {"delivery": 40, "marketing": 5, "sales": 0, "admin": 0},
            }
        ),
    )
    [ba101] = [f for f in report["findings"] if f["rule"] == "BA101"]
    text = ba101["message"] + ba101["advice"]
    assert "gap" not in text
    assert "$10,000 of it pays for what BA114 warns about" in ba101["message"]
    assert "the 20 customers won otherwise cost $500 each ($10,000 ÷ 20" in ba101["advice"]
    assert "grow it while" not in ba101["advice"]
    assert ba101["advice"].endswith(
        "but $10,000 of that spend pays for what BA114 warns about: replace it with spend the "
        "rules allow before growing anything"
    )


def test_the_fair_band_compares_no_minority_with_a_whole_revenue_range(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AN3: the range is a share of all revenue ($33,000 spent on the 650 others is 2.4% of it,
    on 22% of the customers): the Fair band says where the customers come from and where their
    cost is, with no "less ... than the trade's range". tow-healthy scores 66 (Fair)."""
    verdict = _tow(run_cli, write_profile)["verdict"]
    assert verdict == (
        "Fair overall: most new customers come at the rates contracts set; what the rest cost "
        "is in the CAC."
    )
