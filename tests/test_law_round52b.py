"""The fifty-second review round, part b (AO2, AO3 and the ad claims of AO1, AO4, AO5 and
AO10, 2026-12-07): what a retailer of alcohol may accept from its suppliers (BA119 from the
retailer's side) and what an ad or a practice of a billing company, a sober home, a placement
agency, a vacation rental manager and a burger restaurant may not say or do (BA120). Each
expectation worked out by hand from the rules the mends quote, with the near names that must
stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.ad_claims import Setting, claim
from bizaudit.core.tied_house import accepts_from_suppliers, sells_alcohol_retail

from .conftest import small_case
from .test_rules import _found


def _case(name: str, industry: str, lines: list[str]) -> dict[str, Any]:
    """A business of ``industry``, each line $10,000, beside Google Ads that brought its
    customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


# -- AO2: a liquor store's slotting, co-op, placement money and free equipment from suppliers --

_ACCEPTED = [
    # §205(b)(4) paying for display (27 CFR §6.51, §6.56 renting display space)
    "Slotting fees received from distributor for shelf space",
    # §205(b)(4) paying or crediting the retailer for advertising
    "Co-op advertising money received from spirits supplier",
    # §205(b)(3) equipment
    "Free beer cooler from wholesaler",
    "Paid shelf placement from Tito's distributor",
    # §6.55: reimbursing a retailer for setting up displays
    "Supplier rebates for featured display",
    # §205(b)(3) signs (free, not bought)
    "Free neon signs from beer distributor",
    # §205(b)(4) advertising paid for
    "Distributor paid for our newspaper ad",
]


def test_a_liquor_stores_supplier_money_is_ba119_from_the_retailers_side() -> None:
    """AO2: before the mend, the slotting and co-op money read as BA116's supplier money "off
    the cost of the supplier's goods (ASC 705-20)", the neon signs and the newspaper ad the
    distributor paid for as the store's own funded channels, and BA119 was never raised (it
    read only a producer's or a wholesaler's name). All seven are now BA119, each saying the
    licence is at risk and what a retailer may accept (§6.83, §6.84, §6.102)."""
    found = {
        f.subject: f.message
        for f in _found("BA119", _case("Bottle Shop on Main", "retail", _ACCEPTED))
    }
    assert set(found) == set(_ACCEPTED)
    for line in _ACCEPTED:
        assert "§205(b)(3)-(4)" in found[line], line
        assert "licence is at risk" in found[line], line
        assert "gives retailers" not in found[line], line  # not the producer's words


def test_near_names_at_a_liquor_store_and_supplier_money_elsewhere_stay_silent() -> None:
    """AO2's near names: what the store buys from its distributors, returns, keg deposits, a
    delivery charge, its own Google Ads and newspaper ads, the clerks; and the same slotting
    line at a grocery (no alcohol seller: BA116's reading stands) and at a kombucha shop."""
    near = [
        "Beer, wine and spirits inventory purchases",
        "Beer purchases from distributor",
        "Returns of damaged cases to distributor",
        "Keg deposits from wholesaler",
        "Delivery charges from distributor",
        "Newspaper ads",
        "Clerk wages",
        # not alcohol: the tied-house laws do not reach a soda or snack supplier's cooler
        "Free Coca-Cola cooler from Coke distributor",
        "Display allowance from snack distributor",
        "Free POS system trial from software vendor",
    ]
    assert _found("BA119", _case("Bottle Shop on Main", "retail", near)) == []
    slotting = ["Slotting fees received from distributor for shelf space"]
    assert _found("BA119", _case("Main Street Grocery", "retail", slotting)) == []
    assert not sells_alcohol_retail("Main Street Grocery")
    assert not sells_alcohol_retail("Root Beer Float Shop")
    assert not sells_alcohol_retail("Wine Country Produce")


@pytest.mark.parametrize(
    "name",
    ["Bottle Shop on Main", "Elm Street Liquors", "Corner Package Store", "Vine Wine Shop",
     "The Rusty Tavern", "Harbor Wine & Spirits"],
)  # fmt: skip
def test_alcohol_retailers_are_known_by_their_names(name: str) -> None:
    """AO2: a liquor store, a package store, a wine shop, a tavern are retail licensees; a
    brewery is a producer, read from the giving side as before."""
    assert sells_alcohol_retail(name)
    assert accepts_from_suppliers("Free neon signs from beer distributor")


# -- AO3, and the ad claims of AO1, AO4, AO5 and AO10: BA120 --

_PRACTICES = {
    # AO3: a bonus per code level raised pays for false claims (31 U.S.C. §3729(a)(1)(A)-(B))
    "Upcoding bonus to coders per E/M level raised": ("upcoding pay", "§3729(a)(1)(A)-(B)"),
    # AO3: a subcontractor handling PHI needs a BAA (45 CFR §164.502(e)(1)(ii), §164.504(e))
    "Offshore coders (no BAA signed)": ("no baa", "§164.502(e)(1)(ii)"),
    # AO3: a result guaranteed needs a basis (FTC Act §5) and its terms (16 CFR §239.3(b))
    'Ads - "We increase your collections by 30%, guaranteed"': ("result guarantee", "§239.3(b)"),
    # AO5: the same reading of an owner's income guaranteed
    'Ads - "Guaranteed $80,000 rental income for your home"': ("result guarantee", "FTC Act §5"),
    # AO1: a recovery rate for substance use (15 U.S.C. §45d, Pub. L. 115-271 §8023)
    'Ads - "NARR certified, 100% recovery success"': ("recovery claim", "15 U.S.C. §45d"),
    # AO4: "free", the providers' pay hidden (RCW 18.330.050(2)(c))
    'Ads - "Free service - we are paid by the communities" (fee not disclosed to families)': (
        "undisclosed pay",
        "RCW 18.330.050",
    ),
    # AO4: "only the best", placed only with those who pay (FTC Act §5; 16 CFR §255.5)
    'Ads - "We only recommend the best communities" (placed only with paying ones)': (
        "paid recommendation",
        "§255.5",
    ),
    # AO10: a vote claimed that no survey backs (FTC Act §5, substantiation)
    'Ads - "Voted best burger in America" (no survey)': ("unvoted ranking", "FTC Act §5"),
    # AO5: renting others' homes without a broker's licence (state broker licence law)
    "Unlicensed rental agents showing homes": ("unlicensed rental agent", "broker"),
}


def test_the_rounds_practices_and_ad_claims_are_ba120s() -> None:
    """AO3 (a billing company declared consulting), AO1, AO4, AO5, AO10: before the mend each
    was an unknown name, operations 'rental', or BA206's "no customers attributed" only. Each
    is now BA120 quoting its law, in a consulting profile (the reviewer's declaration)."""
    for line, (what, _) in _PRACTICES.items():
        assert claim(line, False) == what, line
    found = {
        f.subject: f.message
        for f in _found(
            "BA120", _case("ClaimRight Medical Billing", "consulting", list(_PRACTICES))
        )
    }
    assert set(found) == set(_PRACTICES)
    for line, (_, cited) in _PRACTICES.items():
        assert cited in found[line], line
    _near_names_stay_silent()


def _near_names_stay_silent() -> None:
    """The near names: an upcoding audit, coder training, a BAA signed, a gift card or a
    money-back guarantee, 100% satisfaction, a vote cited with its poll, a free consultation,
    licensed agents, a coder's pay by share of collections (a risk the OIG names, not
    unlawful in itself: not read), "no BAA needed", recommendations with the pay disclosed."""
    near = [
        "Upcoding audit by outside firm",
        "Coder training - E/M levels",
        "BAA signed with offshore vendor",
        "Offshore coding vendor - no BAA needed (no PHI)",
        'Ads - "Guaranteed $50 Visa gift card"',
        "Ads - money-back guarantee on collections fees",
        "Ads - 100% satisfaction guaranteed",
        "Ads - Voted best burger in Austin (Austin Chronicle 2025 readers poll)",
        'Ads - "Free consultation"',
        "Licensed rental agents showing homes",
        "Coders paid 1% of claims value collected",
        'Ads - "Free for families: communities pay our fee (disclosed in writing)"',
        "Ads - 100% of rent collected on time",
    ]
    for line in near:
        assert claim(line, False) is None, line
        assert claim(line, True, Setting()) is None, line


def test_a_liquor_stores_free_goods_with_a_sale_and_below_cost_ad_are_asked() -> None:
    """AO2: "Free wine tasting with every purchase over $50" and "Below cost! Vodka cheaper
    than wholesale" had BA206's "no customers attributed" only. At a retailer of alcohol
    (by its name) each is now BA120, asked ("may forbid", "was not checked"): California
    forbids free goods with a sale (its ABC's advisory), and several states set minimum
    prices. The same lines at a bakery, and a tasting open to all at the store, are not read."""
    store = Setting(sells_alcohol=True)
    tasting = "Free wine tasting with every purchase over $50"
    below = 'Ads - "Below cost! Vodka cheaper than wholesale"'
    assert claim(tasting, False, store) == "alcohol free goods"
    assert claim(below, False, store) == "alcohol below cost"
    assert claim(tasting, False) is None  # not an alcohol retailer: not asked
    assert claim(below, False) is None
    for near in [
        "Free Saturday wine tasting - open to all",
        "Wine tasting supplies",
        "Cost of goods",
    ]:
        assert claim(near, False, store) is None, near
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Bottle Shop on Main", "retail", [tasting, below]))
    }
    assert set(found) == {tasting, below}
    assert "may forbid" in found[tasting]
    assert "not checked" in found[below]


def test_a_liquor_stores_fines_for_sales_to_minors_are_a_word_on_its_licence() -> None:
    """AO10: "Sales to minors fines" was sales/convert 'sales' with no word said. At a
    retailer of alcohol it is now BA120 naming the licence and the minimum age of 21 (23
    U.S.C. §158); a minor-league sponsorship and ID scanners are not read, nor the fine at a
    business that sells no alcohol."""
    store = Setting(sells_alcohol=True)
    assert claim("Sales to minors fines", False, store) == "minor sales"
    assert claim("Underage sale penalty - ABC", False, store) == "minor sales"
    assert claim("Sales to minors fines", False) is None
    for near in [
        "ID scanner for underage buyers",
        "Minor league baseball sponsorship",
        "Sales tax",
    ]:
        assert claim(near, False, store) is None, near
    (found,) = _found("BA120", _case("Bottle Shop on Main", "retail", ["Sales to minors fines"]))
    assert "licence at risk" in found.message
    assert "23 U.S.C. §158" in found.message
