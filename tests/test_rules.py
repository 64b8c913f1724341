"""Each rule against passing and failing profiles (fixtures/rule_cases.yaml); the registry."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.classify import Classifier
from bizaudit.core.commercial_bribery import deciders_named, gives_deciders
from bizaudit.core.financing import given_up
from bizaudit.core.margins import margin_without_moves
from bizaudit.core.metrics import Facts, compute, cultivating_lines
from bizaudit.core.owner_pay import owner_paid, owner_selling
from bizaudit.core.policy import resolve
from bizaudit.core.rules import RULES, UnknownRuleError, get
from bizaudit.core.score import caps as score_caps
from bizaudit.explain.economics import Basis
from bizaudit.explain.report import audit_report
from bizaudit.explain.summary import passed_despite
from bizaudit.io import loading
from bizaudit.model import verticals
from bizaudit.model.policy import EffectivePolicy, Source
from bizaudit.model.profile import Policy, Profile
from bizaudit.model.report import Finding, ProfileReport

from .conftest import RunCli, WriteProfile

CASES: list[dict[str, Any]] = loading.load_file(
    Path(__file__).parent / "fixtures" / "rule_cases.yaml"
).data


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_rule_case(case: dict[str, Any]) -> None:
    data = {"version": 1, "business": {"name": "Case"}, "revenue": 100000, **case["profile"]}
    profile = Profile.model_validate(data)
    layers: list[tuple[Source, Policy | None]] = [("profile", profile.policy)]
    if "cli" in case:
        layers.append(("cli", Policy.model_validate(case["cli"])))
    vertical = verticals.get(profile.business.industry)
    classify = profile.classify
    classifier = Classifier(
        [("the profile", classify.activities)], [("the profile", classify.sources)]
    )
    report = audit_report(profile, resolve(layers, vertical=vertical), classifier=classifier)
    severities = [f.severity for f in report.findings if f.rule == case["rule"]]
    assert severities == case["expect"], [f.message for f in report.findings]


def test_every_rule_has_cases_that_fire_and_cases_that_pass() -> None:
    for rule_id in RULES:
        expectations = [case["expect"] for case in CASES if case["rule"] == rule_id]
        assert any(expectations), f"{rule_id} has no failing case"
        if rule_id != "BA107":
            assert [] in expectations, f"{rule_id} has no passing case"


def test_every_rule_is_documented() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule_id.startswith("BA")
        doc = rule.documentation()
        assert "Why it matters" in doc
        assert "How to fix" in doc


def test_no_retention_names_a_line_that_may_be_retention_instead_of_contradicting_it() -> None:
    """A dentist's "Weave (phones, texting, recall)" is operations by 'phone' and retention by
    'recall' (BA107); BA104 had said flatly that nothing is spent on keeping customers."""

    def ba104(name: str) -> str:
        profile = Profile.model_validate(
            {
                "version": 1,
                "business": {"name": "X"},
                "revenue": 100000,
                "activities": [{"name": name, "spend": 4800}],
            }
        )
        report = audit_report(profile, resolve([]))
        rules = {f.rule: f for f in report.findings}
        assert "BA107" in rules or name == "Office rent"
        return rules["BA104"].message

    assert ba104("Weave (phones, texting, recall)") == (
        "nothing is counted as spent on keeping existing customers, though "
        "'Weave (phones, texting, recall)' may be (BA107)"
    )
    assert ba104("Office rent") == "nothing is spent on keeping existing customers"


def test_customer_counts_say_when_repeat_customers_make_up_the_difference() -> None:
    """A law firm's sources add up to its 214 new clients, but 17 came under "former client",
    read as repeat; BA108 had said "the sources account for 197 of 214", as if some were
    missing."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "X"},
            "revenue": 100000,
            "activities": [],
            "customers": {"new": 214, "sources": {"google ads": 197, "former client": 17}},
        }
    )
    [finding] = [f for f in audit_report(profile, resolve([])).findings if f.rule == "BA108"]
    assert finding.severity == "info"
    assert finding.message == (
        "the sources account for 197 of 214 new customers; the other 17 are listed under "
        "'former client', read as repeat customers, who are not new; what a customer costs "
        "and the referral share are computed from those 197"
    )
    assert "kind: referral" in finding.advice


def test_get_is_case_insensitive_and_unknown_ids_are_clear() -> None:
    assert get("ba101").id == "BA101"
    with pytest.raises(UnknownRuleError, match="no rule 'BA999'; the rules are BA101"):
        get("BA999")


def test_skipped_rules_are_reported_not_dropped() -> None:
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "X"},
            "revenue": 100000,
            "activities": [],
            "skip": [{"rule": "ba104", "reason": "we sell one-time installations"}],
        }
    )
    report = audit_report(profile, resolve([]))
    assert "BA104" not in {f.rule for f in report.findings}
    assert [(s.rule, s.reason) for s in report.skipped] == [
        ("BA104", "we sell one-time installations")
    ]


def test_advice_rounds_up_what_is_needed() -> None:
    # 10% of 100,005.05 revenue is 10,000.505: "at least" must say 10,000.51, not .50;
    # 10% of a 62.5-hour week is 6.25 hours: at least 6.3, not 6.2.
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Case"},
            "revenue": "100005.05",
            "activities": [{"name": "Google Ads", "spend": 5000}],
            "owner_hours": {"delivery": 60, "marketing": 2.5},
        }
    )
    advice = {f.rule: f.advice for f in audit_report(profile, resolve([])).findings}
    assert advice["BA101"].startswith("budget at least $10,000.51 a period")
    assert "($5,000.51 more;" in advice["BA101"]
    assert advice["BA105"].startswith("block at least 6.3 hours a week for marketing, or, at")


def test_a_figure_just_past_its_limit_never_reads_as_the_limit() -> None:
    # 9,996 of 100,000 is 9.996%: at two places it would read "10%", under a 10% minimum.
    # 1,001 of 2,000 referrals is 50.05%; 4.98 of 50 hours is 9.96%.
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Edge"},
            "revenue": 100000,
            "activities": [{"name": "Google Ads", "spend": 9996}],
            "customers": {"new": 2000, "sources": {"referrals": 1001, "google ads": 999}},
            "owner_hours": {"delivery": "45.02", "marketing": "4.98"},
        }
    )
    messages = {f.rule: f.message for f in audit_report(profile, resolve([])).findings}
    assert messages["BA101"].startswith("marketing is 9.996% of revenue ($9,996 of $100,000)")
    assert messages["BA102"].startswith("50.05% of new customers came from referrals (1,001 of")
    assert messages["BA105"].startswith(
        "the owner spends 9.96% of their week on marketing (4.98 of 50"
    )


def _report(profile: dict[str, Any]) -> ProfileReport:
    """The report of a profile given as a dict, under its own industry's policy (held to the
    range its name gives away, as the CLI holds it: ``model.verticals.held_to``)."""
    model = Profile.model_validate({"version": 1, "business": {"name": "Case"}} | profile)
    vertical = verticals.held_to(model.business.industry, model.business.name)
    return audit_report(model, resolve([("profile", model.policy)], vertical=vertical))


def _facts(profile: dict[str, Any]) -> Facts:
    """The audit's figures for a profile given as a dict."""
    model = Profile.model_validate({"version": 1, "business": {"name": "Case"}} | profile)
    return compute(model, vertical=verticals.get(model.business.industry))


def _found(rule: str, profile: dict[str, Any]) -> list[Finding]:
    """The findings of one rule in that report, in its order."""
    return [f for f in _report(profile).findings if f.rule == rule]


def _law_rules_on(
    industry: str, name: str, spend: int, revenue: int, beside: str = "Website"
) -> set[str]:
    """The rules that say the law may forbid a line (BA114, BA120, BA121, BA127) and name it,
    in a small profile of ``industry`` with one other line of $30,000 (``beside``)."""
    report = _report({
        "business": {"name": "Case", "industry": industry},
        "revenue": revenue,
        "activities": [{"name": name, "spend": spend}, {"name": beside, "spend": 30000}],
    })  # fmt: skip
    named = {f.rule for f in report.findings if f.subject == name}
    return named & {"BA114", "BA120", "BA121", "BA127"}


def _policy(profile: dict[str, Any]) -> EffectivePolicy:
    """The policy a profile given as a dict is checked under (its industry's)."""
    model = Profile.model_validate({"version": 1, "business": {"name": "Case"}} | profile)
    return resolve([("profile", model.policy)], vertical=verticals.get(model.business.industry))


def _advice(profile: dict[str, Any]) -> dict[str, str]:
    return {f.rule: f.advice for f in _report(profile).findings}


def test_advice_that_would_turn_profit_into_a_loss_is_a_staged_test() -> None:
    # The default minimum, 10% of 100,000 = 10,000; 9,000 more, but the profit is 100,000 -
    # 94,000 = 6,000 (6%): a test of the smallest of a quarter of the gap (2,250), half the
    # profit (3,000) and what keeps a 5% margin (6,000 - 5,000 = 1,000), aiming at a CAC under
    # LTV / 3 = 1,200 / 3 = 400.
    advice = _advice(
        {
            "revenue": 100000,
            "activities": [{"name": "Google Ads", "spend": 1000}, {"name": "Rent", "spend": 93000}],
            "customers": {"new": 10, "lifetime_value": 1200},
        }
    )
    assert advice["BA101"] == (
        "the full $9,000 would turn the $6,000 operating profit into a $3,000 loss: test first, "
        "with $1,000 (a quarter of the gap, at most half the profit, keeping a 5% margin; the "
        "margin sets it here) on the cheapest channel more money can buy for a period "
        "and keep going only while a new customer costs under $400 (a third of what a customer "
        "is worth)"
    )


def test_on_a_margin_already_thin_the_advice_moves_money_rather_than_adds_it() -> None:
    """A CFO's review: a distributor at a 1.7% margin was told to test with half its profit,
    while BA115 in the same report said to look at prices before adding spend. Dental minimum
    3% of 100,000 = 3,000, 2,000 more; profit 100,000 - 99,000 = 1,000, a 1% margin."""
    advice = _advice(
        {
            "business": {"name": "Case", "industry": "dental"},
            "revenue": 100000,
            "activities": [{"name": "Google Ads", "spend": 1000}, {"name": "Rent", "spend": 98000}],
            "customers": {"new": 10, "lifetime_value": 1200},
        }
    )
    assert advice["BA101"] == (
        "the operating margin is already thin (1%, under 5%: BA115): rather than adding $2,000, "
        "move money from costs that bring no customers into a channel that does"
    )
    assert "BA115" in advice


def _restaurant(*, new: int) -> dict[str, Any]:
    """A restaurant of $200,000: $1,000 of Google Ads, $186,000 of rent, `new` customers each
    worth $300."""
    return {
        "business": {"name": "Case", "industry": "restaurant"},
        "revenue": 200000,
        "activities": [
            {"name": "Google Ads", "spend": 1000},
            {"name": "Rent", "spend": 186000},
        ],
        "customers": {"new": new, "lifetime_value": 300},
    }


def test_advice_that_would_leave_a_thin_margin_is_a_staged_test_too() -> None:
    # From a restaurant owner's review: BA101 asked for the whole gap while BA115, in the same
    # report, said to look at prices before adding spend. Restaurant minimum 3% of 200,000 =
    # 6,000; 1,000 of marketing, so 5,000 more. Profit 200,000 - 187,000 = 13,000 (6.5%); after
    # the gap 8,000 (4%, under 5%): a test of min(5,000 / 4, 13,000 / 2, 13,000 - 10,000) =
    # 1,250, aiming at a CAC under 300 / 3 = 100.
    advice = _advice(_restaurant(new=50))
    assert advice["BA101"] == (
        "the full $5,000 would take the operating margin from 6.5% to 4%, under 5% (a thin "
        "margin, BA115): test first, with $1,250 (a quarter of the gap, at most half the profit, "
        "keeping a 5% margin; the quarter sets it here) on the cheapest channel more money "
        "can buy for a period and keep going only while a new customer costs under $100 (a "
        "third of what a customer is worth)"
    )


def test_no_staged_test_is_advised_while_a_customer_already_costs_more_than_a_third() -> None:
    """A CFO's review (2026-12-02): a tutoring centre was told to test $5,050 "while a new
    customer costs under $396.51", beside BA201 and channels at $428 and $667. The restaurant
    above, with 5 new customers instead of 50: a customer costs 1,000 / 5 = 200, more than
    300 / 3 = 100 (LTV ÷ CAC 1.5×, BA201)."""
    advice = _advice(_restaurant(new=5))
    assert advice["BA101"] == (
        "$5,000 more would reach the minimum, but a new customer already costs $200 to win, "
        "more than the $100 a third of their worth allows (BA201): make a customer worth more "
        "first (keep them longer, raise the margin) or win them for less, and grow the budget "
        "once a new one costs under a third of their worth"
    )
    assert "BA201" in advice


def test_owner_time_advice_says_what_the_hours_cost_when_the_hour_is_valued() -> None:
    """An owner's review (2026-12-02): a dentist at $400 an hour was told to block 4.3 hours
    a week for marketing, with no word of the chair time it costs. 1 of 43 hours; 10% of 43 =
    4.3, so 3.3 more; 3.3 x 400 x 52 = 68,640 a year. (1,500,000 ÷ (34 x 52) = $848 a
    delivery hour, more than the rate: the rate stands.)"""
    hours = {"delivery": 34, "marketing": 1, "sales": 2, "admin": 6}
    valued = _advice({"revenue": 1500000, "activities": [], "owner_hours": {**hours, "rate": 400}})
    assert valued["BA105"] == (
        "block at least 4.3 hours a week for marketing (3.3 more: about $68,640 a year of the "
        "owner's time at $400 an hour), or hand that work to a freelancer billing by the hour, "
        "whose hour costs less (about $35.90 an hour, the US median for marketing specialists: "
        "BLS, 2023)"
    )
    # 3.3 more hours are no part-time job (F22 of the twenty-ninth round); 10 of 100 are
    more = {"delivery": 88, "marketing": 1, "sales": 5, "admin": 6, "rate": 400}
    long = _advice({"revenue": 3000000, "activities": [], "owner_hours": more})
    assert "hand that work to a part-time marketing coordinator" in long["BA105"]
    plain = _advice({"revenue": 100000, "activities": [], "owner_hours": hours})
    assert plain["BA105"] == "block at least 4.3 hours a week for marketing"


def test_ba105_hands_the_hours_over_where_ba201_finds_the_owners_time_too_dear() -> None:
    """AF6 of the twentieth round: three law partners were asked for 5 more marketing hours
    while BA201 said their hours already made a client too dear. By hand: an hour is worth the
    $350 rate, at most 1,850,000 ÷ (123 × 52) = $289.24 a delivery hour; 11 of 160 hours,
    10% is 16, so 5 more: 5 × 289.24 × 52 = $75,202 a year. BA201: 16 hours × 289.24 × 52 =
    240,647.68, over 60 customers 4,010.79, plus the 48,000 ÷ 25 = 1,920 of a customer won
    other than by referral: 5,930.79, and 8,000 ÷ 5,930.79 = 1.35, "1.3×"."""
    firm = {
        "business": {"name": "Hale Morgan & Price LLP", "industry": "legal"},
        "revenue": 1850000,
        "activities": [
            {"name": "Associate salaries", "spend": 520000},
            {"name": "Google Ads", "spend": 48000},
            {"name": "Partner draws", "spend": 1050000},
        ],
        "customers": {
            "new": 60,
            "sources": {"referrals": 35, "google ads": 25},
            "lifetime_value": 8000,
        },
        "owner_hours": {
            "owners": 3, "delivery": 123, "marketing": 11, "sales": 5, "admin": 21, "rate": 350
        },
    }  # fmt: skip
    advice = _advice(firm)
    assert advice["BA105"] == (
        "hand the 5 more hours a week to a part-time marketing coordinator (about $35.90 an "
        "hour, the US median for marketing specialists: BLS, 2023) rather than adding them to "
        "the owners' week: at $289.24 an hour ($75,202 a year), the owners' time already makes "
        "a customer worth only 1.3× what it costs to win (BA201); first consultations can go to "
        "an associate too"
    )
    [ba201] = _found("BA201", firm)
    assert "$5,930.79 and is worth 1.3×" in ba201.message
    # not a licensed firm: no associate to take the consultations
    shop = firm | {"business": {"name": "Hale Morgan Design", "industry": "agency"}}
    assert not _advice(shop)["BA105"].endswith("an associate too")
    # with a customer worth 3× what the owners' time makes them cost, the hours are the owners'
    customers = {"new": 60, "sources": {"referrals": 35, "google ads": 25}}
    worth = firm | {"customers": customers | {"lifetime_value": 20000}}
    assert _advice(worth)["BA105"].startswith("block at least 16 hours a week for marketing")


def test_ba105_values_the_hours_from_the_pay_where_ba201_does_without_a_rate() -> None:
    """Q8 of the twenty-eighth round (2026-12-05): two architects with no rate given were told
    by BA105 to block 11 hours a week for marketing, while BA201, valuing their hours from the
    $300,000 of guaranteed payments, said those hours already made a client too dear. By hand:
    an hour is 300,000 ÷ (110 × 52) = $52.45; 10% of 110 is 11, so 3 more: 3 × 52.45 × 52 =
    $8,182 a year; BA201: 18 of 110 hours of 300,000 is 49,090.91, over 22 customers 2,231.40,
    plus 20,000 ÷ 8 = 2,500 of Google Ads: 4,731.40, and 10,000 ÷ 4,731.40 = 2.1×."""
    firm = {
        "business": {"name": "Case Architects", "industry": "architecture"},
        "revenue": 1800000,
        "activities": [
            {"name": "Guaranteed payments to partners", "spend": 300000},
            {"name": "Google Ads", "spend": 20000},
            {"name": "Staff architects' salaries", "spend": 700000},
        ],
        "customers": {"new": 22, "sources": {"referrals": 14, "google ads": 8},
                      "lifetime_value": 10000},
        "owner_hours": {"owners": 2, "delivery": 80, "marketing": 8, "sales": 10, "admin": 12},
    }  # fmt: skip
    [ba201] = _found("BA201", firm)
    assert "18 of 110 hours a week of the $300,000 that pays the 2 owners, $49,090.91" in (
        ba201.message
    )
    assert _advice(firm)["BA105"].startswith(
        "hand the 3 more hours a week to a freelancer billing by the hour"
    )
    assert "at $52.45 an hour ($8,182 a year), the owners' time already makes a customer worth "\
        "only 2.1× what it costs to win (BA201)" in _advice(firm)["BA105"]  # fmt: skip


def test_a_channel_too_small_to_judge_is_watched_not_cut() -> None:
    """A CFO's review (2026-12-02): BA205 sent a law firm to `plan` over a 10-case billboard
    channel, which `plan` then left alone as too few to tell. Under 20 customers the advice is
    to track it: postcards 6,000 / 4 = 1,500 a customer, worth 1,000; a count of 4 could as
    well be 1.1 or 10.2 (Garwood's 95% interval). At 25 customers (30,000 / 25 = 1,200) the
    advice moves money."""
    few = _advice(
        {
            "revenue": 200000,
            "activities": [
                {"name": "Google Ads", "spend": 5000},
                {"name": "EDDM postcards", "spend": 6000},
            ],
            "customers": {
                "new": 54,
                "lifetime_value": 1000,
                "sources": {"google ads": 50, "postcard": 4},
            },
        }
    )
    assert few["BA205"] == (
        "on 4 customers the cost is not yet known (a count of 4 could as well be 1 or 10, so "
        "'bizaudit plan' leaves a channel with fewer than 20 alone): track this channel's "
        "customers for another period before moving its money, and check they are not listed "
        "under another source"
    )
    enough = _advice(
        {
            "revenue": 200000,
            "activities": [
                {"name": "Google Ads", "spend": 5000},
                {"name": "EDDM postcards", "spend": 30000},
            ],
            "customers": {
                "new": 75,
                "lifetime_value": 1000,
                "sources": {"google ads": 50, "postcard": 25},
            },
        }
    )
    assert enough["BA205"].startswith("move this channel's money to channels whose customers")


def test_advice_never_says_spend_more_when_customers_cost_more_than_they_are_worth() -> None:
    advice = _advice(
        {
            "revenue": 100000,
            "activities": [{"name": "Google Ads", "spend": 1000}],
            "customers": {"new": 10, "lifetime_value": 50},  # CAC 100, worth 50
        }
    )
    assert advice["BA101"].endswith("fix that first, then grow the budget")
    assert "BA202" not in advice


def test_advice_at_a_loss_moves_money_rather_than_adds_it() -> None:
    advice = _advice(
        {
            "revenue": 100000,
            "activities": [
                {"name": "Google Ads", "spend": 1000},
                {"name": "Rent", "spend": 120000},
            ],
        }
    )
    assert advice["BA101"].startswith("the business already runs at a loss ($21,000)")


def test_a_regulated_profession_is_never_told_to_pay_for_referrals() -> None:
    advice = _advice(
        {
            "business": {"name": "Case", "industry": "legal"},
            "revenue": 100000,
            "activities": [{"name": "Bar dues", "spend": 1000}],
            "customers": {"sources": {"referrals": 8, "google": 2}},
        }
    )
    assert "rules limit paying for referrals" in advice["BA102"]
    assert "referral programme" not in advice["BA102"]
    assert "non-exclusive reciprocal referral relationships" in advice["BA102"]


def test_a_financing_line_gives_the_profit_with_and_without_it() -> None:
    """A CFO's review: a machine shop's $162,000 of equipment loan payments made its margin
    3.4% (BA115, thin) where 8.7% was true. By hand: 100,000 − 80,000 − 16,200 = 3,800 (3.8%)
    with the loan payments; 20,000 (20%) without."""
    [ba116] = _found(
        "BA116",
        {
            "revenue": 100000,
            "activities": [
                {"name": "Rent and wages", "kind": "operations", "spend": 80000},
                {"name": "Equipment loan payments", "spend": 16200},
            ],
        },
    )
    assert ba116.message == (
        "'Equipment loan payments' ($16,200) looks like a loan being repaid: the principal in "
        "it is not a cost of the period; the operating profit counts it: $3,800 (3.8% of "
        "revenue) with it, $20,000 (20%) without it, before the interest and depreciation to "
        "list instead"
    )
    assert ba116.advice.startswith("take it out and list the loan's interest")


#: A customer worth 5,000 × 40% × 1 year (100% churn) = 2,000: the BA205 cases below
_WORTH_2000: dict[str, Any] = {"average_revenue": 5000, "gross_margin": "40%", "churn_rate": "100%"}


def test_ba205_does_not_send_a_price_per_customer_to_plan() -> None:
    """A CFO's review: BA205 told a brokerage to move its Zillow Flex fees ('bizaudit plan'
    shows where), and `plan` left them alone, as fees paid per closing. By hand: Flex
    60,000 ÷ 20 = 3,000 a client, Google 50,000 ÷ 20 = 2,500; a client is worth
    5,000 × 40% × 1 year (100% churn) = 2,000, so both cost more than they are worth; Bing
    20,000 ÷ 20 = 1,000 is where `plan` can move Google's money."""
    found = {
        f.subject: f
        for f in _found(
            "BA205",
            {
                "revenue": 1000000,
                "activities": [
                    {"name": "Zillow Flex referral fees", "spend": 60000},
                    {"name": "Google Ads", "spend": 50000},
                    {"name": "Bing Ads", "spend": 20000},
                ],
                "customers": {
                    "new": 60,
                    "sources": {"Zillow": 20, "Google Ads": 20, "Bing Ads": 20},
                    **_WORTH_2000,
                },
            },
        )
    }
    flex = next(f for name, f in found.items() if name and "Zillow" in name)
    assert "costs $3,000 ($60,000 ÷ 20 customers) but is worth $2,000" in flex.message
    # Flex is a channel of its own since AI5 of the twenty-second round: its vocabulary says why
    assert flex.advice.startswith(
        "'bizaudit plan' leaves this channel alone, as it is paid a share of the commission on "
        "each closing it refers, not a budget: more spend buys nothing, and each closing keeps "
        "the rest of its commission; weigh the fee against what a client is worth; so cut or "
        "renegotiate what a customer costs there rather than move its money"
    )
    google = found["Google Ads"]
    assert google.advice.startswith("move this channel's money to channels whose customers pay")


_PLATFORM_ONLY: dict[str, Any] = {
    "business": {"name": "T", "industry": "ecommerce"},
    "revenue": 1000000,
    "activities": [
        {"name": "Facebook ads", "spend": 120000},
        {"name": "Google Ads", "spend": 80000},
    ],
    "customers": {
        "new": 80,
        "sources": {"Facebook": 40, "Google Ads": 40},
        **_WORTH_2000,
    },
}


def test_findings_do_not_send_the_owner_to_a_plan_that_can_move_nothing() -> None:
    """Y7 of the seventeenth round: a skincare brand's BA110 and BA205 sent the owner to
    `plan`, which could only keep today's split. Here Facebook's 40 customers answered only
    "Facebook" (read as organic), so `plan` leaves it alone, and Google Ads is the only channel
    it may move: no move takes two. By hand: marketing 200,000 ÷ 1,000,000 = 20%, above
    e-commerce's 7–12%; a customer is worth 5,000 × 40% × 1 year = 2,000 and costs
    200,000 ÷ 80 = 2,500 (0.8×); Facebook 120,000 ÷ 40 = 3,000, Google 80,000 ÷ 40 = 2,000."""
    findings = {f.rule: f for f in _report(_PLATFORM_ONLY).findings}
    by_hand = (
        "cut by hand, at most 30% of {} spend in a period (the step `plan` takes), and watch "
        "whether its new customers fall: where they hold, the money cut bought none"
    )
    assert "20% of revenue, above the 7–12% range" in findings["BA110"].message
    assert (
        "to the channels that do. `bizaudit plan` has no two channels it can move money between "
        "here, so "
        + by_hand.format("a channel's")
        + "; start with the most expensive channel: Facebook"
    ) in findings["BA110"].advice
    ba205 = findings["BA205"]
    assert "costs $3,000 ($120,000 ÷ 40 customers) but is worth $2,000" in ba205.message
    assert ba205.advice.startswith(
        "'bizaudit plan' leaves this channel alone: its customers include those who named only "
        "the platform ('Facebook'), read as organic"
    )
    assert "before moving money. Until then, " + by_hand.format("its") in ba205.advice


def test_ba205_cuts_by_hand_where_plan_has_no_second_channel() -> None:
    """The Zillow brokerage of the test above without Bing: Google Ads (50,000 ÷ 20 = 2,500
    a client, worth 2,000) is the only channel `plan` may move, and a move takes two."""
    [google] = [
        f
        for f in _found(
            "BA205",
            {
                "revenue": 1000000,
                "activities": [
                    {"name": "Zillow Flex referral fees", "spend": 60000},
                    {"name": "Google Ads", "spend": 50000},
                ],
                "customers": {
                    "new": 40,
                    "sources": {"Zillow": 20, "Google Ads": 20},
                    **_WORTH_2000,
                },
            },
        )
        if f.subject == "Google Ads"
    ]
    assert google.advice.startswith(
        "'bizaudit plan' has no other channel it can move this money to, so cut by hand, at "
        "most 30% of its spend in a period"
    )


def test_ba207_on_a_booking_marketplace_does_not_invent_a_bill() -> None:
    """A coach's review: a studio was told to add a ClassPass spend line, though ClassPass
    pays the studio per visit; its cost is the share it keeps."""
    [ba207] = _found(
        "BA207",
        {
            "revenue": 300000,
            "activities": [{"name": "Instagram ads", "spend": 9000}],
            "customers": {"new": 60, "sources": {"Instagram ads": 30, "ClassPass": 30}},
        },
    )
    # the owner's word first, then how it was read (a coach's review, 2026-12-02)
    assert ba207.message.startswith(
        "30 new customers came from 'ClassPass', read as Booking and deal marketplaces"
    )
    assert ba207.advice.startswith(
        "it costs a fee or a share per client, often kept from what it pays you rather than billed"
    )
    assert "list the share as kind: contra-revenue" in ba207.advice


def test_ba107_does_not_call_a_close_spelling_ambiguous() -> None:
    [ba107] = _found(
        "BA107", {"revenue": 300000, "activities": [{"name": "Photographer", "spend": 900}]}
    )
    assert ba107.message == (
        "'Photographer' has no known term; it was read 'photographer' as 'photography' (a close "
        "match): 'photography' → marketing/acquire"
    )
    assert ba107.advice == "if that reading is wrong, state its kind and purpose"


def test_an_owner_hour_is_worth_no_more_than_a_delivery_hour_brings_in() -> None:
    """A CFO's review: a consultant billing $225 took $182,000 for 30 delivery hours a week,
    $182,000 ÷ (30 x 52) = $116.67 an hour; at $225 her 44-hour week was worth 2.8 times the
    revenue, and her 4 marketing hours, $46,800, turned a cash gap into a pass. Counted at
    $116.67: 4 x 116.67 x 52 = $24,267.36; with $10,300 of marketing, $34,567.36, 19% of
    revenue. BA105's gap, 0.4 hours (10% of 44 = 4.4), is priced, but no hire is suggested for
    24 minutes a week: 0.4 x 116.67 x 52 = $2,426.74, about $2,427."""
    report = _report(
        {
            "business": {"name": "Advisory", "industry": "consulting"},
            "revenue": 182000,
            "activities": [
                {"name": "Conference speaking", "spend": 9580},
                {"name": "Newsletter", "spend": 720},
            ],
            "owner_hours": {"delivery": 30, "marketing": 4, "sales": 3, "admin": 7,
                            "rate": 225},
        }
    )  # fmt: skip
    owner = report.owner_time
    assert owner is not None
    assert (owner.rate, owner.stated_rate) == (Decimal("116.67"), Decimal(225))
    assert owner.value == Decimal("24267.36")
    assert owner.marketing_with_owner_time == Decimal("34567.36")
    ba105 = next(f for f in report.findings if f.rule == "BA105")
    # her 3 hours of selling make winning customers 7 of 44 hours, over 10%: information
    assert ba105.severity == "info"
    assert ba105.advice == (
        "selling closes the leads marketing brings, so keep time for what fills the pipeline: "
        "block at least 4.4 hours a week for marketing (0.4 more: about $2,427 a year of the "
        "owner's time at $116.67 an hour)"
    )


def test_ba117_shows_both_margins_by_hand() -> None:
    """A CFO's review: a machine shop stated a 27% gross margin while its listed cost of sales
    gave (3,008,000 − 1,585,000) ÷ 3,008,000 = 47.3%."""
    [ba117] = _found(
        "BA117",
        {
            "revenue": 3008000,
            "activities": [
                {"name": "Materials", "spend": 1585000},
                {"name": "Machinist wages", "spend": 600000},
                {"name": "Shop rent", "spend": 120000},
                {"name": "Office staff payroll", "spend": 150000},
                {"name": "Shop labor", "spend": 90000},
                {"name": "Tooling and inserts", "spend": 60000},
                {"name": "Shop supplies", "spend": 30000},
            ],
            "customers": {"gross_margin": "27%"},
        },
    )
    assert ba117.severity == "info"  # stated below listed: LTV is not flattered
    assert ba117.message == (
        "the stated gross margin, 27%, is not what the listed costs give: ($3,008,000 revenue − "
        "$1,585,000 cost of sales) ÷ $3,008,000 = 47.3%; the lifetime value and payback are "
        "built on the 27%"
    )
    assert ba117.advice.startswith("if direct costs (job labour, materials, tooling) are listed")
    # A re-review: the advice named no line. The three largest operations lines whose names
    # say delivery; not the rent, not the office's payroll.
    assert ba117.advice.endswith(
        "; the lines read as operations to look at first: 'Machinist wages' ($600,000), "
        "'Shop labor' ($90,000), 'Tooling and inserts' ($60,000)"
    )


def test_ba117_names_the_vehicles_a_business_delivers_with_not_the_owners_pay() -> None:
    """W22 of the sixteenth round's re-review: a driving school's BA117 named 'Owner salary'
    first among the lines that may be direct costs, ahead of its car leases and fleet
    insurance. By hand: (481,200 − 186,000) ÷ 481,200 = 61.3% listed, against 45% stated."""
    [ba117] = _found(
        "BA117",
        {
            "revenue": 481200,
            "activities": [
                {"name": "Instructor wages", "spend": 186000, "kind": "cost-of-sales"},
                {"name": "Owner salary", "spend": 60000},
                {"name": "Car leases - 5 dual-control Corollas", "spend": 42000},
                {"name": "Fleet insurance", "spend": 31000},
                {"name": "Office rent", "spend": 24000},
            ],
            "customers": {"gross_margin": "45%"},
        },
    )
    assert "= 61.3%" in ba117.message
    assert ba117.advice.endswith(
        "; the lines read as operations to look at first: 'Car leases - 5 dual-control "
        "Corollas' ($42,000), 'Fleet insurance' ($31,000)"
    )


def test_ba117_with_the_stated_margin_above_names_what_was_read_as_cost_of_sales() -> None:
    """By hand: (500,000 − 100,000 − 50,000) ÷ 500,000 = 70% listed, against 85% stated."""
    [ba117] = _found(
        "BA117",
        {
            "revenue": 500000,
            "activities": [
                {"name": "Materials", "spend": 50000},
                {"name": "Cost of goods sold", "spend": 100000},
                {"name": "Rent", "spend": 40000},
            ],
            "customers": {"gross_margin": "85%"},
        },
    )
    assert ba117.severity == "warning"
    assert "= 70%" in ba117.message
    assert ba117.advice.endswith(
        "; the lines read as cost of sales to look at first: 'Cost of goods sold' ($100,000), "
        "'Materials' ($50,000)"
    )


def test_ba206_on_a_sales_tool_does_not_ask_for_a_retention_purpose() -> None:
    """A CFO's review: LinkedIn Sales Navigator, a sales line, was told to say 'purpose:
    retain' or 'grow', which a sales line cannot have."""
    [ba206] = _found(
        "BA206",
        {
            "revenue": 180000,
            "activities": [{"name": "LinkedIn Sales Navigator", "spend": 1080}],
            "customers": {"new": 4, "sources": {"referral": 4}},
        },
    )
    assert ba206.message.startswith("$1,080 on Outbound")
    assert "('LinkedIn Sales Navigator') with no customers attributed to it" in ba206.message
    assert "purpose" not in ba206.advice
    assert ba206.advice.startswith("if it works the leads of another channel")


def test_ba116_gives_each_line_its_own_effect() -> None:
    """A CFO's re-review: with two such lines each finding showed the effect of both. By hand:
    1,000,000 − 630,000 rent and wages − 60,000 draws − 50,000 loan = 260,000 (26%); without
    the draws 320,000 (32%), without the loan 310,000 (31%), without both 370,000 (37%)."""
    found = {
        f.subject: f.message
        for f in _found(
            "BA116",
            {
                "revenue": 1000000,
                "activities": [
                    {"name": "Rent and wages", "kind": "operations", "spend": 630000},
                    {"name": "Owner draws", "spend": 60000},
                    {"name": "SBA loan payment", "spend": 50000},
                ],
            },
        )
    }
    assert found["Owner draws"].endswith(
        "$260,000 (26% of revenue) with it, $320,000 (32%) without it, $370,000 (37%) without "
        "every such line"
    )
    assert found["SBA loan payment"].endswith(
        "$260,000 (26% of revenue) with it, $310,000 (31%) without it, $370,000 (37%) without "
        "every such line, before the interest to list instead"
    )  # no equipment named: a cash advance has no depreciation to list (a CFO's re-review)


def test_ba117_takes_an_agents_margin_on_gross_commission() -> None:
    """A CFO's re-review: a brokerage's stated 32% had been set against its margin on company
    dollar, (931,000 − 30,000) ÷ 931,000 = 96.8%; on gross commission income, as its LTV uses
    it, (2,450,000 − 1,519,000 − 30,000) ÷ 2,450,000 = 36.8%, within 10 points: no finding.
    Stated 20%, it is 16.8 points below: information."""

    def ba117(margin: str) -> list[str]:
        profile = {
            "business": {"name": "Realty", "industry": "real-estate"},
            "revenue": 2450000,
            "activities": [
                {"name": "Agent commission splits", "spend": 1519000},
                {"name": "Listing photography", "spend": 30000},
            ],
            "customers": {"gross_margin": margin},
        }
        return [f.message for f in _found("BA117", profile)]

    assert ba117("32%") == []
    assert ba117("20%") == [
        "the stated gross margin, 20%, is not what the listed costs give: ($2,450,000 revenue − "
        "$1,519,000 taken out − $30,000 cost of sales) ÷ $2,450,000 = 36.8%; the lifetime value "
        "and payback are built on the 20%"
    ]


def test_ba202_says_its_ratio_is_an_average_over_free_customers() -> None:
    """A coach's re-review: "room to spend more" at 6.6× counted 117 of 232 members who came
    through channels nothing is spent on. The coaching example by hand: of the 10 clients won
    other than by referral, 6 came by Facebook ads ($6,000) and 4 by the website ($0)."""
    data = loading.load_file(Path(__file__).parent.parent / "examples" / "coaching.yaml").data
    [ba202] = _found("BA202", data)
    assert "(an average: 4 of the 10 came through channels nothing is spent on" in ba202.message


def test_ba101_counts_sales_spend_that_wins_customers_as_spent_winning_them() -> None:
    """An owner's review of a roofer: $265,000 of canvassers' commissions, read as sales,
    brought 165 of its new customers, yet BA101 failed it for under-spending. Home services
    minimum 5% of 1,000,000 = 50,000; marketing 30,000 (3%); with the canvassers 30,000 +
    60,000 = 90,000, 9%: a warning, and no "budget at least"."""
    [ba101] = _found(
        "BA101",
        {
            "business": {"name": "Case", "industry": "home-services"},
            "revenue": 1000000,
            "activities": [
                {"name": "Canvasser commissions (door knocking)", "spend": 60000},
                {"name": "Google Ads", "spend": 30000},
            ],
            "customers": {"new": 100, "sources": {"door knocking": 60, "google ads": 40}},
        },
    )
    assert ba101.severity == "warning"
    assert ba101.message.endswith(
        "; with the $60,000 of sales spend in channels that brought new customers ('Canvasser "
        "commissions (door knocking)'), marketing and that selling come to 9%"
    )
    assert ba101.advice.startswith(
        "$20,000 more would bring marketing alone to the minimum, but $60,000 of sales spend "
        "already wins customers ('Canvasser commissions (door knocking)')"
    )


def test_ba101_is_not_rescued_by_hours_valued_and_selling_added_together() -> None:
    """A CFO's re-review of an IT firm: it passed only on marketing + the owner's hours valued
    + an SDR's pay, which the finding called "spent". By hand, of 1,000,000 against the
    default 10%: marketing 40,000, the SDR 40,000 (8%), the owner's 2 hours × 200 × 52 =
    20,800 (6.08%): neither reaches 10% alone, so it stays an error."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 40000},
                {"name": "SDR salary", "spend": 40000},
            ],
            "customers": {"new": 20, "sources": {"google ads": 10, "cold email": 10}},
            "owner_hours": {"delivery": 40, "marketing": 2, "rate": 200},
        },
    )
    assert ba101.severity == "error"
    assert "marketing and that selling come to 8%" in ba101.message


def test_ba113_suggests_no_kind_to_copy() -> None:
    """A coach's review: the example fix was always 'kind: referral', which, copied for a
    market stall's 380 customers, would move a paid channel into referrals."""
    [ba113] = _found(
        "BA113",
        {"revenue": 100000, "activities": [], "customers": {"new": 5, "sources": {"Bob": 5}}},
    )
    assert ba113.advice.startswith(
        "say its kind under classify.sources as '{term: bob, kind: KIND}'"
    )
    assert "paid (a fee, a booth or a commission buys them)" in ba113.advice


def test_ba202_weighs_the_commissions_marketplaces_kept() -> None:
    """An owner's review of an inn: "room to spend more" at 30× left out $126,200 of OTA
    commissions on 70% of its guests. By hand: Google Ads 10,000 ÷ 500 = 20 a customer, 1,000 ÷
    20 = 50×; with 100,000 of Booking.com commissions, 20 + 200 = 220, 4.5×: no room. With 50,000,
    20 + 100 = 120, 8.3×: room, and both figures said."""

    def ba202(commissions: int, app: str = "Booking.com") -> list[str]:
        profile = {
            "business": {"name": "Case", "industry": "hospitality"},
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 10000},
                {"name": f"{app} commissions", "spend": commissions},
            ],
            "customers": {
                "new": 500,
                "sources": {"google ads": 100, app.lower(): 400},
                "lifetime_value": 1000,
            },
        }
        return [f.message for f in _found("BA202", profile)]

    assert ba202(100000) == []
    # a delivery app's commission pays its courier too: not what winning the customer costs,
    # as BA101 and BA201 hold it (S8 of the thirty-fourth round's second re-review)
    assert ba202(100000, "DoorDash") != []
    [message] = ba202(50000)
    assert message.startswith("a customer is worth 50.0× what it costs to win; the CAC")
    assert (
        "; the CAC leaves out $50,000 of commissions marketplaces kept (taken out of revenue, "
        "charged on repeat customers too): with them 8.3×; there is room" in message
    )


def test_ba114_sees_referral_rewards_paid_as_account_credits() -> None:
    """A CFO's review: "Refer-a-friend account credits ($25)" passed a dental practice's check
    and counted as a funded acquisition channel, though the credit is payment for referrals."""
    [ba114] = _found(
        "BA114",
        {
            "business": {"name": "Case", "industry": "dental"},
            "revenue": 1000000,
            "activities": [{"name": "Refer-a-friend account credits ($25)", "spend": 2250}],
            "customers": {"new": 100, "sources": {"referred by a friend": 90, "google": 10}},
        },
    )
    assert ba114.subject == "Refer-a-friend account credits ($25)"


def test_ba114_leaves_a_cpas_disclosed_referral_fee_alone() -> None:
    """A CFO's review: AICPA ET 1.520.001 allows a referral fee disclosed to the client, yet a
    CPA firm's "(disclosed)" fee was warned about; an undisclosed one still is. The disclosed
    fee's 5 clients cost 2,500 ÷ 5 = 500 each in the referral channel."""

    def profile(name: str) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": "accounting"},
            "revenue": 1000000,
            "activities": [{"name": name, "spend": 2500}],
            "customers": {"new": 5, "sources": {"financial advisor referral": 5}},
        }

    disclosed = profile("Referral fees paid - financial advisor (disclosed)")
    assert _found("BA114", disclosed) == []
    [referrals] = _report(disclosed).channels
    assert (referrals.customers, referrals.cac) == (5, Decimal(500))
    # A fee whose name does not say it is disclosed is one the rule allows on that condition
    # (a CFO's review of a CPA firm: a warning had capped its score at 79 and flipped its
    # verdict to "At risk"): information asking that the condition be checked, and the line
    # is still the channel its 5 clients came through, at the same 500 each.
    undisclosed = profile("Referral fees paid - financial advisor")
    [ba114] = _found("BA114", undisclosed)
    assert ba114.severity == "info"
    assert "allow only when it is disclosed to the client" in ba114.message
    assert "(ET 1.520.001; a commission, unlike a referral fee, is barred" in ba114.message
    report = _report(undisclosed)
    [referrals] = report.channels
    assert (referrals.customers, referrals.cac) == (5, Decimal(500))
    assert report.predictability.verdict == "business"
    assert report.predictability.channels == ["Referral fees paid - financial advisor"]
    assert not report.score_caps
    assert "check your state board of accountancy's rule" in ba114.advice
    # A name that says the condition fails is a payment the rule forbids: a warning (a CFO's
    # re-review: "(not disclosed to clients)" had passed as disclosed, by the word alone).
    [ba114] = _found("BA114", profile("Referral fees paid - financial advisor (not disclosed)"))
    assert ba114.severity == "warning"
    # The attest bar is on commissions; a disclosed referral fee is allowed (the same review)
    assert _found("BA114", profile("Referral fees paid - advisor (disclosed; audit client)")) == []


def test_ba114_sees_gifts_to_referring_physicians_in_health_care() -> None:
    """A CFO's review of a physical-therapy clinic: "Referring Provider Thank-You Gifts" read
    as retention with no warning, and "Gifts to referring physicians" counted as a channel.
    In a medical practice a gift to a referrer is "anything of value" (AKS) and non-monetary
    compensation (Stark, 42 CFR §411.357(k)); elsewhere (a plumber) a thank-you gift to a
    referrer is cultivation, as before."""

    def profile(industry: str) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": industry},
            "revenue": 1000000,
            "activities": [
                {"name": "Gifts to referring physicians (holiday baskets)", "spend": 2400},
                {"name": "Google Ads", "spend": 12000},
            ],
            "customers": {"new": 100, "sources": {"Dr. referral": 80, "google ads": 20}},
        }

    [ba114] = _found("BA114", profile("medical"))
    assert ba114.subject == "Gifts to referring physicians (holiday baskets)"
    assert "42 CFR §411.357(k)" in ba114.message
    assert ba114.advice.startswith("check the arrangement with a health-care lawyer")
    assert _report(profile("medical")).predictability.channels == ["Google Ads"]
    assert _found("BA114", profile("home-services")) == []
    assert len(_report(profile("home-services")).predictability.channels) == 2


def test_a_cap_is_listed_only_when_it_holds_the_score_down() -> None:
    """A CFO's review: a distributor scoring 54 listed the thin margin's cap at 79, which did
    not touch it, while a failing check's cap, which would not either, was left out. By hand:
    marketing 1,000 of 100,000 (1%) against the default 10% earns 30 × 0.1² = 0.3 of 30, one
    of two channels 7.5 of 15, referral independence 15 of 15, retention 0 of 10: 22.8 of 70,
    32.6, so 33; the margin is 3%."""
    report = _report(
        {
            "revenue": 100000,
            "activities": [{"name": "Google Ads", "spend": 1000}, {"name": "Rent", "spend": 96000}],
            "customers": {"new": 10, "sources": {"google ads": 10}},
        }
    )
    assert {f.rule for f in report.findings} >= {"BA101", "BA115"}
    assert report.score == 33
    assert report.score_caps == []


def test_ba206_names_a_source_that_may_hold_the_channels_customers() -> None:
    """A CFO's review of a vet clinic: $10,800 of Google Ads showed no customers while the 260
    who said "google" were all counted as organic search, and the advice was to relabel the
    ads as retention, which would have taken them out of the CAC. (With an SEO retainer
    beside the ads, "google" now joins the two channels: test_channels.)"""
    [ba206] = _found(
        "BA206",
        {
            "revenue": 2000000,
            "activities": [{"name": "Google Ads", "spend": 10800}],
            "customers": {"new": 260, "sources": {"google search": 260}},
        },
    )
    assert ba206.advice.startswith(
        "the 260 customers from 'google search' were counted as Organic search (SEO and "
        "content): if some came through this spend, list them as a source of their own with "
        "'channel: Google Ads' (or give 'google search' that channel if all did); if its "
        "customers are listed under another name"
    )
    assert ba206.advice.endswith(
        "only if it is truly brand or retention work, say so with 'purpose: retain' or 'grow'"
    )


def test_ba116_asks_for_a_wage_in_place_of_a_draw_that_is_the_owners_pay() -> None:
    """An owner's review of a gift shop: "take it out" made a 0.7% margin read 9.1%, with no
    word that the owner, paid only by her draws, works 54 hours a week in the business."""
    [ba116] = _found(
        "BA116",
        {"revenue": 650000, "activities": [{"name": "Owner draws", "spend": 48000}]},
    )
    # AE15 of the nineteenth round: with no other line paying the owner, the wage leads
    assert ba116.message.startswith(
        "'Owner draws' ($48,000) looks like profit the owner takes out, and the only line that "
        "pays the owner"
    )
    assert ba116.advice == (
        "no other line pays the owner, so part of it is the wage for the owner's hours: list a "
        "fair wage for those hours as a cost (a salary, or what it would cost to hire a manager "
        "to do them) and take out only the rest, or the profit reads better than the business "
        "earns"
    )
    [with_hours] = _found(
        "BA116",
        {
            "revenue": 650000,
            "activities": [{"name": "Owner draws", "spend": 48000}],
            "owner_hours": {"delivery": 44, "admin": 10},
        },
    )
    assert "the wage for the owner's 54 hours a week:" in with_hours.advice
    [partners] = _found(
        "BA116",
        {
            "revenue": 650000,
            "activities": [{"name": "Owner draws", "spend": 48000}],
            "owner_hours": {"owners": 2, "delivery": 90, "admin": 20},
        },
    )
    assert partners.message.startswith(
        "'Owner draws' ($48,000) looks like profit the owners take out, and the only line that "
        "pays them"
    )
    assert partners.advice.startswith(
        "no other line pays the owners, so part of it is the wage for the 2 owners' 110 hours "
        "a week:"
    )
    # beside a salary, the draw is profit distributed: "take it out" stays
    [beside] = _found(
        "BA116",
        {
            "revenue": 650000,
            "activities": [
                {"name": "Owner draws", "spend": 48000},
                {"name": "Officer salary", "spend": 70000},
            ],
        },
    )
    assert beside.advice.startswith("take it out: a draw is profit taken, not a cost")
    assert "the only line" not in beside.message


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a coach's review (2026-12-02): a food truck's payments and its owner's pay, in the
        # owner's words, had read as unknown costs, and made a loss of $3,000
        ("Truck payment", "loan"),
        ("Equipment payments", "loan"),
        ("Paid myself", "draw"),
        ("Truck repairs", None),
        ("Payment processing", None),
        # G7 of the thirty-ninth round: a payment of principal and interest is a loan's (its
        # interest to be listed apart), as "Loan payments (principal and interest)" was read;
        # interest alone is a cost
        ("Truck payment (principal and interest)", "loan"),
        ("Truck loan interest", None),
        # S9 of its second re-review: the debt's service by name, a line of credit's payments
        ("Debt service", "loan"),
        ("LOC payments", "loan"),
        ("Debt collection agency", None),
    ],
)
def test_ba116_reads_an_owners_words_for_a_loan_and_a_draw(name: str, kind: str | None) -> None:
    found = _found("BA116", {"revenue": 240000, "activities": [{"name": name, "spend": 14400}]})
    said = {"loan": "looks like a loan being repaid", "draw": "looks like profit the owner takes"}
    if kind is None:
        assert not found
    else:
        assert [said[kind] in f.message for f in found] == [True]


def test_ba114_sees_a_coffee_card_thank_you_as_paying_for_referrals() -> None:
    """A CFO's re-review of a physiotherapy clinic billing Medicare: "Patient referral
    thank-you ($10 coffee cards)" drew no BA114 and BA102 said "keep funding it", beside the
    rule's own "without rewards"."""
    [ba114] = _found(
        "BA114",
        {
            "business": {"name": "Case", "industry": "medical"},
            "revenue": 1000000,
            "activities": [{"name": "Patient referral thank-you ($10 coffee cards)", "spend": 900}],
            "customers": {"new": 100, "sources": {"referred by a friend": 90, "google": 10}},
        },
    )
    assert ba114.subject == "Patient referral thank-you ($10 coffee cards)"


def test_ba106_does_not_ask_about_a_line_ba116_recognised() -> None:
    """A CFO's re-review: "3300 Partner Draws" got BA106 ("could not tell what it is for;
    state 'kind: operations'") beside BA116 ("profit the owner takes out, not a cost")."""
    profile = {"revenue": 1000000, "activities": [{"name": "3300 Partner Draws", "spend": 60000}]}
    assert _found("BA106", profile) == []
    assert [f.subject for f in _found("BA116", profile)] == ["3300 Partner Draws"]


def test_ba104_advises_a_one_off_trade_on_reviews_and_referrals() -> None:
    """A CFO's re-review of a roofer: "add a loyalty scheme" for a business whose report says
    97% of customers do not come back within a year (retention 3%)."""
    [ba104] = _found(
        "BA104",
        {
            "revenue": 1000000,
            "activities": [{"name": "Google Ads", "spend": 50000}],
            "customers": {
                "new": 100, "average_revenue": 9400, "gross_margin": "42%", "retention_rate": "3%"
            },
        },
    )  # fmt: skip
    assert ba104.advice.startswith("most customers buy once (97% do not come back within a year)")
    assert "loyalty scheme" not in ba104.advice
    # a follow-up for any trade, a warranty's only where it has one (W22 of the sixteenth
    # round's re-review: a driving school was told to follow up a warranty)
    assert ba104.advice.endswith(
        "a follow-up when they may need you again (a warranty or inspection visit where your "
        "trade has one)"
    )


def test_ba101_names_the_channel_money_would_go_to() -> None:
    """A CFO's re-review: "move money ... into a channel that does" named none. By hand: the
    dental minimum is 3% of 300,000 = 9,000; marketing 6,000 + 2,000 = 8,000, so 1,000 more;
    profit 300,000 − 297,000 = 3,000 (1%), under 5%: move money. Google Ads 6,000 ÷ 40 = 150
    a customer; Facebook's 10 customers are too few to tell (under 20)."""
    advice = _advice(
        {
            "business": {"name": "Case", "industry": "dental"},
            "revenue": 300000,
            "activities": [
                {"name": "Google Ads", "spend": 6000},
                {"name": "Facebook ads", "spend": 2000},
                {"name": "Rent", "spend": 289000},
            ],
            "customers": {"new": 50, "sources": {"google ads": 40, "facebook ads": 10}},
        }
    )
    assert advice["BA101"] == (
        "the operating margin is already thin (1%, under 5%: BA115): rather than adding $1,000, "
        "move money from costs that bring no customers into a channel that does (Google Ads: "
        "$150 a customer)"
    )


def test_ba116_finds_money_received_listed_as_spent() -> None:
    """A CFO's review of an IT provider: "MDF Reimbursement - Pax8" ($8,000 a vendor paid
    towards a webinar) was taken off revenue, so the profit read $16,000 too low. It is read
    with the marketing it pays for, as a co-op reimbursement is, and no longer taken out of
    revenue as well (N12 of the forty-third round, 2026-12-06). By hand: 1,000,000 − 600,000 −
    3,000 − 8,000 = 389,000 with it (38.9%); 397,000 without it (39.7%); 405,000 counted as
    received (40.5%). The mileage reimbursement paid to staff is a cost and is left alone."""
    found = _found(
        "BA116",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Wages and rent", "kind": "operations", "spend": 600000},
                {"name": "4900 MDF Reimbursement - Pax8", "spend": 8000},
                {"name": "Mileage reimbursement", "spend": 3000},
            ],
        },
    )
    assert [f.subject for f in found] == ["4900 MDF Reimbursement - Pax8"]
    assert found[0].message.endswith(
        "$389,000 (38.9% of revenue) with it, $397,000 (39.7%) without it, $405,000 (40.5%) "
        "counted as money received"
    )


def test_money_received_counts_twice_without_every_such_line() -> None:
    """AG12 of the twenty-first round: "without every such line" left a co-op reimbursement
    out of the costs but not in as income. By hand: 1,000,000 − 600,000 − 21,000 − 84,000 =
    295,000 with both; without both, the reimbursement counted as received: 295,000 + 84,000 +
    2 × 21,000 = 421,000 (42.1%)."""
    found = _found(
        "BA116",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Wages and rent", "kind": "operations", "spend": 600000},
                {"name": "Carrier co-op advertising reimbursement", "spend": 21000},
                {"name": "Truck payments - Ford Credit", "spend": 84000},
            ],
        },
    )
    assert len(found) == 2
    for finding in found:
        assert "$421,000 (42.1%) without every such line" in finding.message


def test_ba111_counts_money_received_once_among_the_costs_and_once_as_income() -> None:
    """AG12 of the twenty-first round, at a loss. By hand: 100,000 − 103,000 = −3,000; the
    8,000 received is out of the costs (+8,000) and in as income (+8,000): 13,000 (13%)."""
    [ba111] = _found(
        "BA111",
        {
            "revenue": 100000,
            "activities": [
                {"name": "Wages", "spend": 95000},
                {"name": "Vendor co-op reimbursement received", "spend": 8000},
            ],
        },
    )
    assert ba111.message.endswith(
        "; $8,000 of those costs are no cost of the period (BA116: money moved, or revenue "
        "given up), $8,000 of them money received, which counts once more as income: without "
        "them, an operating profit of $13,000 (13% of revenue)"
    )


def test_ba102_says_how_invested_relationships_stop_counting_as_hope() -> None:
    """AG13 of the twenty-first round: a CPA firm told to build relationships with bankers and
    lawyers saw their clients count against it all the same; the advice says how they count
    as a channel."""
    firm = {
        "business": {"name": "Case", "industry": "accounting"},
        "revenue": 900000,
        "activities": [{"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 100, "sources": {"referred by banker": 70, "google ads": 30}},
    }
    [ba102] = _found("BA102", firm)
    assert ba102.advice is not None
    assert ba102.advice.endswith(
        "Referrals from relationships you invest in (a lunch programme or seminars for those "
        "who refer, as a line of its own) count as a channel, not hope, once that line and the "
        "sources it brings share a 'channel:'."
    )


def test_ba111_names_a_loan_payment_beside_a_draw_where_the_loss_stays() -> None:
    """AH1 of the twenty-first round's re-review: a food truck's loan payment went unnamed
    beside its draw. By hand: 100,000 − 122,000 = −22,000; without the 12,000 loan payment,
    −10,000 (−10%); the 20,000 draw, the owner's only pay, may be a cost in part."""
    [ba111] = _found(
        "BA111",
        {
            "revenue": 100000,
            "activities": [
                {"name": "Wages", "spend": 90000},
                {"name": "Truck loan payment", "spend": 12000},
                {"name": "Owner draw", "spend": 20000},
            ],
        },
    )
    assert ba111.message == (
        "costs of $122,000 exceed revenue of $100,000: an operating loss of $22,000 (22% of "
        "revenue); $12,000 of the costs are no cost of the period (BA116: money moved, or "
        "revenue given up): without them, a loss of $10,000 (-10% of revenue); $20,000 of the "
        "costs are lines BA116 names that may be costs only in part (an owner's draw that may "
        "be the owner's only pay, or a line partly given up)"
    )


def test_one_customer_is_written_in_the_singular() -> None:
    """A CFO's review (2026-12-02): "the 1 customer from 'Award / press' were counted" and
    BA108's "the other 1 are listed"."""
    [ba108] = _found(
        "BA108",
        {
            "revenue": 500000,
            "activities": [{"name": "Google Ads", "spend": 6000}],
            "customers": {"new": 5, "sources": {"google ads": 4, "existing client": 1}},
        },
    )
    assert "the other 1 is listed under 'existing client'" in ba108.message
    [ba203] = _found(
        "BA203",
        {
            "revenue": 500000,
            "activities": [{"name": "Google Ads", "spend": 60000}],
            "customers": {
                "new": 10,
                "average_revenue": 2000,
                "gross_margin": 0.5,
                "retention_rate": 0.8,
            },
        },
    )
    assert "), more than the 12-month rule of thumb; on 10 customers" in ba203.message


@pytest.mark.parametrize(("term", "severity"), [(36, "info"), (12, "warning"), (None, "warning")])
def test_ba203_is_information_within_the_contract_customers_sign(
    term: int | None, severity: str
) -> None:
    """A CFO's review (2026-12-03): an MSP's 36-month agreements earn back a 12.3-month
    payback under contract. By hand: 40,000 ÷ 20 = 2,000 a customer; 2,000 ÷ (3,000 × 60% ÷
    12) = 13.3 months, over the 12-month rule of thumb, within 36 months, not within 12."""
    customers: dict[str, Any] = {
        "new": 20,
        "average_revenue": 3000,
        "gross_margin": 0.6,
        "retention_rate": 0.9,
    }
    if term is not None:
        customers["contract_months"] = term
    [ba203] = _found(
        "BA203",
        {
            "revenue": 900000,
            "activities": [{"name": "Google Ads", "spend": 40000}],
            "customers": customers,
        },
    )
    assert ba203.severity == severity
    assert "takes 13.3 months to earn back" in ba203.message
    assert ("within the 36-month contracts customers sign" in ba203.message) is (term == 36)


def _shop(*lines: tuple[str, int]) -> dict[str, Any]:
    """A gift shop as an owner's coach reviewed it (2026-12-02): $645,800 of revenue, its
    owner 54 hours a week in it, $593,850 of costs besides any pay for her."""
    return {
        "revenue": 645800,
        "activities": [
            {"name": "Stock for resale", "spend": 400000, "kind": "cost-of-sales"},
            {"name": "Staff wages", "spend": 150000},
            {"name": "Rent", "spend": 36000},
            {"name": "Google Ads", "spend": 7850},
            *({"name": name, "spend": spend} for name, spend in lines),
        ],
        "owner_hours": {"delivery": 40, "marketing": 6, "admin": 8},
    }


def test_ba118_says_the_profit_is_also_the_owners_pay_when_no_line_pays_her() -> None:
    """By hand: 645,800 − 593,850 = 51,950 of operating profit, 8.0% of revenue; 54 hours a
    week × 52 = 2,808 hours a year; 51,950 ÷ 2,808 = 18.50 an hour."""
    [ba118] = _found("BA118", _shop())
    assert ba118.severity == "info"
    assert ba118.message == (
        "no line pays the owner, who works 54 hours a week: the operating profit of $51,950 "
        "(8% of revenue) is also the owner's pay, $18.50 an hour of the owner's week"
    )


def test_partners_hours_added_together_are_read_as_theirs_not_one_owners() -> None:
    """AE14 of the nineteenth round: three architects' weeks added together (150 hours) were
    read as one owner's, told "at 150 hours a week already" and paid per hour of one week.
    By hand: 150 hours between 3 owners is 50 hours each, under the 60-hour long week, so no
    handing over is offered; 10% of 150 = 15 hours to block, 5 each (F10 of the twentieth
    round: "15 hours" had read as each partner's). BA118: the shop's $51,950 of
    operating profit over 150 hours a week × 52 = 7,800 hours is $6.66 an hour."""
    shop = _shop()
    shop["owner_hours"] = {"owners": 3, "delivery": 120, "marketing": 3, "admin": 27}
    found = {f.rule: f for f in _report(shop).findings}
    assert found["BA105"].message.startswith("the 3 owners spend 2% of their week on marketing")
    assert found["BA105"].advice == (
        "block at least 15 hours a week for marketing between the 3 owners (about 5 each)"
    )
    assert found["BA118"].message == (
        "no line pays the 3 owners, who work 150 hours a week: the operating profit of $51,950 "
        "(8% of revenue) is also the 3 owners' pay, $6.66 an hour of their weeks"
    )
    # at 65 hours each the week is long: the hand-over is offered, each owner's hours named
    shop["owner_hours"] = {"owners": 2, "delivery": 126, "marketing": 4}
    found = {f.rule: f for f in _report(shop).findings}
    assert found["BA105"].advice == (
        "block at least 13 hours a week for marketing between the 2 owners (about 6.5 each), "
        "or, at 65 hours a week each already, give them to a manager or a part-time marketing "
        "coordinator"
    )


@pytest.mark.parametrize(
    "pay",
    [
        "Owner's salary", "6200 Officer Compensation", "Guaranteed payments to partners",
        "Salary (me)", "Owner draws", "Paid myself", "Directors' remuneration",
    ],
)  # fmt: skip
def test_ba118_is_quiet_when_a_line_pays_the_owner(pay: str) -> None:
    assert _found("BA118", _shop((pay, 48000))) == []


@pytest.mark.parametrize("other", ["Payroll", "Partner referral payouts", "Member perks"])
def test_a_line_that_may_not_pay_the_owner_does_not_quiet_ba118(other: str) -> None:
    assert len(_found("BA118", _shop((other, 1000)))) == 1


def test_ba118_keeps_a_profile_with_the_owners_pay_unknown_below_strong() -> None:
    """A re-review (2026-12-02): deleting a draw that was the owner's only pay scored 100."""
    shop = _shop()
    shop["activities"][1]["name"] = "Newsletter"  # retention, so every other part is full
    shop["activities"][1]["spend"] = 1000
    shop["activities"][2]["spend"] = 60000  # rent: a profit of 116,950, 18.1%, under 20%
    shop["activities"].append({"name": "Facebook ads", "spend": 60000})
    # LTV 10,000 × 50% × (1 − 0.8⁵) ÷ 0.2 = 16,808 against a CAC of 67,850 ÷ 20 = 3,392.50:
    # 4.95×, paid back in 3,392.50 ÷ (5,000 ÷ 12) = 8.1 months; every part earned in full
    shop["customers"] = {
        "new": 20,
        "sources": {"google ads": 10, "facebook ads": 10},
        "average_revenue": 10000,
        "gross_margin": 0.5,
        "retention_rate": 0.8,
    }
    report = _report(shop)
    # a CFO's re-review: unpaid, a clinic scored 99; paying its owner, 79 (a thin margin)
    assert report.score == 79
    assert [(c.limit, c.reason) for c in report.score_caps] == [
        (79, "no line says it pays the owner, so the margin is not known (BA118)")
    ]


def _ads_only(*, spend: int, customers: int, ltv: int) -> dict[str, Any]:
    """A business of $1M whose only spend, Google Ads, brought every new customer."""
    return {
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": spend}],
        "customers": {
            "new": customers,
            "sources": {"google ads": customers},
            "lifetime_value": ltv,
        },
    }


def test_a_ratio_judged_on_few_customers_says_how_little_it_is_known() -> None:
    """A CFO's review (2026-12-02): an agency's 2.8× (BA201) rested on 3 clients, which
    `plan` would not act on. By hand: 10,000 ÷ 5 = 2,000 a customer against a 5,000 lifetime
    value, 2.5×. A count of 5 taken as a Poisson count could as well be 1.62 or 11.67 (the
    exact 95% interval: χ²(2.5%; 10) ÷ 2 = 3.247 ÷ 2 and χ²(97.5%; 12) ÷ 2 = 23.337 ÷ 2), so
    the ratio 2.5 × 1.62 ÷ 5 = 0.8× to 2.5 × 11.67 ÷ 5 = 5.8×."""
    [ba201] = _found("BA201", _ads_only(spend=10000, customers=5, ltv=5000))
    assert ba201.message.endswith(
        "; on 5 customers it is not yet known: a count of 5 could as well be 1.6 or 11.7, "
        "which would put it anywhere from 0.8× to 5.8×"
    )
    # 20 customers and more: as many as `plan` acts on, and nothing is added
    [many] = _found("BA201", _ads_only(spend=40000, customers=20, ltv=5000))
    assert many.message.endswith("the rule of thumb is at least 3×")


def test_ba116_names_revenue_given_up_listed_as_spent() -> None:
    """A coach's review (2026-12-02): a chiropractor listed its "New patient special ($49
    exam & x-rays)" at $14,000, noted "what we give up vs. the regular $180", as marketing:
    revenue counts what patients paid, so the discount came out twice. By hand: 520,000 −
    437,900 = 82,100 with it; 96,100 (18.5%) without it. Since round 63 (one premise: BJ1 of
    the sixty-second round's second re-review) it is read as a line marked contra-revenue: out
    of net revenue, 520,000 − 14,000 = 506,000, and the profit the same, 82,100 ÷ 506,000 =
    16.2%; the other premise (revenue already after it, the line deleted) gives 96,100."""
    [ba116] = _found(
        "BA116",
        {
            "revenue": 520000,
            "activities": [
                {
                    "name": "New patient special ($49 exam & x-rays)",
                    "spend": 14000,
                    "note": "what we give up vs. the regular $180 first visit",
                },
                {"name": "Rent", "spend": 423900},
            ],
        },
    )
    assert ba116.message == (
        "'New patient special ($49 exam & x-rays)' ($14,000) looks like revenue given up (a "
        "discount, a free or waived service), not money spent; read here as a line marked "
        "contra-revenue, as every line of revenue given up is: out of the marketing and out of "
        "net revenue ($506,000), so the operating profit, $82,100 (16.2% of net revenue), is "
        "the same either way"
    )
    assert "the operating profit is then $96,100" in ba116.advice
    # the same line with no word of what was given up is an offer's cost, and stays
    offer = {"revenue": 520000, "activities": [{"name": "New patient special", "spend": 14000}]}
    assert _found("BA116", offer) == []


@pytest.mark.parametrize(
    "name",
    [
        "Member Referral Rewards (free month credit)",
        "Parent Referral Credit ($250 tuition credit)",
        # Y5 of the seventeenth round (a coach's review of a salon): a credit per friend, and a
        # bonus card that gives $25 of services for $100 paid
        "Refer-a-Friend $20 credits",
        "Holiday gift card promo (buy $100 get $25)",
    ],
)
def test_ba116_names_a_credit_off_what_a_customer_owes(name: str) -> None:
    """A CFO's review (2026-12-03): a studio's free-month credits and a centre's tuition
    credits for referrals were counted as money spent. By hand: 100,000 − 96,000 = 4,000
    with the 6,000 line; 10,000 without it. Since round 63, read as contra-revenue: out of net
    revenue, 100,000 − 6,000 = 94,000, the profit the same, 4,000 ÷ 94,000 = 4.3%; 10,000 on
    the other premise (revenue already after it)."""
    [ba116] = _found(
        "BA116",
        {
            "revenue": 100000,
            "activities": [{"name": name, "spend": 6000}, {"name": "Rent", "spend": 90000}],
        },
    )
    assert "looks like revenue given up" in ba116.message
    assert "$4,000 (4.3% of net revenue), is the same either way" in ba116.message
    assert "the operating profit is then $10,000" in ba116.advice


@pytest.mark.parametrize(
    "price", ["1 month MRR per signed client", "1 month MRR/signed client",
              "paid on each signed client", "for every new client"],
)  # fmt: skip
def test_ba102_names_only_lines_that_reached_referrals_and_reads_no_price_as_a_referrer(
    price: str,
) -> None:
    """A CFO's review (2026-12-03): an MSP's "Referral Partner Fees (CPA firms, 1 month MRR per
    signed client)" reached its clients' own referrals by the word 'client' in its price, and
    BA102 named its chamber dues as cultivation while BA206 said they reached no one. By hand:
    6 referrals of 11; the CPA firms' 3 came through the fees, the clients' 3 on their own
    (27%, within the 50% maximum)."""
    profile = {
        "revenue": 2000000,
        "activities": [
            {"name": f"Referral Partner Fees (CPA firms, {price})", "spend": 9000},
            {"name": "Chamber of Commerce & BNI dues", "spend": 2400},
            {"name": "Google Ads", "spend": 12000},
        ],
        "customers": {
            "new": 11,
            "sources": {"Referral - existing client": 3, "CPA / partner referral": 3,
                        "Google Ads": 5},
        },
    }  # fmt: skip
    [ba102] = _found("BA102", profile)
    assert "Referral Partner Fees" in ba102.message
    assert "Chamber of Commerce" not in ba102.message
    assert "the 3 that came on their own are within the maximum" in ba102.message
    assert ba102.severity == "info"


def test_a_members_referral_reward_reaches_members_not_corporate_partners() -> None:
    """A CFO's review (2026-12-03): a studio's "Member Referral Rewards" named nobody, so it
    reached the 12 members a corporate wellness partner sent as well as the 71 its members
    referred. By hand: 83 referrals of 100, 71 through the rewards, 12 on their own (12%)."""
    profile = {
        "revenue": 600000,
        "activities": [{"name": "Member Referral Rewards", "spend": 6300}],
        "customers": {
            "new": 100,
            "sources": {"Friend / member referral": 71, "Corporate wellness partner": 12,
                        "Instagram ads": 17},
        },
    }  # fmt: skip
    assert _report(profile).metrics.referral_share_on_their_own == Decimal(12) / 100


def test_a_referral_programme_filed_under_marketing_reaches_a_friends_referrals() -> None:
    """F10 of the twenty-fourth round's re-review (2026-12-04): "407 - Marketing -
    Refer-a-friend: free month for referrer" named 'marketing' (its account) and 'referrer',
    reached none of the 110 friends' referrals, and its $6,300 stayed in what the others cost
    while they left the count. It names nobody in particular: it reaches them; the free month
    being revenue given up, no money, they leave the cost of a customer with it (F3): 9,600 ÷
    60 = $160."""
    profile = {
        "revenue": 600000,
        "activities": [
            {"name": "406 - Marketing - Instagram ads", "spend": 9600},
            {"name": "407 - Marketing - Refer-a-friend: free month for referrer", "spend": 6300},
        ],
        "customers": {"new": 100, "sources": {"Friend": 40, "Instagram": 60}},
    }
    report = _report(profile)
    assert report.metrics.referral_share_on_their_own == 0
    assert report.economics.non_referral_cac.value == Decimal("160.00")


def test_a_priced_referral_credit_reaches_the_referrals_it_names_nobody_among() -> None:
    """G10 of the twenty-fifth round (2026-12-04): "Referral credit - $100 tuition credit per
    enrolled family" named 'tuition' as if a referrer, reached none of the 14 families'
    referrals, and its $1,400 stayed in what the 13 others cost ($438.46) while they left the
    count. What a credit is taken off names nobody: it reaches them (1,400 ÷ 100 = 14), and,
    the credit being revenue given up, no money, they leave the cost of a customer with it
    (F3 of the twenty-fourth round's re-review): 4,300 ÷ 13 = $330.77, one of the two
    readings the reviewer accepted."""
    profile = {
        "revenue": 900000,
        "activities": [
            {"name": "Winnie + Care.com listings", "spend": 4300},
            {"name": "Referral credit - $100 tuition credit per enrolled family", "spend": 1400},
        ],
        "customers": {"new": 27, "sources": {"Winnie": 13, "referred by current family": 14}},
    }
    report = _report(profile)
    assert report.economics.non_referral_cac.value == Decimal("330.77")
    assert report.metrics.referral_share_on_their_own == 0  # BA102: cultivated on purpose


def test_good_and_bad_news_on_few_customers_both_say_how_little_is_known() -> None:
    """A CFO's re-review (2026-12-02): BA202's "room to spend more" on 2 customers and
    BA204's loss on 1 carried no caveat beside BA201's. By hand: 2,000 ÷ 2 = 1,000 a customer
    against 6,000, 6×; a count of 2 could as well be 0.24 or 7.22 (χ²(2.5%; 4) ÷ 2 = 0.484 ÷
    2, χ²(97.5%; 6) ÷ 2 = 14.449 ÷ 2), so 6 × 0.24 ÷ 2 = 0.7× to 6 × 7.22 ÷ 2 = 21.7×."""
    [ba202] = _found("BA202", _ads_only(spend=2000, customers=2, ltv=6000))
    assert ba202.message.endswith(
        "the room rests on channels too small to judge, Google Ads (2 customers); on 2 "
        "customers it is not yet known: a count of 2 could as well be 0.2 or 7.2, which would "
        "put it anywhere from 0.7× to 21.7×"
    )
    [ba204] = _found("BA204", _ads_only(spend=9000, customers=1, ltv=5000))
    assert ba204.message.endswith("; on 1 customer it is not known at all")


def test_ba108_when_returning_customers_are_outside_customers_new() -> None:
    """A CFO's review (2026-12-02) of an auto shop: 1,860 returning customers listed beside 564
    new ones with a source, of 572 new, were called "the other 1868", and the finding said the
    cost of a customer came from the 564 while the CAC divided by 572."""
    [ba108] = _found(
        "BA108",
        {
            "revenue": 900000,
            "activities": [{"name": "Google Ads", "spend": 9600}],
            "customers": {
                "new": 572,
                "sources": {"google ads": 564, "returning customer": 1860},
            },
        },
    )
    assert ba108.message == (
        "the sources account for 564 of 572 new customers; 1,860 more are listed under "
        "'returning customer', read as repeat customers, who are not new and are not counted; "
        "the referral share is computed from the 564 with a source, and what a customer costs "
        "from all 572"
    )
    assert ba108.advice.startswith("add the sources of the other 8, or list them as 'unknown'")


def test_ba101_says_added_money_comes_out_of_an_unpaid_owners_pay() -> None:
    """A CFO's review (2026-12-02) of a yoga studio: BA101 asked for $11,310 more while BA118
    said the profit, $22.96 an hour, was the unpaid owner's only pay; the two pulled apart.
    By hand: profit 100,000 − 2,000 − 83,000 = 15,000 (15%, under BA118's 20%); the owner's
    40 hours a week are 2,080 a year: 15,000 / 2,080 = 7.21 an hour; the 10% minimum needs
    8,000 more (profit 7,000, a 7% margin: added, not staged): 7,000 / 2,080 = 3.37."""
    lines: list[dict[str, Any]] = [
        {"name": "Google Ads", "spend": 2000},
        {"name": "Rent", "spend": 83000},
    ]
    profile = {
        "revenue": 100000,
        "activities": lines,
        "owner_hours": {"delivery": 35, "marketing": 5},
    }
    [ba101] = _found("BA101", profile)
    assert ba101.advice.endswith(
        "; no line pays the owner, so it comes out of the owner's pay: the profit comes to "
        "$7.21 an hour of the owner's week today, $3.37 after (BA118)"
    )
    paid = profile | {"activities": [*lines, {"name": "Owner salary", "spend": 1}]}
    [ba101] = _found("BA101", paid)
    assert "owner's pay" not in ba101.advice


def test_ba102_on_few_customers_gives_the_range_of_the_share() -> None:
    """A CFO's review (2026-12-02): an IT firm's referral dependence, and its "at risk"
    verdict, rested on 7 of 11 clients with no word that such a share is not yet known. By
    hand, Wilson's 95% interval for 7 of 11 (z = 1.96): centre (0.6364 + 0.1746) / 1.3492 =
    0.6011, half-width 1.96 × √(0.02104 + 0.00794) / 1.3492 = 0.2473: 35.4% to 84.8%."""
    profile = {
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 120000}],
        "customers": {"new": 11, "sources": {"referral": 7, "google ads": 4}},
    }
    [ba102] = _found("BA102", profile)
    assert ba102.message.endswith(
        "; on 11 customers it is not yet known: 7 of 11 could as well be 35.4% to 84.8%"
    )
    reasons = _report(profile).predictability.reasons
    assert reasons[1].endswith("7 of 11 could as well be 35.4% to 84.8%")
    many = profile | {"customers": {"new": 22, "sources": {"referral": 14, "google ads": 8}}}
    [ba102] = _found("BA102", many)
    assert "not yet known" not in ba102.message


def _owner_selling_profile(**owner: Any) -> dict[str, Any]:
    """LTV 30,000; 40,000 of Google Ads for 5 customers: a CAC of 8,000, 3.75× in cash."""
    return {
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 40000},
            *owner.pop("lines", []),
        ],
        "customers": {"new": 5, "sources": {"google ads": 5}, "lifetime_value": 30000},
        "owner_hours": owner,
    }


def test_ba201_counts_the_owners_selling_time_at_its_share_of_the_owners_pay() -> None:
    """A CFO's review (2026-12-02): an IT firm's owner sold 12 and marketed 4 of his 50 hours,
    paid by a $130,000 officer salary, and the cost of a client left that time out. By hand:
    100,000 × (5 + 15) / 50 = 40,000 over 5 customers, 8,000 each: 8,000 + 8,000 = 16,000,
    and 30,000 / 16,000 = 1.875, 1.9×; in cash 30,000 / 8,000 = 3.75, 3.8×."""
    profile = _owner_selling_profile(
        delivery=20, marketing=5, sales=15, admin=10,
        lines=[{"name": "Officer Salary", "spend": 100000}],
    )  # fmt: skip
    [ba201] = _found("BA201", profile)
    assert ba201.severity == "info"
    # On 5 customers the range is the loaded figure's: a count of 5 could as well be 1.6113
    # or 11.6684 (Wilson-Hilferty), so 1.875 × 1.6113 / 5 = 0.6× to 1.875 × 11.6684 / 5 = 4.4×
    assert ba201.message.startswith(
        "with the owner's marketing and sales time counted (20 of 50 hours a week of the "
        "$100,000 that pays the owner, $40,000), a customer costs $16,000 and is worth 1.9×, "
        "under the rule of thumb of at least 3×; on 5 customers it is not yet known: a count "
        "of 5 could as well be 1.6 or 11.7, which would put it anywhere from 0.6× to 4.4×; in "
        "cash alone 3.8×"
    )


def test_ba201_counts_an_unpaid_owners_selling_time_at_the_owners_rate() -> None:
    """No line pays the owner, whose time is valued at $100 an hour: 5 × 100 × 52 = 26,000,
    5,200 a customer: 8,000 + 5,200 = 13,200, and 30,000 / 13,200 = 2.27, 2.3×."""
    profile = _owner_selling_profile(delivery=35, marketing=2, sales=3, rate=100)
    [ba201] = _found("BA201", profile)
    assert ba201.message.startswith(
        "with the owner's marketing and sales time counted (5 hours a week at $100 an hour, "
        "$26,000), a customer costs $13,200 and is worth 2.3×"
    )
    assert not _found("BA201", _owner_selling_profile(delivery=35, marketing=2, sales=3))


def test_ba201_takes_no_share_of_a_payroll_the_owner_is_only_part_of() -> None:
    """The agency example's "Delivery staff payroll (founder included)" pays the founder and
    the staff: 22 of 50 hours of all of it ($268,400) is not the founder's selling time."""
    profile = _owner_selling_profile(
        delivery=20, marketing=5, sales=15, admin=10,
        lines=[{"name": "Delivery staff payroll (founder included)", "spend": 600000}],
    )  # fmt: skip
    assert not _found("BA201", profile)


def test_ba201_shares_the_owners_time_with_the_referred_customers() -> None:
    """The owner's selling hours close referred customers too, as sales spend does: the
    customers won other than by referral carry their share. By hand: 5 paid for and 15 by
    referral, 20 new; 40,000 of the owner's time over 20 is 2,000 each: 8,000 + 2,000 =
    10,000, 30,000 / 10,000 = 3.0×, so no finding; with 60,000 of Google Ads (12,000 each),
    12,000 + 2,000 = 14,000, 30,000 / 14,000 = 2.14, 2.1× (was 12,000 + 8,000 = 20,000)."""
    profile = _owner_selling_profile(
        delivery=20, marketing=5, sales=15, admin=10,
        lines=[{"name": "Officer Salary", "spend": 100000}],
    )  # fmt: skip
    profile["customers"] = {
        "new": 20,
        "sources": {"google ads": 5, "referred by a client": 15},
        "lifetime_value": 30000,
    }
    assert not _found("BA201", profile)
    profile["activities"][0]["spend"] = 60000
    [ba201] = _found("BA201", profile)
    assert (
        "the owner, $40,000, shared over all 20 new customers), a customer won other than "
        "by referral costs $14,000 and is worth 2.1×" in ba201.message
    )


def test_ba202_finds_no_room_to_spend_where_the_owners_time_takes_it_under_3x() -> None:
    """Findings never contradict: 30,000 / 4,000 = 7.5× in cash is room to spend (BA202), but
    with 20 of 50 hours of a 100,000 salary (40,000, 8,000 a customer) a customer costs
    12,000 and is worth 2.5×: BA201 says so, and BA202 is silent."""
    profile = _owner_selling_profile(
        delivery=20, marketing=5, sales=15, admin=10,
        lines=[{"name": "Officer Salary", "spend": 100000}],
    )  # fmt: skip
    profile["activities"][0]["spend"] = 20000
    assert not _found("BA202", profile)
    [ba201] = _found("BA201", profile)
    assert "costs $12,000 and is worth 2.5×" in ba201.message
    alone = profile | {"owner_hours": {"delivery": 30, "marketing": 5, "admin": 15}}
    alone["activities"] = profile["activities"][:1]
    assert _found("BA202", alone)


def test_a_physician_liaison_reaches_the_doctors_who_refer() -> None:
    """A CFO's review of a physical-therapy clinic: its liaison and its lunch-and-learns for
    "Physician Offices" reached none of the "Dr. referral" patients ("Dr." was not read as a
    physician), so its cost went onto the patients not referred: 2.2× where each channel was
    7.6× or better. By hand: 400 referrals, of which the 300 doctors' came through the funded
    liaison; 100 came on their own. The CAC excluding them is (58,000 + 12,000) ÷ (500 - 100)
    = 175, not 70,000 ÷ 100 = 700."""
    report = _report(
        {
            "revenue": 2000000,
            "activities": [
                {
                    "name": "6000 Marketing:6010 Physician Relations Liaison - Salary",
                    "spend": 58_000,
                },
                {"name": "Google Ads", "spend": 12000},
            ],
            "customers": {
                "new": 500,
                "sources": {"Dr. referral - PCP": 300, "Friend referred": 100, "Google Ads": 100},
            },
        }
    )
    assert report.economics.non_referral_cac.value == Decimal(175)
    assert report.metrics.referral_share_on_their_own == Decimal("0.2")
    assert report.predictability.verdict == "business"


def _two_channel_brand(**business: str) -> dict[str, Any]:
    """Marketing 250,000 of 1,000,000 revenue; 6,000 customers worth 60 each. By hand: a
    customer costs 250,000 ÷ 6,000 = 41.67 (1.4×); Meta 200,000 ÷ 4,000 = 50, Google 50,000 ÷
    2,000 = 25."""
    return {
        "business": {"name": "Case", **business},
        "revenue": 1000000,
        "activities": [
            {"name": "Meta ads", "spend": 200000},
            {"name": "Google Ads", "spend": 50000},
        ],
        "customers": {
            "new": 6000,
            "sources": {"Facebook ads": 4000, "Google ads": 2000},
            "lifetime_value": 60,
        },
    }


def test_ba110_cuts_channel_by_channel_not_to_the_range() -> None:
    """A CFO's review of a skincare brand at 36.4%: "bring it back towards 12%" asked for a cut
    of two thirds of its marketing to reach a tutorial's figure. The advice now names the
    dearest channel and what reaching the range would take out. By hand: marketing 250,000 of
    1,000,000 is 25%, over the 7–12% range; a customer costs 250,000 ÷ 6,000 = 41.67 against
    60 (1.4×); Meta 200,000 ÷ 4,000 = 50 a customer, Google 50,000 ÷ 2,000 = 25; 12% is
    120,000, so 130,000 less."""
    [ba110] = _found("BA110", _two_channel_brand(industry="ecommerce"))
    assert "bring it back" not in ba110.advice
    assert (
        "start with the most expensive channel: Facebook and Instagram ads (Meta), $50 a customer "
        "on 4,000 against the $60 a customer is worth; the range is a reference, not a target: "
        "reaching 12% would take out $130,000" in ba110.advice
    )


def test_ba201_names_the_channel_whose_customers_cost_the_most() -> None:
    """A CFO's review (2026-12-02): a brand with no industry declared, at 36% of revenue on
    marketing and 1.6×, was told to win customers more cheaply but not where. With no range
    BA110 is silent, so BA201 names Meta: 50 a customer against Google's 25."""
    [ba201] = _found("BA201", _two_channel_brand())
    assert _found("BA110", _two_channel_brand()) == []
    assert ba201.message.startswith("a customer is worth 1.4× what it costs to win")
    assert ba201.advice == (
        "keep customers longer or sell them more, or win them more cheaply, starting with the "
        "most expensive channel: Facebook and Instagram ads (Meta), $50 a customer on 4,000"
    )


def test_ba201_leaves_the_dearest_channel_to_ba110_when_it_names_it() -> None:
    """Above ecommerce's 7–12% range (25%) at 1.4×, BA110 names Meta to cut first; BA201 does
    not name it a second time."""
    profile = _two_channel_brand(industry="ecommerce")
    [ba110] = _found("BA110", profile)
    [ba201] = _found("BA201", profile)
    assert "Facebook and Instagram ads (Meta)" in ba110.advice
    assert ba201.advice == "keep customers longer or sell them more, or win them more cheaply"


def test_ba201_names_no_channel_priced_on_too_few_customers() -> None:
    """A channel priced on fewer than 20 customers is too uncertain to name (plan's minimum):
    19 customers from Meta and 1 from Google."""
    profile = _two_channel_brand()
    profile["customers"] = {
        "new": 20, "sources": {"Facebook ads": 19, "Google ads": 1}, "lifetime_value": 20000,
    }  # fmt: skip
    [ba201] = _found("BA201", profile)
    assert "most expensive" not in ba201.advice


def test_ba116_sees_a_merchant_cash_advance_repaid() -> None:
    """A CFO's review (2026-12-02): a skincare brand's "Shopify Capital Repayment" read as
    operations, its principal counted as a cost; its interest is a cost and stays. By hand:
    1,000,000 - (100,000 + 60,000 + 14,000 + 400,000) = 426,000; without the 60,000 of
    principal, 486,000."""
    found = _found(
        "BA116",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Meta ads", "spend": 100000},
                {"name": "2700 Shopify Capital Repayment", "spend": 60000},
                {"name": "Interest Expense - Shopify Capital", "spend": 14000},
                {"name": "Inventory", "kind": "cost-of-sales", "spend": 400000},
            ],
        },
    )
    assert [f.subject for f in found] == ["2700 Shopify Capital Repayment"]
    assert "$426,000 (42.6% of revenue) with it, $486,000 (48.6%) without it" in found[0].message
    assert found[0].advice == "take it out and list the loan's interest instead"


def test_ba116_asks_for_a_buildings_depreciation_beside_a_mortgages_interest() -> None:
    """V27 of the sixteenth round (2026-12-03): a venue's "Mortgage payment (land + barn)" was
    asked for the loan's interest only; the barn's depreciation is a cost too, the land's not."""
    [found] = _found(
        "BA116",
        {"revenue": 700000,
         "activities": [{"name": "Mortgage payment (land + barn)", "spend": 61200}]},
    )  # fmt: skip
    assert found.advice == (
        "take it out and list the loan's interest instead, and the building's depreciation "
        "(not the land's: land does not wear out)"
    )
    assert found.message.endswith("before the interest and depreciation to list instead")


@pytest.mark.parametrize(
    "name", ["Mortgage - WesBanco (P&I)", "Mortgage P&I - Site A (Zions)", "Mortgage pmt"]
)
def test_ba116_reads_a_mortgage_paid_as_principal_and_interest(name: str) -> None:
    """F6 of the twenty-ninth round (2026-12-05): a funeral home's "Mortgage - WesBanco
    (P&I)" was an unknown operating cost ($84,000 off its profit: 9% of net revenue where it
    is 15.2%), a storage site's "Mortgage P&I" likewise; only "Mortgage payment" was read. By
    hand: 700,000 - 20,000 - 84,000 = 596,000 (85.1%) with it, 680,000 (97.1%) without."""
    [found] = _found(
        "BA116",
        {"revenue": 700000,
         "activities": [{"name": "Google Ads", "spend": 20000}, {"name": name, "spend": 84000}]},
    )  # fmt: skip
    assert "$596,000 (85.1% of revenue) with it, $680,000 (97.1%) without it" in found.message


def test_a_flagged_referral_payment_does_not_make_customers_look_cheaper() -> None:
    """A CFO's re-review (2026-12-02): a clinic's liaison paid per referred patient was
    flagged (BA114), and its spend left out of the cost of the doctors' patients, who stayed
    counted as paid for through the lunch-and-learns: 19.5× where the lawful liaison gave
    7.6×. Its spend now stays with the customers a funded line keeps in. By hand: 400
    referrals, the 300 doctors' reached by the lunch-and-learns, 100 on their own; the flagged
    line reaches only the doctors' patients, so none of its 12,000 leaves:
    (12,000 + 8,000 + 20,000) / (500 - 100) = 100, not 28,000 / 400 = 70.

    Since F4 of the twenty-fourth round's re-review (2026-12-04), meals for the physicians who
    send patients buy no referrals where the Anti-Kickback Statute reaches the trade (a report
    that counts patients as bought by them documents an inducement): all 400 came on their
    own, and the liaison's and the lunches' 20,000 go with them: (40,000 − 20,000) / 100 =
    200, the Google Ads customers' own cost."""
    report = _report(
        {
            "business": {"name": "Case", "industry": "physical-therapy"},
            "revenue": 2000000,
            "activities": [
                {"name": "Physician liaison (contractor) - $40 per referred patient",
                 "spend": 12000},
                {"name": "Lunch & Learns - Physician Offices", "spend": 8000},
                {"name": "Google Ads", "spend": 20000},
            ],
            "customers": {
                "new": 500,
                "sources": {"Dr. referral": 300, "Friend referred": 100, "Google Ads": 100},
            },
        }
    )  # fmt: skip
    assert [f.rule for f in report.findings if f.rule == "BA114"] == ["BA114"]
    assert report.economics.non_referral_cac.value == Decimal(200)


@pytest.mark.parametrize(
    ("name", "waives"),
    [
        ("Copay waivers - new pts (1st 3 visits)", True),
        ("We cover your copay - first visit", True),
        ("Waived coinsurance for new patients", True),
        ("Deductible assistance program", True),
        ("Copay collection software", False),
        ("Insurance verification (front desk)", False),
        ("Patient payment plans - processing fees", False),
    ],
)
def test_a_waiver_of_what_patients_owe_is_read(name: str, waives: bool) -> None:
    from bizaudit.core.financing import waives_cost_sharing

    assert waives_cost_sharing(name) is waives


def test_ba116_says_a_clinics_copay_waivers_are_an_inducement() -> None:
    """K3 of the twenty-sixth round (2026-12-04): a physical therapy clinic's "Copay waivers -
    new pts (1st 3 visits)" was read as a discount only, beside a PASSED banner. Where the
    trade bills insurers, routine or advertised waivers are an inducement: the finding quotes
    the law, the advice says to waive only for a documented need, and the score stops at 79.
    A dental practice (no such rule in its vertical) is told only that it is revenue given
    up."""
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "physical-therapy"},
        "revenue": 1000000,
        "activities": [
            {"name": "Copay waivers - new pts (1st 3 visits)", "spend": 9000},
            {"name": "Google Ads", "spend": 60000},
            {"name": "Patient reactivation emails", "spend": 6000},
            {"name": "Salaries", "spend": 600000},
            {"name": "Owner salary", "spend": 120000},
        ],
        "customers": {"new": 400, "sources": {"Google Ads": 300, "friend": 100},
                      "average_revenue": 1200, "gross_margin": "50%", "retention_rate": "30%"},
        "owner_hours": {"delivery": 30, "marketing": 6, "admin": 8},
    }  # fmt: skip
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA116"]
    assert found.severity == "warning"
    assert "§1320a-7a(i)(6)(A)" in found.message
    assert found.advice.startswith("stop routine or advertised waivers: waive only case by case")
    waiver = "a line waives patients' copays, coinsurance or deductibles, which the law"
    assert [c.limit for c in report.score_caps if c.reason.startswith(waiver)] == [79]
    assert report.score <= 79
    without = _report(profile | {"activities": profile["activities"][1:]})
    assert without.score > 79
    # a dental practice: the profession's code (ADA 5.B.1), where PT's is the federal law
    dental = _report(profile | {"business": {"name": "Case", "industry": "dental"}})
    [ethics] = [f for f in dental.findings if f.rule == "BA116"]
    assert "Advisory Opinion 5.B.1" in ethics.message
    # a waiver made as the law's exception allows is no inducement (L3 of the re-review)
    need = {"name": "Copays waived - documented financial hardship, case by case", "spend": 9000}
    excepted = _report(profile | {"activities": [need, *profile["activities"][1:]]})
    [kept] = [f for f in excepted.findings if f.rule == "BA116"]
    assert "§1320a-7a(i)(6)(A)" not in kept.message
    assert not [c for c in excepted.score_caps if c.reason.startswith(waiver)]
    # nor a waiver filed as a special (L1 of the re-review: read as marketing, it escaped)
    special = {"name": "We cover your deductible - new patient special", "spend": 9000}
    escaped = _report(profile | {"activities": [special, *profile["activities"][1:]]})
    assert [c.limit for c in escaped.score_caps if c.reason.startswith(waiver)] == [79]


def test_a_practices_own_liaison_cultivates_the_physicians_referrals() -> None:
    """K1 of the twenty-sixth round (2026-12-04): "Physician liaison - salary + bonus" was read
    as a gift to physicians (which buys no referrals where the Anti-Kickback Statute reaches
    the trade), though the practice's own employee is what the statute's bona fide employee
    exception allows: a clinic's 294 physician referrals read as left to chance, BA102 warned
    and the verdict said "at risk". By hand: 300 referrals, the 250 physicians' reached by the
    liaison, 50 on their own (12.5%, within the maximum: information); the lunches reach the
    same physicians, so their spend stays in: (60,000 + 6,000 + 20,000) ÷ (400 − 50) =
    245.71."""
    report = _report(
        {
            "business": {"name": "Case", "industry": "physical-therapy"},
            "revenue": 2000000,
            "activities": [
                {"name": "Physician liaison - salary + bonus", "spend": 60000},
                {"name": "Lunch & learns - ortho/PCP offices", "spend": 6000},
                {"name": "Google Ads", "spend": 20000},
            ],
            "customers": {
                "new": 400,
                "sources": {"Dr. Chen (OrthoOne)": 100, "PCP referrals": 150,
                            "Google Ads": 100, "friend/family": 50},
            },
        }
    )  # fmt: skip
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert ba102.severity == "info"
    assert "Physician liaison - salary + bonus" in ba102.message
    assert report.predictability.verdict == "business"
    assert report.economics.non_referral_cac.value == Decimal("245.71")


def _joined(customers: int, channel: str | None) -> int | dict[str, Any]:
    """A source's count, with the `channel:` that joins it, if any."""
    return customers if channel is None else {"customers": customers, "channel": channel}


@pytest.mark.parametrize(
    ("line_channel", "source_channel"),
    [
        ("physician relations", "physician relations"),  # L2: one `channel:` on both sides
        ("Physician relations", "physician relations."),  # the same channel, written twice
        (None, "Community liaison"),  # the source names the line, by its first words
        (None, None),  # not joined: a liaison calls on the professionals who refer (K1)
    ],
)
def test_a_liaison_joined_to_the_referrals_it_brings_cultivates_them(
    line_channel: str | None, source_channel: str | None
) -> None:
    """L2 of the twenty-sixth round's re-review (2026-12-04): "Community liaison", whose title
    names no physician, reached none of the physicians' referrals even where the profile
    joined them with one `channel:`, as BA102 advises: all 294 read as come on their own,
    1.54×. Joined, they are its, however the two `channel:` values are written (the join had
    compared them letter for letter) or where a source's `channel:` names the line; and, not
    joined at all, the professionals it calls on are its, not the friends' referral (the K1
    residual: "at risk", $800). By hand: 250 joined, 50 on their own; (60,000 + 20,000) ÷
    (400 − 50) = 228.57."""
    liaison: dict[str, object] = {"name": "Community liaison - salary + bonus", "spend": 60000}
    if line_channel is not None:
        liaison["channel"] = line_channel
    report = _report(
        {
            "business": {"name": "Case", "industry": "physical-therapy"},
            "revenue": 2000000,
            "activities": [liaison, {"name": "Google Ads", "spend": 20000}],
            "customers": {
                "new": 400,
                "sources": {"Dr. Chen (OrthoOne)": _joined(100, source_channel),
                            "PCP referrals": _joined(150, source_channel),
                            "Google Ads": 100, "friend/family": 50},
            },
        }
    )  # fmt: skip
    assert report.predictability.verdict == "business"
    assert report.economics.non_referral_cac.value == Decimal("228.57")


def test_ba101s_staged_test_says_when_half_the_profit_sets_it() -> None:
    """J6 of a CFO's re-review (2026-12-03): the advice listed the test's bounds without
    saying which applied. A policy minimum of 30% of 100,000 = 30,000; 1,000 spent, so a gap of
    29,000. The profit 100,000 - 1,000 - 87,000 = 12,000 (12%) would become a loss, so a test of
    min(29,000 / 4 = 7,250, 12,000 / 2 = 6,000, 12,000 - 5,000 = 7,000) = 6,000: half the
    profit."""
    advice = _advice(
        {
            "revenue": 100000,
            "policy": {"min_marketing_share": "30%"},
            "activities": [{"name": "Google Ads", "spend": 1000}, {"name": "Rent", "spend": 87000}],
            "customers": {"new": 10, "lifetime_value": 1200},
        }
    )
    assert (
        "test first, with $6,000 (a quarter of the gap, at most half the profit, keeping a 5% "
        "margin; half the profit sets it here)" in advice["BA101"]
    )


def test_ba101s_staged_test_is_no_more_than_its_channel_can_take() -> None:
    """A CFO's re-review (2026-12-02): a clinic's first test, $20,512.50, was 3.85 times the
    $7,200 of the channel it named, where `plan` trusts its curve to twice a channel's spend.
    By hand: a gap of 10% × 1,000,000 − 2,000 = 98,000; the profit 98,000 would fall to 0, so
    a test of min(24,500, 49,000, 98,000 − 50,000 = 48,000) = 24,500, held to Google Ads' own
    2,000."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 2000},
                {"name": "Rent", "spend": 900000},
            ],
            "customers": {"new": 40, "sources": {"google ads": 40}, "lifetime_value": 1000},
        },
    )
    assert "test first, with $2,000 (a quarter of the gap, at most half the profit, keeping a " \
        "5% margin, and no more than that channel's own spend" in ba101.advice  # fmt: skip


def test_ba101s_staged_test_names_a_channel_of_few_customers_where_none_has_twenty() -> None:
    """G11 of a CFO's re-review (2026-12-03): an MSP winning 11 clients a year had no channel
    of 20, so its $49,000 test named no channel and had no cap. By hand: a gap of 10% ×
    1,000,000 − 12,000 = 88,000; the profit 88,000 would fall to 0, so a test of min(22,000,
    44,000, 88,000 − 50,000 = 38,000) = 22,000, held to the cheapest channel's own spend:
    the events channel, 4,000 for 2 customers ($2,000 each), against Google Ads' 8,000 for 3
    ($2,666.67)."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 8000},
                {"name": "Trade show events", "spend": 4000},
                {"name": "Rent", "spend": 900000},
            ],
            "customers": {
                "new": 5,
                "sources": {"google ads": 3, "trade show events": 2},
                "lifetime_value": 30000,
            },
        },
    )
    assert "test first, with $4,000 (" in ba101.advice
    assert "and no more than that channel's own spend" in ba101.advice
    assert (
        "(Events, trade shows and webinars: $2,000 a customer, from 2 customers only: a "
        "small sample)" in (ba101.advice)
    )


def test_ba101s_staged_test_passes_over_a_channel_of_one_customer() -> None:
    """J6 of a CFO's re-review (2026-12-03): naming the cheapest channel however few its
    customers had put an optometry practice's first test, $40, on a mailer that brought one
    patient, for a $110,000 gap, where `plan` calls one customer too few to tell. By hand: a
    gap of 10% × 1,000,000 − 12,040 = 87,960, the whole profit, so a test of min(21,990,
    43,980, 87,960 − 50,000 = 37,960) = 21,990, held to Google Ads' own 12,000 (30
    customers, $400 each); the mailer's $40 for 1 is not named."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 12000},
                {"name": "Valpak mailer", "spend": 40},
                {"name": "Rent", "spend": 900000},
            ],
            "customers": {
                "new": 31,
                "sources": {"google ads": 30, "Valpak": 1},
                "lifetime_value": 30000,
            },
        },
    )
    assert "test first, with $12,000 (" in ba101.advice
    assert "(Google Ads: $400 a customer)" in ba101.advice


def test_ba101_is_a_warning_where_the_name_gives_away_a_vertical_whose_range_it_meets() -> None:
    """A CFO's re-review (2026-12-02): a physical-therapy clinic at 5.5% failed the 10% default
    with an error, while BA109 read its vertical from its name (5-8%). By hand: 60,000 of
    1,000,000 is 6%, under 10%, over physical therapy's 5%: a warning that says so; at 4%, under
    both, still an error."""

    def profile(spend: int) -> dict[str, Any]:
        return {
            "business": {"name": "Summit Physical Therapy"},
            "revenue": 1000000,
            "activities": [{"name": "Google Ads", "spend": spend}],
        }

    [ba101] = _found("BA101", profile(60000))
    assert ba101.severity == "warning"
    assert ba101.message.endswith(
        "your business's name says physical-therapy, whose range starts at 5%, which this share "
        "meets: declare 'industry: physical-therapy' if it is one"
    )
    # F8 of a CFO's review (2026-12-03): the advice had worked from the default alone
    assert ba101.advice.startswith("if it is not physical-therapy, budget at least $100,000")
    [ba101] = _found("BA101", profile(40000))
    assert ba101.severity == "error"
    # H8 of a CFO's review (2026-12-03): the score still held the share to the 10% default.
    # At 6% against physical therapy's 5%, full marks; at 4%, under both, the default holds:
    # (4 ÷ 10)² = 0.16 of the 30 points.
    [investment] = [p for p in _report(profile(60000)).score_components if p.weight == 30]
    assert investment.earned == 1
    assert investment.basis == (
        "6% of revenue against a 5% minimum (the low end for physical-therapy, which the "
        "business's name says: declare 'industry: physical-therapy' if it is one)"
    )
    [investment] = [p for p in _report(profile(40000)).score_components if p.weight == 30]
    assert investment.earned == Decimal("0.16")
    assert investment.basis == "4% of revenue against a 10% minimum"


def _franchisee(**extra: int) -> dict[str, Any]:
    """Revenue 1,000,000; costs 980,000 + 50,000 of loan principal + 40,000 moved to savings,
    plus whatever is given (``extra``): an operating loss as listed of 70,000 + extra."""
    lines = [
        {"name": "Food cost", "spend": 600000},
        {"name": "Rent", "spend": 260000},
        {"name": "Google Ads", "spend": 110000},
        {"name": "Email newsletter", "spend": 10000},
        {"name": "SBA loan principal", "spend": 50000},
        {"name": "Transfer to savings", "spend": 40000},
    ]
    lines += [{"name": "Repairs", "spend": amount} for amount in extra.values()]
    return {
        "revenue": 1000000,
        "activities": lines,
        "customers": {"new": 100, "sources": {"google ads": 100}},
        "owner_hours": {"delivery": 30, "marketing": 10},
    }


def test_ba111_is_information_when_the_lines_that_move_money_make_the_loss() -> None:
    """A CFO's review (2026-12-03): a franchisee's report led with "an operating loss" that
    lines BA116 names had made. By hand: 1,070,000 -
    1,000,000 = 70,000 of loss as listed; without the 90,000 moved, 20,000 of profit, 2%
    (under 5%: the score stops at 79 for that, not for a loss)."""
    report = _report(_franchisee())
    [ba111] = [f for f in report.findings if f.rule == "BA111"]
    assert ba111.severity == "info"
    assert ba111.message == (
        "costs of $1,070,000 exceed revenue of $1,000,000: an operating loss of $70,000 (7% of "
        "revenue) as listed; $90,000 of those costs are no cost of the period (BA116: money "
        "moved, or revenue given up): without them, an operating profit of $20,000 (2% of "
        "revenue)"
    )
    assert ba111.advice == (
        "take out the lines BA116 names and judge the profit then: 2% is under 5%, and a slow "
        "month would turn it into a loss"
    )
    # and the 20,000 before the 50,000 of loan principal covers it 0.4 times (BA126)
    assert [c.reason for c in report.score_caps] == [
        "the costs as listed exceed revenue, and without the lines BA116 names (money moved, "
        "revenue given up) the operating margin is under 5%",
        "what the business earns before its loan payments falls short of the cover lenders ask "
        "(BA126)",
    ]


def test_ba111_stays_a_warning_when_the_loss_is_more_than_the_money_moved() -> None:
    """By hand: 1,100,000 - 1,000,000 = 100,000 of loss; the 90,000 moved leave 10,000."""
    report = _report(_franchisee(repairs=30000))
    [ba111] = [f for f in report.findings if f.rule == "BA111"]
    assert ba111.severity == "warning"
    assert "move money" not in ba111.message
    assert [c.reason for c in report.score_caps] == [
        "the business runs at an operating loss (BA111)",
        "what the business earns before its loan payments falls short of the cover lenders ask "
        "(BA126)",
    ]


def test_ba101_weighs_the_profit_without_the_lines_that_make_a_loss_as_listed() -> None:
    """A CFO's review (2026-12-03): BA101 said a med spa "already runs at a loss" beside
    BA111 saying the loss was its comped treatments'. By hand: costs 1,020,000 against
    1,000,000, a loss of 20,000 as listed; without the 90,000 of principal, 70,000 (7%). The
    10% minimum is 50,000 away: 70,000 - 50,000 = 20,000 (2%), under 5%, so a staged test of
    a quarter of the gap, 12,500."""
    profile = {
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 50000},
            {"name": "Rent", "spend": 880000},
            {"name": "SBA loan principal", "spend": 90000},
        ],
        "customers": {"new": 50, "sources": {"google ads": 50}},
    }
    [ba101] = _found("BA101", profile)
    assert ba101.advice.startswith(
        "the full $50,000 would take the operating margin (without the lines BA116 names) from "
        "7% to 2%, under 5% (a thin margin, BA115): test first, with $12,500"
    )
    assert "loss" not in ba101.advice


def test_ba116_sees_a_mortgage_paid_as_a_cost() -> None:
    """A CFO's review (2026-12-03): a hotel's "Mortgage Principal" was caught but unread, and
    a "Mortgage Payment" would have been missed; the interest stays a cost."""
    found = _found(
        "BA116",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Mortgage Principal", "spend": 62000},
                {"name": "Mortgage Payment", "spend": 30000},
                {"name": "Mortgage Interest", "spend": 41000},
            ],
        },
    )
    assert sorted(f.message.split("'")[1] for f in found) == [
        "Mortgage Payment",
        "Mortgage Principal",
    ]


def test_ba116_says_a_credit_that_offsets_a_deductible_is_unlawful_where_claims_pay() -> None:
    """A CFO's review (2026-12-03): a roofer's "Yard Sign Placement Credits to Homeowners
    ($250/ea)" counted as a marketing channel, the usual disguise of a deductible rebate, which
    Texas forbids (Bus. & Com. Code §27.02, HB 2102, 2019). Elsewhere such a credit is still
    revenue given up, without the caution; a business's own deductible is neither."""
    lines = [
        {"name": "6036 Yard Sign Placement Credits to Homeowners ($250/ea)", "spend": 7000},
        {"name": "Insurance deductible - van accident", "spend": 1000},
        {"name": "Google Ads", "spend": 50000},
    ]
    roofer = {"business": {"name": "Summit", "industry": "home-services"}, "revenue": 3000000}
    [found] = _found("BA116", roofer | {"activities": lines})
    assert found.message.startswith(
        "'6036 Yard Sign Placement Credits to Homeowners ($250/ea)' ($7,000) looks like revenue "
        "given up"
    )
    assert "Tex. Bus. & Com. Code §27.02, as amended by HB 2102" in found.message
    assert found.advice.startswith("stop it where a customer's job is paid from an insurance")
    # the name gives the trade away too
    named = {"business": {"name": "Summit Peak Roofing"}, "revenue": 3000000}
    [found] = _found("BA116", named | {"activities": lines})
    assert "§27.02" in found.message
    # the same rebate in other words (a CFO's re-review, 2026-12-03)
    for other in ("Advertising allowance to homeowners ($500/job)",
                  "Homeowner marketing agreement payments",
                  # Y3 of the seventeenth round: an allowance or credit named with the claims
                  "Advertising allowance credits (storm jobs)",
                  # G13 of the twenty-fifth round: credits applied on the claims' jobs
                  "Referral/marketing credits applied on insurance jobs",
                  # H1 of its re-review: cash to homeowners per signed roof
                  "Cash bonus to homeowners ($500 per signed roof)",
                  "Homeowner cash bonus - $500 per signed insurance roof",
                  # I6 of the forty-first round: §27.02's own verb, and J5 of its re-review
                  "Storm claim jobs - we absorb the homeowner's deductible",
                  "We eat the customer's deductible (storm jobs)",
                  "We waive your insurance deductible"):  # fmt: skip
        [found] = _found("BA116", roofer | {"activities": [{"name": other, "spend": 5000}]})
        assert "§27.02" in found.message
    # the business's own policy's deductible is no customer's (J5 of the round's re-review)
    own = [{"name": "Van accident claim - absorbed the deductible ($1,000)", "spend": 1000},
           {"name": "Google Ads", "spend": 50000}]  # fmt: skip
    assert not any("§27.02" in f.message for f in _found("BA116", roofer | {"activities": own}))
    # a salon paid from no insurance claim: revenue given up, no word of deductibles
    salon = {"business": {"name": "Shear", "industry": "salon"}, "revenue": 3000000}
    [found] = _found("BA116", salon | {"activities": lines})
    assert "deductible" not in found.message


def test_a_deductible_offset_is_no_channel_and_holds_the_score_below_strong() -> None:
    """M1 of a CFO's review (2026-12-03, thirteenth round): a roofer's "Marketing Allowance -
    Homeowner Sign Program", noted "$500 per homeowner who keeps our sign in the yard", and
    "Homeowner sign credits" counted as a funded acquisition channel, the score 90 "Strong";
    Texas makes such a credit an offence (Bus. & Com. Code §27.02(c)(1)(B)(ii)). By hand: the
    sign program's channel has no CAC, is not counted among the channels, `plan` leaves it
    alone, and the score stops at 79; Google Ads' 60,000 ÷ 100 = 600 a customer stays."""
    for line in (
        {"name": "Marketing Allowance - Homeowner Sign Program", "spend": 21000,
         "note": "$500 per homeowner who keeps our sign in the yard 60 days"},
        {"name": "Homeowner sign credits", "spend": 21000},
    ):  # fmt: skip
        profile = {
            "business": {"name": "Summit", "industry": "home-services"},
            "revenue": 2000000,
            "activities": [
                {"name": "Google Ads", "spend": 60000},
                {"name": "Facebook Ads", "spend": 40000},
                line,
                {"name": "Crew wages", "spend": 1200000},
            ],
            "customers": {
                "new": 160,
                "sources": {"Google Ads": 100, "Facebook": 40, "Yard sign": 20},
                "lifetime_value": 9000,
            },
            "owner_hours": {"delivery": 30, "marketing": 10},
        }
        [found] = _found("BA116", profile)
        assert "§27.02" in found.message
        report = _report(profile)
        assert [c.reason for c in report.score_caps] == [
            "a line looks like it offsets customers' insurance deductibles, which Texas and "
            "other states forbid where a claim pays for the work (BA116)"
        ]
        assert report.score == 79
        channels = {c.name: c for c in report.channels}
        [held] = [c for c in report.channels if "Homeowner" in c.name]
        assert held.spend == 21000
        assert held.cac is None
        assert (held.restricted_by, channels["Google Ads"].restricted_by) == ("BA116", None)
        assert channels["Google Ads"].cac == 600
        facts = _facts(profile)
        assert [c.activity.name for c in facts.channels] == ["Google Ads", "Facebook Ads"]


def test_ba111_does_not_take_out_what_may_be_a_cost_in_part() -> None:
    """A CFO's re-review (2026-12-03): BA111 had taken a franchisee's "Owner Draws" (the owner's
    only pay) out of the costs, and its loss read as a profit a wage would undo. A loan's
    payment is all outside the operating profit (its principal is no cost, its interest comes
    after it: Z3 of the seventeenth round's re-review). By hand: 1,000,000 - 1,070,000 = 70,000
    of loss; without the 50,000 of loan payment, 20,000; the 40,000 of draws may be the
    owner's pay, so it stays a warning that names them. A line of comped treatments and fees
    is given up only in part: BA116 asks to split it."""
    profile = _franchisee()
    profile["activities"][4:6] = [
        {"name": "SBA Loan Payment", "spend": 50000},
        {"name": "Owner Draws", "spend": 40000},
    ]
    report = _report(profile)
    [ba111] = [f for f in report.findings if f.rule == "BA111"]
    assert ba111.severity == "warning"
    assert ba111.message.endswith(
        "; $50,000 of the costs are no cost of the period (BA116: money moved, or revenue given "
        "up): without them, a loss of $20,000 (-2% of revenue); $40,000 of the costs are lines "
        "BA116 names that may be costs only in part (an owner's draw that may be the owner's "
        "only pay, or a line partly given up)"
    )
    assert ba111.advice.startswith("split those lines first (a fair wage for the owner's hours")
    # the 20,000 left is within the 40,000 of draws: a loss only with them counted (Q11 of the
    # thirty-second round's second re-review: the cap had said it as a fact)
    assert (
        "its costs as listed exceed revenue, but only with lines that may not be costs in full, "
        "such as draws that may be the owner's only pay (BA111)"
    ) in [c.reason for c in report.score_caps]
    mixed = {
        "revenue": 1000000,
        "activities": [{"name": "Influencer collabs (comped tx + fees)", "spend": 9200}],
    }
    [ba116] = _found("BA116", mixed)
    assert "revenue given up in part (free or comped services) and money spent in part" in (
        ba116.message
    )
    assert ba116.advice.startswith("split it: keep the fees as a cost")


def test_a_score_stops_at_79_when_more_than_5_percent_of_customers_are_unread() -> None:
    """A CFO's re-review (2026-12-03): an inn scored 100/100 "Strong" with 152 of its 2,460
    new guests (6.2%) from a source the audit could not read (BA113). By hand: 6 of 100 is
    over 5%; 5 of 100 is not."""

    def report(unread: int) -> ProfileReport:
        return _report({
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 60000},
                {"name": "Email newsletter", "spend": 20000},
                {"name": "Rent", "spend": 500000},
            ],
            "customers": {
                "new": 100,
                "sources": {"google ads": 100 - unread, "Zorblax blocks": unread},
                "lifetime_value": 5000,
            },
            "owner_hours": {"delivery": 30, "marketing": 10},
        })  # fmt: skip

    reason = "more than 5% of new customers came from sources the audit could not read (BA113)"
    assert reason in [c.reason for c in report(6).score_caps]
    assert reason not in [c.reason for c in report(5).score_caps]


def test_ba113_leaves_a_source_joined_to_a_funded_line_by_its_words() -> None:
    """H10 of a CFO's review (2026-12-03): BA113 said an optometry practice's 25 'School
    vision screening' patients came through no channel it runs, while the channel table,
    BA101's staged test and `plan` put them with its school screening sponsorship ($1,500,
    $60 a patient). The join is its reading: no BA113, and no cap for unread sources."""
    report = _report({
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 60000},
            {"name": "School Vision Screening Sponsorship", "spend": 1500},
        ],
        "customers": {"new": 100, "sources": {"google ads": 75, "School vision screening": 25}},
    })  # fmt: skip
    assert "BA113" not in [f.rule for f in report.findings]
    assert not [c for c in report.score_caps if "BA113" in c.reason]
    [joined] = [c for c in report.channels if "School vision screening" in c.sources]
    assert (joined.spend, joined.customers, joined.cac) == (Decimal(1500), 25, Decimal(60))
    # the source table says where it went, rather than only that no term read it
    [source] = [s for s in report.customer_sources if s.name == "School vision screening"]
    assert source.reason.endswith(
        "; joined to the channel 'Sponsorships' (the channel "
        "vocabulary; the names share 'school, screening, vision')"
    )
    # a source nothing reads and nothing took in is still reported
    alone = _report({
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 60000}],
        "customers": {"new": 100, "sources": {"google ads": 75, "School vision screening": 25}},
    })  # fmt: skip
    assert "BA113" in [f.rule for f in alone.findings]


def _ads_and_reps(ads: int, reps: int) -> dict[str, Any]:
    """40 customers from Google Ads, worth 5,000 each, won with ``ads`` of ads and ``reps`` of
    sales reps' commissions."""
    return {
        "revenue": 2000000,
        "activities": [
            {"name": "Google Ads", "spend": ads},
            {"name": "Sales rep commissions", "spend": reps},
        ],
        "customers": {"new": 40, "sources": {"google ads": 40}, "lifetime_value": 5000},
    }


def test_ba201_puts_selling_first_when_it_is_most_of_what_a_customer_costs() -> None:
    """A CFO's re-review (2026-12-03): a roofer's reps' commissions were 60% of what a job cost
    to win, while BA201 named only its dearest ad channel. By hand: (20,000 + 100,000) ÷ 40 =
    3,000 a customer against 5,000, 1.7×; selling is 100,000 of 120,000."""
    [ba201] = _found("BA201", _ads_and_reps(20000, 100000))
    assert ba201.message.startswith("a customer is worth 1.7× what it costs to win")
    assert ba201.advice.startswith(
        "most of what a customer costs is selling ($100,000 of $120,000: 'Sales rep "
        "commissions'), so look at the commission plan and the close rate first; then keep "
        "customers longer"
    )
    # half, not more: the advice is about the channels ((60,000 + 60,000) ÷ 40, 1.7× again)
    [ba201] = _found("BA201", _ads_and_reps(60000, 60000))
    assert ba201.message.startswith("a customer is worth 1.7× what it costs to win")
    assert "commission plan" not in ba201.advice


def test_a_price_clause_is_a_word_not_the_start_of_one() -> None:
    """'per' as a word starts a price clause ("per signed client"); as the start of a word
    ("Personal") it does not, and the referrers the line names stay (the clause had been
    matched from the first 'per' in the name, taking "Personal trainer" with it)."""
    from bizaudit.core.metrics import _referrers

    assert _referrers("Personal trainer referral fee per client") == {"personal", "trainer"}


@pytest.mark.parametrize(
    ("business", "line", "flagged"),
    [
        ("Old Mill Brewing Co.", "Account Spend - Buying Rounds & Free Kegs for Bars", True),
        ("Old Mill Brewing Co.", "Retailer incentives", True),
        ("Cedar Ridge Winery", "Slotting fees - liquor stores", True),
        # point-of-sale materials and the brewery's own taproom are allowed
        ("Old Mill Brewing Co.", "Tap handles & coasters for accounts", False),
        ("Old Mill Brewing Co.", "Taproom trivia night prizes", False),
        # a bar that buys its own regulars a round is the retailer itself
        ("Harbor Grill", "Free rounds for the bar's regulars", False),
        # J12 of a CFO's re-review (2026-12-03): paid sponsorship and co-op advertising
        # (27 CFR §6.51), equipment lent, a retailer's staff, and producers' usual names
        ("Old Mill Brewing Co.", "Tap Takeover Sponsorship Fees - Bars", True),
        ("Old Mill Brewing Co.", "Coolers Loaned to Liquor Stores", True),
        ("Old Mill Brewing Co.", "Bartender Spiffs", True),
        ("Willow Creek Cellars", "Free Wine for Restaurant Accounts", True),
        ("Tall Pines Brew Co.", "Free kegs for bars", True),
        # J13: the producer's own tasting room, members and staff are not other retailers
        ("Cedar Ridge Winery", "Tasting Room Bar - Free Tastings for Visitors", False),
        ("Old Mill Brewing Co.", "Mug Club Free Pint at Our Bar", False),
        ("Old Mill Brewing Co.", "Bar Staff Sales Incentives", False),
        # the fifteenth round (a coach's review, 2026-12-03): "our", "staff" and "taproom"
        # excuse nothing where a retailer's staff, or a bar as the place, is named
        ("Tobacco Road Brewing", "Sponsorship - Tobacco Road Taproom (bar) softball team", True),
        ("Tobacco Road Brewing", "Bartender spiffs - $1 per pint poured of our beer", True),
        ("Tobacco Road Brewing", "Spiffs for bar staff at accounts", True),
        ("Tobacco Road Brewing", "Tap takeover - buying rounds at Oak City Taproom", True),
        ("Tobacco Road Brewing", "Free beer at the taproom for guests", False),
        ("Switchback Hollow Brewing Co.", "Sponsorship - Oak City Taproom softball team", True),
        ("Switchback Hollow Brewing Co.", "Switchback Taproom trivia night free pint", False),
        ("Switchback Hollow Brewing Co.", "Taproom bartender spiffs", False),  # its own
        ("Old Mill Brewing Co.", "Distributor sales contest - Mutual Distributing reps", True),
        # the seventeenth round (a CFO's review, 2026-12-03): paying bars to feature the brand
        # on their menus (27 CFR §6.51) and gifts to a store's buyers (27 CFR §10.21)
        ("Copper Fox Distilling Co.", "Menu feature fees - Louisville Bourbon Week bars", True),
        ("Copper Fox Distilling Co.", "Holiday gifts for liquor store buyers", True),
        ("Copper Fox Distilling Co.", "Gifts for tasting room guests", False),
        # the twenty-eighth round (Q4): tickets for a retailer's owners, and a round bought
        # for a bar's house written in the singular
        ("Old Mill Brewing Co.", "Durham Bulls tickets - bar owners", True),
        ("Old Mill Brewing Co.", "Rep bar tab - buying the house a round at accounts", True),
        ("Old Mill Brewing Co.", "Taproom trivia night - tickets for our members", False),
        # R7 of the round's re-review: a bar tab treating a retailer's owners, tickets for a
        # wholesaler's reps; a sweepstakes for consumers is allowed (27 CFR §6.96)
        ("Old Mill Brewing Co.", "Rep bar tab - treating bar owners at accounts", True),
        ("Old Mill Brewing Co.", "Hurricanes tickets - Mutual Distributing reps", True),
        (
            "Old Mill Brewing Co.",
            "Consumer sweepstakes - concert tickets, entry boxes at accounts",
            False,
        ),
        # S6 of the round's last check: a consumer promotion that names a retailer as who gets
        # it is no excuse; the producer's own team's tab and a trick-or-treat walk are not gifts
        (
            "Old Mill Brewing Co.",
            "Bar owner sweepstakes - Vegas trip for top-selling account",
            True,
        ),
        ("Old Mill Brewing Co.", "Consumer promo kit for accounts - free kegerator", True),
        ("Tobacco Road Brewing", "Team bar tab - sales meeting at Tobacco Road Taproom", False),
        ("Old Mill Brewing Co.", "Trick-or-treat candy - downtown retailers Halloween walk", False),
        # F7 of the thirty-fifth round: shelf space, display and advertising with a store named
        # by its kind or its brand, and beer for a bar's bartenders
        ("Old Mill Brewing Co.", "Slotting fees - Whole Foods", True),
        ("Old Mill Brewing Co.", "Placement fees - grocery chain end caps", True),
        ("Old Mill Brewing Co.", "Co-op ads with Kroger (50/50)", True),
        ("Old Mill Brewing Co.", "Chain placement and slotting fees", True),
        ("Old Mill Brewing Co.", "Beer for bartenders", True),
        ("Old Mill Brewing Co.", "Supply chain software", False),
        ("Old Mill Brewing Co.", "Target audience ads", False),
        # R5 of the round's re-review: a key chain is no store chain; kombucha is no alcohol
        ("Old Mill Brewing Co.", "Free key chains (festival giveaway)", False),
        ("Old Mill Brewing Co.", "Cold chain equipment (refrigerated van lease)", False),
        ("Bright Leaf Kombucha Brewing Co.", "Slotting fees - Whole Foods", False),
    ],
)
def test_ba119_flags_things_of_value_an_alcohol_producer_gives_retailers(
    business: str, line: str, flagged: bool
) -> None:
    """H5 of a CFO's review (2026-12-03): a brewery's "Buying Rounds & Free Kegs for Bars"
    ($11,000) was read as cost of sales with no word said, and, marked as marketing, funded as
    a channel: the tied-house laws forbid a producer to give retailers things of value (27
    U.S.C. §205(b); 27 CFR §6.41)."""
    found = _found(
        "BA119",
        {
            "business": {"name": business},
            "revenue": 1000000,
            "activities": [{"name": line, "spend": 11000}, {"name": "Rent", "spend": 60000}],
        },
    )
    assert [f.severity for f in found] == (["warning"] if flagged else [])
    if flagged and "Distribut" in line:  # commercial bribery of a wholesaler's staff
        assert "27 U.S.C. §205(c)" in found[0].message
    elif flagged:
        assert found[0].message.startswith(f"{line!r} gives retailers something of value")
        assert "27 U.S.C. §205(b)" in found[0].message
        # a gift to a retailer's buyers is commercial bribery too (X2 of the re-review)
        # (its owners too: a licensee's officers, 27 CFR §10.21's "officer")
        people = ("buyers", "staff", "bartender", "owner")  # a retailer's own people
        assert ("27 CFR §10.21" in found[0].message) is any(p in line.lower() for p in people)
        assert found[0].advice.startswith("check it with your state's alcohol beverage control")


def test_a_line_ba119_flags_is_neither_priced_nor_grown_and_holds_the_score_under_80() -> None:
    """J2 and J3 of a CFO's re-review (2026-12-03): a brewery's free kegs for bars, marked as
    marketing and joined to its distributor's accounts, were priced at $244.44 an account,
    counted as a funded channel and doubled by `plan`, beside a 100/100 "Strong". By hand:
    the free kegs channel is left alone with BA119 as the reason; the score stops at 79."""
    from bizaudit.core.plan import left_alone
    from bizaudit.explain.left_alone import left_alone_text

    profile = {
        "business": {"name": "Old Mill Brewing Co."},
        "revenue": 1000000,
        "activities": [
            {"name": "Free kegs for bars", "spend": 11000, "kind": "marketing",
             "purpose": "acquire", "channel": "distributor accounts"},
            {"name": "Google Ads", "spend": 60000},
            {"name": "Email newsletter", "spend": 20000},
        ],
        "customers": {"new": 100, "lifetime_value": 5000, "sources": {
            "distributor accounts": {"customers": 45, "channel": "distributor accounts"},
            "google ads": 55}},
        "owner_hours": {"delivery": 30, "marketing": 10},
    }  # fmt: skip
    report = _report(profile)
    [kegs] = [c for c in report.channels if "distributor accounts" in c.sources]
    assert (kegs.spend, kegs.customers, kegs.cac) == (Decimal(11000), 45, None)
    assert report.score <= 79
    assert "a line gives retailers something of value, which the tied-house laws forbid " \
        "(BA119)" in [c.reason for c in report.score_caps]  # fmt: skip
    facts = _facts(profile)
    [channel] = [c for c in facts.by_channel if c.spend == 11000]
    assert left_alone_text(
        left_alone(channel, 1)
    ) == (  # the line by name, as the channel's is not its own (P5)
        "its spend on 'Free kegs for bars' gives, in whole or in part, retailers something of "
        "value the tied-house laws forbid (BA119)"
    )
    assert "Free kegs for bars" not in [item.activity.name for item in facts.channels]


def test_ba101_warns_where_only_a_brand_fund_meets_the_minimum() -> None:
    """D12 of a CFO's review (2026-12-02): a franchisee met the restaurant minimum only with
    the 2% brand fund its agreement sets; what it ran itself was 1.6% of gross sales. By
    hand: (20,000 + 16,000) ÷ 1,000,000 = 3.6%, over restaurants' 3%; without the fund,
    16,000 is 1.6%. With 40,000 of its own (6%), nothing is said."""

    def found(own: int) -> list[Finding]:
        return _found(
            "BA101",
            {
                "business": {"name": "Case", "industry": "restaurant"},
                "revenue": 1000000,
                "activities": [
                    {"name": "Brand Fund Contribution (2%)", "spend": 20000},
                    {"name": "Google Ads", "spend": own},
                ],
            },
        )

    [ba101] = found(16000)
    assert ba101.severity == "warning"
    assert ba101.message == (
        "marketing is 3.6% of revenue, over the 3% minimum (your industry's low end) only with "
        "$20,000 that an agreement sets ('Brand Fund Contribution (2%)'); what the business "
        "decides itself is 1.6% ($16,000)"
    )
    assert ba101.advice.startswith("the fund buys the brand's marketing")
    assert found(40000) == []
    # ...and the score holds the same 1.6% to the 3% minimum (V4 of the sixteenth round: 100
    # "Strong" beside this warning): (0.016 ÷ 0.03)² = 0.2844
    report = _report(
        {
            "business": {"name": "Case", "industry": "restaurant"},
            "revenue": 1000000,
            "activities": [
                {"name": "Brand Fund Contribution (2%)", "spend": 20000},
                {"name": "Google Ads", "spend": 16000},
            ],
        }
    )
    [part] = [c for c in report.score_components if c.name == "marketing investment"]
    assert part.earned is not None
    assert round(part.earned, 4) == Decimal("0.2844")
    assert "what the business decides itself" in part.basis
    # above the 6% top with the fund, more is not advised: (70,000 + 10,000) ÷ 1,000,000 = 8%
    model = {
        "business": {"name": "Case", "industry": "restaurant"},
        "revenue": 1000000,
        "activities": [
            {"name": "Brand Fund Contribution (7%)", "spend": 70000},
            {"name": "Google Ads", "spend": 10000},
        ],
    }
    assert "BA101" not in [f.rule for f in _report(model).findings]


def test_floor_plan_interest_is_an_operating_cost() -> None:
    """K4 of a CFO's review (2026-12-03): a used-car dealer's floor-plan interest carries the
    stock it sells (an operating expense in the dealer's statement), yet was put after the
    operating profit; renamed "Floor Plan Expense" it was not, so the margin turned on a word.
    By hand: 1,000,000 − 900,000 − 20,000 = 80,000 either way."""
    for name in ("Floor Plan Interest", "Floor Plan Expense"):
        report = _report({
            "revenue": 1000000,
            "activities": [{"name": "Cost of Vehicles Sold", "spend": 900000},
                           {"name": name, "spend": 20000}],
        })  # fmt: skip
        assert report.profit.operating_profit == Decimal(80000), name


def test_a_priced_referral_bonus_reaches_the_buyers_it_paid_for() -> None:
    """K7 of a CFO's review (2026-12-03): a dealer's "Customer referral bonus ($200 per sold
    referral)" reached none of its 29 buyers "referred by previous buyer", so they counted as
    free. By hand: 5,800 ÷ 200 = 29 paid for; (20,000 + 5,800) ÷ 129 = 200 a customer."""
    report = _report({
        "revenue": 2000000,
        "activities": [{"name": "Google Ads", "spend": 20000},
                       {"name": "Customer referral bonus ($200 per sold referral)", "spend": 5800}],
        "customers": {"new": 129, "sources": {"google ads": 100, "referred by previous buyer": 29},
                      "lifetime_value": 3000},
    })  # fmt: skip
    assert report.economics.non_referral_cac.value == Decimal(200)


def test_ba201_names_no_dearest_channel_where_a_smaller_one_costs_more() -> None:
    """K8 of a CFO's review (2026-12-03): a property manager was told to win owners more
    cheaply "starting with the dearest channel", its referrals at $452.70, beside Google at
    $1,200 and a lead site at $1,500 (too few customers to be named). By hand: Google Ads
    12,000 ÷ 30 = 400; Meta 5,000 ÷ 5 = 1,000, dearer, so no channel is named; with Meta at
    1,000 ÷ 5 = 200, Google Ads is the dearest, and named. LTV 1,000 against a CAC of 17,000
    ÷ 35 = 485.71 (2.1×) or 13,000 ÷ 35 = 371.43 (2.7×): under 3×, so BA201 speaks."""

    def advice(meta: int) -> str:
        [ba201] = _found(
            "BA201",
            {
                "revenue": 1000000,
                "activities": [
                    {"name": "Google Ads", "spend": 12000},
                    {"name": "Facebook ads", "spend": meta},
                ],
                "customers": {
                    "new": 35,
                    "sources": {"google ads": 30, "facebook ads": 5},
                    "lifetime_value": 1000,
                },
            },
        )
        return ba201.advice

    assert "most expensive channel" not in advice(5000)
    assert "starting with the most expensive channel: Google Ads" in advice(1000)


def test_ba201_names_no_dearest_channel_alone_or_worth_its_cost() -> None:
    """F20 of the thirty-fifth review round (2026-12-05): a brewery was told to win customers
    more cheaply "starting with the dearest channel: Untappd for Business, $4.14 a customer",
    its only priced channel, at 29× its cost. By hand: alone, Google Ads 12,000 ÷ 30 = 400
    against an LTV of 1,000 (2.5×, BA201 speaks) is no "dearest"; beside Facebook at 1,000 ÷
    5 = 200, with $20,000 of a sales rep's pay, each channel costs 200 (6,000 ÷ 30 and 1,000 ÷
    5: 5×) while a customer costs (6,000 + 1,000 + 20,000) ÷ 35 = 771.43 (1.3×): none is too
    dear to name."""

    def advice(lines: list[tuple[str, int]], sources: dict[str, int]) -> str:
        [ba201] = _found(
            "BA201",
            {
                "revenue": 1000000,
                "activities": [{"name": name, "spend": spend} for name, spend in lines],
                "customers": {
                    "new": sum(sources.values()),
                    "sources": sources,
                    "lifetime_value": 1000,
                },
            },
        )
        return ba201.advice

    assert "most expensive" not in advice([("Google Ads", 12000)], {"google ads": 30})
    assert "most expensive" not in advice(
        [("Google Ads", 6000), ("Facebook ads", 1000), ("Sales rep salary", 20000)],
        {"google ads": 30, "facebook ads": 5},
    )


def test_ba101_says_how_much_of_the_share_pays_for_what_must_stop() -> None:
    """A brewery's $11,000 of free kegs for bars, marked as marketing, made up part of its
    9.1% share, while BA119 said to stop them: the gap without them is wider. By hand:
    10% × 1,000,000 − 91,000 = 9,000; 9,000 + 11,000 = 20,000."""
    [ba101] = _found(
        "BA101",
        {
            "business": {"name": "Old Mill Brewing Co."},
            "revenue": 1000000,
            "activities": [
                {"name": "Free kegs for bars", "spend": 11000, "kind": "marketing",
                 "purpose": "acquire"},
                {"name": "Google Ads", "spend": 80000},
            ],
        },
    )  # fmt: skip
    assert ba101.message.endswith(
        "; $11,000 of it pays for what BA119 warns about, so without it the gap is $20,000"
    )


def test_ba101_judges_a_share_met_only_with_restricted_spend_without_it() -> None:
    """L3 of a CFO's re-review (2026-12-03): a lender's $30,000 of realtor gifts made up a
    share over the mortgage range's 5% minimum, and BA101 was silent. By hand: (30,000 +
    29,000) ÷ 1,000,000 = 5.9%; without the gifts, 29,000 is 2.9%. It is judged as 2.9% would
    be, an error (S3 of the twenty-eighth round's last check, 2026-12-05: it had been a
    warning, so spending what the rules forbid passed the check)."""
    found = _found(
        "BA101",
        {
            "business": {"name": "Case", "industry": "mortgage"},
            "revenue": 1000000,
            "activities": [
                {"name": "Realtor Appreciation Gifts", "spend": 30000},
                {"name": "Google Ads", "spend": 29000},
            ],
        },
    )
    [ba101] = found
    assert ba101.severity == "error"
    # (mortgage's range is a rule of thumb of low confidence, said on this branch too since
    # BG1 and BG5 of the sixty-first round's re-review)
    assert ba101.message.startswith(
        "marketing is 5.9% of revenue, over the 5% minimum (your industry's low end; a rule of "
        "thumb of low confidence) only with $30,000 that BA114 warns about; without it, 2.9% "
        "($29,000)"
    )
    assert ba101.advice.startswith("stop that spend, as BA114 says")


def test_ba101s_brand_fund_warning_moves_money_at_a_thin_margin() -> None:
    """L5 of a CFO's re-review (2026-12-03): the brand-fund warning asked for more spend at a
    4% margin, beside BA115 saying not to add any. By hand: 1,000,000 − 960,000 = 40,000, 4%,
    under 5%: the advice moves money instead."""
    [ba101] = _found(
        "BA101",
        {
            "business": {"name": "Case", "industry": "restaurant"},
            "revenue": 1000000,
            "activities": [
                {"name": "Brand Fund Contribution (2%)", "spend": 20000},
                {"name": "Google Ads", "spend": 16000},
                {"name": "Food cost", "spend": 924000},
            ],
        },
    )
    assert ba101.advice.startswith(
        "the fund buys the brand's marketing, which you do not steer: move money from costs "
        "that bring no customers into local marketing of your own, as the margin is under 5%"
    )


def test_ba105_is_information_where_the_owner_sells_the_customers_in() -> None:
    """M13 of a CFO's review (2026-12-03): an IT provider's owner, selling 15 hours a week, was
    warned to block more time for marketing. By hand: 5 of 35 + 5 + 15 = 55 hours is 9.1%,
    under 10%; with the 15 of selling, 20 of 55 is 36.4%, over it: information. 5 of
    40 + 5 + 2 = 47 hours is 10.6%: no finding. 3 of 41 + 3 + 1 = 45 is 6.7%, and with the 1
    of selling 4 of 45 is 8.9%, still under 10%: a warning."""

    def ba105(marketing: int, sales: int, delivery: int) -> list[Finding]:
        return _found(
            "BA105",
            {
                "revenue": 100000,
                "activities": [{"name": "Rent", "spend": 1000}],
                "owner_hours": {"delivery": delivery, "marketing": marketing, "sales": sales},
            },
        )

    [found] = ba105(5, 15, 35)
    assert found.severity == "info"
    assert found.message == (
        "the owner spends 9.1% of their week on marketing (5 of 55 hours), under the 10% "
        "minimum; with 15 hours of selling, winning customers takes 36.4% of it"
    )
    assert found.advice == (
        "selling closes the leads marketing brings, so keep time for what fills the pipeline: "
        "block at least 5.5 hours a week for marketing"
    )
    assert ba105(5, 2, 40) == []
    [found] = ba105(3, 1, 41)
    assert found.severity == "warning"
    # ...unless most customers come by referral (BA102's 50%): then the warning stays
    [found] = _found(
        "BA105",
        {
            "revenue": 100000,
            "activities": [{"name": "Rent", "spend": 1000}],
            "customers": {"new": 10, "sources": {"Referral": 8, "Google Ads": 2}},
            "owner_hours": {"delivery": 35, "marketing": 5, "sales": 15},
        },
    )
    assert found.severity == "warning"


def test_sign_payments_in_other_words_and_work_no_claim_pays() -> None:
    """A CFO's re-review (2026-12-03): eight of ten rewordings of a roofer's payment to
    homeowners for its yard sign were missed, while a solar installer whose note said "no
    insurance work" drew the Texas claims law; supplier discounts ("10% off contract
    pricing") and first-aid kits had read as revenue given up, and a fee waiver as money
    spent in part."""
    from bizaudit.core.financing import given_up, offsets_deductible

    for name in ("Yard sign rebate ($500/job)", "Customer yard sign allowance",
                 "Sign bonus paid to customers ($500/job)"):  # fmt: skip
        assert offsets_deductible(name)
    assert not offsets_deductible("Yard Signs & Door Hangers")
    assert not offsets_deductible("Homeowner sign program", "$50 a month; no insurance work")
    # the second re-review: a line that names the deductible is one whatever else it says...
    assert offsets_deductible("Deductible waivers (not insurance approved)")
    assert offsets_deductible("Deductible assistance", "no claims paperwork needed")
    # ...and a supplier's signage allowance, a digital sign's credits, a billboard's placement
    # fees and an agent's sign credits are no customer's rebate, nor revenue given up
    for name in ("Coca-Cola signage allowance", "Digital signage credits", "Sign placement fees",
                 "Open house sign credits"):  # fmt: skip
        assert not offsets_deductible(name)
        assert not given_up(name, None)
    for name in ("Office supplies (10% off contract pricing)", "Free First Aid kits",
                 "Kennel cleaning contract - 15% off", "Yelp Ads 50% off first month",
                 "Mailchimp - first month free", "Staff hotel 2 free nights"):  # fmt: skip
        assert not given_up(name, None)
    for name in ("New Client 50% Off First Groom", "First month free tuition", "Free first groom",
                 "20% off first visit", "New patient 25% off"):  # fmt: skip
        assert given_up(name, None)
    [found] = _found(
        "BA116",
        {"revenue": 100000, "activities": [{"name": "Registration Fee Waivers", "spend": 900}]},
    )
    assert "in part" not in found.message


def test_ba106_leaves_revenue_given_up_to_ba116() -> None:
    """N15 of a CFO's re-review (2026-12-03): for "New Client 50% Off First Groom" BA106 asked
    for a kind (operations, cost of sales, marketing) while BA116 said to mark it
    contra-revenue. One finding now speaks; an unread line that is neither still gets BA106.
    Since F15 of the twenty-ninth round (2026-12-05) money off the price is read as a price cut
    itself (contra-revenue, at low confidence), so BA107 was the one that asked. Since BF8 of
    the sixty-first round (2026-12-07) a price cut on a new client's first visit is a
    first-visit offer, acquisition paid in revenue given up: read as marketing to acquire, so
    BA116 is the one that speaks, and nothing is marked contra-revenue. Since round 63 the
    $6,200 is read as a line marked contra-revenue is: out of the spend and the marketing (0)
    and out of net revenue, 100,000 − 6,200 = 93,800."""
    lines = [
        {"name": "New Client 50% Off First Groom", "spend": 6200},
        {"name": "Zqxv", "spend": 100},
    ]
    report = _report({"revenue": 100000, "activities": lines})
    said = [(f.rule, f.subject) for f in report.findings if f.rule in ("BA106", "BA107", "BA116")]
    assert said == [("BA106", "Zqxv"), ("BA116", "New Client 50% Off First Groom")]
    assert report.spend["marketing"] == Decimal(0)
    assert report.spend.get("contra-revenue", Decimal(0)) == Decimal(0)
    assert report.profit.revenue_given_up == Decimal(6200)
    assert report.profit.net_revenue == Decimal(93800)


def test_ba110_is_information_where_selling_not_marketing_makes_the_ratio_weak() -> None:
    """M9 of a CFO's review (2026-12-03): a roofer above construction's 1-5% range was told to
    cut marketing, while its reps' commissions made most of a job's cost and `plan` kept the
    split. By hand: 60,000 of 1,000,000 is 6%, over 5%; a customer costs (60,000 + 200,000) ÷
    100 = 2,600 and is worth 5,000 ÷ 2,600 = 1.9×, but marketing's part, 600, pays back
    5,000 ÷ 600 = 8.3×: information, and no cap for it."""
    profile = {
        "business": {"name": "Case", "industry": "construction"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 60000},
            {"name": "Sales rep commissions", "spend": 200000},
            {"name": "Rent", "spend": 500000},
        ],
        "customers": {"new": 100, "sources": {"Google Ads": 100}, "lifetime_value": 5000},
    }
    [found] = _found("BA110", profile)
    assert found.severity == "info"
    assert found.message.endswith(
        "and a customer is worth 1.9× what it costs to win, but marketing's part of that cost, "
        "$600 a customer, pays back 8.3×: selling makes the ratio weak (BA201)"
    )
    assert found.advice.startswith("the range is no reason to cut marketing that pays")
    assert not [c for c in _report(profile).score_caps if "BA110" in c.reason]


def test_marketing_read_as_revenue_given_up_holds_the_score_below_strong() -> None:
    """N14 of a CFO's re-review (2026-12-03): a pet resort scored 95 "Strong" with $12,300 of
    its $32,700 of marketing in free visits and a free trial day, which BA116 reads as revenue
    given up, not money spent. By hand: 7,500 of 21,500 of marketing (35%) is over 5%, and the
    share meets the salon's 4% only with it (21,500 ÷ 500,000 = 4.3%; 14,000 ÷ 500,000 = 2.8%
    without): the score stops at 79; 1,000 of 21,000 (4.8%) is under 5%: no cap."""

    def profile(free: int, ads: int) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": "salon"},
            "revenue": 500000,
            "activities": [
                {"name": "Google Ads", "spend": ads},
                {"name": "Punch Card Free Visits (buy 10 get 1)", "spend": free},
                {"name": "Email newsletter", "spend": 2000},
                {"name": "Rent", "spend": 300000},
            ],
            "customers": {
                "new": 100,
                "sources": {"Google Ads": 60, "Instagram": 40},
                "lifetime_value": 3000,
            },
            "owner_hours": {"delivery": 30, "marketing": 10},
        }

    capped = _report(profile(7500, 12000))
    # and the check fails: 2.8% in money is under the 4% minimum (E2 of the twenty-fourth
    # round: BA101 is then an error). The marketing part is earned in money too (F5 of its
    # re-review), of revenue without the revenue given up too (BG6 of the sixty-first round's
    # re-review): 14,000 ÷ (500,000 − 7,500 = 492,500) = 2.8426%, (2.8426 ÷ 4)² = 0.5050 of
    # 30 = 15.15, with 20 (25×), 15 (no referrals), 7.5 (one channel of two), 10 (the
    # newsletter) and 10 (25% of the week): 77.65, 78, under both caps (it was (2.8 ÷ 4)² =
    # 0.49 of 30 = 14.7, 77.2, of the whole $500,000)
    assert capped.score == 78
    assert capped.score_caps == []
    assert capped.score_components[0].basis == (
        "2.8% of revenue against a 4% minimum; in money, without revenue given up listed as "
        "marketing (BA116), as BA101 holds it"
    )
    # the caps still hold where a part rests on the lines: without the newsletter and with
    # 19,000 on ads (19,000 ÷ 492,500 = 3.858% in money), the part earns (3.858 ÷ 4)² = 0.9302
    # of 30 = 27.91, the punch card alone earns retention's 10; with 20, 15, 7.5 and 10:
    # 90.41, held at 79
    rests = profile(7500, 19000)
    rests["activities"] = [a for a in rests["activities"] if a["name"] != "Email newsletter"]
    held = _report(rests)
    assert [c.reason for c in held.score_caps] == [
        "more than 5% of marketing is in lines BA116 reads as revenue given up, not money "
        "spent, and the marketing share, the retention part or the referrals counted as "
        "cultivated rest on them",
        "the check fails (an error finding, or a warning under --strict or --fail-on)",
    ]
    assert held.score == 79
    under = _report(profile(1000, 18000))
    assert (under.score, under.score_caps) == (93, [])
    # and not where the share meets the minimum without it: 7,500 of 27,500, but 20,000 ÷
    # 500,000 = 4% without it, the newsletter keeps customers, the free visits are no channel
    assert _report(profile(7500, 18000)).score_caps == []
    # W12 of the sixteenth round's re-review: only where a part of the score rests on it. At
    # 93% full the share is not scored, the newsletter earns the retention part and the free
    # visits are no channel: no cap. Without the newsletter, retention rests on them: capped.
    full = profile(7500, 12000)
    full["business"]["capacity_used"] = "93%"
    assert _report(full).score_caps == []
    full["activities"] = [a for a in full["activities"] if a["name"] != "Email newsletter"]
    assert [c.limit for c in _report(full).score_caps] == [79]


def test_ba101_tests_under_a_thin_margin_where_a_customer_pays_back_within_a_quarter() -> None:
    """M3 of a CFO's review (2026-12-03): a child care centre at a 4.7% margin, whose new
    families paid back in one to two months, was told to move money out of costs that bring no
    customers (teachers' wages that state ratios fix). By hand: 10% of 1,000,000 = 100,000;
    20,000 spent, a gap of 80,000; the profit 1,000,000 - 960,000 = 40,000 (4%, thin); a
    customer costs 20,000 ÷ 40 = 500 and brings 12,000 × 50% ÷ 12 = 500 a month: 1.0 months,
    within 3 of 12. A test of 80,000 ÷ 4 = 20,000, under the 40,000 Google Ads can take. At a
    6-month payback (a customer costing 3,000), money is moved as before."""

    def profile(new: int) -> dict[str, Any]:
        return {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 20000},
                {"name": "Rent", "spend": 940000},
            ],
            "customers": {
                "new": new,
                "sources": {"Google Ads": new},
                "lifetime_value": 18000,
                "average_revenue": 12000,
                "gross_margin": "50%",
            },
        }

    advice = _advice(profile(40))["BA101"]
    assert advice == (
        "the full $80,000 would turn the $40,000 operating profit into a $40,000 loss: test "
        "first, with $20,000 (a quarter of the gap: a new customer pays back in 1.0 months, "
        "within a quarter of the period, so what is added comes back within it) on the cheapest "
        "channel more money can buy, judged on 20 or more customers (Google Ads: $500 a "
        "customer) for a period and keep "
        "going only while a new customer costs under $6,000 (a third of what a customer is "
        "worth)"
    )
    assert "move money from costs that bring no customers" in _advice(profile(7))["BA101"]


def test_ba101_does_not_ask_for_more_while_a_customer_costs_over_a_third_of_their_worth() -> None:
    """Q10 of a CFO's review (2026-12-03, fourteenth round): an architecture firm was asked for
    $79,300 more beside BA201's 2.2x. By hand: 10% of 1,000,000 = 100,000; 40,000 spent, a gap
    of 60,000, and the profit 1,000,000 - 640,000 = 360,000 stays over 5% after it (plan
    "add"); a customer costs 40,000 ÷ 10 = 4,000, more than 9,000 ÷ 3 = 3,000."""
    advice = _advice(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 40000},
                {"name": "Rent", "spend": 600000},
            ],
            "customers": {"new": 10, "sources": {"Google Ads": 10}, "lifetime_value": 9000},
        }
    )
    assert advice["BA101"] == (
        "$60,000 more would reach the minimum, but a new customer already costs $4,000 to win, "
        "more than the $3,000 a third of their worth allows (BA201): make a customer worth more "
        "first (keep them longer, raise the margin) or win them for less, and grow the budget "
        "once a new one costs under a third of their worth"
    )


def test_a_loan_note_and_a_co_op_reimbursement_are_named_by_ba116() -> None:
    """Q7 and Q8 of a CFO's review (2026-12-03, fourteenth round): "Equipment note -
    principal" was counted as a cost ($60,000 off the operating profit), and "Co-op
    advertising reimb. - Oticon/Phonak (credit)", money received, was taken off revenue."""
    lines = [
        {"name": "Equipment note - principal", "spend": 60000},
        {"name": "Co-op advertising reimb. - Oticon/Phonak (credit)", "spend": 11400},
    ]
    found = {
        f.subject: f.message for f in _found("BA116", {"revenue": 1000000, "activities": lines})
    }
    assert "loan being repaid" in found["Equipment note - principal"]
    assert "received" in found["Co-op advertising reimb. - Oticon/Phonak (credit)"]


def test_a_pay_line_for_two_partners_puts_one_partners_pay_on_the_owners_hours() -> None:
    """Q9 of a CFO's review (2026-12-03, fourteenth round): an architecture firm's "Principal
    salaries (2 partners)", $360,000, was put on one principal's hours. By hand: 14 of 54 hours
    of 360,000 ÷ 2 = 180,000 is 46,666.67."""
    from bizaudit.core.owner_pay import owner_selling

    facts = _facts(
        {
            "revenue": 3000000,
            "activities": [
                {"name": "Principal salaries (2 partners)", "spend": 360000},
                {"name": "Google Ads", "spend": 40000},
            ],
            "owner_hours": {"delivery": 40, "marketing": 4, "sales": 10},
        }
    )
    selling = owner_selling(facts)
    assert selling is not None
    assert selling.paid == 180000
    assert round(selling.value, 2) == Decimal("46666.67")


def test_ba101_says_how_much_of_the_share_is_revenue_given_up() -> None:
    """P3 of a CFO's second re-review (2026-12-03): BA101 asked a pet resort for $8,812 more
    with no word of the $12,300 BA116 reads as revenue given up. By hand: 10% of 100,000 =
    10,000; 3,000 + 2,000 = 5,000 of marketing, a gap of 5,000; without the 2,000 of free
    visits, in the marketing and in revenue (BG6 of the sixty-first round's re-review), 10% of
    100,000 − 2,000 = 98,000 is 9,800, and 9,800 − 3,000 = 6,800 (it was 10,000 − 3,000 =
    7,000, the floor on the revenue given up kept)."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 100000,
            "activities": [
                {"name": "Google Ads", "spend": 3000},
                {"name": "Punch Card Free Visits (buy 10 get 1)", "spend": 2000},
                {"name": "Rent", "spend": 50000},
            ],
        },
    )
    assert ba101.message.endswith(
        "; $2,000 of it is revenue given up, not money spent (BA116), so without it, in the "
        "marketing and in revenue ($98,000), the gap is $6,800"
    )
    # and the advice asks for that gap in money spent (Y5 of the seventeenth round: a salon
    # was asked for "$1,038 more" of a $6,998 gap). By hand: the free visits out of net revenue
    # as well as out of the costs, the base the minimum is a share of (the sixty-second round,
    # part h): (100,000 − 2,000) − (55,000 − 2,000) = 45,000, the profit as listed, where it
    # had been 47,000 with the visits added back; 45,000 − 6,800 = 38,200
    assert ba101.advice.startswith(
        "budget at least $9,800 a period of money spent for attracting and keeping customers "
        "($6,800 more; operating profit (the $2,000 of revenue given up out of net revenue "
        "($98,000, the base the minimum is a share of) as well as out of the costs) $45,000 → "
        "$38,200)"
    )


def test_ba206_asks_no_customers_for_revenue_given_up() -> None:
    """P4 of a CFO's second re-review (2026-12-03): BA206 asked a pet resort to credit
    customers to its "Free Trial Day" line, which BA116 reads as revenue given up."""
    found = _found(
        "BA206",
        {
            "revenue": 500000,
            "activities": [
                {"name": "Free Trial Day - Daycare Temperament Eval", "spend": 4800},
                {"name": "Nextdoor Local Ads", "spend": 1800},
                {"name": "Google Ads", "spend": 9000},
            ],
            "customers": {"new": 40, "sources": {"Google Ads": 40}},
        },
    )
    # the line is the "Nextdoor ads" channel since BF9 of the sixty-first round (2026-12-07),
    # which BA206 names by its label (reworked by hand: it had been named after the line)
    assert [f.subject for f in found] == ["Nextdoor ads"]


def test_revenue_given_up_is_no_funded_acquisition_channel() -> None:
    """N14 of a CFO's re-review (2026-12-03): a pet resort's "Free Trial Day", which BA116
    reads as revenue given up, was one of its "6 funded, recurring acquisition channels"."""
    facts = _facts(
        {
            "revenue": 500000,
            "activities": [
                {"name": "Free Trial Day - Daycare Temperament Eval", "spend": 4800},
                {"name": "Google Ads", "spend": 9000},
            ],
            "customers": {"new": 40, "sources": {"Google Ads": 40}},
        }
    )
    assert [item.activity.name for item in facts.channels] == ["Google Ads"]


def test_ba101_fails_where_only_revenue_given_up_meets_the_minimum() -> None:
    """A coach's review (2026-12-03, fifteenth round): a studio passed at 6.001% against a 6%
    minimum on $1,500 of tuition credits BA116 itself said were not spend. By hand: 5,700 +
    400 = 6,100 of 100,000 is 6.1%, over 6% only with the 400 of credits; without them, in the
    marketing and in revenue (BG6 of the sixty-first round's re-review), 5,700 of 100,000 −
    400 = 99,600, 5.72%, 6% × 99,600 − 5,700 = 5,976 − 5,700 = 276 short (of 100,000 it had
    been 300). A vendor's reimbursement received is no spend either, and
    never in the share (AF3 of the twentieth round): 5,700 of 100,000, under the minimum."""
    base = {
        "revenue": 100000,
        "policy": {"min_marketing_share": "6%"},
        "customers": {"new": 20},
    }
    credits = {"name": "Member referral reward ($50 tuition credit per enrolled friend)",
               "spend": 400}  # fmt: skip
    [found] = _found("BA101", base | {"activities": [{"name": "Google Ads", "spend": 5700},
                                                     credits]})  # fmt: skip
    # judged as the 5.7% in money is (E2 of the twenty-fourth round): the gate fails
    assert found.severity == "error"
    # ...and still where a line another rule flags is listed beside it (F1 of its re-review:
    # one gift to client contacts had made it a warning again): 5,700 + 200 = 5,900 in money
    gift = {"name": "Holiday gift cards - client contacts", "spend": 200}
    [flagged] = _found("BA101", base | {"activities": [{"name": "Google Ads", "spend": 5700},
                                                       credits, gift]})  # fmt: skip
    assert flagged.severity == "error"
    assert found.message == (
        "marketing is 6.1% of revenue, over the 6% minimum only with $400 that "
        "BA116 reads as revenue given up, not spent; without it, in the marketing and in "
        "revenue, 5.7% ($5,700 of $99,600)"
    )
    assert found.advice == (  # and what closes the gap (L8 of the twenty-sixth re-review)
        "take those lines out of the spending (BA116); what is spent in money is $276 short of "
        "the 6% minimum: spend $276 more on a channel that brings customers"
    )
    received = {"name": "Vendor promo reimbursements received (brands' marketing $)",
                "spend": 400}  # fmt: skip
    [found] = _found("BA101", base | {"activities": [{"name": "Google Ads", "spend": 5700},
                                                     received]})  # fmt: skip
    assert found.severity == "error"
    assert found.message.startswith(
        "marketing is 5.7% of revenue ($5,700 of $100,000; $400 BA116 reads as money received, "
        "left out), under the 6% minimum"
    )
    # a share just over the minimum reads as it is, never as the minimum (the re-review)
    near = base | {"activities": [{"name": "Google Ads", "spend": 5601}, credits]}
    [found] = _found("BA101", near)
    assert found.message.startswith("marketing is 6.001% of revenue, over the 6% minimum")
    # with enough spent in money, nothing to say
    assert not _found("BA101", base | {"activities": [{"name": "Google Ads", "spend": 6000},
                                                      credits]})  # fmt: skip


@pytest.mark.parametrize(
    "name",
    [
        # (points redeemed at the register come off revenue, as contra-revenue, since the
        # thirty-second round's second re-review, Q9: see the test of discounts beside
        # discounts)
        "Customer referral credit - $50 off next service",
        "BOGO wings Tuesdays",  # the re-review: a deal that gives the second one away
        # T24 of the re-review: "happy hour" had made it a funded channel, whatever it said
        "Daily deals & happy-hour 15% off (discounts we give up)",
        "Customer referral credit ($50 off next mow)",  # V10 of the sixteenth round
        "Parent referral - $25 off road test package",  # W5 of its re-review
    ],
)
def test_ba116_reads_discounts_at_the_register_as_revenue_given_up(name: str) -> None:
    """The fifteenth round (2026-12-03): a dispensary's $42,000 of loyalty redemptions and a
    pest company's $50-off referral credits were counted as spent on customers."""
    [found] = _found("BA116", {"revenue": 500000, "activities": [{"name": name, "spend": 4200}]})
    assert "revenue given up" in found.message


def test_ba116_names_a_doctors_draw() -> None:
    """A CFO's review (2026-12-03): an orthodontist's "3100 Doctor draw - Dr. Nair" ($300,000)
    was an unknown operating cost."""
    draw = {"name": "3100 Doctor draw - Dr. Nair", "spend": 300000}
    profile = {"revenue": 2610000, "activities": [draw]}
    [found] = _found("BA116", profile)
    assert "profit the owner takes out" in found.message


def test_ba114_flags_gifts_to_agents_who_order_pest_inspections_for_a_sale() -> None:
    """A CFO's review (2026-12-03, fifteenth round): a pest company's "Realtor appreciation -
    lunches, gift cards, CE classes (WDO)" scored as a channel at 7.3x, the score 100. A pest
    (WDO) inspection for a home sale is a settlement service (12 U.S.C. §2602(3)), and RESPA
    §8 forbids anything of value for referring it. By hand: the line is no channel, the
    score is capped at 79, and the lunches and the CE classes may have lines of their own. A
    line that names no inspection, or gives agents nothing of value, is not flagged."""
    line = {"name": "6260 Realtor appreciation - lunches, gift cards, CE classes (WDO)",
            "spend": 8400}  # fmt: skip
    ads = [{"name": "Google Ads", "spend": 60000}, {"name": "Customer newsletter", "spend": 10000}]
    pest = {
        "business": {"name": "Lone Star Shield", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [*ads, line],
        "customers": {"new": 200, "sources": {"Google Ads": 140, "Realtor referral": 60},
                      "lifetime_value": 2000},
        "owner_hours": {"delivery": 30, "marketing": 10},
    }  # fmt: skip
    assert _report(pest | {"activities": ads}).score == 93  # without the line
    [found] = _found("BA114", pest)
    assert "which RESPA restricts" in found.message
    assert "12 U.S.C. §2602(3)" in found.message
    assert "'6260 Realtor appreciation - lunches' and 'CE classes (WDO)'" in found.advice
    report = _report(pest)
    assert report.score == 79
    # (a pest company has no profession's rules on referrals: the cap names the law the
    # finding quotes, RESPA §8, since part j2 of the fifty-seventh round, 2026-12-07)
    assert [c.reason for c in report.score_caps] == [
        "a line pays for referrals, which RESPA §8 restricts (BA114)"
    ]
    [held] = [c for c in report.channels if c.restricted_by is not None]
    assert (held.restricted_by, held.cac) == ("BA114", None)
    for other in ("Realtor appreciation - lunches", "Realtor gift cards"):
        plain = pest | {"activities": [*ads, {"name": other, "spend": 8400}]}
        assert not _found("BA114", plain), other


def test_sources_more_than_five_percent_over_new_customers_hold_the_score_below_strong() -> None:
    """R18 of a CFO's review (2026-12-03, fifteenth round): a pest company's sources listed
    150 more customers than its 1,480 new ones (10%), and the score stayed 100. By hand: 200
    listed against 180 new is 20 over, more than 5% of 180 (9): capped at 79; against 191 new,
    9 over is not more than 9.55: not capped."""
    base = {
        "business": {"name": "Lone Star Shield", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 60000},
                       {"name": "Customer newsletter", "spend": 10000}],
        "owner_hours": {"delivery": 30, "marketing": 10},
    }  # fmt: skip
    sources = {"Google Ads": 140, "Neighbor referral": 60}
    over = _report(base | {"customers": {"new": 180, "sources": sources, "lifetime_value": 2000}})
    assert over.score == 79
    assert [c.reason for c in over.score_caps] == [
        "the sources list more than 5% more new customers than were won (BA108): the referral "
        "share and the channels rest on counts that do not add up"
    ]
    near = _report(base | {"customers": {"new": 191, "sources": sources, "lifetime_value": 2000}})
    assert near.score > 79
    assert not near.score_caps


def test_ba114_flags_a_dental_practices_gifts_to_referring_dentists() -> None:
    """R9 of a CFO's review (2026-12-03, fifteenth round): an orthodontist's "Referring
    dentist relations - lunch & learns, holiday gifts to GP offices" was told "keep funding
    it"; a gift is an inducement under Cal. B&P §650 and remuneration in kind under Tex. Occ.
    Code §102.001. The lunch-and-learns may be split off."""
    line = "6030 Referring dentist relations - lunch & learns, holiday gifts to GP offices"
    ortho = {"business": {"name": "Cedar Ridge", "industry": "dental"}, "revenue": 2600000,
             "activities": [{"name": line, "spend": 14000}]}  # fmt: skip
    [found] = _found("BA114", ortho)
    assert "Tex. Occ. Code §102.001" in found.message
    assert "If '6030 Referring dentist relations - lunch & learns' is open to all" in found.advice
    lunches = ortho | {"activities": [{"name": "Referring dentist lunch & learns", "spend": 1}]}
    assert not _found("BA114", lunches)


def test_ba120_flags_a_dispensarys_highway_billboard_and_free_goods() -> None:
    """S13 of a coach's review (2026-12-03, fifteenth round): a California dispensary's
    "Billboard - I-80 eastbound" and "Free pre-roll w/ first visit" were counted among its
    funded acquisition channels (Bus. & Prof. Code §26152(d), §26153). By hand: both lines
    are flagged, neither is a channel with a price, `plan` leaves them alone, and the score
    stops at 79; a billboard downtown and Weedmaps are not flagged."""
    lines = [
        {"name": "Billboard - I-80 eastbound @ Roseville (Outfront)", "spend": 24000},
        {"name": "Free pre-roll w/ first visit (house brand, at cost)", "spend": 6400},
        {"name": "Billboard - downtown Sacramento", "spend": 12000},
        {"name": "Weedmaps - featured listing", "spend": 60000},
        {"name": "Customer newsletter", "spend": 8000},
    ]
    shop = {
        "business": {"name": "Golden Hour", "industry": "cannabis"},
        "revenue": 2000000,
        "activities": lines,
        "customers": {"new": 2000, "sources": {"weedmaps": 1500, "billboard": 500},
                      "lifetime_value": 900},
        "owner_hours": {"delivery": 30, "marketing": 10},
    }  # fmt: skip
    found = _found("BA120", shop)
    assert [f.subject for f in found] == [lines[0]["name"], lines[1]["name"]]
    assert "advertises on a billboard on an interstate" in found[0].message
    assert "§26152(d)" in found[0].message
    assert "gives away goods or accessories as a promotion" in found[1].message
    without = [line for line in lines if line not in lines[:2]]
    assert _report(shop | {"activities": without}).score == 100
    report = _report(shop)
    assert report.score == 79
    assert [c.reason for c in report.score_caps] == [
        "a line advertises as the law or the trade's rules forbid (BA120)"
    ]
    held = [c for c in report.channels if c.restricted_by == "BA120"]
    assert held
    assert all(c.cac is None for c in held)
    assert "§26153" not in found[0].message  # each quotes the rule it breaks
    assert "§26152(d)" not in found[1].message
    # the same lines in a shop of another trade say nothing; a dispensary declared as retail
    # is licensed all the same (the re-review)
    other = shop | {"business": {"name": "Golden Hour", "industry": "retail"}}
    assert not _found("BA120", other)
    declared = shop | {"business": {"name": "Golden Hour Dispensary", "industry": "retail"}}
    assert len(_found("BA120", declared)) == 2
    # a state highway that does not cross the border is not flagged
    hwy = shop | {"activities": [{"name": "Billboard - Hwy 99 at Fresno", "spend": 9000}]}
    assert not _found("BA120", hwy)


def test_ba120_names_a_reward_for_five_star_reviews_in_any_trade() -> None:
    """AD1 of the nineteenth round (a CFO, 2026-12-03): a coffee brand's "Review insert cards -
    free bag for 5-star review" was a funded channel, and alone carried marketing past the 7%
    minimum (16 CFR §465.4 forbids rewards conditioned on a review's sentiment). By hand: with
    it, (60,000 + 6,400 + 8,000) ÷ 1,000,000 = 7.44%; without it 6.8%, so BA101 warns that
    the minimum is met only with it; the score stops at 79; a reward for any review, and
    software that asks for five-star reviews, are not what the rule forbids."""
    lines = [
        {"name": "Meta ads", "spend": 60000},
        {"name": "Review insert cards - free bag for 5-star review", "spend": 6400},
        {"name": "Klaviyo", "spend": 8000},
        {"name": "Birdeye - get more 5-star reviews", "spend": 3000},
        {"name": "Free sample with any review", "spend": 500},
    ]
    brand = {
        "business": {"name": "Kettle", "industry": "ecommerce"},
        "revenue": 1000000,
        "activities": lines[:3],
        "customers": {"new": 2000, "sources": {"Instagram": 1500, "Google": 500}},
        "owner_hours": {"delivery": 30, "marketing": 10},
    }
    [found] = _found("BA120", brand)
    assert found.subject == lines[1]["name"]
    assert "16 CFR §465.4" in found.message
    [short] = _found("BA101", brand)
    assert "only with $6,400 that BA120 warns about; without it, 6.8%" in short.message
    report = _report(brand)
    assert report.score == 79
    held = [c for c in report.channels if c.restricted_by == "BA120"]
    assert [c.cac for c in held] == [None]
    others = brand | {"activities": [lines[0], *lines[2:]]}
    assert not _found("BA120", others)


def test_ba116_names_a_value_never_billed_taken_out_of_revenue() -> None:
    """R7 of a CFO's review (2026-12-03, fifteenth round): an orthodontist's "Complimentary
    consult & records (250 consults x $250 value waived)", read as contra-revenue, took
    $62,500 off its collections with no word said. By hand: profit 2,547,500 - 1,849,000 =
    698,500 (27.4% of 2,547,500) with it; 761,000 of 2,610,000 (29.2%) without it."""
    lines = [
        {"name": "6045 Complimentary consult & records (250 consults x $250 value waived)",
         "spend": 62500},
        {"name": "Team wages", "spend": 1849000},
    ]  # fmt: skip
    [found] = _found("BA116", {"revenue": 2610000, "activities": lines})
    assert "looks like a value never billed" in found.message
    assert "$698,500 (27.4% of net revenue) with it, $761,000 (29.2%) without it" in (found.message)
    # a discount given, taken out of gross sales, is no such line
    discount = [{"name": "Sales discounts", "spend": 62500}, lines[1]]
    assert not _found("BA116", {"revenue": 2610000, "activities": discount})


def test_ba101_tests_on_no_channel_whose_customers_already_cost_too_much() -> None:
    """T29 of the fifteenth round's re-review (2026-12-03): a staffing firm was told to test
    $119,900 on a channel already above its own stop line. By hand: the gap is 100,000 -
    70,000 = 30,000, which would take the 70,000 profit under 5%; Google Ads, the only channel
    a test may go to (referrals are left alone), costs 66,000 ÷ 6 = 11,000 a customer, more
    than a third of the 30,000 a customer is worth (10,000), though the blended CAC, 70,000 ÷
    14 = 5,000, is under it."""
    profile = {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent and payroll", "spend": 860000},
            {"name": "Client referral bonus ($500 per new account)", "spend": 4000},
            {"name": "Google Ads", "spend": 66000},
        ],
        "customers": {"new": 14, "sources": {"client referral": 8, "google ads": 6},
                      "lifetime_value": 30000},
    }  # fmt: skip
    [found] = _found("BA101", profile)
    # (worded again for AZ6 of the fifty-eighth round, 2026-12-07: the channel is the cheapest
    # more money can buy, not the table's cheapest, and its 6 customers are fewer than the 20
    # `plan` judges by; the figures are as worked out above)
    assert found.advice.startswith(
        "$30,000 more would reach the minimum, but the cheapest channel more money can buy, "
        "Google Ads, already costs $11,000 a customer (from 6 customers only: a small sample), "
        "more than the $10,000 a third of their worth allows: make a customer worth more first"
    )


def test_ba115_is_not_made_by_a_loans_principal() -> None:
    """U2 of the sixteenth round (2026-12-03): an optometry practice at 4.99% held $24,000 of
    loan principal that BA116 said was no cost; 6.6% without it. BA115 warned, the score
    stopped at 79 and BA202's room to invest was not said. By hand: 1,000,000 − 960,000 =
    40,000 (4%); without the 24,000 of principal, 64,000 (6.4%), over the 5% line."""
    ads = {"name": "Google Ads", "spend": 100000}
    profile: dict[str, Any] = {
        "revenue": 1000000,
        "activities": [
            ads,
            {"name": "Rent", "spend": 836000},
            {"name": "Equipment loan principal - BofA", "spend": 24000},
        ],
        "customers": {"new": 1000, "sources": {"google ads": 1000}, "average_revenue": 2000,
                      "gross_margin": "60%", "churn_rate": "20%"},
    }  # fmt: skip
    # AZ10 of the fifty-eighth round (2026-12-07), reworked by hand: no line lists the
    # equipment's depreciation, which a loan repaid over its life about matches, so the
    # principal stands in for it: 4% with it, 6.4% without, and whether the margin is thin is
    # not known. BA115 says so as information (no cap), and BA202 claims no room to invest
    [told] = _found("BA115", profile)
    assert told.severity == "info"
    assert told.message.startswith("operating profit is 4% of revenue ($40,000 of")
    assert "counting $24,000 of payments on loans for vehicles or equipment" in told.message
    assert "6.4% without them: whether the margin is thin is not known" in told.message
    assert _found("BA116", profile)
    assert not _found("BA202", profile)
    # ...and with the depreciation listed (rent $10,000 less, the same 40,000 of profit), the
    # principal is no cost, as U2 had it: not thin, and LTV 2,000 × 60% × (1 − 0.8^5) ÷ 0.2 =
    # 4,034.88 against a CAC of 100, 40× > 5×: room to invest
    listed = profile | {"activities": [
        ads, {"name": "Rent", "spend": 826000},
        {"name": "Equipment loan principal - BofA", "spend": 24000},
        {"name": "Depreciation - exam equipment", "spend": 10000},
    ]}  # fmt: skip
    assert not _found("BA115", listed)
    assert _found("BA202", listed)
    # ...but not another asset's depreciation alone: the office computers' says nothing of the
    # equipment the loan bought (CK4 of a quick check of the round's late changes)
    computers = profile | {"activities": [
        ads, {"name": "Rent", "spend": 826000},
        {"name": "Equipment loan principal - BofA", "spend": 24000},
        {"name": "Depreciation - office computers", "spend": 10000},
    ]}  # fmt: skip
    [told] = _found("BA115", computers)
    assert told.severity == "info"
    assert not _found("BA202", computers)
    # ...and thin without the loan too (rent $856,000: 1,000,000 − 980,000 = 20,000, 2% with
    # it; 44,000, 4.4%, without): thin whatever stands in, a warning as before the stand-in
    # (the stand-in had been added to the profit that already left the loan out, 68,000, and
    # called the margin not known, until the review of the change, 2026-12-07)
    thin_anyway = profile | {"activities": [
        ads, {"name": "Rent", "spend": 856000},
        {"name": "Equipment loan principal - BofA", "spend": 24000},
    ]}  # fmt: skip
    [thin_found] = _found("BA115", thin_anyway)
    assert thin_found.severity == "warning"
    assert thin_found.message.startswith("operating profit is 4.4% of revenue ($44,000 of")
    # 4% with nothing to take out: thin, as before
    rent = {"name": "Rent", "spend": 860000}
    thin = profile | {"activities": [ads, rent]}
    [found] = _found("BA115", thin)
    assert found.message.startswith("operating profit is 4% of revenue ($40,000 of")
    assert not _found("BA202", thin)


@pytest.mark.parametrize(("term", "earned"), [(None, "0.5"), (12, "0.5"), (36, "1")])
def test_the_score_halves_customer_economics_only_where_ba203_warns(
    term: int | None, earned: str
) -> None:
    """U9 of the sixteenth round (2026-12-03): an MSP's 16.1-month payback within its
    36-month agreements was information in BA203, yet the score halved its customer
    economics. By hand: CAC 40,000 ÷ 20 = 2,000; payback 2,000 ÷ (3,000 × 60% ÷ 12) = 13.3
    months; LTV stated 9,000, 4.5× (full marks before halving)."""
    customers: dict[str, Any] = {
        "new": 20, "average_revenue": 3000, "gross_margin": 0.6, "lifetime_value": 9000,
    }  # fmt: skip
    if term is not None:
        customers["contract_months"] = term
    report = _report(
        {
            "revenue": 900000,
            "activities": [{"name": "Google Ads", "spend": 40000}],
            "customers": customers,
        }
    )
    [part] = [c for c in report.score_components if c.name == "customer economics"]
    assert part.earned == Decimal(earned)
    # and its basis says why it was not halved (W21 of the sixteenth round's re-review)
    within = "and not within the 36-month contracts customers sign (it is within them here)"
    assert part.basis.endswith(within) is (term == 36)


def test_ba121_flags_gifts_to_those_who_award_work_for_others() -> None:
    """V12, V13 of the sixteenth round (2026-12-03) and R15 of the fifteenth: a landscaper's
    "HOA board + property mgr appreciation (gift cards, holiday baskets)" and a tutoring
    centre's "Counselor appreciation (coffee, Starbucks cards)" read as keeping customers and
    earned the retention part; a staffing firm's bonus to client contacts passed. Each is
    commercial bribery's ground (N.Y. Penal Law §180.00; Fla. Stat. §720.3033(3)). The line
    is no channel to grow, and the score stops at 79."""
    gifts = {"name": "HOA board + property mgr appreciation (gift cards, holiday baskets)",
             "spend": 1800}  # fmt: skip
    profile = {
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 60000}, gifts],
        "customers": {"new": 100, "sources": {"google ads": 60, "property manager": 40},
                      "lifetime_value": 5000},
    }  # fmt: skip
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA121"]
    assert found.severity == "warning"
    assert "commercial bribery in most states (N.Y. Penal Law §180.00" in found.message
    assert "Fla. Stat. §720.3033(3)" in found.message
    [line] = [a for a in report.activities if a.name == gifts["name"]]
    assert (line.category, line.purpose) == ("marketing", "acquire")  # not retention
    assert report.score <= 79
    # the laws quoted are those that reach whom the line names
    for name, says, not_said in (
        ("Counselor appreciation (coffee, Starbucks cards)", "§112.313(4)", "§720.3033"),
        ("Bonus to client contacts per signed contract", "§180.00", "§720.3033"),
    ):
        other = profile | {"activities": [{"name": name, "spend": 600}]}
        [again] = [f for f in _report(other).findings if f.rule == "BA121"]
        assert says in again.message
        assert not_said not in again.message
    assert "§112.313(4)" not in found.message


def test_ba101_gives_the_gap_to_the_trade_the_name_gives_away_too() -> None:
    """W23 of the sixteenth round's re-review (2026-12-03): a landscaper with no industry
    declared, at 3.43%, was asked for $88,790 against the 10% default, where its trade's 5%
    asks $21,245. By hand: 5% of 1,000,000 − 30,000 = 20,000."""
    profile = {
        "business": {"name": "Summit Peak Roofing"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 30000}],
    }
    [found] = _found("BA101", profile)
    assert found.message.endswith(
        "your business's name says home-services, whose range starts at 5%: declared, the gap "
        "would be $20,000"
    )


def test_ba202_nearly_full_says_the_room_is_for_the_places_still_free() -> None:
    """V20 of the sixteenth round (2026-12-03): a child-care centre 87.5% full was told
    "there is room to spend more on acquisition" with no word of how few places were free."""
    profile: dict[str, Any] = {
        "business": {"name": "Case", "capacity_used": "87.5%"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 40, "lifetime_value": 15000},
    }
    [found] = _found("BA202", profile)
    assert "for the places still free: the business is 87.5% full" in found.message
    assert found.advice.startswith("size any more budget to filling the places still free")


def test_ba101_names_the_costs_to_move_money_from() -> None:
    """V22 of the sixteenth round (2026-12-03): a landscaper at a thin margin was told to
    "move money from costs that bring no customers" with none named, where BA206 named two."""
    profile: dict[str, Any] = {
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 20000},
            {"name": "Nextdoor ads", "spend": 1200},
            {"name": "Little league sponsorship", "spend": 800},
            {"name": "Rent", "spend": 950000},
        ],
        "customers": {"new": 100, "sources": {"google ads": 100}},
    }
    [found] = _found("BA101", profile)
    assert "move money from costs that bring no customers (BA206: $1,200 on " in found.advice
    assert "; $800 on Sponsorships)" in found.advice


def test_ba101_under_the_minimum_says_what_a_brand_fund_leaves_the_owner() -> None:
    """V28 of the sixteenth round (2026-12-03): with no industry declared, a tutoring
    franchisee under the 10% default heard nothing of its brand fund, which the agreement
    sets. By hand: (50,000 − 20,000) ÷ 1,000,000 = 3%."""
    profile = {
        "revenue": 1000000,
        "activities": [
            {"name": "Brand Fund Contribution (2%)", "spend": 20000},
            {"name": "Google Ads", "spend": 30000},
        ],
    }
    [found] = _found("BA101", profile)
    assert (
        "$20,000 of it an agreement sets (a franchise's brand fund): what the business "
        "decides itself is 3%"
    ) in found.message


@pytest.mark.parametrize(
    "name", ["FF&E reserve transfer (4% of revenue)", "Replacement reserve", "Capital reserve"]
)
def test_a_transfer_to_a_reserve_is_money_moved_not_a_thin_margin(name: str) -> None:
    """X6 of the seventeenth round (a CFO's review, 2026-12-03): a hotel's "FF&E reserve
    transfer" was an unknown operating cost, and with a mortgage's principal it made a
    thin-margin warning and capped the score. Money set aside in the business's own reserve
    account is no cost of the period (USALI shows the replacement reserve below EBITDA). By
    hand: 1,000,000 − 970,000 = 30,000 (3%) as listed; 60,000 (6%) without the 30,000 moved,
    over BA115's 5%."""
    report = _report(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Rent", "spend": 600000},
                {"name": "Wages", "spend": 290000},
                {"name": "Google Ads", "spend": 50000},
                {"name": name, "spend": 30000},
            ],
        }
    )
    [ba116] = [f for f in report.findings if f.rule == "BA116"]
    assert "looks like money moved between the business's own accounts" in ba116.message
    assert "$30,000 (3% of revenue) with it, $60,000 (6%) without it" in ba116.message
    assert not [f for f in report.findings if f.rule in ("BA106", "BA115")]


def test_the_verdict_does_not_say_too_little_where_marketing_is_above_the_range() -> None:
    """Y8 and X11 of the seventeenth round (2026-12-03): a skincare brand spending 3.3 times
    the top of its range at a loss read "Fair: a real marketing effort, with gaps to close",
    and a distillery above its range "Weak: too little goes into getting and keeping
    customers". By hand: 300,000 ÷ 1,000,000 = 30%, above e-commerce's 7–12%; CAC 300,000 ÷
    1,000 = 300, so a customer worth 600 is worth 2×: BA110 warns."""
    from bizaudit.explain.score import verdict

    report = _report(
        {
            "business": {"name": "Glow", "industry": "ecommerce"},
            "revenue": 1000000,
            "activities": [
                {"name": "Meta ads", "spend": 300000},
                {"name": "Rent", "spend": 100000},
            ],
            "customers": {"new": 1000, "lifetime_value": 600, "sources": {"facebook ads": 1000}},
        }
    )
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert ba110.severity == "warning"
    assert report.score < 80
    assert report.verdict.endswith("make it pay back before adding more.")
    # where customers pay back (BA110 informs), what holds the score down is elsewhere; with
    # no BA110, the band's usual words
    assert verdict(65, over_range="info") == (
        "Fair: marketing is well funded and pays back; the gaps are elsewhere."
    )
    assert verdict(65) == "Fair: a real marketing effort, with gaps to close."


def test_dues_listings_and_sponsorships_no_customer_came_through_are_no_channel() -> None:
    """X18 of the seventeenth round (a CFO's review, 2026-12-03): a CPA firm's Rotary dues and
    golf-outing sponsorship, and a hotel's association dues and listings, none with a
    customer, counted as funded recurring acquisition channels and gave "predictable
    acquisition" full marks. Where sources are listed, a place bought counts only where
    customers are joined to it: here the chamber, which its 12 clients name. By hand: Google
    Ads and the chamber are 2 channels, full marks; without the chamber's clients, 1 of 2."""

    def profile(chamber: int) -> dict[str, Any]:
        sources = {"google ads": 40} | ({"chamber of commerce": chamber} if chamber else {})
        return {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 20000},
                {"name": "Rotary Club dues (2 partners)", "spend": 1800},
                {"name": "Sponsorship - Habitat for Humanity golf outing", "spend": 2500},
                {"name": "Chamber of Commerce membership", "spend": 900},
            ],
            "customers": {"new": 40 + chamber, "sources": sources},
        }

    for chamber, earned in ((12, 1), (0, Decimal("0.5"))):
        report = _report(profile(chamber))
        [part] = [c for c in report.score_components if c.name == "predictable acquisition"]
        assert part.earned == earned
    # without sources nothing tells them apart, and every funded line counts, as before
    unsourced = profile(0)
    unsourced["customers"] = {"new": 40}
    [part] = [c for c in _report(unsourced).score_components if c.name == "predictable acquisition"]
    assert part.earned == 1


def test_ba101_values_the_owners_hours_as_their_share_of_the_owners_pay() -> None:
    """X7 of the seventeenth round (a CFO's review, 2026-12-03): a CPA firm's managing
    partner's 3 marketing hours a week were valued at his $325 billing rate ($50,700) beside
    a line paying each of six partners $180,000, and the check passed on it. By hand: 180,000
    × 3 ÷ 55 = 9,818.18; (72,400 + 9,818.18) ÷ 4,380,000 = 1.877%, still under 2%: an error.
    Without a line paying him, the rate stands: 3 × 325 × 52 = 50,700, 2.81%: a warning."""

    def profile(paid: bool) -> dict[str, Any]:
        lines = [{"name": "Marketing coordinator", "spend": 72400},
                 {"name": "Staff salaries", "spend": 2000000}]  # fmt: skip
        if paid:
            lines.append({"name": "Partner guaranteed payments (6 partners)", "spend": 1080000})
        return {
            "business": {"name": "Hale CPAs", "industry": "accounting"},
            "revenue": 4380000,
            "activities": lines,
            "owner_hours": {"delivery": 40, "marketing": 3, "admin": 12, "rate": 325},
        }

    [found] = _found("BA101", profile(paid=True))
    assert found.severity == "error"
    assert (
        "with the owner's marketing hours valued as their share of the owner's $180,000 of pay "
        "($9,818.18) it is 1.88%"
    ) in found.message
    [found] = _found("BA101", profile(paid=False))
    assert found.severity == "warning"
    assert "with the owner's marketing hours valued ($50,700) it is 2.81%" in found.message


def test_a_pay_line_for_two_founders_pays_this_owner_half_of_it() -> None:
    """X19 of the seventeenth round: "Founders' salaries (2)" was put whole on one owner's
    hours. By hand: 180,000 ÷ 2 = 90,000, and 10 of 50 hours: 18,000."""
    from bizaudit.core.owner_pay import owner_paid, owner_selling

    report_facts = _facts(
        {
            "revenue": 1000000,
            "activities": [{"name": "Founders' salaries (2)", "spend": 180000}],
            "owner_hours": {"delivery": 40, "marketing": 6, "sales": 4},
        }
    )
    assert owner_paid(report_facts) == 90000
    selling = owner_selling(report_facts)
    assert selling is not None
    assert selling.value == 18000


@pytest.mark.parametrize("used", [None, "60%"])
def test_ba202_says_the_room_may_be_in_price_where_capacity_is_not_said(
    used: str | None,
) -> None:
    """Y17 of the seventeenth round (a coach's review, 2026-12-03): a wedding photographer
    working alone, whose limit is the calendar, was told to "try more budget". Where the
    profile does not say how full the business is, the advice says a business booked full has
    its room in price; where it says 60%, there is room, and nothing is added."""
    profile: dict[str, Any] = {
        "revenue": 200000,
        "activities": [{"name": "Google Ads", "spend": 4000}],
        "customers": {"new": 40, "lifetime_value": 5000, "sources": {"google ads": 40}},
    }
    if used is not None:
        profile["business"] = {"name": "Lens", "capacity_used": used}
    [found] = _found("BA202", profile)
    said = "if you are already booked as full as you can serve, the room is in price"
    assert (said in found.advice) is (used is None)


def test_ba116_reads_money_paid_to_customers_as_a_cost_either_way() -> None:
    """Y13 of the seventeenth round (a coach's review, 2026-12-03): a roofer's "Yard sign
    bonus ($500 per homeowner)", $21,000 of cheques, was read as revenue given up, and "take it
    out" added it to the profit though the money left the business. Money paid to a customer
    reduces revenue (ASC 606-10-32-25): the profit stays, the line is no marketing. By hand:
    1,000,000 − 921,000 = 79,000 either way; a credit off the bill is still revenue given up,
    read since round 63 as a line marked contra-revenue: out of net revenue, 1,000,000 −
    5,000 = 995,000 (the bonus, which the deductible law flags, stays where it is), and the
    profit the same, 79,000 ÷ 995,000 = 7.9%."""
    profile = {
        "business": {"name": "Summit", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [
            {"name": "Yard sign bonus ($500 per homeowner)", "spend": 21000},
            {"name": "Yard sign credits to homeowners ($250 off)", "spend": 5000},
            {"name": "Google Ads", "spend": 95000},
            {"name": "Crew wages", "spend": 800000},
        ],
    }
    paid, credit = _found("BA116", profile)
    assert paid.message.startswith(
        "'Yard sign bonus ($500 per homeowner)' ($21,000) looks like money paid to customers"
    )
    assert "the operating profit, $79,000, is the same either way" in paid.message
    assert "mark it kind: contra-revenue: the money left the business" in paid.advice
    assert "§27.02" in paid.message  # still the deductible law's caution
    # the credit: the profit the same, and no "every such line" counts the bonus
    assert "$79,000 (7.9% of net revenue), is the same either way" in credit.message
    assert "without every such line" not in credit.message


def test_ba202_says_how_many_of_its_customers_are_referrals_the_business_cultivates() -> None:
    """X15 of the seventeenth round (a CFO's review, 2026-12-03): a CPA firm read "a customer
    won other than by referral is worth 7.9×" where 59 of the 103 were banker and attorney
    referrals its funded lunches cultivate: paid for, so counted. By hand: 40 from Google Ads
    and 30 through the lunches of 100 new (30 came on their own): 70 counted."""
    [found] = _found(
        "BA202",
        {
            "revenue": 2000000,
            "activities": [
                {"name": "Google Ads", "spend": 8000},
                {"name": "Lunches with bankers and estate attorneys", "spend": 4000},
            ],
            "customers": {
                "new": 100,
                "lifetime_value": 9000,
                "sources": {"google ads": 40, "banker referral": 30, "friend": 30},
            },
        },
    )
    assert (
        "30 of the 70 are referrals the business's funded referral lines brought, counted as "
        "paid for: only referrals that came on their own are left out"
    ) in found.message


def test_a_loan_payment_and_a_draw_beside_a_salary_do_not_make_a_margin_thin() -> None:
    """Z3 of the seventeenth round's re-review (2026-12-03): a cleaning company's "SBA 7(a)
    Loan Payment" (principal and interest, both outside the operating profit by the report's
    own definition) and a draw beside an officer salary that pays the owner made a healthy
    margin read thin. By hand: 1,000,000 − 970,000 = 30,000 (3%) as listed; without the
    20,000 of loan payment and the 20,000 draw (the salary pays the owner), 70,000 (7%): no
    BA115. A partner buyout note is a loan being repaid."""
    lines = [
        {"name": "Crew wages", "spend": 690000},
        {"name": "Officer salary (owner)", "spend": 120000},
        {"name": "Google Ads", "spend": 60000},
        {"name": "Rent", "spend": 60000},
        {"name": "SBA 7(a) Loan Payment", "spend": 20000},
        {"name": "Owner Draws", "spend": 20000},
        {"name": "Partner buyout note - retired founder", "spend": 0},
    ]
    report = _report({"revenue": 1000000, "activities": lines})
    assert not [f for f in report.findings if f.rule == "BA115"]
    assert "thin margin" not in {c.reason for c in report.score_caps}
    # and BA101 weighs the same profit: 70,000 (7%), not "already thin" at 3%; the 40,000 gap
    # (10% of 1,000,000 less 60,000) would leave 30,000 (3%), under 5%, so a staged test
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert "already thin" not in ba101.advice
    assert ba101.advice.startswith(
        "the full $40,000 would take the operating margin (without the lines BA116 names) "
        "from 7% to 3%, under 5%"
    )
    [buyout] = [f for f in _found("BA116", {"revenue": 1000000, "activities": [
        {"name": "Partner buyout note - retired founder", "spend": 84000},
        {"name": "Rent", "spend": 500000}]})]  # fmt: skip
    assert buyout.message.startswith(
        "'Partner buyout note - retired founder' ($84,000) looks like a loan being repaid"
    )


def test_ba121_reaches_facility_managers_and_fees_to_property_managers() -> None:
    """Z1 and Z6 of the seventeenth round's re-review (2026-12-03): a cleaning company's gift
    cards to clients' "facility managers" (the usual US title) and its "$500 per signed
    contract" referral fees to property managers passed BA121; the fee priced the referral
    channel as the best at 51.4x, and the gift cards earned the retention part. Both are
    commercial bribery's ground where the owner does not know (N.C. Gen. Stat. §14-353)."""
    report = _report(
        {
            "revenue": 2000000,
            "activities": [
                {"name": "6300 Holiday gift cards - client facility managers", "spend": 3600},
                {
                    "name": "6320 Referral fees - property managers ($500 per signed contract)",
                    "spend": 3000,
                },
                {"name": "Google Ads", "spend": 30000},
            ],
            "customers": {
                "new": 30,
                "lifetime_value": 40000,
                "sources": {"google ads": 20, "property manager referral": 10},
            },
        }
    )
    assert len([f for f in report.findings if f.rule == "BA121"]) == 2
    [referrals] = [c for c in report.channels if c.restricted_by == "BA121"]
    assert referrals.cac is None
    [retention] = [c for c in report.score_components if c.name == "retention"]
    assert retention.earned == 0  # the gift cards earn no retention
    # a facility manager's own salary gives nothing to anyone
    salary = {"name": "Facility manager salary", "spend": 60000}
    assert not _found("BA121", {"revenue": 100000, "activities": [salary]})


def test_ba116_leaves_a_study_read_as_innovation_that_says_unbilled() -> None:
    """Z9 of the seventeenth round's re-review: "Mass timber research - CLT studio study
    (unbilled)", read as innovation, was told to leave the P&L as revenue given up."""
    assert not _found(
        "BA116",
        {"revenue": 1000000, "activities": [
            {"name": "Mass timber research - CLT studio study (unbilled)", "spend": 12000},
            {"name": "Rent", "spend": 100000}]},
    )  # fmt: skip


def _lender(*lines: tuple[str, int]) -> ProfileReport:
    """A mortgage broker's report with these lines beside $18,000 of Google Ads and its 40
    borrowers."""
    activities = [{"name": name, "spend": spend} for name, spend in lines]
    return _report(
        {
            "business": {"name": "Harbor Point Mortgage", "industry": "mortgage"},
            "revenue": 1000000,
            "activities": [*activities, {"name": "Google Ads", "spend": 18000}],
            "customers": {"new": 40, "sources": {"Google Ads": 40}},
        }
    )


def test_a_lenders_price_per_closed_loan_and_branded_cards_to_agents_are_respa_payments() -> None:
    """AA1 and AA2 of the eighteenth round (a CFO's review, 2026-12-03): "Agent thank-you
    $250/closed loan" was read as a loan being repaid and taken out of the costs, and
    "Starbucks cards for realtors" drew BA106's invitation to file it as marketing; neither
    got BA114. The loan officers' own pay per funded loan is production pay, not flagged."""
    report = _lender(
        ("Agent thank-you $250/closed loan", 22500),
        ("Starbucks cards for realtors", 4800),
        ("Agent appreciation - Amazon cards", 3000),
        ("Loan Officer Commissions (bps per funded loan)", 300000),
    )
    flagged = {f.subject for f in report.findings if f.rule == "BA114"}
    assert flagged == {
        "Agent thank-you $250/closed loan",
        "Starbucks cards for realtors",
        "Agent appreciation - Amazon cards",
    }
    assert not [f for f in report.findings if f.rule in ("BA106", "BA116")]


def test_gifts_to_a_clients_plant_supervisors_are_gifts_to_those_who_choose() -> None:
    """AA3 of the eighteenth round: a staffing firm's "Holiday gift cards - plant supervisors
    & HR" earned the retention part and a 98 "Strong"; the plant's supervisors and HR choose
    the agency for their employer (BA121). Its own staff's gift cards are no such thing."""
    found = _found(
        "BA121",
        {
            "business": {"name": "Keystone Staffing", "industry": "staffing"},
            "revenue": 6000000,
            "activities": [
                {"name": "Holiday gift cards - plant supervisors & HR", "spend": 3500},
                {"name": "Employee holiday gift cards", "spend": 2000},
                {"name": "Business development manager", "spend": 90000},
            ],
        },
    )
    assert [f.subject for f in found] == ["Holiday gift cards - plant supervisors & HR"]


@pytest.mark.parametrize(
    ("name", "given"),
    [
        # the eighteenth round: each had counted as cash spent on marketing
        ("Holiday gift card promo ($25 bonus card w/ $100)", True),  # AB4
        ("Intro offer 2 wks unlimited $39 (discount vs $149)", True),  # AB3
        ("Referral reward - free month for referring member", True),
        ("Intro offer - first week free", True),
        ("$19.99 oil change special (loss leader)", True),  # AA7
        ("Comp meals / mgr comps", True),  # AB4
        ("Lender credits we ate (price exceptions)", True),  # AA17
        # AA17 of the re-review: a lender's concessions in other words
        ("Pricing concessions (LO exceptions)", True),
        ("Rate buydown credits to borrowers", True),
        ("Closing cost credits - first-time buyers", True),
        # a supplier's promotion, staff's bonus cards, other words that are no discount given
        ("Mailchimp - first month free", False),
        ("Bonus cards for staff", False),
        ("Loss prevention", False),
        ("Discount Tire purchases", False),
        ("Concessions stand supplies", False),
        ("Exceptions log software", False),
    ],
)
def test_revenue_given_up_in_the_eighteenth_rounds_words(name: str, given: bool) -> None:
    assert given_up(name, None) is given


def test_a_founders_line_with_a_count_pays_that_many_and_an_eidl_payment_is_a_loan() -> None:
    """AA11 and AA14 of the eighteenth round: "Founder salaries (2)" had put both founders'
    pay on one owner's hours (a false BA201), and "SBA EIDL pmt" was an unknown cost."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Founder salaries (2)", "spend": 300000},
                {"name": "SBA EIDL pmt", "spend": 30000},
                {"name": "Quarterly est. taxes", "spend": 22000},
                {"name": "Rent", "spend": 48000},
            ],
            "owner_hours": {"delivery": 32, "marketing": 10, "sales": 13},
        }
    )
    # one founder's half: 300,000 ÷ 2 = 150,000 a year for 55 hours a week
    assert owner_paid(facts) == Decimal(150000)
    assert [(i.activity.name, moved) for i, moved in facts.moves] == [("SBA EIDL pmt", "loan")]
    # the estimated tax comes after the operating profit: 1,000,000 − 300,000 − 30,000 −
    # 48,000 = 622,000 before it (the EIDL payment still counted as listed)
    assert facts.below_operating == Decimal(22000)
    assert facts.operating_profit == Decimal(622000)


def test_a_fair_score_under_the_minimum_does_not_read_as_a_real_marketing_effort() -> None:
    """AB14 of the eighteenth round: a restaurant at 1.69% of revenue against a 3% minimum read
    "Fair: a real marketing effort, with gaps to close" beside its one error and FAILED. Here
    15,000 ÷ 1,000,000 = 1.5% against restaurants' 3%: BA101 fails, and every other part of
    the score is earned, so the score stays in the Fair band."""
    report = _report(
        {
            "business": {"name": "Rosa's", "industry": "restaurant"},
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 10000},
                {"name": "Facebook ads", "spend": 3000},
                {"name": "Email newsletter (Mailchimp)", "spend": 2000},
                {"name": "Food cost", "spend": 300000},
                {"name": "Kitchen wages", "spend": 300000},
            ],
            "customers": {
                "new": 400,
                "sources": {
                    "google ads": 200,
                    "facebook ads": 60,
                    "google search": 100,
                    "referred by a friend": 40,
                },
                "average_revenue": 500,
                "gross_margin": "65%",
                "churn_rate": "40%",
            },
            "owner_hours": {"delivery": 45, "marketing": 5},
        }
    )
    assert [f.severity for f in report.findings if f.rule == "BA101"] == ["error"]
    assert 60 <= report.score < 80
    assert report.verdict == "Fair overall, but too little goes into marketing."


def test_ba101s_profit_says_which_lines_ba116_names_it_keeps_in() -> None:
    """AB17 of the eighteenth round: "operating profit (without the lines BA116 names)
    $118,700" still counted the owners' $72,000 of draws, kept as their only pay. By hand:
    1,000,000 − (10,000 + 72,000 + 24,000 + 600,000) = 294,000, and 318,000 without the loan's
    24,000 of payments; the draw stays in."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 10000},
                {"name": "Owner draw", "spend": 72000},
                {"name": "SBA loan payment", "spend": 24000},
                {"name": "Rent and wages", "spend": 600000},
            ],
        },
    )
    assert (
        "operating profit (without the lines BA116 names as no cost; the $72,000 it names that "
        "may be the owner's pay kept in) $318,000 → "
    ) in ba101.advice


def test_the_staged_test_never_goes_to_a_finder_paid_on_each_client() -> None:
    """AA16 of the eighteenth round: BA101's staged test put $18,000 on "Finder's fee - J.
    Morales (client intros, 2%)", the cheapest channel on 2 clients; a finder is paid on each
    client found, and more budget buys no more introductions. Here the finder's 8,000 ÷ 2 =
    4,000 a client is cheaper than Google Ads' 30,000 ÷ 5 = 6,000, and Google Ads is where the
    test goes."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 6000000,
            "activities": [
                {"name": "Finder's fee - J. Morales (client intros, 2%)", "spend": 8000},
                {"name": "Google Ads", "spend": 30000},
                {"name": "Wages and rent", "spend": 5700000},
            ],
            "customers": {"new": 7, "sources": {"J. Morales intro": 2, "google ads": 5}},
        },
    )
    assert "Finder" not in ba101.advice
    assert "(Google Ads: $6,000 a customer, from 5 customers only: a small sample)" in (
        ba101.advice
    )


def test_ba104_offers_a_business_that_serves_businesses_no_loyalty_scheme() -> None:
    """AB24 of the eighteenth round: a brand designer was told to start "a loyalty scheme"."""
    [ba104] = _found(
        "BA104",
        {
            "business": {"name": "Maya Design", "industry": "freelance"},
            "revenue": 120000,
            "activities": [{"name": "Dribbble Pro", "spend": 240}],
        },
    )
    assert ba104.advice == (
        "add a retention activity such as client check-ins on a calendar, a retainer or "
        "maintenance offer to past clients, or a newsletter"
    )
    [cafe] = _found(
        "BA104",
        {
            "business": {"name": "Cafe", "industry": "restaurant"},
            "revenue": 120000,
            "activities": [{"name": "Google Ads", "spend": 2400}],
        },
    )
    assert "a loyalty scheme" in cafe.advice


def test_owner_time_advice_hands_work_over_only_where_it_costs_less_or_the_week_is_full() -> None:
    """AB11 and AB21 of the eighteenth round: a designer whose hour was valued at $26.22 was
    told to hand marketing to "an agency" whose hour costs less; a restaurant owner at 71
    hours was told only to block 7.1 more. By hand: 10% of 71 = 7.1 hours, 2 now; at $20 an
    hour (under the $35.90 a specialist costs) no handing over is offered for a 40-hour week."""
    long = _advice(
        {"revenue": 1500000, "activities": [], "owner_hours": {"delivery": 69, "marketing": 2}}
    )
    assert long["BA105"] == (
        "block at least 7.1 hours a week for marketing, or, at 71 hours a week already, give "
        "them to a manager or a part-time marketing coordinator"
    )
    cheap = _advice(
        {
            "revenue": 1500000,
            "activities": [],
            "owner_hours": {"delivery": 38, "marketing": 2, "rate": 20},
        }
    )
    assert cheap["BA105"] == (
        "block at least 4 hours a week for marketing (2 more: about $2,080 a year of the "
        "owner's time at $20 an hour)"
    )


def test_factoring_fees_come_after_the_operating_profit_with_interest() -> None:
    """AA18 of the eighteenth round: a staffing firm's factoring fees were an operating cost
    beside its line of credit's interest, below it. By hand: 1,000,000 − 700,000 = 300,000
    before 73,000 + 19,000 = 92,000 of financing costs."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Factoring fees (AR)", "spend": 73000},
                {"name": "LOC interest", "spend": 19000},
                {"name": "Temp payroll", "spend": 700000},
            ],
        }
    )
    assert facts.operating_profit == Decimal(300000)
    assert facts.below_operating == Decimal(92000)
    assert facts.income_tax == Decimal(0)


def test_a_gift_card_bonus_is_revenue_given_up_not_money_paid_out() -> None:
    """AB18 of the eighteenth round: "Gift card promo (buy $100 get $20 bonus)" was told "the
    money left the business ... a payment for a sign"; the bonus is classes given later."""
    facts = _facts(
        {
            "revenue": 400000,
            "activities": [
                {"name": "Gift card promo (buy $100 get $20 bonus)", "spend": 1800},
                {"name": "Sign bonus paid to customers", "spend": 500},
            ],
        }
    )
    assert [moved for _, moved in facts.moves] == ["given up", "paid out"]


def test_a_referral_reward_written_with_a_card_brand_is_priced_per_referral() -> None:
    """AB7 of the eighteenth round: "Referral reward $50 Visa GC per new client" read 'gc' as
    the referrers it names, so it reached none of the referrals it paid for. By hand: 2,250 ÷
    50 = 45 rewards, of the 60 word-of-mouth customers."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Referral reward $50 Visa GC per new client", "spend": 2250},
                {"name": "Google Ads", "spend": 10000},
            ],
            "customers": {"new": 100, "sources": {"word of mouth": 60, "google ads": 40}},
        }
    )
    assert facts.cultivated_customers == 45


def test_lines_for_those_who_refer_reach_the_referrals_they_name() -> None:
    """AB9 of the eighteenth round: "Thank-you gifts to past clients who referred" and
    "Catering tastings for wedding planners" stood as channels with no customers while the
    referrals they cultivate counted as come on their own. By hand: the 6 past-client and 35
    planner referrals are reached; the 20 friends' are not, nor counted as bought."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Thank-you gifts to past clients who referred", "spend": 600},
                {"name": "Catering tastings for wedding planners", "spend": 3500},
                {"name": "Google Ads", "spend": 10000},
            ],
            "customers": {
                "new": 101,
                "sources": {
                    "past client referral": 6,
                    "wedding planner referral": 35,
                    "friend": 20,
                    "google ads": 40,
                },
            },
        }
    )
    assert facts.cultivated_customers == 41


def test_a_portfolio_site_no_customer_came_through_is_no_channel() -> None:
    """AB8 of the eighteenth round: a designer's "Portfolio site (Webflow + domain)" was one of
    her five "funded, recurring acquisition channels" with no client joined to it."""
    facts = _facts(
        {
            "revenue": 120000,
            "activities": [
                {"name": "Portfolio site (Webflow + domain)", "spend": 480},
                {"name": "Dribbble Pro", "spend": 240},
            ],
            "customers": {"new": 3, "sources": {"Dribbble": 1, "word of mouth": 2}},
        }
    )
    assert [item.activity.name for item in facts.channels] == ["Dribbble Pro"]


def test_a_lenders_payments_to_brokerages_named_by_brand_are_respa_payments() -> None:
    """AC1 of the eighteenth round's re-review: "MSA - Keller Williams" read as a brokerage's
    split (contra-revenue), "Amazon GCs for top agents" as a marketplace's fee and "RE/MAX
    office sponsorship" as marketing, none flagged; nor were Home Depot cards or checks."""
    report = _lender(
        ("MSA - Keller Williams", 12000),
        ("Amazon GCs for top agents", 3000),
        ("RE/MAX office sponsorship", 2500),
        ("Home Depot cards for agents", 1000),
        ("Thank-you checks to realtors", 1500),
        ("Little League sponsorship", 1000),
    )
    assert {f.subject for f in report.findings if f.rule == "BA114"} == {
        "MSA - Keller Williams",
        "Amazon GCs for top agents",
        "RE/MAX office sponsorship",
        "Home Depot cards for agents",
        "Thank-you checks to realtors",
    }


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("$50 off first service coupons (Valpak)", False),  # AC7: a mailer's price
        ("Direct mail - $25 off next mow", False),
        ("$50 off next mow", True),  # as before
    ],
)
def test_a_discount_carried_by_paid_media_is_the_media_s_price(name: str, given: bool) -> None:
    assert given_up(name, None) is given


def test_gifts_to_those_who_choose_keep_no_customer_for_ba104() -> None:
    """AC13 of the eighteenth round's re-review: a gift to a client's decision-makers, the
    only retention line, kept BA104 quiet though BA121 warns about it."""
    report = _report(
        {
            "business": {"name": "Keystone Staffing", "industry": "staffing"},
            "revenue": 6000000,
            "activities": [
                {"name": "Holiday gift cards - plant supervisors", "spend": 3500},
                {"name": "Business development manager", "spend": 90000},
            ],
        }
    )
    assert {"BA104", "BA121"} <= {f.rule for f in report.findings}


def test_owner_time_advice_does_not_offer_a_coordinator_to_a_business_that_pays_one() -> None:
    """AC9 of the eighteenth round's re-review: a landscaper paying a part-time marketing
    coordinator $24,000 was told to hand the hours to one. 10% of 71 = 7.1 hours, 2 now."""
    advice = _advice(
        {
            "revenue": 1500000,
            "activities": [{"name": "PT marketing coordinator (20 hrs/wk)", "spend": 24000}],
            "owner_hours": {"delivery": 69, "marketing": 2},
        }
    )
    assert advice["BA105"] == (
        "block at least 7.1 hours a week for marketing, or, at 71 hours a week already, give "
        "more of them to the marketing help the budget already pays for"
    )


def test_customers_from_a_wrap_bought_before_are_information() -> None:
    """AC5 of the eighteenth round's re-review: a landscaper's second year, with last year's
    wraps still on the trucks, drew a warning that their 34 customers "look free"."""
    [found] = _found(
        "BA207",
        {
            "revenue": 1000000,
            "activities": [{"name": "Google Ads", "spend": 20000}],
            "customers": {"new": 74, "sources": {"google ads": 40, "saw our trucks": 34}},
        },
    )
    assert found.severity == "info"
    assert found.advice.startswith("a wrap bought in an earlier period keeps bringing customers")


@pytest.mark.parametrize(
    ("name", "owners"),
    [("Founders' salaries x2", 2), ("Partner salaries (two)", 2), ("Owner salary", 1)],
)
def test_a_pay_line_says_how_many_owners_in_owners_words(name: str, owners: int) -> None:
    """AA11 of the eighteenth round's re-review: "x2" and "(two)" brought back a false BA201
    that "(2)" had mended. By hand: 300,000 ÷ owners."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [{"name": name, "spend": 300000}],
            "owner_hours": {"delivery": 40, "marketing": 10},
        }
    )
    assert owner_paid(facts) == Decimal(300000) / owners


def test_referral_lines_in_other_words_reach_their_referrals() -> None:
    """AB7 and AB9 of the eighteenth round's re-review: a reward paid in Home Depot cards and
    "Holiday gifts - referring attorneys" reached none of the referrals they paid for. By
    hand: 1,000 ÷ 50 = 20 of the 30 word-of-mouth customers, and the 10 attorneys' referrals."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Referral bonus - $50 Home Depot card per referral", "spend": 1000},
                {"name": "Holiday gifts - referring attorneys", "spend": 600},
                {"name": "Google Ads", "spend": 10000},
            ],
            "customers": {
                "new": 100,
                "sources": {"word of mouth": 30, "attorney referral": 10, "google ads": 60},
            },
        }
    )
    assert facts.cultivated_customers == 30


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("Gift cards - client HR", True),  # AA3 of the eighteenth round's re-review
        ("Visa cards - HR contacts at clients", True),
        ("HR software (client onboarding)", False),  # no gift
        ("Employee gift cards - HR", False),  # the business's own staff
    ],
)
def test_gifts_to_a_clients_hr_are_gifts_to_those_who_choose(name: str, flagged: bool) -> None:
    found = _found("BA121", {"revenue": 1000000, "activities": [{"name": name, "spend": 2000}]})
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("Starbucks cards - HS counselors (thank you for referrals)", True),
        ("High school counselor appreciation gifts", True),
        ("Middle school counselors - gift cards", True),
        ("Counselors (thank-you gifts)", True),
        ("Counselor CE credits", False),  # a practice's own counsellors' training
    ],
)
def test_gifts_to_school_counsellors_by_abbreviation(name: str, flagged: bool) -> None:
    """F12 of the thirty-second round (2026-12-05): a Texas tutoring centre's "Starbucks cards
    - HS counselors (thank you for referrals)" was its cheapest channel and BA102 said "keep
    funding it"; school counsellors who send students are deciders (BA121)."""
    found = _found("BA121", {"revenue": 1000000, "activities": [{"name": name, "spend": 2000}]})
    assert bool(found) is flagged


def test_gifts_to_counsellors_are_no_cultivation_to_keep_funding() -> None:
    """F12 of the thirty-second round: with the counsellors' gift cards joined to the 52
    students they sent, BA102 had called them "cultivated on purpose ... keep funding it".
    By hand: referrals 52 + 38 = 90 of 90 + 9 + 12 = 111 (81.1%), over the 50% maximum, and
    no lawful line cultivates them: a warning, with no line named."""
    profile = {
        "business": {"name": "Case", "industry": "coaching"},
        "revenue": 600000,
        "activities": [
            {"name": "Starbucks cards - HS counselors (thank you for referrals)", "spend": 4200},
            {"name": "Google Ads", "spend": 9000},
            {"name": "Tutor wages", "spend": 300000},
        ],
        "customers": {"new": 111, "sources": {"HS counselor": 52, "parent referral": 38,
                                              "google": 9, "diagnostic test day": 12}},
    }  # fmt: skip
    assert _found("BA121", profile)
    [found] = _found("BA102", profile)
    assert found.severity == "warning"
    assert found.message == (
        "81.1% of new customers came from referrals (90 of 111), over the 50% maximum"
    )
    assert cultivating_lines(_facts(profile)) == []
    # nor did they come "all on their own" (Q10 of the second re-review: the cards are a
    # channel of their own, which the counsellors' referrals joined)
    reasons = " ".join(_report(profile).predictability.reasons)
    assert "all came on their own" not in reasons
    # nor did the cards buy those 52 referrals (R10 of the round's re-review: they still counted
    # as bought, and the verdict named another line as their cultivation)
    assert _facts(profile).cultivated_customers == 0


def test_a_course_the_owner_attended_is_no_channel() -> None:
    """AB8 of the eighteenth round's re-review: "Brand strategy workshop (course)", a course a
    designer took, stayed one of her funded channels; the bracket says she attended it."""
    facts = _facts(
        {
            "revenue": 120000,
            "activities": [
                {"name": "Brand strategy workshop (course)", "spend": 900, "kind": "marketing"},
                {"name": "Dribbble Pro", "spend": 240},
            ],
            "customers": {"new": 3, "sources": {"Dribbble": 1, "word of mouth": 2}},
        }
    )
    assert [item.activity.name for item in facts.channels] == ["Dribbble Pro"]


def test_an_owner_paid_only_by_draws_is_worth_her_rate_an_hour() -> None:
    """AB11 of the eighteenth round: a studio owner who bills $75 was valued at $20.07 an hour
    from her draw, and at $75 once she took the draw out as BA116 asks: the same hour. A draw
    is profit taken out, so the hour is worth the rate. By hand: 2 more hours a week × $75 ×
    52 weeks = $7,800 a year. A salary is a price for the hours: 52,000 ÷ (40 × 52) = $25."""
    profile: dict[str, Any] = {
        "business": {"name": "Studio"},
        "revenue": 300000,
        "activities": [
            {"name": "Owner's draw", "spend": 48000},
            {"name": "Google Ads", "spend": 20000},
        ],
        "owner_hours": {"delivery": 30, "marketing": 2, "sales": 2, "admin": 6, "rate": 75},
    }
    [drawn] = _found("BA105", profile)
    assert "about $7,800 a year of the owner's time at $75 an hour" in drawn.advice
    profile["activities"][0] = {"name": "Owner salary", "spend": 52000}
    [salaried] = _found("BA105", profile)
    assert "at $25 an hour" in salaried.advice


@pytest.mark.parametrize(
    ("industry", "name", "flagged"),
    [
        # AD2 of the nineteenth round: a price for each client sent is a financial incentive
        # solely for referring a patient (AVMA, 2011), to another clinic or to a groomer
        ("veterinary", "Referral thank-you - Lakeside Animal Hospital ($25/new client)", True),
        ("veterinary", "Groomer referral thank-you - Paws & Claws ($25/new client)", True),
        # a client's refer-a-friend credit is not what the AVMA code restricts
        ("veterinary", "Client refer-a-friend credit ($25/new client)", False),
        # AE4: a vendor paid for each patient it brings (233 CMR 4.12(3), 2010)
        ("chiropractic", "ChiroLeadz pay-per-patient ($60 per booked new pt)", True),
        ("chiropractic", "Lead gen company - $75 per new patient who starts care", True),
        ("chiropractic", "Lead gen company retainer (flat)", False),
        # where no profession restricts it, a price per patient is a price
        ("fitness", "Lead gen company - $75 per new patient who starts care", False),
    ],
)
def test_a_price_for_each_client_sent_is_paying_for_referrals(
    industry: str, name: str, flagged: bool
) -> None:
    found = _found(
        "BA114",
        {
            "business": {"name": "X", "industry": industry},
            "revenue": 1000000,
            "activities": [{"name": name, "spend": 4800}, {"name": "Google Ads", "spend": 20000}],
        },
    )
    assert bool(found) is flagged


def test_ba121_reaches_a_customers_buyers_and_public_employees() -> None:
    """AD4 and AE3 of the nineteenth round: a machine shop's "Golf outing & Cleveland Browns
    tickets - customer buyers" read as keeping customers (99, Strong), and an architect's gift
    cards to a school district's facilities staff and to a city's plan reviewers passed. Each
    is flagged, the public ones with the gift rules that reach public employees; a home's
    buyers (a real-estate agent's clients) and the business's own staff are not."""
    lines: list[dict[str, Any]] = [
        {"name": "Golf outing & Cleveland Browns tickets - customer buyers", "spend": 7200},
        {"name": "Christmas gift cards - buyers at Acme and Parker", "spend": 4800},
        {"name": "Holiday gift cards - school district facilities staff", "spend": 900},
        {"name": "Starbucks cards for city plan reviewers", "spend": 400},
        {"name": "Closing gifts for buyers at closing", "spend": 3000},
        {"name": "Staff holiday gift cards - our employees", "spend": 1200},
    ]
    found = _found(
        "BA121",
        {"business": {"name": "X"}, "revenue": 4000000, "activities": lines},
    )
    said = {f.subject: f.message for f in found}
    assert set(said) == {line["name"] for line in lines[:4]}
    assert "N.C. Gen. Stat. §133-32" in said[lines[2]["name"]]
    assert "N.C. Gen. Stat. §133-32" not in said[lines[0]["name"]]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # AD5 of the nineteenth round: read as cost of sales by 'purchase', still a loan's
        ("Note payment - Johnson Agency book purchase (principal)", "loan"),
        ("Loan pmt - x-ray machine (Wells Fargo equip.)", "loan"),  # AE6: read by 'x ray'
        ("Free x-rays w/ new pt exam (value waived, ~$95 ea)", "given up"),  # AE6
        ("Scrap metal sales - Schnitzer (credit)", "received"),  # AD6
        ("Inventory deposit - holiday tins (Q4 order)", "deposit"),  # AD7
        ("Deposit to co-packer for Q1 2026 PO", "deposit"),  # AG3: read by 'co packer'
        ("Co-packer deposit", "deposit"),
        ("Sales tax remitted", "pass-through"),  # AD7
        # E1 of the twenty-fourth round: each had counted as cash spent on a funded channel
        ("6030 Advertising & Promotion:New Client Exam Free ($65 value)", "given up"),
        ("6045 Promotions:$1,000 off system replacement (spring promo)", "given up"),
        ("6040 Marketing:Comfort Club free tune-up value (members)", "given up"),
        ("6165 S&M:Free 90-day pilot (waived subscription)", "given up"),
        ("6050 Promo:First service free w/ 12-mo agreement", "given up"),
        ("Ambassador program (free unlimited for 8 influencers)", "given up"),
        # F6 of its re-review: the same in other words
        ("Complimentary first tune-up for new customers", "given up"),
        ("First service call on us", "given up"),
        ("6045 Promotions:Instant rebate on system replacement", "given up"),
        ("Half-price first cleaning", "given up"),
        ("Manufacturer instant rebates received", "received"),
        # the thirty-second round (2026-12-05): a solar installer's loan payments paid for the
        # homeowner (F14) and a bookstore's credit back (F2), each a funded channel or cash
        # retention marketing
        ("1st 3 months payments on us promo", "paid out"),  # to the lender, for them
        # (R8 of the re-review: a credit back is spent at the till, so it comes off revenue
        # as contra-revenue, not off the costs: no move)
        ("Loyalty program - 10% back", None),
        ("Loyalty program - 10% back in store credit", None),
        ("Rewards program - 5% back (points)", None),
        ("School book fair - 20% back to PTA", None),  # a school's share, paid to it
        # R6 of the re-review: a school's share, an affiliate's commission, stock bought
        ("School spirit nights - 20% back", None),
        ("Rakuten Kobo affiliate - 5% back", None),
        ("Used book buys - paid in store credit", None),
        # Q6 of the second re-review: a loyalty scheme's credit back, whatever else it names
        # (read as contra-revenue beside nothing else: no move either way, see below)
        ("Loyalty card - 10% back (double on members nights)", None),
        # F4: VAT and GST paid to the tax office, as UK and Canadian books name them (a UK
        # printer's 12% margin had read 3.5%)
        ("VAT paid to HMRC", "pass-through"),
        ("HMRC - VAT", "pass-through"),
        ("VAT return payment", "pass-through"),
        ("GST/HST remitted", "pass-through"),
        ("HST remitted to CRA", "pass-through"),
        ("Accounting - VAT returns prep", None),  # a bookkeeper's fee
        # R3 of the re-review: what the tax office charges beside the tax, and its preparers
        ("HMRC - VAT penalty & interest", None),
        ("VAT returns (bookkeeper)", None),
        ("CRA - GST/HST interest & penalties", None),
        # Q8 of the second re-review: a remittance's own cycle is no fee
        ("HST remitted to CRA (quarterly filing)", "pass-through"),
        ("VAT on purchases", None),  # the tax on what the business buys
        # F4 of the thirty-third round: Ireland's tax office, the Revenue Commissioners, and
        # a VAT line that says only it was paid (a guesthouse's €29,500 read as overhead)
        ("VAT 13.5% paid to Revenue", "pass-through"),
        ("Revenue - VAT", "pass-through"),
        ("VAT return payment (ROS)", "pass-through"),
        ("VAT paid", "pass-through"),
        ("VAT paid on purchases", None),
        ("Revenue share - Booking.com", None),
        # ...and a mortgage's payments, bare or with the lender (€42,000 read as overhead)
        ("Mortgage repayments (AIB)", "loan"),
        ("Mortgage", "loan"),
        ("Mortgage (AIB)", "loan"),
        ("Mortgage interest", None),
        ("Mortgage - interest only", None),
        # the re-review (R2): the lender or the kind first, a bare or Irish VAT line; not
        # irrecoverable VAT, which is a cost; (R11) a UK director's loan account drawn on is
        # the owner taking money, not a loan repaid
        ("AIB mortgage", "loan"),
        ("Commercial mortgage", "loan"),
        ("Mortgage broker leads", None),
        ("VAT", "pass-through"),
        ("VAT payments", "pass-through"),
        ("VAT - ROS", "pass-through"),
        ("VAT3 return payment", "pass-through"),
        ("VAT (irrecoverable)", None),
        ("Director's loan account - withdrawals", "draw"),
        ("Loan to director", "draw"),  # the second re-review (Q9)
        # the second re-review (Q8): a lender's direct debit, "Mtg", Australian and New
        # Zealand GST and a BAS payment; not a BAS agent's fee
        ("AIB mortgage DD", "loan"),
        ("Mtg repayment", "loan"),
        ("GST - ATO", "pass-through"),
        ("BAS payment", "pass-through"),
        ("BAS agent fees", None),
        # F3: capital purchases as owners say them, and a bought customer list (a pest
        # company's 10.4% margin had read as a loss of 6.4%)
        ("1520 Route acquisition - Bugs-B-Gone customer list (410 accts)", "capital"),
        ("1530 2025 Ford F-150 x2 (purchased)", "capital"),
        ("Ricoh Pro C9500 - bought outright Oct-25", "capital"),
        ("Customer list purchase", None),  # a list to mail or call (R2 of the re-review)
        ("Customer list - 410 accounts bought from Acme Pest", "capital"),
        ("Leads (purchased)", None),
        ("Uniforms (purchased)", None),
        ("Customer list purchase (Data Axle) for mailers", None),
        # Q1, Q5, Q7 of the second re-review: a list named with its accounts but not bought; a
        # book of business acquired; leads, uniforms, wraps or a press release "(purchased)"
        ("Seasonal postcards to customer list (1,800 accounts)", None),
        ("Book of business acquisition - Miller Agency", "capital"),
        ("Leads (purchased) - 2025 season", None),
        ("Uniforms (purchased) - truck crew", None),
        ("Van wraps (purchased)", None),
        ("Press release distribution (purchased)", None),
        ("Work van (purchased)", "capital"),
        # F3's residue: a product's own mould is an asset; mould remediation is a service
        ("Custom airless pump mold/tooling", "capital"),
        ("Injection mould - 50ml jar", "capital"),
        ("Mold remediation", None),
        ("Inventory purchased", None),
        ("Leads purchased", None),
        ("Client list rental", None),
        # words that are no such thing
        ("Yelp ads $300 off first month", None),  # a supplier's price, not one given
        # F2 of the round's re-review: suppliers' offers stay spend
        ("Yelp Ads ($300 off first 3 months)", None),
        ("Podium ($500 off annual plan)", None),
        ("Vistaprint door hangers ($50 off order)", None),
        ("Website - Scorpion (waived setup fee)", None),
        ("Angi Leads (free membership, pay per lead)", None),
        ("Answering service free trial then Ruby plan", None),
        ("Free estimates - yard signs", None),
        ("Free shipping supplies", None),
        ("Principal architect salary", None),
        ("Scrap metal hauling", None),
        ("Security deposit refund", None),
        ("Bank deposit fees", None),
        ("Sales tax prep (CPA)", None),
    ],
)
def test_ba116_names_money_held_or_moved_whatever_the_line_was_read_as(
    name: str, kind: str | None
) -> None:
    facts = _facts({"revenue": 1000000, "activities": [{"name": name, "spend": 10000}]})
    assert [k for _, k in facts.moves] == ([kind] if kind else [])


def test_promo_codes_beside_discounts_taken_off_revenue_come_off_it_too() -> None:
    """F1 of the thirty-second round (2026-12-05): a skincare brand listed "Subscribe & Save
    discounts" (taken off revenue) and "Promo codes (BFCM 30% off etc)", read as a funded
    channel that BA116 then added back to profit: $120,000 of profit that does not exist, a
    3.3% margin read as 7.4%, and a score of 98. A code redeemed at checkout is a discount off
    the sale, as Shopify's report takes it off gross sales. By hand: net revenue 1,000,000 −
    40,000 − 100,000 = 860,000; profit 860,000 − 830,000 = 30,000, 3.5% of it: thin (BA115)."""
    profile = {
        "business": {"name": "Case", "industry": "ecommerce"},
        "revenue": 1000000,
        "activities": [
            {"name": "Subscribe & Save discounts", "spend": 40000},
            {"name": "Promo codes (BFCM 30% off etc)", "spend": 100000},
            {"name": "Meta ads", "spend": 150000},
            {"name": "COGS - product", "spend": 400000},
            {"name": "Salaries", "spend": 280000},
        ],
    }
    facts = _facts(profile)
    assert facts.net_revenue == 860000
    assert facts.operating_profit == 30000
    assert not facts.moves
    [found] = _found("BA115", profile)
    assert found.message.startswith("operating profit is 3.5% of net revenue ($30,000 of")


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("Insert cards - free full size for an honest Amazon review", True),
        ("Rebaid - rebates for verified reviews", True),
        ("Amazon Vine enrollment", False),  # Amazon's own programme
        ("Amazon review request automation (FeedbackWhiz)", False),  # asks, gives nothing
        ("Amazon PPC", False),
        # R5 of the re-review: asking, and the tools that ask, are allowed; a gift card of
        # Amazon's for a Google review is no Amazon review
        ("Package insert cards asking for an Amazon review", False),
        ("FeedbackWhiz - Amazon review requests ($19/mo)", False),
        # Q3 of the second re-review: paid reviews in plain words
        ("$10 gift card for leaving a review on Amazon", True),
        ("Full refund after review (Amazon)", True),
        ("Paid Amazon reviews", True),
    ],
)
def test_anything_given_for_an_amazon_review_is_what_amazon_forbids(
    name: str, flagged: bool
) -> None:
    """F5 of the thirty-second round (2026-12-05): a skincare brand with 65% of its new
    customers on Amazon scored 100, "Strong", with free product for reviews counted as a
    funded channel; Amazon forbids any reward for a review outside Vine."""
    found = _found("BA120", {"revenue": 1000000, "activities": [{"name": name, "spend": 20000}]})
    assert bool(found) is flagged
    if flagged:
        assert "which Amazon forbids" in found[0].message
        assert "Amazon Vine" in found[0].advice


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("$10 Starbucks card for every Google review", "Google"),
        # an Amazon card given for a Google review is Google's to forbid, not Amazon's (R5 of
        # the thirty-second round's re-review)
        ("$10 Amazon gift card for Google reviews", "Google"),
        ("Free dessert for a Yelp review", "Yelp"),
        ("Google review = $5 credit", "Google"),
        ("Trip Advisor review incentive (free tour photo)", "Tripadvisor"),
        ("Paid Google reviews", "Google"),
        # the re-review (R8): a price off, those who review, a drawing among reviewers; and a
        # card that only asks is no reward
        ("10% off next stay for a Tripadvisor review", "Tripadvisor"),
        ("Gift cards for guests who review us on Google", "Google"),
        ("Monthly $100 drawing among Google reviewers", "Google"),
        ("NFC tap cards for Google reviews", None),
        # the second re-review (S5): when or if they leave one, complimentary, percent off,
        # BOGO, who left or reviewed
        ("Free dessert when you leave a Google review", "Google"),
        ("10 percent off if you post a Yelp review", "Yelp"),
        ("BOGO for guests who left a Google review", "Google"),
        ("Printed cards with Google review QR code", None),
        # asking, the tools that ask, and cards that ask are allowed; G2 gives its own rewards
        ("Google reviews (asking at checkout)", None),
        ("Review request software (Google, $29/mo)", None),
        ("Birdeye - Google review requests", None),
        ("Google review cards (QR)", None),
        ("G2 review gift cards", None),
        ("Google Ads", None),
    ],
)
def test_anything_given_for_a_review_on_a_review_site_is_what_its_terms_forbid(
    name: str, site: str | None
) -> None:
    """F8 of the thirty-seventh round (2026-12-05): an appliance repairer's "$10 Starbucks
    card for every Google review" was a funded acquisition channel with no word said, where
    "every 5-star Google review" was warned about. Google's, Yelp's, Tripadvisor's and
    Trustpilot's terms forbid any reward for a review, whatever it says."""
    found = _found("BA120", {"revenue": 1000000, "activities": [{"name": name, "spend": 3100}]})
    assert bool(found) is (site is not None)
    if site is not None:
        assert found[0].message.startswith(
            f"{name!r} gives something of value for reviews: {site}'s terms forbid offering "
            "anything of value for a review, whatever it says"
        )
        assert found[0].advice.startswith("stop it; ask every customer for a review")


def test_a_discount_beside_discounts_taken_off_revenue_comes_off_revenue_too() -> None:
    """R8 and R15 of the thirty-second round's re-review (2026-12-05): a bookstore's "Loyalty
    program - 10% back in store credit" and a subscription brand's "Win-back offers (20% off 3
    months)" beside "First box 50% off" (taken off revenue) were added back to profit as
    revenue given up: a 4.4% margin read 6.3%. By hand: revenue 1,000,000 less 88,000 and
    21,000 = net 891,000; profit 891,000 − 840,000 = 51,000 (5.7%), the same either way."""
    lines = [{"name": "First box 50% off", "spend": 88000},
             {"name": "Win-back offers (20% off 3 months)", "spend": 21000},
             {"name": "Meta ads", "spend": 240000}, {"name": "COGS", "spend": 600000}]  # fmt: skip
    facts = _facts({"revenue": 1000000, "activities": lines})
    assert facts.net_revenue == 891000
    assert facts.operating_profit == 51000
    assert not facts.moves
    # alone, with no discount taken off revenue, the same line is revenue given up (BA116)
    alone = _facts({"revenue": 1000000, "activities": lines[1:]})
    assert [kind for _, kind in alone.moves] == ["given up"]
    credit = _facts({"revenue": 1150000, "activities": [
        {"name": "Loyalty program - 10% back in store credit", "spend": 22000},
        {"name": "Books", "spend": 1078000}]})  # fmt: skip
    assert credit.net_revenue == 1128000
    assert credit.operating_profit == 50000
    # points redeemed at the register, the same (Q9 of the second re-review): a dispensary's
    points = _facts({"revenue": 500000, "activities": [
        {"name": "Loyalty points redeemed (Alpine IQ rewards, $ off at register)", "spend": 4200},
        {"name": "Flower", "spend": 300000}]})  # fmt: skip
    assert points.net_revenue == 495800
    assert not points.moves
    # a loyalty scheme's credit back whatever else the line names (Q6: "members nights")
    card = {"name": "Loyalty card - 10% back (double on members nights)", "spend": 4200}
    nights = _facts({"revenue": 500000, "activities": [card]})
    assert nights.net_revenue == 495800


def test_vat_paid_to_the_tax_office_is_no_cost_and_the_margin_is_judged_without_it() -> None:
    """F4 of the thirty-second round (2026-12-05): a UK printer's "VAT paid to HMRC"
    (£212,000) was overhead, and BA101 said to move money rather than add it on a 3.5% margin.
    VAT is kept out of revenue wherever it applies (FRS 102 23.4), so the margin is judged
    without it; sales tax, which US books may count in revenue, is not. By hand: 1,000,000 −
    150,000 − 500,000 − 320,000 = 30,000 (3%); without the VAT 180,000 (18%)."""
    lines = [{"name": "Paper", "spend": 500000}, {"name": "Wages", "spend": 320000}]
    vat_line = {"name": "VAT paid to HMRC", "spend": 150000}
    vat = _facts({"revenue": 1000000, "activities": [vat_line, *lines]})
    assert vat.operating_profit == 30000
    assert margin_without_moves(vat) == Decimal("0.18")
    tax_line = {"name": "Sales tax remitted", "spend": 150000}
    sales_tax = _facts({"revenue": 1000000, "activities": [tax_line, *lines]})
    assert margin_without_moves(sales_tax) == Decimal("0.03")


def test_scrap_sold_is_income_so_the_margin_it_made_thin_is_not() -> None:
    """AD6 of the nineteenth round: a job shop's $18,500 of scrap sales, listed as a cost, made
    its margin read 3.4%, thin. By hand: 2,000,000 − 1,000,000 − 913,000 − 18,500 = 68,500
    (3.4%); out of the costs and counted as income, 68,500 + 2 × 18,500 = 105,500 (5.3%), not
    thin: no BA115."""
    shop = {
        "revenue": 2000000,
        "activities": [
            {"name": "Materials (COGS)", "spend": 1000000},
            {"name": "Shop wages", "spend": 913000},
            {"name": "Scrap metal sales - Schnitzer (credit)", "spend": 18500},
        ],
    }
    assert not _found("BA115", shop)
    [named] = _found("BA116", shop)
    assert "$105,500 (5.3%) counted as money received" in named.message


def test_an_agencys_premium_paid_for_new_clients_is_a_rebate() -> None:
    """AD3 of the nineteenth round: an insurance agency's "First month premium paid for new
    clients (switch special)" raised nothing; paying part of a client's premium to win the
    policy is rebating, forbidden in most states (NAIC Model 880) and allowed in Florida only
    under a filed, uniform schedule. BA116 says so, and the score stops at 79; in another trade
    the words say nothing of the kind."""
    agency = {
        "business": {"name": "Hartwell", "industry": "insurance-agency"},
        "revenue": 1000000,
        "activities": [
            {"name": "First month premium paid for new clients (switch special)", "spend": 1500},
            {"name": "EverQuote leads", "spend": 14000},
            {"name": "Client newsletter", "spend": 2000},
        ],
        "customers": {
            "new": 150,
            "sources": {"EverQuote": 100, "Google search": 50},
            "average_revenue": 1200,
            "gross_margin": "90%",
            "retention_rate": "85%",
        },
        "owner_hours": {"delivery": 30, "marketing": 8, "sales": 2},
    }
    [found] = _found("BA116", agency)
    assert "Model 880" in found.message
    assert "§626.572" in found.message
    report = _report(agency)
    assert report.score == 79
    assert [c.reason for c in report.score_caps] == [
        "a line pays, credits or waives clients' premiums, a rebate most states forbid (BA116)"
    ]
    other = agency | {"business": {"name": "Hartwell", "industry": "retail"}}
    assert all("Model 880" not in f.message for f in _found("BA116", other))


def test_a_flagged_payment_for_referrals_leaves_with_the_referrals_it_bought() -> None:
    """AD10 and AE20 of the nineteenth round: an agency's "Realtor closing gifts - $50 Amazon
    card per closing referred" (BA114) stayed in the CAC excluding referrals while the 100
    realtor households were taken out. By hand: (20,000 + 10,000 − 10,000) ÷ 100 = $200, not
    30,000 ÷ 100 = $300."""
    report = _report(
        {
            "business": {"name": "X", "industry": "insurance-agency"},
            "revenue": 1000000,
            "activities": [
                {"name": "Google Local Services Ads", "spend": 20000},
                {"name": "Realtor closing gifts - $50 Amazon card per closing referred",
                 "spend": 10000},
                {"name": "Client birthday cards", "spend": 3000},
            ],
            "customers": {"new": 200, "sources": {"google lsa": 100, "realtor": 100}},
        }
    )  # fmt: skip
    assert report.economics.non_referral_cac.value == Decimal(200)
    assert "− $10,000 spent on referrals" in report.economics.non_referral_cac.basis


def test_a_price_cut_named_by_its_size_is_revenue_given_up() -> None:
    """AD13 of the nineteenth round: a vet's "Dental month 20% off (Feb)", read as marketing,
    carried it over its 1% minimum. By hand: (6,000 + 2,000 + 1,000) ÷ 1,000,000 = 0.9% without it,
    so BA101 says the minimum is met only with it; the ads that carry such an offer, and a
    supplier's discount, are money spent. Of net revenue (1,000,000 − the supplier's 500, read
    as contra-revenue by its '% off' = 999,500) without the 9,800 given up too (BG6 of the
    sixty-first round's re-review): 999,500 − 9,800 = 989,700, 9,000 ÷ 989,700 = 0.91%."""
    clinic = {
        "business": {"name": "X", "industry": "veterinary"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 6000},
            {"name": "Dental month 20% off (Feb)", "spend": 9800},
            {"name": "Client newsletter", "spend": 2000},
            {"name": "Facebook ads for 20% off promo", "spend": 1000},
            {"name": "Office supplies (10% off contract pricing)", "spend": 500},
        ],
    }
    assert [f.subject for f in _found("BA116", clinic)] == ["Dental month 20% off (Feb)"]
    [short] = _found("BA101", clinic)
    assert "without it, in the marketing and in revenue, 0.9% ($9,000 of $989,700)" in short.message


def test_ba111_judges_the_operating_loss_before_interest() -> None:
    """AD15 of the nineteenth round: BA111 called a loss after $8,000 of interest an operating
    loss and gave 4.3% "under 5%" beside a Strong score. By hand: 1,017,000 − 8,000 of
    interest = 1,009,000 of costs, an operating loss of 9,000; without the 60,000 of owner
    distributions beside a salary, an operating profit of 51,000 (5.1%). Where only the interest
    makes the loss, there is no operating loss to name."""
    brand = {
        "revenue": 1000000,
        "activities": [
            {"name": "Meta ads", "spend": 80000},
            {"name": "Product cost (COGS)", "spend": 450000},
            {"name": "Founder salary", "spend": 90000},
            {"name": "Wages", "spend": 329000},
            {"name": "Owner distributions (S-corp)", "spend": 60000},
            {"name": "SBA loan interest", "spend": 8000},
        ],
    }
    [loss] = _found("BA111", brand)
    assert loss.message.startswith(
        "costs of $1,009,000 exceed revenue of $1,000,000: an operating loss of $9,000 (0.9% of "
        "revenue) as listed, before $8,000 of interest and income tax;"
    )
    assert "an operating profit of $51,000 (5.1% of revenue)" in loss.message
    assert not _found("BA115", brand)
    interest_only = {
        "revenue": 1000000,
        "activities": [
            {"name": "Wages", "spend": 995000},
            {"name": "SBA loan interest", "spend": 10000},
        ],
    }
    assert not _found("BA111", interest_only)


def test_a_salary_under_the_name_the_business_bears_pays_the_owner() -> None:
    """AE5 of the nineteenth round: "Dr. Ortiz salary" at Ortiz Family Chiropractic was not
    seen as the owner's pay, and BA118 said the profit was "before the owner's pay". An
    associate's wages under a name are not the owner's."""

    def practice(line: str) -> dict[str, Any]:
        return {
            "business": {"name": "Ortiz Family Chiropractic"},
            "revenue": 600000,
            "activities": [
                {"name": "Google Ads", "spend": 20000},
                {"name": line, "spend": 130000},
                {"name": "Rent and staff", "spend": 400000},
            ],
            "owner_hours": {"delivery": 40, "marketing": 6, "admin": 6},
        }

    assert not _found("BA118", practice("Dr. Ortiz salary"))
    assert _found("BA118", practice("Dr. Ortiz associate wages"))
    assert _found("BA118", practice("Dr. Chen salary"))


@pytest.mark.parametrize(
    ("business", "line"),
    [
        ("Whitfield & Sons Funeral Home", "Funeral directors + apprentice wages"),
        ("Clearwater Hearing & Audiology", "Hearing instrument specialist salary"),
        ("Summit Self Storage", "Storage payroll"),
    ],
)
def test_a_trade_word_in_the_business_name_is_no_owner_s_name(business: str, line: str) -> None:
    """F5 of the twenty-ninth round (2026-12-05): "Funeral" of "Whitfield & Sons Funeral Home"
    was taken for the owner's name, so $342,000 of funeral directors' wages "paid the owner"
    and the owner's hour was valued at $155.87 where it is $40.49. A trade's word names no one:
    the line pays staff, and the profit is before the owner's pay (BA118)."""
    from bizaudit.core.owner_pay import owner_paid

    profile = {
        "business": {"name": business},
        "revenue": 600000,
        "activities": [
            {"name": "Google Ads", "spend": 20000},
            {"name": line, "spend": 130000},
            {"name": "Rent and supplies", "spend": 400000},
        ],
        "owner_hours": {"delivery": 40, "marketing": 6, "admin": 6},
    }
    assert owner_paid(_facts(profile)) is None
    assert _found("BA118", profile)


def test_a_mixed_line_holding_the_share_above_the_range_asks_for_the_split_first() -> None:
    """F9 of the thirty-second round (2026-12-05): a solar installer's "Sales & Marketing
    payroll (setters, closers, mktg coord)" ($520,000), read as marketing, made the share 22%
    and BA110 asked to cut $404,000, most of it setters' and closers' pay. By hand: marketing
    560,000 of 2,500,000 = 22.4%, above home services' 5-10%; without the mixed line 40,000
    (1.6%) is within the range's top, so BA110 waits for the split; the line is 92.9% of
    marketing, over a fifth: the score stops at 79."""
    profile = {
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 2500000,
        "activities": [
            {"name": "Sales & Marketing payroll (setters, closers, mktg coord)", "spend": 520000},
            {"name": "Google Ads", "spend": 40000},
            {"name": "Installer wages", "spend": 1400000},
        ],
        "customers": {"new": 60, "sources": {"google ads": 60}, "average_revenue": 30000,
                      "gross_margin": 0.3, "retention_rate": 0},
    }  # fmt: skip
    report = _report(profile)
    assert "BA110" not in {f.rule for f in report.findings}
    assert "BA107" in {f.rule for f in report.findings}
    assert "mixed line" in {cap.reason for cap in score_caps(_facts(profile), _policy(profile))}


def test_the_verdict_says_the_business_runs_at_a_loss() -> None:
    """F6 of the thirty-second round (2026-12-05): a solar installer losing 22% of its revenue
    read "Fair: a real marketing effort, with gaps to close." and nothing else. By hand:
    500,000 − 450,000 − 120,000 = a loss of 70,000 (14%): BA111 warns, and the verdict says
    so; at a profit it does not."""
    lines: list[dict[str, Any]] = [{"name": "Installer wages", "spend": 450000},
                                   {"name": "Google Ads", "spend": 120000}]  # fmt: skip
    profile: dict[str, Any] = {"revenue": 500000, "activities": lines}
    report = _report(profile)
    assert [f.severity for f in report.findings if f.rule == "BA111"] == ["warning"]
    # K8 of the forty-second round (2026-12-06): 70,000 is 14% of revenue, more than 5%, so
    # the score stops at 59 and the band names the loss, not too little marketing
    assert report.score <= 59
    assert report.verdict == (
        "Weak: the business loses more than 5% of its revenue (BA111); fix that before "
        "spending more to grow."
    )
    # L16 of the round's re-review: with loan payments besides (30,000), the loss without them
    # is the same 70,000, and nothing is earned toward them: the band says so too
    loan = {"name": "Loan payments (principal and interest)", "spend": 30000}
    indebted = _report(profile | {"activities": [*lines, loan]})
    assert indebted.verdict == (
        "Weak: the business loses more than 5% of its revenue (BA111); fix that before "
        "spending more to grow. What it earns covers none of its loan payments (BA126)."
    )
    # a loss of 550,000 − 570,000 = 20,000, 3.6%: the usual band, with the loss said after it
    shallow = _report(profile | {"revenue": 550000})
    assert shallow.score > 59
    assert shallow.verdict.endswith(". The business runs at an operating loss (BA111).")
    profit = _report(profile | {"revenue": 700000})
    assert "loss" not in profit.verdict
    # R13 of the re-review: where only the owner's draws (maybe the owner's only pay) make
    # the loss, the verdict does not state it as a fact. By hand: 500,000 − 380,000 − 120,000
    # = 0 before the draws of 40,000: a loss of 40,000 only with them.
    draws = _report({
        "revenue": 500000,
        "activities": [{"name": "Installer wages", "spend": 380000},
                       {"name": "Google Ads", "spend": 120000},
                       {"name": "Owner draws", "spend": 40000}],
    })  # fmt: skip
    assert draws.verdict.endswith(
        " Its costs as listed exceed revenue, but only with lines that may not be costs in "
        "full (BA111)."
    )


def test_the_verdict_does_not_say_pays_back_beside_a_weak_customer_worth() -> None:
    """AE10 of the nineteenth round: a team above its range read "Fair: marketing is well
    funded and pays back; the gaps are elsewhere" beside BA201's warning that a client won
    other than by referral is worth 1.2× what winning one costs. By hand: 180,000 ÷ 30 =
    6,000 a client; a client is worth 15,000 × 45% = 6,750 the first year and 10% of that the
    next ones (7,499.92 within five years), 1.2×. The first sale's margin "pays the 6,000
    back within 10.7 months", which had made BA110 only inform; a commission comes at closing,
    so since AJ3 of the twenty-second round's re-review months are no measure of cash here,
    and BA110 warns. The verdict asks for it to pay back first."""
    report = _report(
        {
            "business": {"name": "Team", "industry": "real-estate"},
            "revenue": 1000000,
            "activities": [
                {"name": "Realtor.com", "spend": 100000},
                {"name": "Farm postcards", "spend": 80000},
            ],
            "customers": {
                "new": 50,
                "sources": {"Realtor.com": 20, "farm mailer": 10, "past client referral": 20},
                "average_revenue": 15000,
                "gross_margin": "45%",
                "retention_rate": "10%",
            },
        }
    )
    found = {f.rule: f.severity for f in report.findings}
    assert (found.get("BA110"), found.get("BA201")) == ("warning", "warning")
    assert report.verdict.startswith("Fair: plenty goes into winning customers")


def test_ba202_points_to_plan_with_a_budget_for_the_next_customers_cost() -> None:
    """AE22 of the nineteenth round: BA202 said "'bizaudit plan' shows how much" the next
    customer costs, and `plan` without a budget keeps today's split and gives no price; with
    a larger budget it does."""
    profile = {
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 20000},
            {"name": "Facebook ads", "spend": 10000},
        ],
        "customers": {
            "new": 150,
            "sources": {"google ads": 60, "facebook ads": 40, "website": 50},
            "average_revenue": 2000,
            "gross_margin": "60%",
            "retention_rate": "80%",
        },
    }
    [ba202] = _found("BA202", profile)
    assert "; 'bizaudit plan --budget' with a larger budget shows how much" in ba202.message


def test_ba115_quotes_the_margin_it_judges_without_a_loans_principal() -> None:
    """AE15 of the nineteenth round: BA115 quoted a gift shop's 1.8% with $9,600 of loan
    principal in it, where the margin it judges, without it, is 3.8%. By hand: 481,500 −
    463,130 = 18,370 without the loan, 8,770 with it; 18,370 ÷ 481,500 = 3.8%."""
    shop = {
        "revenue": 481500,
        "activities": [
            {"name": "Inventory purchases", "spend": 231130},
            {"name": "Rent", "spend": 60000},
            {"name": "Part-timers payroll", "spend": 130000},
            {"name": "Owner salary", "spend": 42000},
            {"name": "SBA loan payment", "spend": 9600},
        ],
    }
    [thin] = _found("BA115", shop)
    assert thin.message.startswith(
        "operating profit is 3.8% of revenue ($18,370 of $481,500, without the $9,600 BA116 "
        "names as no cost of the period), under 5%"
    )


def test_partners_weeks_are_set_against_all_the_partners_pay() -> None:
    """AF1 of the twentieth round: with `owners: 3`, the hours are the three partners' own, so
    "Partner guaranteed payments (3 partners)" pays all of them: $540,000, not one's $180,000.
    By hand: the 16 hours of marketing and selling are 16 of 160 × 540,000 = $54,000 over the
    period (11 of them marketing: $37,125); with one owner's week the line pays that owner a
    third, $180,000."""
    firm = {
        "revenue": 1850000,
        "activities": [{"name": "Partner guaranteed payments (3 partners)", "spend": 540000}],
        "owner_hours": {"owners": 3, "delivery": 120, "marketing": 11, "sales": 5, "admin": 24},
    }
    assert owner_paid(_facts(firm)) == Decimal(540000)
    selling = owner_selling(_facts(firm))
    assert selling is not None
    assert selling.value == Decimal(54000)
    one = firm | {"owner_hours": {"delivery": 40, "marketing": 4, "admin": 8}}
    assert owner_paid(_facts(one)) == Decimal(180000)


def _appliance_store(google: int, worth: int) -> dict[str, Any]:
    """AD9 of the nineteenth round: a retailer whose manufacturer's co-op reimbursement is
    listed among its marketing costs, as money received (BA116 names it)."""
    return {
        "business": {"name": "Coastal Appliance Store", "industry": "retail"},
        "revenue": 2000000,
        "activities": [
            {"name": "Inventory purchases", "spend": 1200000},
            {"name": "Staff wages", "spend": 300000},
            {"name": "Rent", "spend": 120000},
            {"name": "Google Ads", "spend": google},
            {"name": "Newspaper inserts", "spend": 40000},
            {"name": "Co-op advertising reimbursement received (Whirlpool)", "spend": 30000},
        ],
        "customers": {
            "new": 400,
            "sources": {"google ads": 250, "newspaper": 100, "referrals": 50},
            "average_revenue": worth,
            "gross_margin": "35%",
            "retention_rate": "40%",
        },
    }


def test_money_received_is_no_part_of_what_a_customer_costs_nor_above_the_range(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AD9 of the nineteenth round: the $30,000 reimbursement had raised the CAC from $250 to
    $325 and put the store at 6.5% of revenue, above retail's 2–5%. By hand: CAC = (60,000 +
    40,000) ÷ 400 = $250, on the lines of Google Ads and the inserts only; without the
    reimbursement marketing is 100,000 ÷ 2,000,000 = 5%, the range's top: no BA110."""
    store = {"version": 1} | _appliance_store(google=60000, worth=1000)
    path = write_profile(yaml.safe_dump(store, sort_keys=False))
    [report] = json.loads(run_cli("check", "-f", "json", path).stdout)["profiles"]
    assert report["economics"]["cac"]["value"] == "250"
    lines = path.read_text().splitlines()
    assert [lines[n - 1] for n in report["economics"]["cac_lines"]] == [
        "- name: Google Ads", "- name: Newspaper inserts"
    ]  # fmt: skip
    assert "BA110" not in {f["rule"] for f in report["findings"]}
    [ba116] = [f for f in report["findings"] if f["rule"] == "BA116"]
    # AF5 of the twentieth round: a vendor's money comes off the cost it paid for, not revenue;
    # N12 of the forty-third round: a fee from a business one buys nothing from is revenue
    assert ba116["advice"].startswith(
        "take it out of the costs: money a supplier pays back for a cost (co-op advertising, "
        "market development funds) comes off that cost, otherwise off the cost of the "
        "supplier's goods (ASC 705-20); a fee from a business you buy nothing from (a "
        "preferred-vendor listing) is revenue for what you sell it (ASC 606)"
    )


def test_ba110_judges_the_share_without_money_received_and_says_so() -> None:
    """By hand: (80,000 + 40,000) ÷ 2,000,000 = 6% without the $30,000 received, above 5%; at
    5% marketing would be 100,000, so reaching it takes out 120,000 − 100,000 = $20,000."""
    [ba110] = _found("BA110", _appliance_store(google=80000, worth=1000))
    assert ba110.message.startswith(
        "marketing is 6% of revenue (without the $30,000 BA116 reads as money received), "
        "above the 2–5% range"
    )
    assert ba110.advice.endswith("reaching 5% would take out $20,000")


def test_a_minimum_met_only_with_money_received_is_not_met() -> None:
    """AF2 of the twentieth round: a store's ads are 69,000 ÷ 3,600,000 = 1.92% of sales, under
    retail's 2%; its $27,000 co-op reimbursement, listed as marketing, made 96,000 = 2.67% and
    a pass at 95. Money received is not spent: BA101 is an error and the score stops at 79."""
    store = {
        "business": {"name": "Keller Appliance", "industry": "retail"},
        "revenue": 3600000,
        "activities": [
            {"name": "Cost of goods sold", "spend": 2556000},
            {"name": "Local radio ads", "spend": 18000},
            {"name": "Newspaper inserts", "spend": 12000},
            {"name": "Google Ads", "spend": 24000},
            {"name": "Facebook ads", "spend": 15000},
            {"name": "Co-op advertising reimbursement received (Whirlpool)", "spend": 27000},
        ],
    }
    report = _report(store)
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "error"
    assert ba101.message.startswith(
        "marketing is 1.92% of revenue ($69,000 of $3,600,000; $27,000 BA116 reads as money "
        "received, left out), under the 2% minimum"
    )
    assert report.score <= 79
    assert not report.passed


def test_money_received_is_in_no_marketing_share_the_report_shows() -> None:
    """AF3 of the twentieth round: a store at $3.6M with $162,000 of ads and a $72,000 co-op
    reimbursement listed as marketing showed 6.5% in its key figures, above retail's 2-5%,
    while BA110 judged 4.5% and was silent. By hand: 162,000 ÷ 3,600,000 = 4.5%, within the
    range: the key figure, the share compared with the range and BA110 agree."""
    store = {
        "business": {"name": "Harbor Appliance", "industry": "retail"},
        "revenue": 3600000,
        "activities": [
            {"name": "Cost of goods sold", "spend": 2500000},
            {"name": "Google Ads", "spend": 90000},
            {"name": "Newspaper inserts", "spend": 72000},
            {"name": "Co-op advertising reimbursement received (Whirlpool)", "spend": 72000},
        ],
    }
    report = _report(store)
    assert report.spend["marketing"] == Decimal(234000)  # every line listed, as listed
    assert report.metrics.marketing_received == Decimal(72000)
    assert report.metrics.marketing_share_of_revenue == Decimal("0.045")
    assert report.industry is not None
    assert report.industry.compared_share == Decimal("0.045")
    assert not {"BA101", "BA110"} & {f.rule for f in report.findings}


@pytest.mark.parametrize("name", ["Whirlpool co-op credit", "Vendor co-op income"])
def test_co_op_money_by_its_other_names_is_money_received(name: str) -> None:
    """AF14 of the twentieth round: read as cost of sales from "cos", and not as received."""
    [ba116] = _found("BA116", {"revenue": 900000, "activities": [{"name": name, "spend": 12000}]})
    assert "looks like money the business received" in ba116.message


def test_a_minimum_met_only_with_a_brand_fund_and_revenue_given_up_together_is_not_met() -> None:
    """AG2 of the twenty-first round: a fitness franchisee scored 100 at 8.2% of revenue, which
    was 6.19% without its brand fund and 6.95% without a free month given to friends, each over
    its 6% minimum, but 4.95% without both. By hand: 55,000 + 6,000 + 6,000 = 67,000 of
    1,000,000 (6.7%); 61,000 without either; 55,000 without both, of 1,000,000 − 6,000 given up
    = 994,000 (out of revenue too: BG6 of the sixty-first round's re-review), 5.53%, and 6% ×
    994,000 − 55,000 = 59,640 − 55,000 = 4,640 short (of 1,000,000 it had been 5,000). The
    fund brings no customer: no channel."""
    studio = {
        "revenue": 1000000,
        "policy": {"min_marketing_share": "6%"},
        "activities": [
            {"name": "Google Ads", "spend": 55000},
            {"name": "Brand fund contribution (2% of gross)", "spend": 6000},
            {"name": "Bring-a-friend week - free month for referring member", "spend": 6000},
            {"name": "Rent", "spend": 500000},
        ],
        "customers": {"new": 100, "sources": {"google ads": 100}},
    }
    [ba101] = _found("BA101", studio)
    assert ba101.severity == "warning"
    assert ba101.message == (
        "marketing is 6.7% of revenue, over the 6% minimum only with $12,000: $6,000 that an "
        "agreement sets ('Brand fund contribution (2% of gross)') and $6,000 that BA116 reads "
        "as revenue given up; without them, what the business spends itself, in money, on "
        "marketing it may run is 5.5% ($55,000)"
    )
    assert ba101.advice == (
        "budget marketing of your own, spent in money, up to the 6% minimum: $4,640 more; the "
        "fund buys the brand's marketing, which you do not steer: check the agreement, which "
        "often sets a local marketing minimum of its own (its Item 11 disclosure)"
    )
    # AH3 of the re-review: where each part alone takes the share under the minimum too, one
    # warning gives the share without both. By hand: 45,000 + 8,000 + 8,000 = 61,000 (6.1%);
    # without both 45,000 of 1,000,000 − 8,000 = 992,000 (4.54%), 6% × 992,000 − 45,000 =
    # 59,520 − 45,000 = 14,520 short
    short = studio | {"activities": [
        {"name": "Google Ads", "spend": 45000},
        {"name": "Brand fund contribution (2% of gross)", "spend": 8000},
        {"name": "Bring-a-friend week - free month for referring member", "spend": 8000},
        {"name": "Rent", "spend": 500000},
    ]}  # fmt: skip
    [ba101] = _found("BA101", short)
    assert ba101.message.endswith("on marketing it may run is 4.5% ($45,000)")
    # and the score holds that share, not the one without the fund alone (53,000, 5.3%)
    part = _report(short).score_components[0]
    assert part.earned is not None
    share = Decimal(45000) / Decimal(992000)
    assert abs(part.earned - share**2 / Decimal("0.06") ** 2) < Decimal("1e-9")
    assert ba101.advice.startswith(
        "budget marketing of your own, spent in money, up to the 6% minimum: $14,520 more"
    )
    report = _report(studio)
    part = report.score_components[0]
    assert part.earned is not None
    share = Decimal(55000) / Decimal(994000)
    assert abs(part.earned - share**2 / Decimal("0.06") ** 2) < Decimal("1e-9")
    assert report.predictability.channels == ["Google Ads"]


def test_ba102_calls_referrals_bought_through_a_joined_channel_cultivated() -> None:
    """AG5 of the twenty-first round: a vet's shelter adopters, joined to its free-exam line
    with `channel:`, were counted as bought (the key figures: "37.9% on their own, within
    it") while BA102 warned of 54.8%. By hand: 60 of 100 by referral, 20 through the shelter
    programme, 40 (40%) on their own, within the 50% maximum: information."""
    clinic = {
        "revenue": 900000,
        "activities": [
            {"name": "Google Ads", "spend": 12000},
            {"name": "Shelter adoption packet - first exam free", "spend": 5000,
             "channel": "shelter program"},
        ],
        "customers": {
            "new": 100,
            "sources": {
                "google ads": 40,
                "word of mouth": 40,
                "shelter adoption": {
                    "customers": 20, "kind": "referral", "channel": "shelter program"
                },
            },
        },
    }  # fmt: skip
    [ba102] = _found("BA102", clinic)
    assert ba102.severity == "info"
    assert ba102.message == (
        "60% of new customers came from referrals (60 of 100), over the 50% maximum, cultivated "
        "on purpose (Shelter adoption packet - first exam free): a channel, not hope; 20 came "
        "through them, and the 40 that came on their own are within the maximum"
    )
    # AH2 of the re-review: a line that pays the partners or the front desk buys no referrals,
    # whatever it is joined to: 60 of 100 stay hoped for, and the warning stays
    pay = {"name": "Partner guaranteed payments", "spend": 300000, "channel": "shelter program"}
    joined = clinic | {"activities": [{"name": "Google Ads", "spend": 12000}, pay]}
    [ba102] = _found("BA102", joined)
    assert ba102.severity == "warning"
    assert _report(joined).metrics.referral_share_on_their_own is None


def test_ba104_names_a_loyalty_reward_given_as_revenue_and_asks_for_reach() -> None:
    """AG9 of the twenty-first round: a food truck with a punch card (its tenth bowl free, read
    as revenue given up) was told to add "a loyalty scheme"."""
    truck = {
        "revenue": 300000,
        "activities": [
            {"name": "Food & paper", "spend": 90000},
            {"name": "Punch card rewards (10th bowl free)", "spend": 2600},
        ],
    }
    [ba104] = _found("BA104", truck)
    assert ba104.message == (
        "nothing is spent in money on keeping existing customers: 'Punch card rewards (10th "
        "bowl free)' rewards those who come back, as revenue given up"
    )
    assert ba104.advice is not None
    assert "loyalty scheme" not in ba104.advice
    plain = {"revenue": 300000, "activities": [{"name": "Food & paper", "spend": 90000}]}
    [ba104] = _found("BA104", plain)
    assert ba104.message == "nothing is spent on keeping existing customers"


def test_jobs_a_home_warranty_company_dispatches_cost_its_lower_rate_not_a_budget() -> None:
    """AG15 of the twenty-first round: an HVAC company's 120 warranty jobs "looked free" and
    it was told to add their spend as an activity."""
    hvac = {
        "revenue": 3000000,
        "activities": [{"name": "Google Ads", "spend": 60000}],
        "customers": {
            "new": 320,
            "sources": {"google ads": 200, "home warranty dispatch (first american)": 120},
        },
    }
    [ba207] = _found("BA207", hvac)
    assert ba207.subject == "Home warranty companies (dispatched jobs)"
    assert ba207.severity == "info"  # nothing need be missing: the cost is in the lower rate
    assert ba207.advice is not None
    # (the channel sends jobs at the rate it sets, with no share to list: D4 of the
    # forty-eighth round's re-review, 2026-12-06, asks for none)
    assert "their cost is in that lower rate" in ba207.advice
    assert ba207.advice.endswith("if not, nothing needs adding")


def test_ba109_offers_a_sector_where_no_industry_fits() -> None:
    """AG7 of the twenty-first round: a wedding venue, which no industry fits, failed the 10%
    default at 9.8% and was never told that a sector may be declared instead."""
    found = _found("BA109", {"revenue": 700000, "activities": [{"name": "Rent", "spend": 1}]})
    [industry] = [f for f in found if f.message.startswith("no industry declared")]
    assert industry.advice is not None
    assert industry.advice.endswith(
        "; where none fits, your sector (one of b2b-product, b2b-services, b2c-product, "
        "b2c-services), held to its figure in The CMO Survey (2025)"
    )


def test_a_food_trucks_festival_booth_fees_are_where_it_sells(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AG4 of the twenty-first round: a food truck's "Event & festival booth fees" were read as
    advertising and put it above the restaurant range; a booth at a trade show stays
    marketing for other trades."""
    text = (
        "version: 1\nbusiness: {{name: T, industry: {industry}}}\nrevenue: 318000\n"
        "activities:\n  - {{name: {name}, spend: 24000}}\n"
    )
    for industry, name, read in (
        ("restaurant", "Event & festival booth fees", ("operations", None)),
        ("manufacturing", "Trade show booth", ("marketing", "acquire")),
    ):
        path = write_profile(text.format(industry=industry, name=name), f"{industry}.yaml")
        [report] = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)[
            "profiles"
        ]
        [line] = report["activities"]
        assert (line["category"], line["purpose"]) == read


@pytest.mark.parametrize(
    ("industry", "name", "read"),
    [
        # AG8 of the twenty-first round: delivery of what a SaaS customer bought
        ("saas", "Implementation / onboarding team", ("cost-of-sales", None)),
        ("saas", "Customer onboarding specialists", ("cost-of-sales", None)),  # the re-review
        ("restaurant", "Farmers market booth fees", ("operations", None)),  # the re-review
        # AG14: a CPA firm's research and client portal; its seasonal preparers are what each
        # return uses up, cost of sales (G12 of the forty-ninth round, 2026-12-06)
        ("accounting", "Seasonal preparers (Jan-Apr)", ("cost-of-sales", None)),
        ("accounting", "Thomson Reuters Checkpoint", ("operations", None)),
        ("accounting", "SmartVault client portal", ("operations", None)),
    ],
)
def test_the_reviewers_vertical_lines_are_read_as_their_trade_books_them(
    run_cli: RunCli, write_profile: WriteProfile, industry: str, name: str, read: tuple[str, None]
) -> None:
    path = write_profile(
        f"version: 1\nbusiness: {{name: T, industry: {industry}}}\nrevenue: 1000000\n"
        f"activities:\n  - {{name: '{name}', spend: 24000}}\n"
    )
    [report] = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)["profiles"]
    [line] = report["activities"]
    assert (line["category"], line["purpose"]) == read


def test_a_loan_payment_of_principal_and_interest_is_a_loan_repaid_not_interest() -> None:
    """AG1 of the twenty-first round: "Truck loan pmt (principal & interest)" was put after the
    operating profit whole, as interest, and BA116 took it out again. By hand: 100,000 −
    (50,000 + 12,000 + 2,000) = 36,000, with the 2,000 of interest after it: 38,000; without
    the loan's payment, 50,000."""
    profile = {
        "revenue": 100000,
        "activities": [
            {"name": "Rent", "spend": 50000},
            {"name": "Truck loan pmt (principal & interest)", "spend": 12000},
            {"name": "Loan interest", "spend": 2000},
        ],
    }
    facts = _facts(profile)
    assert facts.below_operating == Decimal(2000)
    assert facts.operating_profit == Decimal(38000)
    [ba116] = _found("BA116", profile)
    assert "$38,000 (38% of revenue) with it, $50,000 (50%) without it" in ba116.message
    # interest only: after the operating profit, and no loan's principal to take out again
    only = {"revenue": 100000, "activities": [
        {"name": "Rent", "spend": 50000},
        {"name": "Truck loan pmt (interest only)", "spend": 2000},
    ]}  # fmt: skip
    facts = _facts(only)
    assert (facts.below_operating, facts.operating_profit) == (Decimal(2000), Decimal(50000))
    assert not _found("BA116", only)


def test_ba101_and_the_score_do_not_call_a_margin_thin_that_only_pay_draws_make() -> None:
    """AF8 of the twentieth round: BA115 said a law firm's margin was not known until the
    partners' draws were split, while BA101 sized its test on the 3.4% they left and the score
    was capped for a thin margin. By hand: 20,000 of ads is 2% of 1,000,000, under the 10%
    default: 80,000 more. Profit 1,000,000 − 980,000 = 20,000 (2%); without the 300,000 of
    draws 320,000 (32%): split first, then a quarter of the gap, 20,000."""
    firm = {
        "revenue": 1000000,
        "activities": [
            {"name": "Staff wages", "spend": 600000},
            {"name": "Rent", "spend": 60000},
            {"name": "Google Ads", "spend": 20000},
            {"name": "Partner draws", "spend": 300000},
        ],
        "owner_hours": {"owners": 2, "delivery": 80, "marketing": 10},
    }
    assert _advice(firm)["BA101"] == (
        "$80,000 more would reach the minimum, but what the business can afford is not known "
        "until the $300,000 of draws, the 2 owners' only pay, are split into a fair wage and "
        "profit (BA115, BA116): the operating margin is 2% with all of them counted as costs, "
        "32% with none; split them, then add what the true margin allows in steps, $20,000 (a "
        "quarter of the gap) first, on the cheapest channel more money can buy"
    )
    # Every part of the score full (110,000 of ads is 11%; 2 channels; a newsletter; 10 of 70
    # hours; 20,000 ÷ (110,000 ÷ 100) = 18×), but a 2.5% margin (1,000,000 − 975,000) only
    # with the 260,000 of draws counted (28.5% without): capped at 79 for that, not as thin
    strong = {
        "revenue": 1000000,
        "activities": [
            {"name": "Staff wages", "spend": 600000},
            {"name": "Google Ads", "spend": 60000},
            {"name": "Facebook ads", "spend": 50000},
            {"name": "Email newsletter", "spend": 5000},
            {"name": "Partner draws", "spend": 260000},
        ],
        "customers": {
            "new": 100,
            "sources": {"google ads": 60, "facebook ads": 40},
            "lifetime_value": 20000,
        },
        "owner_hours": {"owners": 2, "delivery": 60, "marketing": 10},
    }
    report = _report(strong)
    assert report.score == 79
    assert [c.reason for c in report.score_caps] == [
        "the operating margin is under 5% only with the draws that are the owners' only pay "
        "counted as a cost, so it is not known until they are split into a fair wage and "
        "profit (BA115)"
    ]


def test_a_margin_thin_with_draws_that_are_the_only_pay_is_not_known() -> None:
    """AF8 of the twentieth round: partners' draws, their only pay, made a law firm's 60.1%
    read 3.4% and BA115 warn of a loss. By hand: 1,000,000 − 960,000 = 40,000, 4%; without the
    $300,000 of draws, 340,000, 34%."""
    [ba115] = _found(
        "BA115",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Staff wages", "spend": 600000},
                {"name": "Rent", "spend": 60000},
                {"name": "Partner draws", "spend": 300000},
            ],
            "owner_hours": {"owners": 2, "delivery": 80, "marketing": 10},
        },
    )
    assert ba115.message == (
        "operating profit is 4% of revenue ($40,000 of $1,000,000), under 5%, with $300,000 of "
        "draws, the owners' only pay, counted as a cost: without them it is 34%, so the margin "
        "is not known until they are split into a fair wage and profit (BA116)"
    )
    assert ba115.advice.startswith("split the draws first (BA116), then judge the margin")


def test_bookkeepers_abbreviations_of_a_loan_payment_and_of_comps_are_read() -> None:
    """AI14 of the twenty-second round (2026-12-04): "2600 Truck Pmts - Ford Credit" was an
    unknown operating cost, "Comp Stays" a funded channel and "free drinks redeemed" retention
    spend. By hand: the plumber's profit 100,000 - 80,000 = 20,000 with the truck payments,
    20,000 + 10,000 = 30,000 without them."""
    truck = "2600 Truck Pmts - Ford Credit (Transit x6)"
    [found] = _found(
        "BA116",
        {"revenue": 100000,
         "activities": [{"name": truck, "spend": 10000}, {"name": "Rent", "spend": 70000}]},
    )  # fmt: skip
    assert found.message.startswith(f"'{truck}' ($10,000) looks like a loan being repaid")
    assert "$20,000 (20% of revenue) with it, $30,000 (30%) without it" in found.message
    for name in (
        "Influencer/Travel Writer Comp Stays",
        "Loyalty Punch Card - free drinks redeemed",
    ):
        [given] = _found(
            "BA116",
            {"revenue": 100000,
             "activities": [{"name": name, "spend": 4000}, {"name": "Rent", "spend": 50000}]},
        )  # fmt: skip
        assert "looks like revenue given up" in given.message, name
    # a lease through the same lender is a cost of the period
    assert not _found(
        "BA116",
        {"revenue": 100000,
         "activities": [{"name": "Ford Credit lease - Transit van", "spend": 9000}]},
    )  # fmt: skip


def test_a_law_firms_lead_service_paid_per_signed_case_or_a_share_of_the_fee_is_warned_of() -> None:
    """AI1 of the twenty-second round (2026-12-04): "Legal Lead Gen - pay per signed case" was
    read as advertising, nothing was said, and its "Lead vendor" clients looked free (BA207)
    beside a line with none (BA206). Its re-review (AJ1, AJ2): as information it let the firm
    score "Strong", and a share of the fee was missed altogether. A price paid to obtain a
    client is a warning quoting the rules on it, a share of the fee too, however booked; a
    fee divided with co-counsel stays Rule 1.5(e)'s."""
    profile = {
        "business": {"name": "Case", "industry": "legal"},
        "revenue": 4000000,
        "activities": [
            {"name": "Legal Lead Gen - pay per signed case", "spend": 90000},
            {"name": "Google Ads", "spend": 240000},
        ],
        "customers": {"new": 85, "sources": {"Lead vendor": 15, "Google Ads": 70}},
    }
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA114"]
    assert found.severity == "warning"
    assert "is paid to obtain the client, not for advertising" in found.message
    assert "New York's Rule 7.2(a)" in found.message
    assert "Ethics Op. 342" in found.message
    assert not {"BA206", "BA207"} & {f.rule for f in report.findings}
    # one channel, neither priced nor grown while the rules' question stands
    [vendors] = [c for c in report.channels if c.customers == 15]
    assert (vendors.spend, vendors.cac, vendors.restricted_by) == (Decimal(90000), None, "BA114")
    for name in ("Lead gen - 10% of fee", "Lead gen - 33% fee split",
                 "Lead vendor - referral fee, 15% of attorney fee",
                 "Investigator/runner fees $500 per case"):  # fmt: skip
        shared = profile | {"activities": [{"name": name, "spend": 90000},
                                           {"name": "Google Ads", "spend": 240000}]}  # fmt: skip
        [found] = _found("BA114", shared)
        assert found.severity == "warning", name
    division = profile | {"activities": [{"name": "Fee split - co-counsel (Rule 1.5(e))",
                                          "spend": 90000}]}  # fmt: skip
    assert not _found("BA114", division)


def test_a_booking_marketplace_that_bills_per_booking_is_missing_its_cost() -> None:
    """AI13 of the twenty-second round (2026-12-04): Zocdoc invoices a practice for each
    new-patient booking, so with no line for it the cost is missing (a warning that asks for
    the invoices); ClassPass keeps its share from what it pays the studio (information)."""
    [zocdoc] = _found(
        "BA207",
        {"revenue": 500000, "activities": [{"name": "Google Ads", "spend": 9000}],
         "customers": {"new": 60, "sources": {"Zocdoc": 30, "Google Ads": 30}}},
    )  # fmt: skip
    assert zocdoc.severity == "warning"
    assert "add its invoices as an activity with 'channel: Zocdoc'" in zocdoc.advice
    [classpass] = _found(
        "BA207",
        {"revenue": 500000, "activities": [{"name": "Google Ads", "spend": 9000}],
         "customers": {"new": 60, "sources": {"ClassPass": 30, "Google Ads": 30}}},
    )  # fmt: skip
    assert classpass.severity == "info"


def test_a_draw_more_than_the_business_made_before_paying_the_owner_is_said() -> None:
    """AI16 of the twenty-second round (2026-12-04): a bookseller's $36,000 draw, her only pay,
    was called "profit the owner takes out", with advice to "take out only the rest" of a
    profit smaller than the draw. By hand: 100,000 − 80,000 − 30,000 = −10,000 with the draw;
    20,000 before it, 10,000 less than the draw; 60 hours × 52 weeks = 3,120 hours, 20,000 ÷
    3,120 = 6.41 an hour, under the federal $7.25."""
    profile = {
        "business": {"name": "Case", "currency": "USD"},
        "revenue": 100000,
        "activities": [
            {"name": "Rent and wages", "spend": 80000},
            {"name": "Owner Draw", "spend": 30000},
        ],
        "owner_hours": {"delivery": 60},
    }
    [found] = _found("BA116", profile)
    assert "looks like the owner's pay, taken as a draw" in found.message
    assert (
        "before paying the owner, the business made $20,000, $6.41 an hour of the owner's week "
        "(under the federal minimum wage of $7.25 an hour): the draw is $10,000 more than it "
        "earned" in found.message
    )
    assert "take out only the rest" not in found.advice
    # a draw within what the business made before it is profit taken out, as before
    within = profile | {"activities": [{"name": "Rent and wages", "spend": 60000},
                                       {"name": "Owner Draw", "spend": 30000}]}  # fmt: skip
    [found] = _found("BA116", within)
    assert "looks like profit the owner takes out" in found.message
    assert "take out only the rest" in found.advice
    # ... unless what it made comes to less than the minimum wage an hour (AJ7 of the
    # re-review): 100,000 − 80,000 = 20,000 before a 15,000 draw, 20,000 ÷ 3,120 = 6.41
    under = profile | {"activities": [{"name": "Rent and wages", "spend": 80000},
                                      {"name": "Owner Draw", "spend": 15000}]}  # fmt: skip
    [found] = _found("BA116", under)
    assert found.message.endswith(
        "before paying the owner, the business made $20,000, $6.41 an hour of the owner's week "
        "(under the federal minimum wage of $7.25 an hour)"
    )
    assert "take out only the rest" not in found.advice
    assert "does not earn a wage for those hours yet" in found.advice
    # the lines BA116 takes out are out of what it made (AJ7), but revenue given up is read as
    # contra-revenue since round 63, out of revenue and costs both: (100,000 − 4,000) − 76,000
    # = 20,000, 20,000 ÷ 3,120 = 6.41 (it had been 20,000 + 4,000 = 24,000, $7.69)
    given = profile | {"activities": [{"name": "Rent and wages", "spend": 76000},
                                      {"name": "Punch card free visits", "spend": 4000},
                                      {"name": "Owner Draw", "spend": 30000}]}  # fmt: skip
    [draw] = [f for f in _found("BA116", given) if f.subject == "Owner Draw"]
    assert "before paying the owner, the business made $20,000, $6.41 an hour" in draw.message


def test_above_the_range_where_only_the_owners_draws_keep_the_margin_under_20_percent() -> None:
    """AI6 of the twenty-second round (2026-12-04): a law firm's $900,000 of partner draws,
    their only pay, counted whole as a cost put its margin at 14.1% and made BA110 a warning
    that capped the score; booked as a fair wage, the same firm was "Strong". By hand: 20% of
    revenue on marketing, above law's 10%; profit 1,000,000 − 700,000 − 200,000 = 100,000
    (10%), 300,000 (30%) without the draws; CAC 200,000 ÷ 50 = 4,000, paid back in 4,000 ÷
    (10,000 × 60% ÷ 12) = 8 months, within the norm of 12."""
    profile = {
        "business": {"name": "Case", "industry": "legal"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 200000},
            {"name": "Rent and staff wages", "spend": 500000},
            {"name": "Partner Draws", "spend": 200000},
        ],
        "customers": {"new": 50, "sources": {"Google Ads": 50}, "average_revenue": 10000,
                      "gross_margin": 0.6, "churn_rate": 0.5},
    }  # fmt: skip
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA110"]
    assert found.severity == "info"
    assert "a customer pays back in 8.0 months (the norm is 12)" in found.message
    assert "turns on the $200,000 of draws, the owners' only pay: 30% without them" in (
        found.message
    )
    assert "split the draws first" in found.advice
    # and the score is not capped for it (with a salary in place of the draws, it is)
    model = Profile.model_validate({"version": 1} | profile)
    vertical = verticals.get("legal")
    reasons = {
        cap.reason
        for cap in score_caps(
            _facts(profile), resolve([("profile", model.policy)], vertical=vertical)
        )
    }
    assert "above range" not in reasons


def test_most_guests_through_online_travel_agencies_is_dependence_on_them() -> None:
    """AI10 of the twenty-second round (2026-12-04): a hotel with 63% of its first-time guests
    through OTAs scored 95, "Strong", with no word on it. By hand: 1,830 of 2,900 = 63.1%, over
    60%; the commissions $168,000."""
    profile = {
        "business": {"name": "Case", "industry": "hospitality"},
        "revenue": 1480000,
        "activities": [
            {"name": "OTA commissions (Booking.com, Expedia)", "spend": 168000,
             "kind": "contra-revenue"},
            {"name": "Google Hotel Ads", "spend": 18000},
            {"name": "Rooms payroll", "spend": 600000},
        ],
        "customers": {"new": 2900, "sources": {"Booking.com": 1160, "Expedia": 670,
                                               "Direct website": 990, "Google": 80}},
    }  # fmt: skip
    [found] = _found("BA123", profile)
    assert found.message.startswith(
        "63.1% of new customers (1,830 of 2,900) came through marketplaces that keep the "
        "customer and a commission on each sale (Online travel agencies (Booking.com, Expedia, "
        "Airbnb): 1,830 customers at $168,000 spent and paid in commissions)"
    )
    assert "Google's free booking links" in found.advice
    # beside the line, the share is shown to the place that tells it from 60%
    close = {"revenue": 1000000,
             "activities": [{"name": "Booking.com commissions", "spend": 60000,
                             "kind": "contra-revenue"}],
             "customers": {"new": 10000,
                           "sources": {"booking.com": 6003, "direct website": 3997}}}  # fmt: skip
    [found] = _found("BA123", close)
    assert found.message.startswith("60.03% of new customers (6,003 of 10,000)")


def test_a_marketplace_judged_with_a_line_that_names_it_is_still_one() -> None:
    """F11 of the thirty-second round (2026-12-05): a skincare brand's 16,200 customers from
    "Amazon" were judged with its "Amazon coupons & Prime Day deals" line, and the channel so
    made no longer counted as a marketplace: BA123 fell silent. By hand: 16,200 of 19,500 =
    83.1%, over 60%; spent $210,000 + $46,000 = $256,000, and $205,000 of commissions."""
    profile = {
        "business": {"name": "Case", "industry": "ecommerce"},
        "revenue": 1400000,
        "activities": [
            {"name": "Amazon selling fees (referral 15%)", "spend": 205000},
            {"name": "Amazon PPC", "spend": 210000},
            {"name": "Amazon coupons & Prime Day deals", "spend": 46000},
            {"name": "Meta ads", "spend": 95000},
            {"name": "Inventory purchases", "spend": 420000},
        ],
        "customers": {"new": 19500,
                      "sources": {"Amazon": 16200, "Meta": 1800, "Organic/direct": 1500}},
    }  # fmt: skip
    [found] = _found("BA123", profile)
    assert found.message.startswith(
        "83.1% of new customers (16,200 of 19,500) came through marketplaces"
    )


def test_a_marketplace_judged_with_another_channel_counts_only_its_own_customers() -> None:
    """R7 of the thirty-second round's re-review: a roaster's Google Ads buyers, judged with
    Amazon through "Agency fee - Google Ads + Amazon PPC", were counted as Amazon's: BA123 said
    85.7%. By hand: Amazon 7,000 of 14,000 = 50%, under 60%: no BA123."""
    profile = {
        "business": {"name": "Case", "industry": "ecommerce"},
        "revenue": 2000000,
        "activities": [{"name": "Agency fee - Google Ads + Amazon PPC", "spend": 150000},
                       {"name": "Green coffee", "spend": 700000}],
        "customers": {"new": 14000,
                      "sources": {"Amazon": 7000, "Google Ads": 5000, "Organic": 2000}},
    }  # fmt: skip
    assert not _found("BA123", profile)


def test_most_families_through_one_schools_fair_is_dependence_on_it() -> None:
    """J14 of the forty-first round's re-review (2026-12-06): a day camp with 45 of its 72 new
    families from one school's fair, whose PTA it pays $40 for each, was "a business: it has a
    funded, repeatable way to win customers", with no word of the dependence. By hand: 45 of
    72 = 62.5%, over 50%; spent $1,800 (45 × $40)."""
    profile = {
        "business": {"name": "Case", "industry": "b2c-services"},
        "revenue": 288000,
        "activities": [
            {"name": "PTA donation ($40 per enrolled family from Oakview Elementary)",
             "spend": 1800},
            {"name": "Counselor payroll", "spend": 104000},
        ],
        "customers": {"new": 72, "sources": {"oakview elementary camp fair": 45,
                                             "referred by a camp family": 17, "google": 10}},
    }  # fmt: skip
    [found] = _found("BA128", profile)
    assert found.message == (
        "62.5% of new customers (45 of 72) came through one source someone else runs: PTA "
        "donation ($40 per enrolled family from Oakview Elementary) at $1,800 spent, over 50%: "
        "if it stopped sending them, most new customers would stop with it"
    )
    assert "grow a second source you run yourself" in found.advice
    assert found.severity == "warning"
    # a warning about control, not cost: the score is not capped for it
    assert not any("BA128" in cap.reason for cap in _report(profile).score_caps)


def test_most_jobs_through_one_lead_platform_is_dependence_on_it() -> None:
    """H12 of the fortieth round (2026-12-05): dependence on one company's lead platform had no
    word. By hand: Angi 66 of 110 = 60%, over 50%; $9,900 spent."""
    profile = {
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 900000,
        "activities": [{"name": "Angi leads", "spend": 9900},
                       {"name": "Website & SEO", "spend": 6000}],
        "customers": {"new": 110, "sources": {"Angi": 66, "Google search": 30,
                                              "Neighbor referral": 14}},
    }  # fmt: skip
    [found] = _found("BA128", profile)
    assert found.message.startswith(
        "60% of new customers (66 of 110) came through one source someone else runs, whose "
        "price and ranking decide what it sends: Angi (Angie's List) at $9,900 spent, over 50%"
    )


def test_most_bookings_through_the_knot_is_dependence_on_it() -> None:
    """K10 of the forty-second round (2026-12-06): a DJ company with 85 of its 100 bookings
    from The Knot drew no word: The Knot sells listings, not a commission on each booking, so
    BA123 is not for it. By hand: 85 of 100 = 85%, over 50%; $19,000 spent."""
    [found] = _found("BA128", {
        "business": {"name": "Case", "industry": "b2c-services"},
        "revenue": 400000,
        "activities": [{"name": "The Knot storefront", "spend": 19000},
                       {"name": "Website", "spend": 3000}],
        "customers": {"new": 100, "sources": {"The Knot": 85, "Google search": 15}},
    })  # fmt: skip
    assert found.message.startswith(
        "85% of new customers (85 of 100) came through one source someone else runs, whose "
        "price and ranking decide what it sends: Wedding marketplaces (The Knot, WeddingWire, "
        "Zola) at $19,000 spent, over 50%"
    )


@pytest.mark.parametrize(
    ("sources", "lines", "said"),
    [
        # two companies under one label: neither sends more than half (30 and 25 of 100)
        (
            {"The Knot": 30, "Zola": 25, "Google search": 45},
            [("The Knot storefront", 9000), ("Zola listing", 4000)],
            None,
        ),
        # one of them does (60 of 100): named by its source, of the label
        (
            {"The Knot": 60, "Zola": 10, "Google search": 30},
            [("The Knot storefront", 9000), ("Zola listing", 4000)],
            "60% of new customers (60 of 100) came through one source someone else runs, whose "
            "price and ranking decide what it sends: 'The Knot', of Wedding marketplaces (The "
            "Knot, WeddingWire, Zola) at $13,000 spent, over 50%",
        ),
        # two brands of one company add up: The Knot and WeddingWire are The Knot Worldwide's
        # (M12 of the round's second re-review): 30 + 25 = 55 of 100, Zola's 5 apart; $9,000 +
        # $4,000 spent on the label's channel
        (
            {"The Knot": 30, "WeddingWire": 25, "Zola": 5, "Google search": 40},
            [("The Knot storefront", 9000), ("WeddingWire listing", 4000)],
            "55% of new customers (55 of 100) came through one source someone else runs, whose "
            "price and ranking decide what it sends: The Knot Worldwide ('The Knot' and "
            "'WeddingWire'), of Wedding marketplaces (The Knot, WeddingWire, Zola) at $13,000 "
            "spent, over 50%",
        ),
        # ...named as the company though they are all the label's sources (O15 of the round's
        # re-review): 50 + 30 = 80 of 155, 51.6%
        (
            {"The Knot": 50, "WeddingWire": 30, "Google search": 75},
            [("The Knot storefront", 9000), ("WeddingWire listing", 4000)],
            "51.6% of new customers (80 of 155) came through one source someone else runs, "
            "whose price and ranking decide what it sends: The Knot Worldwide ('The Knot' and "
            "'WeddingWire'), of Wedding marketplaces (The Knot, WeddingWire, Zola) at $13,000 "
            "spent, over 50%",
        ),
        # and so do two channels of one company: Angi and HomeAdvisor are Angi Inc.'s
        # (30 + 25 = 55 of 100; $6,000 + $5,000 spent)
        (
            {"Angi": 30, "HomeAdvisor": 25, "Google search": 45},
            [("Angi leads", 6000), ("HomeAdvisor leads", 5000)],
            "55% of new customers (55 of 100) came through one source someone else runs, whose "
            "price and ranking decide what it sends: Angi Inc., which runs Angi (Angie's List) "
            "and HomeAdvisor at $11,000 spent, over 50%",
        ),
        # two names of one platform, Zillow and its Trulia: the channel is one company's
        (
            {"Zillow": 30, "Trulia": 25, "Sphere": 45},
            [("Zillow Premier Agent", 8000)],
            "55% of new customers (55 of 100) came through one source someone else runs, whose "
            "price and ranking decide what it sends: Zillow (Premier Agent, Premier Lender) at "
            "$8,000 spent, over 50%",
        ),
        # two platforms of two companies: neither sends half (30 and 25 of 100)
        (
            {"Angi": 30, "Thumbtack": 25, "Google search": 45},
            [("Angi leads", 6000), ("Thumbtack", 5000)],
            None,
        ),
        # Google's pay-per-lead platform, ranked by Google
        (
            {"Google LSA": 60, "Neighbor referral": 40},
            [("Google Local Services Ads", 9000)],
            "60% of new customers (60 of 100) came through one source someone else runs, whose "
            "price and ranking decide what it sends: Google Local Services Ads at $9,000 spent",
        ),
        # a reservation network: its guests mostly found the restaurant elsewhere
        ({"OpenTable": 60, "Walk-in": 40}, [("OpenTable fees", 9000)], None),
    ],
)
def test_one_company_not_one_label_is_the_sender(
    sources: dict[str, int], lines: list[tuple[str, int]], said: str | None
) -> None:
    """L6 of the forty-second round's re-review (2026-12-06): BA128 called 30 from The Knot
    and 25 from Zola "one source" of 55%, said it of OpenTable's bookings, and missed Google
    Local Services Ads at 60%. M12 of its second re-review: The Knot and WeddingWire are one
    company (The Knot Worldwide), as Angi and HomeAdvisor are (Angi Inc.), and were counted
    as two."""
    found = _found("BA128", {
        "revenue": 900000,
        "activities": [{"name": name, "spend": spend} for name, spend in lines],
        "customers": {"new": sum(sources.values()), "sources": sources},
    })  # fmt: skip
    if said is None:
        assert not found
    else:
        assert found[0].message.startswith(said)


@pytest.mark.parametrize(
    ("sources", "why"),
    [
        # the business's own: read as organic (a car wash's upgrades at its own pay station)
        ({"upgraded at pay station": 60, "google ads": 40}, "organic"),
        # words nothing reads: whose channel it is cannot be told
        ({"day pass user": 60, "google ads": 40}, "unread"),
        # no usable answer
        ({"unknown": 60, "google ads": 40}, "unanswered"),
        # referrals have BA102; marketplaces that keep their customers, BA123
        ({"friend referral": 60, "google ads": 40}, "referrals"),
        ({"booking.com": 60, "google ads": 40}, "marketplace"),
        # a channel the business buys at auction and runs itself
        ({"google ads": 60, "friend referral": 40}, "ads"),
    ],
)
def test_most_customers_through_a_channel_of_ones_own_is_no_dependence(
    sources: dict[str, int], why: str
) -> None:
    """BA128 speaks of a partner or one company's platform only."""
    profile = {
        "revenue": 500000,
        "activities": [{"name": "Google Ads", "spend": 6000},
                       {"name": "Booking.com commissions", "spend": 6000,
                        "kind": "contra-revenue"}],
        "customers": {"new": 100, "sources": sources},
    }  # fmt: skip
    assert not _found("BA128", profile), why


def test_one_customer_over_a_quarter_of_revenue_is_priced_against_the_profit() -> None:
    """H12 of the fortieth round (2026-12-05): a job shop with 58% of its sales from one
    customer drew no word of it. By hand: 58% × 1,000,000 = 580,000 of revenue; × 35% =
    203,000 of gross profit; the operating profit is 1,000,000 − (20,000 + 500,000 + 120,000 +
    300,000) = 60,000, so without the customer 60,000 − 203,000 = a loss of 143,000."""
    activities: list[dict[str, Any]] = [
        {"name": "Trade show booth", "spend": 20000},
        {"name": "Machinist wages", "spend": 500000},
        {"name": "Shop rent", "spend": 120000},
        {"name": "Steel and bar stock", "spend": 300000},
    ]
    stated: dict[str, Any] = {"new": 6, "sources": {"trade show": 4, "referral": 2},
                              "gross_margin": "35%", "largest_share": "58%"}  # fmt: skip
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "manufacturing"},
        "revenue": 1000000,
        "activities": activities,
        "customers": stated,
    }
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA129"]
    assert found.message == (
        "the largest customer brings 58% of revenue, over 25%: losing it would take $580,000 "
        "of $1,000,000 in revenue, and $203,000 of gross profit at the 35% gross margin, more "
        "than the operating profit of $60,000: without it the business would run at a loss of "
        "about $143,000 until the costs came down"
    )
    assert found.severity == "warning"
    assert not any("BA129" in cap.reason for cap in report.score_caps)
    # without a gross margin, only the revenue is priced (40% × 1,000,000 = 400,000)
    customers = stated | {"largest_share": "40%"}
    del customers["gross_margin"]
    [found] = _found("BA129", profile | {"customers": customers})
    assert found.message == (
        "the largest customer brings 40% of revenue, over 25%: losing it would take $400,000 "
        "of $1,000,000 in revenue"
    )
    # where the profit would bear it, no loss is said (30% × 1,000,000 × 15% = 45,000 < 60,000)
    customers = stated | {"largest_share": "30%", "gross_margin": "15%"}
    [found] = _found("BA129", profile | {"customers": customers})
    assert found.message.endswith("$45,000 of gross profit at the 15% gross margin")
    # at a loss already, the loss is said beside it (1,000,000 − 1,100,000 = −100,000)
    losing = profile | {"activities": [*activities, {"name": "Office payroll", "spend": 160000}]}
    [found] = _found("BA129", losing)
    assert found.message.endswith(
        "$203,000 of gross profit at the 35% gross margin, on top of the operating loss of $100,000"
    )
    # L9 of the round's re-review: the profit judged is without the lines BA116 names as no
    # cost. With 100,000 of loan principal besides: 1,000,000 − 1,040,000 = −40,000 as listed,
    # 60,000 without it, and 203,000 of gross profit would leave 60,000 − 203,000 = −143,000
    principal = {"name": "Loan principal payments", "spend": 100000}
    [found] = _found("BA129", profile | {"activities": [*activities, principal]})
    assert found.message.endswith(
        "more than the operating profit of $60,000 without the lines BA116 names as no cost: "
        "without it the business would run at a loss of about $143,000 until the costs came down"
    )
    # at a quarter or less, nothing is said
    customers = stated | {"largest_share": "25%"}
    assert not _found("BA129", profile | {"customers": customers})


def test_an_owner_no_line_pays_at_a_loss_is_said_too() -> None:
    """AI9 of the twenty-second round (2026-12-04): a start-up's two founders worked 110 hours
    a week unpaid at a loss of $82,050, and BA118, which spoke only of a profit, said nothing.
    By hand: 100,000 − 120,000 = a loss of 20,000, 20% of revenue. The loss already caps the
    score (BA111): BA118 adds no cap of its own there."""
    profile = {
        "revenue": 100000,
        "activities": [{"name": "Contract developers", "spend": 120000}],
        "owner_hours": {"delivery": 80, "marketing": 30, "owners": 2},
    }
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA118"]
    assert found.message == (
        "no line pays the 2 owners, who work 110 hours a week: the operating loss of $20,000 "
        "(20% of revenue) leaves nothing for the 2 owners' pay, and with a wage for those hours "
        "it would be that much worse"
    )
    assert not any("BA118" in cap.reason for cap in report.score_caps)
    # paid by a salary, nothing is said
    paid = profile | {"activities": [{"name": "Contract developers", "spend": 60000},
                                     {"name": "Founder salaries (2)", "spend": 60000}]}  # fmt: skip
    assert not _found("BA118", paid)


def test_a_law_firms_gift_baskets_to_the_chiropractors_who_send_cases_pay_for_referrals() -> None:
    """AI2 of the twenty-second round (2026-12-04): a PI firm's "Chiropractor Lunches & Gift
    Baskets" ($8,400, $560 for each of the 15 cases chiropractors sent) was not even read;
    Rule 7.2(b) allows only a nominal thank-you. A line with no referrer named is not
    flagged."""
    profile = {
        "business": {"name": "Case", "industry": "legal"},
        "revenue": 2000000,
        "activities": [
            {"name": "Chiropractor Lunches & Gift Baskets", "spend": 8400},
            {"name": "Client holiday gift baskets", "spend": 3000},
            {"name": "Google Ads", "spend": 100000},
        ],
        "customers": {"new": 60, "sources": {"Chiropractor": 15, "Google Ads": 45}},
    }
    [found] = _found("BA114", profile)
    assert found.severity == "warning"
    assert found.message.startswith("'Chiropractor Lunches & Gift Baskets' pays for referrals")
    assert "(5) nominal thank-you gifts not intended as payment" in found.message
    # gifts to "referral partners" too, and their referrals are no funded channel (AJ4 of the
    # round's re-review: 155 referrals had become a $54.19 channel and lifted the score to 88)
    partners = profile | {
        "activities": [{"name": "Referral partner gifts", "spend": 8400},
                       {"name": "Google Ads", "spend": 100000}],
        "customers": {"new": 200, "sources": {"Referral partner": 155, "Google Ads": 45}},
    }  # fmt: skip
    report = _report(partners)
    assert [f.severity for f in report.findings if f.rule == "BA114"] == ["warning"]
    [referrals] = [c for c in report.channels if c.customers == 155]
    assert (referrals.cac, referrals.restricted_by) == (None, "BA114")


def test_a_loss_where_customers_pay_back_is_advised_as_cash_to_plan_not_costs_to_cut() -> None:
    """AI9 of the twenty-second round (2026-12-04): a seed-stage SaaS whose customers were worth
    8.4× their cost, paid back in 3.7 months, was told to "cut first the costs that bring no
    customers and no delivery", its product's. By hand: CAC 10,000 ÷ 20 = 500; a customer
    paying 4,200 a year (350 a month) at 80%, 280 a month, kept at 2.5% churn a month for
    31.24 months within five years, is worth 8,748.06 (17.5×); paid back in 500 ÷ 280 = 1.8
    months, within SaaS's norm of 16."""
    customers: dict[str, Any] = {
        "new": 20, "sources": {"Google Ads": 20}, "average_revenue": 4200,
        "gross_margin": 0.8, "churn_rate": 0.025, "churn_period": "month",
    }  # fmt: skip
    activities = [
        {"name": "Google Ads", "spend": 10000},
        # building what it sells, as the SaaS vertical reads developers (this harness
        # classifies without a vertical's own words)
        {"name": "Contract developers", "spend": 288050, "kind": "innovation"},
    ]
    profile = {
        "business": {"name": "Case", "industry": "saas"},
        "revenue": 216000,
        "activities": activities,
        "customers": customers,
    }
    [found] = _found("BA111", profile)
    assert found.advice.startswith(
        "customers pay back (a customer is worth 17.5× what it costs to win, paid back in 1.8 "
        "months): the loss buys growth, so plan the cash it needs"
    )
    assert "David Sacks, 'The Burn Multiple', Craft Ventures, 2020" in found.advice
    # where they do not pay back, the cash left is counted and costs are cut, as before (the
    # count first: F22 of the thirty-fifth review round)
    weak = profile | {"customers": customers | {"new": 1, "sources": {"Google Ads": 1}}}
    [found] = _found("BA111", weak)
    assert found.advice.startswith(
        "count the months of cash left at this loss first; then cut the costs that bring no "
        "customers"
    )
    # nor where a draw, the owners' only pay, may make the loss: that is split and fixed first
    # (AK3 of the round's last check: a bookseller was told both)
    drawn = profile | {"activities": [*activities, {"name": "Owner draws", "spend": 30000}]}
    [found] = _found("BA111", drawn)
    assert found.advice.startswith("split those lines first")
    assert "the loss buys growth" not in found.advice
    # nor where neither winning customers beyond the minimum share nor building what it sells
    # could make the loss (E11 of the twenty-fourth round: a clinic whose loss is its payroll):
    # 10,000 on acquisition is under SaaS's minimum share of 216,000, and the 82,050 loss is
    # the payroll's
    payroll = profile | {"activities": [{"name": "Google Ads", "spend": 10000},
                                        {"name": "Payroll", "spend": 288050}]}  # fmt: skip
    [found] = _found("BA111", payroll)
    assert found.advice.startswith("count the months of cash left at this loss first")


def _worth_100(facebook_customers: int) -> dict[str, Any]:
    """A shop whose customer is worth $100 (retention 0%: one sale of $100 at a 100% margin),
    with Google Ads at $60 a customer and Facebook ads at $2,000 for the count given, and 850
    walk-ins that cost nothing."""
    return {
        "business": {"name": "Shop", "industry": "retail"},
        "revenue": 500000,
        "activities": [{"name": "Google Ads", "spend": 6000},
                       {"name": "Facebook ads", "spend": 2000},
                       {"name": "Rent", "spend": 60000}],
        "customers": {"new": 950 + facebook_customers,
                      "sources": {"Google Ads": 100, "Facebook ads": facebook_customers,
                                  "Walk-in": 850},
                      "average_revenue": 100, "gross_margin": "100%", "retention_rate": "0%"},
    }  # fmt: skip


def test_more_budget_is_not_advised_where_the_next_customer_costs_more_than_one_is_worth() -> None:
    """B8 of the twenty-third round (2026-12-04): BA202 said "room to spend more" on a store's
    average, held up by customers who cost nothing, while `plan` said the last dollars in its
    ads lose money. By `plan`'s curve (exponent 0.5) the next customer costs twice the CAC:
    Google Ads 2 × 6,000 ÷ 100 = $120 > $100; Facebook 2 × 2,000 ÷ 50 = $80 < $100."""
    [ba202] = _found("BA202", _worth_100(50))
    assert "12.5×" in ba202.message  # 100 ÷ (8,000 ÷ 1,000)
    assert "except Google Ads, where the next customer already costs more" in ba202.advice
    [ba101] = _found("BA101", _worth_100(50))
    assert "not in Google Ads, where the next customer already costs more" in ba101.advice
    # with Facebook at 2 × 2,000 ÷ 20 = $200 too, more budget buys customers at a loss anywhere
    assert _found("BA202", _worth_100(20)) == []


def test_owner_pay_not_listed_asks_about_a_line_that_pays_a_doctor_by_name() -> None:
    """B16 of the twenty-third round (2026-12-04): BA118 said as a fact that no line pays a
    chiropractor's owner beside "Dr. Alvarez salary"; the practice's name does not give the
    owner's away. By hand: profit 100,000 − 50,000 − 38,000 = 12,000 (12% of revenue), over
    54 × 52 ÷ 12 × 12 = 2,808 hours: $4.27 an hour."""
    profile: dict[str, Any] = {
        "business": {"name": "Riverbend Family Chiropractic", "industry": "chiropractic"},
        "revenue": 100000,
        "activities": [{"name": "Dr. Alvarez salary", "spend": 50000},
                       {"name": "Dr. Chen associate wages", "spend": 30000},
                       {"name": "Google Ads", "spend": 8000}],
        "owner_hours": {"delivery": 40, "admin": 14},
    }  # fmt: skip
    [ba118] = _found("BA118", profile)
    assert ba118.message.startswith("no line says it pays the owner, who works 54 hours")
    assert "$4.27 an hour" in ba118.message
    assert "if 'Dr. Alvarez salary' pays the owner, say so in its name" in ba118.advice
    profile["activities"][0]["name"] = "Dr. Alvarez salary (owner)"
    assert _found("BA118", profile) == []


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Fleet mgr holiday gift cards", True),
        ("Visa gift cards for fleet managers", True),
        ("Holiday gifts - bldg dept (inspectors)", True),
        ("Inspector appreciation baskets", True),
        ("Finder's fee - D. Moreno (VP Ops, Hartwell Mfg)", True),
        ("Finder's fee - client's VP of Operations", True),
        ("Success fee to client contact", True),
        ("Fleet graphics (our vans)", False),
        ("Client appreciation event", False),
        ("Finder's fee - Jane Ortiz (independent broker)", False),
    ],
)
def test_gifts_to_those_who_decide_for_someone_else_in_more_of_their_names(
    line: str, flagged: bool
) -> None:
    """B5 of the twenty-third round (2026-12-04): a fleet's manager chooses its repair shop,
    a building department's inspectors approve a remodeler's work, a client's VP hires its
    consultants; gifts or fees to them had passed as marketing in all but one wording."""
    from bizaudit.core.commercial_bribery import gives_deciders

    assert gives_deciders(line) is flagged


@pytest.mark.parametrize(
    ("name", "gave_up"),
    [
        ("$29.95 oil chg special", True),
        ("6200 Advertising:6250 $29.95 oil chg special", True),  # the parent only files it
        ("$39 new pt special (exam+xrays, reg $210)", True),
        ("Facebook ads - $39 special", False),  # the ads that carry it
        ("$49 special postcards", False),
        ("Advertising:$49 special postcards", False),
        ("Daily specials menu printing", False),
        ("Tuesday special", False),  # no price: a name, not a cut
        ("Oil change special $29.95", True),  # the re-review: the price after the word
        ("Alignment special $59 (normally $99)", True),
    ],
)
def test_a_priced_special_is_revenue_given_up(name: str, gave_up: bool) -> None:
    """B12 of the twenty-third round (2026-12-04): a repair shop's "$29.95 oil chg special"
    under an "Advertising" parent counted as a funded channel, and a chiropractor's "$39 new
    pt special (..., reg $210)" as operations, while "Oil change special (loss leader)" was
    read as revenue given up."""
    assert given_up(name, None) is gave_up


@pytest.mark.parametrize(
    ("line", "source", "flagged"),
    [
        ("Medical director stipend - Dr. K. Osei", "Dr. Osei", True),
        ("Medical director stipend - Dr. K. Osei", "Dr. Lee", False),  # sends no one
        ("Consulting fee - Dr. Patel (referring PCP)", "Google", True),
        ("Consulting fee - billing audit", "Dr. Osei", False),
    ],
)
def test_a_stipend_to_a_physician_who_sends_patients_is_flagged(
    line: str, source: str, flagged: bool
) -> None:
    """B6 of the twenty-third round (2026-12-04): a dermatology practice's stipend to a doctor
    who sent it 60 patients, and a consulting fee to a "referring PCP", raised nothing."""
    profile = {
        "business": {"name": "Lakeshore Dermatology", "industry": "medical"},
        "revenue": 1000000,
        "activities": [{"name": line, "spend": 24000}, {"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 100, "sources": {source: 60, "Website": 40}},
    }
    found = _found("BA114", profile)
    assert bool(found) is flagged
    if flagged:
        assert "personal services safe harbour" in found[0].message


def test_a_channel_whose_platform_customers_were_counted_elsewhere_is_not_told_to_cut() -> None:
    """B7 of the twenty-third round (2026-12-04): 200 customers who said only "Google" went to
    the SEO retainer once 40 named "Google LSA", and BA205 told the shop to cut Google Ads. By
    hand: LTV = 500 × 100% (retention 0%); Google Ads 24,000 ÷ 40 = $600, and with the 200,
    24,000 ÷ 240 = $100."""
    profile = {
        "business": {"name": "Shop", "industry": "auto-repair"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads/LSA", "spend": 24000},
                       {"name": "SEO retainer", "spend": 12000}],
        "customers": {"new": 300, "sources": {"Google": 200, "Google LSA": 40, "Friend": 60},
                      "average_revenue": 500, "gross_margin": "100%", "retention_rate": "0%"},
    }  # fmt: skip
    [ba205] = _found("BA205", profile)
    assert ba205.severity == "info"
    assert "200 who said only 'Google' were counted in" in ba205.message
    assert ba205.message.endswith("with all of them a customer costs $100")
    assert "before cutting" in ba205.advice


def test_the_cost_of_a_customer_says_how_a_priced_referral_line_counts_its_referrals() -> None:
    """B15 of the twenty-third round (2026-12-04): a salon's CAC said "112 referrals that came
    through funded lines" with nothing to rebuild it from: 2,800 ÷ 25 = 112, of the 148
    referrals its line reaches (118 + 30). (A gift card bought is money spent; a credit on the
    bill would be revenue given up, no money, and its referrals left out with it: F3.)"""
    facts = _facts({
        "business": {"name": "Luxe Salon", "industry": "salon"},
        "revenue": 600000,
        "activities": [{"name": "Refer-a-friend $25 gift card", "spend": 2800},
                       {"name": "Instagram ads", "spend": 6000}],
        "customers": {"new": 300, "sources": {"Referred by client": 118, "Refer-a-friend": 30,
                                              "Instagram": 152},
                      "average_revenue": 540, "gross_margin": "50%", "retention_rate": "60%"},
    })  # fmt: skip
    cac = facts.economics.judged_cac
    assert cac.cultivated == 112
    assert cac.priced == (("Refer-a-friend $25 gift card", Decimal(2800), Decimal(25)),)
    from bizaudit.explain.economics import Basis

    said = Basis("USD").cac(cac)
    assert "at most 112 by the price per referral 'Refer-a-friend $25 gift card' states" in said
    assert "states: $2,800 ÷ $25, one price a referred customer" in said


@pytest.mark.parametrize(
    ("industry", "line", "rule_text"),
    [
        # the practice's own liaison, an agency: no physician is paid (C2 of the re-review)
        ("medical", "Physician liaison stipend (referral development)", None),
        ("medical", "Referral marketing agency retainer", None),
        # a price per signed case keeps the per-case text, whatever the line calls itself
        ("chiropractic", "Marketing retainer - 1-800-HURT-NOW ($500 per signed case)",
         "Florida's Patient Brokering Act"),
        ("chiropractic", "Law firm appreciation baskets", "Anti-Kickback"),
        ("auto-repair", "Cash to tow guys ($20 a car)", "Vehicle Code §12110(c)"),
        ("mortgage", "Joint Zillow ads w/ agents (lender pays all)", "RESPA"),
    ],
)  # fmt: skip
def test_ba114_of_the_twenty_third_rounds_re_review(
    industry: str, line: str, rule_text: str | None
) -> None:
    """The re-review of the twenty-third round (2026-12-04): false positives of the new
    physician-fee rule, and wordings the first fixes missed."""
    found = _found("BA114", {
        "business": {"name": "X", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": line, "spend": 6000}, {"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 100, "sources": {"Website": 40, "Google Ads": 60}},
    })  # fmt: skip
    if rule_text is None:
        assert found == []
    else:
        [finding] = found
        assert rule_text in finding.message


def test_a_gift_to_those_who_award_work_is_no_referral_and_its_own_staffs_pay_no_bribe() -> None:
    """C3 and C4 of the re-review: a consulting firm's bonus to its own director was called
    commercial bribery; a repair shop's gift cards to a customer's purchasing manager joined
    the referrals and were given the tow-truck statute (BA114) instead of BA121."""
    from bizaudit.core.commercial_bribery import gives_deciders

    assert not gives_deciders("Bonus - K. Patel (Director, Business Development)")
    assert not gives_deciders("Fleet coordinator bonus")
    report = _report({
        "business": {"name": "Shop", "industry": "auto-repair"},
        "revenue": 900000,
        "activities": [{"name": "Gift cards - customer's purchasing manager", "spend": 3000},
                       {"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 100, "sources": {"Referral": 40, "Google Ads": 60}},
    })  # fmt: skip
    assert [f.rule for f in report.findings if f.subject and "purchasing" in f.subject] == ["BA121"]
    assert not [c for c in report.channels if c.name.startswith("Referrals") and c.spend]


def test_referrals_bought_by_a_payment_ba114_flags_are_not_kept_funded() -> None:
    """C1 of the re-review: tow-ins joined to the tow drivers' per-car spiffs were counted as
    referrals cultivated on purpose, and BA102 said "keep funding it" beside BA114."""
    report = _report({
        "business": {"name": "Shop", "industry": "auto-repair"},
        "revenue": 900000,
        "activities": [{"name": "Tow driver spiffs ($25/car)", "spend": 6000, "channel": "Tow"},
                       {"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 400, "sources": {"Tow-in": {"customers": 240, "channel": "Tow"},
                                              "Google Ads": 160}},
    })  # fmt: skip
    ba102 = [f for f in report.findings if f.rule == "BA102"]
    assert ba102
    assert all("keep funding" not in f.advice for f in ba102)
    assert any(f.rule == "BA114" for f in report.findings)


def test_a_priced_check_special_is_a_price_given_up_not_a_cheque_paid_out() -> None:
    """C5 of the twenty-third round's re-review: "$99 AC check special" was told the money
    left the business, as a cheque to customers would."""
    from bizaudit.core.financing import lines_that_move_money

    facts = _facts({
        "business": {"name": "Shop", "industry": "home-services"},
        "revenue": 500000,
        "activities": [{"name": "$99 AC check special", "spend": 2000}],
    })  # fmt: skip
    assert [kind for _, kind in lines_that_move_money(facts.activities)] == ["given up"]


def test_a_discount_for_paying_by_a_date_is_no_money_paid_out() -> None:
    """G11 of the twenty-fifth round (2026-12-04): "5% off full season if paid by 3/1" was
    read as money paid to customers (by 'paid'); the customer pays, and the business gives up
    part of the price. A bonus for a yard sign is paid out."""
    from bizaudit.core.financing import lines_that_move_money

    facts = _facts({
        "revenue": 500000,
        "activities": [
            {"name": "Spring promo - 10% off if paid by 3/1", "spend": 2000},
            {"name": "Yard sign bonus ($500 per homeowner)", "spend": 1500},
        ],
    })  # fmt: skip
    assert [kind for _, kind in lines_that_move_money(facts.activities)] == [
        "given up",
        "paid out",
    ]
    # and a discount for paying ahead is a price concession, not a cost of winning customers
    reading = Classifier().classify("6020 Promotions:Spring pre-pay discount (5% off full season)")
    assert reading.category == "contra-revenue"


def test_a_channel_dearer_than_worth_even_with_its_platforms_customers_is_told_to_cut() -> None:
    """B7's other side: where even the customers who said only "Google" leave the ads dearer
    than a customer is worth, the cut holds. By hand: 24,000 ÷ (40 + 5) = $533.33 > $500."""
    profile = {
        "business": {"name": "Shop", "industry": "auto-repair"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads/LSA", "spend": 24000},
                       {"name": "SEO retainer", "spend": 12000}],
        "customers": {"new": 105, "sources": {"Google": 5, "Google LSA": 40, "Friend": 60},
                      "average_revenue": 500, "gross_margin": "100%", "retention_rate": "0%"},
    }  # fmt: skip
    # (the channel is named after its line, "Google Ads/LSA", since the vocabulary reads the
    # 40 "Google LSA" customers as Local Services Ads, which "Google Ads" does not name:
    # reworked by hand in the sixty-first round, part p, 2026-12-07)
    [ba205] = [f for f in _found("BA205", profile) if f.subject == "Google Ads/LSA"]
    assert ba205.severity == "warning"
    assert ba205.message.endswith("with all of them a customer costs $533.33")
    assert ba205.advice.startswith("even counting them a customer there costs more than one")
    assert "cut by hand" in ba205.advice


def test_referrals_from_a_payee_ba114_flags_are_no_plan_to_keep_funding() -> None:
    """D1 of the twenty-third round's last check (2026-12-04): BA102 told a broker to "keep
    funding" its realtor lunches, crediting them with RE/MAX Elite's 38 borrowers, beside
    BA114 on the desk rent it pays that office. Only a flagged line's named payee counts: a
    stipend to one doctor does not taint every physician's referral. (Held to 50% by its own
    policy: since BH14 of the sixty-second round a broker's maximum is the trade's 87%, and
    its (46 + 38) / 150 = 56% of referrals would be within it, with no BA102 to advise.)"""
    profile: dict[str, Any] = {
        "business": {"name": "Keystone Home Lending", "industry": "mortgage"},
        "policy": {"max_referral_share": "50%"},
        "revenue": 2000000,
        "activities": [{"name": "Realtor lunch & learns (CE classes)", "spend": 9000},
                       {"name": "Desk rent - RE/MAX Elite (2 desks)", "spend": 30000},
                       {"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 150, "sources": {"Realtor - KW (Jen S.)": 46,
                                              "Realtor - RE/MAX Elite": 38,
                                              "Google Ads": 66}},
    }  # fmt: skip
    from bizaudit.core.metrics import paid_referrers_named

    assert paid_referrers_named(_facts(profile)) == {"Realtor - RE/MAX Elite"}
    [ba102] = _found("BA102", profile)
    assert "keep funding" not in ba102.advice
    profile["activities"][1]["name"] = "Office rent"  # no payee among the referrers
    assert paid_referrers_named(_facts(profile)) == frozenset()


def test_gifts_to_a_customers_fleet_coordinators_are_gifts_to_deciders() -> None:
    """D2 of the twenty-third round's last check: "Christmas gifts for fleet coordinators"
    lost BA121 when the shop's own "Fleet coordinator bonus" was kept out of it."""
    from bizaudit.core.commercial_bribery import gives_deciders

    assert gives_deciders("Christmas gifts for fleet coordinators")
    assert gives_deciders("Holiday gift cards - fleet accounts (managers)")
    assert not gives_deciders("Fleet coordinator bonus")


def test_more_budget_is_not_sent_to_a_channel_the_law_restricts() -> None:
    """D3 of the twenty-third round's last check: BA202 said "room to spend more" with no
    exception beside trigger leads `plan` leaves alone as the law restricts them."""
    from bizaudit.explain.findings import _not_there

    assert _not_there((), ("Mortgage trigger leads",)) == (
        ", except Mortgage trigger leads, which the law restricts (the channel table),"
    )
    assert _not_there(("Google Ads",), ("Mortgage trigger leads",)).startswith(
        ", except Google Ads, where the next customer already costs more"
    )
    assert _not_there((), ()) == ""


def test_a_doctors_w2_line_is_asked_about_and_owner_in_its_name_reads_it() -> None:
    """D10 of the twenty-third round's last check: "Dr. Alvarez W-2" got the flat "no line
    pays the owner", and "Dr. Hanley (owner) comp" was an unknown name (BA106)."""
    from bizaudit.core.owner_pay import pays_owner

    profile: dict[str, Any] = {
        "business": {"name": "Riverbend Family Chiropractic", "industry": "chiropractic"},
        "revenue": 70000,
        "activities": [{"name": "Dr. Alvarez W-2", "spend": 50000},
                       {"name": "Google Ads", "spend": 8000}],
        "owner_hours": {"delivery": 40, "admin": 12},
    }  # fmt: skip
    [ba118] = _found("BA118", profile)
    assert "if 'Dr. Alvarez W-2' pays the owner, say so in its name" in ba118.advice
    assert pays_owner("Dr. Alvarez W-2 (owner)")
    assert Classifier().classify("Dr. Hanley (owner) comp").category == "operations"
    assert pays_owner("Dr. Hanley (owner) comp")


@pytest.mark.parametrize(
    ("name", "owners"),
    [
        ("7003 Directors salaries", True),
        ("Directors salary", True),
        ("Directors remuneration", True),
        ("Clinic director salary", False),  # a role first: staff
        ("Program directors salaries", False),
    ],
)
def test_directors_pay_as_uk_charts_name_it_pays_the_owner(name: str, owners: bool) -> None:
    """F13 of the thirty-second round (2026-12-05): a UK printer's "7003 Directors salaries"
    (£70,000) was read as staff pay, and BA118 said no line paid the owner who works 57 hours a
    week. By hand: 420,000 − 70,000 − 300,000 = 50,000 of profit (11.9%, under BA118's 20%),
    so BA118 speaks only where the line is not the owner's."""
    from bizaudit.core.owner_pay import pays_owner

    assert pays_owner(name) is owners
    profile = {
        "business": {"name": "Case", "currency": "GBP"},
        "revenue": 420000,
        "activities": [{"name": name, "spend": 70000}, {"name": "Paper", "spend": 300000}],
        "owner_hours": {"delivery": 40, "admin": 17},
    }
    assert bool(_found("BA118", profile)) is not owners


def test_ba117_names_a_lenders_dealer_fees_among_the_lines_to_look_at() -> None:
    """F14 of the thirty-second round (2026-12-05): a solar installer stated a 28% gross margin
    where its listed costs gave 55%, and BA117 named its payroll taxes and vehicles beside
    $620,000 of loan dealer fees, a cost of each financed sale. By hand: (5,400,000 −
    2,430,000) ÷ 5,400,000 = 55%."""
    profile = {
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 5400000,
        "activities": [
            {"name": "Panels, inverters, racking", "spend": 2430000},
            {"name": "Dealer fees - GoodLeap/Sunlight", "spend": 620000},
            {"name": "Payroll taxes", "spend": 95000},
            {"name": "Google Ads", "spend": 300000},
        ],
        "customers": {"new": 150, "average_revenue": 36000, "gross_margin": 0.28},
    }
    [found] = _found("BA117", profile)
    assert "= 55%" in found.message
    assert "'Dealer fees - GoodLeap/Sunlight' ($620,000)" in found.advice


def test_one_directors_salary_pays_the_owner_of_a_company_only() -> None:
    """R9 and Q4 of the thirty-second round's re-reviews: "Director's salary" is a US child-care
    centre's hired director, but a UK company's owner-manager (the mend for the first had made
    a UK joinery's owner unpaid again, BA118 and its cap). By hand: 420,000 − 70,000 − 300,000
    = 50,000 (11.9%), under BA118's 20%."""
    lines = [{"name": "Director's salary", "spend": 70000}, {"name": "Paper", "spend": 300000}]
    week = {"delivery": 40, "admin": 17}
    for business, unpaid in (
        ({"name": "Harbour Joinery Ltd", "currency": "GBP"}, False),
        ({"name": "Harbour Joinery", "currency": "EUR"}, False),
        ({"name": "Little Acorns Child Care", "currency": "USD"}, True),
    ):
        profile = {"business": business, "revenue": 420000, "activities": lines,
                   "owner_hours": week}  # fmt: skip
        assert bool(_found("BA118", profile)) is unpaid, business


@pytest.mark.parametrize(
    "name",
    [
        "Employer's NI",
        "Employers NI",
        "Employer's NIC",
        "CPP/EI employer portion",
        "EHT",
        "PAYE",
        "Er's NIC",
        "NIC (employer)",
        "Class 1 NIC",
    ],
)
def test_uk_and_canadian_payroll_taxes_are_known(name: str) -> None:
    """F13 of the thirty-second round: Sage's and Canadian payroll lines were unknown names
    (BA106); on the sales team's pay they are the selling function's."""
    found = Classifier().classify(name)
    assert (found.category, found.confidence) == ("operations", "high")
    assert Classifier().classify(f"{name} - sales team").category == "sales"


def test_retention_is_never_offered_in_a_line_a_rule_says_may_be_unlawful() -> None:
    """D9 of the twenty-third round's last check: BA104 offered "Attorney referral thank-you
    gifts", which BA114 flags in the same report, as the retention to mark."""
    profile = {
        "business": {"name": "Summit Chiropractic", "industry": "chiropractic"},
        "revenue": 500000,
        "activities": [{"name": "Attorney referral thank-you gifts", "spend": 3000},
                       {"name": "Facebook ads", "spend": 12000}],
    }  # fmt: skip
    assert [f.rule for f in _found("BA114", profile)] == ["BA114"]
    [ba104] = _found("BA104", profile)
    assert "Attorney referral thank-you gifts" not in ba104.message


def test_retention_is_never_offered_in_a_line_respa_flags() -> None:
    """F15 of the thirty-second round (2026-12-05): beside BA114 flagging a termite company's
    "Realtor thank you gift cards ($50/WDO referral)" under RESPA, BA104 offered the same line
    as the retention to mark: the lines BA114 flags for those who order a settlement service
    were not among those a rule says may be unlawful."""
    profile = {
        "business": {"name": "Palmetto Termite & Pest", "industry": "home-services"},
        "revenue": 640000,
        "activities": [{"name": "Realtor thank you gift cards ($50/WDO referral)",
                        "spend": 3000},
                       {"name": "Yellow pages / Yelp", "spend": 2400}],
    }  # fmt: skip
    assert [f.rule for f in _found("BA114", profile)] == ["BA114"]
    [ba104] = _found("BA104", profile)
    assert "Realtor" not in ba104.message


def test_referrals_paid_for_by_a_flagged_line_are_not_said_to_come_on_their_own() -> None:
    """R14 of the thirty-second round's re-review (2026-12-05): a termite company's realtor
    referrals were said to have "all come on their own" beside BA114 flagging its $50 gift
    card per referral. By hand: 380 + 60 = 440 referrals of 520 = 84.6%; none came through
    the dues, a membership that reached none of them."""
    profile = {
        "business": {"name": "Palmetto Termite & Pest", "industry": "home-services"},
        "revenue": 640000,
        "activities": [{"name": "Realtor thank you gift cards ($50/WDO referral)",
                        "spend": 3000},
                       {"name": "Board of Realtors affiliate dues", "spend": 1200},
                       {"name": "Yellow pages / Yelp", "spend": 2400}],
        "customers": {"new": 520, "sources": {"realtor referral": 380, "customer referral": 60,
                                              "yelp": 35, "google": 45}},
    }  # fmt: skip
    reasons = " ".join(_report(profile).predictability.reasons)
    assert "all came on their own" not in reasons
    assert "they came on their own or through what BA114 warns about" in reasons


def test_the_budget_ba101_asks_for_says_what_it_is_once_the_flagged_lines_stop() -> None:
    """D5 of the twenty-third round's last check: "$12,700 more" assumed the tow spiffs BA114
    names kept running. By hand: the auto-repair minimum is 4% of 1,000,000 = 40,000; 35,000
    is spent, 5,000 of it on the spiffs: 5,000 more, or 10,000 once the spiffs stop."""
    [ba101] = _found("BA101", {
        "business": {"name": "Shop", "industry": "auto-repair"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 30000},
                       {"name": "6200 Advertising:6270 Tow driver spiffs ($25/car)",
                        "spend": 5000},
                       {"name": "Rent", "spend": 100000}],
    })  # fmt: skip
    # the lawful gap leads (L10 of the forty-second round's re-review, 2026-12-06)
    assert ba101.advice.startswith(
        "budget at least $40,000 a period for attracting and keeping customers, on what the "
        "rules allow ($10,000 on new lines: $5,000 in place of what BA114 warns about, and "
        "$5,000 added to the budget;"
    )


def test_no_room_to_spend_is_claimed_where_no_channel_takes_more_budget() -> None:
    """D4 of the twenty-third round's last check: BA202 said "room to spend more" where
    `plan` could move no channel (here the only paid one charges per lead: more budget buys
    leads at the same price, not along the plan's curve)."""
    [ba202] = _found("BA202", {
        "business": {"name": "Shop", "industry": "home-services"},
        "revenue": 500000,
        "activities": [{"name": "Thumbtack", "spend": 1000}, {"name": "Rent", "spend": 60000}],
        "customers": {"new": 530, "sources": {"Thumbtack": 30, "Walk-in": 500},
                      "average_revenue": 100, "gross_margin": "100%", "retention_rate": "0%"},
    })  # fmt: skip
    assert "no channel today takes more budget in proportion" in ba202.message
    assert "room to spend more" not in ba202.message
    # ...but the lead seller already pays back at its price, so more leads there come first
    # (AZQ2 of the fifty-eighth round, 2026-12-07; reworked by hand: $1,000 ÷ 30 = $33.33 a
    # customer, worth $100 × 100% = $100, so 3.0×, at the rule of thumb's 3×)
    assert "though Thumbtack sells leads at a price each" in ba202.message
    assert "($33.33 a customer, who is worth 3.0 times that)" in ba202.message
    assert ba202.advice.startswith(
        "more leads from Thumbtack pay while they come at that price; beyond them, the room is "
        "in what brings customers without a budget"
    )


def test_no_channel_is_said_to_take_no_more_where_no_source_is_listed() -> None:
    """Without sources nothing says which channel could take more: BA202 had said "no
    channel today takes more budget" of a profile that listed none (found with D4's fix)."""
    [ba202] = _found("BA202", {
        "business": {"name": "Shop", "industry": "home-services"},
        "revenue": 800000,
        "activities": [{"name": "Google Ads", "spend": 10000}, {"name": "Rent", "spend": 50000}],
        "customers": {"new": 200, "average_revenue": 900, "gross_margin": "50%",
                      "retention_rate": "60%"},
    })  # fmt: skip
    assert "no channel today takes more" not in ba202.message
    assert "there is room to spend more" in ba202.message


def test_ba101_gives_the_gap_as_a_size_where_no_channel_takes_more_budget() -> None:
    """D4 of the twenty-third round's last check: BA101 asked a repair shop to "budget at
    least" $12,700 more while `plan` said the only channel it may move, direct mail, already
    buys its next customer at more than a customer is worth. By hand: LTV 620 × 45% × (1 −
    0.55⁵) ÷ 0.45 = $588.80; direct mail's next customer 7,200 ÷ 22 ÷ 0.5 = $654.55, more;
    the walk-ins have no spend to move (a customer costs 7,200 ÷ 222 = $32.43 on average,
    under a third of their worth). The gap to 5% of 1,000,000 is 50,000 − 7,200 = $42,800;
    it pays for itself at ⌈42,800 ÷ 588.80⌉ = 73 customers."""
    [ba101] = _found("BA101", {
        "business": {"name": "Shop", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [{"name": "Direct mail", "spend": 7200}, {"name": "Rent", "spend": 100000}],
        "customers": {"new": 222, "sources": {"Direct mail": 22, "Walk-in": 200},
                      "average_revenue": 620, "gross_margin": "45%", "retention_rate": "55%"},
    })  # fmt: skip
    assert ba101.advice.startswith(
        "the gap to the minimum is $42,800 (a budget of $50,000 a period; operating profit "
        "$892,800 → $850,000), but no channel today can be shown to take more budget at a profit"
    )
    assert "it pays for itself once it brings 73 more customers" in ba101.advice
    assert "budget at least" not in ba101.advice
    assert "not in Direct mail" not in ba101.advice


def test_the_cost_of_a_customer_says_what_of_its_spend_is_revenue_given_up() -> None:
    """C11 and D7 of the twenty-third round's reviews: a shop's $11,000 oil-change special,
    revenue given up by BA116, was in its CAC with no word; F3 of the twenty-fourth round's
    re-review: the cost of a customer is in money, as BA110, BA201 and BA203 judge it and as
    following BA116's advice would make it. By hand: 30,000 ÷ 100 = $300, without the $11,000
    never spent (it was $410 with it)."""
    facts = _facts({
        "business": {"name": "Shop", "industry": "auto-repair"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 30000},
                       {"name": "6200 Advertising:6250 $29.95 oil chg special", "spend": 11000}],
        "customers": {"new": 100, "sources": {"Google Ads": 100}},
    })  # fmt: skip
    cac = facts.economics.cac
    assert (cac.value, cac.given_up) == (Decimal(300), Decimal(11000))
    from bizaudit.explain.economics import Basis

    said = Basis("USD").cac(cac)
    assert said.startswith(
        "($30,000 acquisition marketing in money, without $11,000 of revenue given up (BA116)"
    )


@pytest.mark.parametrize(
    "name",
    [
        "6045 Marketing:HOA mgmt co. holiday gift cards",
        "HOA management company holiday gift cards",
        "6140 Catering: office admin thank-you Visa cards ($25/order)",
        # F7 of the round's re-review: in other titles and wordings
        "receptionist thank-you gift cards ($20/order)",
        "office manager Starbucks cards ($25 per catering order)",
        "executive assistant thank-you Visa cards (every order)",
    ],
)
def test_ba121_reaches_an_associations_manager_and_a_clients_office_staff(name: str) -> None:
    """E5 of the twenty-fourth round (2026-12-04): an HOA's management company, abbreviated,
    read as keeping customers, and a caterer's cards to the office staff who place a client's
    orders as overhead, with no word said; the business's own office manager's bonus is not
    flagged."""
    [found] = _found("BA121", {"revenue": 1000000, "activities": [{"name": name, "spend": 3000}]})
    assert found.subject == name
    for own in (
        "Office manager bonus",
        "6105 Payroll:Office manager bonus ($2 per order processed)",
    ):
        assert not _found(
            "BA121", {"revenue": 1000000, "activities": [{"name": own, "spend": 3000}]}
        )


def test_referrals_cultivated_only_by_revenue_given_up_hold_the_score_below_strong() -> None:
    """E9 of the twenty-fourth round (2026-12-04): a CPA firm's "$100 off next return" credit,
    revenue given up by BA116, counted its 47 client referrals as funded cultivation and the
    score reached 93, "Strong"; without the line the firm scored 79. By hand: 4,200 of 40,600
    of marketing is 10.3%, over 5%, and the 60 client referrals count as cultivated only
    through it: the score stops at 79. With a spent referral programme beside it, reaching the
    same referrals, nothing rests on the credit: no such cap. Nor where the referrals are
    within the maximum all the same (G10 of the thirty-ninth round, 2026-12-05: a studio's free
    month for members who refer, 17.6% referrals, cost it 21 points): 60 of 140 is 42.9%,
    under 50%, and the part earns full marks without them; 80 of 140 is 57.1%, over it."""

    def profile(*lines: dict[str, Any], referred: int = 80) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": "accounting"},
            "revenue": 1350000,
            "activities": [
                {"name": "Google Ads", "spend": 36400},
                *lines,
                {"name": "Rent", "spend": 60000},
            ],
            "customers": {
                "new": 140,
                "sources": {"Google Ads": 140 - referred, "Existing client referral": referred},
                "lifetime_value": 5000,
            },
            "owner_hours": {"delivery": 30, "marketing": 10},
        }

    credit = {"name": "6045 Marketing:Client referral credit ($100 off next return)",
              "spend": 4200}  # fmt: skip
    capped = _report(profile(credit))
    reason = (
        "more than 5% of marketing is in lines BA116 reads as revenue given up, not money "
        "spent, and the marketing share, the retention part or the referrals counted as "
        "cultivated rest on them"
    )
    assert reason in [c.reason for c in capped.score_caps]
    assert capped.score <= 79
    programme = {"name": "Client referral program (thank-you dinners)", "spend": 3000}
    kept = _report(profile(credit, programme))
    assert reason not in [c.reason for c in kept.score_caps]
    within = _report(profile(credit, referred=60))
    assert reason not in [c.reason for c in within.score_caps]
    assert within.score == _report(profile(referred=60)).score


def test_ba116_asks_for_the_amortisation_of_a_book_of_business_bought() -> None:
    """E10 of the twenty-fourth round (2026-12-04): a CPA firm's note on the practice it bought
    was asked for the loan's interest only; what it bought, clients and goodwill, is amortised
    (15 years for US tax, IRC §197)."""
    [found] = _found("BA116", {"revenue": 1000000, "activities": [
        {"name": "2700 Note Payable - Smith CPA practice purchase", "spend": 40000}]})  # fmt: skip
    assert found.advice == (
        "take it out and list the loan's interest instead, and the amortisation of what was "
        "bought (clients and goodwill: 15 years for US tax, IRC §197)"
    )
    assert "before the interest and amortisation to list instead" in found.message


@pytest.mark.parametrize(
    ("name", "bought"),
    [
        ("Truck loan - F-250", "asset"),
        ("Equipment loan - office copier", "asset"),  # what wears out, wherever it stands
        ("Mortgage payment (land + barn)", "building"),
        ("2700 Note Payable - Smith CPA practice purchase", "book"),
        ("Note - purchased book (Jones Agency)", "book"),
        ("Shopify Capital repayment", None),  # a cash advance buys nothing the name says
        ("Line of credit - principal", None),
    ],
)
def test_what_a_loan_bought_is_read_in_the_core(name: str, bought: str | None) -> None:
    """BA116's advice lists depreciation or amortisation by what a loan bought; the core reads
    it from the line's name (core.financing.bought_with), not the words."""
    from bizaudit.core.financing import bought_with

    assert bought_with(name) == bought


def test_ba114_reads_a_doctors_fee_beside_the_practice_named_after_them() -> None:
    """The twenty-third round's last check (2026-12-04): "Consulting agreement - Dr. Nguyen"
    beside the 60 patients of "Nguyen Family Medicine" raised nothing: the fee rule knew the
    doctor only by "Dr. Nguyen" in a source, and a consulting agreement not as a fee."""
    profile = {
        "business": {"name": "Derm", "industry": "medical"},
        "revenue": 2000000,
        "activities": [{"name": "Consulting agreement - Dr. Nguyen", "spend": 24000},
                       {"name": "Google Ads", "spend": 30000}],
        "customers": {"new": 300, "sources": {"Nguyen Family Medicine": 60, "Google Ads": 240}},
    }  # fmt: skip
    assert [f.subject for f in _found("BA114", profile)] == ["Consulting agreement - Dr. Nguyen"]
    # a doctor whose name no referral source or practice carries is not flagged
    other = profile | {"customers": {"new": 300, "sources": {"Lee Family Medicine": 60,
                                                             "Google Ads": 240}}}  # fmt: skip
    assert not _found("BA114", other)


def test_ba110_judges_the_share_in_money_spent() -> None:
    """F3 of the twenty-fourth round's re-review (2026-12-04): an HVAC firm at 12% of revenue
    was told to take out $82,600 to reach the range's 10%, where in money spent it was 9.06%:
    the rest was revenue given up, which BA116 asks to take out. By hand: (90,000 + 30,000) ÷
    1,000,000 = 12%, over 10%; 90,000 ÷ 1,000,000 = 9% in money, within 5-10%: no BA110. With
    the same 30,000 spent on ads it is over: BA110."""

    def profile(second: str) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": "home-services"},
            "revenue": 1000000,
            "activities": [{"name": "Google Ads", "spend": 90000},
                           {"name": second, "spend": 30000}],
            "customers": {"new": 100, "lifetime_value": 2000},
        }  # fmt: skip

    assert not _found("BA110", profile("6045 Promotions:$1,000 off system replacement"))
    assert _found("BA110", profile("Facebook ads"))


def test_ba101_over_the_minimum_only_with_given_up_moves_money_under_a_thin_margin() -> None:
    """F5 of the twenty-fourth round's re-review (2026-12-04): a restaurant over its minimum only
    with discounts and comped meals, at a loss, was told only that it was "$23,970 short",
    where the same business without the lines was told to move money, not add it. By hand:
    17,000 ÷ 500,000 = 3.4% as listed, 5,000 in money, of revenue without the 12,000 of meals
    given up too (BG6 of the sixty-first round's re-review): 3% × 488,000 − 5,000 = 14,640 −
    5,000 = 9,640 short (of 500,000 it had been 15,000 − 5,000 = 10,000); costs 567,000 make
    a 67,000 loss, 55,000 without the 12,000 of meals given up. Since the sixty-second round
    (part h) BA101 weighs the profit on the base its minimum is a share of, the meals out of
    revenue and out of the costs: 488,000 − 555,000 = −67,000, the loss as listed (BA111 gives
    both, 67,000 and 55,000 without the meals)."""
    profile: dict[str, Any] = {
        "revenue": 500000,
        "policy": {"min_marketing_share": "3%"},
        "activities": [
            {"name": "Google Ads", "spend": 5000},
            {"name": "Comped meals - regulars", "spend": 12000},
            {"name": "Rent", "spend": 300000},
            {"name": "Payroll", "spend": 250000},
        ],
        "customers": {"new": 100, "sources": {"Google Ads": 100}},
    }
    [ba101] = _found("BA101", profile)
    assert ba101.severity == "error"
    assert ba101.advice == (
        "take those lines out of the spending (BA116); what is spent in money is $9,640 short "
        "of the 3% minimum, but the business already runs at a loss ($67,000): rather than "
        "adding $9,640, move money from costs that bring no customers into a channel that does"
    )
    # a thin margin: 492,000 of costs, 8,000 of profit; on the minimum's base (the meals out
    # of revenue and costs: 488,000 − 480,000) 8,000 ÷ 488,000 = 1.6% < 5%, as BA115 says it
    # (it had been 8,000 + 12,000 = 20,000 of 500,000, 4%, the meals added back)
    profile["activities"][3]["spend"] = 175000
    [ba101] = _found("BA101", profile)
    assert ba101.advice.endswith(
        "short of the 3% minimum, but the operating margin is already thin (1.6%, under 5%: "
        "BA115): rather than adding $9,640, move money from costs that bring no customers into "
        "a channel that does"
    )
    # a sound one: 33,000 of 488,000, 6.8% (it had been 33,000 + 12,000 = 45,000, 9%): the gap
    # alone
    profile["activities"][3]["spend"] = 150000
    [ba101] = _found("BA101", profile)
    assert ba101.advice.endswith(
        "what is spent in money is $9,640 short of the 3% minimum: spend $9,640 more on a "
        "channel that brings customers"
    )


def test_ba114_does_not_read_a_continuing_education_credit_as_a_payment() -> None:
    """G1 of the twenty-fifth round (2026-12-04): a law firm's "Lunch-and-learns for CPAs (CE
    credit)", an educational talk whose attendees earn continuing-education credit, was read as
    paying for referrals (BA114) and held an otherwise perfect firm at 79; a fee to the CPAs is
    still a payment."""

    def firm(line: str) -> dict[str, Any]:
        return {
            "business": {"name": "Estate Law", "industry": "legal"},
            "revenue": 1000000,
            "activities": [
                {"name": line, "spend": 6800},
                {"name": "Google Ads", "spend": 60000},
                {"name": "Rent", "spend": 400000},
            ],
            "customers": {"new": 100, "sources": {"CPA referral": 40, "Google Ads": 60}},
        }

    for line in ("Lunch-and-learns for CPAs (CE credit)", "CPA seminar - CPE credits",
                 "Estate planning talk for advisors (continuing education credit)"):  # fmt: skip
        assert not _found("BA114", firm(line)), line
    assert _found("BA114", firm("Referral fee to CPAs"))


def test_referrals_over_the_maximum_at_capacity_leave_nothing_to_chance() -> None:
    """G3 of the twenty-fifth round (2026-12-04): a child care centre 95% full, 38 families
    waiting, with 60% of its new families by referral, was told to "fund a channel you control
    ... so growth does not wait on others", read "At risk" and was held at 79. By hand: 60 of
    100 by referral, over 50%; at 95% full (90% or more) more families could not be served."""
    centre: dict[str, Any] = {
        "business": {"name": "Centre", "capacity_used": "95%"},
        "revenue": 1500000,
        "activities": [
            {"name": "Winnie listing", "spend": 1200},
            {"name": "Payroll", "spend": 900000},
        ],
        "customers": {"new": 100, "sources": {"Friend referral": 60, "Winnie": 40}},
    }
    report = _report(centre)
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert ba102.severity == "info"
    assert ba102.message.endswith(
        "over the 50% maximum; the business is 95% full (business.capacity_used): more "
        "customers could not be served"
    )
    assert report.predictability.verdict == "business"
    assert not [c for c in report.score_caps if "chance" in c.reason]
    # at 89% it is a warning, and the verdict holds the referrals against it
    centre["business"]["capacity_used"] = "89%"
    report = _report(centre)
    assert [f.severity for f in report.findings if f.rule == "BA102"] == ["warning"]
    assert report.predictability.verdict == "at risk"


def test_funded_referral_lines_that_reached_none_are_not_said_to_bring_some() -> None:
    """G20 of the twenty-fifth round: "59.4% of new customers came from referrals, some through
    funded referral lines (…); the 59.4% that came on their own" said "some", then all."""
    report = _report(
        {
            "revenue": 500000,
            "activities": [
                {"name": "Google Ads", "spend": 6000},
                {"name": "Realtor thank-you lunches", "spend": 1400},
            ],
            "customers": {"new": 100, "sources": {"Google Ads": 40, "Neighbor": 60}},
        }
    )
    reasons = report.predictability.reasons
    assert any(
        "none through the funded referral lines" in reason and "some through" not in reason
        for reason in reasons
    ), reasons
    # ...nor where all came through them (H13 of the round's re-review): "some", then "the 0%"
    report = _report(
        {
            "revenue": 500000,
            "activities": [
                {"name": "Google Ads", "spend": 6000},
                {"name": "Referral program rewards", "spend": 1400},
            ],
            "customers": {"new": 100, "sources": {"Google Ads": 40, "Referral": 60}},
        }
    )
    assert any(
        reason.startswith(
            "60% of new customers came from referrals, all through the funded referral lines"
        )
        and reason.endswith("none came on their own")
        for reason in report.predictability.reasons
    ), report.predictability.reasons


def test_ba110_says_when_the_share_is_of_net_revenue() -> None:
    """K13 of the twenty-sixth round (2026-12-04): "marketing is 41.5% of revenue" was of net
    revenue (36.2% of gross). By hand: 200,000 ÷ (1,000,000 − 100,000) = 22.2%."""
    [found] = _found("BA110", {
        "business": {"name": "Case", "industry": "ecommerce"},
        "revenue": 1000000,
        "activities": [{"name": "Meta ads", "spend": 200000},
                       {"name": "Returns & refunds", "spend": 100000}],
        "customers": {"new": 1000, "sources": {"Meta ads": 1000}, "average_revenue": 100,
                      "gross_margin": "50%", "retention_rate": "30%"},
    })  # fmt: skip
    assert found.message.startswith("marketing is 22.2% of net revenue, above the 7–12% range")


def test_the_verdict_and_ba102_name_the_same_cultivating_lines() -> None:
    """K7 of the twenty-sixth round (2026-12-04): a CPA firm's verdict said its referrals came
    "some through funded referral lines (banker lunches, Chamber dues)", BA102 named the
    lunches alone, and BA206 said the chamber's dues brought no one. Lines that reached none
    are not said to bring some."""
    report = _report(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 20000},
                {"name": "Meals - banker/attorney lunches", "spend": 3000},
                {"name": "Chamber dues", "spend": 650},
            ],
            "customers": {"new": 100, "sources": {"Google Ads": 30, "Banker referral": 40,
                                                  "Friend": 30}},
        }
    )  # fmt: skip
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert "cultivated on purpose (Meals - banker/attorney lunches)" in ba102.message
    [some] = [r for r in report.predictability.reasons if "some through" in r]
    assert "(Meals - banker/attorney lunches);" in some
    assert "Chamber" not in some


def test_the_verdict_says_which_channels_no_customer_was_joined_to() -> None:
    """K11 of the twenty-sixth round (2026-12-04): the verdict counted a vet's breeder puppy
    packs among its funded channels, where BA206 said no customers were attributed to them."""
    report = _report(
        {
            "revenue": 500000,
            "activities": [{"name": "Google Ads", "spend": 12000},
                           {"name": "Billboard - Route 9", "spend": 6000}],
            "customers": {"new": 100, "sources": {"Google Ads": 70, "Friend": 30}},
        }
    )  # fmt: skip
    [channels] = [r for r in report.predictability.reasons if "acquisition channels" in r]
    assert channels.startswith("2 funded, recurring acquisition channels: Google Ads, Billboard")
    assert channels.endswith("; one of them with no customers attributed yet (BA206)")
    assert "BA206" in [f.rule for f in report.findings]


def test_a_content_creators_posts_bring_the_customers_who_name_the_platform() -> None:
    """L9 of the twenty-sixth round's re-review (2026-12-04): a studio's "IG content creator
    (freelance)" stood apart with no customers (BA206) beside "Instagram", 82 customers at $0.
    By hand: $6,000 ÷ 82 = $73.17."""
    report = _report({
        "revenue": 600000,
        "activities": [{"name": "IG content creator (freelance)", "spend": 6000},
                       {"name": "Meta ads", "spend": 18000}],
        "customers": {"new": 170, "sources": {"Instagram": 82, "Meta ads": 88}},
    })  # fmt: skip
    [social] = [c for c in report.channels if "Instagram" in c.sources]
    assert (social.spend, social.customers, social.cac) == (Decimal(6000), 82, Decimal("73.17"))
    assert "BA206" not in [f.rule for f in report.findings]


def test_respa_and_adjusters_referrers_meals_buy_no_referrals() -> None:
    """G12 of the twenty-fifth round (2026-12-04): an insurance agency's "Realtor & lender
    partner lunches" priced its 64 realtor and lender referrals as bought ($40.62 each, 38.7×)
    and a roofer's steak dinners for adjusters its 20 (at $120), where RESPA §8 and the
    adjusters' rules forbid paying for referrals and promotional activity may not be
    conditioned on them. They join the referrals, buy none, and are no channel. By hand:
    (36,000 + 1,200 + 2,600 − 2,600) ÷ 118 = $305.08; the newsletter keeps clients."""
    agency = {
        "business": {"name": "Agency", "industry": "insurance-agency"},
        "revenue": 1000000,
        "activities": [
            {"name": "Realtor & lender partner lunches", "spend": 2600},
            {"name": "EverQuote auto leads", "spend": 36000},
            {"name": "Client newsletter", "spend": 1200},
        ],
        "customers": {"new": 182, "sources": {"EverQuote": 118, "realtor/lender referral": 64}},
    }
    report = _report(agency)
    assert report.economics.non_referral_cac.value == Decimal("305.08")
    assert report.predictability.channels == ["EverQuote auto leads"]
    roofer = {
        "business": {"name": "Roofing", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [
            {"name": "Adjuster appreciation - steak dinners", "spend": 2400},
            {"name": "Google LSA", "spend": 50000},
        ],
        "customers": {"new": 100, "sources": {"Google LSA": 80, "insurance adjuster referral": 20}},
    }
    report = _report(roofer)
    assert report.predictability.channels == ["Google LSA"]
    # (50,000 + 2,400 − 2,400) ÷ 80 = $625
    assert report.economics.non_referral_cac.value == Decimal("625.00")


def test_ba114_flags_an_agency_paying_a_lenders_share_of_co_marketing() -> None:
    """G2 of the twenty-fifth round: "Co-branded mailer w/ CrossCountry Mortgage LO (we pay
    100%)" scored 80 "Strong" with no flag; homeowner's insurance on a purchase is a settlement
    service, and paying a referrer's share of advertising is a thing of value (12 CFR
    §1024.14(g)(2)). A mailer each side pays its share of is not flagged."""

    def agency(line: str) -> dict[str, Any]:
        return {
            "business": {"name": "Agency", "industry": "insurance-agency"},
            "revenue": 1000000,
            "activities": [{"name": line, "spend": 9000},
                           {"name": "EverQuote auto leads", "spend": 36000}],
            "customers": {"new": 182, "sources": {"EverQuote": 118, "lender referral": 64}},
        }  # fmt: skip

    for line in ("Co-branded mailer w/ CrossCountry Mortgage LO (we pay 100%)",
                 "Loan officer co-marketing - we pay the LO's share of the mailer"):  # fmt: skip
        [ba114] = _found("BA114", agency(line))
        assert ba114.severity == "warning"
    # H10 of the re-review: its spend goes with the lenders' referrals it bought, out of the
    # others' cost: (9,000 + 36,000 − 9,000) ÷ 118 = $305.08
    report = _report(agency("Co-branded mailer w/ CrossCountry Mortgage LO (we pay 100%)"))
    assert report.economics.non_referral_cac.value == Decimal("305.08")
    assert not _found("BA114", agency("Co-branded mailer w/ lender (each pays half)"))


def test_ba121_warns_of_a_meal_given_to_an_associations_board() -> None:
    """G17 of the twenty-fifth round (2026-12-04): a lawn company's "6040 HOA board holiday
    lunch" was one of its funded acquisition channels, with no word said; Florida forbids an
    HOA's directors to accept anything of value from the association's vendors, a meal too
    (Fla. Stat. §720.3033(3)). A property manager's lunch-and-learn is not flagged by a meal
    alone, nor a nonprofit's own board's dinner."""
    profile: dict[str, Any] = {
        "business": {"name": "Lawn", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [
            {"name": "6040 HOA board holiday lunch", "spend": 900},
            {"name": "Google LSA", "spend": 30000},
        ],
    }
    [ba121] = _found("BA121", profile)
    assert ba121.severity == "warning"
    for line in ("Property manager lunch-and-learn", "Board members dinner"):
        profile["activities"][0]["name"] = line
        assert not _found("BA121", profile), line


def test_a_roofers_priced_realtor_fee_buys_what_its_price_buys() -> None:
    """H6 of the twenty-fifth round's re-review (2026-12-04): G12's rule for meals and gifts
    to realtors had reached a roofer's "Realtor referral fee - $300 per closed job", which then
    bought none of its realtors' referrals. A fee with a price buys spend ÷ price: 4,800 ÷ 300
    = 16; (50,000 + 4,800) ÷ (80 + 16) = $570.83, the 20 past customers' on their own."""
    report = _report({
        "business": {"name": "Roofing", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [{"name": "Realtor referral fee - $300 per closed job", "spend": 4800},
                       {"name": "Google LSA", "spend": 50000}],
        "customers": {"new": 116, "sources": {"Google LSA": 80, "realtor referral": 16,
                                              "past customer referral": 20}},
    })  # fmt: skip
    assert report.economics.non_referral_cac.value == Decimal("570.83")


def test_credits_on_insurance_jobs_reach_no_adjusters_referrals() -> None:
    """H5 of the twenty-fifth round's re-review: "Referral/marketing credits applied on
    insurance jobs" reached the "insurance adjuster referral" source by the word 'insurance',
    and its 12 referrals counted as paid for. The jobs a credit is applied on name no
    referrer: in money, 50,000 ÷ 80 = $625, the 32 referrals left out."""
    report = _report({
        "business": {"name": "Roofing", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [{"name": "Referral/marketing credits applied on insurance jobs",
                        "spend": 22000},
                       {"name": "Google LSA", "spend": 50000}],
        "customers": {"new": 112, "sources": {"Google LSA": 80, "insurance adjuster referral": 12,
                                              "past customer referral": 20}},
    })  # fmt: skip
    assert report.economics.non_referral_cac.value == Decimal("625.00")


def test_a_full_business_with_no_channel_is_at_capacity() -> None:
    """H2 of the twenty-fifth round's re-review (2026-12-04): a centre 96% full with no funded
    channel read "At risk: part of winning customers is planned" and BA103 told it to fund
    one, its predictable-acquisition part scored 0. At 90% or more full none is needed yet."""
    centre: dict[str, Any] = {
        "business": {"name": "Centre", "capacity_used": "96%"},
        "revenue": 1500000,
        "activities": [{"name": "Payroll", "spend": 900000}],
        "customers": {"new": 30, "sources": {"Friend referral": 25, "Drove by": 5}},
    }
    report = _report(centre)
    assert report.predictability.verdict == "at capacity"
    assert [f.severity for f in report.findings if f.rule == "BA103"] == ["info"]
    part = next(c for c in report.score_components if c.name == "predictable acquisition")
    assert part.earned is None
    assert part.basis.endswith("not scored at 96% of capacity used")
    centre["business"]["capacity_used"] = "80%"
    report = _report(centre)
    assert report.predictability.verdict == "hobby"
    assert [f.severity for f in report.findings if f.rule == "BA103"] == ["warning"]


def test_ba114_does_not_read_a_networking_groups_fees_as_paying_for_referrals() -> None:
    """H4 of the twenty-fifth round's re-review (2026-12-04): "BNI chapter networking fees"
    was flagged as paying for referrals at an insurance agency (78, where "BNI chapter dues"
    scored 85): a membership's fee pays no referrer. A referral fee still does."""

    def agency(line: str) -> dict[str, Any]:
        return {
            "business": {"name": "Agency", "industry": "insurance-agency"},
            "revenue": 1000000,
            "activities": [{"name": line, "spend": 1800},
                           {"name": "EverQuote auto leads", "spend": 36000}],
            "customers": {"new": 150, "sources": {"EverQuote": 118, "BNI referral": 32}},
        }  # fmt: skip

    for line in ("BNI chapter networking fees", "Chamber of commerce membership fees"):
        assert not _found("BA114", agency(line)), line
    assert _found("BA114", agency("Referral fees to realtors ($50 per policy)"))


def test_ba107_warns_where_the_check_passes_only_on_an_ambiguous_reading() -> None:
    """H8 of the twenty-fifth round's re-review (2026-12-04): "Client QBR dinners & holiday
    party", read as retention by one term and as the staff party by another, took an MSP from
    8.97% to 9.2% against its 9% minimum, with only a note. By hand: 83,500 + 6,500 = 90,000
    meets 9% of 1,000,000; 83,500 without the line does not."""
    profile: dict[str, Any] = {
        "revenue": 1000000,
        "policy": {"min_marketing_share": "9%"},
        "activities": [
            {"name": "LinkedIn ads", "spend": 83500},
            {"name": "Client QBR dinners & holiday party", "spend": 6500},
        ],
    }
    [ba107] = _found("BA107", profile)
    assert ba107.severity == "warning"
    assert ba107.message.endswith("so the check passes only on this reading")
    profile["activities"][0]["spend"] = 100000  # 106,500 − 6,500 = 100,000 still meets it
    [ba107] = _found("BA107", profile)
    assert ba107.severity == "info"


def test_ba101_gives_each_gap_without_what_it_names_then_without_both() -> None:
    """H14 of the twenty-fifth round's re-review (2026-12-04): a lawn company's BA101 said
    "without it the gap is $26,925" of its referral credit, a figure without the BA121 lunch
    too, and then advised $26,025. By hand: 50,000 − 43,900 = 6,100; + 900 = 7,000 without the
    gift cards; without the credit, out of the marketing and out of revenue together (BG6 of
    the sixty-first round's re-review): 5% × (1,000,000 − 3,000 = 997,000) = 49,850, and
    49,850 − 40,900 = 8,950 (6,100 + 3,000 − 5% × 3,000), the gap in money the advice budgets;
    both, 8,950 + 900 = 9,850 (they had been 9,100 and 10,000, the floor on the credit kept)."""
    profile = {
        "revenue": 1000000,
        "policy": {"min_marketing_share": "5%"},
        "activities": [
            {"name": "Google Ads", "spend": 40000},
            {"name": "HOA board holiday gift cards", "spend": 900},
            {"name": "Referral credit - $50 off next mow per referred neighbor", "spend": 3000},
            {"name": "Crew payroll", "spend": 500000},
        ],
        "customers": {"new": 100, "sources": {"Google Ads": 80, "neighbor referral": 20}},
    }
    [ba101] = _found("BA101", profile)
    assert ba101.message.endswith(
        "$900 of it pays for what BA121 warns about, so without it the gap is $7,000; $3,000 of "
        "it is revenue given up, not money spent (BA116), so without it, in the marketing and "
        "in revenue ($997,000), the gap is $8,950; without both, $9,850"
    )
    # the lawful gap first (L10 of the forty-second round's re-review): 8,950 + 900 = 9,850
    assert "on what the rules allow ($9,850 on new lines: $900 in place of what BA121 " in (
        ba101.advice
    )
    assert "and $8,950 added to the budget;" in ba101.advice


def test_no_perfect_score_rests_on_retention_only_a_discount_earns() -> None:
    """H18 of the twenty-fifth round's re-review (2026-12-04): a wedding photographer scored
    100/100, its retention part earned only by an $800 discount to past couples, revenue
    given up (BA116), under the 5% that caps the score. Every part is earned either way; a
    perfect score says more, so it is 99, and 100 with a newsletter in its place."""

    def photographer(line: str) -> dict[str, Any]:
        return {
            "business": {"name": "Photo", "industry": "freelance"},
            "revenue": 200000,
            "activities": [{"name": "The Knot storefront", "spend": 12000},
                           {"name": "Google Ads", "spend": 12000},
                           {"name": line, "spend": 800},
                           {"name": "Camera gear", "spend": 20000}],
            "customers": {"new": 30, "sources": {"The Knot": 15, "Google Ads": 15},
                          "average_revenue": 5000, "gross_margin": "70%",
                          "churn_rate": "100%"},
            "owner_hours": {"delivery": 30, "marketing": 8, "sales": 4, "admin": 4},
        }  # fmt: skip

    assert _report(photographer("Anniversary session 50% off for past couples")).score == 99
    assert _report(photographer("Client newsletter")).score == 100


def test_two_founders_pay_is_said_to_pay_them_both(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """L12 of the twenty-sixth round's re-review: BA201 said "the $170,000 that pays the
    owner" of two founders whose weeks `owners: 2` adds together. By hand: 20 of their 80
    hours a week are marketing and sales, 20 ÷ 80 × 170,000 = $42,500; the CAC with it
    (150,000 + 42,500) ÷ 100 = $1,925; the LTV 1,000 × 80% × (1 − 0.5⁵) ÷ 0.5 = $1,550, so
    0.8×. The marketing hours alone: 10 ÷ 80 × 170,000 = $21,250."""
    path = write_profile(
        """
        version: 1
        business: {name: Two Founders, industry: saas}
        revenue: 1000000
        activities:
          - {name: Founder salaries (2 founders), spend: 170000}
          - {name: Google Ads, spend: 150000}
        customers:
          new: 100
          sources: {Google Ads: 100}
          average_revenue: 1000
          gross_margin: "80%"
          retention_rate: "50%"
        owner_hours: {owners: 2, delivery: 60, marketing: 10, sales: 10, rate: 150}
        """
    )
    said = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert (
        "with the 2 owners' marketing and sales time counted (20 of 80 hours a week of the "
        "$170,000 that pays the 2 owners, $42,500), a customer costs $1,925 and is worth 0.8×"
    ) in said
    assert (
        "the 2 owners' 10 marketing hours a week valued as their share of the $170,000 that "
        "pays the 2 owners ($21,250)"
    ) in said
    assert "that pays the owner " not in said


def _med_spa(meta: int, credit: int) -> dict[str, Any]:
    return {
        "business": {"name": "Glow", "industry": "med-spa"},
        "revenue": 1000000,
        "activities": [
            {"name": "Meta ads", "spend": meta},
            {"name": "Refer-a-friend $50 credit (both patients)", "spend": credit},
            {"name": "Rent", "spend": 200000},
        ],
    }


def test_a_referral_credit_the_law_restricts_is_taken_out_of_own_marketing_once() -> None:
    """M3 of the twenty-seventh round (2026-12-05): a med spa's refer-a-friend credit is one
    line that BA114 warns about and BA116 reads as revenue given up; BA101 took it out twice.
    By hand: 51,000 + 6,000 = 5.7% of 1,000,000, and 51,000 without the credit, 5.1%, over the
    5% minimum: no finding (twice, 45,000, it had asked for 5,000 more). With 45,000 + 8,000:
    45,000 of its own, 4.5%, and the credit named once, as BA114's."""
    assert _found("BA101", _med_spa(meta=51000, credit=6000)) == []
    [short] = _found("BA101", _med_spa(meta=45000, credit=8000))
    assert short.message.endswith(
        "only with $8,000 that BA114 warns about; without it, 4.5% ($45,000)"
    )


def _franchisee_with_fund(
    fund: int,
    *lines: tuple[str, int],
    revenue: int = 1000000,
    industry: str | None = "restaurant",
    customers: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A franchisee paying ``fund`` into its brand fund, with its own ``lines`` (name, spend):
    the profile the twenty-seventh round's franchise tests share."""
    profile: dict[str, Any] = {
        "revenue": revenue,
        "activities": [
            {"name": "National Advertising Fund (NAF)", "spend": fund,
             "note": "required by franchise agreement"},
            *({"name": name, "spend": spend} for name, spend in lines),
        ],
    }  # fmt: skip
    if industry is not None:
        profile["business"] = {"name": "Case", "industry": industry}
    if customers is not None:
        profile["customers"] = customers
    return profile


def _fund_paying_franchisee(fund: int) -> dict[str, Any]:
    return _franchisee_with_fund(fund, ("Local flyers", 11000), ("Food and paper", 300000))


def test_a_franchisees_own_marketing_is_held_to_what_the_range_top_leaves_beside_its_fund() -> None:
    """M1 and M2 of the twenty-seventh round (2026-12-05). In restaurant's 3-6% range, a
    franchisee paying 5% into its brand fund was held to 3% of its own: 1.1% scored (1.1 ÷ 3)²
    of the part, with no finding (the total was above the top); one paying 4% was told to add
    up to 3%, which BA110 then called too much. The range is of all marketing, the fund's too.
    By hand: with 50,000 of fund, 6% − 5% leaves 1%, and 1.1% of its own meets it: full marks,
    no BA101. With 40,000, 6% − 4% leaves 2%: BA101 asks for 60,000 − 40,000 − 11,000 = $9,000
    more of its own, not 19,000, and the part earns (1.1 ÷ 2)² = 0.3025."""
    five = _report(_fund_paying_franchisee(50000))
    assert [f for f in five.findings if f.rule == "BA101"] == []
    assert five.score_components[0].earned == 1
    four = _report(_fund_paying_franchisee(40000))
    [ba101] = [f for f in four.findings if f.rule == "BA101"]
    assert "budget local marketing of your own up to 2%, what the 6% top of the industry's " \
        "range leaves beside the fund: $9,000 more" in ba101.advice  # fmt: skip
    assert four.score_components[0].earned == Decimal("0.3025")
    assert four.score_components[0].basis.startswith(
        "1.1% of revenue against 2%, what the 6% top of the industry's range leaves beside the "
        "spend an agreement sets"
    )


def test_health_care_sponsorships_and_host_rewards_pay_for_referrals() -> None:
    """M4 and M5 of the twenty-seventh round (2026-12-05). A home-care agency's "Senior living
    community event sponsorships", beside the 15 clients the communities sent, raised nothing,
    and was its cheapest channel for `plan` to double, though the agency bills Medicaid (the
    Anti-Kickback Statute reaches anything of value to those who refer); a med spa's "Botox
    party host rewards (free syringe for host)" was no reward for referrals, beside the
    refer-a-friend credit BA114 warned about. Both are warned about; in a trade no such rule
    restricts, the same sponsorship is not."""
    agency = {
        "business": {"name": "Hearth", "industry": "home-care"},
        "revenue": 3000000,
        "activities": [
            {"name": "Senior living community event sponsorships", "spend": 6500},
            {"name": "Google Ads", "spend": 16800},
        ],
        "customers": {"new": 40, "sources": {"Senior living community": 15, "Google Ads": 25}},
    }
    [found] = _found("BA114", agency)
    assert found.message.startswith("'Senior living community event sponsorships' pays for")
    mover = agency | {"business": {"name": "Hearth", "industry": "home-services"}}
    assert _found("BA114", mover) == []
    # a seniors' expo is advertising to the public, not a payment to a community that refers
    expo = agency | {"activities": [{"name": "Senior living expo sponsorship", "spend": 6500}]}
    assert _found("BA114", expo) == []
    spa = {
        "business": {"name": "Glow", "industry": "med-spa"},
        "revenue": 1000000,
        "activities": [
            {"name": "Botox party host rewards (free syringe for host)", "spend": 4200},
            {"name": "Meta ads", "spend": 60000},
        ],
    }
    [rewards] = _found("BA114", spa)
    assert rewards.message.startswith("'Botox party host rewards (free syringe for host)' pays")


def test_gifts_to_a_customers_buyers_and_chefs_are_warned_about() -> None:
    """M7 of the twenty-seventh round (2026-12-05): a food distributor's "Customer
    appreciation - golf outing, holiday gifts to buyers & chefs" read as keeping customers,
    with no word of commercial bribery, where "customer buyers" was warned about: the buyers
    and chefs choose the supplier for their employer."""
    distributor = {
        "business": {"name": "Metro Foodservice", "industry": "wholesale"},
        "revenue": 24000000,
        "activities": [
            {"name": "Customer appreciation - golf outing, holiday gifts to buyers & chefs",
             "spend": 14800},
            {"name": "Trade shows", "spend": 40000},
        ],
    }  # fmt: skip
    assert len(_found("BA121", distributor)) == 1


def test_a_cac_that_counts_reps_paid_on_every_sale_is_called_a_ceiling() -> None:
    """M6 of the twenty-seventh round (2026-12-05): a distributor's reps' pay over its new
    accounts gave BA201 and BA203 a ratio and a payback stated as facts, where the channel
    table called the reps' CAC a ceiling (they are paid on repeat orders too). By hand: CAC
    (20,000 + 250,000) ÷ 30 = $9,000; LTV 40,000 × 20% × (1 − 0.8⁵) ÷ 0.2 = $26,892.80, 2.99×;
    payback 9,000 ÷ (40,000 × 20% ÷ 12) = 13.5 months. Without the reps, no such words."""
    worth = {"average_revenue": 40000, "gross_margin": "20%", "retention_rate": "80%"}
    distributor: dict[str, Any] = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 5000000,
        "activities": [
            {"name": "Independent rep agency commissions (5%)", "spend": 250000},
            {"name": "Trade shows", "spend": 20000},
        ],
        "customers": {"new": 30, "sources": {"Sales rep": 20, "Trade show": 10}} | worth,
    }
    ceiling = (
        "reps on commission are usually paid on every sale, repeat orders too, so the CAC also "
        "counts their pay for the customers the business already has: it is a ceiling, "
    )
    [ratio] = _found("BA201", distributor)
    assert ratio.message.startswith("a customer is worth 2.99× what it costs to win ($26,892.80")
    assert ratio.message.endswith(ceiling + "and this ratio a floor")
    [payback] = _found("BA203", distributor)
    assert payback.message.startswith("winning a customer takes 13.5 months to earn back")
    assert payback.message.endswith(ceiling + "and so is this payback")
    marketed = distributor | {
        "activities": [{"name": "Google Ads", "spend": 270000}],
        "customers": {"new": 30, "sources": {"Google Ads": 30}} | worth,
    }
    assert all("ceiling" not in f.message for f in _found("BA201", marketed))


def test_a_margin_usual_in_the_trade_is_information() -> None:
    """M12 of the twenty-seventh round (2026-12-05): a food distributor's 2.2% operating
    margin was a warning that a slow month would end it, where the largest distributors run
    on about 1-4%. By hand: 24,000,000 − 23,500,000 = 500,000, 2.08%: at or above the trade's
    1%, information that says so; 0.5% is under it, and a warning as before; in another
    trade, 2.08% is a warning."""

    def shop(industry: str, costs: int) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": industry},
            "revenue": 24000000,
            "activities": [{"name": "Trade shows", "spend": 100000},
                           {"name": "Cost of goods sold", "spend": costs - 100000}],
        }  # fmt: skip

    [usual] = _found("BA115", shop("wholesale", 23500000))
    assert usual.severity == "info"
    assert usual.message.startswith("operating profit is 2.1% of revenue ($500,000 of")
    assert (
        ", as is usual in the trade (wholesale / distribution): the largest US foodservice"
        in usual.message
    )
    # and the score is not capped for it (P11 of the round's last check)
    from bizaudit.core.score import caps

    def capped(profile: dict[str, Any]) -> bool:
        facts = _facts(profile)
        return any(
            c.reason == "thin margin" for c in caps(facts, resolve([], vertical=facts.vertical))
        )

    assert not capped(shop("wholesale", 23500000))
    [under] = _found("BA115", shop("wholesale", 23880000))
    assert under.severity == "warning"
    assert capped(shop("wholesale", 23880000))
    [other] = _found("BA115", shop("retail", 23500000))
    assert (other.severity, "usual" in other.message) == ("warning", False)
    # N12 of the round's re-review: a restaurant's 3-5% too; 24,000,000 − 23,040,000 = 4%
    [restaurant] = _found("BA115", shop("restaurant", 23040000))
    assert restaurant.severity == "info"
    assert (
        ", as is usual in the trade (restaurant / café): full-service restaurants usually keep 3–5%"
        in (restaurant.message)
    )


def test_following_ba101s_advice_beside_a_fund_to_the_dollar_clears_it() -> None:
    """N7 of the twenty-seventh round's re-review (2026-12-05): the own share beside a fund was
    held as a share (6% − 138,000 ÷ 3,293,900), a fraction of a cent above 59,634 in money, so
    a franchisee who added the $24,334 BA101 asked for was told "$0 more". By hand: 6% of
    3,293,900 = 197,634, less the fund 138,000 = 59,634; one dollar short, "$1 more"."""

    def franchisee(own: int) -> dict[str, Any]:
        return _franchisee_with_fund(
            138000, ("Local flyers", own), ("Food and paper", 1000000), revenue=3293900
        )

    assert _found("BA101", franchisee(59634)) == []
    assert _report(franchisee(59634)).score_components[0].earned == 1
    [short] = _found("BA101", franchisee(59633))
    assert "leaves beside the fund: $1 more" in short.advice


@pytest.mark.parametrize(
    ("industry", "line", "warned"),
    [
        ("wholesale", "Customer appreciation - golf outing, holiday gifts to buyers", True),
        ("manufacturing", "Holiday gift baskets for the buyers", True),
        ("wholesale", "Holiday gifts for chefs", True),
        ("retail", "Free gifts for buyers over $100", False),  # a shop's buyers are customers
        ("real-estate", "Closing gifts for buyers", False),  # a home's buyers are the clients
        ("wholesale", "Gifts for home buyers show", False),
        # P4 of the round's last check: a store's name is no home buyer
        ("manufacturing", "Holiday gift baskets for buyers (Home Depot, Lowe's)", True),
    ],
)
def test_gifts_to_buyers_are_warned_about_where_the_business_sells_to_businesses(
    industry: str, line: str, warned: bool
) -> None:
    """N6 of the twenty-seventh round's re-review (2026-12-05): "holiday gifts to buyers" alone
    escaped BA121, and BA104 said nothing was counted as keeping customers beside a spend summary
    of "retain $14,800" with no word why. A customer's buyers buy for their employer where the
    business sells to businesses; a shop's or a home's buyers are the customers themselves."""
    profile = {
        "business": {"name": "Case", "industry": industry},
        "revenue": 5000000,
        "activities": [{"name": line, "spend": 14800}, {"name": "Trade shows", "spend": 40000}],
    }
    assert bool(_found("BA121", profile)) is warned
    if warned:
        [kept] = _found("BA104", profile)
        assert kept.message.endswith(
            f"{line!r} (BA121) is listed for it, but a rule warns about what it gives, so it "
            "earns no credit"
        )


def test_a_brand_fund_above_the_range_top_by_itself_is_no_cut_to_make() -> None:
    """N3 of the twenty-seventh round's re-review (2026-12-05): a franchisee whose brand fund
    alone was 7.33% of net sales, in restaurant's 3-6%, was told by BA110 to cut $93,366 with
    $49,500 of its own, and the score stopped at 79. By hand: the fund 70,000 is 7% of
    1,000,000, above the 6% top by itself; 80,000 in all is 8%; a customer 100 × 50% × 1 (they
    buy once) = $50 against (70,000 + 10,000) ÷ 1,000 = $80: under 3×. Information, no cap."""
    franchisee = _franchisee_with_fund(
        70000,
        ("Meta ads", 10000),
        ("Food and paper", 300000),
        customers={"new": 1000, "average_revenue": 100, "gross_margin": "50%",
                   "retention_rate": "0%"},
    )  # fmt: skip
    [above] = _found("BA110", franchisee)
    assert above.severity == "info"
    assert "and the spend an agreement sets alone is 7% ($70,000), at or above the range's " \
        "top by itself" in above.message  # fmt: skip
    assert all("above the industry's range" not in c.reason for c in _report(franchisee).score_caps)
    # P9 of the round's last check: a fund exactly at the top fills it, and cutting all the
    # franchisee decides would reach it, not "no cut brings the share within the range". By
    # hand: 60,000 of 1,000,000 is 6%, the top; 70,000 in all is 7%
    at_top = _franchisee_with_fund(60000, ("Meta ads", 10000), ("Food and paper", 300000),
                                   customers=franchisee["customers"])  # fmt: skip
    [above] = _found("BA110", at_top)
    assert above.message.endswith(
        "is 6% ($60,000), at or above the range's top by itself: all that the business decides "
        "itself is above it"
    )


def test_a_distributors_route_reps_are_shared_over_the_accounts_they_serve() -> None:
    """N2 of the twenty-seventh round's re-review (2026-12-05): a food distributor's $612,000
    of DSR pay was charged whole to its 132 new accounts, where the same line called "account
    managers" was shared over the accounts served. By hand: 24,000,000 ÷ 19,500 = 1,230.77,
    about 1,231 accounts served (whole accounts, as the basis says); 612,000 × 132 ÷ 1,231 =
    65,624.70; CAC (79,500 + 65,624.70) ÷ 132 = 1,099.43."""
    distributor = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 24000000,
        "activities": [
            {"name": "DSR salaries & commissions (6 outside reps)", "spend": 612000},
            {"name": "Trade shows", "spend": 79500},
        ],
        "customers": {"new": 132, "average_revenue": 19500, "gross_margin": "22.5%",
                      "retention_rate": "88%"},
    }  # fmt: skip
    cac = _report(distributor).economics.cac
    assert cac.value == Decimal("1099.43")
    assert "of the $612,000 paid to staff who sell to every customer (DSRs)" in cac.basis


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("District sales rep commissions", "district sales reps"),
        ("Territory manager commissions", "territory managers"),
        ("6200 DSR Commissions", "DSRs"),
        # M11 of the round's second re-review: the titles other distributors give them
        ("Outside sales reps - salaries and commissions", "outside sales reps"),
        # ...and lines that name new business beside existing accounts, or none, or a share
        # of time prospecting: mixed work (P3 of the forty-third round's second re-review)
        ("Account managers - renewals, no new business", "account managers"),
        ("Sales reps (new business & existing accounts)", "sales reps"),
        ("Sales reps (prospecting 20% of time)", "sales reps"),
        ("Account manager salaries", "account managers"),
        ("Inside sales rep wages", "inside sales reps"),
        ("Salesmen commissions", "salesmen"),
    ],
)
def test_a_distributors_reps_are_shared_whatever_the_books_call_them(name: str, role: str) -> None:
    """K11 of the forty-second round (2026-12-06): a distributor scored 72 or 92, and passed or
    failed, on whether its books wrote "DSR" or "District sales rep" (what DSR stands for in
    foodservice); "Territory manager" (a broadliner's title) got the worst of both. M11 of
    its second re-review: "Outside sales reps" and "Account managers" still did. By hand,
    as N2 above: 612,000 × 132 ÷ 1,231 = 65,624.70; (79,500 + 65,624.70) ÷ 132 = 1,099.43."""
    distributor = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 24000000,
        "activities": [{"name": name, "spend": 612000, "kind": "sales"},
                       {"name": "Trade shows", "spend": 79500}],
        "customers": {"new": 132, "average_revenue": 19500, "gross_margin": "22.5%",
                      "retention_rate": "88%"},
    }  # fmt: skip
    report = _report(distributor)
    assert report.economics.cac.value == Decimal("1099.43")
    assert f"of the $612,000 paid to staff who sell to every customer ({role})" in (
        report.economics.cac.basis
    )
    assert [f.severity for f in report.findings if f.rule == "BA104"] == ["info"]


def test_reps_shared_by_headcount_who_prospect_give_a_floor_and_a_ceiling() -> None:
    """L11 of the forty-second round's re-review (2026-12-06): sharing a distributor's reps'
    pay by the accounts served cut its CAC from $9,600 to $902 with no word that prospecting
    takes more of a rep's time than the count of new accounts. By hand: 11,000,000 ÷ 24,000 =
    about 458 served; 230,000 × 25 ÷ 458 = 12,554.59; (10,000 + 12,554.59) ÷ 25 = 902.18, the
    floor; (10,000 + 230,000) ÷ 25 = 9,600, the ceiling. Without customers through the reps,
    nothing is said of it."""
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 11000000,
        "activities": [{"name": "District sales rep commissions", "spend": 230000},
                       {"name": "Trade show booth", "spend": 10000}],
        "customers": {"new": 25, "sources": {"sales rep cold calls": 20, "trade show": 5},
                      "average_revenue": 24000},
    }  # fmt: skip
    cac = _report(profile).economics.cac
    assert cac.value == Decimal("902.18")
    assert (
        "a floor: new customers came through them, and finding new accounts takes more of their "
        "time than their count; with all $230,000 of their pay, the ceiling, $9,600 a customer"
    ) in cac.basis
    quiet = profile | {"customers": profile["customers"] | {"sources": {"trade show": 25}}}
    assert "a floor" not in _report(quiet).economics.cac.basis
    # M9 of the round's second re-review: the ratio and the payback with the ceiling too. By
    # hand, with a 19% margin and 22% churn (the LTV $14,742.95, as in the distributor's
    # profile): 14,742.95 ÷ 9,600 = 1.5×; 9,600 ÷ (24,000 × 19% ÷ 12 = 380) = 25.3 months
    stated = profile["customers"] | {"gross_margin": "19%", "churn_rate": "22%"}
    economics = _report(profile | {"customers": stated}).economics
    assert economics.ltv_to_cac.basis.endswith("; 1.5× with the CAC's ceiling, $9,600")
    assert economics.payback_months.basis.endswith("; 25.3 months with the CAC's ceiling")


def test_what_a_franchisee_decides_itself_is_in_money_under_the_default_minimum() -> None:
    """N10 of the twenty-seventh round's re-review (2026-12-05): under the 10% default, BA101
    gave what a franchisee decides itself with its revenue given up in it (1.5% where in money
    it was 1.1%). By hand: 61,000 − 40,000 of fund − 10,000 given up = 11,000, 1.1% of
    1,000,000."""
    [found] = _found(
        "BA101",
        _franchisee_with_fund(
            40000,
            ("BOGO promotions - merchant funded", 10000),
            ("Local flyers", 11000),
            industry=None,
        ),
    )
    assert found.message.endswith(
        "$40,000 of it an agreement sets (a franchise's brand fund): what the business decides "
        "itself is 1.1% in money"
    )


def test_route_reps_who_only_open_new_accounts_are_not_shared() -> None:
    """P2 of the twenty-seventh round's last check (2026-12-05): DSRs the line says work "new
    accounts only" were shared over every account served like those who call on them all. By
    hand: (79,500 + 612,000) ÷ 132 = $5,238.64."""
    distributor = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 24000000,
        "activities": [
            {"name": "DSR salaries - new accounts only", "spend": 612000},
            {"name": "Trade shows", "spend": 79500},
        ],
        "customers": {"new": 132, "average_revenue": 19500, "gross_margin": "22.5%",
                      "retention_rate": "88%"},
    }  # fmt: skip
    assert _report(distributor).economics.cac.value == Decimal("5238.64")


@pytest.mark.parametrize("industry", ["manufacturing", "saas", None])
def test_sales_reps_elsewhere_are_charged_whole_to_the_new_customers(industry: str | None) -> None:
    """Only a trade whose reps call on its accounts (a distributor's) shares "Outside sales
    reps" over the accounts served: elsewhere such reps may only hunt, and their pay stays with
    the new customers. By hand: (79,500 + 612,000) ÷ 132 = $5,238.64."""
    business: dict[str, Any] = {"name": "Case"} | ({"industry": industry} if industry else {})
    profile = {
        "business": business,
        "revenue": 24000000,
        "activities": [{"name": "Outside sales reps", "spend": 612000, "kind": "sales"},
                       {"name": "Trade shows", "spend": 79500}],
        "customers": {"new": 132, "average_revenue": 19500, "gross_margin": "22.5%",
                      "retention_rate": "88%"},
    }  # fmt: skip
    assert _report(profile).economics.cac.value == Decimal("5238.64")


def test_ba110_judges_whats_above_the_top_in_money() -> None:
    """N1 of the twenty-seventh round's re-review (2026-12-05): a franchisee $1 above the top in
    money was told that reaching it would take out $14,201, its revenue given up counted as
    spend. By hand: fund 40,000 + own 20,001 + 5,000 of free items = 65,001, 6.5%; in money
    60,001 of revenue without the 5,000 given up too (BG6 of the sixty-first round's
    re-review): 60,001 ÷ 995,000 = 6.0303%, 60,001 − 6% × 995,000 = 60,001 − 59,700 = $301
    above (of 1,000,000 it had been 6.0001%, $1 above 60,000); a margin of 3.5%, and a customer
    worth
    70 × (1 − 0.3⁵) ÷ 0.7 = $99.76 against 60,001 ÷ 1,000 = $60.00, 1.66×: no exemption."""
    franchisee = _franchisee_with_fund(
        40000,
        ("Local flyers", 20001),
        ("BOGO promotions - merchant funded", 5000),
        ("Food and paper", 900000),
        customers={"new": 1000, "average_revenue": 100, "gross_margin": "70%",
                   "retention_rate": "30%"},
    )  # fmt: skip
    [above] = _found("BA110", franchisee)
    assert "($5,000 of it revenue given up, BA116: 6.03% in money)" in above.message
    assert above.advice.endswith("reaching 6% would take out $301")


def test_the_score_holds_the_share_without_what_the_rules_warn_about_as_ba101_does() -> None:
    """P7 of the twenty-seventh round's last check (2026-12-05): a distributor's gifts to its
    customers' buyers, which BA121 warns about, were in the share the score held and out of the
    one BA101 gave the gap from. By hand: 50,000 of 10,000,000 is 0.5% against wholesale's 1%
    minimum without the 20,000 of gifts (0.7% with them): (0.5 ÷ 1)² = 0.25 of the part."""
    report = _report(
        {
            "business": {"name": "Case", "industry": "wholesale"},
            "revenue": 10000000,
            "activities": [
                {"name": "Trade shows", "spend": 50000},
                {"name": "Holiday gift baskets for buyers", "spend": 20000},
            ],
        }
    )
    part = report.score_components[0]
    assert part.earned == Decimal("0.25")
    assert part.basis.startswith("0.5% of revenue against a 1% minimum")
    assert "without what the rules warn about" in part.basis


def test_ba106_asks_no_kind_of_a_line_ba119_flags() -> None:
    """Q4 of the twenty-eighth round (2026-12-05): BA106 asked a brewery to state the kind of
    "Durham Bulls tickets - bar owners", beside BA119 on another line, and filed as marketing
    the tickets became its cheapest channel. BA119 says what such a line is."""
    brewery = {
        "business": {"name": "Old Mill Brewing Co."},
        "revenue": 1000000,
        "activities": [
            {"name": "Durham Bulls tickets - bar owners", "spend": 2400},
            {"name": "Rent", "spend": 60000},
        ],
    }
    assert [f.subject for f in _found("BA119", brewery)] == ["Durham Bulls tickets - bar owners"]
    assert _found("BA106", brewery) == []


@pytest.mark.parametrize(
    "line",
    [
        "Teacher referral bonus ($100 per enrolled student)",
        "Counselor referral bonus ($100 per enrolled student)",
        "Referral bonus to school teachers",
        # R5 of the round's re-review: other wordings of the same
        "Referral fee - Lincoln HS math teachers ($100/student)",
        "Teachers' referral stipend ($75/student)",
        "Finder's fee - PE coach, Lincoln HS ($100/student)",
        # S5 of the round's last check: a stipend read as the lessons' cost, a school named
        # "High"
        "Drivers ed teacher referral stipend - Lincoln HS ($50 per student)",
        "Football coach referral fees - Central High ($25/student)",
    ],
)
def test_ba121_flags_a_fee_to_teachers_for_each_student_they_send(line: str) -> None:
    """Q5 of the twenty-eighth round (2026-12-05): a tutoring centre's $100 a student to the
    public-school teachers who send them was a funded referral programme, its 15 students
    paid for, with no word said; educators' codes and public employees' gift rules bar it.
    The line is no channel; a school's own teachers' bonus is its payroll."""
    profile = {
        "revenue": 900000,
        "activities": [
            {"name": line, "spend": 1500},
            {"name": "Google Ads", "spend": 30000},
            {"name": "Teacher bonus - summer session", "spend": 8000},
        ],
        "customers": {"new": 75, "sources": {"google ads": 60, "school/teacher": 15}},
    }
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA121"]
    assert found.subject == line
    assert "§112.313(4)" in found.message
    # a channel holding the line is not priced as one to grow (a stipend read as the lessons'
    # cost is in none)
    assert all(c.cac is None for c in report.channels if c.restricted_by == "BA121")
    assert all(c.restricted_by == "BA121" for c in report.channels if c.spend == 1500)


def test_ba113_is_silent_on_a_source_the_channel_vocabulary_placed() -> None:
    """Q10 of the twenty-eighth round (2026-12-05): an architecture firm's "county rfq" (2 of
    its clients) was unread to BA113, which held the score at 79, while the channel table of
    the same report put them under "RFQ/RFP pursuits"."""
    firm = {
        "revenue": 1800000,
        "activities": [{"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 12, "sources": {"google ads": 10, "county rfq": 2}},
    }
    report = _report(firm)
    assert [c.name for c in report.channels if "county rfq" in c.sources] == [
        "RFQ/RFP pursuits (proposals, responses)"
    ]
    assert _found("BA113", firm) == []
    unread = firm | {"customers": {"new": 12, "sources": {"google ads": 10, "Bob": 2}}}
    assert [f.subject for f in _found("BA113", unread)] == ["Bob"]
    # nor does `plan` say BA113 asks what it is (the round's re-review)
    from bizaudit.core.plan import left_alone
    from bizaudit.explain.left_alone import left_alone_text

    [rfq] = [c for c in _facts(firm).by_channel if c.key == "rfp-pursuits"]
    assert left_alone_text(left_alone(rfq, 20)) == (
        "no line is joined to it: what its customers cost is unknown, not nothing"
    )


def test_ba202_says_the_room_rests_on_channels_too_small_to_judge() -> None:
    """Q13 of the twenty-eighth round (2026-12-05): a maid service was told "there is room to
    spend more" while `plan` said no channel could be moved; the room rested on door hangers'
    10 customers. Where `plan` may move no channel, the finding names them; where it may move
    one (`plan --budget` adds to it), the room is there (S4 of the round's last check). By
    hand: 3,000 ÷ 110 = $27.27 a customer, 5,000 ÷ 27.27 = 183.3×."""
    profile: dict[str, Any] = {
        "revenue": 1000000,
        "activities": [{"name": "Door hangers", "spend": 3000}],
        "customers": {"new": 110, "sources": {"google search": 100, "door hangers": 10},
                      "lifetime_value": 5000},
    }  # fmt: skip
    [found] = _found("BA202", profile)
    assert found.message.startswith("a customer is worth 183.3× what it costs to win")
    assert (
        "there may be room to spend more, but 'bizaudit plan' moves no money today: the "
        "room rests on channels too small to judge, Door hangers (10 customers)" in found.message
    )
    assert found.advice.startswith("test more budget on those for a period")
    # with Google Ads that `plan` may grow, the room is there
    ads = profile | {
        "activities": [
            {"name": "Door hangers", "spend": 3000},
            {"name": "Google Ads", "spend": 20000},
        ],
        "customers": profile["customers"] | {"sources": {"google ads": 100, "door hangers": 10}},
    }
    [found] = _found("BA202", ads)
    assert "there is room to spend more on acquisition" in found.message


def test_ba101_says_a_sectors_figure_is_of_mostly_large_companies() -> None:
    """Q14 of the twenty-eighth round (2026-12-05): a tutoring centre declared only as
    b2c-services was held by BA101 to "the 6% minimum (your sector's published figure)", with
    no word, as BA109 gives, that The CMO Survey counts mostly large companies. By hand: 6% of
    500,000 is 30,000; 20,000 spent is 4%."""
    model = Profile.model_validate({
        "version": 1,
        "business": {"name": "Case", "industry": "b2c-services"},
        "revenue": 500000,
        "activities": [{"name": "Google Ads", "spend": 20000}],
    })  # fmt: skip
    policy = resolve([("profile", model.policy)], industry="b2c-services")
    [found] = [f for f in audit_report(model, policy).findings if f.rule == "BA101"]
    # ...an average, so a warning that calls it no minimum (I11 of the forty-first round,
    # 2026-12-06: a healthy day camp, which no vertical fits, failed the check under it)
    assert found.message == (
        "marketing is 4% of revenue ($20,000 of $500,000), under the 6% its source says "
        "companies in the sector spend (your sector's published figure, from a survey of mostly "
        "large companies; not a floor)"
    )
    assert found.severity == "warning"
    assert found.advice.startswith(
        "to spend what companies in the sector spend, budget $30,000 a period"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Teacher referral bonus - $50 per new student our instructors bring",
        "Private teacher referral fee ($50 per student, independent teachers)",
        "Teacher referral bonus ($25 per new student, our W-2 driving teachers)",  # S5
        "Referral partner gifts - therapists and counselors",
    ],
)
def test_ba121_leaves_a_schools_own_teachers_and_independent_ones(line: str) -> None:
    """R6 of the twenty-eighth round's re-review (2026-12-05): a music school's bonus to its own
    instructors is its payroll, and an independent teacher acts for no principal; neither is a
    public employee's gift. A therapist who refers is health care's (BA114), not a school's."""
    profile = {
        "revenue": 900000,
        "activities": [{"name": line, "spend": 1500}, {"name": "Google Ads", "spend": 30000}],
        "customers": {"new": 75, "sources": {"google ads": 60, "teacher referral": 15}},
    }
    assert _found("BA121", profile) == []


def test_ba202_sends_no_budget_to_a_small_channel_the_law_flags() -> None:
    """S4 of the twenty-eighth round's last check (2026-12-05): BA202 told a dispensary to
    "test more budget" on its interstate billboard, 12 customers, which BA120 flags in the same
    report. A flagged channel is no room to spend: no channel takes more budget."""
    dispensary = {
        "business": {"name": "Green Leaf Dispensary", "industry": "cannabis"},
        "revenue": 2000000,
        "activities": [{"name": "Billboard - I-80 eastbound", "spend": 18000}],
        "customers": {"new": 312, "sources": {"billboard": 12, "google search": 300},
                      "lifetime_value": 2000},
    }  # fmt: skip
    assert [f.subject for f in _found("BA120", dispensary)] == ["Billboard - I-80 eastbound"]
    [found] = _found("BA202", dispensary)
    assert "no channel today takes more budget in proportion" in found.message
    assert "Billboard" not in found.advice


def test_ba105_prices_no_hour_from_draws_alone() -> None:
    """S7 of the twenty-eighth round's last check (2026-12-05): with draws the owner's only pay
    and no rate, BA105 priced her hour at $5.77 from them, beside BA116 saying a draw is no
    wage. A draw is profit taken out: the hours are not priced from it."""
    studio = {
        "revenue": 150000,
        "activities": [
            {"name": "Owner draws", "spend": 18000},
            {"name": "Google Ads", "spend": 18000},
            {"name": "Subcontract designers", "spend": 30000},
        ],
        "customers": {"new": 12, "sources": {"google ads": 12}, "lifetime_value": 2000},
        "owner_hours": {"delivery": 40, "marketing": 2, "sales": 6, "admin": 12},
    }
    advice = _advice(studio)["BA105"]
    assert "an hour" not in advice
    assert "block at least 6 hours a week for marketing" in advice


def test_ba101_calls_a_surveys_low_end_no_rule_of_thumb() -> None:
    """S10 of the twenty-eighth round's last check (2026-12-05): BA101 called a survey's floor
    "a rule of thumb of low confidence". Home care's 3-5% is a benchmarking survey's (low
    confidence); a coach's 10% is a rule of thumb. By hand: 20,000 of 1,000,000 is 2%."""
    profile = {
        "business": {"name": "Case", "industry": "home-care"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 20000}],
    }
    [found] = _found("BA101", profile)
    assert "(your industry's low end; a survey's figure of low confidence)" in found.message


def test_staff_who_call_on_returning_customers_keep_them() -> None:
    """P7 of the twenty-seventh round's last check (2026-12-05): a distributor's DSRs call on
    its accounts every week; the CAC gave the new accounts only their share of the DSRs' pay,
    yet BA104 warned that nothing keeps the others and the score's retention part earned 0.
    By hand: 1,000,000 ÷ 500 = about 2,000 customers served, 400 new, so 1,600 came back and
    carry 60,000 × 1,600 ÷ 2,000 = $48,000 of the route reps' pay. BA104 is information that
    says so, and the retention part is earned; without the average revenue nothing says how
    many were served, and BA104 warns as before. A service advisor, who writes up whoever walks
    in and calls on no one, keeps no one between visits (R5 of the twenty-ninth round's
    re-review)."""
    lines = [
        {"name": "Google Ads", "spend": 20000},
        {"name": "DSR wages", "spend": 60000, "kind": "sales"},
    ]
    profile = {
        "revenue": 1000000,
        "activities": lines,
        "customers": {"new": 400, "average_revenue": 500},
    }
    report = _report(profile)
    [ba104] = [f for f in report.findings if f.rule == "BA104"]
    assert ba104.severity == "info"
    assert ba104.message == (
        "no marketing is spent on keeping existing customers, but the DSRs who sell to every "
        "customer keep them: $48,000 of their pay is the share of the about 1,600 returning "
        "customers (of about 2,000 served)"
    )
    [retention] = [c for c in report.score_components if c.name == "retention"]
    assert retention.earned == 1
    assert "DSRs who serve returning customers keep them" in retention.basis
    advisors = [lines[0], {"name": "Service advisor wages", "spend": 60000, "kind": "sales"}]
    [counter] = [
        f for f in _report(profile | {"activities": advisors}).findings if f.rule == "BA104"
    ]
    assert counter.severity == "warning"
    unserved = _report(profile | {"customers": {"new": 400}})
    [warned] = [f for f in unserved.findings if f.rule == "BA104"]
    assert warned.severity == "warning"
    [none] = [c for c in unserved.score_components if c.name == "retention"]
    assert none.earned == 0


def test_ba102_says_why_referrals_within_the_maximum_on_their_own_still_warn() -> None:
    """F16 of the twenty-ninth round (2026-12-05): a funeral home's key figure read "48.9% on
    their own, within it" while BA102 warned "over the 50% maximum", with no word of why: the
    hospices that send families are thanked with $75 Visa cards (BA114), so their referrals
    are no cultivation. By hand: 60 of 100 new families came by referral (60%), 20 of them
    through the clergy breakfast ("Church/Pastor" is its clergy), so 40 (40%) came otherwise:
    20 from 'Hospice', paid by the flagged line, and 20 on their own (R12 of the fortieth
    round's re-review: the paid ones had been counted "on their own")."""
    profile = {
        "business": {"name": "Whitfield Funeral Home", "industry": "death-care"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 20000},
            {"name": "Clergy appreciation breakfast", "spend": 1500},
            {"name": "Hospice SW thank-you - $75 Visa per family sent", "spend": 1500},
        ],
        "customers": {
            "new": 100,
            "sources": {"Church/Pastor": 20, "Hospice": 20, "Friend": 20, "Google": 40},
        },
    }
    # Reworked by hand in part j of the fifty-fourth round (2026-12-07): the clergy breakfast's
    # 20 came through a channel the $75 Visa line pays as well, which BA114 warns about, and
    # were held back with it ((60 − 20 + 20) ÷ 100 = 60%: 0.8 of the score's marks).
    # Reworked by hand again in AY2 of the fifty-seventh round's review (2026-12-07): a warned
    # line holds back only the referrals of the sources it pays, here the hospice social
    # workers' 'Hospice' (20), not the clergy's 20, which the lawful breakfast cultivates. So
    # back to F16's reading above: 40 of 100 (40%) came otherwise, 20 of them from 'Hospice'
    # and 20 on their own; still a warning, as F16 asks; the score's part (60 − 20) ÷ 100 =
    # 40%, within the 50% maximum: full marks; the key figure "40% not your own" (BA114).
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA102"]
    assert found.severity == "warning"
    assert found.message == (
        "60% of new customers came from referrals (60 of 100), over the 50% maximum; the "
        "referral lines funded (Clergy appreciation breakfast) brought 20 of them, and 40 came "
        "otherwise (40%, within the maximum): 20 from 'Hospice', whom lines BA114 warns about "
        "pay, so their referrals are no channel to keep funding, and 20 on their own"
    )
    [part] = [c for c in report.score_components if c.name == "referral independence"]
    assert part.earned is not None
    assert float(part.earned) == pytest.approx(1)
    assert report.metrics.referral_share_on_their_own == Decimal("0.4")
    assert report.metrics.referral_share_warned_by == ["BA114"]


def test_cash_for_booking_a_visit_is_an_inducement_where_medicare_pays() -> None:
    """F1 of the twenty-ninth round (2026-12-05): a hearing clinic (declared medical) gave a
    $25 Publix card for each hearing test booked, Medicare patients included; the line was its
    cheapest channel and `plan --budget` grew it. It is a beneficiary inducement (42 U.S.C.
    §1320a-7a(a)(5)): BA120 warns, and the channel is neither priced nor grown. The mailer
    offering a free screening joins the direct-mail channel its customers name ("Mailer"),
    not events: ($62,000 + $4,200) together, their 58 patients unpriced beside the flagged
    line. A patient's reward for sending a friend is BA114's, not this."""
    profile = {
        "business": {"name": "Clearwater Hearing", "industry": "medical"},
        "revenue": 1000000,
        "activities": [
            {"name": "Direct mail - 65+ (free screening, $1,000 off pair)", "spend": 62000},
            {"name": "Book-a-test bonus - $25 Publix card (mailer offer)", "spend": 4200},
            {"name": "Patient referral reward - $50 Visa per friend fitted", "spend": 1100},
        ],
        "customers": {"new": 100, "sources": {"Mailer": 58, "Friend": 42}},
    }
    report = _report(profile)
    ba120 = [f for f in report.findings if f.rule == "BA120"]
    assert [f.subject for f in ba120] == ["Book-a-test bonus - $25 Publix card (mailer offer)"]
    assert "for booking a visit or a test" in ba120[0].message
    assert "42 U.S.C. §1320a-7a(a)(5)" in ba120[0].message
    [mail] = [c for c in report.channels if c.name == "Direct mail"]
    assert (mail.spend, mail.customers, mail.cac) == (Decimal(66200), 58, None)
    assert mail.restricted_by == "BA120"
    # a shop is no practice: the same card there is a promotion, not an inducement
    shop = profile | {"business": {"name": "Clearwater Shop", "industry": "retail"}}
    assert not [f for f in _report(shop).findings if f.rule == "BA120"]


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Shift supv spiff - Ridgeline Foods ($0.25/hr billed)", True),
        ("Gift cards - Ridgeline Foods shift supv ($0.25/hr billed)", True),
        ("Client foreman kickback - 50c per hour billed", True),
        # the business's own supervisors: pay, not a client's staff paid per hour billed
        ("Shift supervisor bonus", False),
        ("Team lead bonus - hours billed target", False),
        # ...also at a rate per hour billed (R3 of the round's re-review)
        ("Onsite supervisor bonus ($0.20 per hour billed)", False),
        ("Branch mgr bonus ($0.15/hr billed)", False),
    ],
)
def test_a_clients_supervisor_paid_per_hour_billed_is_bribery(line: str, flagged: bool) -> None:
    """F2 of the twenty-ninth round (2026-12-05): a staffing firm paid a client's shift
    supervisor $0.25 for every hour it billed there, read as a sales cost with no word; a
    payment to a client's staff for the work they steer, without the client's knowledge, is
    commercial bribery (BA121)."""
    profile = {
        "business": {"name": "Temp Co", "industry": "staffing"},
        "revenue": 2000000,
        "activities": [{"name": "Indeed job ads", "spend": 20000}, {"name": line, "spend": 6000}],
    }
    assert bool([f for f in _report(profile).findings if f.rule == "BA121"]) is flagged


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("New patient special - $50 Amazon gift card", True),
        ("Flu shot clinic - $10 gift card per vaccination", True),
        # R6 of the twenty-ninth round's re-review: staff pay and a price are no patient's cash
        ("Front desk bonus - $5 gift card per appointment booked", False),
        ("Cash-pay new patient exam special ($79)", False),
    ],
)
def test_cash_for_booking_is_a_patients_not_staffs_nor_a_price(line: str, flagged: bool) -> None:
    profile = {
        "business": {"name": "Smile Dental", "industry": "dental"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 20000}, {"name": line, "spend": 3000}],
    }
    said = [f for f in _report(profile).findings if f.rule == "BA120"]
    assert bool(said) is flagged


def test_a_review_reward_keeps_the_ftcs_words_in_a_practice() -> None:
    """R6 of the twenty-ninth round's re-review: a dental practice's "5-star Google review =
    $10 gift card after visit" had its FTC warning replaced by the Medicare text."""
    profile = {
        "business": {"name": "Smile Dental", "industry": "dental"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 20000},
            {"name": "5-star Google review = $10 gift card after visit", "spend": 500},
        ],
    }
    [found] = [f for f in _report(profile).findings if f.rule == "BA120"]
    assert "16 CFR" in found.message


def test_a_family_name_first_that_is_a_trades_word_still_names_the_owner() -> None:
    """R8 of the twenty-ninth round's re-review: "Dave Barber - salary" at Barber Plumbing &
    Heating stopped paying the owner when trade words left the names (BA118 capped the score
    at 79). The first word of a business's name may be the family's."""
    from bizaudit.core.owner_pay import owner_paid

    profile = {
        "business": {"name": "Barber Plumbing & Heating"},
        "revenue": 1100000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": "Dave Barber - salary", "spend": 95000},
            {"name": "Crew wages and materials", "spend": 700000},
        ],
        "owner_hours": {"delivery": 40, "marketing": 5, "admin": 10},
    }
    assert owner_paid(_facts(profile)) == Decimal(95000)


@pytest.mark.parametrize(
    ("name", "moves"),
    [
        ("Mortgage - WesBanco (P&I)", "loan"),
        # R11 of the twenty-ninth round's re-review: a mortgage broker's tools and clients
        ("Calconic - mortgage pmt calculator", None),
        ("P&I disclosure printing - mortgage clients", None),
    ],
)
def test_a_mortgage_brokers_own_work_is_no_loan_repaid(name: str, moves: str | None) -> None:
    from bizaudit.core.financing import movement

    assert movement(name, None) == moves


def test_ba107_says_no_check_passes_on_a_line_ba101_already_set_aside(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """F10 of the thirtieth round (a CFO's review, 2026-12-05): BA107 said a music school's
    check "passes only on this reading" of its free trial lessons, while the check failed and
    BA101 had judged the share without them (revenue given up, BA116). By hand: 6,500 of
    100,000 is 6.5%, over a 6% minimum, only with the 2,500 given up; without it 4% fails.
    (The minimum is given on the command line: under the sector's own 6%, an average, BA101
    only warns since I11 of the forty-first round.)"""
    path = tmp_path / "music.yaml"
    path.write_text(
        "version: 1\nbusiness: {name: Lamar Music Academy, industry: b2c-services}\n"
        "revenue: 100000\nactivities:\n  - {name: Google Ads, spend: 4000}\n"
        "  - {name: 'Free trial lesson (value waived, 30 min)', spend: 2500}\n"
        "  - {name: Teacher pay, spend: 50000}\n"
    )
    result = run_cli("check", str(path), "-f", "json", "--min-marketing-share", "6%")
    report = json.loads(result.stdout)
    assert report["passed"] is False
    said = [f["message"] for f in report["profiles"][0]["findings"] if f["rule"] == "BA107"]
    assert said
    assert not any("passes only on this reading" in m for m in said)


@pytest.mark.parametrize(
    ("name", "term", "loan"),
    [
        # F3 of the thirtieth round: a fleet's payments to a captive lender are a loan's...
        ("Training cars - payments (4 Corollas, Toyota Financial)", "car payment", True),
        ("Car loan payments (4 Corollas, Toyota Financial)", "car payment", True),
        # ...a lease is a cost, and equipment lent to customers is no loan repaid
        ("Car lease payments (Toyota Financial)", "car payment", False),
        ("Espresso equipment on loan to wholesale accounts (depreciation)", "loan", False),
        # R5 of the re-review: a fleet that says it is leased is a lease's cost
        ("Training cars - payments (10 Corollas, leased, Toyota Financial)", "car payment", False),
    ],
)
def test_a_fleets_payments_are_a_loan_and_a_machine_lent_out_is_not(
    name: str, term: str, loan: bool
) -> None:
    """F3 of the thirtieth round (a CFO's review, 2026-12-05): a driving school's car payments
    were an operating cost (a 5.5% margin read 1%, and BA115 capped the score), and a
    roaster's depreciation on espresso machines lent to its cafés was taken out as a loan."""
    from bizaudit.core.financing import movement

    assert (movement(name, term) == "loan") is loan


@pytest.mark.parametrize(
    ("name", "gone"),
    [
        ("Daycare punch card - 11th day free", True),
        ("Cafe loyalty - free 10th drink (Square Loyalty)", True),
        ("Punch card: 10th wash free", True),
        ("Loyalty punch card - 10th hour free", True),
        # G21 of the thirty-ninth round: a food truck's free taco, a counter's free burrito
        ("Square Loyalty free 10th taco", True),
        ("Loyalty punch card - 10th burrito free", True),
        ("5th Avenue free parking", False),
        ("Loyalty app (Square Loyalty)", False),
    ],
)
def test_a_punch_cards_free_visit_is_revenue_given_up(name: str, gone: bool) -> None:
    """F6 of the thirtieth round (2026-12-05): "Nth visit free" was counted as marketing money;
    the visit given away is a price not charged (ASC 606-10-32-25), as "free visits" were."""
    assert given_up(name, None) is gone


@pytest.mark.parametrize(
    ("name", "decider"),
    [
        ("Lamar MS band director stipend", True),
        ("Lamar Middle School band director referral stipend", True),
        ("Band director referral stipend ($25 per rental signed)", True),
        ("HS driver ed coordinator stipend ($40 per enrolled student)", True),
        ("Building engineer finder's fee ($500 per signed account)", True),
        # the thirty-seventh round (F1): pay for the referral, or a price per work order or
        # student, in any wording; not the business's own manager's pay or software
        ("Property manager referral pay ($25 per work order)", True),
        ("$25 per work order - property managers", True),
        ("Property mgr referral pay ($25/work order)", True),
        ("Referral pay - HS driver ed coordinators ($25/student)", True),
        ("Driver ed teacher referral pay ($25/student)", True),
        ("Coach referral pay - Roosevelt HS ($20/student)", True),
        ("Property manager salary", False),
        ("Our property manager pay", False),
        ("Property management software (per work order)", False),
        # (F2): a licensed professional paid for each client sent; not a vet's bill, supplies,
        # rack cards at a clinic, or a treat for the pets they send
        ("Vet referral fee - Cherry Creek Animal Hospital ($15/new boarder)", True),
        ("Animal hospital finder's fee", True),
        ("Doctor referral fee ($50 per patient)", True),
        ("Vet bills", False),
        ("Veterinary supplies", False),
        ("Vet clinic rack cards", False),
        ("Doctor referral program (free first night for referred pets)", False),
        # the re-review (R2, R6): a practice's own vets, techs and liaison, the printing of
        # referral pads, an on-call vet's cover, a school's own teachers paid per student,
        # and a lunch are not
        ("Associate vet production bonus ($20 per new client)", False),
        ("Vet tech bonus ($5 per new client)", False),
        ("Referring-vet referral pads & cards (printing)", False),
        ("On-call vet stipend ($5 per boarder)", False),
        ("Physician liaison salary + bonus ($25 per referral)", False),
        ("Teacher pay ($30/student lesson)", False),
        ("Camp counselor pay ($40/student per week)", False),
        ("Property mgr lunch/referral mixer", False),
        # the second re-review (S1, S2, S3, S4, S10): an amount a referral or a student sent,
        # the payment named before the practice; not a price per pet seen, a physician
        # placed by a staffing agency, or a pay rate per student lesson
        ("Property managers ($25/referral)", True),
        ("HS counselors - $25/student", True),
        ("Referral fees - Cherry Creek Animal Hospital ($15 per new client)", True),
        ("Doctor referral gift cards", True),
        ("Vet exams ($45 per pet)", False),
        ("Physician referral fees ($2,000 per physician placed)", False),
        ("Teacher pay ($30 per student lesson)", False),
        ("College counselor pay ($150/student)", False),
        ("GC project manager appreciation - gift cards", True),
        # the business's own people are not
        ("Project manager bonus", False),
        ("Our project managers - holiday gift cards", False),
        ("Band director salary (our own)", False),
        ("Chief engineer salary", False),
        # the re-review (R1, R2, R7, R11): the business's own engineers and ensemble directors,
        # greeting cards and an appreciation meal are no bribe; a per-head price is
        ("Chief engineer bonus", False),
        ("Building engineers - holiday gift cards", False),
        ("Choir director stipend", False),
        ("Band director stipend (our summer band camp)", False),
        ("Westlake HS band director - $25 per rental", True),
        ("Choir director - Lamar MS ($20 per student referred)", True),
        ("Holiday greeting cards to GC project managers", False),
        ("GC project manager appreciation lunch", False),
        ("Gift cards - contractor's superintendents", True),
        ("Gifts for purchasing employees at client accounts", True),
        ("Holiday gifts for employees of our property management clients", True),
        ("Holiday gift cards - employees", False),
        ("HOA board holiday lunch", True),
        # the thirty-first round (F1, F10): another business's staff who book or send work, a
        # venue's or a hospital's staff given cards, a kickback, a commission not disclosed
        ("Starbucks cards - office managers who send cases", True),
        ("Holiday gifts - corporate office managers who book", True),
        ("Venue coordinator thank-you Visa gift cards", True),
        ("Client holiday gifts - hospital language access coordinators", True),
        ("Planner kickbacks - 10% of order, undisclosed", True),
        ("Planner commissions (10%, not disclosed to couples)", True),
        ("Planner commissions (10%, disclosed to couples)", False),
        ("Venue coordinator bonus", False),
        ("Office manager bonus", False),
        # the thirty-first round's re-review: the business's own staff who book (R1), a saw's
        # anti-kickback pawl (R5), a venue's own staff's holiday cards (R6); a client's office
        # managers paid per case sent (R13)
        ("Commission - patient coordinators who book packages (own staff)", False),
        ("Spiff - receptionists who book new patients", False),
        ("SawStop brake cartridges & anti-kickback pawls", False),
        ("Holiday gift cards - venue staff", False),
        ("Starbucks cards - client office managers ($10 per case sent)", True),
        # the thirty-third round (F2): a property's maintenance supervisors and supers, paid
        # per job they send a locksmith; not the business's own maintenance staff's bonus
        ("Maintenance supervisor referral bonus ($50 per rekey job)", True),
        ("Gift cards - apartment maintenance managers", True),
        ("Building superintendent referral fees", True),
        ("Maintenance staff bonus (own staff)", False),
        ("Maintenance supplies", False),
        # its re-review (R4): a building's supers, its maintenance techs and staff paid per job
        # or in cash or cards; not a super bowl, nor their own techs' bonus
        ("Building super referral fees ($50 per rekey job)", True),
        ("Maintenance tech referral cash ($50 per rekey job)", True),
        ("Apartment maintenance staff Visa cards", True),
        ("Supers' tips for rekey calls", True),
        ("Super Bowl party tickets for clients", False),
        ("Maintenance tech bonus", False),
        ("Maintenance supervisor training (BOMA course)", False),
    ],
)
def test_those_who_award_work_for_others_are_read_by_their_role(name: str, decider: bool) -> None:
    """F1 of the thirtieth round (a CFO's review, 2026-12-05): a building's engineer, a general
    contractor's project manager, a school's driver-ed coordinator and a band director (with
    the school named first, or none) were paid per account or per student, and the lines were
    priced as the cheapest channels: BA121 read only a list of titles."""
    from bizaudit.core.commercial_bribery import gives_deciders

    assert gives_deciders(name) is decider


@pytest.mark.parametrize(
    ("name", "capital"),
    [
        ("40x100 frame tent - Aztec (capex)", True),
        ("Rental fleet - 12 Tern/Aventon e-bikes (capital)", True),
        ("Espresso machine (capitalized, depreciate 5 yrs)", True),
        ("Capital One card payment", False),
        # R3 of the round's re-review: the depreciation itself, and what runs the asset
        ("Depreciation (fixed assets)", False),
        ("Capital equipment rental (mini-excavator, by the job)", False),
        ("Capital equipment repairs", False),
        ("Venture capital pitch deck design", False),
    ],
)
def test_a_purchase_the_line_calls_capital_is_named_by_ba116(name: str, capital: bool) -> None:
    """F9 of the thirty-first round (a CFO's review, 2026-12-05): a rental company's $32,000
    tent "(capex)" was counted whole as the year's cost, with no word said: its depreciation
    is the period's cost (ASC 360)."""
    from bizaudit.core.financing import says_capital

    assert says_capital(name) is capital


@pytest.mark.parametrize(
    ("name", "cost"),
    [
        ("Route purchase - Hernandez pools (120 accounts)", "amortisation"),
        ("1520 Route acquisition - Bugs-B-Gone customer list (410 accts)", "amortisation"),
        ("Route buy - Smith pools (80 accounts)", "amortisation"),
        ("2025 Ford F-150 x2 (purchased)", "depreciation"),
    ],
)
def test_customers_bought_are_amortised_not_depreciated(name: str, cost: str) -> None:
    """K12 of the forty-second round (2026-12-06): a pool company's bought route was told to
    list "its depreciation ... (ASC 360)"; a route or a customer list is an intangible,
    amortised over 15 years for US tax (IRC §197) and under ASC 350-30 in the books. A truck
    bought is still depreciated."""
    [found] = _found("BA116", {
        "revenue": 700000,
        "activities": [{"name": name, "spend": 60000}, {"name": "Technician wages",
                                                        "spend": 400000}],
    })  # fmt: skip
    assert found.message.endswith(f"before the {cost} to list instead")
    if cost == "amortisation":
        assert "IRC §197" in found.advice
        assert "ASC 350-30" in found.advice
    else:
        assert "ASC 360" in found.advice


def test_a_merchant_cash_advance_asks_for_its_fee_not_interest() -> None:
    """K12 of the forty-second round (2026-12-06): a studio's merchant cash advance
    remittances were "a loan being repaid ... list the loan's interest instead": an advance's
    cost is its fee, what is repaid beyond what was advanced. By hand: 400,000 − 410,000 =
    −10,000 with the 60,000 of remittances, 50,000 (12.5%) without them."""
    [found] = _found("BA116", {
        "revenue": 400000,
        "activities": [
            {"name": "Merchant cash advance remittances (Rapid Finance)", "spend": 60000},
            {"name": "Instructor wages", "spend": 200000},
            {"name": "Rent", "spend": 120000},
            {"name": "Facebook ads", "spend": 30000},
        ],
    })  # fmt: skip
    assert found.message == (
        "'Merchant cash advance remittances (Rapid Finance)' ($60,000) looks like a merchant "
        "cash advance being repaid: the advance in it is not a cost of the period, but its fee "
        "is; the operating profit counts it: -$10,000 (-2.5% of revenue) with it, $50,000 "
        "(12.5%) without it, before the advance's fee to list instead"
    )
    assert found.advice.startswith("take it out and list the advance's fee apart")
    # L8 of the round's re-review: the profit without it is before the fee, and BA111 says so
    [ba111] = _found("BA111", {
        "revenue": 400000,
        "activities": [
            {"name": "Merchant cash advance remittances (Rapid Finance)", "spend": 60000},
            {"name": "Instructor wages", "spend": 200000},
            {"name": "Rent", "spend": 120000},
            {"name": "Facebook ads", "spend": 30000},
        ],
    })  # fmt: skip
    assert ba111.message.endswith(
        "without them, an operating profit of $50,000 (12.5% of revenue), before the fee in "
        "the merchant cash advance's remittances, a cost not yet listed apart"
    )
    assert ba111.advice == (
        "take out the lines BA116 names, list the advance's fee as a cost, and judge the profit "
        "then"
    )
    # BA126 asks the funder, not for a longer term or months of interest only: 50,000 before
    # the 60,000 of remittances covers them 0.83 times
    [ba126] = _found("BA126", {
        "revenue": 400000,
        "activities": [
            {"name": "Merchant cash advance remittances (Rapid Finance)", "spend": 60000},
            {"name": "Instructor wages", "spend": 200000},
            {"name": "Rent", "spend": 120000},
            {"name": "Facebook ads", "spend": 30000},
        ],
    })  # fmt: skip
    assert "ask the funder for a reconciliation" in ba126.advice
    assert "interest only" not in ba126.advice
    # M8 of the round's second re-review: BA101's advice weighs the same profit, and says it
    # is before the fee (marketing 30,000 of 400,000 is 7.5%, under the 10% default)
    [ba101] = _found("BA101", {
        "revenue": 400000,
        "activities": [
            {"name": "Merchant cash advance remittances (Rapid Finance)", "spend": 60000},
            {"name": "Instructor wages", "spend": 200000},
            {"name": "Rent", "spend": 120000},
            {"name": "Facebook ads", "spend": 30000},
        ],
    })  # fmt: skip
    assert "(without the lines BA116 names, and before the advance's fee)" in ba101.advice


def test_ba202_counts_what_the_judged_cac_counts(run_cli: RunCli, tmp_path: Path) -> None:
    """F11 of the thirty-first round (a CFO's review, 2026-12-05): a swim school's BA202 said
    "100 of the 185 are referrals ... counted as paid for" beside a CAC that left them out
    (their referrer's free month is revenue given up), and counted a referral joined to an
    organic channel among those nothing is spent on. By hand: 300 new, less the 100 friends
    and the 20 from the moms' group (referrals), is 180; of them only the 80 who drove by
    came through a channel nothing is spent on."""
    path = tmp_path / "swim.yaml"
    path.write_text(
        "version: 1\nbusiness: {name: Bluewater Swim School}\nrevenue: 600000\nactivities:\n"
        "  - {name: Google Ads, spend: 20000}\n"
        "  - {name: Refer-a-friend - free month of lessons to referrer, spend: 6900}\n"
        "  - {name: Instructor pay, spend: 300000}\n"
        "customers:\n  new: 300\n"
        "  sources: {Google ad: 100, Friend referral: 100, 'Moms group (Facebook)': 20,"
        " Drive by: 80}\n"
        "  average_revenue: 1800\n  gross_margin: 60%\n  retention_rate: 80%\n"
    )
    report = json.loads(run_cli("check", str(path), "-f", "json").stdout)["profiles"][0]
    [said] = [f["message"] for f in report["findings"] if f["rule"] == "BA202"]
    assert "80 of the 180 came through channels nothing is spent on" in said
    assert "counted as paid for" not in said


@pytest.mark.parametrize(
    ("currency", "law", "not_said"),
    [
        ("USD", "N.Y. Penal Law §180.00", "Bribery Act"),
        ("GBP", "the Bribery Act 2010 (s.1", "Penal Law"),
        ("CAD", "the Criminal Code (R.S.C. 1985, c. C-46, s. 426)", "Penal Law"),
        # (a profile that names no state is told of every state's law, not New South Wales's
        # alone: BB7 of the fifty-ninth round, 2026-12-07, reworked by hand)
        ("AUD", "the criminal law of every Australian state", "Penal Law"),
        ("EUR", "Council Framework Decision 2003/568/JHA", "Penal Law"),
        ("CHF", "most countries' laws make it bribery or a secret commission", "Cal. Penal"),
    ],
)
def test_gifts_to_those_who_award_work_cite_the_law_of_the_profiles_country(
    run_cli: RunCli, write_profile: WriteProfile, currency: str, law: str, not_said: str
) -> None:
    """F12 of the thirty-third round (2026-12-05): a UK IT firm's vouchers to its clients'
    office managers and an Ontario music school's fee to a band teacher were told of New
    York's and California's penal codes and Florida's gift rules. The law quoted is the one
    the currency's country has, as the cooling-off notice's is; a state's gift rules only in
    the US."""
    path = write_profile(
        f"""
        version: 1
        business: {{name: X, currency: {currency}}}
        revenue: 600000
        activities:
          - {{name: Amazon vouchers for client office managers who refer us, spend: 1500}}
          - {{name: Band teacher referral fee (50 per enrolled student), spend: 900}}
          - {{name: Wages, spend: 300000}}
        """
    )
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    said = " ".join(f["message"] for f in report["profiles"][0]["findings"] if f["rule"] == "BA121")
    assert law in said
    assert not_said not in said
    assert ("Fla. Stat." in said) is (currency == "USD")


def test_referral_fees_to_accountants_cite_their_code_outside_the_us(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F12 of the thirty-third round: a UK firm's "Referral fees paid - accountants" was told
    of the AICPA's rule; outside the US it is the accountants' own code (IESBA's, which the
    ICAEW adopts)."""
    text = """
        version: 1
        business: {{name: X, currency: {currency}}}
        revenue: 600000
        activities:
          - {{name: Referral fees paid - accountants, spend: 4000, channel: accountants}}
          - {{name: Wages, spend: 300000}}
        customers:
          new: 10
          sources: {{accountants: 10}}
        """
    uk = " ".join(run_cli("check", write_profile(text.format(currency="GBP"))).stdout.split())
    assert "IESBA Code of Ethics, section 330" in uk
    assert "AICPA" not in uk
    us = " ".join(run_cli("check", write_profile(text.format(currency="USD"))).stdout.split())
    assert "AICPA Code of Professional Conduct, ET 1.520.001" in us


def test_ba118_weighs_the_owners_pay_as_ba101_weighs_the_profit_and_says_what_interest_leaves(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F4 and F11 of the thirty-third round (2026-12-05): BA101 weighed a guesthouse's profit
    without its mortgage's payments and, in the same sentence, the owners' pay an hour with
    them; BA118 paid the owners out of the operating profit with no word of the mortgage
    interest listed after it, which left a loss. By hand, 50 hours a week is 2,600 hours a
    year; the operating profit is 200,000 − 100,000 − 40,000 − 45,000 − 2,000 = 13,000:
    13,000 ÷ 2,600 = $5 an hour as listed; without the 40,000 of mortgage payments, 53,000 ÷
    2,600 = $20.38; after the 20,000 of interest, a loss of 7,000."""
    path = write_profile(
        """
        version: 1
        business: {name: X}
        revenue: 200000
        activities:
          - {name: Housekeeping wages, spend: 100000}
          - {name: Mortgage repayments (AIB), spend: 40000}
          - {name: Breakfast food cost, spend: 45000}
          - {name: Mortgage interest, spend: 20000}
          - {name: Google Hotel Ads, spend: 2000}
        owner_hours: {delivery: 46, marketing: 4}
        """
    )
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    [ba118] = [f for f in report["profiles"][0]["findings"] if f["rule"] == "BA118"]
    message = " ".join(ba118["message"].split())
    assert "the operating profit of $13,000 (6.5% of revenue)" in message
    assert "$5 an hour of the owner's week" in message
    assert (
        "(at most $53,000 without the lines BA116 names, before the interest and depreciation "
        "to list in their place: at most $20.38 an hour)"
    ) in message
    assert "after the $20,000 of interest listed below it, nothing: a loss of $7,000" in message
    # The verdict weighs the loss after interest as BA111 weighs an operating loss: without
    # the lines BA116 names as no cost (R14 of the fortieth round's re-review), 53,000 - 20,000
    # = 33,000 after the interest, no loss; with no principal among the costs, 13,000 - 20,000
    # is a loss of 7,000, and the verdict names it, as it names an operating loss (F11)
    verdict = report["profiles"][0]["verdict"]
    assert not verdict.endswith(" The business makes a loss after the interest it lists.")
    text = path.read_text().replace("Mortgage repayments (AIB)", "Linen service")
    path.write_text(text)
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    verdict = report["profiles"][0]["verdict"]
    assert verdict.endswith(" The business makes a loss after the interest it lists.")


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Wash attendants wages", False),  # F6 of the thirty-third round
        ("Express lane wages", False),
        ("Suds crew wages", False),
        ("Salary - Suds", True),  # the name beside the pay, as a person's
        ("Suds, M. - salary", True),  # as payroll exports write it (R14 of the re-review)
        ("Suds M wages", True),  # and without the comma (the second re-review)
        ("Suds - director's salary", True),
        ("Owner salary", True),  # by its words, as before
    ],
)
def test_a_word_of_the_business_name_pays_the_owner_only_as_a_persons_name(
    line: str, owner: bool
) -> None:
    """F6 of the thirty-third round (2026-12-05): at "Suds City Express Car Wash", "Wash
    attendants wages" ($265,000, a dozen attendants) was read as the owner's pay by the word
    "Wash", so BA201 valued the owner's selling hours at 6/40 of it and BA101 weighed a profit
    $96,000 too high. The name pays the owner only beside the pay or a title, as a person's
    name is written ("Dr. Ortiz salary", "Dave Barber - salary")."""
    from bizaudit.core.owner_pay import owner_paid

    profile = {
        "version": 1,
        "business": {"name": "Suds City Express Car Wash"},
        "revenue": 1500000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": line, "spend": 265000},
            {"name": "Chemicals", "spend": 120000},
        ],
        "owner_hours": {"delivery": 34, "marketing": 6},
    }
    assert owner_paid(_facts(profile)) == (Decimal(265000) if owner else None)


@pytest.mark.parametrize(
    ("business", "line", "owner"),
    [
        ("Blue Ox Movers LLC", "Movers wages", False),  # F10 of the thirty-fourth round
        ("Blue Ox Movers LLC", "Salary - Blue", True),  # the name beside the pay, as before
        ("PayDay Bureau Services Pty Ltd", "Payroll officer wages", False),
        ("PayDay Bureau Services Pty Ltd", "Loan officer comp", False),
        ("PayDay Bureau Services Pty Ltd", "Officer compensation", True),
        ("PayDay Bureau Services Pty Ltd", "Client service officers wages", False),  # R8
        ("PayDay Bureau Services Pty Ltd", "Salaries - officers", True),
        ("PayDay Bureau Services Pty Ltd", "Compensation of officers", True),  # S4, Form 1120
    ],
)
def test_a_trades_people_or_a_role_named_officer_are_not_the_owners_pay(
    business: str, line: str, owner: bool
) -> None:
    """F10 of the thirty-fourth review round (2026-12-05): at "Blue Ox Movers LLC" the crews'
    "Movers wages" ($290,000) were read as the owner's pay by the word "Movers", and at a
    payroll bureau its "Payroll officer wages" as officer compensation: BA201 valued the
    owner's hours at 14/64 of $290,000, 0.8× for 1.005×."""
    from bizaudit.core.owner_pay import owner_paid

    profile = {
        "version": 1,
        "business": {"name": business},
        "revenue": 1500000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": line, "spend": 290000},
        ],
        "owner_hours": {"delivery": 34, "marketing": 6},
    }
    assert owner_paid(_facts(profile)) == (Decimal(290000) if owner else None)


@pytest.mark.parametrize(
    ("currency", "line", "owner"),
    [
        ("AUD", "Officer wages - admin", False),  # R8 of the second re-review
        ("AUD", "Officers salaries", False),
        ("GBP", "Officer salaries", False),
        ("AUD", "Directors' remuneration", True),
        ("AUD", "Owner's salary", True),
        ("USD", "Officer wages - admin", True),  # a US corporation's officer pay for admin
        ("CAD", "Officers salaries", True),
    ],
)
def test_an_officer_is_a_staff_title_in_commonwealth_books(
    currency: str, line: str, owner: bool
) -> None:
    """R8 of the thirty-fourth round's second re-review (2026-12-05): an Australian bureau's
    "Officer wages - admin" ($250,000) was read as the owner's pay. In UK, Irish and
    Commonwealth books an officer is a staff title (an admin officer); the owner's pay is a
    director's. In US books "Officer compensation" is the owner's, by Form 1120's line."""
    from bizaudit.core.owner_pay import owner_paid

    profile = {
        "version": 1,
        "business": {"name": "PayDay Bureau Services", "currency": currency},
        "revenue": 1500000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": line, "spend": 250000},
        ],
        "owner_hours": {"delivery": 34, "marketing": 6},
    }
    assert owner_paid(_facts(profile)) == (Decimal(250000) if owner else None)


def test_fees_to_the_accountants_who_refer_pay_for_the_referrals_they_send(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F5 of the thirty-fourth review round (2026-12-05): a bureau's "Trail commission to
    referring accountants" stood as a channel with no customers, its $21,000 charged to the
    customers who did not come by referral, while the 6 "Accountant referral" clients it paid
    for sat among free referrals. By hand: the 6 are paid for; the CAC excluding referrals was
    (21,000 + 14,000) ÷ (6 + 5) = 3,181.82. BI6 of the sixty-second round's re-review
    (tests/test_review62l.py): a share of the clients' fees counts only its first year on the
    6 clients it brought, 15% × 6,500 × 6 = 5,850, the other 21,000 − 5,850 = 15,150 paid on
    clients of earlier years: (5,850 + 14,000) ÷ 11 = 19,850 ÷ 11 = 1,804.55."""
    path = write_profile(
        """
        version: 1
        business: {name: PayDay Bureau Services Pty Ltd, industry: accounting, currency: AUD}
        revenue: 500000
        activities:
          - {name: Trail commission to referring accountants (15% of fees), spend: 21000}
          - {name: Google Ads, spend: 14000}
          - {name: Bookkeeper wages, spend: 200000}
        customers:
          new: 13
          sources: {Accountant referral: 6, Google Ads: 5, Client referral: 2}
          average_revenue: 6500
          gross_margin: 40%
          churn_rate: 24%
        """
    )
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    economics = report["profiles"][0]["economics"]
    assert economics["non_referral_cac"]["value"] == "1804.55"
    [referrals] = [
        c for c in report["profiles"][0]["channels"] if c["name"] == "Referrals and word of mouth"
    ]
    assert (referrals["spend"], referrals["customers"]) == ("5850", 8)


def test_the_verdict_does_not_ask_for_more_spend_where_customers_cost_too_much_or_it_is_full() -> (
    None
):
    """F13 of the thirty-third round (2026-12-05): a salon and a music school whose customers
    each lost money (BA204) read "Weak: too little goes into getting and keeping customers",
    pointing the owner to spend more; a music school 95% full with no channel read "Fair: a
    real marketing effort". By hand: CAC 40,000 ÷ 100 = 400 against a customer worth 300,
    0.75×: BA204."""
    from bizaudit.explain.score import verdict

    report = _report(
        {
            "business": {"name": "X"},
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 10000},
                {"name": "Sales commissions", "spend": 30000},
                {"name": "Rent", "spend": 100000},
            ],
            "customers": {"new": 100, "lifetime_value": 300, "sources": {"google ads": 100}},
        }
    )
    assert [f.rule for f in report.findings if f.rule == "BA204"] == ["BA204"]
    assert report.verdict == (
        "Critical: customers cost more than they bring back, and little else holds up."
    )
    assert verdict(45, under_minimum=True, costs_too_much=True) == (
        "Weak: customers cost too much for what they bring back; fix that before spending more."
    )
    # over the range and not paying back, its own words say so already
    assert verdict(45, over_range="warning", costs_too_much=True) == (
        "Weak: marketing spending is high, and it does not pay back."
    )
    assert verdict(75, at_capacity=True) == (
        "Fair: the business is full, so marketing matters less until it has room."
    )
    assert verdict(75, at_capacity=True, under_minimum=True) == (
        "Fair overall, but too little goes into marketing."
    )


def test_a_salary_beside_dividends_does_not_price_the_owners_hour_where_a_rate_is_given() -> None:
    """F9 of the thirty-third round (2026-12-05): a UK director paid £12,570 (the personal
    allowance) and £120,000 of dividends, who stated £60 an hour, had her selling valued as
    her share of the salary, £4.40 an hour. A salary beside larger draws or dividends is the
    smaller part of the owner's pay: the hour is worth the rate. By hand: 20 hours a week of
    marketing and selling × 52 × £60 = £62,400. Without the dividends the salary still prices
    it (X7), as it does beside a smaller draw (Z5, in test_render)."""
    from bizaudit.core.owner_pay import owner_hour_value

    profile = {
        "version": 1,
        "business": {"name": "Northgate IT Ltd", "currency": "GBP"},
        "revenue": 900000,
        "activities": [
            {"name": "Director's salary", "spend": 12570},
            {"name": "Dividends", "spend": 120000},
            {"name": "Engineers' salaries", "spend": 400000},
        ],
        "owner_hours": {"delivery": 35, "marketing": 5, "sales": 15, "rate": 60},
    }
    assert owner_hour_value(_facts(profile)) == Decimal(60)
    report = _report(
        {k: v for k, v in profile.items() if k != "version"}
        | {
            "customers": {"new": 8, "lifetime_value": 30000, "sources": {"referral": 8}},
        }
    )
    said = " ".join(f.message for f in report.findings)
    assert "£4.40" not in said
    lines: list[dict[str, Any]] = [
        {"name": "Director's salary", "spend": 12570},
        {"name": "Engineers' salaries", "spend": 400000},
    ]
    # 12,570 ÷ (55 × 52) = £4.40 an hour: the salary alone is what she is paid
    hour = owner_hour_value(_facts(profile | {"activities": lines}))
    assert hour is not None
    assert hour.quantize(Decimal("0.01")) == Decimal("4.40")


def test_ba110_judges_what_a_customer_costs_with_the_commissions_marketplaces_kept() -> None:
    """F11 of the thirty-third round (2026-12-05): a guesthouse spending 14.4% of net revenue
    against hospitality's 4.5% top had no BA110, judged at 5.4× without its OTA commissions,
    while the score and BA202 judged 2.0× with them. By hand: net revenue 100,000 − 20,000 =
    80,000, marketing 8,000 is 10% of it; CAC 8,000 ÷ 400 = 20, a customer worth 100 is 5.0×;
    with the commissions 100 ÷ (20 + 20,000 ÷ 400) = 1.4×."""
    report = _report(
        {
            "business": {"name": "Harbour Guesthouse", "industry": "hospitality"},
            "revenue": 100000,
            "activities": [
                {"name": "Booking.com commission", "spend": 20000},
                {"name": "Google Hotel Ads", "spend": 8000},
                {"name": "Housekeeping wages", "spend": 40000},
            ],
            "customers": {
                "new": 400,
                "lifetime_value": 100,
                "sources": {"Booking.com": 300, "Google Hotel Ads": 100},
            },
        }
    )
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert ba110.severity == "warning"
    message = " ".join(ba110.message.split())
    assert "10% of net revenue, above the 2.5–4.5% range" in message
    assert (
        "a customer is worth 1.4× what it costs to win with the commissions marketplaces kept "
        "on them (5.0× without; under 3×; and only if the stated lifetime value is before them, "
        # (AZ2 of the fifty-eighth round, 2026-12-07: a stated lifetime value may carry them)
        "which the profile cannot tell)"
    ) in message


def test_ba101s_profit_says_which_kept_lines_may_be_the_owners_pay() -> None:
    """F18 of the thirty-third round (2026-12-05): a salon's "$78,700 it names that may be the
    owner's pay" was its $72,000 draw and $6,700 of sales tax remitted, which US books may
    count in revenue. By hand: 72,000 + 6,700 = 78,700 kept in, 72,000 of it draws; the
    profit 1,000,000 − (10,000 + 72,000 + 6,700 + 24,000 + 600,000) = 287,300, and 311,300
    without the loan's 24,000 of payments."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 10000},
                {"name": "Owner draw", "spend": 72000},
                {"name": "Sales tax remitted (retail)", "spend": 6700},
                {"name": "SBA loan payment", "spend": 24000},
                {"name": "Rent and wages", "spend": 600000},
            ],
        },
    )
    assert (
        "operating profit (without the lines BA116 names as no cost; the $78,700 it names that "
        "may be the owner's pay ($72,000 of draws) or costs in part kept in) $311,300 → "
    ) in ba101.advice


@pytest.mark.parametrize(("retention", "one_off"), [("12%", True), ("25%", True), ("30%", False)])
def test_most_customers_buy_once_from_three_in_four_gone_within_a_year(
    retention: str, one_off: bool
) -> None:
    """F15 of the thirty-third round (2026-12-05): a locksmith whose 88% of customers never
    come back was told of payback in months and to start a newsletter and a loyalty scheme,
    while one at 92% was told its first job's margin pays the cost back. From three in four
    gone within a year (retention 25% or less), most customers buy once."""
    [ba104] = _found(
        "BA104",
        {
            "revenue": 1000000,
            "activities": [{"name": "Google Ads", "spend": 50000}],
            "customers": {
                "new": 500,
                "average_revenue": 255,
                "gross_margin": "52%",
                "retention_rate": retention,
            },
        },
    )  # fmt: skip
    assert ba104.advice.startswith("most customers buy once") is one_off
    assert ("loyalty scheme" in ba104.advice) is not one_off


def test_ba101_warns_under_an_industry_low_end_that_is_an_average_not_a_floor() -> None:
    """F10 of the thirty-third round (2026-12-05): a six-room guesthouse failed the check
    €320 under hospitality's 2.5%, which its source, STR, gives as an average ("less than
    2.5%"), not a floor: most hotels spend about it. Under such a low end BA101 warns and
    says why; under a floor it still fails. By hand: 4,000 ÷ 200,000 = 2%."""
    profile = {
        "business": {"name": "Harbour Guesthouse", "industry": "hospitality"},
        "revenue": 200000,
        "activities": [
            {"name": "Google Hotel Ads", "spend": 4000},
            {"name": "Housekeeping wages", "spend": 60000},
        ],
    }
    [ba101] = _found("BA101", profile)
    assert ba101.severity == "warning"
    # neither the finding nor its advice calls it a minimum (S13 of the fortieth round's
    # second re-review, 2026-12-06); by hand: 2.5% of 200,000 = 5,000, 1,000 more
    assert "under the 2.5% its source says the trade spends (your industry's low end;" in (
        ba101.message
    )
    assert ba101.message.endswith("; not a floor)")
    assert "minimum" not in ba101.message
    assert ba101.advice.startswith("to spend what the trade spends, budget $5,000 a period")
    assert "($1,000 more;" in ba101.advice
    restaurant = profile | {"business": {"name": "Harbour Grill", "industry": "restaurant"}}
    [ba101] = _found("BA101", restaurant)
    assert ba101.severity == "error"
    assert "not a floor" not in ba101.message


@pytest.mark.parametrize(
    "name",
    [
        "Finance costs",
        "BOI mortgage int.",
        "Int. exp. - BOI",
        # the second re-review (Q5)
        "BOI loan int.",
        "Int on mortgage",
        "Mortgage - int.",
        "Finance charges",
    ],
)
def test_interest_as_charts_and_bank_feeds_name_it_comes_after_the_operating_profit(
    name: str,
) -> None:
    """R8 of the thirty-third round's re-review (2026-12-05): a guesthouse's 13.2% operating
    profit read as a loss of 14.5% where its €31,000 of mortgage interest was written "Finance
    costs" (IFRS's caption, IAS 1 ¶82(b)) or "mortgage int.". By hand: 100,000 − 50,000 =
    50,000 operating profit, before 10,000 of interest."""
    report = _report(
        {
            "business": {"name": "X"},
            "revenue": 100000,
            "activities": [
                {"name": "Housekeeping wages", "spend": 50000},
                {"name": name, "spend": 10000},
            ],
        }
    )
    assert report.profit.operating_profit == Decimal(50000)
    assert report.profit.interest_and_income_tax == Decimal(10000)


def test_ba114_says_the_us_rules_it_quotes_are_american_outside_the_us(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """R7 of the thirty-third round's re-review (2026-12-05): a Leeds solicitors' firm was told
    the ABA Model Rules and to ask "your state bar". Outside the US the rule quoted is said to
    be American and the owner is sent to their own regulator (no other profession's: Q11 of
    the second re-review saw a York dentist sent to "the bar, law society"); what US rules
    allow is said to be the US's. A firm kept in pounds has England and Wales' own (below)."""
    text = """
        version: 1
        business: {{name: Aire Lawyers LLP, industry: legal, currency: {currency}}}
        revenue: 1200000
        activities:
          - {{name: Referral fees - claims management company (350 per PI case), spend: 42000}}
          - {{name: Salaries, spend: 700000}}
        """
    canada = json.loads(
        run_cli(
            "check", "-f", "json", "--exit-zero", write_profile(text.format(currency="CAD"))
        ).stdout
    )
    [ba114] = [f for f in canada["profiles"][0]["findings"] if f["rule"] == "BA114"]
    assert "restrict: in the US: ABA Model Rule 7.2(b)" in ba114["message"]
    assert ba114["message"].endswith("Your own country's rules apply to you.")
    assert ba114["advice"].startswith(
        "check the arrangement with your own regulator (the professional body that licenses you)"
    )
    assert "What they allow in the US: Divide a fee" in ba114["advice"]
    # ...and the report's note on the profession's rule says so too (every format shows it)
    rule = canada["profiles"][0]["industry"]["referral_rule"]
    assert rule.startswith("In the US: ABA Model Rule 7.2(b)")
    assert rule.endswith("Your own country's rules apply to you.")
    us = json.loads(
        run_cli(
            "check", "-f", "json", "--exit-zero", write_profile(text.format(currency="USD"))
        ).stdout
    )
    [ba114] = [f for f in us["profiles"][0]["findings"] if f["rule"] == "BA114"]
    assert "restrict: ABA Model Rule 7.2(b)" in ba114["message"]
    assert "your state bar's ethics counsel" in ba114["advice"]
    assert "What they allow: Divide a fee" in ba114["advice"]
    assert us["profiles"][0]["industry"]["referral_rule"].startswith("ABA Model Rule 7.2(b)")


def test_an_english_firms_disclosed_referral_fees_outside_personal_injury_are_a_channel(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Q11 of the thirty-third round's second re-review (2026-12-05): a Leeds firm's disclosed
    conveyancing referral fees were warned about with its personal-injury ones, and BA101 told
    it to stop all of them. In England and Wales referral fees are banned in personal-injury
    work only (LASPO 2012, s.56); others are allowed when the client is told (SRA Code of
    Conduct for Solicitors, 2019, para 5.1). By hand: marketing 42,000 + 27,000 + 36,000 =
    105,000, 5.68% of 1,850,000; without the PI fees BA114 warns about, 63,000, 3.41%."""
    path = write_profile(
        """
        version: 1
        business: {name: Hartley & Co Solicitors LLP, industry: legal, currency: GBP}
        revenue: 1850000
        activities:
          - {name: Referral fees - claims management company (350 per PI case), spend: 42000}
          - name: Estate agent referral fees (150 per conveyance, disclosed to clients)
            spend: 27000
          - {name: Google Ads, spend: 36000}
          - {name: Fee earners' salaries, spend: 720000}
        customers:
          new: 600
          sources: {estate agent: 180, claims management company: 120, Google Ads: 300}
          average_revenue: 1750
        """
    )
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    found = report["profiles"][0]["findings"]
    pi, conveyancing = sorted(
        (f for f in found if f["rule"] == "BA114"), key=lambda f: f["severity"] != "warning"
    )
    assert pi["severity"] == "warning"
    assert pi["message"].startswith(
        "'Referral fees - claims management company (350 per PI case)' pays for referrals, "
        "which your profession's rules restrict: In England and Wales, the Legal Aid"
    )
    assert "in the US" not in pi["message"]
    assert "Your own country" not in pi["message"]
    assert pi["advice"].startswith("check the arrangement with the SRA's Professional Ethics")
    assert "Rule 1.5(e)" not in pi["advice"]
    assert conveyancing["severity"] == "info"
    assert (
        "allow only when the work is not personal injury (LASPO 2012, s.56)"
        in (conveyancing["message"])
    )
    [ba101] = [f for f in found if f["rule"] == "BA101"]
    assert "5.7% of revenue" in ba101["message"]
    assert (
        "only with £42,000 that BA114 warns about; without it, 3.4% (£63,000)" in (ba101["message"])
    )
    estate_agents = [
        c for c in report["profiles"][0]["channels"] if c["name"].startswith("Estate agent")
    ]
    assert [c["cac"] for c in estate_agents] == ["150"]  # 27,000 ÷ 180
    rule = report["profiles"][0]["industry"]["referral_rule"]
    assert rule.startswith("In England and Wales, the Legal Aid, Sentencing and Punishment")
    # a conveyancing panel's "marketing fee" pays for the instructions it sends (R16 of the
    # thirty-fourth round's re-review): a referral fee, held to the same rules
    path = write_profile(
        """
        version: 1
        business: {name: Hartley & Co Solicitors LLP, industry: legal, currency: GBP}
        revenue: 1850000
        activities:
          - {name: Conveyancing panel marketing fees, spend: 18000}
          - {name: Fee earners' salaries, spend: 720000}
        """
    )
    found = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    assert [f["severity"] for f in found["profiles"][0]["findings"] if f["rule"] == "BA114"] == [
        "warning"
    ]


@pytest.mark.parametrize(
    "name", ["Supers' tips for rekey calls", "Apartment maintenance staff Visa cards"]
)
def test_ba121_reads_gifts_to_supers_and_maintenance_staff_whatever_the_line_was_read_as(
    name: str,
) -> None:
    """Q4 of the thirty-third round's second re-review (2026-12-05): "Supers' tips for rekey
    calls", read as operations by "tip", and "Apartment maintenance staff Visa cards", by
    "maintenance", escaped BA121, which looked only at marketing, sales and unplaced lines."""
    assert [
        f.subject
        for f in _found(
            "BA121",
            {
                "revenue": 900000,
                "activities": [{"name": name, "spend": 1200}, {"name": "Wages", "spend": 400000}],
            },
        )
    ] == [name]


def test_a_bare_directors_loan_account_beside_a_small_salary_leaves_the_hour_to_the_rate() -> None:
    """Q9 of the thirty-third round's second re-review (2026-12-05): a bare "Director's loan
    account" (£60,000), read by BA116 as the owner taking money, did not count beside her
    £12,570 salary, so her selling was priced at £4.40 an hour where she stated £60."""
    from bizaudit.core.owner_pay import owner_hour_value

    profile = {
        "version": 1,
        "business": {"name": "Northgate IT Ltd", "currency": "GBP"},
        "revenue": 900000,
        "activities": [
            {"name": "Director's salary", "spend": 12570},
            {"name": "Director's loan account", "spend": 60000},
            {"name": "Engineers' salaries", "spend": 400000},
        ],
        "owner_hours": {"delivery": 35, "marketing": 5, "sales": 15, "rate": 60},
    }
    assert owner_hour_value(_facts(profile)) == Decimal(60)


@pytest.mark.parametrize("vat", ["VAT - ROS", "VAT3 return payment", "VAT 13.5% paid to Revenue"])
def test_vat_paid_is_surely_no_cost_however_it_is_written(vat: str) -> None:
    """Q7 of the thirty-third round's second re-review (2026-12-05): the owners' hour "without
    the lines BA116 names" was €19 with "VAT - ROS" and €13.44 with "VAT3 return payment", for
    the same €29,500: VAT, however written, is one of the lines surely no cost of the period.
    By hand: 100,000 − 60,000 − 10,000 = 30,000, and 40,000 without the VAT."""
    from bizaudit.core.financing import moved_in

    profile = {
        "version": 1,
        "business": {"name": "X", "currency": "EUR"},
        "revenue": 100000,
        "activities": [{"name": "Wages", "spend": 60000}, {"name": vat, "spend": 10000}],
    }
    assert moved_in(_facts(profile)) == (Decimal(10000), Decimal(0))


def test_ba101_calls_no_kept_line_the_owners_pay_beside_a_salary() -> None:
    """The stop's reading of its own change (2026-12-05): beside an owner's salary, a draw is
    profit and is taken out with the lines surely no cost, so the only line kept in was sales
    tax, yet the advice said "the $6,700 it names that may be the owner's pay". By hand:
    1,000,000 − (10,000 + 90,000 + 72,000 + 6,700 + 24,000 + 600,000) = 197,300, and 293,300
    without the loan's 24,000 and the draw's 72,000."""
    [ba101] = _found(
        "BA101",
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 10000},
                {"name": "Owner salary", "spend": 90000},
                {"name": "Owner draw", "spend": 72000},
                {"name": "Sales tax remitted (retail)", "spend": 6700},
                {"name": "SBA loan payment", "spend": 24000},
                {"name": "Rent and wages", "spend": 600000},
            ],
        },
    )
    assert (
        "operating profit (without the lines BA116 names as no cost; the $6,700 it names that "
        "may be costs in part kept in) $293,300 → "
    ) in ba101.advice


_TOUR = """
    version: 1
    business: {name: Harbour Tours Ltd, currency: NZD}
    revenue: 1000000
    activities:
      - {name: MARKETPLACE commission, spend: 150000}
      - {name: Google Ads, spend: 20000}
      - {name: Guide wages, spend: 300000}
    customers:
      new: 2000
      sources: {MARKETPLACE: 1500, Google Ads: 400, Word of mouth: 100}
      average_revenue: 500
      gross_margin: 40%
      retention_rate: 0%
    """


def test_what_marketplaces_keep_is_what_their_customers_cost_to_ba201_ba101_and_ba123(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F1, F4 and F7 of the thirty-fourth review round (2026-12-05): a tour operator whose
    cruise lines and OTAs kept most of what its customers cost scored "Strong" at 19.5× (1.2×
    with the commissions), was asked for $51,840 more marketing while they took 17% of its
    gross, and Viator's 83% of its customers raised no BA123. By hand: a customer is worth
    500 × 40% = 200 (one purchase); 1,900 were not referred; CAC excluding referrals 20,000 ÷
    1,900 = 10.53, 19.0×; with Viator's 150,000, 200 ÷ (10.53 + 78.95) = 2.2×. Marketing is
    20,000 ÷ 850,000 = 2.35% of net revenue; with the commissions, 170,000 ÷ 1,000,000 = 17%
    of revenue before them. Viator brought 1,500 of 2,000, 75%."""
    path = write_profile(_TOUR.replace("MARKETPLACE", "Viator"))
    found = {
        f["rule"]: f
        for f in json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)["profiles"][
            0
        ]["findings"]
    }
    ba201 = found["BA201"]
    assert ba201["severity"] == "warning"
    assert ba201["message"].startswith(
        "a customer won other than by referral is worth 19.0× what it costs to win ($200 LTV ÷ "
        "$10.53 CAC excluding referrals), but marketplaces kept $150,000 of commissions on "
        "these customers, taken out of revenue: with them, 2.2×"
    )
    ba101 = found["BA101"]
    assert ba101["severity"] == "warning"  # not a failed check: it is spent, as commissions
    assert "2.35% of net revenue ($20,000 of $850,000)" in ba101["message"]
    assert ba101["message"].endswith(
        "with them, winning customers took 17% of revenue before them, over the minimum"
    )
    assert ba101["advice"].startswith("most of what winning customers costs is the marketplaces")
    assert found["BA123"]["message"].startswith("75% of new customers (1,500 of 2,000)")
    # A delivery app's commission pays its courier too: BA101 does not count it as winning
    # customers, and stays an error
    path = write_profile(_TOUR.replace("MARKETPLACE", "DoorDash"))
    [ba101] = [
        f
        for f in json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)["profiles"][
            0
        ]["findings"]
        if f["rule"] == "BA101"
    ]
    assert ba101["severity"] == "error"
    assert "marketplaces kept" not in ba101["message"]


def test_a_cpa_rules_condition_is_said_as_american_outside_the_us(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F15 of the thirty-fourth review round (2026-12-05): an Australian bookkeeping bureau
    was told, as information, that its rules allow a referral fee only as the AICPA's ET
    1.520.001 does, and to check "your state board of accountancy"; what is allowed was the
    AICPA's too."""
    path = write_profile(
        """
        version: 1
        business: {name: Ledgerline Bookkeeping Pty Ltd, industry: accounting, currency: AUD}
        revenue: 620000
        activities:
          - {name: Referral fees paid - accountants, spend: 6400}
          - {name: Bookkeeper wages, spend: 300000}
        """
    )
    [profile] = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)["profiles"]
    [ba114] = [f for f in profile["findings"] if f["rule"] == "BA114"]
    assert ba114["severity"] == "info"
    assert (
        "which in the US your profession's rules allow only when it is disclosed"
        in (ba114["message"])
    )
    assert ba114["message"].endswith("Your own country's rules apply to you.")
    assert "state board" not in ba114["advice"]
    assert profile["industry"]["referral_allowed"].startswith("In the US: ")


@pytest.mark.parametrize(
    "name",
    [
        "505 Income Tax Expense",
        "PAYG instalments",
        "Provisional tax",
        "Terminal tax",
        "Company tax",  # R9 of the round's re-review
        "Tax on profit",
        "Income tax paid",
    ],
)
def test_income_tax_as_australian_and_new_zealand_books_name_it_comes_after_the_operating_profit(
    name: str,
) -> None:
    """F11 of the thirty-fourth review round (2026-12-05): Xero's "Income Tax Expense",
    Australia's PAYG instalments and New Zealand's provisional tax were counted in the
    operating profit. By hand: 100,000 − 45,000 of wages = 55,000, before 10,000 of tax."""
    report = _report(
        {
            "business": {"name": "X", "currency": "AUD"},
            "revenue": 100000,
            "activities": [
                {"name": "Wages", "spend": 45000},
                {"name": name, "spend": 10000},
            ],
        }
    )
    assert report.profit.operating_profit == Decimal(55000)
    assert report.profit.income_tax == Decimal(10000)


def test_payg_withholding_beside_gross_wages_is_named_by_ba116() -> None:
    """F11 of the thirty-fourth review round: a bureau's "ATO - PAYGW", the employees' tax
    withheld from the gross wages it also lists, was counted as a cost a second time. By hand:
    100,000 − 60,000 − 12,000 = 28,000 with it, 40,000 without."""
    found = _found(
        "BA116",
        {
            "business": {"name": "X", "currency": "AUD"},
            "revenue": 100000,
            "activities": [
                {"name": "Wages (gross)", "spend": 60000},
                {"name": "ATO - PAYGW", "spend": 12000},
            ],
        },
    )
    [ba116] = found
    assert "employees' income tax withheld from their wages" in ba116.message
    assert "$28,000 (28% of revenue) with it, $40,000 (40%) without it" in ba116.message


@pytest.mark.parametrize(
    ("currency", "line", "withheld"),
    [
        ("NZD", "IRD - PAYE", True),
        ("GBP", "HMRC PAYE", True),
        ("EUR", "Revenue - PAYE", True),  # Ireland's; it had read as a sales tax remitted
        ("GBP", "HMRC - PAYE & NI", False),  # the employer's National Insurance is a cost
        ("GBP", "PAYE/NIC", False),
        ("NZD", "IRD PAYE & KiwiSaver", False),  # so are the employer's contributions
        ("EUR", "Revenue - PAYE/PRSI", False),
        ("GBP", "PAYE penalties", False),
        ("USD", "Payee fees", False),
    ],
)
def test_paye_beside_gross_wages_is_named_by_ba116(
    currency: str, line: str, withheld: bool
) -> None:
    """R9 of the thirty-fourth round's re-review (2026-12-05): New Zealand's and the UK's PAYE,
    the employees' income tax withheld from gross wages, as Australia's PAYG withholding is.
    By hand: 100,000 − 60,000 − 12,000 = 28,000 with it, 40,000 without."""
    found = _found(
        "BA116",
        {
            "business": {"name": "X", "currency": currency},
            "revenue": 100000,
            "activities": [
                {"name": "Wages (gross)", "spend": 60000},
                {"name": line, "spend": 12000},
            ],
        },
    )
    assert bool(found) is withheld
    if withheld:
        assert "(PAYG withholding, PAYE): part of the gross wages" in found[0].message
        assert re.search(r"28[,.]000(?:\xa0€)? \(28% of revenue\) with it, ", found[0].message)


@pytest.mark.parametrize(
    "line",
    [
        "Hotel concierge commissions (cash, $10/head)",
        "Gift cards for hotel concierges",
        "Concierge gratuities",  # R13 of the round's re-review
        "Cash to hotel concierges",
    ],
)
def test_cash_or_cards_to_hotel_concierges_are_ba121s(line: str) -> None:
    """F16 of the thirty-fourth review round (2026-12-05): a tour operator's cash to the
    concierges who steer a hotel's guests was a channel `plan` said to recruit more of; a
    concierge is the hotel's employee, and a benefit given without the hotel's consent to
    influence their conduct is commercial bribery (N.Y. Penal Law §180.00) or a secret
    commission."""
    profile = {
        "business": {"name": "X", "currency": "NZD"},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 6500}, {"name": "Guide wages", "spend": 200000}],
    }
    [ba121] = _found("BA121", profile)
    assert ba121.message.startswith(f"{line!r} gives something of value to those who award")


def test_nothing_spent_on_keeping_customers_none_of_whom_come_back_is_information() -> None:
    """F18 of the thirty-fourth review round (2026-12-05): a wedding venue whose profile says
    no couple comes back (retention 0%) got BA104 as a warning, which fails --strict, and was
    told of a warranty or inspection visit."""
    profile = {
        "business": {"name": "X"},
        "revenue": 500000,
        "activities": [{"name": "Google Ads", "spend": 20000}],
        "customers": {"new": 50, "average_revenue": 10000, "gross_margin": "40%",
                      "retention_rate": "0%"},
    }  # fmt: skip
    [ba104] = _found("BA104", profile)
    assert ba104.severity == "info"
    assert ba104.advice.startswith("customers buy once (none comes back")
    assert "warranty" not in ba104.advice
    profile["customers"]["retention_rate"] = "10%"  # type: ignore[index]
    [ba104] = _found("BA104", profile)
    assert ba104.severity == "warning"


def test_nearly_full_with_no_channel_to_grow_claims_no_room_to_spend() -> None:
    """F17 of the thirty-fourth review round (2026-12-05): a storage site 88% full, whose one
    channel is priced per move-in (which `plan` leaves alone), was told "there is room to spend
    more on acquisition, for the places still free" beside `plan`'s "Nothing to plan"."""
    profile = {
        "business": {"name": "X", "capacity_used": "88%"},
        "revenue": 900000,
        "activities": [{"name": "SpareFoot move-in fees", "spend": 10000}],
        "customers": {"new": 120, "sources": {"SpareFoot": 100, "Tenant referral": 20},
                      "average_revenue": 1500, "gross_margin": "60%", "churn_rate": "40%"},
    }  # fmt: skip
    [ba202] = _found("BA202", profile)
    assert "the business is 88% full (business.capacity_used), and no channel today takes" in (
        ba202.message
    )
    assert "there is room" not in ba202.message


def test_commissions_meet_the_minimum_for_the_score_and_beside_a_flagged_line(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Q1 and Q3 of the thirty-fourth round's re-review (2026-12-05): a $3,000 line BA121
    flags turned BA101 into a failed check asking for budget, where without it the commissions
    met the minimum; and the score's marketing part and the headline judged the share without
    the commissions BA101 counts ("too little goes into marketing" beside "more budget is not
    the gap"). By hand: with Viator's 150,000, (20,000 + 150,000) ÷ 1,000,000 = 17% of revenue
    before them, over the 10% minimum."""
    text = _TOUR.replace("MARKETPLACE", "Viator").replace(
        "  - {name: Google Ads, spend: 20000}",
        "  - {name: Google Ads, spend: 20000}\n"
        "      - {name: 'Hotel concierge commissions (cash)', spend: 3000}",
    )
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", write_profile(text)).stdout)
    [profile] = report["profiles"]
    rules = {f["rule"]: f["severity"] for f in profile["findings"]}
    assert rules["BA121"] == "warning"
    assert rules.get("BA101") != "error"
    [part] = [c for c in profile["score_components"] if c["name"] == "marketing investment"]
    # met only through the marketplaces: not scored, neither as a gap nor as full marks (S3
    # of the round's second re-review: a B&B whose own marketing was 1.2% scored 99)
    assert part["earned"] is None
    assert "with the commissions marketplaces kept on the customers they brought" in (part["basis"])
    assert part["basis"].endswith("not scored: it is met only through the marketplaces")
    assert "too little goes into marketing" not in profile["verdict"]


def test_a_strong_score_beside_customers_who_cost_too_much_says_so() -> None:
    """Q3 of the thirty-fourth round's re-review: with the commissions counted in the
    marketing part, a mover at 2.8× (BA201) scored 80 and read only "Strong: you invest in
    getting and keeping customers on purpose"."""
    from bizaudit.explain.score import verdict

    assert verdict(80, costs_too_much=True).startswith(
        "Strong: you invest on purpose, but customers cost too much"
    )
    assert verdict(80).startswith("Strong: you invest in getting and keeping customers")


@pytest.mark.parametrize("app", ["Uber Eats", "Menulog", "Wolt"])
def test_a_delivery_apps_commission_is_not_what_winning_its_customers_costs(
    run_cli: RunCli, write_profile: WriteProfile, app: str
) -> None:
    """Q2 and Q4 of the thirty-fourth round's re-review (2026-12-05): a delivery app's
    commission pays its courier too, so BA101 leaves it out of winning customers; Menulog and
    Wolt were not read as delivery apps (an Australian restaurant passed where the same one in
    pounds failed), and BA201 counted the commission BA101 left out ("customers cost too much"
    beside "add budget")."""
    path = write_profile(_TOUR.replace("MARKETPLACE", app))
    found = {
        f["rule"]: f
        for f in json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)["profiles"][
            0
        ]["findings"]
    }
    assert found["BA101"]["severity"] == "error"
    assert "marketplaces kept" not in found["BA101"]["message"]
    assert "BA201" not in found


def test_the_travel_trade_is_a_marketplace_only_where_its_commission_is_listed(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Q5 of the thirty-fourth round's re-review (2026-12-05): a port café whose customers
    walk off cruise ships got BA123, "marketplaces that keep the customer and a commission",
    for a commission it does not pay; a tour operator whose cruise lines keep one still does.
    By hand: 1,500 of 2,000 came off cruise ships, 75%."""
    base = _TOUR.replace("MARKETPLACE", "Cruise line")
    cafe = base.replace("      - {name: Cruise line commission, spend: 150000}\n", "")
    assert cafe != base
    # money off for the passengers is not paid to the cruise lines (S11 of the second
    # re-review: a café's "welcome pack voucher" had made them a marketplace again)
    voucher = base.replace(
        "Cruise line commission, spend: 150000",
        "Cruise ship welcome pack voucher (10% off), spend: 3000",
    )
    assert voucher != base
    for text, warned in ((base, True), (cafe, False), (voucher, False)):
        found = {
            f["rule"]
            for f in json.loads(
                run_cli("check", "-f", "json", "--exit-zero", write_profile(text)).stdout
            )["profiles"][0]["findings"]
        }
        assert ("BA123" in found) is warned


@pytest.mark.parametrize(
    "line",
    [
        "Concierge commissions - paid to hotel (invoiced)",
        "Commission to hotels for concierge bookings",
    ],
)
def test_a_commission_paid_to_the_hotel_itself_is_no_bribe(line: str) -> None:
    """Q8 of the thirty-fourth round's re-review (2026-12-05): a concierge commission invoiced
    by the hotel is paid to the principal, which is what BA121 itself advises."""
    profile = {
        "business": {"name": "X", "currency": "NZD"},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 6500}, {"name": "Guide wages", "spend": 200000}],
    }
    assert _found("BA121", profile) == []


def test_ba102_says_the_us_rules_it_quotes_are_the_uss_outside_the_us() -> None:
    """R12 of the thirty-fourth round's re-review (2026-12-05): BA102's advice gave an
    Australian bureau the AICPA's allowances as its own profession's rules."""
    profile = {
        "business": {"name": "X", "industry": "accounting", "currency": "AUD"},
        "revenue": 500000,
        "activities": [{"name": "Google Ads", "spend": 5000}],
        "customers": {"new": 20, "sources": {"Client referral": 16, "Google Ads": 4}},
    }
    [ba102] = _found("BA102", profile)
    assert "(in the US, what they allow: A referral fee paid or received" in ba102.advice
    assert "Your own country's rules apply to you." in ba102.advice
    profile["business"]["currency"] = "USD"  # type: ignore[index]
    [ba102] = _found("BA102", profile)
    assert "so use what they allow: A referral fee paid or received" in ba102.advice


@pytest.mark.parametrize(
    "line",
    [
        # (with its rate, "15% of fees, ongoing", its first year is counted and the rest taken
        # off the lifetime value instead: BI6 of round 62b, tests/test_review62l.py)
        "Trail commission to referring accountants (ongoing)",
        "Recurring referral fees - accountants",  # S7 of the second re-review
        "Monthly referral fees to accountants",
        "Lifetime commission to referring accountants",
    ],
)
def test_a_trail_commission_to_referrers_makes_the_cac_a_ceiling(line: str) -> None:
    """Q6 of the thirty-fourth round's re-review (2026-12-05): a bureau's trail commission to
    the accountants who refer, 15% of the referred clients' fees for as long as they stay, was
    charged to this year's new clients alone (2.3× for about 3.1×), with no word that it pays
    for the clients referred in earlier years too."""
    profile = {
        "business": {"name": "X", "currency": "AUD"},
        "revenue": 500000,
        "activities": [
            {"name": line, "spend": 21000},
            {"name": "Google Ads", "spend": 14000},
        ],
        "customers": {"new": 11, "sources": {"Accountant referral": 6, "Google Ads": 5},
                      "average_revenue": 3000, "gross_margin": "40%", "churn_rate": "24%"},
    }  # fmt: skip
    [ba201] = _found("BA201", profile)
    assert "a trail commission is paid on the clients referred in earlier years too" in (
        ba201.message
    )
    assert ba201.message.endswith("it is a ceiling, and this ratio a floor")


def test_the_cac_basis_names_the_lines_the_referrals_it_counts_as_paid_for_came_through(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F18 of the thirty-fourth review round (2026-12-05): the CAC basis said "the 515 include
    30 referrals that came through funded lines, referral programmes or a channel you joined
    them to" without naming one, and an accountant cannot tick a basis that does not say
    which lines."""
    path = write_profile(
        """
        version: 1
        business: {name: X, currency: AUD}
        revenue: 500000
        activities:
          - {name: Lunches with accountants, spend: 3000}
          - {name: Google Ads, spend: 14000}
        customers:
          new: 13
          sources: {Accountant referral: 6, Google Ads: 5, Client referral: 2}
        """
    )
    economics = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)["profiles"][
        0
    ]["economics"]
    assert (
        "the 11 include 6 referrals that came through 'Lunches with accountants'"
        in (economics["non_referral_cac"]["basis"])
    )


def test_a_fee_for_a_company_tax_return_is_an_operating_cost() -> None:
    """S6 of the thirty-fourth round's second re-review (2026-12-05): "Tax agent fees -
    company tax return" was put after the operating profit as income tax. By hand: 100,000 −
    45,000 − 10,000 = 45,000."""
    report = _report(
        {
            "business": {"name": "X", "currency": "AUD"},
            "revenue": 100000,
            "activities": [
                {"name": "Wages", "spend": 45000},
                {"name": "Tax agent fees - company tax return", "spend": 10000},
            ],
        }
    )
    assert report.profit.operating_profit == Decimal(45000)
    assert report.profit.income_tax == 0


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Planner commissions - non-disclosed", True),  # S1 of the second re-review
        ("Planner commissions (never disclosed)", True),
        ("Planner commissions (disclosed to couple)", False),
    ],
)
def test_a_commission_said_not_to_be_disclosed_is_ba121s(line: str, flagged: bool) -> None:
    profile = {
        "business": {"name": "X", "currency": "GBP"},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 6500}, {"name": "Staff wages", "spend": 200000}],
    }
    assert bool(_found("BA121", profile)) is flagged


def test_a_slow_payback_alone_is_said_as_slow_not_as_customers_costing_too_much() -> None:
    """S12 of the thirty-fourth round's second re-review (2026-12-05): a payback beyond the
    norm (BA203) at 3.3× read "customers cost too much for what they bring back"."""
    from bizaudit.explain.score import verdict

    assert verdict(85, costs_too_much=True, slow_payback=True).startswith(
        "Strong: you invest on purpose, but customers take long to pay back"
    )
    assert verdict(65, costs_too_much=True, slow_payback=True) == (
        "Fair overall, but customers take too long to pay back what they cost; fix that first."
    )
    assert verdict(65, costs_too_much=True).startswith("Fair overall, but customers cost too much")


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Builder marketing co-op - Ryan Homes community", True),  # F2
        ("Desk rental at RE/MAX office (two desks)", True),
        ("6310 Desk Rental - Century 21 Alliance", True),
        ("Co-marketing with agents (open house flyers, each pays its share)", False),  # F9
        ("Open house flyers with agents, 50-50 split", False),
        ("Co-marketing with agents (we pay their share)", True),
        ("Open house catering for agents (each pays its share)", True),
        # R4 of the round's re-review: a website's or a funnel's builder is a tool
        ("Website builder (Wix) for marketing site", False),
        ("Funnel builder software for Facebook ads", False),
        ("Co-marketing with home builders", True),
    ],
)
def test_respa_reads_a_builders_marketing_and_a_brokerages_desks_but_not_a_fair_share(
    line: str, flagged: bool
) -> None:
    """F2 and F9 of the thirty-fifth review round (2026-12-05): a mortgage broker paying a
    builder's community marketing was priced as its cheapest channel and `plan` grew it, and
    "Desk rental" in a referring brokerage escaped a pattern that knew "desk rent"; yet open
    house flyers where each side pays its share, the joint marketing RESPA allows (12 CFR
    §1024.14(g)(2)), were flagged."""
    profile = {
        "business": {"name": "Keystone Home Lending", "industry": "mortgage"},
        "revenue": 1000000,
        "activities": [
            {"name": line, "spend": 20000},
            {"name": "Google Ads", "spend": 30000},
            {"name": "Processor salaries", "spend": 200000},
        ],
    }
    assert bool(_found("BA114", profile)) is flagged


def test_a_loan_officers_draw_is_pay_for_producing_loans(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F10 of the thirty-fifth review round (2026-12-05): "Loan officer guaranteed draws" read
    as selling while the same officers' commissions were cost of sales, and the broker failed
    BA204. By hand: acquisition is the Zillow line alone, 36,000 ÷ 90 = 400."""
    path = write_profile(
        """
        version: 1
        business: {name: Keystone Home Lending, industry: mortgage}
        revenue: 578700
        activities:
          - {name: Loan officer guaranteed draws, spend: 144000}
          - {name: LO comp (bps on funded loans), spend: 62000}
          - {name: Zillow Premier Lender, spend: 36000}
        customers: {new: 90, sources: {Zillow: 90}}
        """
    )
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    assert report["profiles"][0]["economics"]["cac"]["value"] == "400"


@pytest.mark.parametrize(
    ("line", "movement"),
    [
        ("Preneed trust deposits", "in trust"),  # F3
        ("Pre-need trust funding (85% of contracts)", "in trust"),
        ("Preneed insurance premiums remitted", "in trust"),
        ("Preneed seminars", None),
        ("Trust account fees", None),
        ("OSS VAT payments (other EU countries)", "pass-through"),  # F15
        ("Umsatzsteuer-Zahllast", "pass-through"),
        ("USt-Zahllast", "pass-through"),
        ("MwSt-Vorauszahlung", "pass-through"),
        ("BTW afdracht", "pass-through"),
        ("Af te dragen BTW", "pass-through"),
        ("Boss lunch", None),
        ("Justin's travel", None),
        ("Umsatzsteuer Beratung (Steuerberater)", None),  # R11: an adviser's fee
        ("Säumniszuschläge Umsatzsteuer", None),  # a surcharge, a cost
        ("Keg deposits paid", "deposit"),  # F23: a container's deposit comes back
        ("Keg sales", None),
    ],
)
def test_money_held_for_customers_or_the_tax_office_in_more_words(
    line: str, movement: str | None
) -> None:
    """F3 and F15 of the thirty-fifth review round (2026-12-05): a funeral home's pre-need
    trust deposits, customers' money the state's pre-need law makes it hold, and the EU's
    One-Stop-Shop VAT and German and Dutch VAT paid over, counted as overhead."""
    from bizaudit.core.financing import held_not_spent

    assert held_not_spent(line) == movement


def test_pre_need_trust_deposits_make_no_thin_margin() -> None:
    """F3 of the thirty-fifth review round (2026-12-05). By hand: 1,000,000 − 968,000 =
    32,000 (3.2%, under BA115's 5%) with the $140,000 of deposits; 172,000 (17.2%) without."""
    profile = {
        "business": {"name": "Oakwood Funeral Home", "industry": "death-care"},
        "revenue": 1000000,
        "activities": [
            {"name": "Preneed trust deposits", "spend": 140000},
            {"name": "Google Ads", "spend": 30000},
            {"name": "Aftercare mailings", "spend": 8000},
            {"name": "Salaries", "spend": 660000},
            {"name": "Caskets and urns", "spend": 130000},
        ],
    }
    [ba116] = _found("BA116", profile)
    assert "customers' money put in trust or escrow" in ba116.message
    assert "$32,000 (3.2% of revenue) with it, $172,000 (17.2%) without it" in ba116.message
    assert _found("BA115", profile) == []


@pytest.mark.parametrize(
    "line",
    [
        "Managing director salary",
        "4127 Geschäftsführergehälter",
        "GF-Gehalt",
        "4010 Management fee DGA",
        "Salaris DGA",
    ],
)
def test_a_managing_directors_pay_is_the_owners_in_a_european_company(line: str) -> None:
    """F18 of the thirty-fifth review round (2026-12-05): a German GmbH's managing director
    (Geschäftsführer) and a Dutch B.V.'s director-major shareholder (DGA) are its
    owner-managers; BA118 had said no line paid the owner."""
    profile = {
        "version": 1,
        "business": {"name": "Nordlicht Shop GmbH", "currency": "EUR"},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 80000}, {"name": "Google Ads", "spend": 10000}],
        "owner_hours": {"delivery": 40},
    }
    assert owner_paid(_facts(profile)) == Decimal(80000)
    assert owner_paid(_facts({**profile, "activities": [
        {"name": "Office manager salary", "spend": 80000}]})) is None  # fmt: skip


@pytest.mark.parametrize(
    ("currency", "says", "not_said"),
    [
        ("USD", "16 CFR §465.4", "Digital Markets"),
        ("EUR", "Unfair Commercial Practices Directive 2005/29/EC, Annex I point 23c", "16 CFR"),
        ("GBP", "Digital Markets, Competition and Consumers Act 2024", "16 CFR"),
        ("JPY", "the FTC's rule on it (16 CFR §465.4) is the United States'", "$51,744"),
    ],
)
def test_ba120_quotes_the_review_law_of_the_profiles_country(
    currency: str, says: str, not_said: str
) -> None:
    """F14 of the thirty-fifth review round (2026-12-05): a German web shop's reward for a
    five-star review was told of the FTC's rule and a penalty in dollars."""
    profile = {
        "business": {"name": "X", "currency": currency},
        "revenue": 1000000,
        "activities": [
            {"name": "Review insert cards - free filter set for a 5-star review", "spend": 6000},
            {"name": "Wages", "spend": 200000},
        ],
    }
    [ba120] = _found("BA120", profile)
    assert says in ba120.message
    assert not_said not in ba120.message


@pytest.mark.parametrize("returning", [0, 40])
def test_ba104_says_when_buying_once_is_the_trades_assumption(returning: int) -> None:
    """F16 of the thirty-fifth review round (2026-12-05): a funeral home told "none comes back,
    by the profile's own figure" had stated no churn (buying once is the vertical's
    assumption), beside 40 families its sources listed as served before; and was told to ask
    for a review, not of aftercare, the trade's way of keeping families."""
    sources = {"hospice": 30, "church": 30, "google": 40}
    if returning:
        sources["served family before"] = returning
    profile = {
        "business": {"name": "Oakwood Funeral Home", "industry": "death-care"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": "Salaries", "spend": 600000},
        ],
        "customers": {
            "new": 100, "sources": sources, "average_revenue": 9000, "gross_margin": "60%"
        },
    }  # fmt: skip
    [ba104] = _found("BA104", profile)
    assert "aftercare for the families you served" in ba104.advice
    if returning:
        assert ba104.severity == "warning"
        assert ba104.advice.startswith("40 of the customers listed came back, so keeping them pays")
    else:
        assert ba104.severity == "info"
        assert "by the profile's own figure" not in ba104.advice


def test_a_hearses_payments_repay_a_loan() -> None:
    """F23 of the thirty-fifth review round (2026-12-05): a funeral home's "Hearse payment"
    was an unknown operating cost, where a truck's or a van's repay a loan (BA116)."""
    from bizaudit.core.financing import movement

    assert movement("Hearse payment", Classifier().classify("Hearse payment").term) == "loan"
    assert movement("Hearse lease payment", "lease") is None


def test_ba101_beside_a_brand_fund_says_a_loss_is_a_loss() -> None:
    """F23 of the thirty-fifth review round (2026-12-05): a franchisee at an operating loss was
    told "as the margin is under 5% (BA115)" where the report raised BA111, not BA115. By hand:
    1,000,000 − 45,000 − 10,000 − 960,000 = −15,000, a loss."""
    [ba101] = _found(
        "BA101",
        {
            "business": {"name": "X", "industry": "restaurant"},
            "revenue": 1000000,
            "activities": [
                {"name": "Brand fund contribution (4.5%)", "spend": 45000},
                {"name": "Local flyers", "spend": 10000},
                {"name": "Food and paper", "spend": 960000},
            ],
        },
    )
    assert "as the business runs at an operating loss (BA111)" in ba101.advice
    assert "BA115" not in ba101.advice


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("LO bonus - 25 bps on loans priced above par", True),
        ("Loan officer overage split", True),
        ("LO comp - YSP share", True),
        ("Loan officer bonus on rate spread", True),
        ("LO comp (bps on funded loans)", False),  # a fixed share of the amount lent
        ("LO comp - flat rate per loan", False),
        ("Loan officer salaries", False),
        ("Rate alert emails", False),
    ],
)
def test_ba124_flags_loan_officers_paid_on_the_loans_terms(line: str, flagged: bool) -> None:
    """F17 of the thirty-fifth review round (2026-12-05): a broker's "LO bonus - 25 bps on
    loans priced above par" raised nothing; Regulation Z forbids paying a loan originator on a
    term of the loan or a proxy for one (12 CFR §1026.36(d)(1)(i))."""
    profile = {
        "business": {"name": "Keystone Home Lending", "industry": "mortgage"},
        "revenue": 1000000,
        "activities": [
            {"name": line, "spend": 30000},
            {"name": "Zillow Premier Lender", "spend": 36000},
        ],
    }
    found = _found("BA124", profile)
    assert bool(found) is flagged
    if flagged:
        assert "12 CFR §1026.36(d)(1)(i)" in found[0].message
        assert _report(profile).score <= 79
    # no other trade's line is read so
    assert (
        _found("BA124", {**profile, "business": {"name": "X", "industry": "insurance-agency"}})
        == []
    )


def test_a_line_ba116_reads_as_money_held_is_not_also_asked_its_kind() -> None:
    """R11 of the thirty-fifth round's re-review (2026-12-05): BA106 asked what
    'Umsatzsteuer-Zahllast' and 'Preneed trust deposits' were for beside BA116 saying so."""
    profile = {
        "business": {"name": "X GmbH", "currency": "EUR"},
        "revenue": 1000000,
        "activities": [
            {"name": "Umsatzsteuer-Zahllast", "spend": 20000},
            {"name": "Preneed trust deposits", "spend": 30000},
            {"name": "Google Ads", "spend": 30000},
        ],
    }
    assert _found("BA106", profile) == []
    assert len(_found("BA116", profile)) == 2


def test_ba207_names_the_line_that_shares_its_words_but_was_read_otherwise(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """R6 of the thirty-fifth round's re-review (2026-12-05): "no spend on it is listed: they
    look free" beside the food truck's "Beer festival fees", read as where it sells."""
    path = write_profile(
        """
        version: 1
        business: {name: Taco Loco Food Truck, industry: restaurant}
        revenue: 400000
        activities:
          - {name: Beer festival fees, spend: 6000}
          - {name: Instagram ads, spend: 3000}
        customers: {new: 400, sources: {beer festival: 300, instagram ads: 100}}
        """
    )
    found = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    [ba207] = [f for f in found["profiles"][0]["findings"] if f["rule"] == "BA207"]
    assert "'Beer festival fees' shares its words and was read as operations" in ba207["message"]
    assert "no spend on it is listed" not in ba207["message"]


def test_appreciation_for_a_nursing_homes_staff_is_ba114s_in_death_care() -> None:
    """R1 of the thirty-fifth round's re-review (2026-12-05): a funeral home's "Nursing home
    staff appreciation" had become a priced channel that `plan` grew; a meal alone, as a
    clergy breakfast, is cultivation."""
    profile = {
        "business": {"name": "Oakwood Funeral Home", "industry": "death-care"},
        "revenue": 1000000,
        "activities": [
            {"name": "Nursing home staff appreciation", "spend": 3000},
            {"name": "Hospice in-service lunches", "spend": 4000},
            {"name": "Clergy appreciation breakfast", "spend": 1500},
            {"name": "Google Ads", "spend": 30000},
        ],
        "customers": {"new": 125, "sources": {"nursing home": 25, "hospice": 60, "google": 40}},
    }
    assert [f.subject for f in _found("BA114", profile)] == ["Nursing home staff appreciation"]


@pytest.mark.parametrize(
    ("currency", "line", "owner"),
    [
        ("EUR", "Gehalt Geschäftsführer", True),  # R14 of the 35th round's re-review
        ("CHF", "Geschäftsführerlohn", True),
        ("GBP", "MD salary", True),
        ("EUR", "Geschäftsführer Reisekosten", False),  # no pay word: travel
        ("EUR", "Auto DGA (leaseauto)", False),
    ],
)
def test_a_managing_directors_pay_needs_a_pay_word(currency: str, line: str, owner: bool) -> None:
    """R14 of the thirty-fifth round's re-review (2026-12-05): "Gehalt Geschäftsführer", a
    Swiss "Geschäftsführerlohn" and a UK "MD salary" were missed, while a managing director's
    travel and a director-shareholder's lease car counted as the owner's pay."""
    profile = {
        "version": 1,
        "business": {"name": "Nordlicht", "currency": currency},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 80000}, {"name": "Google Ads", "spend": 10000}],
        "owner_hours": {"delivery": 40},
    }
    assert owner_paid(_facts(profile)) == (Decimal(80000) if owner else None)


@pytest.mark.parametrize(
    "line", ["£20 voucher for a 5-star review", "€10 voucher for a 5-star review",
             "Gutschein für 5-Sterne-Bewertung"],
)  # fmt: skip
def test_ba120_reads_a_reward_for_five_stars_in_any_currency(line: str) -> None:
    """R13 of the thirty-fifth round's re-review (2026-12-05): a reward in pounds or euros, or
    a voucher, for a five-star review had passed."""
    profile = {
        "business": {"name": "X", "currency": "GBP"},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 2000}, {"name": "Wages", "spend": 200000}],
    }
    assert [f.rule for f in _found("BA120", profile)] == ["BA120"]


def test_a_law_firms_client_trust_deposits_are_money_held() -> None:
    """R12 of the thirty-fifth round's re-review (2026-12-05): a law firm's "Client trust
    account deposits (IOLTA)" were an operating cost (ABA Model Rule 1.15). By hand: 900,000 −
    777,000 = 123,000 with them, 273,000 without."""
    [ba116] = _found(
        "BA116",
        {
            "business": {"name": "X Law", "industry": "legal"},
            "revenue": 900000,
            "activities": [
                {"name": "Client trust account deposits (IOLTA)", "spend": 150000},
                {"name": "Salaries", "spend": 582000},
                {"name": "Google Ads", "spend": 45000},
            ],
        },
    )
    assert "client trust account under ABA Model Rule 1.15" in ba116.message
    assert "$123,000 (13.7% of revenue) with it, $273,000 (30.3%) without it" in ba116.message


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Loan officer commissions (flat 100 bps, no pricing-based pay)", False),
        ("LO comp - 1% of loan amount, not based on rate", False),
        ("Pricing engine (Optimal Blue) for LOs - comp plan module", False),
        ("LO bonus on branch profit margin (annual)", False),
        ("Loan officer overages", True),
        ("YSP paid to loan officers", True),
    ],
)
def test_ba124_reads_what_the_pay_follows(line: str, flagged: bool) -> None:
    """S1 of the thirty-fifth round's second re-review (2026-12-05): BA124 warned about pay
    that says it does not follow the loan's terms, pricing software and a profit bonus, and
    missed overages and a YSP paid to loan officers."""
    from bizaudit.core.rules.ba124_lo_pay_on_loan_terms import pays_on_terms

    assert pays_on_terms(line) is flagged


@pytest.mark.parametrize(
    ("name", "maker"),
    [
        ("Distillery Lane Tacos", False),  # S2: a street
        ("Brewery Row Burgers LLC", False),
        ("Chameleon Cold Brew Co.", False),  # coffee
        ("Kindred Spirits Co.", False),  # candles
        ("Pizza Port Brewing Co.", True),
        ("Silver Oak Cellars", True),
    ],
)
def test_a_maker_of_drink_is_read_by_its_own_kind_not_a_street(name: str, maker: bool) -> None:
    """S2 of the thirty-fifth round's second re-review (2026-12-05): a taco truck on Distillery
    Lane read as a brewer, a cold-brew coffee and a candle maker as alcohol producers."""
    from bizaudit.model.verticals import makes_drink

    assert makes_drink(name) is maker


@pytest.mark.parametrize(
    ("line", "movement"),
    [
        ("Tenant security deposits held in escrow", "in trust"),  # S12 of the second re-review
        ("Client account deposits (SRA)", "in trust"),
        ("Account fees", None),
    ],
)
def test_money_held_for_tenants_and_a_solicitors_clients(line: str, movement: str | None) -> None:
    """S12 of the thirty-fifth round's second re-review (2026-12-05)."""
    from bizaudit.core.financing import held_not_spent

    assert held_not_spent(line) == movement


@pytest.mark.parametrize(
    "line",
    [
        "MD pay benchmarking fee (consultant)",
        "Lohnbuchhaltung Geschäftsführer (Steuerberater)",
        "Beratung Geschäftsführer-Gehaltsverhandlung",
    ],
)
def test_a_service_about_the_directors_pay_is_not_the_pay(line: str) -> None:
    """S7 of the thirty-fifth round's second re-review (2026-12-05): a consultant's fee for
    benchmarking a managing director's pay had silenced BA118."""
    profile = {
        "version": 1,
        "business": {"name": "X Ltd", "currency": "GBP"},
        "revenue": 500000,
        "activities": [{"name": line, "spend": 3000}, {"name": "Google Ads", "spend": 10000}],
        "owner_hours": {"delivery": 40},
    }
    assert owner_paid(_facts(profile)) is None


def test_a_loss_from_overhead_beside_a_sales_team_buys_no_growth() -> None:
    """F17 of the thirty-sixth review round (2026-12-05): a med spa's second site lost $23,000
    on its new rent, with marketing at 6.2% inside its 5-10% range; its coordinators' pay, a
    running cost like any payroll, had made the loss "buy growth". By hand: costs 120,000 +
    110,000 + 900,000 + 893,000 = 2,023,000, a loss of 23,000; acquisition beyond the minimum
    120,000 − 5% × 2,000,000 = 20,000 < 23,000, where with the coordinators' 110,000 it had been
    130,000. Where the range counts selling too (a SaaS), selling may still buy growth."""
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "med-spa"},
        "revenue": 2000000,
        "activities": [
            {"name": "Google Ads", "spend": 120000},
            {"name": "Patient care coordinators (2)", "spend": 110000},
            {"name": "Injector wages", "spend": 900000},
            {"name": "Rent - second site", "spend": 893000},
        ],
        "customers": {"new": 1000, "sources": {"google ads": 1000}, "average_revenue": 2000,
                      "gross_margin": "55%", "retention_rate": "60%"},
    }  # fmt: skip
    [loss] = [f for f in _report(profile).findings if f.rule == "BA111"]
    assert "the loss buys growth" not in loss.advice
    assert loss.advice.startswith("count the months of cash left at this loss first")


def test_selling_that_already_wins_customers_comes_before_a_staged_test() -> None:
    """F11 of the thirty-sixth review round (2026-12-05): a pest company's door-to-door team
    (720,000, 20% of revenue) beside 76,000 of marketing (2.11%) was told "$104,000 more would
    reach the minimum, but a new customer already costs..."; the selling is how it wins
    customers, so the advice compares it first. By hand: 5% × 3,600,000 = 180,000 − 76,000 =
    104,000; (76,000 + 720,000) ÷ 3,600,000 = 22.1%."""
    [ba101] = _found(
        "BA101",
        {
            "business": {"name": "Case", "industry": "home-services"},
            "revenue": 3600000,
            "activities": [
                {"name": "D2D summer sales team commissions", "spend": 720000},
                {"name": "Google LSA", "spend": 40000},
                {"name": "Google Ads", "spend": 30000},
                {"name": "Renewal reminders", "spend": 6000},
                {"name": "Technician wages", "spend": 2600000},
            ],
            "customers": {"new": 3010, "sources": {"Door-to-door rep": 2600, "Google LSA": 260,
                          "Google Ads": 150}, "average_revenue": 470, "gross_margin": "50%",
                          "retention_rate": "55%"},
        },
    )  # fmt: skip
    assert ba101.severity == "warning"
    assert ba101.message.endswith("marketing and that selling come to 22.1%")
    assert ba101.advice.startswith(
        "$104,000 more would bring marketing alone to the minimum, but $720,000 of sales spend "
        "already wins customers ('D2D summer sales team commissions')"
    )


def test_a_test_goes_nowhere_where_no_channel_takes_more() -> None:
    """F14 of the thirty-seventh review round (2026-12-05): BA101 asked for a test "on the
    cheapest channel more money can buy" beside BA202's "no channel today takes more budget"
    and `plan`'s "no channel can be moved". Here the 12 customers who said "Google" are
    organic search's (an SEO retainer, left alone for that), and Google Ads has none of its
    own: `plan` may move neither, and the small organic channel is left alone for a reason
    other than its count. Default minimum 10% of 1,000,000 = 100,000; marketing 18,000, so
    82,000 more; profit 1,000,000 - 18,000 - 880,000 = 102,000 (10.2%), 20,000 (2%) after
    the gap: a staged test, into what needs no channel."""
    report = _report(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 12000},
                {"name": "SEO retainer", "spend": 6000},
                {"name": "Rent", "spend": 880000},
            ],
            "customers": {"new": 24, "sources": {"Google": 12, "Referral": 12}},
        }
    )
    advice = {f.rule: f.advice for f in report.findings}
    assert "the full $82,000 would take the operating margin from 10.2% to 2%" in advice["BA101"]
    assert "since no channel today can be shown to take more budget at a profit" in advice["BA101"]
    assert "more money can buy" not in advice["BA101"]


def test_money_is_not_moved_from_a_line_whose_customers_another_source_may_hold() -> None:
    """F9 of the thirty-seventh review round (2026-12-05): BA101 told a janitorial
    contractor to move money from its BOMA dues "as bringing no customers" beside BA206's
    "the 2 customers from 'BOMA networking' ... if some came through this spend". BA206 asks
    to join them first, so BA101 moves money only from the direct mail. Profit 1,000,000 -
    9,500 - 960,500 = 30,000 (3%, under 5%): the advice moves money rather than adds it."""
    report = _report(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "BOMA chapter dues and events", "spend": 4500},
                {"name": "Direct mail", "spend": 5000},
                {"name": "Rent", "spend": 960500},
            ],
            "customers": {"new": 20, "sources": {"BOMA networking": 2, "Referral": 18}},
        }
    )
    found = {f.rule: f.advice for f in report.findings if f.rule == "BA101"}
    assert "(BA206: $5,000 on Direct mail) into a channel that does" in found["BA101"]
    boma = next(f for f in report.findings if f.rule == "BA206" and "BOMA" in f.message)
    assert boma.advice.startswith("the 2 customers from 'BOMA networking' were counted as")


def test_a_sales_tool_without_customers_names_the_source_that_may_hold_them() -> None:
    """F9 of the thirty-seventh review round: a bid-board subscription's BA206 said only "if
    it works the leads of another channel", while the 3 accounts from "RFP / bid" stood in
    another channel; it names them, as BA206 does for marketing lines."""
    report = _report(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "BidNet RFP subscription", "spend": 2400},
                {"name": "LinkedIn Sales Navigator", "spend": 2400},
                {"name": "Rent", "spend": 500000},
            ],
            "customers": {"new": 20, "sources": {"RFP / bid": 3, "Referral": 17}},
        }
    )
    (idle,) = [f for f in report.findings if f.rule == "BA206"]
    assert idle.advice.startswith("the 3 customers from 'RFP / bid' were counted as")
    assert "if it works the leads of another channel (LinkedIn, referrals)" in idle.advice


def test_a_licensed_professional_paid_per_referral_is_told_what_their_licence_says() -> None:
    """F2 of the thirty-seventh review round (2026-12-05): a kennel's "$15/new boarder" to an
    animal hospital was its cheapest channel, and `plan` said to recruit more such payees. No
    vertical restricts a kennel's referral fees, so BA121 answers with the payee's licence."""
    profile = {
        "revenue": 600000,
        "activities": [
            {
                "name": "Vet referral fee - Cherry Creek Animal Hospital ($15/new boarder)",
                "spend": 1350,
            },
            {"name": "Google Ads", "spend": 9000},
        ],
        "customers": {"new": 190, "sources": {"Cherry Creek Animal Hospital": 90, "Google": 100}},
    }
    [found] = _found("BA121", profile)
    assert found.message.endswith(
        "pays a licensed professional for the clients or patients they send, which their "
        "licence's rules may forbid them to accept: California, for one, forbids any "
        "healing-arts licensee, veterinarians included, to take compensation for referring "
        "patients, clients or customers (Bus. & Prof. Code §650(a)), and the professions' "
        "codes ask them to avoid such conflicts of interest; check your state's"
    )
    assert found.advice.startswith("stop paying per referral")
    # in a trade whose own rules BA114 applies, the line is BA114's to judge (R2 of the
    # round's re-review: a vet clinic's own associates had been flagged)
    from bizaudit.core.commercial_bribery import gives_deciders

    assert gives_deciders("Vet referral fees", False, licensed=False)
    assert not gives_deciders("Vet referral fees", False, licensed=True)


@pytest.mark.parametrize(
    ("paid", "spend", "earned"), [(1, 300, "0.5"), (2, 300, "1"), (1, 5000, "0.25")]
)
def test_customer_economics_on_one_customer_earns_at_most_half(
    paid: int, spend: int, earned: str
) -> None:
    """F7 of the thirty-seventh review round (2026-12-05): a janitorial contractor earned
    all 20 points of customer economics on one customer won by $300 of business cards, while
    BA202 said "on 1 customer it is not known at all"; left out, the other parts had been
    scaled up, so a poor result raised the score (R3 of its re-review). By hand, with the LTV
    stated at 7,500: 300 ÷ 1 = 300, 25×, full marks held to half; on two customers 150, 50×,
    full marks; 5,000 ÷ 1, 1.5×, (1.5 − 1) ÷ 2 = 0.25, kept as it is."""
    report = _report(
        {
            "revenue": 500000,
            "activities": [{"name": "Business cards", "spend": spend}],
            "customers": {
                "new": 9 + paid,
                "lifetime_value": 7500,
                "sources": {"Referral": 9, "Business cards": paid},
            },
        }
    )
    [part] = [c for c in report.score_components if c.name == "customer economics"]
    assert part.earned == Decimal(earned)
    assert part.basis.endswith(
        "but on 1 customer that is not known at all (BA202), so the part earns at most half"
    ) is (paid == 1)


@pytest.mark.parametrize(
    ("rent", "draws", "ends"),
    [
        # without the draw: 100,000 - 95,000 = 5,000, over 50 × 52 = 2,600 hours, $1.92 an
        # hour, under $7.25: no split of the draw leaves a profit
        (
            95000,
            20000,
            "It runs at a loss once the owner is paid for the hours worked: before "
            "paying the owner it made less than the minimum wage for them (BA111, BA116).",
        ),
        # 100,000 - 75,000 = 25,000, $9.62 an hour: the loss is the draw's, as listed
        (
            75000,
            30000,
            "Its costs as listed exceed revenue, but only with lines that may not be "
            "costs in full (BA111).",
        ),
    ],
)
def test_a_loss_the_owners_pay_makes_is_named_when_the_owner_earns_under_the_minimum(
    rent: int, draws: int, ends: str
) -> None:
    """F20 of the thirty-seventh review round (2026-12-05): a studio that made $200 before
    paying its owner for 48 hours a week was headed "costs exceed revenue, but only with
    lines that may not be costs in full", as if the loss might be the books'."""
    report = _report(
        {
            "revenue": 100000,
            "activities": [
                {"name": "Rent", "spend": rent},
                {"name": "Owner draws", "spend": draws},
            ],
            "owner_hours": {"delivery": 40, "admin": 10},
        }
    )
    assert report.verdict.endswith(ends)


@pytest.mark.parametrize("warranty", [510, 12])
def test_customers_whose_cost_is_not_listed_do_not_make_the_paid_ones_look_cheap(
    warranty: int,
) -> None:
    """F6 of the thirty-seventh review round (2026-12-05): an appliance repairer scored 74,
    "Fair: a real marketing effort", on 3.5× that rested on 510 home-warranty jobs at $0 (BA207
    said they look free); on its 230 other customers a CFO found 1.1×. By hand, LTV stated at
    $150 and $29,000 of HomeAdvisor leads: with 510 warranty jobs, 740 customers not referred,
    $39.19 each, 3.8×; on the 230 whose cost is listed, $126.09 each, 150 × 230 ÷ 29,000 =
    1.19×, so the part earns (1.19 − 1) ÷ 2 = 0.095 of its 20 points and BA201 warns. With 12
    warranty jobs (12 of 242, under 5%), the part is judged on all 242 as before: 1.25×."""
    report = _report(
        {
            "revenue": 500000,
            "activities": [{"name": "HomeAdvisor leads", "spend": 29000}],
            "customers": {
                "new": warranty + 370,
                "lifetime_value": 150,
                "sources": {
                    "Home warranty companies": warranty,
                    "HomeAdvisor": 130,
                    "Word of mouth": 140,
                    "Google": 60,
                    "Nextdoor": 40,
                },
            },
        }
    )
    [part] = [c for c in report.score_components if c.name == "customer economics"]
    [low] = [f for f in report.findings if f.rule == "BA201"]
    assert part.earned is not None
    if warranty == 510:
        assert abs(part.earned - (Decimal(150 * 230) / 29000 - 1) / 2) < Decimal("1e-20")
        assert part.basis.startswith(
            "a customer whose cost is listed is worth 1.2× what it costs to win (3.8× counting "
            "the 510 new customers from paid channels no spend is joined to, BA207)"
        )
        assert low.severity == "warning"
        assert low.message.endswith(
            "but 510 of the 740 came through paid channels no spend is joined to ('Home "
            "warranty companies (dispatched jobs)'; BA207), counted at no cost: on the 230 "
            "whose cost is listed, 1.2×, under the rule of thumb of at least 3×"
        )
        assert "customers cost" in report.verdict  # BA201's band, not "too little goes into"
    else:
        assert abs(part.earned - (Decimal(150 * 242) / 29000 - 1) / 2) < Decimal("1e-20")
        assert "counted at no cost" not in low.message


def test_referral_spiffs_paid_as_selling_leave_the_sales_not_the_marketing() -> None:
    """F15 of the thirty-eighth review round (2026-12-05): a repair shop's $3,000 of tow
    spiffs, read as sales, were taken out of the acquisition marketing that never held them,
    while their share stayed in the sales the others carry; and BA101 counted them as selling
    toward the minimum, though BA114 warns about them. By hand: $10,000 of Google Ads,
    sales of $7,000 of commissions and the $3,000 of spiffs, 100 new customers of whom 40
    came by tow truck: (10,000 + (10,000 − 3,000) × 60 ÷ 100) ÷ 60 = 14,200 ÷ 60 = $236.67,
    not (10,000 − 3,000 + 10,000 × 60 ÷ 100) ÷ 60 = $216.67."""
    profile = {
        "business": {"name": "Case", "industry": "auto-repair"},
        "revenue": 1000000,
        "activities": [
            {"name": "Google Ads", "spend": 10000},
            {"name": "Tow company referral spiffs ($25/car)", "spend": 3000},
            {"name": "Sales commissions", "spend": 7000},
        ],
        "customers": {"new": 100, "sources": {"google ads": 60, "tow truck": 40}},
    }
    [share] = _found("BA101", profile)
    assert "spiffs" not in share.message
    paid = _facts(profile).economics.non_referral_cac
    assert paid.value is not None
    assert paid.value.quantize(Decimal("0.01")) == Decimal("236.67")
    assert (paid.acquire, paid.referral_spend, paid.referral_sales) == (
        Decimal(10000),
        Decimal(0),
        Decimal(3000),
    )
    basis = Basis("USD").cac(paid)
    assert basis.startswith(
        "($10,000 acquisition marketing + $4,200 sales, their share of $10,000 less $3,000 spent "
        "on referrals: 60 of 100 new customers) ÷ 60"
    )


def test_a_therapy_clinics_payments_and_meals_for_referrers_are_no_channel() -> None:
    """F1-F4, F6 and F7 of the thirty-eighth review round (2026-12-05): a physical-therapy
    clinic's "marketing stipend" to the surgeon who sent 260 patients was its cheapest channel
    and `plan` doubled it; a 1099 rep paid per eval booked, a "$0 copay" special and meals
    for referral sources or an orthopaedic office were funded channels, and BA102 advised
    joining a lunch programme to the physicians' referrals, which the rules refuse."""
    report = _report(
        {
            "business": {"name": "Case", "industry": "physical-therapy"},
            "revenue": 1500000,
            "activities": [
                {"name": "Marketing stipend - Dr. Patel, Summit Orthopedics", "spend": 12000},
                {
                    "name": "Community outreach rep (1099) - $40 per new eval scheduled",
                    "spend": 2400,
                },
                {"name": "New patient special - $0 copay first visit", "spend": 9000},
                {"name": "6800 Marketing:Meals - Referral Sources", "spend": 6000},
                {"name": "Ortho office lunches", "spend": 6000},
                {"name": "Google Ads", "spend": 10000},
            ],
            "customers": {
                "new": 710,
                "sources": {
                    "Dr. Patel": 260,
                    "physician referral": 300,
                    "outreach rep": 60,
                    "google ads": 90,
                },
            },
        }
    )
    flagged = {f.subject for f in report.findings if f.rule == "BA114"}
    assert "Marketing stipend - Dr. Patel, Summit Orthopedics" in flagged
    assert "Community outreach rep (1099) - $40 per new eval scheduled" in flagged
    [waiver] = [
        f
        for f in report.findings
        if f.rule == "BA116" and f.subject == "New patient special - $0 copay first visit"
    ]
    assert "it waives what patients owe" in waiver.message
    channels = report.predictability.channels
    assert channels == ["Google Ads"]
    idle = {f.subject for f in report.findings if f.rule == "BA206"}
    assert not idle & {"Meals - Referral Sources", "Ortho office lunches"}
    [dependence] = [f for f in report.findings if f.rule == "BA102"]
    assert dependence.advice.endswith(
        "Referrals your own people cultivate (a liaison, a business-development rep) count as a "
        "channel, not hope, once their line and the sources it brings share a 'channel:'; meals "
        "and gifts for physicians who refer do not, whatever they bring."
    )


@pytest.mark.parametrize(
    ("industry", "line", "source", "rule"),
    [
        # F8: the agency pays all of a co-branded mailer with the loan officer who refers
        (
            "insurance-agency",
            "Co-branded mailer with CrossCountry loan officer (agency covers postage and printing)",
            "loan officer",
            "BA114",
        ),
        # F9: a car dealer's finance manager, paid for each policy written
        (
            "insurance-agency",
            "Toyota dealer F&I manager - $20 per policy written",
            "Toyota dealer",
            "BA114",
        ),
        # F17: an association's community manager, paid a share of the contract
        (
            "home-services",
            "Finder's fee - community manager (5% of first-year contract)",
            "community manager",
            "BA121",
        ),
        (
            "home-services",
            "Community association manager - $250 per contract signed",
            "community manager",
            "BA121",
        ),
        # F20: an architect's fee to the builder who sends the clients
        (
            "architecture",
            "Builder partner fee (5% of design fee on homes he sends us)",
            "builder (Hartwell Homes)",
            "BA114",
        ),
        # S1, S3, S4, S11 of the round's second re-review: wordings the re-review's mends let by
        (
            "physical-therapy",
            "Marketing stipend - Dr. Patel (our referring surgeon)",
            "Dr. Patel",
            "BA114",
        ),
        ("physical-therapy", "Outreach rep - $40 per eval", "outreach rep", "BA114"),
        ("home-services", "HOA manager - 5% of first-year contract", "HOA manager", "BA121"),
        ("insurance-agency", "Dealer F&I desk - $20 per quote", "Toyota dealer", "BA114"),
        # residue c of the first re-review: a loan officer written "LO"
        (
            "insurance-agency",
            "Co-branded mailer with our LO partner (we pay 100%)",
            "loan officer",
            "BA114",
        ),
    ],
)
def test_payments_to_those_who_send_the_work_are_named_however_worded(
    industry: str, line: str, source: str, rule: str
) -> None:
    """F8, F9, F17 and F20 of the thirty-eighth review round (2026-12-05): each of these lines
    passed with no word, and some were the cheapest channels `plan` grew, while the same
    payments worded "we pay 100%", "referral fee" or "gift cards" were warned about."""
    profile = {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1200000,
        "activities": [{"name": line, "spend": 3000}, {"name": "Google Ads", "spend": 12000}],
        "customers": {"new": 100, "sources": {source: 20, "google ads": 80}},
    }
    assert [f.subject for f in _found(rule, profile)] == [line]


@pytest.mark.parametrize(
    "line",
    ["Community manager bonus", "Community manager (social media) salary"],
)
def test_a_business_s_own_community_manager_is_no_decider(line: str) -> None:
    """F17's mend names an association's community manager only where paid for the work it
    awards: a business's own community manager's pay is its payroll."""
    profile = {
        "revenue": 1200000,
        "activities": [{"name": line, "spend": 3000}, {"name": "Google Ads", "spend": 12000}],
        "customers": {"new": 100, "sources": {"google ads": 100}},
    }
    assert _found("BA121", profile) == []


@pytest.mark.parametrize(
    ("line", "excluded"),
    [
        ("Structural consultants (not reimbursable - fixed-fee jobs)", 0),
        ("MEP consultants (non-reimbursable)", 0),
        ("Reimbursable consultants", 60000),
    ],
)
def test_consultants_not_reimbursable_stay_in_net_service_revenue(line: str, excluded: int) -> None:
    """F21 of the thirty-eighth review round (2026-12-05): an architect's consultants marked
    "not reimbursable" were taken out of net service revenue (fees less what is billed to
    clients at cost): $60,000 left out of the range's base where nothing is."""
    facts = _facts(
        {
            "business": {"name": "Case", "industry": "architecture"},
            "revenue": 1260000,
            "activities": [{"name": line, "spend": 60000}, {"name": "Website", "spend": 12000}],
        }
    )
    assert facts.base_excluded == excluded


def test_paid_customers_without_spend_name_the_line_called_what_their_channel_is() -> None:
    """F12 of the thirty-eighth review round (2026-12-05): an agency's EverQuote and
    SmartFinancial customers "look free" (BA207) beside "$24,000 on Lead Vendors with no
    customers" (BA206); BA207 now names that line by the channel's own label."""
    [free] = _found(
        "BA207",
        {
            "business": {"name": "Case", "industry": "insurance-agency"},
            "revenue": 900000,
            "activities": [
                {"name": "6500 Advertising:Lead Vendors", "spend": 24000},
                {"name": "Google Ads", "spend": 12000},
            ],
            "customers": {
                "new": 160,
                "sources": {"EverQuote": 40, "SmartFinancial": 20, "google ads": 100},
            },
        },
    )
    assert "('6500 Advertising:Lead Vendors' may be it)" in free.advice


def test_a_small_channel_whose_customer_cost_more_than_one_is_worth_is_not_to_be_tested() -> None:
    """F16 of the thirty-eighth review round (2026-12-05): BA202 said "test more budget" on a
    repair shop's directory listing, too small to judge with 1 customer, whose customer had
    cost $2,400 against the $775 a customer is worth (BA205). By hand: $2,400 ÷ 41 customers
    not referred = $58.54, 775 ÷ 58.54 = 13.2×, room BA202 reports; but no channel may take it."""
    profile = {
        "revenue": 720000,
        "activities": [{"name": "Yellow Pages ad", "spend": 2400}],
        "customers": {
            "new": 45,
            "lifetime_value": 775,
            "sources": {"Yellow Pages": 1, "Word of mouth": 4, "Google": 40},
        },
    }
    [room] = _found("BA202", profile)
    assert "test more budget" not in room.advice
    assert room.message.endswith(
        "but no channel today takes more budget in proportion ('bizaudit plan' says why of each)"
    )


def test_a_line_the_law_warns_about_is_not_offered_as_what_won_the_customers(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """F22 of the thirty-eighth review round (2026-12-05): BA121 warned about an architect's
    gift baskets for a county's RFQ reviewers, and the channel note then suggested marking
    them 'purpose: acquire', as what won the public work."""
    path = tmp_path / "arch.yaml"
    path.write_text(
        "version: 1\nbusiness: {name: Case, industry: architecture}\nrevenue: 1200000\n"
        "activities:\n"
        "  - {name: 'Holiday gift baskets - county facilities staff (RFQ reviewers)',"
        " spend: 1800}\n"
        "  - {name: 'Website', spend: 12000}\n"
        "customers: {new: 10, sources: {public RFQ: 3, website: 7}}\n",
        encoding="utf-8",
    )
    said = " ".join(run_cli("check", "--exit-zero", path).stdout.split())
    assert "BA121" in said
    assert "purpose: acquire" not in said
    assert (
        "(Holiday gift baskets - county facilities staff (RFQ reviewers), line 5) is what the "
        "rules warn about below" in said
    )


@pytest.mark.parametrize(
    ("industry", "line", "source", "rule"),
    [
        # R1: a benefit plan's "no copay" is no waiver offered to patients
        ("home-services", "Employee health insurance (no-copay plan)", "google", "BA116"),
        ("physical-therapy", "Employee health plan ($0 copay HMO)", "google", "BA116"),
        ("insurance-agency", "Medicare Advantage mailers ($0 copay plans)", "google", "BA116"),
        # R2: an agency's own agents' costs, and its own share of joint marketing
        ("insurance-agency", "Licensing and CE (agency pays for all agents)", "google", "BA114"),
        ("insurance-agency", "E&O coverage - agency covers all agents", "google", "BA114"),
        (
            "insurance-agency",
            "Joint homebuyer mailer with Summit Mortgage LO (agency pays its 50% share)",
            "loan officer",
            "BA114",
        ),
        # R3: what a bank or a lab sends is no client sent
        ("architecture", "Bank fees (statements the bank sends us)", "google", "BA114"),
        ("dental", "Lab fees (crowns the lab sends us)", "google", "BA114"),
        # R4: to a repair shop a dealership is a supplier
        (
            "auto-repair",
            "ADAS calibration sublet - Toyota dealership ($150 per car)",
            "google",
            "BA114",
        ),
        ("auto-repair", "Dealership key programming fees", "google", "BA114"),
        # R5: a clinic's own therapists paid per evaluation they perform
        ("physical-therapy", "PRN therapists (1099) - paid per evaluation", "google", "BA114"),
        # R6: the clinic's own doctor of physical therapy, paid to run its Instagram
        (
            "physical-therapy",
            "Marketing stipend - Dr. Reyes, DPT (runs our Instagram)",
            "Dr. Reyes Instagram",
            "BA114",
        ),
        # R8: a business's own community manager, site and maintenance managers
        (None, "Community manager bonus (10% of community-sourced MRR)", "google", "BA121"),
        ("home-services", "Site managers (2% of contract value)", "google", "BA121"),
        ("home-services", "Maintenance manager - 2% of contract renewals", "google", "BA121"),
        # S7 and S8 of the second re-review: a third party's fee for work the builder sends,
        # an agency's own half of joint marketing
        ("architecture", "Survey fees (homes the builder sends us)", "google", "BA114"),
        (
            "insurance-agency",
            "Mailer with Summit Mortgage LO (agency pays 50%)",
            "loan officer",
            "BA114",
        ),
    ],
)
def test_the_thirty_eighth_rounds_mends_reach_no_further(
    industry: str | None, line: str, source: str, rule: str
) -> None:
    """R1-R6 and R8 of the thirty-eighth round's re-review (2026-12-05): the round's mends of
    what pays those who send the work had flagged a business's own costs as payments for
    referrals, gifts to deciders or copay waivers."""
    profile = {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1200000,
        "activities": [{"name": line, "spend": 3000}, {"name": "Google Ads", "spend": 12000}],
        "customers": {"new": 100, "sources": {source: 20, "google ads": 80}},
    }
    assert line not in {f.subject for f in _found(rule, profile)}


def test_a_cac_never_takes_out_referral_spend_it_never_held() -> None:
    """R16 of the thirty-eighth round's re-review (2026-12-05): a lunch for a surgeon's staff,
    read as operations and joined to the physicians' referrals, was taken out of acquisition
    marketing that never held it: a CAC of -$84. By hand: $1,800 of Google Ads over the 50
    patients who did not come by referral, $36."""
    facts = _facts(
        {
            "business": {"name": "Case", "industry": "physical-therapy"},
            "revenue": 900000,
            "activities": [
                {
                    "name": "Summit Orthopedics staff lunches (Thursdays)",
                    "spend": 6000,
                    "channel": "physician referrals",
                },
                {"name": "Google Ads", "spend": 1800},
            ],
            "customers": {
                "new": 150,
                "sources": {
                    "Summit Orthopedics": {"customers": 100, "channel": "physician referrals"},
                    "google ads": 50,
                },
            },
        }
    )
    paid = facts.economics.non_referral_cac
    assert paid.value == Decimal(36)


def test_interest_on_a_vehicle_note_comes_after_the_operating_profit() -> None:
    """R11 of the thirty-eighth round's re-review (2026-12-05): "Interest on truck notes",
    read by the new 'truck note', had become an operating cost; its principal, without the
    word, is BA116's loan being repaid."""
    facts = _facts(
        {
            "revenue": 1000000,
            "activities": [
                {"name": "Interest on truck notes", "spend": 6000},
                {"name": "Crew wages", "spend": 600000},
            ],
        }
    )
    assert facts.below_operating == 6000
    assert facts.operating_profit == 1000000 - 600000


@pytest.mark.parametrize(
    ("extra", "judged_on_priced"),
    [
        ([], True),
        # sales spend the CAC counts may hold the channel's cost (R13 of the re-review)
        ([{"name": "Sales:Lead costs", "spend": 35000}], False),
    ],
)
def test_customers_whose_cost_may_be_listed_are_not_counted_as_free(
    extra: list[dict[str, Any]], judged_on_priced: bool
) -> None:
    """R12 and R13 of the thirty-eighth round's re-review (2026-12-05): the score judged a
    remodeler's Angi customers free though its "Sales:Lead costs" held their fees, and a
    wrap bought years before as if its customers cost nothing (BOUGHT_ONCE)."""
    report = _report(
        {
            "revenue": 2000000,
            "activities": [{"name": "Google Ads", "spend": 40000}, *extra],
            "customers": {
                "new": 90,
                "lifetime_value": 3000,
                "sources": {"Angi": 35, "google ads": 55},
            },
        }
    )
    [part] = [c for c in report.score_components if c.name == "customer economics"]
    assert part.basis.startswith("a customer whose cost is listed") is judged_on_priced


@pytest.mark.parametrize(("bonus", "free"), [(300, True), (60000, False)])
def test_a_small_line_that_could_not_hold_their_cost_leaves_free_customers_free(
    bonus: int, free: bool
) -> None:
    """S6 of the thirty-eighth round's second re-review (2026-12-05): a $300 booking bonus
    beside 510 warranty jobs switched off the judgement on customers whose cost is listed
    (55 had become 74). It is off only where the sales or idle spend could pay for half of
    them at what the others cost without it. By hand, LTV $150 and $29,000 of HomeAdvisor
    leads: the others cost 29,000 ÷ 230 = $126.09, so the 510 would cost $64,304; the CAC
    counts 300 × 740 ÷ 880 = $252 of the bonus, under half of that; of $60,000 it counts
    $50,455, over half."""
    report = _report(
        {
            "revenue": 500000,
            "activities": [
                {"name": "HomeAdvisor leads", "spend": 29000},
                {"name": "CSR booking bonus ($2 per booked call)", "spend": bonus},
            ],
            "customers": {
                "new": 880,
                "lifetime_value": 150,
                "sources": {
                    "Home warranty companies": 510,
                    "HomeAdvisor": 130,
                    "Word of mouth": 140,
                    "Google": 60,
                    "Nextdoor": 40,
                },
            },
        }
    )
    [part] = [c for c in report.score_components if c.name == "customer economics"]
    assert part.basis.startswith("a customer whose cost is listed") is free


def test_staff_who_sell_to_every_customer_without_an_average_make_the_cac_a_ceiling(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """R10 of the thirty-eighth round's re-review (2026-12-05): without an average revenue, a
    repair shop's $110,000 of advisors' pay went whole into its CAC ($216.61 against $103.67
    with the average), with no word. By hand: (24,300 + 110,000) ÷ 620 = $216.61."""
    path = tmp_path / "shop.yaml"
    path.write_text(
        "version: 1\nbusiness: {name: Shop, industry: auto-repair}\nrevenue: 1450000\n"
        "activities:\n"
        "  - {name: 'Service advisor wages (2)', spend: 110000}\n"
        "  - {name: 'Google Ads', spend: 24300}\n"
        "customers: {new: 620}\n",
        encoding="utf-8",
    )
    said = " ".join(run_cli("check", "--exit-zero", path).stdout.split())
    assert (
        "$216.61 ($24,300 acquisition marketing + $110,000 sales; all $110,000 paid to staff who "
        "sell to every customer (service advisors) is counted, as without "
        "customers.average_revenue how many customers they serve is not known: a ceiling) ÷ 620"
    ) in said


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # G1 of the thirty-ninth review round (2026-12-05): a non-employee paid per start of
        # care, where Medicaid pays for some clients: outside the employee exception
        ("home-care", "1099 marketing rep - $400 per start of care", "BA114"),
        ("home-care", "Marketing rep commission per start of care", "BA114"),
        # R1 of its re-review: a 1099 rep's "bonus" is a fee, and per new client is the same
        ("home-care", "1099 marketing rep bonus - $400 per start of care", "BA114"),
        ("home-care", "Outside sales rep (1099) - $300 per new client", "BA114"),
        # G2: a home inspector acts for the buyer; a chiropractor or a physical therapist
        # paid for each member sent (Cal. Bus. & Prof. Code §650(a))
        ("home-services", "Home inspector referral fees ($50/job)", "BA121"),
        ("fitness", "Chiropractor partner - $20 per new member sent", "BA121"),
        ("fitness", "Physical therapist partner - $20 per new member sent", "BA121"),
        # G3: a client's office staff, a health inspector, a concierge's cards with money
        ("restaurant", "Office manager gift cards for catering orders", "BA121"),
        ("restaurant", "Client office manager gift cards", "BA121"),
        ("restaurant", "Office manager Visa gift cards for their orders", "BA121"),
        ("restaurant", "Health inspector holiday gift basket", "BA121"),
        ("hospitality", "Hotel concierge thank-you cards (Visa)", "BA121"),
    ],
)
def test_the_thirty_ninth_rounds_payments_to_those_who_refer_or_decide_are_warned_about(
    industry: str, name: str, rule: str
) -> None:
    [found] = _found(rule, {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert found.subject == name


@pytest.mark.parametrize(
    ("industry", "name"),
    [
        # the business's own employees' pay (the bona fide employee exception), its own
        # inspectors' bonus, a thank-you note that carries no money
        ("home-care", "Community liaison bonus ($100 per start of care)"),
        ("home-services", "Home inspector bonus"),
        # R5 of the round's re-review: a home-inspection company's own inspectors' spiffs, an
        # office manager's company card for supply orders
        ("home-services", "Home inspector spiffs - radon test add-ons"),
        ("restaurant", "Office manager Amex card for supply orders"),
        # S3 and S5 of the second re-review: a W-2 outside rep's bonus is payroll, an office
        # manager's company card for lunch orders is purchasing
        ("home-care", "Outside sales rep (W-2) bonus - $300 per new client"),
        ("restaurant", "Office manager company card for lunch orders"),
        ("hospitality", "Hotel concierge thank-you notes"),
        ("restaurant", "Office manager bonus"),
    ],
)
def test_own_pay_and_notes_without_money_are_not_warned_about(industry: str, name: str) -> None:
    report = _report({
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert not [f for f in report.findings if f.rule in ("BA114", "BA121")]


def test_a_price_beside_the_value_it_stands_for_is_a_value_never_billed() -> None:
    """G8 of the thirty-ninth round (2026-12-05): a studio's "Intro offer discount ($49 vs
    $180 value)", listed as contra-revenue, was taken out of cash revenue a second time and
    made a 13% margin a loss. By hand: revenue $410,000 less the $52,000 discount is $358,000;
    costs of $360,000 are a $2,000 loss as listed; without the discount, $50,000 of profit on
    $410,000 of revenue is 12.2%, in BA116 and BA111 alike."""
    report = _report({
        "business": {"name": "Case", "industry": "fitness"},
        "revenue": 410000,
        "activities": [
            {"name": "Intro offer discount ($49 vs $180 value)", "spend": 52000},
            {"name": "Studio rent", "spend": 180000},
            {"name": "Instructor pay", "spend": 160000},
            {"name": "Instagram ads", "spend": 20000},
        ],
    })  # fmt: skip
    [moved] = [f for f in report.findings if f.rule == "BA116"]
    assert "value never billed" in moved.message
    assert "-$2,000 (-0.6% of net revenue) with it, $50,000 (12.2%) without it" in moved.message
    [loss] = [f for f in report.findings if f.rule == "BA111"]
    assert loss.severity == "info"
    assert "an operating profit of $50,000 (12.2% of net revenue)" in loss.message


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("Influencer comp memberships (no #ad)", True),
        ("Influencer comp memberships (undisclosed)", True),
        ("Influencer styled shoot (free venue, no #ad)", True),
        ("Creator gifting - not disclosed", True),
        ("Influencer comp memberships (#ad disclosed)", False),
        # R9 of the round's re-review: disclosed, no problem found, a fee kept confidential
        ("Influencer posts - disclosed, no #ad needed for reposts", False),
        # S1 of the second re-review: "no #ad needed" says they go undisclosed
        ("Influencer gifting - no #ad needed per agency", True),
        ("Creator boxes - no disclosure needed (gifted)", True),
        # "never disclosed" says no disclosure, as BA121 reads it
        ("Creator boxes (no #ad, never disclosed)", True),
        ("Creator program - no disclosure issues found in audit", False),
        ("UGC creators (whitelisted ads, undisclosed fee amounts)", False),
        ("Influencer comp memberships", False),
        ("Referral fees (not disclosed to clients)", False),  # no endorser: BA114's
    ],
)
def test_endorsers_who_hide_what_they_are_given_are_warned_about(name: str, warned: bool) -> None:
    """G6 of the thirty-ninth round (2026-12-05): a studio's influencers given free memberships
    and told to post without "#ad" were a priced channel with no finding (16 CFR §255.5)."""
    found = _found("BA120", {"revenue": 500000, "activities": [{"name": name, "spend": 7200}]})
    assert bool(found) is warned
    if warned:
        assert "16 CFR §255.5" in found[0].message
        assert found[0].advice.startswith("require a clear '#ad'")


def test_where_the_rules_allow_no_meal_or_gift_ba102_advises_none() -> None:
    """G19 of the thirty-ninth round (2026-12-05): a home-care agency, whose rule this report
    quotes allows no gift or meal to those who refer, was told to keep them "modest", and
    that meals for "physicians" who refer buy none. A medical practice's advice is unchanged."""

    def advice(industry: str) -> str:
        [found] = _found("BA102", {
            "business": {"name": "Case", "industry": industry},
            "revenue": 2000000,
            "activities": [{"name": "Community liaison salary (W-2)", "spend": 60000,
                            "channel": "liaison"}],
            "customers": {"new": 100, "sources": {
                "hospital referrals": {"customers": 60, "channel": "liaison"}, "google": 40}},
        })  # fmt: skip
        return found.advice

    said = advice("home-care")
    assert "allows no meal or gift for those who refer" in said
    assert "keep it modest" not in said
    assert "keep it modest" in advice("medical")


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("Free first 8 hours of care for Medicaid clients", True),
        ("Free care hours for new Medicaid clients (value waived)", True),
        ("First week of respite free - Medicare patients", True),
        ("Free in-home assessment for Medicaid clients", False),  # how care begins
        # R4 of the round's re-review: what the programme itself pays in full, a vendor's fee
        ("Free Medicare Annual Wellness Visits", False),
        ("Medicaid kids - no cost dental visits (covered by Medicaid)", False),
        ("Medicaid billing service - no charge setup", False),
        # S2 of the second re-review: what the programme does not pay, and the business does
        ("Free respite hours for Medicaid clients (not covered by the waiver)", True),
        ("Free first week of care for Medicaid-eligible seniors", True),
        ("Free first 8 hours of care (private pay)", False),
        ("Medicaid billing software", False),
    ],
)
def test_free_care_for_a_programmes_clients_is_an_inducement(name: str, warned: bool) -> None:
    """G4 of the thirty-ninth round (2026-12-05): a home-care agency's free hours of care for
    Medicaid clients, more than the nominal value the beneficiary-inducement law allows (42
    U.S.C. §1320a-7a(a)(5)), were read as overhead, with no word said."""
    found = _found("BA120", {
        "business": {"name": "Case", "industry": "home-care"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned:
        assert "free care" in found[0].message
        assert "§1320a-7a(a)(5)" in found[0].message


@pytest.mark.parametrize(
    ("industry", "line", "rule"),
    [
        ("wholesale", "Chef rebate - cash to kitchen managers (2% of purchases)", "BA121"),
        ("wholesale", "Volume rebates to restaurant groups (contract)", None),
        ("home-services", "Realtor gift cards - pool inspection referrals", "BA114"),
        ("home-services", "Pool inspection software", None),
    ],
)
def test_a_rebate_to_a_customers_staff_and_a_pool_inspections_referrers_are_named(
    industry: str, line: str, rule: str | None
) -> None:
    """K2 and K6 of the forty-second round (2026-12-06): a distributor's cash to its customers'
    kitchen managers, read as a rebate to the customer (contra-revenue), was taken out of
    revenue with no word (commercial bribery: N.Y. Penal Law §180.00, Cal. Penal Code §641.3);
    a pool company's gift cards to the realtors who order pool inspections for a sale were a
    channel (RESPA §8(a), 12 U.S.C. §2607(a), as for a home inspection). A contract's volume
    rebate to the customer itself, and software, are neither."""
    named = _law_rules_on(industry, line, 9000, 2000000, beside="Google Ads")
    assert named == ({rule} if rule else set())


def test_cash_to_a_customers_staff_is_no_rebate_taken_out_of_revenue() -> None:
    """L13 of the forty-second round's re-review (2026-12-06): a distributor's "Chef rebate -
    cash to kitchen managers (2% of purchases)" was called a bribe by BA121 and yet taken out
    of revenue as a customer's rebate, and BA101's share was of that net revenue. Money to a
    customer's staff is no price given to the customer (ASC 606-10-32-25): it is spent to win
    the account. By hand: revenue stays 18,000,000; a contract's volume rebate still comes off
    it (18,000,000 − 40,000 = 17,960,000)."""
    lines: list[dict[str, Any]] = [
        {"name": "Chef rebate - cash to kitchen managers (2% of purchases)", "spend": 90000},
        {"name": "Product catalog printing", "spend": 82000},
        {"name": "Cost of goods sold", "spend": 13500000},
    ]
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 18000000,
        "activities": lines,
    }
    report = _report(profile)
    [chef] = [a for a in report.activities if a.name.startswith("Chef rebate")]
    assert (chef.category, chef.purpose) == ("marketing", "acquire")
    assert report.profit.net_revenue == Decimal(18000000)
    assert "BA121" in {f.rule for f in report.findings}
    rebate = {"name": "Volume rebates to restaurant groups (contract)", "spend": 40000}
    volume = profile | {"activities": [*lines, rebate]}
    assert _report(volume).profit.net_revenue == Decimal(17960000)


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # M1: a payment per case to a customer's kitchen staff, whatever it is called
        ("wholesale", "Kitchen manager spiffs - chef-owned accounts (cash per case)", "BA121"),
        ("wholesale", "Chef loyalty program - Visa cards per case ordered", "BA121"),
        ("wholesale", "Sous chef sales contest - cash prizes per case ordered", "BA121"),
        ("wholesale", "Volume rebates to chef-owner accounts (contract)", None),
        ("wholesale", "Open culinary competition - prizes we sponsor (chefs)", None),
        # M2: a soft drink and food named after a drink are no alcohol
        ("wholesale", "Free ginger ale dispensers for bar accounts", None),
        ("wholesale", "Free beer cheese samples for pub accounts", None),
        # M3: a call that also sells, an age before a price, an audience's own noun
        ("home-services", "Robocalls to cell phones - service reminders and upsell offers",
         "BA120"),
        ("dental", "Appointment reminder autodialer (patients' cell phones)", None),
        ("fitness", "Instagram ads - kids 8-12 gamers", "BA120"),
        ("fitness", "Facebook ads - kids 6-12 karate", None),
        # M5: staff's reviews that say who wrote them
        ("retail", "Yelp reviews written by staff (disclosed as staff)", None),
        ("retail", "Yelp reviews written by staff", "BA120"),
    ],
)  # fmt: skip
def test_the_second_re_reviews_law_lines(industry: str, name: str, rule: str | None) -> None:
    """M1-M3 of the forty-second round's second re-review (2026-12-06): the narrowing of L1-L3
    had let through cash per case to a customer's kitchen staff called a loyalty programme or
    a contest (Cal. Penal Code §641.3), robocalls to cell phones that carry an offer (47 CFR
    §64.1200(a)(2)) and ads to "kids 8-12 gamers" (COPPA), and flagged ginger ale and beer
    cheese as alcohol (27 U.S.C. §205(b) binds alcohol)."""
    rules = ("BA119", "BA120", "BA121")
    report = _report({
        "business": {"name": "Harborline Foods", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Website", "spend": 30000}],
    })  # fmt: skip
    named = {f.rule for f in report.findings if f.subject == name and f.rule in rules}
    assert named == ({rule} if rule else set())


def test_an_age_before_a_price_is_still_an_age() -> None:
    """M3 of the round's second re-review: "Flash tattoos - under 17s $50" passed, the price
    read as the unit of 17; M4: "no parent needed" cleared a line as a parent's consent would
    (Cal. Penal Code §653)."""
    report = _report({
        "business": {"name": "Black Anchor Tattoo", "industry": "salon"},
        "revenue": 400000,
        "activities": [{"name": "Flash tattoos - under 17s $50", "spend": 2000},
                       {"name": "Artist commissions", "spend": 150000}],
    })  # fmt: skip
    assert "BA120" in {
        f.rule for f in report.findings if f.subject == "Flash tattoos - under 17s $50"
    }
    # M4: a parent said to be needless is no parent's consent
    needless = "Walk-in teen tattoo special - no parent needed"
    report = _report({
        "business": {"name": "Black Anchor Tattoo", "industry": "salon"},
        "revenue": 400000,
        "activities": [{"name": needless, "spend": 2000},
                       {"name": "Artist commissions", "spend": 150000}],
    })  # fmt: skip
    assert "BA120" in {f.rule for f in report.findings if f.subject == needless}


def test_ba126_weighs_what_the_business_earns_against_its_loan_payments() -> None:
    """G7 of the thirty-ninth round (2026-12-05): a wedding venue's $96,000 of loan payments
    (principal and interest) took all but $3,400 of what it earned, and it passed at 77,
    "Fair". By hand: 290,000 - 286,600 = 3,400 as listed; before the 96,000 of payments,
    99,400, 1.035 times them: under the 1.15 lenders ask, and the score stops at 79."""
    report = _report({
        "business": {"name": "Case", "industry": "hospitality"},
        "revenue": 290000,
        "activities": [
            {"name": "The Knot Storefront", "spend": 21600},
            {"name": "Loan payments (principal and interest)", "spend": 96000},
            {"name": "Event staff", "spend": 149000},
            {"name": "Owner salary", "spend": 20000},
        ],
    })  # fmt: skip
    [found] = [f for f in report.findings if f.rule == "BA126"]
    assert found.message.startswith(
        "what the business earns before its debt service, the loan payments and interest "
        "listed ($99,400, before depreciation), covers it 1.04 times: 'Loan payments (principal "
        "and interest)', $96,000; lenders commonly ask at least 1.15"
    )
    assert report.score <= 79


def test_the_verdict_and_the_pass_say_how_far_the_loan_payments_are_covered() -> None:
    """K8 of the forty-second round (2026-12-06): a DJ company and a studio whose loan payments
    were not covered read "Fair: a real marketing effort, with gaps to close" and "PASSED", with
    no word of it beside the score. The venue above: BA126 warns (1.04 times), and the verdict
    and the pass say so; the gate still fails only on what it is asked to."""
    report = _report({
        "business": {"name": "Case", "industry": "hospitality"},
        "revenue": 290000,
        "activities": [
            {"name": "The Knot Storefront", "spend": 21600},
            {"name": "Loan payments (principal and interest)", "spend": 96000},
            {"name": "Event staff", "spend": 149000},
            {"name": "Owner salary", "spend": 20000},
        ],
    })  # fmt: skip
    assert report.verdict.endswith(". What it earns barely covers its loan payments (BA126).")
    assert report.passed
    assert passed_despite(report) == (
        "but BA126 says what it earns barely covers its loan payments: --fail-on BA126 fails "
        "the check on it"
    )
    # L5 of the round's re-review: the words follow how far (0.57 times was "hardly covers").
    # By hand: with 140,000 of payments, 290,000 − 330,600 = −40,600 as listed; before the
    # payments, 99,400 ÷ 140,000 = 0.71 times: not covered
    under = _report({
        "business": {"name": "Case", "industry": "hospitality"},
        "revenue": 290000,
        "activities": [
            {"name": "The Knot Storefront", "spend": 21600},
            {"name": "Loan payments (principal and interest)", "spend": 140000},
            {"name": "Event staff", "spend": 149000},
            {"name": "Owner salary", "spend": 20000},
        ],
    })  # fmt: skip
    assert "does not cover its loan payments" in passed_despite(under)


def test_the_pass_says_the_business_runs_at_a_loss() -> None:
    """K8 of the forty-second round: a distributor losing $1.11 million read "PASSED" at 33.
    By hand: 500,000 − 450,000 − 120,000 = a loss of 70,000; the marketing gate passes (24%
    of revenue), and the pass names BA111 with the flag that fails on it."""
    report = _report({
        "revenue": 500000,
        "activities": [{"name": "Installer wages", "spend": 450000},
                       {"name": "Google Ads", "spend": 120000}],
    })  # fmt: skip
    assert report.passed
    assert passed_despite(report) == (
        "but BA111 says the business runs at an operating loss: --fail-on BA111 fails the "
        "check on it"
    )


def test_the_verdict_does_not_say_too_little_marketing_where_selling_wins_the_customers() -> None:
    """K15 of the forty-second round (2026-12-06): a distributor whose BA101 said "$450,000 of
    sales spend already wins customers ... compare what a customer costs through it before
    adding marketing" read "Fair overall, but too little goes into marketing." By hand:
    82,000 ÷ 18,000,000 = 0.46%, under the wholesale 1% (180,000); with the 450,000 of the reps
    who brought 60 accounts, 532,000, over it: BA101 warns, and the verdict does not say too
    little goes into marketing. Without the reps' customers it does."""
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 18000000,
        "activities": [
            {"name": "Sales rep commissions", "spend": 450000},
            {"name": "Product catalog printing", "spend": 82000},
            {"name": "Customer newsletter", "spend": 10000},
            {"name": "Cost of goods sold", "spend": 13500000},
        ],
        "customers": {"new": 80, "sources": {"sales rep": 60, "catalog": 20},
                      "average_revenue": 200000, "gross_margin": "25%", "retention_rate": "85%"},
        "owner_hours": {"delivery": 20, "sales": 10, "marketing": 8},
    }  # fmt: skip
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA101"]
    assert found.severity == "warning"
    assert 60 <= report.score < 80
    assert report.verdict == "Fair: a real marketing effort, with gaps to close."
    unsold = profile | {"customers": profile["customers"] | {"sources": {"catalog": 80}}}
    assert _report(unsold).verdict.startswith("Fair overall, but too little goes into marketing")


def test_selling_that_wins_customers_counts_beside_flagged_spend_too() -> None:
    """M6 of the forty-second round's second re-review (2026-12-06): with $105,500 of gifts
    to customers' staff (BA121), a distributor was told again that too little goes into
    marketing and to put what the rules allow in their place up to the minimum, where the same
    business without them is told its reps win the customers. By hand: 82,000 + 105,500 =
    187,500, 1.04% of 18,000,000, over 1% only with the flagged spend; 82,000 + 450,000 =
    532,000, 2.96%, over it with the reps."""
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 18000000,
        "activities": [
            {"name": "Sales rep commissions", "spend": 450000},
            {"name": "Product catalog printing", "spend": 82000},
            {"name": "Gift cards - restaurant purchasing managers", "spend": 105500},
            {"name": "Cost of goods sold", "spend": 13500000},
        ],
        "customers": {"new": 80, "sources": {"sales rep": 60, "catalog": 20},
                      "average_revenue": 200000, "gross_margin": "25%", "retention_rate": "85%"},
        "owner_hours": {"delivery": 20, "sales": 10, "marketing": 8},
    }  # fmt: skip
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA101"]
    assert found.message.endswith(
        "with the $450,000 of sales spend in channels that brought new customers ('Sales rep "
        "commissions'), marketing and that selling come to 3%"
    )
    assert "before putting marketing in its place" in found.advice
    assert "too little goes into" not in report.verdict


def test_a_strong_verdict_does_not_claim_keeping_customers_beside_ba104() -> None:
    """K14 of the forty-second round (2026-12-06): a child-care centre at 86 read "Strong: you
    invest in getting and keeping customers on purpose" beside BA104's "nothing is spent on
    keeping existing customers". With a retention line, the usual words."""
    profile: dict[str, Any] = {
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 80000},
                       {"name": "Meta ads", "spend": 40000},
                       {"name": "Teacher wages", "spend": 500000}],
        "customers": {"new": 100, "sources": {"google ads": 60, "facebook ads": 40},
                      "average_revenue": 10000, "gross_margin": "40%", "retention_rate": "70%"},
        "owner_hours": {"delivery": 30, "marketing": 10},
    }  # fmt: skip
    report = _report(profile)
    assert [f.severity for f in report.findings if f.rule == "BA104"] == ["warning"]
    assert report.score >= 80
    assert report.verdict == (
        "Strong: you invest in getting customers on purpose; nothing yet goes into keeping "
        "them (BA104)."
    )
    kept = profile | {"activities": [*profile["activities"],
                                     {"name": "Parent newsletter", "spend": 3000}]}  # fmt: skip
    assert _report(kept).verdict == (
        "Strong: you invest in getting and keeping customers on purpose."
    )


def test_ba104_asks_for_what_costs_no_money_while_cash_is_short_and_waits_when_full() -> None:
    """K17 of the forty-second round (2026-12-06): BA104 told a studio behind on its loan to
    add a loyalty scheme, and a child-care centre 92% full with a waiting list was warned as if
    every family lost were lost for good. The venue above does not cover its loan payments
    (BA126): the advice costs time, not money. Full (92% of capacity), the finding is
    information and says why."""
    lines = [
        {"name": "The Knot Storefront", "spend": 21600},
        {"name": "Loan payments (principal and interest)", "spend": 96000},
        {"name": "Event staff", "spend": 149000},
        {"name": "Owner salary", "spend": 20000},
    ]
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "hospitality"},
        "revenue": 290000,
        "activities": lines,
    }
    [found] = _found("BA104", profile)
    assert found.severity == "warning"
    assert found.advice.startswith(
        "while the loan payments take most of what the business earns, or more, keep customers "
        "with what costs time, not money"
    )
    full = profile | {"business": profile["business"] | {"capacity_used": "92%"},
                      "activities": [lines[0], lines[2], lines[3]]}  # fmt: skip
    [found] = _found("BA104", full)
    assert found.severity == "info"
    assert found.message == (
        "nothing is spent on keeping existing customers; at 92% of capacity, demand the "
        "business turns away can replace who leaves, so this is less pressing"
    )


def test_ba202_claims_no_room_to_spend_more_while_the_loan_takes_what_is_earned() -> None:
    """G7 of the thirty-ninth round: BA202 said "there is room to spend more on acquisition"
    beside a loan that took all but $3,400 of what a venue earned. One voice: BA126. With
    payments of $10,000 the same business covers them (88,800 + 10,000 = 98,800, 9.9 times)
    and BA202 speaks."""

    def profile(payments: int) -> dict[str, Any]:
        return {
            "business": {"name": "Case", "industry": "hospitality"},
            "revenue": 290000,
            "activities": [
                {"name": "The Knot Storefront", "spend": 21600},
                {"name": "Loan payments (principal and interest)", "spend": payments},
                {"name": "Event staff", "spend": 149000},
                {"name": "Owner salary", "spend": 20000},
            ],
            "customers": {"new": 26, "sources": {"the knot": 26}, "average_revenue": 11000,
                          "gross_margin": "60%", "retention_rate": "40%"},
        }  # fmt: skip

    assert _found("BA126", profile(96000))
    assert not _found("BA202", profile(96000))
    assert not _found("BA126", profile(10000))
    assert _found("BA202", profile(10000))


@pytest.mark.parametrize(
    "lines",
    [
        [("Hotel concierge thank-you cards (Visa)", 6000)],
        [("Punch card - free 10th burrito", 4000)],
        [
            ("Hotel concierge thank-you cards (Visa)", 6000),
            ("Punch card - free 10th burrito", 4000),
        ],
    ],
)
def test_more_lines_that_are_no_marketing_of_its_own_never_turn_a_fail_into_a_pass(
    lines: list[tuple[str, int]],
) -> None:
    """R2 of the thirty-ninth round's re-review (2026-12-05): a café's $6,000 of Instagram ads
    are 1.5% of $400,000, under the restaurant's 3% minimum; with a gift BA121 warns about or a
    punch card's free burrito alone BA101 was an error, with both a warning, and it passed."""
    activities = [{"name": "Instagram ads", "spend": 6000}]
    activities += [{"name": name, "spend": spend} for name, spend in lines]
    activities += [{"name": "Food cost", "spend": 120000}, {"name": "Rent", "spend": 48000}]
    report = _report({
        "business": {"name": "Case", "industry": "restaurant"},
        "revenue": 400000,
        "activities": activities,
    })  # fmt: skip
    [found] = [f for f in report.findings if f.rule == "BA101"]
    assert found.severity == "error"
    assert not report.passed


@pytest.mark.parametrize(
    "name", ["Volume discounts (list $180 vs $149 invoiced)", "Markdowns ($40 vs $60 ticket price)"]
)
def test_a_price_cut_beside_a_list_price_is_no_value_never_billed(name: str) -> None:
    """R7 of the thirty-ninth round's re-review (2026-12-05): a wholesaler's volume discount
    and a retailer's markdown, booked against gross sales, read as values never billed."""
    found = _found("BA116", {"revenue": 500000, "activities": [{"name": name, "spend": 20000}]})
    assert not [f for f in found if "never billed" in f.message]


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("ERC / amended-return campaign - 20% contingent fee", True),
        ("Refund recovery mailer (25% of the refund)", True),
        ("Amended return mailer", False),
        ("Contingent fee litigation support referrals", False),  # no return or claim named
        # S4 of the second re-review: a fee said not to be contingent, and the rule's own
        # exception for an IRS examination
        ("Amended return campaign - flat fee, no contingent fees", False),
        ("IRS examination representation - 15% of the refund", False),
    ],
)
def test_a_tax_practices_contingent_fee_on_returns_is_warned_about(name: str, warned: bool) -> None:
    """R3 of the thirty-ninth round's re-review (2026-12-05): a CPA firm's campaign for
    amended returns on a 20% contingent fee counted as marketing it may run, which ET 1.510.001
    forbids, and carried it past BA101's minimum."""
    found = _found("BA120", {
        "business": {"name": "Case", "industry": "accounting"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 12000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned:
        assert "ET 1.510.001" in found[0].message


@pytest.mark.parametrize(
    ("lines", "warned"),
    [
        # 1,000,000 - 700,000 of rent and ads. By hand: 80,000 as listed + 100,000 of payments
        # + 120,000 of depreciation, no cash, is 300,000: 3 times the 100,000 (S6)
        ([("Equipment loan payments", 100000), ("Depreciation - equipment", 120000)], False),
        # a payment of principal and interest, or the two listed apart, alike: 300,000 against
        # 160,000, 1.9 times (S7)
        ([("Truck payment (principal and interest)", 160000)], False),
        ([("Truck loan principal", 100000), ("Truck loan interest", 60000)], False),
        # interest alone on a line of credit: 300,000 against 280,000, 1.07 times (S7)
        ([("Line of credit interest", 280000)], True),
        # 300,000 against 270,000 of payments, 1.11 times
        ([("Equipment loan payments", 270000)], True),
    ],
)
def test_ba126_counts_the_cash_earned_and_the_whole_debt_service(
    lines: list[tuple[str, int]], warned: bool
) -> None:
    """S6 and S7 of the thirty-ninth round's second re-review (2026-12-05): depreciation
    listed had counted as cash spent, and interest listed apart (as BA116 advises) had left the
    debt service, so splitting a payment changed the verdict."""
    found = _found("BA126", {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent", "spend": 600000},
            {"name": "Google Ads", "spend": 100000},
            *({"name": name, "spend": spend} for name, spend in lines),
        ],
    })  # fmt: skip
    assert bool(found) is warned


@pytest.mark.parametrize(
    "one_off",
    [
        "Balloon payment on equipment note",
        "Early payoff of truck loan (from savings)",
        "Loan payoff at refinance (paid from new loan)",
        "Repayment of shareholder loan to owner",
    ],
)
def test_ba126_weighs_scheduled_payments_only(one_off: str) -> None:
    """S8 of the thirty-ninth round's second re-review (2026-12-05): a payoff, a balloon or an
    owner's loan repaid, paid once from savings or a new loan, counted as debt service. By hand:
    1,000,000 - 600,000 - 100,000 - 24,000 - 250,000 = 26,000 as listed; before the 274,000 of
    loan lines, 300,000. Against the 24,000 of scheduled payments, 12.5 times: no warning (with
    the 250,000 counted, 1.09 times)."""
    profile = {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent", "spend": 600000},
            {"name": "Google Ads", "spend": 100000},
            {"name": "Truck loan payments", "spend": 24000},
            {"name": one_off, "spend": 250000},
        ],
    }
    facts = _facts(profile)
    assert [kind for item, kind in facts.moves if item.activity.name == one_off] == ["loan"]
    assert not _found("BA126", profile)


def test_ba126_names_the_loan_lines_it_leaves_out() -> None:
    """S8: what is left out is named, so the ratio can be traced. By hand: 1,000,000 - 600,000
    - 100,000 - 270,000 - 30,000 = 0 as listed; 300,000 before the loan lines, 1.11 times the
    270,000 of scheduled payments: under 1.15, and shown as 1.1 (the fewest digits that keep
    it on its side of the limit)."""
    [found] = _found("BA126", {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent", "spend": 600000},
            {"name": "Google Ads", "spend": 100000},
            {"name": "Equipment loan payments", "spend": 270000},
            {"name": "Balloon payment on van note", "spend": 30000},
        ],
    })  # fmt: skip
    assert (
        "($300,000, before depreciation), covers it 1.1 times: 'Equipment loan payments', "
        "$270,000 ('Balloon payment on van note', $30,000, left out: paid once or owed to the "
        "owners, no scheduled payment); lenders commonly ask at least 1.15 times"
    ) in found.message


def test_ba101_asks_more_only_once_the_loan_payments_are_covered() -> None:
    """S12 of the thirty-ninth round's second re-review (2026-12-05): BA101 asked a food truck
    whose earnings did not cover its loan for more marketing "first", beside BA126. By hand:
    6,000 of 400,000 is 1.5%, under the restaurant's 3%; 400,000 - 396,000 = 4,000 as listed,
    104,000 before the 100,000 of loan payments: 1.04 times them."""
    report = _report({
        "business": {"name": "Case", "industry": "restaurant"},
        "revenue": 400000,
        "activities": [
            {"name": "Instagram ads", "spend": 6000},
            {"name": "Loan payments", "spend": 100000},
            {"name": "Food cost", "spend": 120000},
            {"name": "Rent", "spend": 170000},
        ],
    })  # fmt: skip
    advice = {f.rule: f.advice for f in report.findings}
    assert "BA126" in advice
    assert advice["BA101"].endswith(
        "; only once the loan payments are covered: what the business earns covers them 1.04 "
        "times, under the 1.15 lenders ask (BA126)"
    )


@pytest.mark.parametrize(
    ("name", "industry", "warned"),
    [
        ("Commissions received - annuity referrals (audit clients)", "accounting", True),
        ("Insurance commissions from audit clients", "accounting", True),
        ("Commission paid to us by carrier for audit client referrals", "accounting", True),
        ("Investment advisory commissions - audit/review clients", "accounting", True),
        ("COMMISSIONS RECEIVED - 401(K) PLANS, REVIEW CLIENTS", "accounting", True),
        # what part A does not reach: the firm's own sales pay, clients with no attest work,
        # a referral fee (part B: disclosed), and another trade's audit clients
        ("Sales commissions - new audit clients", "accounting", False),
        ("Insurance commissions (non-attest clients)", "accounting", False),
        ("Commissions received - insurance (tax-only clients)", "accounting", False),
        ("Referral fees received - audit clients (disclosed)", "accounting", False),
        ("Insurance commissions from audit clients", "consulting", False),
    ],
)
def test_ba127_warns_of_commissions_on_clients_the_firm_audits_or_reviews(
    name: str, industry: str, warned: bool
) -> None:
    """G5 of the thirty-ninth round (2026-12-05): a CPA firm's "Commissions received - annuity
    referrals (audit clients)" was read as money received, with no word of ET 1.520.001, which
    bars a commission while the firm audits, reviews or compiles for the client."""
    report = _report({
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 8000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    found = [f for f in report.findings if f.rule == "BA127"]
    assert bool(found) is warned
    if warned:
        assert "ET 1.520.001, part A" in found[0].message
        assert report.score <= 79


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        # broker to broker under a relocation network's referral agreement: §8(c)(3)
        ("Relocation company referral fees (Cartus 35%)", False),
        ("SIRVA relocation referral fee", False),
        # ...not what RESPA §8 forbids beside it
        ("Title company referral fees", True),
        ("Relocation referral - cash to friends", True),
    ],
)
def test_a_relocation_companys_referral_fee_is_cooperative_brokerage(
    name: str, warned: bool
) -> None:
    """H6 of the fortieth round (2026-12-06): a team's "Relocation company referral fees
    (Cartus 35%)" was warned about under RESPA §8, though relocation fees are paid broker to
    broker under the network's referral agreement, which §8(c)(3) exempts."""
    found = _found("BA114", {
        "business": {"name": "Case", "industry": "real-estate"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 12000}, {"name": "Facebook ads", "spend": 40000}],
    })  # fmt: skip
    assert bool(found) is warned


@pytest.mark.parametrize(
    ("name", "loan"),
    [
        ("Equipment financing - ultrasound (Balboa Capital)", True),
        ("Digital x-ray financing pmt", True),
        ("Ultrasound lease-to-own payments", True),
        # a lease, and a patient-financing provider's fees, are costs; a rent-to-own store's
        # inventory is no payment (R20 of the round's re-review)
        ("Equipment lease", False),
        ("Rent-to-own inventory - Ashley furniture", False),
        ("Patient financing fees (CareCredit)", False),
        ("Synchrony financing dealer fees", False),
    ],
)
def test_equipment_bought_on_finance_is_a_loan_repaid(name: str, loan: bool) -> None:
    """H15 of the fortieth round (2026-12-06): a vet clinic's equipment financing and
    lease-to-own payments, $72,000, were operating costs: a thin margin, and BA126 never saw
    the debt service."""
    facts = _facts({
        "business": {"name": "Case", "industry": "veterinary"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 24000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert [kind for _, kind in facts.moves] == (["loan"] if loan else [])


def test_ba110_never_asks_to_cut_what_ba101_asks_to_replace() -> None:
    """H18 of the fortieth round (2026-12-06): a team at 9% of revenue ($45,000 of $500,000),
    $40,000 of it a Zillow line a lender half pays (BA114), was told by BA101 to put lawful
    spend in its place up to the 6% minimum and by BA110 to cut to the 8% top. Judged without
    the flagged line, as BA101 judges, it is at 1%: no BA110."""
    profile = {
        "business": {"name": "Case", "industry": "real-estate"},
        "revenue": 500000,
        "activities": [
            {"name": "Zillow Premier Agent (Summit Mortgage reimburses 50%)", "spend": 40000},
            {"name": "Geo farm mailers", "spend": 5000},
            {"name": "Brokerage split", "spend": 150000},
            {"name": "Team lead salary", "spend": 90000},
            {"name": "Office & admin", "spend": 60000},
        ],
        "customers": {"new": 30, "sources": {"zillow premier agent": 20, "geo farm mailer": 5,
                      "past client referral": 5}, "average_revenue": 10000,
                      "gross_margin": "40%", "retention_rate": "10%"},
    }  # fmt: skip
    rules = {f.rule for f in _report(profile).findings}
    assert "BA114" in rules
    assert "BA101" in rules
    assert "BA110" not in rules


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("Lunches & gift cards - DCMA contracting team", True),
        ("Holiday gifts - contracting officer", True),
        ("Consulting fee - J. Ruiz (Acme Aero supplier quality engineer)", True),
        # the business's own people, and a course for its own contracts staff
        ("Supplier quality engineer salary", False),
        # a consultant hired for its own certification (R20 of the round's re-review)
        ("Consulting fees - supplier quality manager (fractional, our AS9100 prep)", False),
        ("Contracting officer training course", False),
    ],
)
def test_ba121_reaches_federal_contracting_staff_and_a_customers_supplier_approver(
    name: str, warned: bool
) -> None:
    """H5 of the fortieth round (2026-12-06): a job shop's lunches and gift cards for a
    federal agency's contracting team got only BA106, and a consulting fee to the engineer
    who approves a customer's suppliers was overhead."""
    found = _found("BA121", {
        "business": {"name": "Case", "industry": "manufacturing"},
        "revenue": 3000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Trade shows", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned and "contracting" in name:
        assert "5 CFR §2635.204(a)" in found[0].message


def test_ba207_never_offers_a_flagged_line_as_the_customers_channel(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """H19 of the fortieth round (2026-12-06): BA207 asked to read a golf trip for a
    customer's purchasing manager, which BA121 calls commercial bribery in the same report,
    as marketing and that customer's channel. (The owner says the customer came through a
    paid channel; the review's profile had it so by a misread "agero", since mended.)"""
    path = write_profile(
        """
        version: 1
        business: {name: Case, industry: manufacturing}
        revenue: 3000000
        activities:
          - {name: Pebble Beach golf trip - Acme Aero purchasing manager, spend: 6500}
          - {name: Trade show booth (IMTS), spend: 20000}
          - {name: Rent, spend: 300000}
        customers:
          new: 6
          sources: {acme aero (new program): 1, trade show: 5}
        classify:
          sources: [{term: acme aero, kind: paid}]
        """
    )
    [profile] = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)["profiles"]
    assert any(f["rule"] == "BA121" for f in profile["findings"])
    # (since R16 of the round's re-review BA207 is silent here: the line that bought the
    # customer is BA121's to speak of)
    for ba207 in [f for f in profile["findings"] if f["rule"] == "BA207"]:
        assert "golf" not in ba207["message"]
        assert "golf" not in ba207["advice"]


def test_a_pharmacy_under_the_best_quarters_spend_is_warned_not_failed() -> None:
    """H9 of the fortieth round (2026-12-06): the pharmacy's 0.5% low end is what the best
    quarter of independents spend (the average spends 0.4%), and a pharmacy at the Digest's
    own averages failed at 0.45%. By hand: 18,000 of 4,000,000 is 0.45%, under 0.5%."""
    report = _report({
        "business": {"name": "Case", "industry": "pharmacy"},
        "revenue": 4000000,
        "activities": [
            {"name": "Newspaper and radio ads", "spend": 18000},
            {"name": "Drug purchases", "spend": 3120000},
            {"name": "Rent", "spend": 120000},
        ],
    })  # fmt: skip
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert ba101.message.startswith("marketing is 0.45% of revenue ($18,000 of $4,000,000)")
    assert report.passed


@pytest.mark.parametrize(
    ("industry", "name", "warned"),
    [
        (
            "veterinary",
            "Surgery fee share - Dr. Patel mobile vet (15% of referred surgeries)",
            True,
        ),
        ("veterinary", "Fee split - Dr. Nguyen (referred dentals)", True),
        ("veterinary", "Happy Paws Grooming - thank-you ($20 per new client sent)", True),
        ("chiropractic", "NP program ($75 per new patient who starts care)", True),
        ("pharmacy", "Compounding marketers (1099) - 10% of collected Rx", True),
        (
            "real-estate",
            "Home inspector referral - $100 per buyer sent (Eagle Eye Inspections)",
            True,
        ),
        # the practice's own people, paid on what they produce or fill
        ("veterinary", "Associate vet - 20% of production", False),
        ("chiropractic", "Associate DC - $30 per new patient exam", False),
        ("pharmacy", "Pharmacist bonus - 1% of Rx sales", False),
    ],
)
def test_ba114_reads_a_price_per_one_sent_however_the_line_was_read(
    industry: str, name: str, warned: bool
) -> None:
    """H1 of the fortieth round (2026-12-06): payments per client, patient or buyer sent, a
    share of a referred case's fee and a marketer's share of collected prescriptions escaped
    BA114 wherever a word read the line as overhead, contra-revenue or cost of sales, and the
    customers they bought counted as free word of mouth."""
    found = _found("BA114", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 12000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is warned


@pytest.mark.parametrize(
    ("name", "clause"),
    [
        ("Billboard - J St across from Sacramento High School", "§26152(g)"),
        ("Sac State Welcome Week sponsorship table", "§26151(b)"),
        ("Google Ads - dispensary near me", "Dangerous products or services"),
        ("Instagram ads", "Advertising Standards"),
        # where the rules allow it
        ("Billboard - Broadway (21+ audience verified)", None),
        ("Weedmaps featured listing", None),
        ("Student discount (21+ with ID)", None),
        ("Instagram content (organic)", None),
    ],
)
def test_ba120_warns_of_a_dispensarys_ads_near_schools_to_minors_or_on_banned_platforms(
    name: str, clause: str | None
) -> None:
    """H4 of the fortieth round (2026-12-06): a dispensary's billboard across from a high
    school, its table at a university's welcome week and its Google and Instagram ads were
    funded channels `plan` grew, though California's §26152(g) and §26151(b) and the
    platforms' own policies forbid them."""
    found = _found("BA120", {
        "business": {"name": "Case", "industry": "cannabis"},
        "revenue": 2000000,
        "activities": [{"name": name, "spend": 12000}, {"name": "Weedmaps", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is (clause is not None)
    if clause is not None:
        assert clause in found[0].message


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("$10 grocery coupon with flu shot", "BA120"),
        ("Free med carts & eMAR software - Oakwood Assisted Living", "BA114"),
        # the pharmacy's own supplies, a service given free, a facility's software at its price
        ("Flu shot clinic supplies", None),
        ("Free flu shots (community event)", None),
        ("eMAR software - Oakwood Assisted Living (billed at FMV)", None),
    ],
)
def test_a_pharmacys_coupon_for_a_vaccine_and_free_goods_for_a_facility_are_warned_about(
    name: str, rule: str | None
) -> None:
    """H2 of the fortieth round (2026-12-06): a pharmacy's "$10 grocery coupon with flu shot"
    (Medicare pays for vaccines) was its cheapest channel, which `plan` doubled, and free
    medication carts and eMAR software for an assisted-living facility that picks the pharmacy
    for its residents passed with no word."""
    named = _law_rules_on("pharmacy", name, 6000, 3000000, beside="Radio ads")
    assert named == ({rule} if rule else set())


def test_a_profit_the_listed_tax_on_income_turns_into_a_loss_is_no_strong_score() -> None:
    """H3 of the fortieth round (2026-12-06): a dispensary whose federal tax on its gross profit
    (IRC §280E) exceeded its operating profit scored 100, "Strong", and its back taxes were an
    operating cost. By hand: 2,500,000 - 2,300,000 of operating costs = 200,000; the 231,000
    of tax comes after it, a loss of 31,000; the 60,000 of back taxes is a tax debt of earlier
    years repaid (BA116; R14 of the round's re-review), in the costs as listed (140,000)."""
    profile = {
        "business": {"name": "Case", "industry": "cannabis"},
        "revenue": 2500000,
        "activities": [
            {"name": "Product purchases", "spend": 1400000},
            {"name": "Budtender wages", "spend": 420000},
            {"name": "Owner salary", "spend": 90000},
            {"name": "Rent", "spend": 150000},
            {"name": "Security", "spend": 60000},
            {"name": "Weedmaps featured listing", "spend": 60000},
            {"name": "SEO & website", "spend": 15000},
            {"name": "Springbig loyalty texts", "spend": 20000},
            {"name": "Insurance & accounting", "spend": 85000},
            {"name": "Federal income tax (280E)", "spend": 231000},
            {"name": "IRS installment agreement - 280E back taxes", "spend": 60000},
        ],
        "customers": {"new": 5000, "sources": {"weedmaps": 2000, "google search": 1800,
                      "walk-in": 700, "friend referral": 500}, "average_revenue": 400,
                      "gross_margin": "44%", "retention_rate": "35%"},
    }  # fmt: skip
    facts = _facts(profile)
    assert facts.operating_profit == 140000
    assert facts.below_operating == 231000
    report = _report(profile)
    assert report.score <= 79
    assert report.verdict.endswith("The business makes a loss after the tax on income it lists.")
    # ...and no room to spend more is claimed beside it (BA202 had said so)
    assert not [f for f in report.findings if f.rule == "BA202"]


def test_a_margin_before_and_after_is_shown_apart() -> None:
    """H21 of the fortieth round (2026-12-06): BA101 said the full gap "would take the
    operating margin from 2% to 2%". By hand: 4,000,000 - 3,918,800 = 81,200, 2.03%; the
    2,000 gap (0.5% of 4,000,000 is 20,000, against 18,000) leaves 79,200, 1.98%."""
    report = _report({
        "business": {"name": "Case", "industry": "pharmacy"},
        "revenue": 4000000,
        "activities": [
            {"name": "Rx & front-end purchases", "spend": 3120000},
            {"name": "Pharmacist & technician wages", "spend": 450000},
            {"name": "Owner pharmacist salary", "spend": 140000},
            {"name": "Payroll taxes & benefits", "spend": 65000},
            {"name": "Rent & utilities", "spend": 75000},
            {"name": "Pharmacy software", "spend": 24000},
            {"name": "Insurance & accounting", "spend": 26800},
            {"name": "Newspaper & radio ads", "spend": 12000},
            {"name": "Refill reminder texts", "spend": 6000},
        ],
        "customers": {"new": 560, "sources": {"newspaper / radio": 60, "google search": 500},
                      "average_revenue": 1500, "gross_margin": "22%", "retention_rate": "78%"},
    })  # fmt: skip
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert "would take the operating margin from 2.03% to 1.98%, under 5%" in ba101.advice


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("Free exam & x-rays - new patients (Medicare incl.)", True),
        ("Free exam and x-rays, including Medicare patients", True),
        # the programme's patients left out
        ("Free exam & x-rays - new patients (no Medicare patients)", False),
        ("Free exam - Medicare patients excluded", False),
    ],
)
def test_ba120_warns_of_a_free_exam_offered_to_medicare_patients(name: str, warned: bool) -> None:
    """H7 of the fortieth round (2026-12-06): a chiropractor's "Free exam & x-rays - new
    patients (Medicare incl.)" was read as an x-ray cost, though a free exam worth about $150
    to a Medicare beneficiary is what 42 U.S.C. §1320a-7a(a)(5) forbids."""
    found = _found("BA120", {
        "business": {"name": "Case", "industry": "chiropractic"},
        "revenue": 800000,
        "activities": [{"name": name, "spend": 9000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned:
        assert found[0].advice.startswith("stop it for those clients or patients")


@pytest.mark.parametrize(
    ("name", "owner"),
    [("Officer Sal-PIC", True), ("Officer Sal", True), ("Payroll officer sal", False),
     ("Sales tax", False)],
)  # fmt: skip
def test_an_officers_salary_in_a_charts_short_name_pays_the_owner(name: str, owner: bool) -> None:
    """H14 of the fortieth round (2026-12-06): a pharmacy's "Officer Sal-PIC", its
    owner-pharmacist's $140,000, was not read as the owner's pay, and BA118 said no line paid
    the owner."""
    from bizaudit.core.owner_pay import pays_owner

    assert pays_owner(name) is owner


def test_a_job_shops_estimator_is_shared_with_every_customer_and_its_floor_warns() -> None:
    """H10 of the fortieth round (2026-12-06): a contract job shop's estimator, who quotes
    every request, most of them from its accounts, was charged whole to its new customers, and
    the manufacturing low end, The CMO Survey's average of mostly larger firms, failed a
    healthy shop. By hand: served = 1,000,000 / 50,000 = 20; the estimator's share is 40,000 x
    5 / 20 = 10,000; CAC = (4,000 of ads + 10,000) / 5 = 2,800. Marketing 4,000 / 1,000,000 =
    0.4% < 0.5%, the low end since BH11 of the sixty-second round (Tricom's own experience of
    mature manufacturers; it had been 2.4%, and the case spent $10,000, 1%), which warns."""
    report = _report({
        "business": {"name": "Case", "industry": "manufacturing"},
        "revenue": 1000000,
        "activities": [
            {"name": "Thomasnet listing", "spend": 4000},
            {"name": "Estimator salary", "spend": 40000},
            {"name": "Shop wages", "spend": 500000},
        ],
        "customers": {"new": 5, "sources": {"thomasnet": 5}, "average_revenue": 50000,
                      "gross_margin": "32%", "retention_rate": "85%"},
    })  # fmt: skip
    assert report.economics.cac.value == 2800
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"


@pytest.mark.parametrize(
    ("industry", "line", "source"),
    [
        ("real-estate", "Zillow Flex referral fees", "zillow flex"),
        ("manufacturing", "Xometry supplier fees", "fictiv"),
    ],
)
def test_ba123_reaches_zillow_flex_and_manufacturing_marketplaces(
    industry: str, line: str, source: str
) -> None:
    """H12 of the fortieth round (2026-12-06): a team with 62% of its clients through Zillow
    Flex, and a job shop with 75% of its work through Xometry and Fictiv, had no word of the
    dependence. By hand: 7 of 10 new customers is 70%, over 60%."""
    found = _found("BA123", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": line, "spend": 20000}, {"name": "Website", "spend": 5000}],
        "customers": {"new": 10, "sources": {source: 7, "website": 3}},
    })  # fmt: skip
    assert len(found) == 1
    assert found[0].message.startswith("70% of new customers (7 of 10)")
    # a seller of record's buyers are its own: no advice to go round it (S13 of the round's
    # second re-review)
    assert ("their terms forbid going round them" in found[0].advice) is (source == "fictiv")


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # R1: a payer's, a network's, a processor's or a billing service's fee
        ("pharmacy", "DIR fees - 3% of claims", None),
        ("pharmacy", "PSAO fee (1% of claims)", None),
        ("pharmacy", "Credit card processing (2.9% of Rx sales)", None),
        ("chiropractic", "Billing service - 6% of collected claims", None),
        ("pharmacy", "Compounding marketers (1099) - 10% of collected Rx", "BA114"),
        # R2: free for the facility's residents, not for the facility
        ("pharmacy", "Free delivery - Oakwood Assisted Living residents", None),
        ("home-care", "Free in-home assessment - assisted living residents", None),
        ("pharmacy", "Free med carts & eMAR software - Oakwood Assisted Living", "BA114"),
        # R3: an employer's HR staff are no licensees
        ("real-estate", "Referral fee - Intel HR relocation coordinator ($500 per employee)",
         "BA114"),
        ("real-estate", "Relocation company referral fees (Cartus 35%)", None),
        # R4: a coupon that leaves the programmes' patients out
        ("pharmacy", "$10 grocery coupon with flu shot (excl. Medicare/Medicaid/TRICARE)", None),
        ("pharmacy", "$5 off coupon with flu shot (cash-pay patients only)", None),
        # R5: a sign that keeps its distance, a street, a 21+ audience, a job ad
        ("cannabis", "Storefront signage (no schools within 1,000 ft)", None),
        ("cannabis", "A-frame sign - corner of School St & 5th", None),
        ("cannabis", "College football watch party sponsorship (21+ only)", None),
        ("cannabis", "Google Ads - hiring budtenders (Indeed)", None),
        # R7: the firm's own staff's commissions
        ("accounting", "Sales commissions - staff (5% of new audit client revenue)", None),
    ],
)  # fmt: skip
def test_the_fortieth_rounds_law_checks_leave_what_the_law_allows(
    industry: str, name: str, rule: str | None
) -> None:
    """R1-R5 and R7 of the fortieth round's re-review (2026-12-06): the new checks had called
    a payer's and a billing service's fees kickbacks, free delivery to a facility's residents a
    payment to the facility, a signage line that keeps its distance from schools a breach, and
    a CPA firm's own staff's commissions an attest-client commission; and the relocation
    exemption had let through a fee to an employer's HR coordinator."""
    named = _law_rules_on(industry, name, 12000, 2000000)
    assert named == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("SBA loan pmts (refinanced 2024) - monthly", True),
        ("Equipment loan - monthly pmts (balloon due 2028)", True),
        ("Balloon payment on equipment note", False),
    ],
)
def test_ba126_counts_the_monthly_payments_of_a_refinanced_loan(name: str, warned: bool) -> None:
    """R8 of the fortieth round's re-review (2026-12-06): scheduled payments whose names
    mention a refinance or a balloon due later were left out of the debt service. By hand:
    1,000,000 - 700,000 - 270,000 = 30,000 as listed; 300,000 before the 270,000 of
    payments, 1.11 times, under 1.15 (a balloon payment itself is left out)."""
    found = _found("BA126", {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent", "spend": 600000},
            {"name": "Google Ads", "spend": 100000},
            {"name": name, "spend": 270000},
        ],
    })  # fmt: skip
    assert bool(found) is warned


def test_a_pharmacy_under_its_low_end_beside_a_flagged_line_is_warned_not_failed() -> None:
    """R9 of the fortieth round's re-review (2026-12-06): H9 made the pharmacy's 0.5% a
    warning, but beside a flagged line BA101 failed again. By hand: 8,000 of 4,000,000 is
    0.2% without the 20,000 of gift cards BA120 warns about, 0.7% with them."""
    report = _report({
        "business": {"name": "Case", "industry": "pharmacy"},
        "revenue": 4000000,
        "activities": [
            {"name": "Newspaper ads", "spend": 8000},
            {"name": "$25 gift card per transferred Rx", "spend": 20000},
            {"name": "Drug purchases", "spend": 3100000},
        ],
    })  # fmt: skip
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert any(f.rule == "BA120" for f in report.findings)


def test_ba121_a_gift_to_federal_staff_is_not_cured_by_disclosure() -> None:
    """R6 of the fortieth round's re-review (2026-12-06): "(disclosed)" let gifts to a federal
    agency's contracting staff pass, though 5 CFR §2635.204(a) limits them whether or not the
    agency is told; and the advice spoke of commercial bribery and of what "their principal
    allows"."""
    [found] = _found("BA121", {
        "business": {"name": "Case", "industry": "manufacturing"},
        "revenue": 2000000,
        "activities": [{"name": "Holiday gift baskets - DCMA QAR (disclosed)", "spend": 3000},
                       {"name": "Trade shows", "spend": 40000}],
    })  # fmt: skip
    assert "whether or not the agency is told (5 CFR §2635.204(a))" in found.message
    assert "commercial bribery" not in found.message
    assert found.advice.startswith("stop it: no gift cards or cash")


def test_ba207_is_silent_where_a_flagged_line_bought_the_customers() -> None:
    """R16 of the fortieth round's re-review (2026-12-06): beside BA114 on "Compounding
    marketers (1099) - 10% of collected Rx", BA207 said the marketer's 60 patients "look free"
    and asked to make the line their channel."""
    report = _report({
        "business": {"name": "Case", "industry": "pharmacy"},
        "revenue": 3000000,
        "activities": [
            {"name": "Compounding marketers (1099) - 10% of collected Rx", "spend": 38000},
            {"name": "Radio ads", "spend": 20000},
        ],
        "customers": {"new": 100, "sources": {"compounding marketer": 60, "radio": 40}},
    })  # fmt: skip
    rules = {f.rule for f in report.findings}
    assert "BA114" in rules
    assert "BA207" not in rules


def test_ba120_speaks_of_a_vaccine_coupon_as_a_vaccine() -> None:
    """R17 of the fortieth round's re-review (2026-12-06): the flu-shot coupon's warning spoke
    of prescriptions transferred and refilled."""
    [found] = _found("BA120", {
        "business": {"name": "Case", "industry": "pharmacy"},
        "revenue": 3000000,
        "activities": [{"name": "$10 grocery coupon with flu shot", "spend": 3000},
                       {"name": "Radio ads", "spend": 20000}],
    })  # fmt: skip
    assert "with a vaccine, which Medicare Part B or Part D pays for" in found.message
    assert "prescriptions" not in found.message.split(":")[0]
    assert "win vaccinations on convenience" in found.advice


def test_back_taxes_paid_in_instalments_are_a_debt_repaid_not_the_periods_tax() -> None:
    """R14 of the fortieth round's re-review (2026-12-06): "IRS installment agreement - 280E
    back taxes" was counted as the period's tax on income, a loss of $91,000 after tax where
    the period's own tax leaves $31,000. By hand: 2,500,000 - 2,300,000 - 60,000 = 140,000 as
    listed; the 60,000 of back taxes is a liability repaid (BA116), so 200,000 before the
    231,000 of this year's tax: a loss of 31,000."""
    from bizaudit.core.financing import loss_below

    profile = {
        "business": {"name": "Case", "industry": "cannabis"},
        "revenue": 2500000,
        "activities": [
            {"name": "Product purchases", "spend": 1400000},
            {"name": "Budtender wages", "spend": 420000},
            {"name": "Rent", "spend": 480000},
            {"name": "Federal income tax (280E)", "spend": 231000},
            {"name": "IRS installment agreement - 280E back taxes", "spend": 60000},
        ],
    }
    facts = _facts(profile)
    assert facts.operating_profit == 140000
    assert facts.below_operating == 231000
    assert loss_below(facts) == 31000
    assert _found("BA116", profile)


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # S1: what is free for the facility, whatever else the line names
        ("pharmacy", "Free med carts & daily delivery - Oakwood ALF", "BA114"),
        ("pharmacy", "Free med-pass nurse for Oakwood ALF residents", "BA114"),
        # S2: no distance, a count of events, a school named after its street, a sale beside
        # a job ad
        ("cannabis", "Billboard across from Jefferson Middle School (no youth imagery)", "BA120"),
        ("cannabis", "Banners at over 20 school sports events", "BA120"),
        ("cannabis", "A-frame sign - School Street Elementary crosswalk", "BA120"),
        ("cannabis", "Instagram ads - careers page & weekly deals", "BA120"),
        # S3: commissions received on audit clients' plans, whoever the plans are for
        ("accounting", "Insurance commissions - employee benefit plans of audit clients",
         "BA127"),
        ("accounting", "Staff bonus - 5% of new audit client fees", None),
        # S5: fees between relocation companies and brokers
        ("real-estate", "Cartus referral fee - Intel employee relocation (35%)", None),
        ("real-estate", "Relocation referral fees - Weichert Workforce Mobility", None),
        # S6: a coupon for every payer, and one that waives a Medicare copay; one for none
        ("pharmacy", "Flu shot $10 gift card - all patients (Medicare & non-Medicare)", "BA120"),
        ("pharmacy", "$20 gift card with Shingrix (no Medicare copay)", "BA120"),
        ("pharmacy", "Flu shot $10 gift card promo (not valid for Medicare/Medicaid)", None),
        ("pharmacy", "COVID vaccine $10 coupon (commercial insurance only)", None),
    ],
)  # fmt: skip
def test_the_fortieth_rounds_second_re_review_mends(
    industry: str, name: str, rule: str | None
) -> None:
    """S1, S2, S3, S5 and S6 of the fortieth round's second re-review (2026-12-06): the first
    re-review's exits had let through free goods for a facility beside a delivery, cannabis
    ads near schools beside "no youth imagery", an audit client's benefit-plan commissions and
    a vaccine card for every payer, and flagged a relocation company's fee that named an
    employee and a coupon that left the programmes out."""
    named = _law_rules_on(industry, name, 6000, 2000000)
    assert named == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("name", "term", "kind", "below"),
    [
        # S7: a loan refinanced and a monthly owners' loan are left out of BA126's service
        ("Loan refinance", None, "loan", False),
        # S10: a prior year's tax is a debt repaid; its return's preparation a fee
        ("Prior year state income tax", "income tax", "loan", False),
        ("Prior year tax return prep - CPA", "tax", None, False),
        # S11: a lease-to-own's payments, however written; a store's rent-to-own stock, none
        ("Lease-to-own - forklift (monthly)", "lease", "loan", False),
    ],
)
def test_the_fortieth_rounds_second_re_review_reads_debts(
    name: str, term: str | None, kind: str | None, below: bool
) -> None:
    """S7, S10 and S11 of the fortieth round's second re-review (2026-12-06)."""
    from bizaudit.core.financing import below_operating, movement

    assert movement(name, term) == kind
    assert below_operating(name, term) is below


def test_ba126_leaves_out_an_owners_loan_repaid_monthly() -> None:
    """S7 of the fortieth round's second re-review (2026-12-06): the R8 rewrite had put a
    monthly repayment of a shareholder's loan into BA126's debt service. By hand: 1,000,000 -
    600,000 - 100,000 - 24,000 - 250,000 = 26,000 as listed; 300,000 before the loan lines,
    12.5 times the 24,000 of truck payments: no warning."""
    assert not _found("BA126", {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent", "spend": 600000},
            {"name": "Google Ads", "spend": 100000},
            {"name": "Truck loan payments", "spend": 24000},
            {"name": "Shareholder loan repayment - monthly", "spend": 250000},
        ],
    })  # fmt: skip


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("Rx marketing rep - 5% of new scripts", True),
        ("Compounding marketer (1099) - 10% of net collections", True),
        ("Compounding rep - 50% of gross profit on referred scripts", True),
        # a wholesaler's programme fee on purchases, a reminder service per patient reached
        ("GNP marketing program fee (0.25% of Rx purchases)", False),
        ("Patient reminder service ($0.50 per patient)", False),
    ],
)
def test_ba114_reads_a_marketers_share_as_books_write_it(name: str, flagged: bool) -> None:
    """S4 of the fortieth round's second re-review (2026-12-06): the pay schemes of the
    compounding-kickback cases, "5% of new scripts" or "10% of net collections" to a 1099 rep,
    passed, while a wholesaler's programme fee and a reminder service were called kickbacks."""
    found = [f for f in _found("BA114", {
        "business": {"name": "Case", "industry": "pharmacy"},
        "revenue": 3000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Radio ads", "spend": 30000}],
    }) if f.subject == name]  # fmt: skip
    assert bool(found) is flagged


def test_the_spend_line_counts_the_loss_after_tax_as_the_verdict_does() -> None:
    """S9 of the fortieth round's second re-review (2026-12-06): the spend line said "a loss of
    $91,000 after it" where the verdict, BA101 and `plan` said $31,000: it kept the back taxes
    BA116 names as no cost. By hand: 140,000 as listed + 60,000 = 200,000; 200,000 - 231,000
    = a loss of 31,000."""
    from bizaudit.explain.summary import after_operating
    from bizaudit.model.report import Profit

    profit = Profit(
        net_revenue=Decimal(2500000), cost_of_sales=Decimal(0), contra_revenue=Decimal(0),
        operating_profit=Decimal(140000), operating_margin=None,
        interest_and_income_tax=Decimal(231000), interest_and_income_tax_lines=[16],
        income_tax=Decimal(231000), no_cost=Decimal(60000),
    )  # fmt: skip
    said = after_operating(profit, lambda amount: f"${amount:,}")
    assert said == (
        "before $231,000 of income tax (line 16): $200,000 without the lines BA116 names as no "
        "cost, a loss of $31,000 after it"
    )


@pytest.mark.parametrize(
    ("name", "said", "advised"),
    [
        ("IRS installment agreement - payroll taxes",
         "a tax debt of earlier years paid in instalments", "§6672"),
        ("IRS installment agreement - 280E back taxes",
         "a tax debt of earlier years paid in instalments", "§6159(b)"),
        ("Prior year state income tax", "a tax of earlier years", "list any interest"),
    ],
)  # fmt: skip
def test_ba116_speaks_of_a_tax_debt_as_one(name: str, said: str, advised: str) -> None:
    """S12 of the fortieth round's second re-review (2026-12-06): an IRS installment
    agreement was told to "list the loan's interest", and one on payroll taxes had no word of
    the owners' own liability for trust-fund taxes (26 U.S.C. §6672)."""
    [found] = [f for f in _found("BA116", {
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 36000}, {"name": "Rent", "spend": 600000}],
    }) if f.subject == name or name in f.message]  # fmt: skip
    assert said in found.message
    assert advised in found.advice


def test_ba126_asks_no_interest_only_months_of_a_tax_agreement() -> None:
    """S12 of the fortieth round's second re-review (2026-12-06): beside an IRS installment
    agreement BA126 advised asking "the lender" for months of interest only, which the IRS
    does not grant. By hand: 1,000,000 - 700,000 - 270,000 = 30,000 as listed, 300,000
    before the agreement's 270,000, 1.11 times."""
    [found] = _found("BA126", {
        "revenue": 1000000,
        "activities": [
            {"name": "Rent", "spend": 600000},
            {"name": "Google Ads", "spend": 100000},
            {"name": "IRS installment agreement - back taxes", "spend": 270000},
        ],
    })  # fmt: skip
    assert "interest only" not in found.advice
    assert "26 U.S.C. §6159(b)" in found.advice


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        # within 5 CFR §2635.204(a): non-cash, $20 or less a person
        ("Holiday gift baskets - DCMA QAR ($18 pp)", False),
        ("Holiday tins - contracting officer ($15 each)", False),
        # no gift at all: refreshments that are no meal (§2635.203(b)(1))
        ("Coffee & donuts - DCMA inspectors", False),
        # over $20, cash's equivalents at any value, a gift beside the cookies, a county's
        # inspectors beside the DCMA's (their state's rules), and no stated value
        ("Holiday gift baskets - DCMA QAR ($25 pp)", True),
        ("Starbucks cards - contracting officer ($10 each)", True),
        ("Cookies + gift baskets - contracting officer", True),
        ("Holiday gift baskets - DCMA QAR + county inspectors ($18 pp)", True),
        ("Holiday gift baskets - DCMA QAR", True),
        # ...and $50 a year from one source: $20 four times a year is $80 (J8 of the forty-first
        # round's re-review); $15 twice a year is $30
        ("Quarterly gifts to DCMA inspectors ($20 each, 4 times a year)", True),
        ("Holiday gift baskets - DCMA QAR ($15 each, twice a year)", False),
    ],
)
def test_ba121_leaves_alone_what_the_federal_gift_rules_allow(name: str, warned: bool) -> None:
    """S13 of the fortieth round's second re-review (2026-12-06): a job shop's $15 non-cash
    holiday gift to a federal agency's staff, within the $20 a gift that 5 CFR §2635.204(a)
    allows, was told "stop it"."""
    found = _found("BA121", {
        "business": {"name": "Case", "industry": "manufacturing"},
        "revenue": 3000000,
        "activities": [{"name": name, "spend": 600}, {"name": "Trade shows", "spend": 30000}],
    })  # fmt: skip
    assert bool(found) is warned


@pytest.mark.parametrize(
    ("industry", "tax_line", "spending", "asked"),
    [
        ("cannabis", None, "all", True),
        # a tax on income listed, even one the name says is §280E's
        ("cannabis", "Federal income tax (280E)", "all", False),
        ("cannabis", "Estimated income tax payments", "all", False),
        # a payroll tax is no tax on income
        ("cannabis", "Payroll taxes", "all", True),
        # a card's statement lists only part of the costs, so no profit is shown
        ("cannabis", None, "partial", False),
        # a trade whose tax on income falls on its profit
        ("retail", None, "all", False),
    ],
)
def test_ba109_asks_a_cannabis_business_for_its_tax_on_income(
    industry: str, tax_line: str | None, spending: str, asked: bool
) -> None:
    """H3 of the fortieth round (2026-12-06): with no tax on income listed, a dispensary scored
    on its pre-tax profit, though §280E taxes its gross profit; the tax cannot be estimated
    without the entity's rate, so BA109 asks for it, and says which sales the Schedule III
    order of April 2026 takes out of §280E."""
    activities = [{"name": "Weedmaps listing", "spend": 30000}, {"name": "Rent", "spend": 90000}]
    if tax_line is not None:
        activities.append({"name": tax_line, "spend": 80000})
    profile = {
        "business": {"name": "Case", "industry": industry, "spending": spending},
        "revenue": 1000000,
        "activities": activities,
    }
    found = [f for f in _found("BA109", profile) if "tax on income" in f.message]
    assert bool(found) is asked
    if asked:
        assert found[0].severity == "info"
        assert "IRC §280E" in found[0].message
        assert "Schedule III" in found[0].message
        assert found[0].advice.startswith("add the federal and state income tax")


def test_ba105_hires_no_one_where_the_owner_makes_under_the_minimum_wage() -> None:
    """J18 of the forty-first round's re-review (2026-12-06): with no loan, an owner paid only
    by an $8,000 draw, and a business that made $11,600 before it, BA105 still said to give the
    hours to a manager. By hand: 400,000 − 380,400 of costs = 19,600 with the draw, 11,600
    before the 8,000 draw; over 68 hours × 52 weeks = 3,536 hours, $3.28 an hour, under the
    federal $7.25."""
    [found] = _found("BA105", {
        "business": {"name": "Case", "industry": "retail"},
        "revenue": 400000,
        "activities": [
            {"name": "Cost of goods sold", "spend": 150000},
            {"name": "Staff wages", "spend": 170000},
            {"name": "Rent", "spend": 60000},
            {"name": "Google Ads", "spend": 8400},
            {"name": "Owner draws", "spend": 8000},
        ],
        "owner_hours": {"delivery": 50, "marketing": 2, "sales": 4, "admin": 12},
    })  # fmt: skip
    assert "less than the minimum wage made an hour of the owner's week (BA116)" in (found.advice)
    assert "coordinator" not in found.advice


@pytest.mark.parametrize(
    ("loan", "strained"),
    [
        # 30,000 of loan payments: 12,000 earned before them covers 0.4 of them (BA126)
        (30000, "loan payments that take most of what it earns, or more (BA126)"),
        # a 40,000 loss after the same costs: 400,000 − 440,000
        (None, "a loss"),
    ],
)
def test_ba105_hires_no_one_for_a_business_that_cannot_pay(loan: int | None, strained: str) -> None:
    """I16 of the forty-first round (2026-12-06): BA105 told a florist owner at 68 hours a
    week, beside BA126 and a business that made $3.28 an hour of the week, to "give them to a
    manager or a part-time marketing coordinator". By hand: 10% of 2 + 50 + 4 + 12 = 68 hours
    is 6.8; the hours come from the 12 of admin instead."""
    activities = [
        {"name": "Google Ads", "spend": 8000},
        {"name": "Cost of goods sold", "spend": 150000},
        {"name": "Staff wages", "spend": 170000},
        {"name": "Rent", "spend": 60000},
    ]
    if loan is not None:
        activities.append({"name": "SBA loan payments", "spend": loan})
    else:
        activities.append({"name": "Utilities", "spend": 52000})
    [found] = _found("BA105", {
        "business": {"name": "Case", "industry": "retail"},
        "revenue": 400000,
        "activities": activities,
        "owner_hours": {"delivery": 50, "marketing": 2, "sales": 4, "admin": 12},
    })  # fmt: skip
    assert found.advice == (
        f"block at least 6.8 hours a week for marketing: with {strained}, the business cannot "
        "pay for help yet, so take them from the 12 hours of admin (the books, scheduling, "
        "errands) or delivery others can take, rather than add them to an already long week "
        "or hire"
    )
    assert "coordinator" not in found.advice


@pytest.mark.parametrize(
    ("name", "industry", "warned"),
    [
        ("Funeral home staff referral cash ($10 per sympathy order sent)", "retail", True),
        ("Pet store staff referral cash ($10 per client)", "salon", True),
        ("Lowe's Pro desk associate cash ($25 per install referred)", "home-services", True),
        # (a dealer's is BA114's, under its trade's rule on bird dogs)
        ("Credit union loan officer spiffs ($50 per funded deal)", "retail", True),
        ("Animal hospital receptionist gift cards ($10 per client sent)", "salon", True),
        # the business's own staff, hiring bonuses, and thanks with no price per customer
        ("Staff referral bonus ($500 per hire)", "salon", False),
        ("Front desk bonus ($5 per new client booked)", "salon", False),
        ("Holiday gift baskets for vet clinic staff", "salon", False),
        ("Dealership staff appreciation lunch", "auto-dealer", False),
        ("Loan officer commissions (our LOs, 1% per funded deal)", "mortgage", False),
    ],
)
def test_ba121_reaches_another_business_staff_paid_per_customer_sent(
    name: str, industry: str, warned: bool
) -> None:
    """I3 of the forty-first round (2026-12-06): cash to a funeral home's, a pet store's, a
    home centre's or a credit union's staff for each customer they steer was read as the
    business's own staff costs, and the customers they sent looked free (Cal. Penal Code
    §641.3)."""
    found = _found("BA121", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 3000}, {"name": "Google Ads", "spend": 60000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned:
        assert "licensed professional" not in found[0].message
        assert "Cal. Penal Code §641.3" in found[0].message


def test_ba121_does_not_call_a_clinics_front_desk_a_licensed_professional() -> None:
    """I17 of the forty-first round (2026-12-06): a groomer's cash to a vet clinic's front
    desk was said to pay "a licensed professional" under Cal. Bus. & Prof. Code §650(a); the
    front desk holds no licence, and commercial bribery is what reaches them. A vet paid per
    referral is still one."""
    profile = {
        "business": {"name": "Case", "industry": "salon"},
        "revenue": 500000,
        "activities": [
            {"name": "Vet clinic front desk referral cash ($15 per new client sent)",
             "spend": 900},
            {"name": "Vet referral fee - Cherry Creek Animal Hospital ($15/new client)",
             "spend": 900},
            {"name": "Google Ads", "spend": 30000},
        ],
    }  # fmt: skip
    desk, vet = _found("BA121", profile)
    assert "licensed professional" not in desk.message
    assert "commercial bribery" in desk.message
    assert "licensed professional" in vet.message


@pytest.mark.parametrize(
    ("name", "patients_rule"),
    [
        ("Dr. Lee ENT - $100 per patient referred", False),
        ("ENT referral fee ($100/patient)", False),
        ("Patient referral reward ($25 gift card)", True),
        # "MD" beside "VA" is Maryland, not a physician (J11 of the round's re-review)
        ("Patient referral rewards - $25 per patient referred (MD and VA offices)", True),
    ],
)
def test_ba114_quotes_the_physicians_rule_for_a_fee_to_a_physician_per_patient(
    name: str, patients_rule: bool
) -> None:
    """I5 of the forty-first round (2026-12-06): "Dr. Lee ENT - $100 per patient referred" was
    read as a reward to patients, so BA114 quoted their nominal value ($15 an item), which a
    client could read as a safe price per referral for the physician; a physician paid per
    patient is remuneration under the Anti-Kickback Statute, with no such allowance."""
    [found] = _found("BA114", {
        "business": {"name": "Case", "industry": "medical"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 3000}, {"name": "Google Ads", "spend": 60000}],
    })  # fmt: skip
    assert ("$15 an item" in found.message) is patients_rule
    assert "42 U.S.C. §1320a-7b(b)" in found.message


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        # a free test or evaluation Medicare Part B pays for, as audiology names the exam
        ("Free hearing test - Medicare patients welcome (we don't bill Medicare)", "BA120"),
        ("Complimentary hearing evaluation - Medicare members", "BA120"),
        ("Free hearing exams for seniors on Medicare", "BA120"),
        # a screening Medicare does not pay for is the practice's own service, and so is a
        # test the member's plan pays for, or a hearing aid's test drive (J11 of the round's
        # re-review)
        ("Free hearing screening (Medicare incl.)", None),
        ("Free hearing test for Medicare Advantage members (covered by their plan)", None),
        ("Free hearing aid test drive - Medicare patients welcome", None),
        # a meal for seniors over the $15 nominal value, stated or catered: BA120, not BA114
        ("Lunch & learn seminars for seniors (catered lunch, ~$30 a guest)", "BA120"),
        ("Hearing health dinner seminar for retirees ($45 pp)", "BA120"),
        ("Medicare seminar lunch ($12 per guest)", None),
        ("Seniors seminar - coffee and cookies", None),
        # goods given free to patients who refer: a payment for referrals
        ("Free batteries for life for patients who refer a friend", "BA114"),
    ],
)
def test_medicare_inducements_in_kind(name: str, rule: str | None) -> None:
    """I4 of the forty-first round (2026-12-06): a hearing clinic's free hearing test for
    Medicare patients got no finding where "exam" did, its catered lunch seminars for seniors
    (~$30 a guest, over the OIG's $15 an item) were its cheapest channel, which `plan` doubled,
    and free batteries for patients who refer were a funded channel."""
    report = _report({
        "business": {"name": "Case", "industry": "medical"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    named = {f.rule for f in report.findings if f.subject == name or f.line == 5}
    law = named & {"BA114", "BA120"}
    assert law == ({rule} if rule else set())
    if rule == "BA120" and "seminar" in name:
        [found] = [f for f in report.findings if f.rule == "BA120"]
        assert "a meal worth more than the nominal value the law allows ($15 an item)" in (
            found.message
        )


@pytest.mark.parametrize(
    ("industry", "name", "warned"),
    [
        ("auto-dealer", "Facebook ads - '$0 down, $249/mo' specials (no APR shown)", True),
        # a payment with nothing said of its rate: the ad may show it
        ("auto-dealer", "Facebook ads - '$0 down, $249/mo' specials", False),
        ("b2c-services", "Instagram ads targeting kids 10-13", True),
        ("b2c-services", "Instagram ads - parents of kids 6-12", False),
        ("b2c-services", "TikTok ads - teens 14-17", False),
        ("b2c-services", "Raffle - $10 tickets, win a free summer of camp", True),
        ("retail", "Mother's Day raffle - buy a dozen roses to enter", True),
        ("b2c-services", "PTA raffle (school fundraiser)", False),
        ("retail", "Raffle - no purchase necessary", False),
        ("retail", "Sympathy ads - 'free delivery' ($14.99 service fee added at checkout)", True),
        ("retail", "Delivery fees (charged to customers)", False),
        ("home-services", "Facebook ads - no TECL license number shown", True),
        ("home-services", "License renewal fee", False),
        ("b2c-services", "Ads - 'ACA-accredited' (accreditation lapsed 2024)", True),
        ("b2c-services", "ACA accreditation fees", False),
        # J1-J4 and J10 of the round's re-review: a product for children is aimed at the
        # adults who buy it; "no hidden fees" and fees charged openly are lawful; a lapse said
        # of a certificate sold or a staff card is no claim; a charity's raffle the business
        # supports is the charity's; a lease has no APR; other wordings of the same breaches
        ("b2c-services", "Facebook ads - summer day camp for kids 6-12", False),
        ("restaurant", "Facebook ads - kids menu, open 11-9", False),
        ("b2c-services", "Facebook ads - grandparents of kids 5-12", False),
        ("b2c-services", "Instagram ads targeting campers ages 8-12", True),
        ("home-services", "Google Ads - 'upfront pricing, no hidden fees'", False),
        ("retail", "Card processing fees (3% surcharge added at checkout)", False),
        ("retail", "Delivery fees charged at checkout", False),
        ("home-services", "'Free estimate' ads ($89 diagnostic fee charged on site)", True),
        ("retail", "SSL certificate (expired - renewed)", False),
        ("retail", "Gift certificate breakage (expired certificates)", False),
        ("home-services", "Facebook ads - 'licensed & insured' (ads suspended in winter)", False),
        ("b2c-services", "'ACA accredited camp' (no longer accredited)", True),
        ("retail", "Rotary Club raffle sponsorship ($500)", False),
        ("retail", "Little League raffle tickets (bought 20 to support the team)", False),
        ("retail", "Free raffle at open house ($300 grill prize)", False),
        ("retail", "Raffle - $10 tickets, 10% of proceeds to charity", True),
        ("retail", "50/50 raffle at customer night", True),
        (
            "auto-dealer",
            "Lease specials - $199/mo, $2,999 due at signing (no APR on a lease)",
            False,
        ),
        (
            "auto-dealer",
            "Buy-here-pay-here ads - '$49 a week, no credit check' (no APR shown)",
            True,
        ),
        ("auto-dealer", "'No money down!' ads - $249/mo (no interest rate shown)", True),
        # the licence number is asked of contractors only (J21)
        ("retail", "Flyers (no license number)", False),
        # a trade-in paid off "no matter what you owe" (the FTC's orders of March 2012), not a
        # dealer's payoffs of the loans on trades it takes
        ("auto-dealer", "Radio spots - 'we pay off your trade no matter what you owe'", True),
        ("auto-dealer", "Trade-in payoffs (loan balances paid to lenders)", False),
        # an overnight camp called FSA-eligible (IRS Publication 503); a day camp may be
        ("b2c-services", "Ads - 'Dependent Care FSA eligible' for overnight adventure week", True),
        ("b2c-services", "Ads - 'Dependent Care FSA eligible' day camp", False),
    ],
)
def test_ba120_reads_what_an_ad_says_that_the_law_forbids(
    industry: str, name: str, warned: bool
) -> None:
    """I1 of the forty-first round (2026-12-06): ads and promotions whose own names say what
    the law forbids were priced as funded channels, and `plan` grew two: a credit ad's payment
    with no APR (Regulation Z, 12 CFR §1026.24(d)), ads aimed at children under 13, a raffle
    one pays to enter, a fee added at checkout to a "free" offer, no licence number, and a
    lapsed accreditation claimed. Only what the name states is read."""
    report = _report({
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Google Ads", "spend": 60000}],
    })  # fmt: skip
    found = [f for f in report.findings if f.rule == "BA120" and f.subject == name]
    assert bool(found) is warned
    if warned:
        assert report.score <= 79
        assert found[0].advice.endswith("no channel to grow")


@pytest.mark.parametrize(
    ("industry", "line", "source", "label"),
    [
        ("medical", "TruHearing network fees", "truhearing", "Hearing benefit networks"),
        ("retail", "Teleflora wire-in commissions", "teleflora", "Floral wire services"),
    ],
)
def test_ba123_reaches_hearing_networks_and_floral_wire_services(
    industry: str, line: str, source: str, label: str
) -> None:
    """I8 of the forty-first round (2026-12-06): 64% of a hearing clinic's new patients through
    TruHearing and Amplifon, and 62% of a florist's orders through wire services, drew no word,
    where 64% through Booking.com did; the same reports called their fees commissions. By hand:
    64 of 100 is 64%, over 60%."""
    [found] = _found("BA123", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": line, "spend": 6000}, {"name": "Google Ads", "spend": 30000}],
        "customers": {"new": 100, "sources": {source: 64, "google ads": 36}},
    })  # fmt: skip
    assert found.message.startswith("64% of new customers (64 of 100) came through marketplaces")
    assert label in found.message
    # no perk or price to book direct: the customers are theirs (J9 of the round's re-review)
    assert "better price" not in found.advice
    assert "their terms forbid going round them" in found.advice


@pytest.mark.parametrize(
    ("line", "fees"),
    [
        ("Rover clients moved to direct booking ($20 off to book off-app)", "0"),
        ("Rover service fees (20%)", "800"),
    ],
)
def test_money_off_to_leave_a_marketplace_is_not_its_commission(line: str, fees: str) -> None:
    """I15 of the forty-first round (2026-12-06): a groomer's "$20 off to book off-app" for its
    Rover clients was read as Rover's commission on every order, and priced Rover's channel at
    288×; it is revenue given up to take the clients away from Rover."""
    report = _report({
        "business": {"name": "Case", "industry": "salon"},
        "revenue": 1000000,
        "activities": [{"name": line, "spend": 800, "kind": "contra-revenue"},
                       {"name": "Google Ads", "spend": 30000}],
        "customers": {"new": 70, "sources": {"rover": 40, "google ads": 30}},
    })  # fmt: skip
    [rover] = [c for c in report.channels if c.name.startswith("Pet-care marketplaces")]
    assert str(rover.fees) == fees


def test_facebook_marketplace_is_a_channel_of_its_own_not_organic_social() -> None:
    """I12 of the forty-first round (2026-12-06): a dealer's paid Facebook Marketplace boosts
    and the buyers who named the Marketplace were "Social media (organic)" with $4,800 of
    spend, and BA101 said to move money into it. By hand: 6,000 ÷ 40 = $150 a buyer."""
    report = _report({
        "business": {"name": "Case", "industry": "auto-dealer"},
        "revenue": 8000000,
        "activities": [{"name": "Facebook Marketplace listing boosts", "spend": 6000},
                       {"name": "Google Ads", "spend": 30000}],
        "customers": {"new": 70, "sources": {"facebook marketplace": 40, "google ads": 30}},
    })  # fmt: skip
    names = [c.name for c in report.channels]
    assert "Facebook Marketplace" in names
    assert "Social media (organic)" not in names
    [marketplace] = [c for c in report.channels if c.name == "Facebook Marketplace"]
    assert (marketplace.customers, marketplace.cac) == (40, Decimal(150))


def test_a_florists_wire_service_is_no_way_of_its_own_to_win_customers() -> None:
    """I9 of the forty-first round (2026-12-06): a florist's Teleflora membership was its only
    "funded, recurring acquisition channel", which made it "A business", while the channel table
    said those customers are the sending florist's. Google Ads still count."""
    membership = {"name": "Teleflora membership and POS", "spend": 9000}
    profile: dict[str, Any] = {
        "business": {"name": "Case", "industry": "retail"},
        "revenue": 600000,
        "activities": [membership],
        "customers": {"new": 1000, "sources": {"teleflora wire-ins": 620, "walk-in": 380}},
    }
    assert _report(profile).predictability.verdict != "business"
    profile["activities"] = [membership, {"name": "Google Ads", "spend": 12000}]
    profile["customers"] = {"new": 1000, "sources": {"teleflora wire-ins": 620, "google ads": 380}}
    verdict = _report(profile).predictability
    assert verdict.channels == ["Google Ads"]


@pytest.mark.parametrize(
    ("name", "industry", "warned"),
    [
        # J6 of the forty-first round's re-review (2026-12-06): the business's own staff's
        # bonus, or a hiring bonus, is payroll, whatever business the line names
        ("Hotel staff referral bonus ($200 per hire referred)", "hospitality", False),
        ("Dental office staff bonus ($20 per new patient)", "dental", False),
        ("Pet store staff bonus ($5 per client signed up for grooming)", "retail", False),
        # J7: another business's staff, in other words
        ("Apartment leasing office staff ($50 per move-in referred)", "home-services", True),
        ("Vet staff referral cash ($15 per client sent)", "salon", True),
        ("Home Depot pro desk gift cards for referrals", "home-services", True),
    ],
)
def test_ba121_tells_another_business_staff_from_the_business_own(
    name: str, industry: str, warned: bool
) -> None:
    found = _found("BA121", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 3000}, {"name": "Google Ads", "spend": 60000}],
    })  # fmt: skip
    assert bool(found) is warned


def test_a_partners_referral_desk_joins_the_referrals_it_sends() -> None:
    """J16 of the forty-first round's re-review (2026-12-06): a groomer's "Pet store referral
    desk commission (10% of first groom)" stood alone as a $1,650 channel with no customers,
    while the desk's 108 clients sat in the referral channel; it is that channel's spend, a
    funded referral programme, so the verdict is no longer "by chance"."""
    report = _report({
        "business": {"name": "Case", "industry": "salon"},
        "revenue": 168000,
        "activities": [
            {"name": "Pet store referral desk commission (10% of first groom)", "spend": 1650},
            {"name": "Van lease", "spend": 24000},
        ],
        "customers": {"new": 150, "sources": {"pet store referral desk": 108, "google": 20,
                                              "referred by a client": 22}},
    })  # fmt: skip
    [referrals] = [c for c in report.channels if c.name == "Referrals and word of mouth"]
    assert referrals.spend == Decimal(1650)
    assert report.predictability.verdict == "business"


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        ("home-services", "Fake Google reviews (Fiverr)", "BA120"),
        ("home-services", "Purchased reviews", "BA120"),
        ("home-services", "Review farm - 50 five-star reviews", "BA120"),
        ("b2c-services", "Fake WeddingWire reviews by staff", "BA120"),
        ("retail", "Google reviews written by staff", "BA120"),
        # the tools and cards that ask real customers, and the widget that shows their reviews
        ("home-services", "Review management software (Birdeye)", None),
        ("home-services", "Google review request cards", None),
        ("home-services", "Reviews widget", None),
        ("home-services", "Podium review invites", None),
        # a service that fights fake reviews, software bought to ask for reviews, and staff's
        # own performance reviews
        ("home-services", "Fake review removal service", None),
        ("home-services", "Purchased review software", None),
        ("retail", "Staff performance reviews (HR consultant)", None),
    ],
)  # fmt: skip
def test_ba120_names_reviews_faked_or_bought(industry: str, name: str, rule: str | None) -> None:
    """K1 of the forty-second round (2026-12-06): "Fake Google reviews (Fiverr)", "Purchased
    reviews", "Review farm - 50 five-star reviews" and "Fake WeddingWire reviews by staff" were
    funded acquisition channels; writing, buying or procuring fake consumer reviews is what the
    FTC's rule on consumer reviews and testimonials forbids first (16 CFR §465.2, in force 21
    October 2024; reviews by the business's own staff that do not say so, §465.5). The tools
    and cards that ask real customers are not flagged."""
    named = _law_rules_on(industry, name, 1200, 1000000)
    assert named == ({rule} if rule else set())


def test_ba120_says_what_forbids_faked_reviews_and_holds_their_channel() -> None:
    """K1 of the forty-second round (2026-12-06): the finding quotes 16 CFR §465.2 in dollars
    and the EU's Annex I point 23c in euros, and the channel holding the line is neither priced
    nor grown."""
    line = {"name": "Fake Google reviews (Fiverr)", "spend": 1200}
    profile = {
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [line, {"name": "Google Ads", "spend": 30000}],
        "customers": {"new": 40, "sources": {"google ads": 30, "google reviews": 10}},
    }
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA120"]
    assert found.message.startswith(
        "'Fake Google reviews (Fiverr)' fakes or buys reviews, which the law forbids: the "
        "FTC's rule on consumer reviews and testimonials forbids writing, creating, buying or "
        "procuring consumer reviews that misrepresent that they are by a consumer or a real "
        "customer's experience (16 CFR §465.2, in force from 21 October 2024)"
    )
    assert found.advice.endswith("until then it is no channel to grow")
    assert report.score <= 79
    held = [c for c in report.channels if c.restricted_by == "BA120"]
    assert held
    assert all(c.cac is None for c in held)
    euro = profile | {"business": {"name": "Case", "industry": "home-services", "currency": "EUR"}}
    [found] = _found("BA120", euro)
    assert "Annex I point 23c" in found.message
    assert "§465.2" not in found.message


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # K2: a customer's kitchen and catering staff paid themselves
        ("wholesale", "Kitchen manager spiffs", "BA121"),
        ("wholesale", "Gift cards to chefs for switching their orders", "BA121"),
        ("b2c-services", "Catering manager tips for referrals", "BA121"),
        # ...not a rebate to the customer under contract, nor the business's own kitchen
        ("wholesale", "Volume rebates to restaurant groups (contract)", None),
        ("wholesale", "Chef salary", None),
        ("wholesale", "Kitchen manager wages", None),
        ("wholesale", "Staff tips (pooled)", None),
        ("hospitality", "Kitchen manager cash bonus", None),
        ("wholesale", "Chefs' Warehouse volume rebates", None),
        # K6: a public agency's caseworkers, an association's committee chair, teachers given
        # something for handing out flyers
        ("b2c-services", "Gift cards - county subsidy caseworkers", "BA121"),
        ("home-services", "Cash to HOA pool committee chair for contract renewal", "BA121"),
        ("fitness", "Gift cards to PE teachers for flyers", "BA121"),
        # ...not the business's own caseworkers' pay, a flyer printed for teachers, nor a
        # breakfast for the business's own teachers
        ("b2c-services", "Caseworker salaries", None),
        ("b2c-services", "Teacher flyers (printing)", None),
        ("fitness", "Teacher appreciation breakfast (our staff)", None),
        ("home-services", "HOA newsletter ad (pool committee page)", None),
    ],
)  # fmt: skip
def test_ba121_reaches_kitchen_staff_caseworkers_committee_chairs_and_teachers(
    industry: str, name: str, rule: str | None
) -> None:
    """K2 and K6 of the forty-second round (2026-12-06): cash, spiffs and tips to a customer's
    chefs, kitchen managers and catering managers for its orders or referrals (commercial
    bribery: N.Y. Penal Law §180.00-.03, Cal. Penal Code §641.3), gift cards to a county's
    subsidy caseworkers (public employees' gift rules: Fla. Stat. §112.313(4), N.C. Gen. Stat.
    §133-32), cash to an HOA's committee chair for a contract renewal (Fla. Stat.
    §720.3033(3)) and gift cards to PE teachers for handing out flyers (§112.313(4)) had
    passed, read as a rebate, selling, overhead, keeping customers or a channel. A rebate to
    the customer under contract, and the business's own kitchen's pay and tips, are lawful."""
    named = _law_rules_on(industry, name, 6000, 1000000)
    assert named == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("industry", "name", "law"),
    [
        # (a customer's kitchen manager where the business sells to kitchens: L1 of the
        # round's re-review)
        ("wholesale", "Kitchen manager spiffs", "Cal. Penal Code §641.3"),
        ("home-services", "Gift cards - county subsidy caseworkers", "N.C. Gen. Stat. §133-32"),
        ("home-services", "Cash to HOA pool committee chair for contract renewal", "§720.3033(3)"),
        ("home-services", "Gift cards to PE teachers for flyers", "§112.313(4)"),
    ],
)  # fmt: skip
def test_ba121_quotes_the_law_that_reaches_whom_the_line_pays(
    industry: str, name: str, law: str
) -> None:
    """K2 and K6 of the forty-second round (2026-12-06): each finding quotes the law of those
    it names: commercial bribery for a customer's kitchen manager, the public employees' gift
    rules for caseworkers and teachers, Florida's HOA statute for a committee chair."""
    [found] = _found("BA121", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Website", "spend": 30000}],
    })  # fmt: skip
    assert law in found.message


def test_a_cash_rebate_to_kitchen_managers_is_a_gift_to_deciders() -> None:
    """K2 of the forty-second round (2026-12-06): "Chef rebate - cash to kitchen managers (2% of
    purchases)" pays the customer's kitchen managers, not the customer: commercial bribery (Cal.
    Penal Code §641.3), not a volume rebate under contract. The line is read as contra-revenue,
    and core.metrics gathers for BA121 only lines read as marketing, sales or nothing (and a
    few words more), so the profile-level finding waits on a change there; what the line says
    is read here."""
    line = "Chef rebate - cash to kitchen managers (2% of purchases)"
    assert gives_deciders(line, to_businesses=True)
    assert deciders_named(line) == {"other"}
    assert not gives_deciders("Volume rebates to restaurant groups (contract)", True)


@pytest.mark.parametrize(
    ("business", "name", "warned"),
    [
        # K3 (a): ads aimed at children under 13, the audience stated after the ad
        ("Case", "Instagram ads - kids 8-12 (anti-bullying)", True),
        ("Case", "TikTok ads (tweens 10-12)", True),
        # ...not ads to parents, nor ads for a product for children
        ("Case", "Kids classes ads (parents)", False),
        ("Case", "Ads to parents of kids 8-12", False),
        ("Case", "Instagram ads - kids classes 8-12", False),
        ("Case", "Instagram ads - teens 13-17", False),
        # K3 (b): a body-art studio's ads or offers aimed at under-18s
        ("Black Anchor Tattoo", "Instagram ads targeting 16-17 year olds", True),
        ("Black Anchor Tattoo", "Walk-in minors special - no ID check", True),
        ("Case", "Tattoo flash special for high school students", True),
        # ...not a hair salon's teen ads, a piercing with a parent there, an adults' range, nor
        # a minor touch-up
        ("Case", "Instagram ads targeting 16-17 year olds", False),
        ("Black Anchor Tattoo", "Teen ear piercing (parent present)", False),
        ("Black Anchor Tattoo", "Instagram ads 18-34", False),
        ("Black Anchor Tattoo", "Free minor touch-ups special", False),
        ("Clear Skin Tattoo Removal", "Instagram ads targeting 16-17 year olds", False),
    ],
)  # fmt: skip
def test_ba120_reads_ads_aimed_at_children_and_body_art_offered_to_minors(
    business: str, name: str, warned: bool
) -> None:
    """K3 of the forty-second round (2026-12-06): a martial-arts studio's "Instagram ads - kids
    8-12 (anti-bullying)" is aimed at children under 13 with no verb before them (COPPA, 16 CFR
    Part 312); a tattoo studio's "Instagram ads targeting 16-17 year olds" and "Walk-in minors
    special - no ID check" offer what Cal. Penal Code §653 makes a misdemeanour (tattooing or
    offering to tattoo anyone under 18). Ads to parents, a salon's teen ads and a piercing with
    a parent there are lawful."""
    report = _report({
        "business": {"name": business, "industry": "salon"},
        "revenue": 780000,
        "activities": [{"name": name, "spend": 2000}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    found = [f for f in report.findings if f.rule == "BA120" and f.subject == name]
    assert bool(found) is warned
    if warned and "Tattoo" in business:
        assert found[0].message == (
            f"{name!r} advertises or offers tattoos or piercings to people under 18: tattooing "
            "or offering to tattoo anyone under 18 is a misdemeanour in California, whatever a "
            "parent says (Cal. Penal Code §653), and every state restricts it; piercing a "
            "minor needs a parent or guardian present or their notarised consent (§652)"
        )


@pytest.mark.parametrize(
    ("business", "name", "warned"),
    [
        ("Harborline Beer & Wine Distributors", "Free kegerators for bar accounts (beer)", True),
        ("Coastal Wine Imports", "Free cases of wine for restaurant accounts", True),
        # a food distributor, a root-beer distributor, and a wholesaler's own sales reps
        ("Harborline Food Distributors", "Free freezers for restaurant accounts", False),
        ("Harborline Root Beer Distributors", "Free kegerators for bar accounts", False),
        ("Harborline Beer & Wine Distributors", "Sales reps - bar accounts", False),
    ],
)
def test_ba119_binds_an_alcohol_wholesaler_too(business: str, name: str, warned: bool) -> None:
    """K4 of the forty-second round (2026-12-06): a beer-and-wine distributor's "Free kegerators
    for bar accounts (beer)" passed, as BA119 was asked of producers only; 27 U.S.C. §205(b)
    binds "an importer or wholesaler" too (27 CFR §6.41 ff., equipment furnished to a
    retailer). A food distributor's freezers for its restaurant accounts are lawful."""
    found = _found("BA119", {
        "business": {"name": business, "industry": "wholesale"},
        "revenue": 18000000,
        "activities": [{"name": name, "spend": 12000}, {"name": "Sales reps", "spend": 600000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned:
        assert "forbid a producer, an importer or a wholesaler of alcohol" in found[0].message
        assert "27 U.S.C. §205(b)" in found[0].message


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # K5: robocalls and texts to a bought list, flyers in mailboxes
        ("home-services", "Robocall campaign - purchased cell phone list", "BA120"),
        ("b2c-services", "SMS blast - bought guest phone list", "BA120"),
        ("home-services", "Flyers stuffed in mailboxes (new subdivisions)", "BA120"),
        # ...not texts to those who opted in, door hangers, mailed postcards, a notice board
        ("b2c-services", "SMS to opted-in customers (Podium)", None),
        ("home-services", "Door hangers", None),
        ("home-services", "EDDM postcards (USPS)", None),
        ("home-services", "Flyers at the community board", None),
        ("home-services", "Phone system (RingCentral)", None),
        # K7: a claim the line itself says is false
        ("b2c-services", "Facebook ads - state-certified teachers (staff not certified)", "BA120"),
        ("b2c-services", "Ads for infant room (not licensed for infants)", "BA120"),
        ("home-services", "Truck wraps - Licensed pool contractor (no license)", "BA120"),
        # ...the licence number's own check, a true claim, a course, a licence not needed
        ("home-services", "Truck wraps - no license number shown", "BA120"),
        ("b2c-services", "Ads - licensed and insured", None),
        ("b2c-services", "Certification course for staff", None),
        ("b2c-services", "Flyers - pet sitting (no license required)", None),
        ("b2c-services", "Unlicensed guest artist (no county registration)", None),
    ],
)  # fmt: skip
def test_ba120_reads_robocalls_bought_lists_mailboxes_and_claims_said_false(
    industry: str, name: str, rule: str | None
) -> None:
    """K5 and K7 of the forty-second round (2026-12-06): robocalls to a purchased cell list
    and texts to a bought list (TCPA, 47 U.S.C. §227(b)(1)(A)(iii); 47 CFR §64.1200(a)(2) and
    (c)), flyers stuffed in mailboxes (18 U.S.C. §1725), and ads whose own names say the
    credential they claim is not held (FTC Act §5; Cal. Bus. & Prof. Code §17500; for a
    contractor §7027.1) were overhead or funded channels. Texts to those who opted in, door
    hangers, mailed postcards and a true claim are lawful."""
    named = _law_rules_on(industry, name, 4000, 1000000)
    assert named == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("industry", "name", "law"),
    [
        ("home-services", "Robocall campaign - purchased cell phone list", "§227(b)(1)(A)(iii)"),
        ("b2c-services", "SMS blast - bought guest phone list", "47 CFR §64.1200(c)(2)"),
        ("home-services", "Flyers stuffed in mailboxes (new subdivisions)", "18 U.S.C. §1725"),
        ("home-services", "Truck wraps - Licensed pool contractor (no license)", "§7027.1"),
        ("b2c-services", "Ads for infant room (not licensed for infants)", "§17500"),
    ],
)  # fmt: skip
def test_ba120_quotes_the_law_each_practice_breaks(industry: str, name: str, law: str) -> None:
    """K5 and K7 of the forty-second round (2026-12-06): each finding quotes its own law (the
    TCPA for calls and texts, 18 U.S.C. §1725 for mailboxes, Cal. Bus. & Prof. Code §7027.1
    for a contractor's licence, §17500 for other claims), and the channel is no channel to
    grow."""
    [found] = _found("BA120", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 4000}, {"name": "Website", "spend": 30000}],
    })  # fmt: skip
    assert law in found.message
    assert found.advice.endswith("until then it is no channel to grow")


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # a distributor's cash, cards and spiffs to its customers' chefs and kitchen managers,
        # and a venue's catering manager tipped for referrals in any trade, are still flagged
        ("wholesale", "Visa cards - executive chefs at key accounts", "BA121"),
        ("wholesale", "Sous chef cash incentives (per case ordered)", "BA121"),
        ("wholesale", "Kitchen manager spiffs", "BA121"),
        ("b2c-services", "Catering manager tips for referrals", "BA121"),
        ("b2c-services", "Gift cards - county subsidy caseworkers", "BA121"),
        ("fitness", "Gift cards to PE teachers for flyers", "BA121"),
        # a restaurant's own kitchen: its chefs and kitchen managers are its own employees
        ("restaurant", "Petty cash - kitchen manager", None),
        ("restaurant", "Chef vacation cash-out", None),
        ("restaurant", "Kitchen manager Amex - Costco runs", None),
        ("restaurant", "Chef's tasting menu rebates (loyalty)", None),
        ("restaurant", "Kitchen manager spiffs", None),
        # ...and where the business sells to kitchens: its own petty cash and company card, a
        # chef-owner (the principal), a prize in a contest it sponsors
        ("wholesale", "Petty cash - kitchen manager", None),
        ("wholesale", "Kitchen manager Amex - Costco runs", None),
        ("wholesale", "Company card - kitchen manager", None),
        ("wholesale", "Rebates to chef-owner accounts (contract)", None),
        ("wholesale", "Cash discounts - chef-owned restaurants (prompt pay)", None),
        ("wholesale", "Cash prizes - chef cook-off we sponsor", None),
        ("restaurant", "Cash prizes - local chef cook-off we sponsor", None),
        # a price offered to teachers as customers, brochures and business cards
        ("restaurant", "Teacher appreciation week flyers (10% off for teachers)", None),
        ("fitness", "Flyers for teachers - free trial week for school staff", None),
        ("b2c-services", "Brochures and business cards for county caseworkers", None),
        ("b2c-services", "Case worker mileage reimbursement", None),
    ],
)  # fmt: skip
def test_ba121_leaves_a_business_its_own_kitchen_and_teachers_as_customers(
    industry: str, name: str, rule: str | None
) -> None:
    """L1 of the forty-second round's re-review, 2026-12-06: commercial bribery (Cal. Penal
    Code §641.3; N.Y. Penal Law §180.00) needs something given to another's employee or agent
    without their principal's knowledge. A restaurant's own chef and kitchen manager are no
    such agents, a chef-owner is the principal, a prize in an open cook-off pays no agent, and
    a discount to teachers or a brochure gives a public employee nothing in an official
    capacity; the kitchen-staff pattern had flagged each (88 -> 79). A customer's chefs are
    read only where the business sells to businesses."""
    named = _law_rules_on(industry, name, 6000, 1000000)
    assert named == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("industry", "name", "rule"),
    [
        # reviews faked, bought or paid for by the count, and staff's posing as customers'
        ("home-services", "Bought 5-star reviews", "BA120"),
        ("home-services", "Paid Fiverr gig - 40 Google reviews", "BA120"),
        ("home-services", "Paid for Google reviews", "BA120"),
        ("restaurant", "Yelp reviews written by our staff", "BA120"),
        ("retail", "Staff reviews posted as customers", "BA120"),
        ("retail", "Undisclosed staff reviews on Google", "BA120"),
        # staff's reviews signed as theirs, software bought for reviews, review copies, HR
        ("retail", "Staff-written reviews - shelf talkers", None),
        ("retail", "Wine reviews written by staff (shelf talkers)", None),
        ("home-services", "Purchased Podium for Google reviews", None),
        ("home-services", "Bought NiceJob to get more reviews", None),
        ("retail", "Purchased review copies (ARCs) for book bloggers", None),
        ("accounting", "Performance reviews written by managers (HR consultant)", None),
    ],
)  # fmt: skip
def test_ba120_reads_reviews_bought_as_the_object_and_staff_reviews_posing_as_customers(
    industry: str, name: str, rule: str | None
) -> None:
    """L2 and L4 of the forty-second round's re-review, 2026-12-06: 16 CFR §465.2 forbids
    buying or procuring fake consumer reviews, and §465.5 insiders' reviews that do not say who
    wrote them. A wine shop's staff-written shelf talkers say so, "Purchased Podium for Google
    reviews" buys software, review copies are books and performance reviews are HR: each had
    been called fake reviews (88 -> 79); "Paid Fiverr gig - 40 Google reviews" had passed."""
    named = _law_rules_on(industry, name, 6000, 1000000)
    assert named == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("industry", "business", "name", "rule"),
    [
        # ads aimed at children, an offer of tattoos to minors, a claim said false, robocalls
        ("fitness", "Case", "TikTok ads (tweens 10-12)", "BA120"),
        ("fitness", "Case", "Instagram ads - kids 8-12 in Austin", "BA120"),
        ("salon", "Ink Tattoo Studio", "Tattoo special for under 18s", "BA120"),
        ("salon", "Ink Tattoo Studio", "Teen nose piercing special", "BA120"),
        ("home-services", "Case", "Truck wraps - Licensed pool contractor (no license)", "BA120"),
        ("home-services", "Case", "Robocall campaign - purchased cell phone list", "BA120"),
        ("dental", "Case", "Autodialer - purchased cell phone list (reminders)", "BA120"),
        # an age range followed by the programme the ad sells, to parents
        ("fitness", "Case", "Facebook ads - kids 6-12 karate", None),
        ("fitness", "Case", "Meta ads - kids 7-12 summer camp", None),
        ("fitness", "Case", "Facebook ads - kids 5-12 birthday parties", None),
        # "under N" of a time or a size, an ear piercing, a temporary tattoo, face paint
        ("salon", "Ink Tattoo Studio", "Flash special - tattoos under 15 minutes", None),
        ("salon", "Ink Tattoo Studio", "Walk-in special - small tattoos under 10 square inches",
         None),
        ("retail", "Sparkle Jewelers", "Kids ear piercing special (ages 5-12)", None),
        ("salon", "Ink Tattoo Studio", "Kids ear piercing special (ages 5-12)", None),
        ("b2c-services", "Party Pals", "Face painting and temporary tattoos special - ages 3-12",
         None),
        ("b2c-services", "Party Pals", "Kids party add-on - free temporary tattoos (ages 4-10)",
         None),
        # a credential said of goods, of customers, of others in a warning
        ("auto-dealer", "Case", "Facebook ads - non-certified used inventory", None),
        ("home-services", "Case", "Yard signs - 'Never hire an unlicensed contractor'", None),
        ("b2c-services", "LifeLine CPR Training",
         "Google ads - CPR classes for non-certified staff", None),
        ("b2c-services", "SafeStart Driving School",
         "Facebook ads - lessons for unlicensed teen drivers", None),
        # reminders to the business's own patients
        ("dental", "Case", "Appointment reminder autodialer (patients' cell phones)", None),
    ],
)  # fmt: skip
def test_ba120_reads_the_audience_and_the_claim_not_a_word_beside_them(
    industry: str, business: str, name: str, rule: str | None
) -> None:
    """L2 of the forty-second round's re-review, 2026-12-06: each line below had been flagged by
    a nearby word. An age range followed by a programme is the product, advertised to parents
    (COPPA, 16 CFR Part 312, is about children's data); "under 15 minutes" is no age; Cal.
    Penal Code §652(c) leaves an ear piercing out of "body piercing" and §653's tattoo is an
    indelible mark, not a temporary one; "non-certified used inventory", "Never hire an
    unlicensed contractor" and "CPR classes for non-certified staff" claim no credential of the
    business's (FTC Act §5; Cal. Bus. & Prof. Code §17500); and appointment reminders to
    patients are informational calls, outside 47 CFR §64.1200(a)(2)'s written consent for
    advertising calls."""
    report = _report({
        "business": {"name": business, "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 4000}, {"name": "Website", "spend": 30000}],
    })  # fmt: skip
    named = {f.rule for f in report.findings if f.subject == name}
    assert named & {"BA114", "BA120", "BA121"} == ({rule} if rule else set())


@pytest.mark.parametrize(
    ("business", "name", "warned"),
    [
        # a wholesaler's line that gives a bar's account something for beer, whatever its name
        ("Harborline Foods", "Free kegerators for bar accounts (beer)", True),
        ("Harborline Beer & Wine Distributors", "Free kegerators for bar accounts (beer)", True),
        ("Craft Brews Distributors", "Free kegerators for bar accounts", True),
        # a name whose drink word is not what is distributed
        ("Cold Brew Coffee Distributors", "Free espresso machines for cafe accounts", False),
        ("Kindred Spirits Pet Supply Distributors", "Free display racks for pet store accounts",
         False),
        ("Wine Country Produce Distributors", "Free coolers for grocery accounts", False),
        # a food distributor's lines that give no drink, or root beer, or are its own
        ("Harborline Foods", "Free wine glasses for restaurant accounts", False),
        ("Harborline Foods", "Free kegerators for bar accounts (root beer)", False),
        ("Harborline Foods", "Sales reps - bar accounts (beer)", False),
        ("Harborline Foods", "Beer and wine for our staff party", False),
    ],
)  # fmt: skip
def test_ba119_reads_an_alcohol_wholesaler_from_its_line_and_a_whole_drink_word(
    business: str, name: str, warned: bool
) -> None:
    """L3 of the forty-second round's re-review, 2026-12-06: 27 U.S.C. §205(b) binds whoever
    wholesales alcohol, and a line giving a bar's account beer equipment shows that the
    business does, whatever it is called: the original "Free kegerators for bar accounts
    (beer)" passed under "Harborline Foods". A name that merely holds "brew", "spirits" or
    "wine" ("Cold Brew Coffee", "Kindred Spirits Pet Supply", "Wine Country Produce"
    Distributors) had been held to the tied-house laws."""
    found = _found("BA119", {
        "business": {"name": business, "industry": "wholesale"},
        "revenue": 18000000,
        "activities": [{"name": name, "spend": 12000}, {"name": "Sales reps", "spend": 600000}],
    })  # fmt: skip
    assert bool(found) is warned
    if warned:
        assert found[0].message.startswith(
            f"{name!r} gives retailers something of value, which the tied-house laws forbid a "
            "producer, an importer or a wholesaler of alcohol to do to win their orders"
        )


def test_ba120_reads_a_salon_named_ink_as_a_tattoo_studio() -> None:
    """L3 of the forty-second round's re-review, 2026-12-06: "Black Anchor Ink", a salon by its
    declared industry, offered tattoos to 16-17-year-olds with no finding, where "Black Anchor
    Tattoo" had one (Cal. Penal Code §653); "Ink" in a salon's name marks a tattoo studio. A
    salon whose name says nothing of it is not marked."""
    line = "Instagram ads targeting 16-17 year olds"
    for business, warned in [("Black Anchor Ink", True), ("Black Anchor Studio", False)]:
        report = _report({
            "business": {"name": business, "industry": "salon"},
            "revenue": 780000,
            "activities": [{"name": line, "spend": 2000}, {"name": "Google Ads", "spend": 30000}],
        })  # fmt: skip
        assert any(f.rule == "BA120" and f.subject == line for f in report.findings) is warned


@pytest.mark.parametrize(
    ("industry", "name", "advice"),
    [
        ("b2c-services", "Gift cards - county subsidy caseworkers",
         "give caseworkers nothing of value, whether or not their agency is told; keep the agency "
         "informed with materials anyone may have (a brochure, an open house), and win families "
         "on the care; if the line gives them nothing, rename it so it says what it buys, or "
         "skip BA121 with the reason"),
        ("fitness", "Gift cards to PE teachers for flyers",
         "give a school's staff nothing of value, whether or not the school is told; share "
         "flyers only as the school or district lets every business, and win students on what "
         "you offer; if the line gives them nothing, rename it so it says what it buys, or skip "
         "BA121 with the reason"),
        ("home-services", "Gift cards - city building inspectors",
         "give public employees nothing of value, whether or not their employer is told, and "
         "never cash or gift cards; win the work through the public body's own process and on "
         "service; if the line gives them nothing, rename it so it says what it buys, or skip "
         "BA121 with the reason"),
        ("home-services", "Gift cards - condo association president",
         "keep thanks to what their principal knows of and allows (a modest token the board or "
         "employer is told of), never cash or gift cards, and win the work on bids and service; "
         "if it is disclosed, say so in its name or note, or skip BA121 with the reason"),
    ],
)  # fmt: skip
def test_ba121_advises_nothing_of_value_to_public_employees(
    industry: str, name: str, advice: str
) -> None:
    """L15 of the forty-second round's re-review, 2026-12-06: the caseworker line cited N.C.
    Gen. Stat. §133-32, which bars a contractor's gifts to public employees whether or not the
    employer knows, then advised "a modest token the board or employer is told of" and to
    "win the work on bids"; caseworkers award no bids, families choose a centre with a
    subsidy. Public employees, a school's staff and caseworkers are told to give nothing of
    value; an association's board keeps the advice it had. M13 of its second re-review: the
    message said the same, opening with the principal's knowledge."""
    [found] = _found("BA121", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 6000}, {"name": "Website", "spend": 30000}],
    })  # fmt: skip
    assert found.advice == advice
    assert "token" not in found.advice or "association" in name
    # M13 of the round's second re-review: the message no longer opens with the principal's
    # knowledge, which a public employee's gift rules do not turn on, nor quotes commercial
    # bribery, a law of private agents, for them
    public = "association" not in name
    opening = (
        f"{name!r} gives something of value to public employees, whose gift rules hold whether "
        "or not their employer is told: "
        if public
        else f"{name!r} gives something of value to those who award work on someone else's "
        "behalf: given to win that work without their principal's knowledge, "
    )
    assert found.message.startswith(opening)
    assert ("Cal. Penal Code §641.3" in found.message) is not public


@pytest.mark.parametrize(
    "name",
    ["Fake Google reviews (Fiverr)", "Review insert cards - free filter set for a 5-star review"],
)
def test_ba120_says_the_ftc_penalty_is_adjusted_each_year(name: str) -> None:
    """L16 of the forty-second round's re-review, 2026-12-06: "civil penalties of up to $51,744
    in 2024" read a year out of date in reports for 2025; the FTC adjusts the figure for
    inflation each January (16 CFR §1.98), so the finding gives 2024's as 2024's and says it is
    adjusted yearly, which stays true."""
    [found] = _found("BA120", {
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 1200}, {"name": "Google Ads", "spend": 30000}],
    })  # fmt: skip
    assert (
        "civil penalties run per violation: $51,744 in 2024, a figure the FTC adjusts for "
        "inflation each year" in found.message
    )
    assert "16 CFR §1.98" in found.message
    assert "up to $51,744" not in found.message


@pytest.mark.parametrize("industry", ["home-care", "medical", "physical-therapy"])
def test_gift_cards_to_hospital_case_managers_are_a_kickback_where_medicare_pays(
    industry: str,
) -> None:
    """L4 of the forty-second round's re-review, 2026-12-06: "Gift cards - hospital case
    managers", for a trade Medicare or Medicaid pays, is a payment for referrals the federal
    Anti-Kickback Statute forbids (42 U.S.C. §1320a-7b(b)); the trade's referral rules already
    read a gift to those who send patients as a payment (``referral_gifts``), so BA114 names
    it and quotes the statute."""
    [found] = _found("BA114", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [
            {"name": "Gift cards - hospital case managers", "spend": 6000},
            {"name": "Website", "spend": 30000},
        ],
    })  # fmt: skip
    assert found.subject == "Gift cards - hospital case managers"
    assert "42 U.S.C. §1320a-7b(b)" in found.message


@pytest.mark.parametrize(
    ("lines", "said", "deep"),
    [
        # a settlement, as its name says, makes the loss: 1,060,000 − 1,000,000 = 60,000 (6%);
        # without its 100,000, a profit of 40,000 (4%): a loss all the same, not a deep one
        (
            [("Legal settlement - damage claim", 100000, True)],
            "; $100,000 of the costs are one-offs, as their names say ('Legal settlement - "
            "damage claim'): without them, an operating profit of $40,000 (4% of revenue)",
            False,
        ),
        # a yearly premium the importer marked `recurring: false` recurs every year: not set
        # apart (O3 of the round's re-review), a loss of 6%, over 5%
        ([("Insurance premium (annual)", 100000, False)], None, True),
        # a settlement of 20,000 and rent of 120,000: a loss of 100,000 (10%), 80,000 (8%)
        # without it, still over 5%, so the deep-loss ceiling stays
        (
            [("Legal settlement - damage claim", 20000, True), ("Rent", 120000, True)],
            "; $20,000 of the costs are one-offs, as their names say ('Legal settlement - damage "
            "claim'): without them, a loss of $80,000 (8% of revenue)",
            True,
        ),
        # names that say the cost recurs: fees with every sale, a trade's routine claims,
        # "ongoing", a season (P2 of the round's second re-review): not set apart (6%)
        ([("Card processing & settlement fees", 100000, True)], None, True),
        ([("Damage claim settlements", 100000, True)], None, True),
        ([("Litigation - ongoing wage claims", 100000, True)], None, True),
        ([("Hurricane season tarps & supplies", 100000, True)], None, True),
        # a one-off campaign is marketing, and a one-time bulk buy is inventory's timing (O16):
        # neither is set apart (60,000, 6%)
        ([("Grand opening event (one-time)", 100000, False)], None, True),
        ([("Packing materials - one-time bulk buy", 100000, False)], None, True),
    ],
)
def test_ba111_sets_apart_one_off_costs_the_names_say(
    lines: list[tuple[str, int, bool]], said: str | None, deep: bool
) -> None:
    """N10 of the forty-third round (2026-12-06): a mover's one-time $45,000 legal settlement
    made a 1.5% loss into 7.3%, and the deep-loss ceiling (59, "loses more than 5% ... fix
    that") led its verdict; a review of earnings sets such items apart (ASC 225-20-45-16). O3
    of its re-review: `recurring: false` alone, which `import` writes on a yearly bill, set a
    yearly premium apart. By hand: revenue 1,000,000; Google Ads 60,000 and wages 900,000,
    with the lines above."""
    activities: list[dict[str, Any]] = [
        {"name": "Google Ads", "spend": 60000},
        {"name": "Crew wages", "spend": 900000},
    ]
    activities += [{"name": n, "spend": s, "recurring": r} for n, s, r in lines]
    if "bulk buy" in lines[0][0]:
        activities[-1]["kind"] = "cost-of-sales"
    report = _report({"business": {"name": "Case", "industry": "home-services"},
                      "revenue": 1000000, "activities": activities})  # fmt: skip
    [found] = [f for f in report.findings if f.rule == "BA111"]
    if said is None:
        assert "one-offs" not in found.message
    else:
        assert found.message.endswith(said)
    assert any("loses more than 5%" in cap.reason for cap in report.score_caps) is deep


def test_ba117_does_not_name_a_loan_payment_ba116_takes_out() -> None:
    """N20 of the forty-third round (2026-12-06): a mover's BA117 named "Truck payments" among
    the operations lines that may be direct costs, beside BA116's "the principal in it is not a
    cost of the period". By hand: (800,000 − 300,000) ÷ 800,000 = 62.5% listed, against 40%
    stated; the delivery lines left are the fuel and the truck lease."""
    report = _report({
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 800000,
        "activities": [
            {"name": "Crew wages", "spend": 300000, "kind": "cost-of-sales"},
            {"name": "Truck payments", "spend": 38000},
            {"name": "Fuel", "spend": 26000},
            {"name": "Truck lease", "spend": 20000},
            {"name": "Office rent", "spend": 24000},
        ],
        "customers": {"gross_margin": "40%"},
    })  # fmt: skip
    [ba117] = [f for f in report.findings if f.rule == "BA117"]
    assert "= 62.5%" in ba117.message
    assert ba117.advice.endswith(
        "; the lines read as operations to look at first: 'Fuel' ($26,000), 'Truck lease' ($20,000)"
    )
    assert any(f.rule == "BA116" and f.subject == "Truck payments" for f in report.findings)


def test_ba101_moves_no_money_into_a_channel_whose_customers_cost_more_than_worth() -> None:
    """N13 of the forty-third round (2026-12-06): a tutoring firm at a loss was told to move
    money "into a channel that does (RFQ/RFP pursuits: $18,000 a customer, from 1 customer
    only)", while BA205 said in the same report that such a customer, at $18,000, is worth
    $2,820.82. By hand: the LTV is 2,000 × 40% × (1 + 0.5 + 0.25 + 0.125 + 0.0625 = 1.9375
    years within 5 at 50% retention) = $1,550; RFP pursuits cost 18,000 ÷ 1; Google Ads are
    left alone (some customers said only "google"), so no channel is named."""
    report = _report({
        "business": {"name": "Case", "industry": "b2c-services"},
        "revenue": 1100000,
        "activities": [
            {"name": "RFP writing & bid consultant", "spend": 18000},
            {"name": "Google Ads", "spend": 12000},
            {"name": "Tutor wages", "spend": 1100000},
        ],
        "customers": {"new": 39, "sources": {"school district RFP": 1, "google ads": 28,
                                             "google": 10},
                      "average_revenue": 2000, "gross_margin": "40%", "retention_rate": "50%"},
    })  # fmt: skip
    assert report.economics.ltv.value == Decimal("1550.00")
    [ba205] = [f for f in report.findings if f.rule == "BA205"]
    assert "costs $18,000" in ba205.message
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.advice.endswith("move money from costs that bring no customers into a channel "
                                 "that does")  # fmt: skip
    assert "RFQ/RFP" not in ba101.advice


@pytest.mark.parametrize(
    ("customers", "spend", "severity", "cap", "banner"),
    [
        # 2 customers: 0.625x could as well be 0.625 × 7.22 ÷ 2 = 2.26x (the count's 95% range
        # reaches 7.22): not yet known, a warning; the score held under 80, not under 60
        (2, 1600, "warning", 79, False),
        # 25 customers: the range no longer matters (plan's 20): an error, under 60
        (25, 20000, "error", 59, True),
    ],
)
def test_ba204_on_a_few_customers_is_not_yet_known(
    customers: int, spend: int, severity: str, cap: int, banner: bool
) -> None:
    """N8 of the forty-third round (2026-12-06): "Critical: customers cost more than they bring
    back", a failed check and a score under 60 rested on 2 customers, whose ratio BA204 itself
    put anywhere from 0.1x to 3.3x. By hand: LTV 1,000 × 50% × 1 year (no customer returns) =
    $500; CAC 1,600 ÷ 2 = 20,000 ÷ 25 = $800; 500 ÷ 800 = 0.625x."""
    profile = {
        "business": {"name": "Case", "industry": "b2c-services"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": spend},
                       {"name": "Staff wages", "spend": 600000}],
        "customers": {"new": customers, "sources": {"google ads": customers},
                      "average_revenue": 1000, "gross_margin": "50%", "retention_rate": "0%"},
    }  # fmt: skip
    report = _report(profile)
    assert report.economics.ltv_to_cac.value == Decimal("0.625")
    [ba204] = [f for f in report.findings if f.rule == "BA204"]
    assert ba204.severity == severity
    limits = {c.reason: c.limit for c in score_caps(_facts(profile), _policy(profile))}
    assert limits.get("costs more than worth", limits.get("may cost more than worth")) == cap
    # O6 of the round's re-review: BA101 and BA204's advice say the same of it
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    known = severity == "error"
    assert ("fix that first, then grow the budget" in ba101.advice) is known
    assert ("is not yet known, on so few customers (BA204)" in ba101.advice) is not known
    assert ba204.advice.startswith("stop scaling" if known else "do not scale acquisition until")
    assert ("cost more than they bring back" in report.verdict) is banner


@pytest.mark.parametrize(("customers", "said"), [(3, False), (30, True)])
def test_the_verdict_says_a_payback_on_a_few_customers_is_not_yet_slow(
    customers: int, said: bool
) -> None:
    """N8 of the forty-third round (2026-12-06): a bakery's "Critical: customers take too long
    to pay back" rested on a payback BA203 put anywhere from 5.1 to 48.7 months. By hand: CAC
    625 a customer (1,875 ÷ 3, 18,750 ÷ 30); a month's margin 1,000 × 50% ÷ 12 = 41.67, so
    15 months against the 12-month rule; a count of 3 could as well be 8.77, so 15 ÷ (8.77 ÷
    3) = 5.1 months, within it; LTV 1,000 × 50% × 4.0951 years (90% retention) = 2,047.55,
    3.3x, so only the payback is slow."""
    report = _report({
        "business": {"name": "Case", "industry": "b2c-services"},
        "revenue": 1000000,
        "activities": [{"name": "Google Ads", "spend": 625 * customers},
                       {"name": "Staff wages", "spend": 600000}],
        "customers": {"new": customers, "sources": {"google ads": customers},
                      "average_revenue": 1000, "gross_margin": "50%", "retention_rate": "90%"},
    })  # fmt: skip
    assert report.economics.payback_months.value == Decimal("15.0")
    assert any(f.rule == "BA203" for f in report.findings)
    assert ("to pay back" in report.verdict) is said


@pytest.mark.parametrize(
    ("overhead", "loan", "severity", "kept"),
    [
        (50000, 0, "info", "9.8%"),
        (100000, 0, "warning", None),
        # O5 of the round's re-review: a loan's payments, whose principal BA116 takes out,
        # leave 800 (0.13%) as listed; judged as BA115 judges it, 60,800 (9.8%)
        (50000, 60000, "info", "9.8%"),
        # ...but a truck loan's, with no depreciation listed, stand in for the truck's
        # depreciation, as BA115 and BA202 count them (CK3 of a quick check of the fifty-eighth
        # round's late changes, 2026-12-07): 60,800 - 60,000 = 800 (0.13%), under 5%, so the
        # one sale is not shown to leave the business a margin, and the 3x rule holds (2.2x):
        # reworked by hand
        (50000, -60000, "warning", None),
    ],
)
def test_ba201_for_customers_who_buy_once_asks_whether_the_sale_pays_for_winning_them(
    overhead: int, loan: int, severity: str, kept: str | None
) -> None:
    """N9 of the forty-third round (2026-12-06): a solar installer with a 12.6% margin was
    told customers "cost too much for what they bring back" by the 3× rule, made for customers
    who keep paying. By hand: 97% of customers do not return; LTV 31,000 × 34% × (1 + 0.03 +
    0.0009 + 0.000027 + 0.00000081) = $10,865.98; CAC (50,000 of ads + 50,000 of sales
    commissions) ÷ 20 = $5,000: 2.2×; marketing 50,000 ÷ 620,000 = 8.1%, within the range.
    Revenue 620,000 less 100,000, 409,200 and the overhead: 60,800 (9.8%) with 50,000,
    information; 10,800 (1.74%) with 100,000, under BA115's 5%, the warning it was."""
    report = _report({
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 620000,
        "activities": [{"name": "Google Ads", "spend": 50000},
                       {"name": "Sales rep commissions", "spend": 50000, "kind": "sales"},
                       {"name": "Panels and install crews", "spend": 409200,
                        "kind": "cost-of-sales"},
                       {"name": "Office rent", "spend": overhead},
                       *([{"name": "SBA loan payments", "spend": loan}] if loan > 0 else []),
                       *([{"name": "Truck loan payments", "spend": -loan}] if loan < 0 else [])],
        "customers": {"new": 20, "sources": {"google ads": 20}, "average_revenue": 31000,
                      "gross_margin": "34%", "retention_rate": "3%"},
    })  # fmt: skip
    assert report.economics.ltv.value == Decimal("10865.98")
    [ba201] = [f for f in report.findings if f.rule == "BA201"]
    assert ba201.severity == severity
    assert ba201.message.startswith("a customer")
    if kept is None:
        assert "buys once" not in ba201.message
        assert "cost too much" in report.verdict
    else:
        assert f"keeps {kept} of its revenue after all its costs" in ba201.message
        assert "cost too much" not in report.verdict


@pytest.mark.parametrize(("retention", "said"), [
    ("5%", "reviews and referral requests from past customers"),
    ("60%", "email to past customers"),
])  # fmt: skip
def test_ba128_asks_customers_who_buy_once_for_reviews_not_email(retention: str, said: str) -> None:
    """N22 of the forty-third round (2026-12-06): a venue whose couples never return was told to
    grow "email to past customers" as its own source. By hand: Thumbtack 66 of 110, 60%;
    with 5% retention, 95% do not come back within a year (three in four or more buy once)."""
    [found] = _found("BA128", {
        "business": {"name": "Case", "industry": "home-services"},
        "revenue": 900000,
        "activities": [{"name": "Thumbtack", "spend": 9900},
                       {"name": "Website & SEO", "spend": 6000}],
        "customers": {"new": 110, "sources": {"Thumbtack": 66, "Google search": 30,
                                              "Neighbor referral": 14},
                      "average_revenue": 1650, "gross_margin": "40%", "retention_rate": retention},
    })  # fmt: skip
    assert said in found.advice


def test_ba104_under_strain_keeps_clients_with_account_reviews() -> None:
    """N22 of the forty-third round (2026-12-06): an IT firm on 36-month contracts, at a loss,
    was told to keep its clients with "a call or a text to those who stopped coming". A firm
    selling to businesses is told to review each account and its renewal. By hand: costs
    100,000 + 1,000,000 over revenue of 1,000,000: a loss of 100,000."""
    [found] = _found("BA104", {
        "business": {"name": "Case", "industry": "consulting"},
        "revenue": 1000000,
        "activities": [{"name": "LinkedIn ads", "spend": 100000},
                       {"name": "Engineer wages", "spend": 1000000}],
        "customers": {"new": 10, "sources": {"linkedin": 10}},
    })  # fmt: skip
    assert found.advice.startswith(
        "while the business runs at a loss, keep clients with what costs time, not money: a "
        "review of each account on a calendar"
    )
    assert "text" not in found.advice


@pytest.mark.parametrize(
    "name",
    [
        "Outside sales reps - new business",
        "Inside sales reps (new account prospecting)",
        "Sales rep - opening new accounts",
        "Business development reps",
    ],
)
def test_a_distributors_reps_who_open_accounts_are_charged_whole(name: str) -> None:
    """O4 of the forty-third round's re-review (2026-12-06): a distributor's reps whose line
    says they open new accounts were shared over every account served, as reps who call on
    them are, and the CAC fell fivefold. By hand, as P2's DSRs: (79,500 + 612,000) ÷ 132 =
    $5,238.64."""
    distributor = {
        "business": {"name": "Case", "industry": "wholesale"},
        "revenue": 24000000,
        "activities": [{"name": name, "spend": 612000, "kind": "sales"},
                       {"name": "Trade shows", "spend": 79500}],
        "customers": {"new": 132, "average_revenue": 19500, "gross_margin": "22.5%",
                      "retention_rate": "88%"},
    }  # fmt: skip
    assert _report(distributor).economics.cac.value == Decimal("5238.64")


@pytest.mark.parametrize(
    ("line", "only_with"),
    [
        # what the ad says, cured by rewording it: the spend stays the business's own
        ('Facebook lead ads - "30% federal tax credit"', False),
        # a practice the law forbids, whose spend is the fault: taken out of the share
        ("Robocall campaign - purchased cell phone list", True),
    ],
)
def test_ba101_keeps_spend_whose_fault_is_what_the_ad_says(line: str, only_with: bool) -> None:
    """O2 of the forty-third round's re-review (2026-12-06): a solar installer's lead ads, with
    the ended credit in their copy, were taken out of its marketing share, and BA101 failed the
    check and said to stop the spend where BA120 said to correct the claim (FTC Policy
    Statement on Deception, 1983: the claim is the fault). Held by its name to what solar
    installers spend on marketing and sales together, 8-23% (G10 of the forty-ninth round,
    2026-12-06). By hand: (56,000 + 4,000 + 30,000) ÷ 1,000,000 = 9%, over the 8%; without the
    line, 3.4% (34,000)."""
    report = _report({
        "business": {"name": "Sunward Solar", "industry": "home-services", "period": "2026"},
        "revenue": 1000000,
        "activities": [{"name": line, "spend": 56000},
                       {"name": "Yard signs", "spend": 4000},
                       {"name": "Sales consultant salaries", "spend": 30000},
                       {"name": "Install crews", "spend": 600000, "kind": "cost-of-sales"}],
    })  # fmt: skip
    assert any(f.rule == "BA120" and f.subject == line for f in report.findings)
    ba101 = [f for f in report.findings if f.rule == "BA101"]
    assert bool(ba101) is only_with
    if only_with:
        assert "only with $56,000 that BA120 warns about; without it, 3.4%" in ba101[0].message


@pytest.mark.parametrize(
    ("industry", "verdict"),
    [
        # Hinge's average, not a floor (N5): under it, less than the trade spends
        ("consulting", "Fair overall, but less goes into marketing than the trade typically "
                       "spends."),
        # a floor: too little
        ("agency", "Fair overall, but too little goes into marketing."),
    ],
)  # fmt: skip
def test_the_verdict_under_a_trades_average_says_less_than_it_spends(
    industry: str, verdict: str
) -> None:
    """N5 of the forty-third round's re-review (2026-12-06): an IT firm under consulting's 7%,
    Hinge's average and no floor, was warned, not failed, but its banner still read "too
    little goes into marketing". By hand: 60,000 ÷ 2,400,000 = 2.5%, under both trades' low
    ends."""
    report = _report({
        "business": {"name": "Case", "industry": industry},
        "revenue": 2400000,
        "activities": [{"name": "Google Ads", "spend": 40000},
                       {"name": "Client newsletter", "spend": 20000, "kind": "marketing",
                        "purpose": "retain"},
                       {"name": "Engineer wages", "spend": 1800000}],
        "customers": {"new": 20, "sources": {"google ads": 20}, "average_revenue": 60000,
                      "gross_margin": "40%", "retention_rate": "90%"},
        "owner_hours": {"delivery": 30, "marketing": 8},
    })  # fmt: skip
    assert any(f.rule == "BA101" for f in report.findings)
    assert 60 <= report.score < 80
    assert report.verdict == verdict
