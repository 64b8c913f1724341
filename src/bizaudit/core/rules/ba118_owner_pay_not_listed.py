"""BA118: the owner works in the business, and no line pays them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.metrics import WEEKS_IN_A_MONTH, Facts
from bizaudit.core.owner_pay import pays_owner
from bizaudit.core.rules.ba115_thin_margin import HIGH_MARGIN
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class OwnerUnpaid(NamedTuple):
    hours: Decimal  # the owner's week in the business
    profit: Decimal  # operating profit, with no pay for those hours in it
    revenue: Decimal  # net revenue
    per_hour: Decimal  # profit ÷ the owner's hours in the period
    net: bool  # revenue is net of contra-revenue


#: How a line that pays the owner is read: operations, or cost of sales where the owner's hours
#: are the work sold (a re-review: "Owner salary" marked cost of sales, as BA117 suggested).
_PAY_READ_AS = frozenset({"operations", "cost-of-sales"})


def owner_unpaid(facts: Facts) -> OwnerUnpaid | None:
    """The owner's hours and what the profit comes to an hour of them, when the owner works
    in the business, the profile lists every cost and a profit, and no line pays the owner."""
    hours = facts.profile.owner_hours
    profit = facts.operating_profit  # None when only part of the spending is listed
    if hours is None or profit is None or profit <= 0:
        return None
    revenue, worked = facts.net_revenue, hours.total
    # At a high margin the owner's pay leaves a healthy one: no verdict turns on it.
    if worked <= 0 or revenue <= 0 or profit >= HIGH_MARGIN * revenue:
        return None
    if any(
        item.classification.category in _PAY_READ_AS
        and pays_owner(item.activity.name, item.classification.term)
        for item in facts.activities
    ):
        return None
    per_hour = profit / (worked * WEEKS_IN_A_MONTH * facts.profile.business.months)
    return OwnerUnpaid(worked, profit, revenue, per_hour, bool(facts.contra_revenue))


class OwnerPayNotListed(Rule):
    """The owner works in the business, and no line pays them: the profit is also their pay.

    Why it matters: the operating profit and margin, BA115's thin margin, the score and every
    "room to spend" read the profile's costs. Where the owner's own work is in none of them,
    the profit is not what the business earns after paying for its work: it is also the
    owner's wage. A gift shop that made 8% with no pay for the owner's 54 hours a week made
    0.6% once a $48,000 wage was counted (an owner's coach's re-review, 2026-12-02); deleting
    a draw that was her only pay had scored 100. Business valuers make the same adjustment
    when they replace what an owner takes with a market wage for the work (normalised
    earnings; see docs/domain.md).

    How it is computed: the profile states the owner's hours (`owner_hours`), lists all its
    spending, makes an operating profit under 20% of its revenue (the high mark of the rule
    of thumb BA115 quotes: above it a fair wage still leaves a healthy margin, and no
    verdict turns on it), and no line read as operations or cost of sales pays the owner by
    its name: a salary, wage, pay or compensation of the owner, an officer, a partner, a
    member, a principal, a founder or a director ("Officer compensation", "Salary (me)"),
    guaranteed payments, or a draw (BA116). "Payroll" alone may include the owner or not,
    and does not count. The finding gives what the profit comes to an hour of the owner's
    week: operating profit ÷ (hours a week × 52 ÷ 12 × months in the period). It is
    information, not a failure; the score stops at 79, below "Strong": the margin is not
    known until the owner's pay is, and a business that pays its owner and makes a thin
    margin is held there too (BA115), so leaving the pay out scores no better than listing
    it (a CFO's re-review, 2026-12-02).

    How to fix: list what the owner is paid as an operations line (a salary on payroll,
    officer compensation, guaranteed payments); an owner paid only by draws lists a fair wage
    for the hours worked, what it would cost to hire someone to do that work. If the owner's
    pay is inside a line such as "Payroll", skip this rule with that reason.
    """

    id = "BA118"
    name = "owner-pay-not-listed"
    severity = "info"
    summary = "The owner works in the business, and no line pays them"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = owner_unpaid(facts)
        if found is not None:
            yield Hit(found, at=("owner_hours",))
