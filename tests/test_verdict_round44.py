"""The forty-fourth review round's verdict findings (2026-12-06) that the project's own rules,
not the law or the vocabulary, answer."""

from __future__ import annotations

from typing import Any

from bizaudit.core.score import caps

from .test_rules import _facts, _policy, _report

#: Marketing above accounting's 2-6% range (7% of $1,000,000), 10 clients at $7,000 each, worth
#: $10,000 a year at 60% and kept at 95% a year
_SLOW: dict[str, Any] = {
    "business": {"name": "Harbor Wealth", "industry": "accounting"},
    "revenue": 1000000,
    "activities": [
        {"name": "Google Ads", "spend": 70000},
        {"name": "Staff salaries", "spend": 500000},
    ],
    "customers": {
        "new": 10,
        "sources": {"google ads": 10},
        "average_revenue": 10000,
        "gross_margin": "60%",
        "retention_rate": "95%",
    },
}


def test_above_the_range_and_slow_but_worth_3x_is_not_said_not_to_pay_back() -> None:
    """Q7: an adviser above its range whose clients were worth 7.3× their cost read "customers
    barely pay back" in its cap, "cut channel by channel until a customer's cost pays back",
    and could read "does not pay back" in its banner. By hand: CAC 70,000 ÷ 10 = $7,000;
    payback 7,000 ÷ (10,000 × 60% ÷ 12 = 500) = 14.0 months, over the 12-month norm; LTV
    6,000 × (1 + .95 + .9025 + .857375 + .81450625 = 4.52438125) = $27,146.29, 3.9× the CAC.
    Score: marketing 30, economics 20 × ½ (halved for the payback) = 10, referrals 15, one
    channel 7.5, retention 0, of 90 known = 62.5; the owner's week unstated caps it at
    (62.5 + 5) ÷ 100 = 67.5, so 68: "Fair"."""
    report = _report(_SLOW)
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert ba110.message.endswith(
        "while it takes 14.0 months to earn that cost back (the norm is 12), though a customer "
        "is worth 3.9× what it costs to win"
    )
    assert ba110.advice.startswith(
        "customers pay back, but slowly, which ties up cash: ask for more up front, or win them "
        "more cheaply channel by channel"
    )
    assert "until a customer's cost pays back" not in ba110.advice
    assert report.score == 68
    assert report.verdict == (
        "Fair: plenty goes into winning customers, who pay it back slowly; speed that up first."
    )
    # (under 79, the cap does not bind, and the report lists only those that do)
    assert {c.reason: c.limit for c in caps(_facts(_SLOW), _policy(_SLOW))} == {
        "above range, slow": 79
    }


def test_above_the_range_and_worth_under_3x_still_does_not_pay_back() -> None:
    """The control: at 20 clients for the same $70,000 but worth $2,500 a year at 60%, each
    is worth under 3× its $3,500 cost (1,500 × 4.52438125 = $6,786.57, 1.9×) and pays back in
    3,500 ÷ 125 = 28 months: the old words stand."""
    weak = dict(
        _SLOW,
        customers=dict(
            _SLOW["customers"], new=20, sources={"google ads": 20}, average_revenue=2500
        ),
    )
    report = _report(weak)
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert "a customer is worth 1.9× what it costs to win (under 3×)" in ba110.message
    assert ba110.advice.startswith("cut channel by channel until a customer's cost pays back")
    assert "above range" in {c.reason for c in caps(_facts(weak), _policy(weak))}
