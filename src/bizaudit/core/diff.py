"""Period over period: what changed between two audits of the same business.

Every figure before, after and the change; spend moved between categories and purposes;
findings resolved and introduced (matched by rule and subject); the score change. ``worse``
says which metrics moved the wrong way, for ``bizaudit diff --fail-on-drop``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from bizaudit.core.economics import LTV_TO_CAC_MINIMUM
from bizaudit.core.shares import held_share
from bizaudit.model.diff import Better, Change, ChannelChange, Diff, FindingRef, MoneyChange
from bizaudit.model.report import Finding, ProfileReport, number

__all__ = ["GATES", "METRICS", "compare", "judged_payback", "judged_ratio"]


def judged_ratio(report: ProfileReport) -> Decimal | None:
    """LTV ÷ CAC as the rules and the score judge it: of the customers not won by referral,
    when the sources say how many were (a CFO's review: diff had followed the blended ratio,
    so `--fail-on-drop ltv_to_cac` gated a figure the check does not judge by)."""
    e = report.economics
    return (e.ltv_to_non_referral_cac if e.judged_by == "non-referral" else e.ltv_to_cac).value


def judged_payback(report: ProfileReport) -> Decimal | None:
    """CAC payback in months, of the CAC the rules judge by."""
    e = report.economics
    figure = e.non_referral_payback_months if e.judged_by == "non-referral" else e.payback_months
    return figure.value


#: metric name → (how to read it from a report, which direction is better)
METRICS: dict[str, tuple[Callable[[ProfileReport], Decimal | None], Better]] = {
    "score": (lambda r: Decimal(r.score), "higher"),
    # the share the check holds to its minimum (BA101): of gross revenue less referral fees for
    # an agent, marketing and sales for SaaS (a CFO's review: a brokerage's cut read "better"
    # on its net share while BA101 failed it on the gross one)
    "marketing_share_of_revenue": (lambda r: held_share(r)[1], "higher"),
    "marketing_share_of_spend": (lambda r: r.metrics.marketing_share_of_spend, "higher"),
    # no rule holds sales to a share either way: a sales team's pay rises with the business or
    # falls when a channel takes over (a CFO's review: a cut read "worse" for no reason)
    "sales_share_of_spend": (lambda r: r.metrics.sales_share_of_spend, "neither"),
    "referral_share": (lambda r: r.metrics.referral_share, "lower"),
    "owner_marketing_time_share": (lambda r: r.metrics.owner_marketing_time_share, "higher"),
    "acquisition_channels": (lambda r: Decimal(r.predictability.acquisition_channels), "higher"),
    "ltv_to_cac": (judged_ratio, "higher"),
    "payback_months": (judged_payback, "lower"),
}

#: the figures ``--fail-on-drop`` can watch: those that can get worse
GATES = tuple(name for name, (_, better) in METRICS.items() if better != "neither")


def _key(finding: Finding) -> tuple[str, str | None]:
    return finding.rule, finding.subject


def _ref(finding: Finding) -> FindingRef:
    return FindingRef(
        rule=finding.rule,
        severity=finding.severity,
        subject=finding.subject,
        message=finding.message,
    )


def _ranged(report: ProfileReport) -> bool:
    """Whether the report holds marketing to an industry's range (a low and a high end)."""
    return report.industry is not None and report.industry.high is not None


def _outside(report: ProfileReport, share: Decimal) -> Decimal:
    """How far a marketing share is outside the band the rules hold it to: under the minimum
    (BA101) or over the industry's high end (BA110); 0 inside."""
    low = report.policy["min_marketing_share"].value
    high = report.industry.high if report.industry is not None else None
    over = share - high if high is not None and share > max(high, low) else Decimal(0)
    return max(low - share, over, Decimal(0))


def _worse(name: str, better: Better, old: ProfileReport, new: ProfileReport,
           before: Decimal | None, after: Decimal | None) -> bool:  # fmt: skip
    """Whether a change is for the worse, in the same sense as the rules: more marketing is
    better only up to the industry's range, then it is over-spending. A figure that could be
    worked out before and cannot now (a gross margin deleted) is worse: a gate watching it
    can no longer vouch for it."""
    if better == "neither":
        return False
    if before is None or after is None:
        return before is not None and after is None
    if name == "marketing_share_of_revenue":
        return _outside(new, after) > _outside(old, before)
    return after < before if better == "higher" else after > before


def _in_norm(
    name: str, old: ProfileReport, new: ProfileReport, before: Decimal | None,
    after: Decimal | None,
) -> bool:  # fmt: skip
    """Whether a figure stayed within its norm both times, neither better nor worse: a
    marketing share within the industry's range (AD21 of the nineteenth round), an LTV ÷ CAC
    at or above the rule of thumb, a payback within each report's norm (12 months, or the
    trade's: 0.5 → 0.7 months; BBQ8, below)."""
    if before is None or after is None:
        return False
    if name == "marketing_share_of_revenue":
        return (
            _ranged(old)
            and _ranged(new)
            and _outside(old, before) == 0
            and _outside(new, after) == 0
        )
    if name == "ltv_to_cac":
        return above_the_rule(before, after)
    if name == "payback_months":
        return (
            before <= old.economics.payback_norm_months
            and after <= new.economics.payback_norm_months
        )
    return False


def above_the_rule(*ratios: Decimal | None) -> bool:
    """Whether every LTV ÷ CAC is at or above the 3× rule of thumb (BA201's): a move between
    two such ratios is neither better nor worse, as a marketing share's within the industry's
    range is. BBQ8 of the fifty-ninth round's coach review (2026-12-07): a café that spent
    more, as every check told it to, read "worse" in red at 102.3× → 32.7×, still eleven times
    the rule; BA202 had called the higher ratio room to spend more."""
    return all(r is not None and r >= LTV_TO_CAC_MINIMUM for r in ratios)


def compare(old: ProfileReport, new: ProfileReport) -> Diff:
    changes = []
    for name, (read, better) in METRICS.items():
        before, after = read(old), read(new)
        delta = after - before if before is not None and after is not None else None
        in_range = _in_norm(name, old, new, before, after)
        worse = not in_range and _worse(name, better, old, new, before, after)
        changes.append(
            Change(
                metric=name,
                before=number(before),
                after=number(after),
                change=number(delta),
                better=better,
                worse=worse,
                in_range=in_range,
            )
        )
    spend = [
        MoneyChange(name=name, before=old.spend[name], after=new.spend[name],
                    change=new.spend[name] - old.spend[name])
        for name in ("total", "marketing", "sales", "innovation", "operations", "cost-of-sales")
        # cost of sales when either period has any, so the rows add up to the total (a CFO's
        # re-review: a machine shop's $1,585,000 of it was missing from the table)
        if name != "cost-of-sales" or old.spend[name] or new.spend[name]
    ] + [
        MoneyChange(
            name=f"marketing/{purpose}",
            before=old.marketing_by_purpose[purpose],
            after=new.marketing_by_purpose[purpose],
            change=new.marketing_by_purpose[purpose] - old.marketing_by_purpose[purpose],
        )
        for purpose in ("acquire", "retain", "grow")
    ]  # fmt: skip
    results = [_money("revenue", old.revenue, new.revenue)]
    if old.profit.contra_revenue or new.profit.contra_revenue:
        results.append(_money("net revenue", old.profit.net_revenue, new.profit.net_revenue))
    before, after = old.profit.operating_profit, new.profit.operating_profit
    if before is not None and after is not None:  # not from one card's statement
        results.append(_money("operating profit", before, after))
    before, after = old.economics.cac.value, new.economics.cac.value
    if before is not None and after is not None:  # both periods name their new customers
        results.append(_money("CAC", before, after))
    old_keys = {_key(f) for f in old.findings}
    new_keys = {_key(f) for f in new.findings}
    old_caps = {cap.reason for cap in old.score_caps}
    new_caps = {cap.reason for cap in new.score_caps}
    return Diff(
        old=old.path,
        new=new.path,
        currency=new.business.currency,
        score_before=old.score,
        score_after=new.score,
        metrics=changes,
        spend=spend,
        resolved=[_ref(f) for f in old.findings if _key(f) not in new_keys],
        introduced=[_ref(f) for f in new.findings if _key(f) not in old_keys],
        marketing_share_of=held_share(new)[0],
        customers_unchanged=_same_customers(old, new),
        judged_by=new.economics.judged_by,
        verdict_before=old.predictability.verdict,
        verdict_after=new.predictability.verdict,
        results=results,
        channels=_channels(old, new),
        caps_lifted=[cap for cap in old.score_caps if cap.reason not in new_caps],
        caps_added=[cap for cap in new.score_caps if cap.reason not in old_caps],
    )


def _channels(old: ProfileReport, new: ProfileReport) -> list[ChannelChange]:
    """Each channel of either period, in the new period's order, then those it dropped: the
    spend moved between channels and what each brought (AB12 of the eighteenth review round:
    a landscaper's diff showed spend by category only, though `diff` promises spend moved)."""
    before = {c.name: c for c in old.channels}
    after = {c.name: c for c in new.channels}
    names = [*after, *(name for name in before if name not in after)]
    rows = []
    for name in names:
        was, now = before.get(name), after.get(name)
        rows.append(
            ChannelChange(
                name=name,
                spend_before=was.spend if was else Decimal(0),
                spend_after=now.spend if now else Decimal(0),
                customers_before=was.customers if was else 0,
                customers_after=now.customers if now else 0,
                cac_before=was.cac if was else None,
                cac_after=now.cac if now else None,
            )
        )
    return rows


def _same_customers(old: ProfileReport, new: ProfileReport) -> bool:
    """Whether both profiles name the same new customers from the same sources: then the
    economics moved with the spend alone (a CFO's review: a marketing cut read "better" on
    CAC, LTV ÷ CAC and payback, with the customers held fixed)."""

    def sources(r: ProfileReport) -> list[tuple[str, int]]:
        return [(s.name, s.customers) for s in r.customer_sources]

    return bool(old.customer_sources) and sources(old) == sources(new)


def _money(name: str, before: Decimal, after: Decimal) -> MoneyChange:
    return MoneyChange(name=name, before=before, after=after, change=after - before)
