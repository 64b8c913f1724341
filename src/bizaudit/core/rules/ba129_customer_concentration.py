"""BA129: one customer brings more than a quarter of the revenue."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.financing import moved_in
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class Concentrated(NamedTuple):
    share: Decimal  # the largest customer's share of revenue, as the profile states it
    revenue: Decimal  # the profile's revenue
    at_risk: Decimal  # share × revenue
    gross_margin: Decimal | None  # the customers' gross margin, where the profile gives it
    #: what the business would have left without that customer's gross profit (the operating
    #: profit less at_risk × gross margin), where both are known and it leaves a loss
    loss_without: Decimal | None
    profit: Decimal | None  # the operating profit judged, where it is known
    moved: Decimal = Decimal(0)  # what the lines BA116 names as no cost add back to it


#: More than this share of revenue from one customer is concentration: a practitioner rule,
#: "no single client should represent more than 25% of a business's revenue" (Yari Solutions,
#: "Client concentration risk", undated, read 2026-12-06); "more than 25% of your revenue, you
#: are in a danger zone" (The Owner's Playbook, "Revenue diversification", undated, read
#: 2026-12-06). Public companies disclose any customer of 10% or more (FASB ASC 280-10-50-42):
#: the line where one customer starts to matter, not yet a risk to the business.
CONCENTRATION = Decimal("0.25")


class CustomerConcentration(Rule):
    """One customer (or one contract) brings more than 25% of the revenue, as the profile
    states it (`customers.largest_share`).

    Why it matters: the customer's budget, a new buyer, a merger or a rival's price can end
    the account, and the revenue goes at once, while the costs stay. The account also sets
    the terms: a customer who knows it is a third of the business asks for the price, the
    payment days and the extras. A lender and a buyer of the business ask about it first.
    Advisers draw the line at 25% of revenue (Yari Solutions, undated; The Owner's Playbook,
    undated); public companies disclose any customer of 10% or more (FASB ASC
    280-10-50-42). A job shop with 58% of its sales from one customer and a pharmacy with 45%
    of its patients from one care home's contract had drawn no word of it (H12 of the
    fortieth round, 2026-12-05).

    How it is computed: the share stated, times the revenue, is what losing the account would
    take; times the customers' gross margin, where the profile gives one, the gross profit it
    would take. Where that is more than the operating profit (as BA111 judges it: without the
    lines BA116 names as surely no cost), the finding says what loss the business would run at
    without it. The score is not capped: the account may be sound.

    How to fix: keep the account, and win others before you need them: set a goal for new
    customers until no one customer brings more than a quarter of revenue; read the account's
    contract for its term and notice, so that the cash to bridge its loss is planned.
    """

    id = "BA129"
    name = "customer-concentration"
    severity = "warning"
    summary = "One customer brings more than a quarter of the revenue"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        customers = facts.profile.customers
        if customers is None or (share := customers.largest_share) is None:
            return
        revenue = facts.revenue
        if share <= CONCENTRATION or revenue <= 0:
            return
        at_risk = share * revenue
        margin = customers.gross_margin
        # the operating profit BA111 and the verdict judge: without the lines BA116 names as
        # surely no cost (a loan's principal, a route bought), not as listed (L9 of the round's
        # re-review, 2026-12-06: a pool company's $1,000 loss had been priced as $103,000)
        profit = facts.operating_profit
        moved = moved_in(facts)[0] if profit is not None else Decimal(0)
        if profit is not None:
            profit += moved
        loss = (
            profit - at_risk * margin
            if margin is not None and profit is not None and at_risk * margin > profit
            else None
        )
        yield Hit(
            Concentrated(share, revenue, at_risk, margin, loss, profit, moved),
            at=("customers", "largest_share"),
        )
