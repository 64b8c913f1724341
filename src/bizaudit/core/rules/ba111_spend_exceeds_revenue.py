"""BA111: total costs above net revenue: the business runs at a loss."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class Loss(NamedTuple):
    costs: Decimal
    revenue: Decimal  # net revenue
    loss: Decimal  # how much costs exceed it
    net: bool  # revenue is net of contra-revenue
    marketing: Decimal


class SpendExceedsRevenue(Rule):
    """Total costs are above net revenue: the business runs at an operating loss.

    Why it matters: advice about spending more on customers means nothing to a business that
    loses money on its costs as they are; a fractional CFO looks at the loss first.

    How it is computed: every activity except contra-revenue (operations, cost of sales,
    marketing, sales, innovation) added up, against revenue net of contra-revenue. A business
    with no revenue yet (a start-up before launch) is not checked: its spending is runway, not
    a loss on sales.

    How to fix: find the costs that bring no customers and no delivery and cut those first;
    keep the marketing that pays back, since cutting it cuts next period's revenue.
    """

    id = "BA111"
    name = "spend-exceeds-revenue"
    severity = "warning"
    summary = "Total costs are above net revenue: the business runs at a loss"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        costs, revenue = facts.spend["total"], facts.net_revenue
        if facts.revenue <= 0 or costs <= revenue or facts.partial_spending:
            return
        yield Hit(
            Loss(costs, revenue, costs - revenue, bool(facts.contra_revenue),
                 facts.spend["marketing"]),
            at=("revenue",),
        )  # fmt: skip
