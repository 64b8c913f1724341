"""Mends of the sixty-third review round, part w (2026-12-08), read on the round's profiles
(copied to tests/fixtures/review63w/).

BK4. A real-estate team (realty.yaml) states a 55% gross margin: exactly the MREA margin after
     its $186,000 of referral fees (Zillow Flex $148,000, out-of-area agents $38,000), which
     the CAC also counts. The fees were counted twice (in the 55% building the lifetime value,
     and in the CAC), and BA117 named 'Car & mileage' as the gap. A referral fee is paid only on
     the closings it bought (Zillow Help Center, "How to Calculate Success Fees": a Flex success
     fee is owed "when you close a residential real estate transaction from a Flex connection",
     15-40% of the logged GCI; read with the search tool, 2026-12-08), so it stays in the CAC
     and the lifetime value is built on the margin before it. BA201 no longer names Zillow
     Flex, a fee per closing, as the first channel to cut.
BK5. A used-car dealer (dealer.yaml) lists 48 repeat buyers among its 520 cars sold; the CAC
     divided by the 472 new buyers but charged them all the salespeople's commissions and spiffs,
     paid on every car. Pay on each sale is now shared: the repeat buyers' share left out.
     (The reviewer shared all $320,600 of selling, the BDC's salaries and the CRM too, for
     $882.22; only the pay that follows each unit sold is shared here: a salaried BDC and a CRM
     subscription are not shown to follow each sale.)
BK7. A staffing firm (staffing.yaml): "6030 Account Manager commissions (on GP)" ($96,000) was
     read as operations with the account managers' salaries, so its selling was $19,800 of data
     tools, the Outbound channel priced at $990 and 120.2×. A commission is pay for selling:
     sales now, shared as account managers' pay is (the new clients' share of about 60 served);
     the salaries stay operations (the SIA range's reading). The Outbound channel is no longer
     priced on its tools alone, and BA104 says the account managers keep the accounts.

BK14. The same dealer's banner said "stop that first" of a $4,200 customer thank-you ($100 a
     car sold), quoting California's Vehicle Code for a dealer in no named state. The
     auto-dealer rule is one state's (``referral_rule_state``), so the banner asks that the line
     be checked first; BA114 itself, its warning and the score's 79 cap stand.

Every expected figure is worked out by hand in its test's docstring or comments.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml

from bizaudit.model.report import ProfileReport

from .conftest import finding_words, findings_by_subject, fixture_text, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review63w"
REALTY = FIXTURES / "realty.yaml"
DEALER = FIXTURES / "dealer.yaml"
STAFFING = FIXTURES / "staffing.yaml"


def _report(path: Path, old: str | None = None, new: str = "") -> ProfileReport:
    return report_of(yaml.safe_load(fixture_text(path, old, new)))


def test_bk4_lifetime_value_built_on_the_margin_before_referral_fees() -> None:
    """Margin before the fees: (1,420,000 − 408,000 taken out − 45,000 cost of sales) ÷
    1,420,000 = 967,000 ÷ 1,420,000 = 68.0986%; after them, (967,000 − 186,000) ÷ 1,420,000 =
    781,000 ÷ 1,420,000 = 55.0%, the stated margin. Years' buying at 70% churn within 5 years:
    (1 − 0.3^5) ÷ 0.7 = 0.99757 ÷ 0.7 = 1.425100. LTV before: 12,000 × 0.55 × 1.4251 =
    9,405.66; after: 12,000 × 0.680986 × 1.425100 = 8,171.83 × 1.4251 = 11,645.68.
    LTV ÷ CAC: 11,645.68 ÷ 3,412.50 = 3.41× (was 9,405.66 ÷ 3,412.50 = 2.76×); excluding
    referrals 11,645.68 ÷ 4,342.83 = 2.68× (was 2.17×). Payback 3,412.50 ÷ (12,000 × 0.680986 ÷
    12) = 3,412.50 ÷ 681.0 = 5.01 months (was 3,412.50 ÷ 550 = 6.20)."""
    economics = _report(REALTY).economics
    assert Decimal(str(economics.ltv.value)) == Decimal("11645.68")
    assert Decimal(str(economics.cac.value)) == Decimal("3412.50")  # the fees stay in the CAC
    assert abs(Decimal(str(economics.ltv_to_cac.value)) - Decimal("3.4127")) < Decimal("0.001")
    paid = economics.ltv_to_non_referral_cac.value
    assert abs(Decimal(str(paid)) - Decimal("2.6816")) < Decimal("0.001")
    payback = economics.payback_months.value
    assert abs(Decimal(str(payback)) - Decimal("5.011")) < Decimal("0.01")


def test_bk4_margin_stated_before_the_fees_is_taken_at_its_word() -> None:
    """Stated 68%, the margin before the fees (68.1%): nothing to mend, LTV on the stated 68%:
    12,000 × 0.68 × 1.4251 = 11,628.82."""
    report = _report(REALTY, "gross_margin: 55%", "gross_margin: 68%")
    assert Decimal(str(report.economics.ltv.value)) == Decimal("11628.82")
    assert "referral fees" not in report.economics.ltv.basis
    assert not findings_by_subject(report, "BA117")  # 68.1% listed, within 10 points of 68%


def test_bk4_ba117_names_the_referral_fees_not_mileage() -> None:
    report = _report(REALTY)
    [finding] = findings_by_subject(report, "BA117").values()
    words = finding_words(finding)
    assert "after the $186,000 of referral fees" in words
    assert "= 55%" in words  # (1,420,000 − 408,000 − 45,000 − 186,000) ÷ 1,420,000
    assert "68.1%" in words
    assert "Car & mileage" not in words
    ltv = report.economics.ltv
    assert ltv.basis.startswith("$12,000 × 68.1% margin")
    assert "before the $186,000 of referral fees" in ltv.basis


def test_bk4_ba201_does_not_start_with_a_fee_per_closing() -> None:
    """Still a warning at 2.68× (under 3×), but Zillow Flex, paid only on a closing, is not
    named as the first channel to cut."""
    report = _report(REALTY)
    [finding] = findings_by_subject(report, "BA201").values()
    words = finding_words(finding)
    assert "2.7×" in words
    assert "Zillow" not in words


def test_bk5_dealer_commissions_shared_with_repeat_buyers() -> None:
    """Paid on each car: commissions 205,000 + spiffs 22,000 = 227,000; the repeat buyers'
    share 227,000 × 48 ÷ 520 = 20,953.85. Sales 320,600 − 20,953.85 = 299,646.15.
    CAC (125,400 + 299,646.15) ÷ 472 = 425,046.15 ÷ 472 = 900.52 (was 446,000 ÷ 472 = 944.92).
    Excluding referrals: sales 299,646.15 × 430 ÷ 472 = 272,982.72; (125,400 − 4,200 +
    272,982.72) ÷ 430 = 394,182.72 ÷ 430 = 916.70 (was 961.10). LTV 25,500 × 9% × 1.2496 =
    2,867.83 (unchanged): 2,867.83 ÷ 916.70 = 3.13× (was 2.98×), over the 3× rule, so BA201
    no longer warns on the cash figure."""
    report = _report(DEALER)
    economics = report.economics
    assert Decimal(str(economics.cac.value)) == Decimal("900.52")
    assert Decimal(str(economics.non_referral_cac.value)) == Decimal("916.70")
    assert "the repeat buyers' share, 48 of 520 sold" in economics.cac.basis
    assert "$20,953.85" in economics.cac.basis
    [finding] = findings_by_subject(report, "BA201").values()
    assert finding.severity == "info"
    assert "owner's marketing and sales time" in finding_words(finding)


def test_bk5_no_repeat_buyers_listed_nothing_shared() -> None:
    """Without the repeat source, customers.new 520 all new: (125,400 + 320,600) ÷ 520 =
    446,000 ÷ 520 = 857.69, all the commissions counted."""
    report = _report(DEALER, "    repeat customers: 48\n", "    trade-in appraisal event: 48\n")
    assert Decimal(str(report.economics.cac.value)) == Decimal("857.69")
    assert "repeat buyers' share" not in report.economics.cac.basis


def test_bk14_dealer_banner_asks_where_the_rule_is_one_states() -> None:
    report = _report(DEALER)
    assert "have that checked first" in report.verdict
    assert "stop that first" not in report.verdict
    [finding] = findings_by_subject(report, "BA114").values()
    assert finding.severity == "warning"  # the finding stands, as its words say
    assert "check yours" in finding_words(finding)
    assert report.score == 79  # 79 at most beside BA114 (unchanged)


def test_bk7_account_managers_commissions_are_selling_shared() -> None:
    """Served about 9,600,000 ÷ 160,000 = 60; the new clients' share of the commissions
    96,000 × 38 ÷ 60 = 60,800. Sales 19,800 + 60,800 = 80,600; CAC (31,500 + 80,600) ÷ 38 =
    112,100 ÷ 38 = 2,950 (was 51,300 ÷ 38 = 1,350). LTV ÷ CAC 118,978.17 ÷ 2,950 = 40.3×
    (was 88.1×). The reviewer's range, $3,876 (all the commissions) to $8,350 (all the
    account managers' pay), counts the existing accounts' share too."""
    report = _report(STAFFING)
    rows = {a.name: a for a in report.activities}
    assert rows["6030 Account Manager commissions (on GP)"].category == "sales"
    assert rows["6020 Account Manager salaries"].category == "operations"
    assert Decimal(str(report.economics.cac.value)) == Decimal("2950")
    outbound = [c for c in report.channels if c.name.startswith("Outbound")]
    assert outbound
    assert outbound[0].cac is None  # not priced on its data tools alone
    [keeping] = findings_by_subject(report, "BA104").values()
    assert keeping.severity == "info"
