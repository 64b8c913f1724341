"""Each rule against passing and failing profiles (fixtures/rule_cases.yaml); the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bizaudit.core.policy import resolve
from bizaudit.core.rules import RULES, UnknownRuleError, get
from bizaudit.explain.report import audit_report
from bizaudit.io import loading
from bizaudit.model.policy import Source
from bizaudit.model.profile import Policy, Profile

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
    report = audit_report(profile, resolve(layers))
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
    assert "($5,000.51 more)" in advice["BA101"]
    assert advice["BA105"] == "block at least 6.3 hours a week for marketing"


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
