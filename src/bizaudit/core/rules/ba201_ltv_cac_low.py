"""BA201: a customer is worth less than three times what it costs to win one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from bizaudit.core.economics import LTV_TO_CAC_MINIMUM, Ratio
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class LowRatio(NamedTuple):
    figure: Ratio
    non_referral: bool  # judged by the customers the business paid for
    customers: int = 0  # the new customers the judged CAC is divided by


class LtvCacLow(Rule):
    """A customer is worth less than three times what it costs to win one (LTV:CAC under 3).

    Why it matters: the cost of winning a customer has to come back out of the profit they
    bring over their lifetime, with room left for the rest of the business. A common rule of
    thumb (David Skok) is a lifetime value of at least three times the cost of acquisition.

    How it is computed: CAC = (marketing spend on acquire + sales spend) ÷ new customers; when
    the sources say how many came by referral, the customers the business paid for (the
    others) are what CAC is divided by, since referrals cost nothing to win. LTV =
    `customers.lifetime_value`, or `average_revenue` × `gross_margin` × the periods a customer
    stays within a five-year horizon (from `churn_rate`, or 1 − `retention_rate`). Not checked
    without those figures; under 1 is BA204 instead. On fewer than 20 customers (too few for
    `plan` to move money on) the finding gives the range the ratio could as well be in: the
    count's 95% range as a Poisson count (a count of 3 could as well be 0.6 or 8.8).

    How to fix: raise what each customer is worth (retention, upsell, price) or lower what it
    costs to win one (channels that convert better, a sharper offer).
    """

    id = "BA201"
    name = "ltv-cac-low"
    severity = "warning"
    summary = "Lifetime value is under 3× the cost of acquiring a customer"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        economics = facts.economics
        ratio = economics.judged_ratio.value
        if ratio is None or ratio >= LTV_TO_CAC_MINIMUM or ratio < 1:
            return
        yield Hit(
            LowRatio(
                economics.judged_ratio,
                economics.judged_by_non_referral,
                economics.judged_cac.new_customers,
            ),
            at=("customers",),
        )
