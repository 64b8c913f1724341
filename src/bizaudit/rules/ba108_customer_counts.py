"""BA108: the customer sources do not add up to the new customers."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.metrics import Facts
from bizaudit.policy import EffectivePolicy
from bizaudit.rules.base import Hit, Rule


class CustomerCounts(Rule):
    """The customers listed under `customers.sources` do not add up to `customers.new`.

    Why it matters: referral dependence is computed from the sources, so sources that count
    more customers than were won (a typo, or one customer counted twice) give a wrong figure.
    Fewer is common (some customers' source is unknown) and is reported as information.

    How to fix: make the sources add up to the number of new customers, or add an
    `unknown` source for customers whose source you do not know.
    """

    id = "BA108"
    name = "customer-counts-mismatch"
    severity = "warning"
    summary = "Customer sources do not add up to the new customers"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        customers = facts.profile.customers
        if customers is None or customers.new is None or not customers.sources:
            return
        listed, new = facts.sourced_customers, customers.new
        if listed > new:
            yield Hit(
                f"the sources list {listed} customers but only {new} new customers were won",
                "correct the counts so the sources add up to customers.new",
                facts.locate(("customers", "new")),
            )
        elif listed < new:
            yield Hit(
                f"the sources account for {listed} of {new} new customers; "
                f"referral share is computed from those {listed}",
                "add the missing customers' sources, or list them as 'unknown'",
                facts.locate(("customers", "new")),
                severity="info",
            )
