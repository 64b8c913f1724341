"""The sixty-third round's review, part u (2026-12-08): a fractional CFO's BK1, BK2, BK9 and
BK12 on Hartley & Sons Plumbing and Heating Ltd (a UK company, GBP) and Ridgeline Pre-Owned
Auto (a US used-car dealer). The reviewer's profiles are tests/fixtures/review63u/plumbing.yaml
and dealer.yaml.

BK1. "Directors' dividends" (£60,000) was read as an operating cost by 'dividend', but not as a
draw: BA116's draw pattern knew a dividend only first on the line ("Dividends", "Dividend to
shareholders") or "dividends paid". (The reviewer put it down to the owner-pay pattern in
core/owner_pay.py; it was core.financing's draw pattern: `movement("Directors' dividends",
"dividend")` was None, `movement("Dividends", "dividend")` "draw".) The operating profit, by
hand: revenue £1,180,000, the listed costs £1,146,300, so £33,700 (2.9%) with the dividends and
£33,700 + £60,000 = £93,700 (93,700 ÷ 1,180,000 = 7.94%) without them. Before: BA115 (2.9%,
under 5%), a score cap of 79, BA101 told not to add marketing. After: BA116 names the line
with both figures, no BA115, no cap, and BA101 asks for 5% × £1,180,000 = £59,000, £59,000 −
£48,800 = £10,200 more, the profit without the lines BA116 names £93,700 → £83,500."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.financing import movement
from bizaudit.model.report import ProfileReport

from .conftest import finding_words, read_in, report_of

_HERE = Path(__file__).parent / "fixtures" / "review63u"
_PLUMBING = _HERE / "plumbing.yaml"
_DEALER = _HERE / "dealer.yaml"


def _plumbing() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(_PLUMBING.read_text(encoding="utf-8"))
    return data


def _renamed(old: str, new: str) -> dict[str, Any]:
    data = _plumbing()
    [line] = [a for a in data["activities"] if a["name"] == old]
    line["name"] = new
    return data


def _rules(report: ProfileReport) -> list[str]:
    return [f.rule for f in report.findings]


# BK1: a company's dividends named for its directors are profit distributed, not a cost -------


def test_bk1_directors_dividends_are_a_draw_as_dividends_are() -> None:
    """The draw pattern reads a dividend named for those it is paid to, and a plural's
    apostrophe before a draw; not a dividend to referring physicians, which BA114 reads."""
    for name in (
        "Directors' dividends",  # the reviewer's line: None before
        "Directors dividends",  # None before
        "Director's dividends",  # None before
        "Shareholder dividends",  # None before
        "Dividends",  # a draw before too
        "Dividends - directors",  # a draw before too
    ):
        assert movement(name, "dividend") == "draw", name
    for name in ("Partners' drawings", "Owners' draws"):  # None before: the apostrophe
        assert movement(name, "drawings") == "draw", name
    assert movement("Physician dividends", "dividend") is None
    assert movement("Directors' salaries", "salary") is None


def test_bk1_ba116_names_the_dividends_with_both_margins() -> None:
    """BA116 on the line (55): £33,700 (2.9%) with it; 33,700 + 60,000 = £93,700, 93,700 ÷ 1,180,000
    = 7.9% without it (before: no BA116)."""
    report = report_of(_plumbing())
    [ba116] = [f for f in report.findings if f.rule == "BA116"]
    words = finding_words(ba116)
    assert "'Directors' dividends' (£60,000) looks like profit the owner takes out" in words
    assert "£33,700 (2.9% of revenue) with it, £93,700 (7.9%) without it" in words
    assert ba116.subject == "Directors' dividends"


def test_bk1_no_thin_margin_no_cap_and_ba101_asks_for_the_budget() -> None:
    """Before: BA115 (2.9% under 5%), the score at most 79 and BA101 "rather than adding
    £10,200, move money". After: no BA115, no cap, BA101 asks for 5% × 1,180,000 = £59,000,
    59,000 − 48,800 = £10,200 more, £93,700 − £10,200 = £83,500 left."""
    report = report_of(_plumbing())
    assert "BA115" not in _rules(report)
    assert not any("BA115" in cap.reason for cap in report.score_caps)
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    words = finding_words(ba101)
    assert "budget at least £59,000 a period" in words
    assert "£10,200 more" in words
    assert "£93,700 → £83,500" in words
    assert "rather than adding" not in words


def test_bk1_the_name_given_does_not_change_the_verdict() -> None:
    """The reviewer's check: "Dividends" and "Directors' dividends" give the same report
    (score, findings and BA101's words), and the salaries stay a cost (BA118 not asked)."""
    named = report_of(_plumbing())
    plain = report_of(_renamed("Directors' dividends", "Dividends"))
    assert named.score == plain.score
    assert _rules(named) == _rules(plain)
    assert "BA118" not in _rules(named)
    assert named.profit.operating_profit == Decimal(33_700)  # 1,180,000 − 1,146,300


# BK2: Checkatrade's membership is a channel of its own, not pooled with pay-per-lead sites ---


def _channels(data: dict[str, Any]) -> dict[str, Any]:
    return {c.name: c for c in report_of(data).channels}


def test_bk2_checkatrade_and_the_lead_sites_are_priced_apart() -> None:
    """Before: one channel "Other trade lead marketplaces (Porch, Networx, Houzz, Bark,
    Checkatrade)", (7,200 + 5,400) ÷ (150 + 30) = 12,600 ÷ 180 = £70. After: Checkatrade
    7,200 ÷ 150 = £48, the lead sites 5,400 ÷ 30 = £180, as Google LSA 21,600 ÷ 120 = £180."""
    channels = _channels(_plumbing())
    checkatrade = channels["Checkatrade"]
    assert (checkatrade.spend, checkatrade.customers) == (Decimal(7_200), 150)
    assert checkatrade.cac == Decimal(48)  # 7,200 ÷ 150
    [sites] = [c for c in channels.values() if c.name.startswith("Other trade lead")]
    assert "Checkatrade" not in sites.name
    assert "MyBuilder" in sites.name  # a UK trade's own sites in the label
    assert (sites.spend, sites.customers) == (Decimal(5_400), 30)
    assert sites.cac == Decimal(180)  # 5,400 ÷ 30
    assert channels["Google Local Services Ads"].cac == Decimal(180)  # 21,600 ÷ 120


def test_bk2_plan_keeps_todays_split_and_leaves_the_membership_alone() -> None:
    """Before: £6,480 (30% of LSA's £21,600) moved into the pooled £70 channel, "580 → 602".
    After: LSA and the lead sites cost £180 a customer each, so on the curve c × (S ÷ s)^0.5
    their next customers cost the same, 2 × 180 (the derivative of c × (S ÷ s)^0.5 at S = s
    is c ÷ 2s, a customer at 2 × s ÷ c): no move, 580 customers; Checkatrade is left alone
    as a fixed fee."""
    from bizaudit.core.plan import plan

    from .test_rules import _facts

    facts = _facts(_plumbing())
    made = plan(facts.by_channel, ltv=facts.economics.ltv.value)
    assert made.moves == []
    assert made.current_customers == 580  # 150 + 120 + 95 + 140 + 30 + 45; 60 repeat left out
    by_name = {a.name: a for a in made.channels}
    why = by_name["Checkatrade"].left_alone
    assert why is not None
    assert why.per_result is not None
    assert why.per_result.why == "fixed-fee"
    assert by_name["Google Local Services Ads"].planned == Decimal(21_600)


def test_bk2_a_checkatrade_line_priced_per_lead_is_per_result() -> None:
    """Checkatrade's pay-per-lead membership: the line's words say it is a price per lead, so
    `plan` leaves it alone as per result, not as a fixed fee."""
    from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS, left_alone

    from .test_rules import _facts

    data = _renamed("Checkatrade membership", "Checkatrade - pay per lead")
    [channel] = [c for c in _facts(data).by_channel if c.name == "Checkatrade"]
    why = left_alone(channel, DEFAULT_MIN_CUSTOMERS)
    assert why is not None
    assert why.per_result is not None
    assert why.per_result.why == "per-result-fees"


# BK12: a dealer's recon, detail and inbound transport, and a UK firm's engineers, are direct ---


def test_bk12_the_dealers_costs_of_bringing_a_car_to_sale() -> None:
    """Before: three BA106 warnings and $146,000 + $41,600 + $62,400 = $250,000 of unknown
    overhead. After: cost of sales; near names that are not move nowhere."""
    for name in (
        "5110 Recon labor - internal shop",
        "5120 Detail / Pack",
        "5210 Transport - inbound units",
        "Vehicle transport",  # 'vehicle', the dealer's own car, before
    ):
        assert read_in("auto-dealer", name).category == "cost-of-sales", name
    assert read_in("auto-dealer", "Bank recon").category == "operations"
    assert read_in("auto-dealer", "Service vehicle purchase (shop truck)").category == (
        "operations"
    )
    assert read_in(None, "Recon labor").category != "cost-of-sales"  # the dealer's word only


def test_bk12_the_dealers_report_has_one_ba106_and_250000_more_cost_of_sales() -> None:
    """BA106 4 → 1 (the DMS alone); cost of sales $12,496,000 + $250,000 = $12,746,000."""
    report = report_of(yaml.safe_load(_DEALER.read_text(encoding="utf-8")))
    unread = [f.subject for f in report.findings if f.rule == "BA106"]
    assert unread == ["6310 DMS - DealerCenter"]
    # lines 9 to 21: 10,900,000 + 1,050,000 + 312,000 + 146,000 + 41,600 + 98,000 + 62,400
    # = 12,610,000; with the F&I manager's 118,000 and vAuto's 18,000 (read so before too):
    # 12,610,000 + 118,000 + 18,000 = 12,746,000 (12,496,000 before, without the 250,000)
    assert report.spend["cost-of-sales"] == Decimal(12_746_000)


def test_bk12_engineers_wages_are_job_labour_in_home_services() -> None:
    """ "Engineers' wages" £246,000: operations → cost of sales, so cost of sales £510,000 +
    £246,000 = £756,000, listed margin (1,180,000 − 756,000) ÷ 1,180,000 = 35.9%, within
    BA117's 10 points of the stated 45% (it had said 56.8% and asked to move the wages)."""
    assert read_in("home-services", "Engineers' wages").category == "cost-of-sales"
    assert read_in("home-services", "Heating engineers wages").category == "cost-of-sales"
    assert read_in("home-services", "Engineer van fuel").category == "operations"
    assert read_in("home-services", "Sales engineer wages").category == "sales"
    assert read_in("saas", "Engineers' wages").category == "innovation"
    report = report_of(_plumbing())
    assert report.spend["cost-of-sales"] == Decimal(756_000)  # 392,000 + 118,000 + 246,000
    assert "BA117" not in _rules(report)


# BK9: the van's signwriting is the channel its "van signs" customers came through ----------


def test_bk9_signwriting_joins_the_vehicle_wraps_channel() -> None:
    """Before: "Vehicle wraps" £0 with 45 customers and "Van signwriting" £3,200 with none,
    and BA207 saying no spend was listed. After: one channel, £3,200 ÷ 45 = £71.11 a customer,
    no BA207, and its note that a one-off's CAC charges this period with its whole price."""
    data = _plumbing()
    channels = _channels(data)
    assert "Van signwriting" not in channels
    wraps = channels["Vehicle wraps"]
    assert (wraps.spend, wraps.customers) == (Decimal(3_200), 45)
    assert wraps.cac is not None
    assert wraps.cac.quantize(Decimal("0.01")) == Decimal("71.11")  # 3,200 ÷ 45 = 71.111
    assert "BA207" not in _rules(report_of(data))


def test_bk9_plan_leaves_the_one_off_alone() -> None:
    """The signwriting is bought once (recurring: false): `plan` leaves the channel alone as a
    one-off, and now names it once, not as two channels."""
    from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS, left_alone

    from .test_rules import _facts

    [wraps] = [c for c in _facts(_plumbing()).by_channel if c.name == "Vehicle wraps"]
    why = left_alone(wraps, DEFAULT_MIN_CUSTOMERS)
    assert why is not None
    assert why.why == "one-off"


def test_bk9_a_shops_signwriting_is_no_vehicles() -> None:
    """Only a van's, truck's or fleet's signwriting joins the channel: a shopfront's does not."""
    data = _plumbing()
    data["activities"].append({"name": "Shopfront signwriting", "spend": 900})
    channels = _channels(data)
    assert channels["Vehicle wraps"].spend == Decimal(3_200)  # the van's alone
