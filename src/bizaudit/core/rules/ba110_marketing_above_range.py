"""BA110: marketing spend above the industry's range while customers barely pay back."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.economics import LTV_TO_CAC_MINIMUM, Payback, Ratio
from bizaudit.core.metrics import Facts
from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS
from bizaudit.core.rules.ba115_thin_margin import HIGH_MARGIN
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.verticals import Vertical


class AboveRange(NamedTuple):
    share: Decimal
    vertical: Vertical
    ratio: Ratio  # the judged LTV ÷ CAC
    payback: Payback  # the judged payback
    norm: Decimal  # payback norm, months
    weak_ratio: bool  # under 3×
    slow_payback: bool  # beyond the norm
    left_out: Decimal = Decimal(0)  # marketing the range does not count (an agent's referral fees)
    margin: Decimal | None = None  # the operating margin, when high enough that the spend pays
    #: what bringing spend back to the range's top would take out (money, not a share)
    over: Decimal = Decimal(0)
    #: the priced channel whose customers cost the most (name, CAC, customers), to cut first
    dearest: tuple[str, Decimal, int] | None = None
    ltv: Decimal | None = None  # what a customer is worth, that the channel is held against


def above_range(facts: Facts, policy: EffectivePolicy) -> AboveRange | None:
    """The over-spending BA110 reports, also used by the score; None when there is none."""
    vertical, share = facts.vertical, facts.range_share
    if vertical is None or share is None:
        return None
    if share <= vertical.marketing.high:
        return None
    minimum = policy.min_marketing_share
    measured, base = facts.held_to_minimum(minimum.source == "industry")
    if base > 0 and measured < minimum.value * base:
        return None  # under the minimum (BA101 asks for more): never "spend more" and "less"
    economics = facts.economics
    ratio, payback, norm = economics.judged_ratio, economics.judged_payback, economics.payback_norm
    weak = ratio.value is not None and ratio.value < LTV_TO_CAC_MINIMUM
    slow = payback.value is not None and payback.value > norm
    if not (weak or slow):
        return None
    margin = facts.operating_margin
    pays = payback.value is not None and not slow and margin is not None and margin >= HIGH_MARGIN
    measured, base = facts.held_to_minimum(True)
    return AboveRange(
        share, vertical, ratio, payback, norm, weak, slow, facts.range_excluded,
        margin if pays else None, max(measured - vertical.marketing.high * base, Decimal(0)),
        _dearest(facts), economics.ltv.value,
    )  # fmt: skip


def _dearest(facts: Facts) -> tuple[str, Decimal, int] | None:
    """The channel with spend whose customers cost the most, among those priced on enough
    customers: where a cut loses the fewest customers for its money. A price on fewer than
    `plan`'s minimum is too uncertain to name the channel the one to cut (BA205's line too:
    under 20 customers a channel is tracked, not cut)."""
    priced = [
        (cac, channel)
        for channel in facts.by_channel
        if channel.spend > 0
        and channel.customers >= DEFAULT_MIN_CUSTOMERS
        and (cac := channel.cac) is not None
    ]
    if not priced:
        return None
    cac, channel = max(priced, key=lambda found: found[0])
    return channel.name, cac, channel.customers


class MarketingAboveRange(Rule):
    """Marketing spend is above the industry's range while customers barely pay it back.

    Why it matters: spending more than the industry's norm can be right for a business that is
    growing on purpose, as long as each customer pays back what it cost to win. When a
    customer is worth under three times their cost, or takes longer than the industry's norm to
    earn it back, the extra spend buys growth at a loss.

    How it is computed: marketing ÷ revenue (with sales added where the industry's range counts
    both, as SaaS's does) above the high end of the declared industry's range, and above any
    minimum you set, while LTV:CAC is under 3 or CAC payback is beyond the industry's norm
    (12 months where none is published). The cost per customer is that of the customers the
    business paid for (referrals left out) when the sources say who came by referral.

    A business that keeps 20% or more of its revenue as operating profit while customers pay
    back within the norm is told so, as information: the spend above the range pays, and the
    advice is to judge channels by what a customer costs, not to cut towards the range (a
    law firm at 35% margin and 7 months' payback would lose more fees than it saved). 20% is
    the high mark of the practitioner rule BA115 quotes (5% low, 10% average, 20% high).

    How to fix: cut channel by channel until a customer's cost pays back, and move what is
    saved to the channels that do (`bizaudit plan` works out each step). The finding names the
    channel whose customers cost the most (priced on 20 or more customers), and what reaching
    the top of the range would take out: the range is a reference, not a target to cut to (a
    CFO's review, 2026-12-02: a skincare brand at 36.4% had been told to come back towards a
    tutorial's 12%, two thirds of its marketing).

    Configure: declare `business.industry`; the rule does nothing without an industry.
    """

    id = "BA110"
    name = "marketing-above-range"
    severity = "warning"
    summary = "Marketing spend is above the industry's range while customers barely pay back"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = above_range(facts, policy)
        if found is None:
            return
        if found.margin is not None:  # above the range, but it pays: said, not a warning
            yield Hit(found, at=("activities",), severity="info")
        else:
            yield Hit(found, at=("activities",), pulls="less")
