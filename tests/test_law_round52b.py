"""The fifty-second review round, part b (AO2, AO3 and the ad claims of AO1, AO4, AO5 and
AO10, 2026-12-07): what a retailer of alcohol may accept from its suppliers (BA119 from the
retailer's side) and what an ad or a practice of a billing company, a sober home, a placement
agency, a vacation rental manager and a burger restaurant may not say or do (BA120). Each
expectation worked out by hand from the rules the mends quote, with the near names that must
stay silent."""

from __future__ import annotations

from typing import Any

import pytest

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
