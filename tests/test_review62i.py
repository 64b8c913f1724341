"""The sixty-second round, part i (2026-12-07): the score's marketing part where the range is
only a reference, and the key referral figure with paid referrals.

1. BH3 made BA101 a warning for "Northern Leaf Cannabis Co. (Ottawa)", kept in Canadian
dollars, saying mg Magazine's US 3% is "a reference here, not a floor" and asking no budget;
the score still held the share against that 3% as a minimum: (0.848 ÷ 3)² × 30 = 2.4 of 30
points, 62 in all. The part is now not scored under a range BA101 calls only a reference
(``core.shares.reference_here``, asked by both), neither as a gap nor as full marks, as where
contracts set the rates (AN4 of the fifty-first round); its basis line says what it was judged
against and why. A range from US sources read abroad with no such words (a store kept in
pounds) is still the minimum BA101 gives a gap to, and the part is still judged on it.

2. See the second half of this file.

Every expected figure is worked out by hand in the docstrings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bizaudit.model.report import ProfileReport

from .conftest import finding_words, report_of
from .test_review62e import _report, _store

#: The CAD store's own marketing, in money, as BA101 holds it: $60,200 of marketing less the
#: $33,800 BA120 warns about (Google Ads 9,000 + billboard 18,000 + free pre-roll 6,800), of
#: $3,112,000 net revenue (3,150,000 − 38,000 of loyalty points redeemed)
_OWN_CAD = Decimal(60200 - 33800) / Decimal(3112000)  # 0.848%


def _parts(report: ProfileReport) -> dict[str, Any]:
    return {c.name: c for c in report.score_components}


def test_the_reference_range_is_not_scored_as_a_floor() -> None:
    """Before: 0.848% against the 3% as a minimum, (0.848 ÷ 3)² = 0.080, 2.4 of 30 points;
    2.4 + 20 + 15 + 15 + 0 + 10 = 62.4 → 62. After: the part is not scored, so the other parts
    are scaled up: (20 + 15 + 15 + 0 + 10) ÷ (20 + 15 + 15 + 10 + 10) = 60 ÷ 70 = 85.7 → 86,
    held at 79 by BA120's cap (a line advertising as the law may forbid)."""
    report = _report()
    marketing = _parts(report)["marketing investment"]
    assert marketing.earned is None
    assert round(_OWN_CAD * 100, 2) == Decimal("0.85")  # what BH3 had squared against 3%
    assert report.score == 79
    assert any("BA120" in cap.reason for cap in report.score_caps)
    others = {"customer economics": 1, "referral independence": 1, "predictable acquisition": 1}
    for name, earned in others.items():
        assert _parts(report)[name].earned == earned


def test_the_basis_says_what_it_was_judged_against_and_why() -> None:
    """The basis names the 3% as a reference from another country's sources, not a minimum,
    and gives BA101's own reason, so the finding and the score say one thing."""
    report = _report()
    basis = " ".join(_parts(report)["marketing investment"].basis.split())
    assert "against a 3% reference, from another country's sources" in basis
    assert "3% minimum" not in basis
    assert "not scored: Canada's Cannabis Act closes most of the channels" in basis
    assert "a reference here, not a floor (BA101)" in basis
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert "the range is a reference here, not a floor" in finding_words(ba101)
    assert "budget at least" not in finding_words(ba101)


def test_at_or_over_the_reference_the_part_earns_full_marks() -> None:
    """Near name: Instagram at $80,000 in place of $12,000: own marketing 26,400 + 68,000 =
    94,400, 94,400 ÷ 3,112,000 = 3.03%, over the 3%: full marks, judged against the reference;
    (30 + 60) ÷ 100 = 90, held at 79 by BA120's cap; BA101 finds nothing."""
    data = _store()
    [instagram] = [a for a in data["activities"] if a["name"] == "Instagram content creator"]
    instagram["spend"] = 80000
    report = report_of(data)
    marketing = _parts(report)["marketing investment"]
    assert marketing.earned == 1
    assert "against a 3% reference" in marketing.basis
    assert "not scored" not in marketing.basis
    assert not [f for f in report.findings if f.rule == "BA101"]


def test_a_us_store_is_still_held_to_its_own_countrys_floor() -> None:
    """Kept in dollars the range is the store's own country's: BA101 an error, and the part
    scored against the 3% minimum. In the US BA120 warns about Google Ads (9,000) and the free
    pre-roll (6,800), not the billboard: (60,200 − 15,800) ÷ 3,112,000 = 1.4267%,
    (1.4267 ÷ 3)² = 0.2262, 6.8 of 30 points."""
    report = _report("USD")
    marketing = _parts(report)["marketing investment"]
    share = Decimal(60200 - 15800) / Decimal(3112000)
    assert abs(Decimal(str(marketing.earned)) - (share / Decimal("0.03")) ** 2) < Decimal("0.0001")
    assert "against a 3% minimum" in marketing.basis
    assert [f.severity for f in report.findings if f.rule == "BA101"] == ["error"]


def test_us_sources_abroad_without_a_reference_stay_the_minimum() -> None:
    """Kept in pounds: the US rules do not apply and no words say why the range is no floor, so
    BA101 is a warning that still calls the 3% the minimum and gives the gap; the part is judged
    on it, as BA101 holds the share: (60,200 − 15,800) ÷ 3,112,000 = 1.4267%, 0.2262."""
    report = _report("GBP")
    marketing = _parts(report)["marketing investment"]
    share = Decimal(60200 - 15800) / Decimal(3112000)
    assert abs(Decimal(str(marketing.earned)) - (share / Decimal("0.03")) ** 2) < Decimal("0.0001")
    assert "against a 3% minimum" in marketing.basis
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert "under the 3% minimum" in finding_words(ba101)
    assert "the gap is £48,960" in finding_words(ba101)  # 93,360 − 44,400
