"""BA204: a customer costs more to win than they are worth."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.economics import Cac, Ltv, Ratio
from bizaudit.core.metrics import Facts
from bizaudit.core.plan import could_reach
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class CostsMore(NamedTuple):
    ratio: Ratio
    cac: Cac
    ltv: Ltv
    non_referral: bool  # judged by the customers the business paid for


class CustomerCostsMoreThanWorth(Rule):
    """A customer costs more to win than they are worth (LTV:CAC under 1).

    Why it matters: every new customer won this way loses money; growing faster loses it
    faster.

    How it is computed: LTV ÷ CAC, with the cost of the customers the business paid for
    (referrals left out) when the sources say who came by referral, as for BA201. On fewer
    than 20 customers the finding gives the range the ratio could as well be in, as BA201
    does; where the top of that range reaches 1× (or on 1 customer), it is not yet known
    whether a customer costs more than they are worth: the finding is a warning, not an
    error, and the score is held under 80, not under 60 (N8 of the forty-third round,
    2026-12-06).

    How to fix: stop scaling acquisition until a customer pays back: raise price or margin,
    keep customers longer, or cut the channels that cost the most per customer.
    """

    id = "BA204"
    name = "customer-costs-more-than-worth"
    severity = "error"
    summary = "A customer costs more to win than they are worth"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        economics = facts.economics
        ratio = economics.judged_ratio
        if ratio.value is None or ratio.value >= 1:
            return
        cac = economics.judged_cac
        yield Hit(
            CostsMore(ratio, cac, economics.ltv, economics.judged_by_non_referral),
            at=("customers",),
            pulls="less",
            # on so few customers that the ratio could as well be 1x or more: not yet known,
            # a warning that does not fail the check (N8 of the forty-third round)
            severity="warning" if unsure(ratio.value, cac.new_customers) else None,
        )


def unsure(ratio: Decimal, customers: int) -> bool:
    """Whether a ratio under 1 rests on so few customers that it could as well be 1 or more."""
    return could_reach(ratio, customers, Decimal(1))
