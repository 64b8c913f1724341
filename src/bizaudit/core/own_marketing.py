"""The marketing a business spends itself, in money, on what it may run: the share BA101 and
the score hold to the minimum without what an agreement sets (a franchise's brand fund), what
BA114, BA116, BA119, BA120 or BA121 warn about, and revenue given up (docs/domain.md)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from bizaudit.core.channels import Channel, line_named_by
from bizaudit.core.financing import given_up_marketing
from bizaudit.core.metrics import ClassifiedActivity, Facts, unpriced_channel, with_commissions

__all__ = [
    "OwnPart",
    "before_commissions",
    "commissions_covering",
    "flagged_lines",
    "named_by_other_line",
    "not_own_parts",
    "other_lines",
    "own_minimum",
    "paid_beside_a_line",
    "restricted_lines",
    "restricted_marketing",
]


def flagged_lines(facts: Facts) -> Iterator[tuple[ClassifiedActivity, str]]:
    """The lines a rule says the law may forbid, with the rule: BA114, BA116 (a deductible
    offset), BA119, BA120 and BA121."""
    for rule, lines in facts.law_flagged:
        for item in lines:
            yield item, rule


def other_lines(facts: Facts) -> dict[str, str]:
    """The lines with spend read as another kind than marketing (operations, sales, cost of
    sales), by name: what they were read as; never a line a rule says the law may forbid,
    which would make a channel of what it pays for (H19 of the fortieth round)."""
    flagged = {id(item) for item, _ in flagged_lines(facts)} if facts.law_flagged else set()
    return {
        item.activity.name: item.classification.category
        for item in facts.activities
        if item.activity.spend > 0
        and item.classification.category not in ("marketing", "contra-revenue")
        and id(item) not in flagged
    }


def named_by_other_line(facts: Facts, sources: tuple[str, ...]) -> tuple[str, str] | None:
    """The line read as another kind (:func:`other_lines`) whose name holds the words of one of
    ``sources`` ("Booksy booking fees" beside 'booksy'), with what it was read as, or None:
    BA207 names it beside the channel's customers, and BA202 does not count them among those
    of channels nothing is spent on (AZQ1 of the fifty-eighth round, as its re-review left
    it). Asked only where a line holds a source's whole name (most profiles: none)."""
    names = " ".join(item.activity.name for item in facts.activities).lower()
    if not any(source.lower() in names for source in sources):
        return None
    others = other_lines(facts)
    nearest = line_named_by(sources, list(others))
    return None if nearest is None else (nearest, others[nearest])


def paid_beside_a_line(facts: Facts) -> list[tuple[Channel, str, str]]:
    """The paid channels no spend is joined to (core.metrics.unpriced_channel) whose customers'
    sources a line read as another kind names, each with that line and what it was read as:
    their customers may have cost what that line did, so they are not said to come through a
    channel nothing is spent on (AZQ1 of the fifty-eighth round's re-review, 2026-12-07: a
    salon's 50 clients from 'booksy' counted so beside its own "Booksy booking fees")."""
    found = []
    for channel in facts.by_channel:
        if unpriced_channel(channel) and channel.customers > 0 and channel.spend <= 0:
            named = named_by_other_line(facts, tuple(s.name for s in channel.sources))
            if named is not None:
                found.append((channel, *named))
    return found


def restricted_lines(
    facts: Facts, with_sales: bool = False
) -> list[tuple[ClassifiedActivity, str]]:
    """The marketing lines BA114, BA116 (a deductible offset), BA119, BA120 or BA121 flags,
    each with its rule: what the share BA101 and the score hold leaves out. ``with_sales``
    where the share held counts sales too (a range of marketing and sales together): flagged
    sales lines are then left out of it as well (E2 of the forty-ninth round's second
    re-review, 2026-12-06: a laboratory's 1099 reps paid 15% of collections, which BA114 warns
    about, earned it the score's full marks)."""
    if not facts.law_flagged:
        return []  # most profiles: no line a rule warns about
    kinds = ("marketing", "sales") if with_sales else ("marketing",)
    return [
        (item, rule)
        for item, rule in flagged_lines(facts)
        if item.classification.category in kinds
        # what an ad says is cured by rewording it: its spend is still the business's own
        # (O2 of the forty-third round's re-review)
        and id(item) not in facts.reworded
        # a placement service's fee silent on who pays for the residents it brought is a
        # question BA114 asks, not spend the law forbids: the share keeps it (Y1 of the
        # forty-sixth round's re-review, 2026-12-06; core.metrics.Facts.payer_unstated)
        and id(item) not in facts.payer_unstated
        # a law firm's nominal thank-you gifts, which BA114 asks about: the share keeps them
        # (AW4 of the fifty-fifth round's review, 2026-12-07; Facts.nominal_gifts)
        and id(item) not in facts.nominal_gifts
    ]


def restricted_marketing(
    facts: Facts, with_sales: bool = False
) -> tuple[Decimal, tuple[str, ...]] | None:
    """The marketing spent on the lines :func:`restricted_lines` finds, and their rules; None
    without."""
    flagged = restricted_lines(facts, with_sales)
    if not flagged:
        return None
    spent = sum((item.activity.spend for item, _ in flagged), Decimal(0))
    return spent, tuple(sorted({rule for _, rule in flagged}))


def in_money(facts: Facts, industry: bool) -> tuple[Decimal, Decimal]:
    """The marketing BA101 holds to the minimum in money, as it counts it (without the revenue
    given up and what a rule of law flags), and the revenue it is held against as listed, before
    the revenue given up comes out of it: what BA107 and BA116 weigh a line against BA101 with
    (``industry``: the minimum is the industry's low end)."""
    vertical = facts.vertical
    with_sales = industry and vertical is not None and vertical.scope == "marketing and sales"
    measured, of = facts.held_to_minimum(industry)
    flagged = restricted_marketing(facts, with_sales)
    return measured - given_up_marketing(facts) - (flagged[0] if flagged else Decimal(0)), of


def own_minimum(
    facts: Facts, minimum: Decimal, from_industry: bool, base: Decimal
) -> tuple[Decimal, Decimal | None]:
    """What the business's own marketing is held to, in money, and the range's top where that
    sets it: the minimum of ``base``; or, where an agreement sets spend (a franchise's brand
    fund) and the minimum is the industry's low end, what the top of the industry's range leaves
    beside that spend, where it is less (in money, as the top less the fund: a share of the base
    again would hold the owner who follows BA101's advice to the dollar a fraction of a cent
    short, N7 of the round's re-review). The range is of all marketing, the fund's too, so more
    of the business's own past that would be more than BA110 holds (M1 and M2 of the
    twenty-seventh round, 2026-12-05: a franchisee paying 5% of sales into brand funds, in a
    3-6% range, was held to 3% of its own and scored "Weak" with no finding saying why; one
    that paid less was told to add $63,517, and then that it spent above the range)."""
    reach = minimum * base
    vertical = facts.vertical
    if not from_industry or vertical is None or base <= 0:
        return reach, None
    fixed = facts.agreed_marketing
    if not fixed:
        return reach, None
    room = vertical.marketing.high * base - fixed
    if room >= reach:
        return reach, None
    return max(room, Decimal(0)), vertical.marketing.high


#: What is not the business's own money on marketing it may run, by kind
OwnPart = Literal["agreed", "restricted", "given up"]


def not_own_parts(
    facts: Facts,
    restricted: tuple[Decimal, tuple[str, ...]] | None,
    given: Decimal,
) -> list[tuple[OwnPart, Decimal]]:
    """Of the marketing listed, what is not the business's own money on marketing it may run,
    by kind: "agreed" (a brand fund), "restricted" (what the rules above warn about:
    ``restricted_marketing``) and "given up" (revenue given up, BA116: ``given_up_marketing``,
    which the caller has already); only the kinds the profile has."""
    parts: list[tuple[OwnPart, Decimal]] = []
    if fixed := facts.agreed_marketing:
        parts.append(("agreed", fixed))
    if restricted is not None:
        parts.append(("restricted", restricted[0]))
    if given:
        parts.append(("given up", given))
    return parts


def commissions_covering(
    facts: Facts, minimum: Decimal, measured: Decimal, revenue: Decimal
) -> Decimal:
    """The commissions marketplaces kept on the customers they brought (contra-revenue, out of
    ``revenue``; not a delivery app's, which pays a courier too), where with ``measured`` they
    meet ``minimum`` of the revenue before them: winning customers is paid for there, so BA101
    is a warning that says so and the score's marketing part is not scored (F4 of the
    thirty-fourth review round, and Q1, Q3 and S3 of its re-reviews: a line BA121 flags made
    BA101 fail, the headline said "too little" beside BA101's "more budget is not the gap",
    and counted as spend they gave a B&B full marks); else 0."""
    fees = with_commissions(facts)[0]
    if not fees:
        return Decimal(0)
    return (
        fees
        if measured + fees >= minimum * before_commissions(facts, revenue, fees)
        else Decimal(0)
    )


def before_commissions(facts: Facts, revenue: Decimal, fees: Decimal) -> Decimal:
    """``revenue`` with the marketplaces' commissions ``fees`` back in, where it is net of them
    (the revenue the share of winning customers is held against)."""
    return revenue + fees if revenue < facts.revenue else revenue
