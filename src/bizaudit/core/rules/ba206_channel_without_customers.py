"""BA206: spend on a channel no customer source is attributed to."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.channels import elsewhere
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class NoCustomers(NamedTuple):
    spend: Decimal
    sales: bool  # every line of it is sales (a prospecting tool): no retention to relabel
    lines: tuple[str, ...] = ()  # the profile's own names of its lines
    #: sources joined to other channels whose names share a word with its lines: (source,
    #: customers, the channel they joined)
    near: tuple[tuple[str, int, str], ...] = ()


class ChannelWithoutCustomers(Rule):
    """Acquisition spend on a channel no customer source is attributed to.

    Why it matters: money meant to win customers that shows none cannot be judged; it may be
    brand work, retention dressed as acquisition, or customers listed under another name.

    How it is computed: the channel table joins spend lines and customer sources; a channel with
    recurring spend and no customers is reported, when the profile lists customer sources at all
    (without any, BA109 asks for them instead). One-off lines (a website redesign) serve every
    channel and are not asked for customers of their own; nor are the people, tools and creative
    that serve channels (a marketing team's salaries, call tracking, design, a website): they
    stay in the CAC, and advice to relabel them as retention would only flatter it (a CFO's
    review, 2026-12-02). Nor is a franchise's brand fund: the agreement sets it as a share of
    sales and its customers come as the brand's, named by no source (a CFO's review,
    2026-12-03); the channel table says so. Nor is a line BA114 or BA119 flags (a gift to those
    who refer, where the rules restrict it; a thing of value to a retailer): joining customers
    to it would price what the finding says to stop. Nor is a channel whose lines BA116 reads as
    revenue given up (a free trial day): no money was spent there to join customers to (a CFO's
    second re-review, 2026-12-03). Nor is a line that names two kinds at once and nothing more
    ("6105 S&M:Bonuses"): BA107 asks to split it first (F9 of the twenty-fourth round's
    re-review, 2026-12-04).

    A source of another channel whose name shares a word with the lines ("google", read as
    organic search, beside Google Ads) is named: it may hold the channel's customers (a CFO's
    review, 2026-12-02: the advice had been to relabel the ads as retention, which would have
    taken $10,800 out of the CAC and flattered it by 37%).

    How to fix: if its customers are listed under another name, join them with `channel:` on
    the line, or write the source as `NAME: {customers: N, channel: NAME}`, or split a source
    that mixes two channels; only if it is truly brand or retention work, say so on the line
    (`purpose: retain` or `grow`). A
    sales line (a prospecting tool such as Sales Navigator) has no retention purpose: join it
    to the channel whose customers it works (a CFO's review, 2026-12-02).
    """

    id = "BA206"
    name = "channel-without-customers"
    severity = "info"
    summary = "Spend on a channel no customers are attributed to"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for channel in facts.idle_channels:
            sales = all(item.classification.category == "sales" for item in channel.activities)
            yield Hit(
                NoCustomers(
                    channel.spend,
                    sales,
                    tuple(item.activity.name for item in channel.activities),
                    tuple(elsewhere(channel, facts.by_channel)),
                ),
                at=("activities", channel.activities[0].position),
                subject=channel.name,
            )
