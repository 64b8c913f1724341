"""BA113: a customer source the classifier could not read."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class UnclassifiedSource(Rule):
    """A customer source whose name the classifier could not read.

    Why it matters: the referral share, and whether acquisition is predictable, are read from
    the kind of each source. A source read as "other" is counted as neither referral nor a
    channel the business runs, so if "Bob" means referrals from Bob, the referral share is
    too low and BA102 may stay quiet when it should not. A source joined to a line with spend
    by the words they share ('School vision screening' and a school screening sponsorship)
    has that channel's reading, and is not reported; so has one the channel vocabulary placed
    in a channel it knows, with no spend too ('county rfq' under RFQ/RFP pursuits: a CFO's
    review, 2026-12-05, saw it unread here and placed in the channel table).

    How to fix: say what kind of channel it is in the profile's `classify:` section, e.g.
    `sources: [{term: bob, kind: referral}]` (kinds: referral, paid, organic, outbound,
    repeat, other). `bizaudit classify --source "NAME"` shows how a source is read.
    """

    id = "BA113"
    name = "unclassified-source"
    severity = "warning"
    summary = "A customer source could not be read"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for source in facts.unread_sources:
            yield Hit(
                figures=source.customers,
                at=("customers", "sources", source.name),
                subject=source.name,
            )
