"""BA112: a churn or retention rate that looks monthly in a period of several months."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.economics import LOOKS_MONTHLY_MONTHS, churn_months, monthly_line
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import ChurnNorm, Vertical


class LooksMonthly(NamedTuple):
    churn: Decimal
    months: int
    from_retention: bool
    per_period_if_monthly: Decimal  # 1 − (1 − churn)^months
    line: Decimal  # the churn under which a rate for the period looks monthly
    vertical: Vertical | None  # whose published churn drew that line, if any
    #: the line is a gym's, as the sources or marketing lines name a membership (Q9 of the
    #: forty-fourth round: a car wash's unlimited club)
    members: bool = False
    norm: ChurnNorm | None = None  # the published churn that drew the line


class ChurnLooksMonthly(Rule):
    """A churn (or retention) rate that looks monthly in a period of several months.

    Why it matters: lifetime value divides by churn; a monthly 1% typed into a 12-month profile
    says customers stay for a hundred years, and every figure built on it is a hundred times
    too rosy. Lifetime value, LTV:CAC and everything built on them are left out until the rate
    is given for the period.

    How it is computed: churn (`churn_rate`, or 1 − `retention_rate`) under 3% in a period of
    six months or more. Where a vertical's churn is published the line is higher: midway, on a
    ratio scale, between the share of customers lost in a month and the share the best-run
    still lose in the period, √(monthly × best). For a gym (fitness) that is 3.36% a month
    (IHRSA, One Million Strong, 2015) and 27.5% a year (leading clubs' median retention of
    72.5%, IHRSA Profiles of Success, 2017): a yearly churn under 9.6% looks monthly. So does
    it, with no vertical's own figures, where the customer sources or marketing lines name a
    membership ("unlimited", "members", "club sign-ups"): a member who pays by the month
    leaves at least as a gym's do (the project's rule; Q9 of the forty-fourth round,
    2026-12-06: a car wash's 6% a month, read as a year's, kept members 16.7 years). A golf
    or country club by its name is not held to a gym's figures: its members pay an initiation
    fee and stay for years (A5 of the forty-seventh round, 2026-12-06: a club's 9% a year was
    doubted, and its lifetime value left out); the 3% line alone applies to it. The
    finding says what the rate for the whole period would be if the figure is monthly:
    1 − (1 − c)^months.

    How to fix: if the rate is a month's, say so (`churn_period: month`): the lifetime value is
    then worked out month by month. Turning it into a rate for the period instead (6% a month
    is 52.4% a year) would count a whole period's revenue for every customer who leaves in it:
    for a studio at $165 a month, a lifetime value of $2,507 against $1,824 month by month (an
    owner's review, 2026-12-02). Otherwise give the rate for the period, e.g. the share of last
    year's customers who did not come back this year, or, where a low yearly churn is right
    (a registered investment adviser keeps 97% or more of its households a year), say so
    (`churn_period: year`): a period stated is taken at its word, and nothing is doubted (F8
    of the twenty-ninth round, 2026-12-05: an adviser's stated yearly 2.5% had still been
    refused as a month's).
    """

    id = "BA112"
    name = "churn-looks-monthly"
    severity = "warning"
    summary = "A churn or retention rate looks monthly in a multi-month period"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        customers, months = facts.profile.customers, churn_months(facts.profile)
        if customers is None or customers.churn_period is not None:
            return  # the period the rate is measured over is stated: taken at its word
        retention = customers.churn_rate is None and customers.retention_rate is not None
        churn = customers.churn_rate
        if churn is None and customers.retention_rate is not None:
            churn = 1 - customers.retention_rate
        if churn is None or months < LOOKS_MONTHLY_MONTHS:
            return
        vertical = facts.vertical if facts.vertical and facts.vertical.churn else None
        norm, members = facts.read_churn  # as the lifetime value was built
        line = monthly_line(months, norm)
        if not 0 < churn < line:
            return
        field = "retention_rate" if retention else "churn_rate"
        yield Hit(
            LooksMonthly(
                churn, months, retention, 1 - (1 - churn) ** months, line, vertical, members, norm
            ),
            at=("customers", field),
        )
