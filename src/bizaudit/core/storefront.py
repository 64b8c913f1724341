"""Whether most new customers walk in where the business stands (its storefront, its signs).

AO9 of the fifty-second review round, 2026-12-07: a walk-in liquor store with a 10.3% operating
margin, 60% of its customers coming back and all 4,000 new ones counted as walk-ins read
"Critical: marketing is an afterthought; new customers arrive by chance". The channel
vocabulary itself says walk-ins "come from where a sign or storefront stands ..., not from
what it cost" (`channels.walk-in`, not_bought): they come by the place the business chose,
not by chance. The score stays (rounds 50, K9, and 51, AL11: it measures what is invested in
getting and keeping customers, and retail's range starts at 2%); the verdict's words say
what the sources do.
"""

from __future__ import annotations

from bizaudit.core.channels import DEPENDENCE
from bizaudit.core.metrics import Facts

__all__ = ["WALK_IN", "walked_in"]

#: The channel vocabulary's id for signs and walk-ins (data/vocabulary-verticals.toml)
WALK_IN = "walk-in"


def walked_in(facts: Facts) -> bool:
    """Whether more than half the new customers the sources name came through signs and
    walk-ins (the channel ``WALK_IN``): BA128's threshold, core.channels.DEPENDENCE, taken
    for "most"."""
    of = facts.sourced_customers
    if of <= 0:
        return False
    walked = sum(c.customers for c in facts.by_channel if c.key == WALK_IN)
    return walked > DEPENDENCE * of
