"""Mends of the sixty-second round's review, part f (2026-12-07): a mortgage broker's
loan-officer pay counted twice, its realtor-driven business called "left to chance", and a
contract manufacturer held to a larger firm's range with its reps' commission on repeat orders
charged to new customers.

- BH4 (high): Keystone Home Lending's "Loan officer comp - bps on funded" ($486,000), read as
  selling, was in its CAC and, by the books, in its stated 55% margin too: (1,620,000 − 189,000
  cost of sales − 486,000) ÷ 1,620,000 = 58.3%, against 88.3% without it. The CAC now leaves
  it out (core.metrics.pay_in_margin), and BA117 says how the books tell.
- BH14 (low–medium): the broker's 60.7% of loans by referral was "over the 50% maximum" (the
  project's default) and "part of winning customers is left to chance". The mortgage vertical
  now carries the trade's own share, 87% (STRATMOR's survey of 82,000 recent home buyers, 2025,
  as Mike DelPrete quotes it: 50% found their lender by a referral, 37% through an existing
  relationship). BA114's RESPA findings stay as they were.
- BH11 (medium): Precision Forming & Fab, $6.85M, was warned at 1.34% against The CMO
  Survey's 2.4–3%, quoted from a Tricom B2B page (2019) that says mature manufacturers usually
  allow 0.5–2%; the range is now 0.5–3%. Its "Mfg rep commissions (5% of rep-sourced sales)",
  $118,000, were all charged to its 12 new customers; the CAC now counts the commission on the
  new accounts' sales, 5% × $120,000 × 6 = $36,000 (core.metrics.repeat_commission).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.metrics import pay_in_margin
from bizaudit.io.checker import Options, audit_file, audit_of
from bizaudit.model import verticals
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport
from tests.conftest import finding_words, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review62f"
CENT = Decimal("0.01")


def _report(name: str) -> ProfileReport:
    return audit_file(FIXTURES / name, Options())[1]


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _rules(report: ProfileReport) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f.severity)
    return found


def _line(data: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [a for a in data["activities"] if a["name"] == name]
    assert len(found) == 1, name
    return found[0]


LO_PAY = "Loan officer comp - bps on funded"
REPS = "Mfg rep commissions (5% of rep-sourced sales)"


# --- BH4: the loan officers' pay, counted once ------------------------------------------------


def test_the_brokers_loan_officer_pay_is_in_its_margin_and_left_out_of_its_cac() -> None:
    """BH4. Before: CAC ($122,300 + $486,000) ÷ 214 = $2,842.52, LTV ÷ CAC 1.6×; excluding
    referrals ($122,300 − $30,500 + $486,000 × 84 ÷ 214) ÷ 84 = $3,363.89, 1.4×, and BA201 with
    its "under 1.5×" cap. After: $122,300 ÷ 214 = $571.50; 4,626.06 ÷ 571.50 = 8.09, "8.1×";
    excluding referrals (122,300 − 30,500) ÷ 84 = $1,092.86, 4,626.06 ÷ 1,092.86 = 4.23,
    "4.2×". The payback: 571.50 ÷ (7,570 × 0.55 ÷ 12 = 346.96) = 1.65 months.
    Since part j of the round, "Aged internet leads (bulk)" ($6,000, line 13) is acquisition,
    not overhead (tests/test_review62j.py): (122,300 + 6,000) ÷ 214 = 128,300 ÷ 214 = $599.53,
    4,626.06 ÷ 599.53 = 7.72, "7.7×"; excluding referrals (128,300 − 30,500) ÷ 84 = 97,800 ÷
    84 = $1,164.29, 4,626.06 ÷ 1,164.29 = 3.97, "4.0×"."""
    report = _report("mortgage.yaml")
    e = report.economics
    assert e.cac.value is not None
    assert e.cac.value.quantize(CENT) == Decimal("599.53")  # 128,300 / 214 = 599.532...
    assert e.non_referral_cac.value is not None
    assert e.non_referral_cac.value.quantize(CENT) == Decimal("1164.29")  # 97,800 / 84
    assert e.ltv.value is not None
    assert e.ltv.value.quantize(CENT) == Decimal("4626.06")  # unchanged
    assert e.ltv_to_cac.value is not None
    assert round(float(e.ltv_to_cac.value), 1) == 7.7  # 4,626.06 / 599.53 = 7.72
    assert e.ltv_to_non_referral_cac.value is not None
    assert round(float(e.ltv_to_non_referral_cac.value), 1) == 4.0  # 4,626.06 / 1,164.29
    # the basis says what was left out and why, and no longer names line 25
    basis = " ".join(e.cac.basis.split())
    assert "without the $486,000 of 'Loan officer comp - bps on funded', paid on each sale" in basis
    assert "the stated 55% margin carries it already" in basis
    assert "58.3% with it as a cost of each sale, 88.3% without it" in basis
    assert e.cac_lines == [9, 11, 13, 15, 17, 19, 21]  # (was 9, 11, 15, 17, 19, 21 and 25)
    assert "BA201" not in _rules(report)
    assert not any("1.5×" in cap.reason for cap in report.score_caps)


def test_ba117_says_the_stated_margin_is_the_listed_one_after_the_loan_officers_pay() -> None:
    """BH4: BA117 had been silent (the listed $189,000 of cost of sales is under half of the
    $729,000 the 55% implies, so the stated margin read as the truer). Now, as information:
    (1,620,000 − 189,000) ÷ 1,620,000 = 88.3% listed; (1,620,000 − 189,000 − 486,000) ÷
    1,620,000 = 945,000 ÷ 1,620,000 = 58.3% with the pay, near the stated 55%."""
    report = _report("mortgage.yaml")
    [ba117] = [f for f in report.findings if f.rule == "BA117"]
    assert ba117.severity == "info"
    words = finding_words(ba117)
    assert "($1,620,000 revenue − $189,000 cost of sales) ÷ $1,620,000 = 88.3%" in words
    assert "($1,620,000 − $189,000 − $486,000) ÷ $1,620,000 = 58.3%, near the stated 55%" in words
    assert "mark 'Loan officer comp - bps on funded' kind: cost-of-sales" in words


def test_the_pay_stays_in_the_cac_where_the_stated_margin_is_before_it() -> None:
    """BH4, the other reading: a stated 88% is what the lines give without the pay
    (88.3%), so the margin does not carry it and the CAC counts it, as before:
    (122,300 + 486,000) ÷ 214 = 608,300 ÷ 214 = $2,842.52. No BA117 (88.3% vs 88%).
    With the aged leads in acquisition (part j): (128,300 + 486,000) ÷ 214 = 614,300 ÷ 214 =
    $2,870.56."""
    data = _data("mortgage.yaml")
    data["customers"]["gross_margin"] = "88%"
    report = report_of(data)
    assert report.economics.cac.value is not None
    assert report.economics.cac.value.quantize(CENT) == Decimal("2870.56")
    assert "BA117" not in _rules(report)


def test_the_pay_marked_as_a_cost_of_sale_is_counted_once_without_a_finding() -> None:
    """BH4, as BA117 advises: the line marked kind: cost-of-sales gives a listed margin of
    58.3%, within 10 points of the stated 55%: no BA117, and the CAC is the same $599.53
    (128,300 ÷ 214, with part j's aged leads), now because the pay is no selling at all."""
    data = _data("mortgage.yaml")
    _line(data, LO_PAY)["kind"] = "cost-of-sales"
    report = report_of(data)
    assert "BA117" not in _rules(report)
    assert report.economics.cac.value is not None
    assert report.economics.cac.value.quantize(CENT) == Decimal("599.53")
    assert "without the" not in report.economics.cac.basis


def test_the_books_must_tell_the_pay_is_in_the_margin() -> None:
    """pay_in_margin reads the pay as in the margin only where the stated margin is nearer the
    books' margin with it than without it by more than 2 points, and within 10 points of it.
    A stated 73%, halfway between 58.3% and 88.3% (15 points from each), cannot be told; a
    stated 70% is 11.7 points from 58.3%, past the 10; a stated 60% is 1.7 from 58.3% and
    28.3 from 88.3%: in the margin."""
    data = _data("mortgage.yaml")

    def read(margin: str) -> bool:
        data["customers"]["gross_margin"] = margin
        facts = audit_of(Profile.model_validate(data), Options()).facts
        assert facts.spend["cost-of-sales"] == 189_000  # 168,000 + 21,000
        found = pay_in_margin(
            facts.profile, facts.activities, facts.net_revenue, facts.spend["cost-of-sales"]
        )
        return found is not None

    assert read("60%")
    assert not read("73%")
    assert not read("70%")


# --- BH14: realtor relationships are the trade's channel ---------------------------------------


def test_the_brokers_referrals_are_held_to_the_trades_own_share() -> None:
    """BH14. Before: "60.7% of new customers came from referrals (over the 50% maximum)",
    "At risk", BA102 a warning and "score at most 79: part of winning customers is left to
    chance". After: 130 ÷ 214 = 60.7%, under the trade's own share, "business", no BA102, no
    such cap. That share was 87% (50% by a referral + 37% through an existing relationship);
    since BI8 of the round's re-review it is 79% (50 ÷ 63 = 79.4%: the 37% who already had a
    relationship are no referrals; tests/test_review62k.py), said as what the trade's customers
    report. BA114's two RESPA warnings stay (lines 19 and 21), and so does their cap at 79."""
    report = _report("mortgage.yaml")
    assert report.policy["max_referral_share"].value == Decimal("0.79")
    assert report.policy["max_referral_share"].source == "industry"
    assert report.predictability.verdict == "business"
    reasons = " ".join(report.predictability.reasons)
    assert (
        "60.7% of new customers came from referrals (under the 79% your trade's customers "
        "report)" in reasons
    )
    assert "STRATMOR's survey of 82,000 recent home buyers, as Mike DelPrete quoted it" in reasons
    assert "BA102" not in _rules(report)
    assert not any("left to chance" in cap.reason for cap in report.score_caps)
    assert _rules(report)["BA114"] == ["warning", "warning"]
    assert report.score == 79  # BA114's cap, which the reviewer kept


def test_a_broker_past_the_trades_share_is_still_told() -> None:
    """BH14: the maximum is the trade's share, not no maximum. With the share at 79% (BI8 of
    the round's re-review): 180 more realtor referrals, (130 + 180) ÷ (214 + 180) = 310 ÷ 394
    = 78.7%, within 79%; 190 more: 320 ÷ 404 = 79.2%, over it, and BA102 speaks against the
    79%."""
    data = _data("mortgage.yaml")
    data["customers"]["sources"]["realtor referral"] += 180
    data["customers"]["new"] += 180
    assert "BA102" not in _rules(report_of(data))
    data["customers"]["sources"]["realtor referral"] += 10
    data["customers"]["new"] += 10
    report = report_of(data)
    assert len(_rules(report)["BA102"]) == 1
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert "79.2%" in finding_words(ba102)
    assert "79% your trade's customers report" in finding_words(ba102)  # BI8 (62n)


def test_the_trades_share_is_mortgage_only() -> None:
    """BH14: no other vertical has a referral share of its own yet: the default 50% stays."""
    assert verticals.get("mortgage").referral_max == Decimal("0.79")  # type: ignore[union-attr]
    assert verticals.get("manufacturing").referral_max is None  # type: ignore[union-attr]
    report = _report("cmfg.yaml")
    assert report.policy["max_referral_share"].value == Decimal("0.5")
    assert report.policy["max_referral_share"].source == "default"


# --- BH11: the manufacturer's range and its reps' commission -----------------------------------


def test_the_manufacturing_range_is_what_its_source_supports() -> None:
    """BH11. Before: "low end 2.4% (industry); range 2.4–3%" and BA101 "marketing is 1.34% of
    revenue ($91,600 of $6,850,000), under the 2.4% its source says the trade spends", score 63.
    After: 0.5–3% (Tricom B2B, 2019: its own 0.5–2% for mature manufacturers, The CMO Survey's
    2.4–3%); 91,600 ÷ 6,850,000 = 1.34% is within it, so no BA101; score 79 (BA118's cap)."""
    found = verticals.get("manufacturing")
    assert found is not None
    assert (found.marketing.low, found.marketing.high) == (Decimal("0.005"), Decimal("0.030"))
    assert found.marketing.year == "2019"
    assert "Tricom B2B" in found.marketing.source
    assert "0.5–2%" in found.marketing.source
    report = _report("cmfg.yaml")
    assert report.metrics.marketing_share_of_revenue is not None
    assert round(float(report.metrics.marketing_share_of_revenue), 4) == 0.0134
    assert "BA101" not in _rules(report)
    assert report.score == 79


def test_the_reps_commission_counts_only_on_the_new_accounts() -> None:
    """BH11. served = 6,850,000 ÷ 120,000 = 57.08, about 57; the estimator's share is 82,000 ×
    12 ÷ 57 = 17,263.16. Before: (91,600 + 118,000 + 17,263.16) ÷ 12 = $18,905.26, LTV ÷ CAC
    113,344.34 ÷ 18,905.26 = 6.0×. After: the commission on the new accounts' sales, 5% ×
    120,000 × 6 = 36,000, and (91,600 + 36,000 + 17,263.16) ÷ 12 = 144,863.16 ÷ 12 =
    $12,071.93, 113,344.34 ÷ 12,071.93 = 9.39, "9.4×". Excluding referrals: (91,600 +
    53,263.16 × 10 ÷ 12) ÷ 10 = (91,600 + 44,385.97) ÷ 10 = $13,598.60, 8.3× (was 5.5×).
    BI7 of the round's re-review then took the reps' later commission off the lifetime value
    (tests/test_review62l.py): 113,344.34 − 6,000 × 2.9356 × 6 ÷ 12 = 104,537.64, so
    104,537.64 ÷ 12,071.93 = 8.66, "8.7×", and 104,537.64 ÷ 13,598.60 = 7.69, "7.7×".
    BJ6 of the round's second re-review then kept the reps' $36,000 whole on the customers not
    referred (tests/test_review62o.py): (91,600 + 36,000 + 17,263.16 × 10 ÷ 12) ÷ 10 =
    $14,198.60, and (113,344.34 − 17,613.40 × 6 ÷ 10) ÷ 14,198.60 = 102,776.30 ÷ 14,198.60 =
    7.24, "7.2×"."""
    report = _report("cmfg.yaml")
    e = report.economics
    assert e.cac.value is not None
    assert e.cac.value.quantize(CENT) == Decimal("12071.93")
    assert e.ltv_to_cac.value is not None
    assert round(float(e.ltv_to_cac.value), 1) == 8.7
    assert e.non_referral_cac.value is not None
    assert e.non_referral_cac.value.quantize(CENT) == Decimal("14198.60")
    assert e.ltv_to_non_referral_cac.value is not None
    assert round(float(e.ltv_to_non_referral_cac.value), 1) == 7.2
    basis = " ".join(e.cac.basis.split())
    assert "5% × $120,000 average revenue × 6 new customers the reps brought = $36,000" in basis
    assert "the other $82,000 is paid on the repeat orders of accounts the reps" in basis
    # BA202's ratio follows: 7.2× (was 5.5×, then 8.3× before BI7, 7.7× before BJ6)
    [ba202] = [f for f in report.findings if f.rule == "BA202"]
    assert "worth 7.2× what it costs to win" in finding_words(ba202)


def test_a_commission_without_its_rate_is_counted_whole() -> None:
    """BH11, where the profile does not say so: a line that states no rate keeps all of it,
    (91,600 + 118,000 + 17,263.16) ÷ 12 = 226,863.16 ÷ 12 = $18,905.26, as before."""
    data = _data("cmfg.yaml")
    _line(data, REPS)["name"] = "Mfg rep commissions"
    report = report_of(data)
    assert report.economics.cac.value is not None
    assert report.economics.cac.value.quantize(CENT) == Decimal("18905.26")
    assert "repeat orders" not in report.economics.cac.basis
