"""Selling counted once: pay on each sale that the stated gross margin carries already, and a
rep's commission on the repeat orders of the accounts the rep already had.

What a new customer costs (the CAC) counts the acquisition marketing and the selling, and what
a customer is worth (the lifetime value) is built on the stated gross margin. Two kinds of
selling pay can sit in both, or be charged to new customers for sales they did not make:

* Pay on each sale the stated margin nets already (:func:`pay_in_margin`). A mortgage broker
  pays its loan officers basis points on each funded loan, whatever brought the borrower; its
  stated 55% margin is what the listed lines give only with that pay as a cost of each loan,
  (1,620,000 − 189,000 − 486,000) ÷ 1,620,000 = 58.3%, against 88.3% without it, so the
  lifetime value already carries it and the CAC leaves it out (BH4 of the sixty-second review
  round, 2026-12-07). Regulation Z forbids paying a loan originator on a term of the loan (12
  CFR §1026.36(d)(1)); its commentary lists pay on the originator's overall loan volume and a
  fixed amount for each loan among the permitted methods (comment 36(d)(1)-3 as it read
  before the January 2014 revisions, as quoted by mycomplianceresource.com; read with the
  search tool, the current text not read here): pay that follows each loan, whatever its
  source. The books tell it as a marketplace's commissions are told
  (core.metrics.commissions_netted), with the same two lines.
* A rep's commission on every sale of the accounts the rep brought (:func:`repeat_commission`).
  A fab shop's "Mfg rep commissions (5% of rep-sourced sales)", $118,000, is 5% of about
  $2.36M of rep accounts' sales, mostly repeat orders: the CAC counts the commission on the
  new accounts' first period, 6 new rep customers × $120,000 × 5% = $36,000, and leaves the
  rest out (BH11 of the round).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from bizaudit.core.channels import Channel, reps_on_commission
from bizaudit.core.economics import InMargin, RepeatCommission
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.profile import Profile

if TYPE_CHECKING:
    from bizaudit.core.metrics import ClassifiedActivity

__all__ = ["pay_in_margin", "repeat_commission"]

#: How far (in share points) the stated margin must be nearer the books' margin with the pay
#: than without it for the books to tell: core.metrics.COMMISSIONS_TOLD's line, the project's
#: own (an owner states a margin to the whole percent, often from memory)
TOLD = Decimal("0.02")
#: ...and the farthest the stated margin may be from the margin with the pay: BA117's tolerance
#: (core.metrics.COMMISSIONS_NEAR), past which the listed costs do not explain it at all
NEAR = Decimal("0.10")

#: The words one of which every match of _PER_SALE holds (most lines hold none)
_PER_SALE_WORDS = ("bps", "basis", "commission", "per ", "funded", "closed", "%")
#: Pay on each sale: basis points, a commission, a price per loan or sale, a share of each
_PER_SALE = LazyPattern(
    r"\b(?:bps|basis\s+points?|commissions?)\b"
    r"|\bper\s+(?:funded\s+|closed\s+)?(?:loans?|sales?|units?|closings?|deals?|files?|orders?)\b"
    r"|\bon\s+(?:each\s+|every\s+)?(?:funded|closed|closings?|loans?)\b"
    r"|\d\s*%\s+(?:of|on)\b",
    re.IGNORECASE,
)

#: A rate a line states: "5% of rep-sourced sales", "(6 % on sales)"
_RATE = LazyPattern(r"(\d+(?:\.\d+)?)\s*%\s+(?:of|on)\b", re.IGNORECASE)


def _per_sale(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _PER_SALE_WORDS) and _PER_SALE.search(name) is not None


def pay_in_margin(
    profile: Profile, activities: Sequence[ClassifiedActivity], net: Decimal, cost: Decimal
) -> InMargin | None:
    """The selling lines paid on each sale (:data:`_PER_SALE`) that the stated gross margin
    carries already: the books' margin with them as a cost of each sale, (net − cost of sales −
    their pay) ÷ net, is within NEAR of the stated margin and nearer it than the margin without
    them by more than TOLD. None otherwise: no stated margin (or a stated lifetime value), no
    cost of sales listed, only some accounts' statements, a stated margin not below the books'
    by more than NEAR, or no such line (most profiles)."""
    customers = profile.customers
    stated = customers.gross_margin if customers is not None else None
    if stated is None or customers is None or customers.lifetime_value is not None:
        return None
    if cost <= 0 or net <= 0 or profile.business.spending == "partial":
        return None
    without = (net - cost) / net
    if without - stated <= NEAR:  # the books explain the stated margin without them
        return None
    lines = [
        item
        for item in activities
        if item.classification.category == "sales"
        and item.activity.spend > 0
        and _per_sale(item.activity.name)
    ]
    if not lines:
        return None
    pay = sum((item.activity.spend for item in lines), Decimal(0))
    with_pay = (net - cost - pay) / net
    to_with, to_without = abs(with_pay - stated), abs(without - stated)
    if to_without - to_with <= TOLD or to_with > NEAR:
        return None
    return InMargin(pay, tuple(item.activity.name for item in lines), stated, with_pay, without)


def repeat_commission(profile: Profile, by_channel: Sequence[Channel]) -> RepeatCommission | None:
    """A reps' commission the CAC should count only on the new accounts: the one line of a
    channel of reps paid on commission (core.channels.reps_on_commission) that states its rate
    ("5% of rep-sourced sales"), where the profile gives the average revenue a customer brings
    in a period and the channel brought new customers, and the commission on their first
    period, rate × average revenue × customers, is less than the line's spend; the rest is paid
    on the repeat orders of the accounts the reps already had. None otherwise (most profiles)."""
    customers = profile.customers
    average = customers.average_revenue if customers is not None else None
    if average is None or average <= 0:
        return None
    for channel in by_channel:
        if channel.customers <= 0 or not reps_on_commission(channel):
            continue
        stating = [
            (item, found)
            for item in channel.activities
            if item.classification.category == "sales"
            and "%" in item.activity.name
            and (found := _RATE.search(item.activity.name)) is not None
        ]
        if len(stating) != 1:
            continue
        item, found = stating[0]
        rate = Decimal(found.group(1)) / 100
        if not 0 < rate < 1:
            continue
        counted = rate * average * channel.customers
        spend = item.activity.spend
        if counted < spend:
            return RepeatCommission(
                spend - counted, item.activity.name, spend, rate, average, channel.customers
            )
    return None
