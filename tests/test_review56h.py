"""The fifty-sixth round's review (a fractional CFO's, 2026-12-07), part h: lines read wrongly.
AX3 (brand gift cards read as a marketplace's fees), AX4 (a Rule 1.5(e) fee division read two
ways, and the HTML's name for all marketing's share), AX8 (a seminar's venue and meals read as
overhead) and AX9 (a plan review letter read as online reviews, a paying community's moderator
as Facebook's ads).

Every expected figure is worked out by hand in the docstrings, from the reviewer's profiles,
copied unchanged into tests/fixtures/review56h.
"""

# The law these tests name, checked with the search tool on 2026-12-07: ABA Model Rule 1.5(e)
# and its comment [8] (as tests/test_review56b.py quotes them: a division of one fee between
# lawyers of different firms, most often between a referring lawyer and a trial specialist).
# Tex. Penal Code §38.12(a)(4) (barratry: paying or giving a person money or anything of value
# to solicit employment; last amended in 2013), which the reviewer asks the legal trade's text
# to name for runners: checked, but not added here (the trade's text and BA114 are another
# part's; see NOTES), so no test names it.

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.classify import classify
from bizaudit.model import verticals
from bizaudit.model.report import ProfileReport, Report
from bizaudit.render import html as html_render
from tests.conftest import channel_at, report_of

_HERE = Path(__file__).parent / "fixtures" / "review56h"


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return data


def _report(data: dict[str, Any]) -> ProfileReport:
    return report_of(data)


def _read(industry: str, name: str) -> tuple[str, str | None]:
    from bizaudit.core.classify import for_vertical

    found = verticals.get(industry)
    assert found is not None
    reading = for_vertical(found.id, found.terms).classify(name)
    return reading.category, reading.purpose


def _channel_of(name: str, line: int) -> Any:
    return channel_at(_HERE / name, line)


# -- AX3: a brand's gift card is cash paid out, never a marketplace's fee ----------------------


@pytest.mark.parametrize(
    ("industry", "name"),
    [
        ("legal", "Amazon gift cards - tow truck drivers"),
        ("death-care", "Amazon gift cards - clergy"),
        ("legal", "Visa gift cards - tow truck drivers"),
        ("legal", "Walmart gift cards - tow truck drivers"),
        ("death-care", "Target gift cards - pastors"),
    ],
)
def test_ax3_a_brand_gift_card_for_those_who_send_customers_cultivates_them(
    industry: str, name: str
) -> None:
    """AX3: "Amazon gift cards - tow truck drivers" ($7,500, a PI firm's) and "Amazon gift
    cards - clergy" (a funeral home's) had read as contra-revenue 'amazon', Amazon's share of
    a sale. A card bought to give away is cash paid out; given to those who send customers it
    cultivates referrals: marketing/acquire."""
    assert _read(industry, name) == ("marketing", "acquire")


def test_ax3_the_marketplaces_own_charges_stay_what_they_were() -> None:
    """Near names: Amazon's seller and referral fees stay out of revenue, its FBA fees cost of
    sales, its ads marketing; a card with no one named is not taken out of revenue, and is
    left for its kind to be stated (operations, no confidence: BA106 asks)."""
    assert _read("ecommerce", "Amazon seller fees") == ("contra-revenue", None)
    assert _read("ecommerce", "Amazon referral fees") == ("contra-revenue", None)
    assert _read("ecommerce", "Amazon FBA fees") == ("cost-of-sales", None)
    assert _read("ecommerce", "Amazon ads") == ("marketing", "acquire")
    reading = classify("Amazon gift cards")
    assert reading.category == "operations"
    assert reading.confidence == "none"


def test_ax3_the_pi_firms_cards_are_in_marketing_the_cac_and_the_tow_drivers_channel() -> None:
    """pi-law.yaml. Nothing is taken out of revenue now: net revenue $2,600,000 (before,
    $2,592,500). Acquisition marketing: Meta $90,000 + Google $150,000 + radio $60,000 +
    attorney fee division $310,000 + the cards $7,500 + the Visa cards to a chiropractic
    office's staff $3,600 (AX1, part i: they had read as overhead) = $621,100 (the Starbucks
    cards to clients who refer read as keeping them); sales: intake $48,000. New 260 − 20
    former clients (repeat) = 240: ($621,100 + $48,000) ÷ 240 = $669,100 ÷ 240 = $2,787.92
    (reworked by hand on part i; before AX1, $665,500 ÷ 240 = $2,772.92, the reviewer's
    figure). The cards join the referral channel that lists the 25 tow-truck cases,
    with the fee division; BA114 still warns about them. The CAC excluding referrals takes
    the cards out with the referrals: referrals 55 + 25 + 20 = 100, 140 left; sales share
    $48,000 × 140 ÷ 240 = $28,000: ($621,100 − $321,100 + $28,000) ÷ 140 = $2,342.86."""
    report = _report(_data("pi-law.yaml"))
    assert report.profit.contra_revenue == 0
    assert report.profit.net_revenue == Decimal(2600000)
    [cards] = [a for a in report.activities if a.name.startswith("Amazon gift cards")]
    assert (cards.category, cards.purpose) == ("marketing", "acquire")
    assert report.economics.cac.value == Decimal("2787.92")
    assert report.economics.non_referral_cac.value == Decimal("2342.86")
    channel = _channel_of("pi-law.yaml", 19)
    assert "tow truck drivers" in channel.sources
    assert 17 in channel.activities
    assert channel.restricted_by == "BA114"
    assert any(
        f.rule == "BA114" and "Amazon gift cards - tow truck drivers" in f.message
        for f in report.findings
    )


def test_ax3_the_funeral_homes_clergy_cards_join_the_clergy_channel() -> None:
    """funeral-home.yaml. Revenue is no longer cut to $1,148,500: $1,150,000. Acquisition
    marketing: Facebook $14,000 + Google $12,000 + hospice cards $4,500 + nursing home cards
    $3,000 + clergy cards $1,500 = $35,000; sales: pre-need counselors $38,000. New 220 − 45
    served before = 175: ($35,000 + $38,000) ÷ 175 = $417.14 (before, $71,500 ÷ 175 =
    $408.57 without the clergy cards). Reworked by hand in part m of the sixty-first round
    (BE1, 2026-12-07): the counselors' commissions sell pre-need plans, calls of later years,
    and are priced apart; no source is read as the contracts sold ('pre-need contracts', 15,
    is of no known kind, and may be calls those contracts became), so all 175 stay: $35,000 ÷
    175 = $200.00. The cards join the hospice and clergy families' channel (60 + 15 = 75),
    which BA114 restricts."""
    report = _report(_data("funeral-home.yaml"))
    assert report.profit.contra_revenue == 0
    assert report.profit.net_revenue == Decimal(1150000)
    assert report.economics.cac.value == Decimal("200.00")
    channel = _channel_of("funeral-home.yaml", 20)
    assert set(channel.sources) == {"hospice", "clergy"}
    assert channel.customers == 75
    assert channel.restricted_by == "BA114"


# -- AX4: a fee divided with referring lawyers, one reading however it is booked -------------


@pytest.mark.parametrize(
    "name",
    [
        "6115 Fee split - referring attorneys (Rule 1.5(e))",
        "Referral Fees Paid - Attorneys",
        "Referral fees paid – attorneys",
        "Fee division - referring attorney",
        "Co-counsel fee - referring attorney",
        "Fee split",  # in a law firm, divided with lawyers
    ],
)
def test_ax4_a_fee_divided_with_lawyers_reads_one_way(name: str) -> None:
    """AX4: the estate firm's "6115 Fee split - referring attorneys (Rule 1.5(e))" had been
    taken out of revenue while the PI firm's "Referral Fees Paid - Attorneys" was marketing.
    AW5's mend (tests/test_review56b.py) rests on the marketing reading: the law-firm trade
    leaves the division out of the share held to its range only where it is marketing, and the
    CAC names it as the referred cases' cost. Every booking that says the lawyers referred
    the case, or a law firm's bare fee split, now reads so."""
    assert _read("legal", name) == ("marketing", "acquire")


def test_ax4_other_fee_splits_stay_what_they_were() -> None:
    """Near names: a relief vet's split of production and a dental fee split name no lawyer,
    and stay out of revenue; a lead vendor's share of the fee is no division (BA114 warns of
    it: tests/test_rules.py); an attorney's own fees are overhead. A share paid to co-counsel
    where the name does not say they referred the case stays out of revenue: co-counsel may
    share the fee for working the case, and the build corpus labels these names so ("Co-counsel
    fee split - Smith matter", "Fee sharing with co-counsel", "Referral Fees Paid - co-counsel
    (Rule 1.5(e))": see NOTES for the last)."""
    for name in (
        "Co-counsel fee split - Smith matter",
        "Fee sharing with co-counsel",
        "Co-counsel fee",
        "Referral Fees Paid - co-counsel (Rule 1.5(e))",
    ):
        assert _read("legal", name)[0] == "contra-revenue", name
    assert _read("veterinary", "Relief vet - fee split (50% of production)")[0] == (
        "contra-revenue"
    )
    assert classify("Fee split - Dr. Nguyen (referred dentals)").category == "contra-revenue"
    assert classify("Attorney fees").category == "operations"
    assert "fee division" not in classify("Lead gen - 33% fee split").reason


def test_ax4_the_estate_firms_fee_division_is_in_the_cac_and_named_as_the_cases_cost() -> None:
    """estate-law.yaml, with AX8 and AX9 mended too. Nothing is taken out of revenue
    ($780,000; before, $744,000 net). Acquisition marketing: Facebook $28,000 + workshop
    venue $12,000 + fee division $36,000 + Visa cards to advisors $4,000 + video editor
    $9,000 + website $18,000 + the Starbucks cards to CPA & advisor staff $1,200 (AX1, part i)
    = $108,200 (the review letters, $2,000, keep clients now); sales: Lawmatics & Clio $7,200.
    New 210 − 20 past clients = 190: ($108,200 + $7,200) ÷ 190 = $115,400 ÷ 190 = $607.37
    (reworked by hand on part i; before AX1, $114,200 ÷ 190 = $601.05; the reviewer's
    $548.42 for AX4 alone is ($61,000 + $36,000 + $7,200) ÷ 190; his $61,000 held the review
    letters, and not the venue). The division is named as the 20
    attorney-referred matters' cost: $36,000 ÷ 20 = $1,800 a matter, as the PI firm's
    $310,000 ÷ 55 = $5,636.36 a case.

    The share held to the law-firm range, on gross revenue as for the PI firm: all marketing
    $108,200 + $2,000 = $110,200, less the division $36,000 = $74,200 ÷ $780,000 = 9.51%
    (before AX1, $73,000, 9.4%).

    The CAC excluding referrals: referrals 45 + 25 + 20 = 90, 100 left; sales share $7,200 ×
    100 ÷ 190 = $3,789.47; the referral channel's $36,000 + $4,000 + $1,200 = $41,200 goes with
    its 90: ($108,200 − $41,200 + $3,789.47) ÷ 100 = $707.89."""
    report = _report(_data("estate-law.yaml"))
    assert report.profit.contra_revenue == 0
    assert report.profit.net_revenue == Decimal(780000)
    [division] = [a for a in report.activities if a.name.startswith("6115 ")]
    assert (division.category, division.purpose) == ("marketing", "acquire")
    cac = report.economics.cac
    assert cac.value == Decimal("607.37")
    assert "($108,200 acquisition marketing + $7,200 sales) ÷ 190 new customers" in cac.basis
    assert (
        "$36,000 of it is the referring lawyers' share of the fee (Rule 1.5(e)) on the 20 "
        "cases they referred, about $1,800 a case" in cac.basis
    )
    assert report.industry is not None
    assert report.industry.left_out == Decimal(36000)
    assert report.industry.compared_share is not None
    assert round(report.industry.compared_share, 3) == Decimal("0.095")
    other = report.economics.non_referral_cac
    assert other.value == Decimal("707.89")
    assert "$36,000 is the referring lawyers' share of the fee (Rule 1.5(e))" in other.basis
    assert not any(f.rule == "BA114" and "6115" in f.message for f in report.findings)


def _html(report: ProfileReport) -> str:
    return html_render.render(Report(passed=True, profiles=[report]))


def _labels(page: str) -> set[str]:
    return set(re.findall(r"(?:All marketing|Marketing) ÷ [a-z]+(?: revenue)?", page))


def test_ax4_the_html_names_all_marketings_share_as_the_terminal_does() -> None:
    """AX4: the PI firm's HTML called all marketing's share "Marketing ÷ net revenue" (then
    23.6%) in "How each figure was worked out", the name of the key figure (11.6%), which
    leaves the fee division out. Now (no revenue taken out; reworked by hand on part i, AX1:
    the chiropractic office staff's $3,600 of cards are marketing, so all marketing is
    $619,000 + $3,600 = $622,600): the key figure "Marketing ÷ revenue" ($622,600 − $310,000 =
    $312,600 ÷ $2,600,000 = 12.02%, shown as 12%), and all marketing's share "All marketing ÷
    revenue" ($622,600 ÷ $2,600,000 = 23.946%, shown as 23.9%), as the terminal names it. With
    $26,000 of refunds taken out of revenue ($2,574,000 net), "All marketing ÷ net revenue"
    ($622,600 ÷ $2,574,000 = 24.19%, shown as 24.2%). (Before AX1: 11.9%, 23.8% and 24%.)"""
    report = _report(_data("pi-law.yaml"))
    page = _html(report)
    assert "All marketing ÷ revenue" in page
    assert "Marketing ÷ net revenue" not in page
    assert "23.9%" in page
    assert "12%" in page
    data = _data("pi-law.yaml")
    data["activities"].append({"name": "Client refunds", "spend": 26000})
    refunded = _report(data)
    assert refunded.profit.contra_revenue == Decimal(26000)
    page = _html(refunded)
    assert "All marketing ÷ net revenue" in page
    assert "24.2%" in page


# -- AX8: a seminar's venue and meals win the clients who came to it --------------------------


def test_ax8_a_workshops_venue_and_meals_are_spent_to_win_clients() -> None:
    """AX8: "6110 Workshop venue & meals" and "Seminar venue & meals" had read as meals,
    overhead. Near names stay overhead: staff meals, a client meeting's meals, an office
    lunch, a staff training workshop's venue."""
    for name in ("6110 Workshop venue & meals", "Seminar venue & meals"):
        assert _read("legal", name) == ("marketing", "acquire"), name
    for name in (
        "Staff meals",
        "Client meeting meals",
        "Office lunch",
        "Staff training workshop venue",
    ):
        assert _read("legal", name)[0] == "operations", name


def test_ax8_the_workshop_clients_are_priced_on_the_ads_and_the_venue() -> None:
    """estate-law.yaml: the 70 workshop clients came through the Facebook ads that fill the
    workshops ("(trust workshops)") and the venue: ($28,000 + $12,000) ÷ 70 = $571.43 a
    client, the reviewer's figure (before, $28,000 ÷ 70 = $400)."""
    channel = _channel_of("estate-law.yaml", 12)
    assert 10 in channel.activities
    assert channel.sources == ["workshops"]
    assert (channel.spend, channel.customers, channel.cac) == (
        Decimal(40000),
        70,
        Decimal("571.43"),
    )


# -- AX9: a plan review keeps clients; a paying community's moderator delivers ----------------


def test_ax9_an_anniversary_review_letter_keeps_clients() -> None:
    """AX9: "6135 Client anniversary review letters" had read as online reviews that win
    clients ('reviews'), and BA104 said nothing kept the estate firm's clients. A review of
    the plan held for the client keeps the client, as "Estate plan review mailer - existing
    clients" already read (AW10). Near names: a request for online reviews stays as it was."""
    assert _read("legal", "6135 Client anniversary review letters") == ("marketing", "retain")
    assert _read("legal", "Estate plan review mailer - existing clients") == (
        "marketing",
        "retain",
    )
    assert classify("Google reviews").purpose == "acquire"
    report = _report(_data("estate-law.yaml"))
    assert not [f for f in report.findings if f.rule == "BA104"]
    assert report.marketing_by_purpose["retain"] == Decimal(2000)


def test_ax9_a_paying_communitys_moderator_delivers_the_programme() -> None:
    """AX9: "Facebook group moderator (student community)", $12,000, had read as Facebook's
    ads and been joined to the organic social channel. Moderating the paying students'
    community delivers what they bought: cost of sales. Without it the social channel costs
    ($15,000 YouTube editor + $9,000 reels editor) $24,000 ÷ (90 + 40) 130 = $184.62 a
    customer, and the blended CAC ($153,000 − $12,000 acquisition + $40,000 sales) ÷ 520 =
    $348.08, the reviewer's figures (before, $276.92 and $371.15). A free group's moderator,
    who draws prospects, stays marketing."""
    assert _read("coaching", "Facebook group moderator (student community)")[0] == ("cost-of-sales")
    assert _read("coaching", "Facebook group moderator (free group)")[0] == "marketing"
    report = _report(_data("course-creator.yaml"))
    assert report.economics.cac.value == Decimal("348.08")
    [social] = [c for c in report.channels if c.name == "Social media (organic)"]
    assert (social.spend, social.customers, social.cac) == (
        Decimal(24000),
        130,
        Decimal("184.62"),
    )


def test_owner_time_alone_does_not_hold_one_sale_clients_to_three_times() -> None:
    """Read after the round (2026-12-07): the estate firm's HTML card read "4.4×" and "under
    3× as BA201 judges it", and BA201 said "their one sale pays for winning them" without the
    reason it fired: 18 of the owner's 52 hours a week of the $200,000 draw, $69,230.77 shared
    over 190 new customers, $364.37 each, make a client won other than by referral cost
    $707.8947 + $364.3725 = $1,072.27: $3,148.99 ÷ $1,072.27 = 2.9×, under 3× but over the 1.5×
    at which one sale stops paying for winning a client who buys once (80% do not come back),
    the yardstick BA201 holds such clients to. So BA201 says nothing; at 4.4× in cash the card
    reads "3× or more"."""
    report = _report(_data("estate-law.yaml"))
    assert "BA201" not in {f.rule for f in report.findings}
    ratio = report.economics.ltv_to_non_referral_cac.value
    assert ratio is not None
    assert f"{ratio:.1f}" == "4.4"
