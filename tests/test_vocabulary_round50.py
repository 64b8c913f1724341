"""The fiftieth review round (2026-12-06): the vocabulary parts of K8, K10, K11 and K14 and the
round's classify rows (carrier under the ``b2b-services`` sector, debt relief under
``mortgage``, auto glass under ``auto-repair``, driving school under ``coaching``, compounding
pharmacy under ``pharmacy``, roofer under ``home-services``). Each expectation is worked out from
docs/domain.md's definitions (cost-of-sales: "job labour", materials, whatever each job uses up;
sales/convert: "sales pay and commissions"; acquire: referral cultivation; contra-revenue:
revenue given up), with the near names that must not move. A trade's own words that mean
something else in another trade are read in that trade only (its vertical's ``terms`` in
data/verticals.toml), or as a phrase of several words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.core.metrics import Facts
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import ACQUIRE, COST, answer_in


def _facts(industry: str, revenue: int, new: int, *lines: tuple[str, int]) -> Facts:
    """The audit's figures for a business of ``industry`` with these lines and ``new`` new
    customers, read as the CLI reads them."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Case", "industry": industry, "period": "2026"},
            "revenue": revenue,
            "activities": [{"name": name, "spend": spend} for name, spend in lines],
            "customers": {
                "new": new,
                "average_revenue": 2000,
                "gross_margin": "60%",
                "retention_rate": "0%",
            },
        }
    )
    return audit_of(profile, Options()).facts


# --- K10: a carrier's CPM is cents per mile ---------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["5010 Drvr pay CPM", "Driver pay CPM", "Drvr CPM", "CPM pay - company drivers",
     "Driver pay (per mile)"],
)  # fmt: skip
def test_k10_cpm_beside_a_drivers_pay_is_cost_of_sales(name: str) -> None:
    """K10: "5010 Drvr pay CPM" had read as CPM advertising ('cpm', marketing/acquire); CPM
    beside pay, a driver or a mile is cents per mile, what each load uses up."""
    assert answer_in(None, name) == COST


@pytest.mark.parametrize("name", ["CPM display ads", "CPM", "Display ads CPM", "Programmatic CPM"])
def test_k10_cpm_alone_or_beside_ads_stays_advertising(name: str) -> None:
    assert answer_in(None, name) == ACQUIRE


def test_k10_a_carriers_cpm_pay_is_no_acquisition_spend() -> None:
    """K10: a carrier on $780,000 with $200,000 of "5010 Drvr pay CPM", a $1,800 Truckstop
    plan (a load board, selling) and 25 new customers: CAC = (0 + 1,800) ÷ 25 = $72, not
    (200,000 + 1,800) ÷ 25 = $8,072 with the drivers' pay as advertising."""
    facts = _facts(
        "b2b-services",
        780000,
        25,
        ("5010 Drvr pay CPM", 200000),
        ("6020 Truckstop load board", 1800),
        ("Rent", 20000),
    )
    assert facts.economics.cac.acquire == Decimal(0)
    assert facts.economics.cac.value == Decimal(72)
