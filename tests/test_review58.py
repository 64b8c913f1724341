"""Mends of the fifty-eighth review round and its leftovers (2026-12-07), each test saying what
a person checked.

1. A contractor's "supply house", the trade's word for the distributor its parts and units are
   bought from, is cost of sales in home services and construction ("Parts - supply house" had
   read as office supplies by 'supply', overhead).
"""

from __future__ import annotations

import pytest

from .conftest import COST, OVERHEAD, answer_in

# -- 1. a contractor's supply house ----------------------------------------------------------


@pytest.mark.parametrize("industry", ["home-services", "construction"])
@pytest.mark.parametrize(
    "name", ["Parts - supply house", "5010 Parts & equipment - supply house", "Supply houses"]
)
def test_parts_from_the_supply_house_are_cost_of_sales(industry: str, name: str) -> None:
    """What each job uses up, bought where the trade buys it."""
    assert answer_in(industry, name) == COST, name


@pytest.mark.parametrize("industry", [None, "restaurant", "home-services"])
def test_office_supplies_stay_overhead(industry: str | None) -> None:
    """The word 'supply' alone, or the office's supplies, still read as overhead; outside the
    trades a supply house is no term at all."""
    assert answer_in(industry, "Office supplies") == OVERHEAD
    assert answer_in(industry, "Cleaning supplies") == OVERHEAD
    if industry != "home-services":
        assert answer_in(industry, "Parts - supply house") == OVERHEAD
