"""Customer economics, the business-or-hobby verdict and the benchmarks, by hand."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bizaudit.core import benchmarks
from bizaudit.core.policy import resolve
from bizaudit.explain.report import audit_report
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport


def run(**fields: Any) -> ProfileReport:
    data = {"version": 1, "business": {"name": "X"}, "revenue": 100000, "activities": []}
    return audit_report(Profile.model_validate(data | fields), resolve([]))


def test_economics_worked_by_hand() -> None:
    report = run(
        activities=[
            {"name": "Google Ads", "spend": 6000},  # acquire
            {"name": "Newsletter", "spend": 1000},  # retain: not part of CAC
            {"name": "Sales commissions", "spend": 2000},  # sales: part of CAC
        ],
        customers={
            "new": 20,
            "average_revenue": 1200,
            "gross_margin": "40%",
            "retention_rate": "75%",
        },
    )
    e = report.economics
    assert e.cac.value == Decimal("400.00")  # (6000 + 2000) / 20
    assert e.cac.basis == "($6,000 acquisition marketing + $2,000 sales) ÷ 20 new customers"
    assert e.ltv.value == Decimal("1920.00")  # 1200 x 40% / (1 - 75%)
    assert e.ltv_to_cac.value == Decimal("4.8")  # 1920 / 400
    assert e.payback_months.value == Decimal(10)  # 400 / (480 / 12)
    assert not {"BA201", "BA202", "BA203"} & {f.rule for f in report.findings}


def test_without_gross_margin_revenue_is_used_and_said() -> None:
    report = run(
        activities=[{"name": "Google Ads", "spend": 1000}],
        customers={"new": 10, "average_revenue": 500, "churn_rate": "25%"},
    )
    assert report.economics.ltv.value == Decimal("2000.00")  # 500 / 25%
    assert "no gross_margin given" in report.economics.ltv.basis


@pytest.mark.parametrize(
    ("customers", "missing"),
    [
        ({"new": 10}, "needs customers.average_revenue"),
        ({"new": 10, "average_revenue": 100}, "needs customers.churn_rate or retention_rate"),
        ({"new": 10, "average_revenue": 100, "churn_rate": 0}, "never leave"),
    ],
)
def test_missing_inputs_are_named(customers: dict[str, Any], missing: str) -> None:
    report = run(activities=[{"name": "Ads", "spend": 10}], customers=customers)
    assert report.economics.ltv.value is None
    assert missing in report.economics.ltv.basis


def test_no_new_customers_means_no_cac() -> None:
    report = run(activities=[{"name": "Ads", "spend": 10}])
    assert report.economics.cac.value is None
    assert report.economics.ltv_to_cac.value is None


def test_retention_and_churn_must_agree() -> None:
    with pytest.raises(ValueError, match="add up to 100%"):
        Profile.model_validate(
            {
                "version": 1,
                "business": {"name": "X"},
                "revenue": 1,
                "activities": [],
                "customers": {"retention_rate": "80%", "churn_rate": "30%"},
            }
        )


@pytest.mark.parametrize(
    ("activities", "sources", "verdict"),
    [
        ([{"name": "Google Ads", "spend": 100}], {"referrals": 2, "ads": 8}, "business"),
        ([{"name": "Google Ads", "spend": 100}], None, "business"),
        ([{"name": "Google Ads", "spend": 100}], {"referrals": 8, "ads": 2}, "at risk"),
        ([], {"referrals": 2, "website": 8}, "at risk"),
        ([], {"referrals": 8, "website": 2}, "hobby"),
        ([], None, "hobby"),
        ([{"name": "Flyers", "spend": 100, "recurring": False}], None, "hobby"),
        ([{"name": "Referral programme", "spend": 100}], {"referrals": 4, "web": 6}, "business"),
    ],
)
def test_business_or_hobby(
    activities: list[dict[str, Any]], sources: dict[str, int] | None, verdict: str
) -> None:
    fields: dict[str, Any] = {"activities": activities}
    if sources is not None:
        fields["customers"] = {"sources": sources}
    p = run(**fields).predictability
    assert p.verdict == verdict
    assert p.reasons


def test_every_benchmark_has_a_source_year_and_a_sane_figure() -> None:
    assert benchmarks.BENCHMARKS
    for b in benchmarks.BENCHMARKS:
        assert b.source.strip()
        assert b.year.strip()
        assert Decimal(0) < b.figure < Decimal("0.5")
        assert b.high is None or b.high > b.figure
        assert b.basis in ("revenue", "company budget")


def test_benchmarks_for_an_industry_come_first_and_skip_other_sectors() -> None:
    chosen = benchmarks.for_industry("b2c-product")
    assert (chosen[0].scope, chosen[0].figure) == ("b2c-product", Decimal("0.155"))
    assert not {"b2b-product", "b2b-services", "b2c-services"} & {b.scope for b in chosen}
    report = run(business={"name": "X", "industry": "b2c-product"})
    assert report.benchmarks[0].source == "The CMO Survey (Duke / Deloitte / AMA)"


def test_extreme_economics_read_plainly() -> None:
    # One customer for $10,000; worth $1,000,000 a period at 100% margin, lost with a
    # 0.0001% chance a period: LTV = 1,000,000 ÷ 0.000001 = $1,000,000,000,000, 100,000,000×.
    report = run(
        activities=[{"name": "Google Ads", "spend": 10000}],
        customers={
            "new": 1,
            "average_revenue": 1000000,
            "gross_margin": "100%",
            "churn_rate": "0.0001%",
        },
    )
    e = report.economics
    assert e.cac.basis.endswith("÷ 1 new customer")  # not "1 new customers"
    assert e.ltv.basis == "$1,000,000 × 100% margin ÷ 0.0001% churn per period"  # not "0%"
    ba202 = next(f for f in report.findings if f.rule == "BA202")
    assert ba202.message.startswith("a customer is worth 100,000,000.0× what it costs")
