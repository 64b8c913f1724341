"""BA125: more new customers than the revenue can have served."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.economics import exceeds_served
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class TooManyNew(NamedTuple):
    new: int
    served: Decimal  # revenue ÷ average revenue: the customers the revenue serves
    revenue: Decimal
    average_revenue: Decimal


class NewExceedServed(Rule):
    """More new customers than the revenue seems to have served.

    Why it matters: revenue ÷ the average revenue a customer brings is about how many customers
    the period served. New customers are among them; joined evenly through the period, each
    brings half a period's revenue, so a business whose every customer is new shows twice as
    many won as served. Four times as many needs most of them to have joined late in the period
    (a launch, a season, a contract signed in its last months); otherwise visitors, leads or
    trial users are likely counted as customers won ("Day pass user: 900"), or an average
    revenue of a year set beside a shorter period. The CAC then divides by too many customers
    and the lifetime value rests on an average they may not bring: both read too well (F21 of
    the thirty-sixth review round, 2026-12-05: a coworking space's 1,040 "new" members on
    revenue that serves about 233 gave LTV ÷ CAC 104.8×, and BA202 said there was room to
    spend more). A business that did win most of its customers late is right, so the figures
    are kept and the finding asks (R7 of the round's re-review: a software firm that won 45 of
    its 50 customers in its last two months).

    How it is computed: `customers.new`, where 20 or more, against 4 × revenue ÷
    `customers.average_revenue` (a few large customers won late in the period bring little of
    it yet).

    How to fix: count as new only the customers who bought in the period (not visitors, leads
    or trial users who did not pay). If most did join late in the period, the figures stand:
    skip this rule with that reason.
    """

    id = "BA125"
    name = "new-customers-exceed-served"
    severity = "warning"
    summary = "More new customers than the revenue seems to have served"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        profile = facts.profile
        customers = profile.customers
        served = exceeds_served(profile)
        if customers is None or served is None:
            return  # most profiles: the counts agree
        assert customers.new is not None
        assert customers.average_revenue is not None
        yield Hit(
            TooManyNew(customers.new, served, profile.revenue, customers.average_revenue),
            at=("customers", "new"),
        )
