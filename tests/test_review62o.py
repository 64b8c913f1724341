"""Mends of the sixty-second round's second re-review, part o (2026-12-08).

- BJ6 (low-medium): Precision Forming & Fab's CAC excluding referrals shared all its sales,
  $53,263.16, 10 of 12, though $36,000 of it is the reps' commission on the 6 accounts they
  won themselves, none of them a referral: $6,000 of it fell on the 2 referral customers. The
  commission now stays whole on the customers not referred and only the estimator's
  $17,263.16 is shared; and their lifetime value takes the reps' later commission at 6 of 10,
  not 6 of 12 (core.economics.compute, Cac.own_commission, Economics.non_referral_ltv).
- BI3 (partly): an Ontario cannabis store that stops every line BA120 warns about read "Fair
  overall, but too little goes into marketing." beside BA101's "the range is a reference here,
  not a floor ... no budget is asked to reach the range". Where the range is only a reference
  (core.shares.reference_here, BA101's ``reference``), the verdict's band says so instead
  (explain.score.UNDER_REFERENCE), and asks for nothing the score does not.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.economics import Economics
from bizaudit.explain import score
from bizaudit.io.checker import Options, audit_file, audit_of
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport
from tests.conftest import finding_words, report_of

_FIXTURES = Path(__file__).parent / "fixtures"
CMFG = _FIXTURES / "review62f" / "cmfg.yaml"
RIA = _FIXTURES / "review62g" / "ria.yaml"
CANNABIS = _FIXTURES / "review62e" / "cannabis.yaml"
CENT = Decimal("0.01")


def _report(path: Path) -> ProfileReport:
    return audit_file(path, Options())[1]


def _data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _economics(data: dict[str, Any]) -> Economics:
    return audit_of(Profile.model_validate(data), Options()).facts.economics


def _words(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ BJ6: the reps' own accounts


def test_bj6_the_reps_commission_stays_on_the_customers_not_referred() -> None:
    """The estimator's share: about 6,850,000 ÷ 120,000 = 57.08, 57 customers served, so
    82,000 × 12 ÷ 57 = 17,263.16. The reps' commission on their 6 new accounts: 5% × 120,000 ×
    6 = 36,000. Before: (91,600 + (36,000 + 17,263.16) × 10 ÷ 12) ÷ 10 = (91,600 + 44,385.96)
    ÷ 10 = $13,598.60. After: (91,600 + 36,000 + 17,263.16 × 10 ÷ 12) ÷ 10 = (91,600 + 36,000 +
    14,385.96) ÷ 10 = 141,985.96 ÷ 10 = $14,198.60 (the reviewer's). The blended CAC stays
    (91,600 + 36,000 + 17,263.16) ÷ 12 = $12,071.93."""
    e = _report(CMFG).economics
    assert e.non_referral_cac.value is not None
    assert e.non_referral_cac.value.quantize(CENT) == Decimal("14198.60")
    assert e.cac.value is not None
    assert e.cac.value.quantize(CENT) == Decimal("12071.93")
    basis = _words(e.non_referral_cac.basis)
    assert "($91,600 acquisition marketing + $50,385.96 sales: $36,000 of commission" in basis
    assert "on the 6 customers the reps won themselves, none of them a referral" in basis
    assert "+ $14,385.96, their share of the other $17,263.16: 10 of 12 new customers" in basis
    assert "their share of $53,263.16" not in basis


def test_bj6_the_ratio_excluding_referrals_takes_their_own_lifetime_value() -> None:
    """Periods within 5 years at 12% churn: (1 − 0.88^5) ÷ 0.12 = 3.935567; later years
    2.935567; each rep account pays on 5% × 120,000 × 2.935567 = $17,613.40. Undiscounted:
    120,000 × 24% × 3.935567 = $113,344.34. A customer not referred: 113,344.34 − 17,613.40 × 6
    ÷ 10 = 113,344.34 − 10,568.04 = $102,776.30 (the reviewer's). Ratio: before 104,537.64 ÷
    13,598.60 = 7.69, "7.7×"; after 102,776.30 ÷ 14,198.60 = 7.24, "7.2×". The blended LTV
    stays 113,344.34 − 17,613.40 × 6 ÷ 12 = $104,537.64 and its ratio 104,537.64 ÷ 12,071.93
    = 8.66, "8.7×". Payback excluding referrals: 14,198.60 ÷ (120,000 × 24% ÷ 12) = 14,198.60
    ÷ 2,400 = 5.92, "5.9 months" (was 13,598.60 ÷ 2,400 = 5.67, "5.7")."""
    report = _report(CMFG)
    e = report.economics
    assert e.ltv.value is not None
    assert e.ltv.value.quantize(CENT) == Decimal("104537.64")
    assert e.ltv_to_cac.value is not None
    assert round(float(e.ltv_to_cac.value), 1) == 8.7
    assert e.ltv_to_non_referral_cac.value is not None
    assert round(float(e.ltv_to_non_referral_cac.value), 1) == 7.2
    basis = _words(e.ltv_to_non_referral_cac.basis)
    assert basis.startswith("$102,776.30 LTV ÷ $14,198.60 CAC excluding referrals")
    assert "$113,344.34 less $17,613.40 × 6 of 10 customers not referred" in basis
    assert e.non_referral_payback_months.value is not None
    assert round(float(e.non_referral_payback_months.value), 1) == 5.9
    # BA202 follows: 7.2×, not 7.7×
    [ba202] = [f for f in report.findings if f.rule == "BA202"]
    assert "worth 7.2× what it costs to win" in finding_words(ba202)


def test_bj6_a_referrers_fee_share_is_not_kept_whole() -> None:
    """The adviser's CPA fee is acquisition marketing, not shared sales, and its households
    came through the CPAs: nothing changes (the reviewer's "not affected"). Excluding
    referrals: (133,500 − 15,320 + 14,500 × 25 ÷ 31) ÷ 25 = (118,180 + 11,693.55) ÷ 25 =
    $5,194.94; 36,619.80 ÷ 5,194.94 = 7.05, "7.0×"."""
    e = _economics(_data(RIA))
    assert e.non_referral_cac.value is not None
    assert e.non_referral_cac.value.quantize(CENT) == Decimal("5194.94")
    assert e.non_referral_cac.own_commission == 0
    assert e.non_referral_ltv is None
    assert e.ltv_to_non_referral_cac.value is not None
    assert round(float(e.ltv_to_non_referral_cac.value), 1) == 7.0


def test_bj6_without_referrals_nothing_is_shared_or_kept() -> None:
    """With the 2 referral customers listed as trade show customers instead, no CAC excludes
    referrals: both are (91,600 + 36,000 + 17,263.16) ÷ 12 = $12,071.93."""
    data = _data(CMFG)
    data["customers"]["sources"] = {"rep": 6, "trade show": 5, "thomasnet": 1}
    e = _economics(data)
    assert e.non_referral_cac.value is not None
    assert e.non_referral_cac.value.quantize(CENT) == Decimal("12071.93")
    assert e.non_referral_cac.own_commission == 0
    assert e.non_referral_ltv is None


# ------------------------------------------------------------------ BI3: a reference, no floor

_FLAGGED = (
    "Loyalty program (Alpine IQ) - points redeemed",
    "Google Ads",
    "Billboard - Hwy 417 eastbound",
    "LP trade marketing - shelf placement payments received",
    "Free pre-roll w/ first visit",
)


def _stopped() -> dict[str, Any]:
    """The store with every line BA120 warns about stopped (the reviewer's cannabis-v1)."""
    data = _data(CANNABIS)
    data["activities"] = [a for a in data["activities"] if a["name"] not in _FLAGGED]
    return data


def test_bi3_the_verdict_follows_ba101_where_the_range_is_a_reference() -> None:
    """Marketing 26,400 ÷ 3,150,000 = 0.84%, under the 3% low end of the US range, which
    BA101 calls a reference here. Before: "Fair overall, but too little goes into marketing.";
    after: the band says the range is only a reference. The score stays 79 (its cap: no line
    pays the owner), and BA101 still asks for no budget."""
    report = report_of(_stopped())
    # BI2 of the round's second re-review (2026-12-08): the creator BA120 asks about is no
    # channel the score counts, Leafly alone earns 1 ÷ 2 × 15 = 7.5 of predictable acquisition,
    # and (20 + 15 + 7.5 + 0 + 10) ÷ 70 = 75, under the cap of 79 (the reviewer's cannabis-v2
    # gave the same 75 with the creator stopped)
    assert report.score == 75
    assert "too little" not in report.verdict
    assert report.verdict == score.UNDER_REFERENCE[1][1]
    assert "only a reference here, not a floor (BA101)" in report.verdict
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert "no budget is asked to reach the range" in finding_words(ba101)


def test_bi3_the_flagged_lines_still_come_first() -> None:
    """With the lines BA120 warns about running, the banner still says to stop them first."""
    report = _report(CANNABIS)
    assert "stop that first" in report.verdict
    assert "too little" not in report.verdict


def test_bi3_a_us_store_under_its_floor_still_reads_too_little() -> None:
    """The same store in US dollars: the range is its own country's, a floor, and the band's
    words stay "too little goes into marketing" (score ≥ 60)."""
    data = _stopped()
    data["business"]["currency"] = "USD"
    data["business"]["name"] = "Northern Leaf Cannabis Co."
    report = report_of(data)
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert "reference here" not in finding_words(ba101)
    # the marketing part is scored against the 3% floor: 62 (as before, not capped)
    assert report.score >= 60
    assert report.verdict == "Fair overall, but too little goes into marketing."


def test_bi3_every_band_of_a_reference_range_asks_for_no_budget() -> None:
    """No band of UNDER_REFERENCE says too little goes in, for any score."""
    for value in (95, 79, 60, 59, 40, 39, 10):
        said = score.verdict(value, under_minimum=True, reference=True)
        assert "too little" not in said
        assert "reference" in said
    # ...and without ``reference`` the Fair band is as before
    assert score.verdict(70, under_minimum=True) == score.UNDER_MINIMUM[1][1]
    assert "too little goes into marketing" in score.UNDER_MINIMUM[1][1]
