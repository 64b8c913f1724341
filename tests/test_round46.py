"""Findings mended in the stop of 2026-12-06 that followed the forty-fifth review round: that
round's residues, then the forty-sixth round. Each expectation is worked out from
docs/domain.md in the test's docstring."""

from __future__ import annotations

import pytest

from .conftest import ACQUIRE, OVERHEAD, RETAIN, RunCli, answer_in
from .test_rules import _report


def _flags(rule: str, industry: str, line: str, business: str = "Case") -> bool:
    """Whether ``rule`` names ``line`` in a small profile of that industry, beside Google Ads."""
    report = _report(
        {
            "business": {"name": business, "industry": industry},
            "revenue": 2000000,
            "activities": [
                {"name": line, "spend": 3000},
                {"name": "Google Ads", "spend": 60000},
            ],
        }
    )
    return any(f.rule == rule and f.subject == line for f in report.findings)


@pytest.mark.parametrize(
    "name",
    [
        "P&L review software",
        "P and L review",
        "Monthly P&L review (CPA)",
        "Financial review software",
        "Financial statement review",
    ],
)
def test_a_review_of_the_books_is_the_business_own_finance_work(name: str) -> None:
    """docs/domain.md: operations are the work of running the business, its books among them.
    A review of the P&L or the financial statements wins no customer; 'P&L review software' had
    read as marketing by 'reviews' (a residue of the forty-fifth round's third re-review)."""
    assert answer_in(None, name) == OVERHEAD


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Google reviews", ACQUIRE),
        ("Review requests (Podium)", RETAIN),
        ("Advertising (per P&L)", ACQUIRE),
    ],
)
def test_review_platforms_and_ads_named_beside_a_p_and_l_are_unchanged(
    name: str, expected: tuple[str, str | None]
) -> None:
    """The near names that must not move: review platforms win or keep customers, and an
    advertising line that cites the P&L is still advertising (W1 of the same re-review)."""
    assert answer_in(None, name) == expected


def test_we_covered_an_agents_marketing_is_a_thing_of_value_under_respa() -> None:
    """12 CFR §1024.14(g)(1)(vi): a settlement-service provider may not defray expenses that
    those in a position to refer would otherwise bear. 'we cover' was read as paying them;
    'we covered', its past, was not: 'Agent co-op mailers (we covered the design)' passed at a
    title agency (which declares the mortgage vertical)."""
    assert _flags("BA114", "mortgage", "Agent co-op mailers (we covered the design)")
    assert _flags("BA114", "mortgage", "Agent co-op mailers (we cover the design)")


def test_co_op_mailers_whose_cost_each_pays_stay_unflagged() -> None:
    """The joint marketing the rule allows: each party pays its fair share (12 CFR
    §1024.14(g)(2) reads the excess over fair value as the kickback)."""
    assert not _flags("BA114", "mortgage", "Agent co-op mailers (each pays its fair share)")


def test_explain_is_the_rule_command_under_the_name_a_newcomer_types(run_cli: RunCli) -> None:
    """X17 of the forty-sixth review round: 'bizaudit explain BA120' answered "Did you mean
    'plan'?". It now prints what 'bizaudit rule BA120' prints, and an unknown rule is bad input
    (exit 2) under either name; the alias is hidden, so --help lists the commands it did."""
    explained, ruled = run_cli("explain", "BA120"), run_cli("rule", "BA120")
    assert explained.exit_code == 0
    assert explained.stdout == ruled.stdout
    assert explained.stdout.startswith("BA120 unlawful-advertising (warning)")
    assert run_cli("explain", "BA999").exit_code == 2
    assert "explain" not in run_cli("--help").stdout
