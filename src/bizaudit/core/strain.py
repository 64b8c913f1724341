"""Whether the business can pay for more spending now: one answer for the rules that advise
spending (BA105's help, BA104's retention)."""

from __future__ import annotations

from typing import Literal

from bizaudit.core.financing import loss_below, moved_in, only_pay_draws, uncovered_debt
from bizaudit.core.metrics import Facts
from bizaudit.core.owner_pay import before_pay

__all__ = ["Strain", "strained"]

#: Why the business cannot pay for more yet: a loss, loan payments uncovered, or an owner
#: paid under the minimum wage
Strain = Literal["loss", "debt", "unpaid"]


def strained(facts: Facts) -> Strain | None:
    """Why the business cannot pay for help yet, if it cannot: it runs at a loss, before or
    after the interest and tax it lists, or its profit does not cover its loan payments."""
    profit = facts.operating_profit
    if profit is None:
        return None
    # counted without the lines BA116 names as surely no cost (a loan's principal), as BA111
    # and the verdict count it
    if profit + moved_in(facts)[0] <= 0 or loss_below(facts) is not None:
        return "loss"
    if uncovered_debt(facts) is not None:
        return "debt"
    # ...or what it makes before paying the owner, whose only pay is draws, comes to less than
    # the federal minimum wage an hour of the owner's week: a loss once the owner is paid (J18
    # of the forty-first round's re-review: $3.28 an hour, and "give them to a manager")
    draws = only_pay_draws(facts)
    made = before_pay(facts, draws) if draws else None
    return "unpaid" if made is not None and made.under else None
