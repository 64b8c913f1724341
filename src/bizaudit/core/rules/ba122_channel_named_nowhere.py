"""BA122: a customer source whose ``channel:`` names a channel no line is joined to."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.channels import Channel, nearest_line
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class NamedNowhere(NamedTuple):
    customers: int
    sources: tuple[str, ...]  # the sources that name it, as the profile writes them
    said: str  # their `channel:`, as written
    #: the line whose name is closest to what they said, if one is close: the line they
    #: may have meant
    nearest: str | None = None


#: Kinds of source that need no spend of their own: a channel of these alone is the owner's
#: grouping (customers who found the business, were sent or came back), nothing to join
_FREE = frozenset({"organic", "referral", "repeat"})


class ChannelNamedNowhere(Rule):
    """A customer source names a channel (`channel:`) that no line of spend is joined to.

    Why it matters: `channel:` on a source joins its customers to the spend that won them.
    When it names something no line says, nothing is joined: the customers stand as a channel
    of their own at no cost, the line that paid for them shows no customers (or is counted in
    another channel), and the channel table prices both wrongly. Most often the names differ
    by a word or a spelling (AG10 of the twenty-first round, 2026-12-04: the audit had said
    nothing).

    How it is computed: a channel with customers, no spend line and no commission, whose
    sources state its `channel:`, which neither the channel vocabulary nor any line's name or
    `channel:` knows. The line whose name is closest to what the source said (rapidfuzz's
    token-set ratio of 60 or more) is named as the one it may mean. Sources read as organic,
    referral or repeat need no spend and are left alone unless such a line is close (a join
    was meant: AJ10 of the twenty-second round's re-review), and customers read as paid are
    BA207's (customers from a paid channel with no spend).

    How to fix: write the same `channel:` on the line that paid for these customers (or write
    the source's `channel:` as that line's name or its first words); if no line paid for them,
    nothing is missing: skip BA122 for the profile with that reason, or say how the source is
    read (`classify: sources: [{term: NAME, kind: organic}]`).
    """

    id = "BA122"
    name = "channel-named-nowhere"
    severity = "info"
    summary = "A customer source's channel: names no line"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for channel in facts.by_channel:
            stated = [source for source in channel.sources if source.channel is not None]
            if not stated or not _named_nowhere(channel):
                continue
            said = stated[0].channel or ""
            nearest = nearest_line(
                said, [item.activity.name for item in facts.activities if item.activity.spend > 0]
            )
            # sources of a kind that needs no spend are the owner's grouping, unless what they
            # said is close to a line's name: then a join was meant (AJ10 of the twenty-second
            # round's re-review: "Walked by" with channel "sidewalk sign")
            if nearest is None and all(s.classification.kind in _FREE for s in channel.sources):
                continue
            yield Hit(
                NamedNowhere(
                    channel.customers, tuple(source.name for source in stated), said, nearest
                ),
                at=("customers", "sources", stated[0].name, "channel"),
                subject=channel.name,
            )


def _named_nowhere(channel: Channel) -> bool:
    """A channel of its own (no vocabulary kind), with customers and no line or commission,
    and not paid (BA207's)."""
    return (
        channel.kind is None
        and not channel.activities
        and not channel.fee_lines
        and channel.customers > 0
        and not channel.paid_without_spend
    )
