"""The words' fast paths of the sixty-third round (helper t): each gives what the long way
gave. Expected figures are worked by hand in the comments."""

from __future__ import annotations

from decimal import Decimal

from bizaudit.explain.numbers import (
    format_count,
    format_money,
    format_percent,
    format_percent_beside,
)
from tests.conftest import report_of

_PROFILE: dict[str, object] = {
    "version": 1,
    "business": {"name": "Threshold Co", "currency": "USD"},
    "revenue": 500000,
    "activities": [{"name": "Google Ads", "spend": 20000}, {"name": "Rent", "spend": 30000}],
    "customers": {"new": 20, "sources": {"google ads": 20}},
}


def _policy_of(data: dict[str, object]) -> dict[str, tuple[Decimal, str]]:
    return {name: (t.value, t.source) for name, t in report_of(data).policy.items()}


def test_each_report_gives_its_own_thresholds_between_reports_of_the_defaults() -> None:
    # the defaults (model.policy.DEFAULTS): 10%, 50%, 10%, 5 years
    defaults = {
        "min_marketing_share": (Decimal("0.10"), "default"),
        "max_referral_share": (Decimal("0.50"), "default"),
        "min_owner_marketing_time": (Decimal("0.10"), "default"),
        "ltv_horizon_years": (Decimal(5), "default"),
    }
    assert _policy_of(_PROFILE) == defaults
    # a profile that sets its own minimum: 7% = 0.07, from the profile; the rest the defaults
    own = _policy_of({**_PROFILE, "policy": {"min_marketing_share": "7%"}})
    assert own == {**defaults, "min_marketing_share": (Decimal("0.07"), "profile")}
    assert _policy_of(_PROFILE) == defaults  # and the defaults again after it
    # one report's policy is its own dict: changing it leaves the next report's alone
    first = report_of(_PROFILE).policy
    first.clear()
    assert _policy_of(_PROFILE) == defaults


def test_whole_amounts_of_zero_or_more_as_before() -> None:
    # whole amounts, grouped by thousands; cents only where there are any
    assert format_money(Decimal("6600.00"), "USD") == "$6,600"
    assert format_money(Decimal("6.6E+3"), "USD") == "$6,600"  # 6.6 × 1000
    assert format_money(Decimal("10000000"), "USD") == "$10,000,000"
    assert format_money(Decimal("0"), "USD") == "$0"
    assert format_money(Decimal("-0.00"), "USD") == "$0"  # -0 reads "0"
    assert format_money(Decimal("-80"), "USD") == "-$80"  # below zero: the long way
    assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
    # de_DE groups with a dot and sets the sign after, with a no-break space
    assert format_money(Decimal("245000.00"), "EUR") == "245.000\u00a0€"
    # en_IN groups by 3 then 2: 31,00,000 (not the thousands' fast path)
    assert format_money(Decimal("3100000"), "INR") == "₹31,00,000"


def test_counts_under_a_thousand_and_over() -> None:
    assert format_count(999) == "999"
    assert format_count(-999) == "-999"
    assert format_count(1000) == "1,000"
    assert format_count(14200, "EUR") == "14.200"  # de_DE's thousands


def test_shares_near_zero_and_beside_their_limits() -> None:
    assert format_percent(Decimal("0.0264")) == "2.6%"  # 2.64% to one place
    assert format_percent(Decimal("0.1")) == "10%"
    # 0.0001% to one place would read "0%": the places it takes to read above zero
    assert format_percent(Decimal("0.000001")) == "0.0001%"
    assert format_percent(Decimal("-0.000001")) == "-0.0001%"
    # 0.0004 × 100 = 0.04, which reads 0.0 at one place: two places
    assert format_percent(Decimal("0.0004")) == "0.04%"
    # 0.06% rounds to 0.1 at one place: above zero already
    assert format_percent(Decimal("0.0006")) == "0.1%"
    assert format_percent(Decimal(0)) == "0%"
    # 9.96% beside a 10% minimum: 10.0 at one place, 9.96 at two
    assert format_percent_beside(Decimal("0.0996"), Decimal("0.10")) == "9.96%"
    assert format_percent_beside(Decimal("0.077"), Decimal("0.10")) == "7.7%"
