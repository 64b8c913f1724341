"""BA111: total costs above net revenue: the business runs at a loss."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.financing import money_moved
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class Loss(NamedTuple):
    costs: Decimal
    revenue: Decimal  # net revenue
    loss: Decimal  # how much costs exceed it
    net: bool  # revenue is net of contra-revenue
    marketing: Decimal
    #: what the lines BA116 names (loan principal, draws, transfers) add to the costs, when
    #: without them there is no loss: the loss is theirs (the finding is then information)
    moved: Decimal = Decimal(0)


class SpendExceedsRevenue(Rule):
    """Total costs are above net revenue: the business runs at an operating loss.

    Why it matters: advice about spending more on customers means nothing to a business that
    loses money on its costs as they are; a fractional CFO looks at the loss first.

    How it is computed: every activity except contra-revenue (operations, cost of sales,
    marketing, sales, innovation) added up, against revenue net of contra-revenue. A business
    with no revenue yet (a start-up before launch) is not checked: its spending is runway, not
    a loss on sales.

    When the lines BA116 names (loan principal, an owner's draw, a transfer) are what make the
    loss, so that without them costs are within revenue, the finding is information that says
    so and gives the profit without them, and the score is not capped for a loss (a CFO's
    review, 2026-12-03: a franchisee's report led with "an operating loss of $79,820" where
    $90,000 of loan principal and draws made it, and the business kept $10,180).

    How to fix: find the costs that bring no customers and no delivery and cut those first;
    keep the marketing that pays back, since cutting it cuts next period's revenue. When the
    lines that move money make the loss, take them out (BA116) and judge the profit then.
    """

    id = "BA111"
    name = "spend-exceeds-revenue"
    severity = "warning"
    summary = "Total costs are above net revenue: the business runs at a loss"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        costs, revenue = facts.spend["total"], facts.net_revenue
        if facts.revenue <= 0 or costs <= revenue or facts.partial_spending:
            return
        moved = money_moved(facts.activities)
        theirs = costs - moved <= revenue
        yield Hit(
            Loss(costs, revenue, costs - revenue, bool(facts.contra_revenue),
                 facts.spend["marketing"], moved if theirs else Decimal(0)),
            at=("revenue",),
            severity="info" if theirs else None,
        )  # fmt: skip
