"""The fifty-eighth review round, part s (2026-12-07): AZ2, a marketplace's commissions taken
off twice. A DTC skincare brand (tests/fixtures/review58s/dtc.yaml, a CFO's profile) states a
52% gross margin that is after Amazon's commissions, and the commissions were added to what a
customer cost as well: 3.2× read 2.4×, BA201 and BA110 warned and the score was capped at 79.

The books, by hand: gross revenue $1,850,000; taken out of it $205,000 (Amazon referral fees
$124,000, refunds $37,000, discounts $44,000), net $1,645,000; cost of sales $380,000 +
$74,000 + $128,000 + $96,000 = $678,000. Margins after the commissions: (1,645,000 − 678,000)
÷ 1,850,000 = 967,000 ÷ 1,850,000 = 52.27%, and 967,000 ÷ 1,645,000 = 58.78% of net revenue.
Before them: (967,000 + 124,000) ÷ 1,850,000 = 1,091,000 ÷ 1,850,000 = 58.97%, 1,091,000 ÷
1,769,000 = 61.67%, and (1,850,000 − 678,000) ÷ 1,850,000 = 63.35%."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.metrics import commissions_netted

from .test_rules import _facts, _report

_DTC = Path(__file__).parent / "fixtures" / "review58s" / "dtc.yaml"


def _dtc(margin: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(_DTC.read_text())
    data.pop("version")
    if margin is not None:
        data["customers"]["gross_margin"] = margin
    return data


def test_az2_a_margin_after_the_commissions_does_not_count_them_again() -> None:
    """Stated 52%: 0.27 points from 52.27% (after), 6.97 from 58.97% (before), nearer after
    by 6.7 > 2 points and within 10: after them. LTV $68 × 52% × (1 − 0.34^5) ÷ 0.66 =
    $35.36 × 1.50827 = $53.33; CAC excluding referrals $409,400 ÷ 24,300 = $16.85, 3.2× (3×
    or more) and a payback of 16.85 ÷ (68 × 0.52 ÷ 12 = 2.9467) = 5.7 months, within 12: no
    BA201 warning, no BA110, no cap at 79. The bases say the $124,000 is in the margin
    already, with 52.3% after and 59% before; no "with them" figure is left."""
    netted = commissions_netted(_facts(_dtc()))
    assert netted is not None
    assert netted.netted == "after"
    report = _report(_dtc())
    assert report.economics is not None
    judged = report.economics.ltv_to_non_referral_cac.basis
    assert judged == (
        "$53.33 LTV ÷ $16.85 CAC excluding referrals; $124,000 of commissions to Amazon on "
        "these customers, taken out of revenue, are in the stated 52% margin already (the "
        "listed costs give 52.3% after them, 59% before): not counted again here"
    )
    for basis in (report.economics.cac.basis, report.economics.payback_months.basis):
        assert "are in the stated 52% margin already: not counted again here" in basis
        assert "with them" not in basis
        assert "with the $124,000" not in basis
    assert report.economics.ltv_to_cac_with_commissions is None
    assert not [f for f in report.findings if f.rule == "BA110"]
    assert [f.severity for f in report.findings if f.rule == "BA201"] in ([], ["info"])
    assert report.score > 79


def test_az2_where_the_books_cannot_tell_the_worse_figure_says_so() -> None:
    """Stated 57%: nearest after 58.78% (1.78 points), nearest before 58.97% (1.97 points):
    0.19 apart, under 2, so it cannot be told. The figure with the commissions is still
    judged and says so: LTV $68 × 57% × 1.50827 = $58.46; with them $16.85 + 124,000 ÷
    24,300 ($5.10) = $21.95 a customer, 58.46 ÷ 21.95 = 2.7×, under 3×: BA201 warns, with
    "only if the stated 57% margin is before them, which the listed costs cannot tell: 58.8%
    after them, 59% before"."""
    netted = commissions_netted(_facts(_dtc("57%")))
    assert netted is not None
    assert netted.netted == "unknown"
    report = _report(_dtc("57%"))
    (ba201,) = [f for f in report.findings if f.rule == "BA201"]
    message = " ".join(ba201.message.split())
    assert "with them, 2.7×, under the rule of thumb of at least 3×" in message
    assert (
        "and only if the stated 57% margin is before them, which the listed costs cannot "
        "tell: 58.8% after them, 59% before)"
    ) in message


def test_az2_a_margin_before_the_commissions_still_counts_them() -> None:
    """Stated 63%: 0.35 points from 63.35% (before), 4.22 from 58.78% (after): before them.
    LTV $68 × 63% × 1.50827 = $64.61, 3.8× without; with them 64.61 ÷ 21.95 = 2.9×: BA201
    warns as before, and says nothing of the books not telling."""
    netted = commissions_netted(_facts(_dtc("63%")))
    assert netted is not None
    assert netted.netted == "before"
    report = _report(_dtc("63%"))
    (ba201,) = [f for f in report.findings if f.rule == "BA201"]
    message = " ".join(ba201.message.split())
    assert "with them, 2.9×" in message
    assert "cannot tell" not in message


def test_az2_no_cost_of_sales_listed_cannot_tell() -> None:
    """Near case: the same brand with its four cost-of-sales lines dropped lists no cost of
    sales, so no margin of the books to read the stated 52% against: unknown, never
    'after'."""
    data = _dtc()
    data["activities"] = [a for a in data["activities"] if "COGS" not in a["name"]]
    netted = commissions_netted(_facts(data))
    assert netted is not None
    assert netted.netted == "unknown"
    assert netted.after is None
    assert netted.before is None
