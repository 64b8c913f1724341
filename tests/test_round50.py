"""Findings of the fiftieth review round (2026-12-06) mended in the rules BA101, BA111, BA116
and BA128, the channel table and the verdict's words. Each expected figure is worked by hand
in the test's docstring."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from bizaudit.core.financing import held_not_spent, offsets_deductible
from bizaudit.render.html.view import money_at_stake

from .conftest import RunCli, WriteProfile
from .test_round47 import _json
from .test_rules import _report


def _lines(
    name: str, industry: str, lines: dict[str, int], revenue: int = 1000000
) -> dict[str, Any]:
    """A business named ``name`` with ``lines`` beside $60,000 of rent."""
    return {
        "business": {"name": name, "industry": industry},
        "revenue": revenue,
        "activities": [
            *({"name": line, "spend": spend} for line, spend in lines.items()),
            {"name": "Rent", "spend": 60000},
        ],
    }


def test_a_deductible_covered_or_waived_gets_the_deductible_law() -> None:
    """K5: Tex. Bus. & Com. Code §27.02 forbids paying, waiving or absorbing a deductible, or
    a rebate or credit that offsets it. "We cover your deductible - roof credit up to $2,500"
    ($120,000) and "Deductible covered" had been read as a discount with no law, while "We pay
    your deductible" got it; an auto glass shop's "Deductible waived on insurance jobs", read
    as contra-revenue (a value never billed), had got none either. Near names that are the
    business's own deductible, or a cover letter, stay out."""
    for name in (
        "We cover your deductible - roof credit up to $2,500",
        "Deductible covered",
        "Deductible covered - roof credit",
        "$500 credit toward your deductible",
        "We pay your deductible",
    ):
        assert offsets_deductible(name), name
    for name in (
        "Insurance deductible - van accident",
        "Deductible covered by our policy",
        "Cover letters",
        "Deductible buy-down",
        "Escrow fees",
    ):
        assert not offsets_deductible(name), name
    roofer = _lines(
        "Summit Roofing",
        "home-services",
        {
            "We cover your deductible - roof credit up to $2,500": 120000,
            "Deductible covered": 10000,
        },
    )
    found = [f for f in _report(roofer).findings if f.rule == "BA116"]
    assert len(found) == 2
    assert all("§27.02" in f.message for f in found)
    assert all(f.advice.startswith("stop it where a customer's job") for f in found)
    glass = _lines(
        "ClearView Auto Glass", "auto-repair", {"Deductible waived on insurance jobs": 10000}
    )
    [waived] = [f for f in _report(glass).findings if f.rule == "BA116"]
    assert "Penal Code §551(b)" in waived.message
    assert waived.advice.startswith("stop it")


def test_the_html_titles_a_deductible_offset_by_what_it_is(
    run_cli: RunCli, write_profile: WriteProfile, tmp_path: Path
) -> None:
    """K5: the HTML had titled the finding "financing-line $120,000 listed as spent, not surely
    a cost of the period"; a deductible credit is no financing line. The $120,000 is the line
    as listed; a loan's principal keeps its title."""
    roofer = _lines(
        "Summit Roofing",
        "home-services",
        {"We cover your deductible - roof credit up to $2,500": 120000, "Loan principal": 30000},
    )
    report = _report(roofer)
    stakes = {f.subject: money_at_stake(f, report) for f in report.findings if f.rule == "BA116"}
    assert stakes["We cover your deductible - roof credit up to $2,500"] == (
        Decimal(120000),
        "offsetting customers' insurance deductibles",
    )
    assert stakes["Loan principal"] == (
        Decimal(30000),
        "listed as spent, not surely a cost of the period",
    )
    page = tmp_path / "roof.html"
    run_cli("check", write_profile(json.dumps(roofer | {"version": 1})), "-o", str(page))
    text = page.read_text()
    assert (
        '<span class="muted">deductible offset</span> <span class="stake">$120,000 offsetting'
        in text
    )
    assert '<span class="muted">financing-line</span> <span class="stake">$30,000' in text


def test_clients_savings_in_a_dedicated_account_are_no_cost() -> None:
    """K7: a debt settlement client's savings in a dedicated account are the client's (16 CFR
    §310.4(a)(5)(ii)(A)-(B)): neither revenue nor cost. Costs as listed: 2,000,000 deposits +
    300,000 negotiators + 10,000 escrow fees + 5,000 trust account bank fees + 60,000 rent =
    2,375,000 on 1,000,000, a loss; without the deposits 375,000, an operating profit of
    1,000,000 - 375,000 = 625,000 (62.5%). The firm's own escrow and bank fees stay costs."""
    for name in (
        "2100 Client dedicated acct deposits",
        "Client escrow deposits (dedicated accounts)",
        "Deposits to dedicated accounts",
    ):
        assert held_not_spent(name) == "in trust", name
    for name in (
        "Escrow fees",
        "Trust account bank fees",
        "Dedicated account manager",
        "Dedicated account provider fees (Global Holdings)",
        "Client escrow fees",
    ):
        assert held_not_spent(name) is None, name
    firm = _lines(
        "Freedom Path Debt Relief",
        "b2c-services",
        {
            "Client escrow deposits (dedicated accounts)": 2000000,
            "Negotiator salaries": 300000,
            "Escrow fees": 10000,
            "Trust account bank fees": 5000,
        },
    )
    report = _report(firm)
    [ba111] = [f for f in report.findings if f.rule == "BA111"]
    assert ba111.severity == "info"
    assert "operating profit of $625,000 (62.5% of revenue)" in ba111.message
    moved = {f.subject for f in report.findings if f.rule == "BA116"}
    assert moved == {"Client escrow deposits (dedicated accounts)"}


def _carrier() -> dict[str, Any]:
    """A 3-truck carrier declaring only its sector (b2b-services), as the review's
    truck-healthy.yaml: no marketing line, two load-board subscriptions read as sales."""
    return {
        "business": {"name": "Prairie Line Trucking LLC", "industry": "b2b-services"},
        "revenue": 780000,
        "activities": [
            {"name": "DAT load board subscription", "spend": 2400},
            {"name": "Truckstop load board", "spend": 1800},
            {"name": "Driver pay (per mile)", "spend": 200000},
            {"name": "Fuel", "spend": 190000},
            {"name": "Repairs and tires", "spend": 60000},
        ],
        "customers": {
            "new": 25,
            "sources": {"load board": 15, "broker": 6, "direct shipper": 4},
            "average_revenue": 31000,
            "gross_margin": "20%",
            "retention_rate": "60%",
        },
        "owner_hours": {"delivery": 50, "marketing": 1, "sales": 5, "admin": 10},
    }


def test_a_sector_only_carrier_is_not_said_to_win_customers_by_referral(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """K9: held to its sector's published figure (The CMO Survey's 9%, an average of mostly
    large companies, no floor), BA101 warns (I11 of the forty-first round) and the score's
    lowest band said "new customers arrive by referral or by chance" with 0 of 25 customers
    from referrals. The band under an average says what the finding does; the plain lowest
    band keeps its words (A10 of the forty-seventh round)."""
    from bizaudit.explain.score import VERDICTS, verdict

    # its load boards used without a subscription: since the round's vocabulary read its
    # drivers' pay as cost of sales and priced the load boards' channel, the profile with its
    # subscriptions scores 44, in the band above, which says no referral either
    carrier = _carrier() | {"version": 1}
    carrier["activities"] = carrier["activities"][2:]
    report = _json(run_cli, write_profile, json.dumps(carrier))
    [ba101] = [f for f in report["findings"] if f["rule"] == "BA101"]
    assert ba101["severity"] == "warning"
    assert "9%" in ba101["message"]
    assert report["score"] < 40
    assert "referral" not in report["verdict"]
    assert report["verdict"].startswith("Critical: less goes into getting and keeping customers")
    assert "by referral or by chance" in verdict(30)
    assert verdict(30) == VERDICTS[-1][1]


def test_load_board_subscriptions_price_the_load_board_channel() -> None:
    """K11: the two load-board subscriptions, read as sales, were in the CAC ($4,200 ÷ 25 =
    $168) while the channel table showed "load board $0 15 $0". Joined to the source that
    names them: 2,400 + 1,800 = 4,200 ÷ 15 = $280 a customer. The blended CAC is unchanged,
    and the sources no selling line names (broker, direct shipper) keep $0."""
    report = _report(_carrier())
    channels = {c.name: c for c in report.channels}
    # the round's vocabulary names the channel ("Load boards (DAT, Truckstop, 123Loadboard)")
    [board] = [c for c in report.channels if "load board" in c.name.lower()]
    assert board.spend == Decimal(4200)
    assert board.customers == 15
    assert board.cac == Decimal(280)
    assert channels["broker"].spend == 0
    assert report.economics.cac.value == Decimal(168)


def test_a_selling_line_that_names_an_unread_source_prices_its_channel() -> None:
    """K11's join, with words no vocabulary knows: a grain hauler's "Grain elevator sales
    calls" ($2,400, read as sales by 'sales calls') and 15 customers from "grain elevator"
    (unread). The line holds both of the source's words, so it buys that source's customers:
    2,400 ÷ 15 = $160 each, where the table had shown the source at $0 beside a CAC that
    counted the line. A one-word source is not joined so (too loose)."""
    case = _carrier()
    case["activities"][:2] = [
        {"name": "Grain elevator sales calls", "spend": 2400},
        {"name": "Owner salary", "spend": 50000},
    ]
    case["customers"]["sources"] = {"grain elevator": 15, "broker": 6, "direct shipper": 4}
    channels = {c.name: c for c in _report(case).channels}
    elevator = channels["grain elevator"]
    assert (elevator.spend, elevator.customers, elevator.cac) == (Decimal(2400), 15, Decimal(160))
    assert channels["broker"].spend == 0


def test_the_lowest_band_names_no_referral_where_none_came_by_referral(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """K9's rest: under an industry's minimum (here staffing's, the freight broker's nearest),
    the lowest band said "new customers arrive by referral or by chance" of a carrier whose 25
    customers came from load boards (15), brokers (6) and shippers' calls (4), none by
    referral (0 of 25 = 0%). It now says "by chance" alone; with one referral among them, or
    with no sources named, the band keeps its words."""
    from bizaudit.explain.score import CRITICAL_NO_REFERRALS, VERDICTS, verdict

    carrier = _carrier() | {"version": 1}
    carrier["activities"] = carrier["activities"][2:]
    carrier["business"]["industry"] = "staffing"
    report = _json(run_cli, write_profile, json.dumps(carrier))
    assert report["score"] < 40
    assert report["verdict"] == CRITICAL_NO_REFERRALS
    assert "referral" not in report["verdict"]
    assert verdict(21, no_referrals=False) == VERDICTS[3][1]
    assert verdict(21, no_referrals=True) == CRITICAL_NO_REFERRALS
    # a band above the lowest is not changed
    assert verdict(45, no_referrals=True) == VERDICTS[2][1]


def test_a_sector_average_is_not_called_what_the_trade_spends(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """B9 of the round's re-review: the carrier declaring only `b2b-services` read "Weak: less
    goes into getting and keeping customers than the trade spends", held to The CMO Survey's
    9%, a sector's average of mostly large companies that no trade's source gives. The band
    now names the sector's average; a trade's own average (consulting's) keeps "the trade"."""
    from bizaudit.explain.score import UNDER_AVERAGE, UNDER_SECTOR_AVERAGE, verdict

    report = _json(run_cli, write_profile, json.dumps(_carrier() | {"version": 1}))
    assert 40 <= report["score"] < 60
    assert report["verdict"] == UNDER_SECTOR_AVERAGE[2][1]
    assert "its sector's average" in report["verdict"]
    under = partial(verdict, under_minimum=True, under_average=True)
    assert under(45) == UNDER_AVERAGE[2][1]
    assert under(45, sector_average=True) == UNDER_SECTOR_AVERAGE[2][1]
    assert under(30, sector_average=True) == UNDER_SECTOR_AVERAGE[3][1]


def test_a_glass_shops_spiffs_to_dealers_buy_the_dealers_customers(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """B6 of the round's re-review: a glass shop's "Dealer service manager spiffs ($20 per
    windshield)" ($12,000) read as its own sales pay, so BA201 charged their share to the 100
    Google customers whose cost is listed: ($6,000 + $12,000 × 1,200/1,650) ÷ 100 = $147.27,
    $219.13 ÷ $147.27 = 1.49×, "customers cost too much". The spiffs buy the 350 customers the
    dealers send, as a repair shop's tow spiffs buy its tow-ins: marketing/acquire, with the
    referrals they pay for. Spiffs to another business's staff who send its customers' work are
    what BA121 asks about (commercial bribery, unless the dealer knows: W1 of the round's
    second re-review), so the referrals they buy are not counted as paid for: by hand, the CAC
    without referrals is ($6,000 + $12,000 − $12,000 spent on referrals) ÷ 1,200 = $5, and no
    BA201. The shop's own service advisors' spiffs stay its sales pay; "Dealer service manager
    salary" is not read with confidence as buying referrals (W4)."""
    from .conftest import ACQUIRE, SELLING, answer_in

    assert answer_in("auto-repair", "Dealer service manager spiffs ($20 per windshield)") == (
        ACQUIRE
    )
    assert answer_in("auto-repair", "Dealer spiffs") == ACQUIRE
    assert answer_in("auto-repair", "Service advisor spiffs") == SELLING
    shop = {
        "version": 1,
        "business": {"name": "Route 9 Auto Glass", "industry": "auto-repair", "period": "2026"},
        "revenue": 800000,
        "activities": [
            {"name": "Google Ads", "spend": 6000},
            {"name": "Dealer service manager spiffs ($20 per windshield)", "spend": 12000},
            {"name": "Windshields", "spend": 260000},
            {"name": "Technicians", "spend": 180000},
            {"name": "Rent", "spend": 30000},
        ],
        "customers": {
            "new": 1650,
            "sources": {
                "claims administrator": 1100, "dealer": 350, "google ads": 100, "referral": 100,
            },
            "average_revenue": 480,
            "gross_margin": "42%",
            "retention_rate": "8%",
        },
    }  # fmt: skip
    report = _json(run_cli, write_profile, json.dumps(shop))
    assert "BA201" not in {f["rule"] for f in report["findings"]}
    assert report["economics"]["non_referral_cac"]["value"] == "5"
    [bribe] = [f for f in report["findings"] if f["rule"] == "BA121"]
    assert "Dealer service manager spiffs" in bribe["message"]
    assert "Cal. Penal Code §641.3" in bribe["message"]
    from .conftest import read_in

    assert read_in("auto-repair", "Dealer service manager salary").confidence != "high"
    assert "cost too much" not in report["verdict"]


def test_the_second_re_reviews_near_names_stay_silent() -> None:
    """W2, W3 and W5 of the round's second re-review (2026-12-06):

    - W2: a business whose name holds "debt" is read as a seller of debt relief only where the
      name says what it sells for debt (relief, settlement, resolution, consolidation ...): "First
      Community Debt Bank", "Debt Capital Advisors" and "Northstar Debt Buyers" had been told
      their fees before settlement were forbidden (16 CFR §310.4(a)(5)).
    - W3: an agency's media bought for clients, under an account it calls advertising
      ("Advertising:Client media", "Advertising - client spend passed through"), stays cost of
      sales; a school's own ad ("Ads - 'Guaranteed pass on your first road test'") stays its ad.
    - W5: a credit from the business's own insurer ("Deductible credit from our GL carrier") is
      no customer's deductible offset; "Deductible credit on insurance roofs" still is."""
    from bizaudit.core.debt_relief import sells_debt_relief

    from .conftest import ACQUIRE, COST, answer_in

    for name in ("First Community Debt Bank", "Debt Capital Advisors", "Northstar Debt Buyers"):
        assert not sells_debt_relief(name), name
    for name in ("Freedom Debt Relief", "National Debt Settlement", "ClearPath Debt Solutions"):
        assert sells_debt_relief(name), name
    assert answer_in("agency", "Advertising:Client media") == COST
    assert answer_in("agency", "Advertising - client spend passed through") == COST
    assert answer_in("coaching", "Ads - 'Guaranteed pass on your first road test'") == ACQUIRE
    assert not offsets_deductible("Deductible credit from our GL carrier")
    assert not offsets_deductible("Deductible paid on our GL claim")
    assert offsets_deductible("Deductible credit on insurance roofs")


def test_a_marketers_bonus_per_fill_is_pay_per_prescription() -> None:
    """B7's rest (the round's re-review): a compounding pharmacy's "Rx marketer bonus per fill"
    was unread, though "1099 marketers - $50 per script" got BA114: a fill is a prescription
    filled, and a marketer paid for each is paid per prescription (42 CFR §1001.952(d)(1)(iv),
    (i)). The business's own W-2 marketer, a technician's bonus per fill and a delivery
    driver's pay per oxygen fill are not read so."""
    from bizaudit.core.metrics import pays_per_order

    assert pays_per_order("Rx marketer bonus per fill")
    assert not pays_per_order("Marketer bonus per fill (W-2 employee)")
    assert not pays_per_order("Pharmacy technician bonus per fill")
    assert not pays_per_order("Oxygen delivery driver $5 per fill")
