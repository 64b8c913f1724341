"""BA107: an activity whose name points two ways."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from bizaudit.core.classify import SPELLING_READ, Classification, names_two_kinds
from bizaudit.core.financing import given_up_marketing
from bizaudit.core.margins import given_up_base
from bizaudit.core.metrics import WEIGHTY_READING, ClassifiedActivity, Facts
from bizaudit.core.own_marketing import commissions_covering, in_money
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class Ambiguity(NamedTuple):
    reason: str  # the classifier's own account of the readings
    #: read through a close spelling ("photographer" as "photography"), not two known terms
    spelling: bool = False
    #: the share of what is counted as its category (marketing or sales) the line holds, where
    #: that is a large part of it: the marketing share and the CAC rest on this reading
    weight: Decimal | None = None
    category: str = ""
    #: read as marketing, the line takes the share over the minimum BA101 holds it to: the
    #: check passes or fails on this reading (H8 of the twenty-fifth round's re-review)
    decides: bool = False
    #: pay on each sale the stated margin carries, which the CAC leaves out (BH4): read
    #: either way, the CAC, the lifetime value and the score stay as they are, so its weight
    #: is said, as information (BI10 of the sixty-second round's re-review, 2026-12-07: a
    #: mortgage broker's loan-officer pay, "100% of what is counted as sales, so the report's
    #: figures rest on this reading", a warning beside a CAC that no longer counted it)
    in_margin: bool = False
    #: a line BA116 reads as revenue given up whose other reading is of another kind (a med
    #: spa's "Influencer comps - free filler/HydraFacial", 'filler' → cost-of-sales): no money
    #: spent on marketing either way, at its retail value or at its cost; how BA101 judges the
    #: share on each reading (BJ3 of the sixty-second round's second re-review, 2026-12-08:
    #: "the check passes only on this reading" was untrue where Groupon's commissions made up
    #: the minimum on the other)
    given_up: GivenUpReadings | None = None


class GivenUpReadings(NamedTuple):
    """BA101's share on the two readings of a line of revenue given up that may be a cost:
    "passes" (the marketing in money meets the minimum), "commissions" (the commissions
    marketplaces kept make it up, as BA101 counts them) or "under" (BA101 finds it under)."""

    spend: Decimal  # the line's
    other: str  # the other reading's category ("cost-of-sales")
    as_given_up: Literal["passes", "commissions", "under"]
    as_other: Literal["passes", "commissions", "under"]
    commissions: Decimal  # the marketplaces' commissions, where either reading counts them


def _may_leave_marketing(classification: Classification) -> bool:
    """Whether another reading of a line read as marketing would take it out of marketing:
    one of its other readings is of another kind, or none is named (a word read alone, a close
    spelling), so its kind itself is the guess. Readings that differ only in purpose
    ("'client appreciation' → marketing/retain, but also 'gift box' → marketing/acquire")
    leave BA101's share as it is: its check does not rest on them (AZ7 of the fifty-eighth
    round, 2026-12-07: a CPA firm's holiday gift boxes were a warning that "the check passes
    only on this reading", though both readings are marketing)."""
    return not classification.also or any(
        category != "marketing" for category, _ in classification.also
    )


class Ambiguous(Rule):
    """An activity whose name matches terms of different categories or purposes equally well.

    Why it matters: the classifier picked one reading, but the other may be right ("CRM and
    newsletter" is sales by one word and marketing by another). A line so read that holds a
    fifth or more of what is counted as marketing, or as sales, is a warning: the marketing
    share, the CAC and the verdict rest on the guess. So is a line read as marketing without
    which the share would fall under the minimum BA101 holds it to: the check passes only on
    this reading (H8 of the twenty-fifth round's re-review, 2026-12-04: "Client QBR dinners &
    holiday party" took an MSP from 8.97% to 9.2% against 9%, with only a note). So, the other
    way, is a line that names selling and marketing at once ("Selling expenses"), read as
    sales, with which as marketing the share would meet the minimum: the check fails only on
    this reading (R1 of the twenty-ninth round's re-review, 2026-12-05). Not a line of pay on
    each sale the stated margin carries, which the CAC leaves out (a loan officer's basis
    points): read either way, the CAC, the lifetime value and the score stay as they are, so it
    is information, and says so (BI10 of the sixty-second round's re-review, 2026-12-07). A
    line BA116 reads as revenue given up that may be a cost instead (a med spa's "Influencer
    comps - free filler/HydraFacial for posts", 'filler' → cost of sales) is no money spent on
    marketing either way: the finding says how BA101 judges the share on each reading (at
    retail value, out of net revenue; at cost, in the costs), as BA101 works it out, the
    marketplaces' commissions included, and is a warning only where the two differ (BJ3 of the
    sixty-second round's second re-review, 2026-12-08: "the check passes only on this reading"
    was untrue where Groupon's commissions met the minimum on the other).

    How to fix: state its kind and purpose on the activity, or split it into two activities.
    """

    id = "BA107"
    name = "ambiguous-activity"
    severity = "info"
    summary = "An activity's name points to more than one category"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        held: tuple[Decimal, Decimal] | None = None  # BA101's share: what, of what
        # lines BA116 reads as revenue given up: BA101 already judges the share without them
        # (F10 of the thirtieth round: "passes only on this reading" on a check that failed);
        # read with the share, for the first line that needs it (most profiles have none)
        given: set[int] = set()
        # lines BA114 warns pay for referrals: never "split it into two activities", which
        # would advise dividing a kickback (AL2 of the fifty-first review round, 2026-12-06:
        # a discount on Part A trips for Part B referrals was told to state its kind or split)
        # (and lines BA121 warns give something of value to those who decide for others: a
        # tow company's storage fees waived for a police chief's friends, AL15 of the round)
        paid = (
            {id(item) for item in (*facts.paid_referrals, *facts.decider_gifts)}
            if facts.paid_referrals or facts.decider_gifts
            else frozenset()  # most profiles
        )
        paid_in_margin = (
            () if (pay := facts.economics.cac.in_margin) is None else pay.lines
        )  # (most profiles: none)
        for item in facts.activities:
            if item.classification.confidence == "low" and id(item) not in paid:
                category = item.classification.category
                total = facts.spend[category] if category in ("marketing", "sales") else None
                weight = item.activity.spend / total if total else None
                weighty = weight is not None and weight >= WEIGHTY_READING
                in_margin = category == "sales" and item.activity.name in paid_in_margin
                decides = False
                # a line that names selling and marketing at once, read as sales (R1 of the
                # twenty-ninth round's re-review: a retailer's "Selling expenses" failed it
                # on a reading nothing said the verdict rested on)
                both = category == "sales" and names_two_kinds(item.classification.term)
                if (category == "marketing" or both) and facts.revenue > 0:
                    if held is None:
                        measured, base = facts.held_to_minimum(
                            policy.min_marketing_share.source == "industry"
                        )
                        held = measured - given_up_marketing(facts), base
                        given = {
                            id(moved)
                            for moved, kind in facts.moves
                            if kind in ("given up", "paid out")
                        }
                    spent, of = held
                    needed = policy.min_marketing_share.value * of
                    if both:
                        decides = of > 0 and spent < needed <= spent + item.activity.spend
                    elif id(item) not in given and _may_leave_marketing(item.classification):
                        decides = of > 0 and spent >= needed > spent - item.activity.spend
                readings = (
                    _given_up_readings(facts, policy, item)
                    if id(item) in given and facts.revenue > 0
                    else None
                )
                yield Hit(
                    Ambiguity(
                        item.classification.reason,
                        item.classification.reason.startswith(SPELLING_READ),
                        weight if weighty else None,
                        category,
                        decides,
                        in_margin and weighty,
                        readings,
                    ),
                    at=("activities", item.position),
                    subject=item.activity.name,
                    severity="warning"
                    if (weighty and not in_margin and readings is None)
                    or decides
                    # BA101 judges the share otherwise on the other reading
                    or (readings is not None and readings.as_given_up != readings.as_other)
                    else None,
                )


def _given_up_readings(
    facts: Facts, policy: EffectivePolicy, item: ClassifiedActivity
) -> GivenUpReadings | None:
    """How BA101 judges the share with a line of revenue given up read so (out of the
    marketing and out of net revenue) and read as its other kind, at cost (out of the
    marketing, in the costs: net revenue the larger by it); None where it has no other kind
    than marketing, or is money paid out."""
    other = next(
        (cat for cat, _ in item.classification.also if cat not in ("marketing", "contra-revenue")),
        None,
    )
    if other is None or not any(i is item for i, k in facts.moves if k == "given up"):
        return None
    threshold = policy.min_marketing_share
    spent, of = in_money(facts, threshold.source == "industry")
    base = of - given_up_base(facts)
    fees = Decimal(0)

    def judged(revenue: Decimal) -> Literal["passes", "commissions", "under"]:
        nonlocal fees
        if spent >= threshold.value * revenue:
            return "passes"
        if facts.contra_revenue and (
            found := commissions_covering(facts, threshold.value, spent, revenue)
        ):
            fees = found
            return "commissions"
        return "under"

    return GivenUpReadings(
        item.activity.spend, other, judged(base), judged(base + item.activity.spend), fees
    )
