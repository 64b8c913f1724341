"""One-line views of a report: the headline shares and the first reference point."""

from __future__ import annotations

from bizaudit.explain.numbers import format_percent, format_percent_beside
from bizaudit.model.report import ProfileReport

__all__ = ["headline_shares", "reference_line"]


def headline_shares(report: ProfileReport) -> tuple[str, str]:
    """Marketing ÷ revenue and the referral share as one-line summaries show them, each with
    the decimals it needs not to read as its threshold."""
    m, policy = report.metrics, report.policy
    return (
        format_percent_beside(m.marketing_share_of_revenue, policy["min_marketing_share"].value),
        format_percent_beside(m.referral_share, policy["max_referral_share"].value),
    )


def reference_line(report: ProfileReport) -> str:
    """ "marketing 2.6% of revenue; 6% in b2c-services (The CMO Survey, 2025)" for one-liners."""
    own = format_percent(report.metrics.marketing_share_of_revenue)
    if not report.benchmarks:
        return f"marketing {own} of revenue"
    first = report.benchmarks[0]
    where = "overall" if first.scope == "all" else f"in {first.scope}"
    cited = f"({first.source}, {first.year})"
    return f"marketing {own} of revenue; {format_percent(first.figure)} {where} {cited}"
