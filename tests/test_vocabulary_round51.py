"""The fifty-first review round (2026-12-06): the vocabulary parts of AL8, AL10, AL12, AL13,
AL14 and AL15 (a towing company under ``auto-repair``, NEMT under ``medical``, a locksmith and a
pool builder under ``home-services``, an immigration consultant under the ``b2c-services``
sector, a pawn shop under ``retail``). Each expectation is worked out from docs/domain.md's
definitions (cost-of-sales: "the direct cost of what is sold ... job labour", materials;
acquire: what wins new customers, a channel's price; sales/convert: sales pay and commissions),
with the near names that must not move."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.core.metrics import Facts
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import ACQUIRE, COST, OVERHEAD, answer_in


def _facts(industry: str, revenue: int, new: int, *lines: tuple[str, int]) -> Facts:
    """The audit's figures for a business of ``industry`` with these lines and ``new`` new
    customers, read as the CLI reads them (the vertical's own terms too)."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Case", "industry": industry, "period": "2026"},
            "revenue": revenue,
            "activities": [{"name": name, "spend": spend} for name, spend in lines],
            "customers": {
                "new": new,
                "average_revenue": 215,
                "gross_margin": "60%",
                "retention_rate": "0%",
            },
        }
    )
    return audit_of(profile, Options()).facts


# --- AL8: a tow company's drivers are its service ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Tow drivers wages", "Wages - tow drivers", "Tow truck drivers wages", "Tow operator wages",
     "Wrecker driver payroll", "Wrecker operator payroll", "5010 Drvr wgs - tow"],
)  # fmt: skip
def test_al8_tow_drivers_by_their_wages_are_cost_of_sales(name: str) -> None:
    """AL8, AL12: the drivers who perform the tows sold are job labour (docs/domain.md's cost
    of sales), in a towing company declared auto-repair; "Tow drivers wages" had read as the
    collision shop's payment to tow drivers (marketing/acquire), the others as overhead."""
    assert answer_in("auto-repair", name) == COST


@pytest.mark.parametrize(
    "name",
    ["Tow driver spiffs", "Cash to tow drivers per car", "Tow drivers - $50 per car",
     "Tow driver tips", "Tow ref pmts"],
)  # fmt: skip
def test_al8_a_repair_shops_payment_to_tow_drivers_still_buys_tow_ins(name: str) -> None:
    """A payment word beside the tow driver (per car, spiff, cash, tip) is the collision
    shop's price for the cars they bring: acquisition, as before."""
    assert answer_in("auto-repair", name) == ACQUIRE


@pytest.mark.parametrize("name", ["Tow operator software", "Office wages", "Driver wages"])
def test_al8_near_names_stay_overhead(name: str) -> None:
    assert answer_in("auto-repair", name) == OVERHEAD


def test_al8_tow_healthy_marketing_is_its_ads_alone() -> None:
    """AL8's tow-healthy in small: $1,400,000 of revenue, $420,000 of "Tow drivers wages",
    Google Ads $24,000 and GBP/SEO $9,000. Marketing = 24,000 + 9,000 = $33,000, 33,000 ÷
    1,400,000 = 2.357% (the report's 2.4%), not (420,000 + 33,000) ÷ 1,400,000 = 32.4%."""
    facts = _facts(
        "auto-repair",
        1400000,
        3100,
        ("Tow drivers wages", 420000),
        ("Google Ads", 24000),
        ("SEO and Google Business Profile", 9000),
        ("Rent", 60000),
    )
    assert facts.marketing_share_of_revenue is not None
    assert round(facts.marketing_share_of_revenue, 4) == Decimal("0.0236")
