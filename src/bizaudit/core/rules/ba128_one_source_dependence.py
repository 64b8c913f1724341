"""BA128: most new customers come through one partner, or one company's lead platform."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.channels import sent_by_one
from bizaudit.core.metrics import ClassifiedSource, Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class OneSource(NamedTuple):
    share: Decimal  # of the new customers the sources name (returning customers left out)
    customers: int  # through the one source
    of: int  # all new customers the sources name
    name: str  # the channel's, as the channel table shows it
    cost: Decimal  # its spend and commissions listed
    platform: bool  # a lead platform or directory the vocabulary knows, not a partner named


#: More than this share of new customers through one partner or one company's platform is
#: dependence on it. A practitioner rule taken from customer concentration, where advisers
#: hold that no single client should be more than 25% of revenue, and "at 40% or 50%, a single
#: client departure can threaten the business entirely" (Yari Solutions, "Client concentration
#: risk", undated, read 2026-12-06); the same reasoning is applied to a single referral source
#: (AG Management, "One referral source should never control your growth", undated, read
#: 2026-12-06). A source sends new customers, not all the revenue, so the high end is taken:
#: past half, losing it would halve the intake.
DEPENDENCE = Decimal("0.50")


class OneSourceDependence(Rule):
    """More than half of the new customers came through one source that someone else
    controls: a partner the profile names (a school, a builder, a hospital, a venue), or one
    company's lead platform or directory (Angi, Thumbtack, Zillow, Avvo, Healthgrades, a home
    warranty company's dispatch).

    Why it matters: such a source is a relationship or a ranking, not a channel the business
    runs. The partner's staff change, its priorities move, the platform raises its price per
    lead or drops the listing, and most new customers stop at once, with nothing of the
    business's own to take their place. Advisers draw the line for one customer at 25% of
    revenue and call 40-50% a threat to the business (Yari Solutions, undated); the same
    holds for one referral source (AG Management, undated). A summer camp with 45 of its 72
    new families from one school's fair had been called "a business: it has a funded,
    repeatable way to win customers" with no word of it (J14 of the forty-first round's
    re-review, 2026-12-06).

    How it is computed: the new customers of the largest channel, where it is a partner the
    profile names (a channel the channel vocabulary does not know) or a platform the
    vocabulary marks as one company's (`one_sender`), against all the new customers the
    sources name (returning customers left out); over 50% through one of its sources (a label
    may name several companies: The Knot and Zola are two), it is reported, with what the
    profile lists as spent on the channel. A reservation network (OpenTable), whose guests
    mostly found the restaurant elsewhere, is no such sender. Referrals and word of mouth
    (BA102) and marketplaces that keep their customers (BA123) have rules of their own. The
    score is not capped: this is about control, not cost.

    How to fix: keep the source for the customers it sends, and grow a second one the
    business runs itself (its own site and search listing, email to past customers, the
    channels of its own the table prices) until no one source sends more than half. Count
    what the partner or the platform sends each month, so that a slowdown shows early.
    """

    id = "BA128"
    name = "one-source-dependence"
    severity = "warning"
    summary = "Most new customers come through one partner or one company's platform"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        channels = facts.by_channel
        of, largest, most = 0, None, 0
        for channel in channels:  # one pass: every profile asks
            of += channel.customers
            if channel.customers > most:
                largest, most = channel, channel.customers
        if largest is None or most <= DEPENDENCE * of:
            return
        if (platform := sent_by_one(largest)) is None:
            return
        # one source of it: a label may name several companies ("The Knot, WeddingWire,
        # Zola"), and each is its own sender (L6 of the round's re-review, 2026-12-06: 30 from
        # The Knot and 25 from Zola had been "one source" of 55%)
        source = max(largest.sources, key=_customers)
        if source.customers <= DEPENDENCE * of:
            return
        name = largest.name if len(largest.sources) == 1 else f"{source.name!r}, of {largest.name}"
        yield Hit(
            OneSource(
                Decimal(source.customers) / of,
                source.customers,
                of,
                name,
                largest.spend + largest.fees,
                platform,
            ),
            at=("customers", "sources", source.name),
        )


def _customers(source: ClassifiedSource) -> int:
    return source.customers
